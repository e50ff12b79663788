/* waymark-timeline-export.c: the timeline as a PNG image or a PDF page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-timeline-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-atomic-cairo.h"
#include "waymark-date.h"
#include "waymark-timeline-export.h"
#include "waymark-timeline-legend.h"

/* The chart as the view shows it, in the light style whatever the
 * screen's, under a heading that says which stretch of time it is; the
 * file is written whole or not at all. */

#define HEADING_HEIGHT 48.0
#define MARGIN         24.0

typedef struct
{
  const WaymarkTimelineChart *chart;
  gboolean                    pdf;
} Job;

static void
draw (const WaymarkTimelineChart *chart,
      cairo_t                    *cr,
      double                      width,
      double                      height)
{
  g_autoptr(PangoLayout) text = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold 15px");
  g_autofree char *heading = NULL;
  WaymarkChartStyle style;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  double legend_height;

  waymark_chart_style_init_light (&style);
  waymark_chart_color_set_source (cr, &style.background);
  cairo_paint (cr);

  from = waymark_date_format_julian ((guint32) MAX (1.0, chart->first), WAYMARK_DATE_DAY_MONTH_YEAR);
  to = waymark_date_format_julian ((guint32) MAX (1.0, chart->last - 1.0), WAYMARK_DATE_DAY_MONTH_YEAR);
  /* Translators: the heading of an exported timeline */
  heading = g_strdup_printf (_("My recovery journey, %s to %s"), from, to);

  pango_layout_set_font_description (text, font);
  pango_layout_set_text (text, heading, -1);
  waymark_chart_color_set_source (cr, &style.foreground);
  cairo_move_to (cr, MARGIN, MARGIN / 2.0);
  pango_cairo_show_layout (cr, text);

  /* What the markers mean, at the foot: on paper nothing else says. */
  cairo_push_group (cr);
  legend_height = waymark_timeline_legend_draw (cr, MARGIN, 0.0, width - 2.0 * MARGIN, &style);
  cairo_pattern_destroy (cairo_pop_group (cr));
  waymark_timeline_legend_draw (cr, MARGIN, height - MARGIN / 2.0 - legend_height, width - 2.0 * MARGIN, &style);

  cairo_save (cr);
  cairo_translate (cr, MARGIN / 2.0, HEADING_HEIGHT);
  waymark_timeline_chart_draw (chart, cr, width - MARGIN,
                               height - HEADING_HEIGHT - MARGIN - legend_height, &style);
  cairo_restore (cr);
}

static gboolean
write_document (WaymarkAtomicWriter  *writer,
                const char           *path,
                gpointer              user_data,
                GError              **error)
{
  Job *job = user_data;
  double width = WAYMARK_TIMELINE_EXPORT_WIDTH, height = WAYMARK_TIMELINE_EXPORT_HEIGHT;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (job->pdf)
    {
      /* A landscape page a little wider than A4, in points. */
      width = 842.0 * 1.2;
      height = width * WAYMARK_TIMELINE_EXPORT_HEIGHT / WAYMARK_TIMELINE_EXPORT_WIDTH;
      surface = cairo_pdf_surface_create_for_stream (waymark_atomic_file_cairo_write, writer, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("My recovery journey"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);

  cr = cairo_create (surface);
  draw (job->chart, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && !job->pdf)
    status = cairo_surface_write_to_png_stream (surface, waymark_atomic_file_cairo_write, writer);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || writer->saved_errno != 0)
    {
      waymark_atomic_file_set_error (error, path, writer->saved_errno, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_timeline_export:
 * @chart: what to draw: the journey and the stretch of time
 * @path: the file; an existing one is replaced whole, or left as it was
 * @pdf: a PDF page rather than a PNG image
 *
 * Returns: whether the file was written
 */
gboolean
waymark_timeline_export (const WaymarkTimelineChart  *chart,
                         const char                  *path,
                         gboolean                     pdf,
                         GError                     **error)
{
  Job job = { chart, pdf };

  g_return_val_if_fail (chart != NULL, FALSE);

  return waymark_atomic_file_write (path, write_document, &job, error);
}
