/* waymark-progress-ring.c: progress at a glance, as a ring
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-progress-ring"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-progress-ring.h"

/* Below this a stroke would be thinner than a pixel, so the ring
 * becomes a small pie instead. */
#define MIN_RING_SIZE 8.0

/* The stroke is an eighth of the diameter, like GNOME's own progress
 * circles: bold enough to read at 24 px, light enough at 200. */
#define LINE_WIDTH_RATIO (1.0 / 8.0)

/* The label's first try is this share of the inner radius as its font
 * size; it then shrinks until its ink fits inside LABEL_FILL of the inner
 * circle, and it is left out when that would make it too small to read. */
#define LABEL_FONT_RATIO 0.62
#define LABEL_FILL       0.84
#define MIN_LABEL_PX     8.0

/* 12 o'clock; cairo's angles grow clockwise because y grows downwards. */
#define START_ANGLE (-G_PI / 2.0)

static double
clamp_fraction (double fraction)
{
  if (isnan (fraction))
    return 0.0;

  return CLAMP (fraction, 0.0, 1.0);
}

static void
draw_dot (cairo_t                 *cr,
          double                   cx,
          double                   cy,
          double                   radius,
          double                   fraction,
          const WaymarkChartStyle *style)
{
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0.0, 2.0 * G_PI);
  waymark_chart_color_set_source (cr, &style->track);
  cairo_fill (cr);

  if (fraction <= 0.0)
    return;

  if (fraction < 1.0)
    {
      cairo_move_to (cr, cx, cy);
      cairo_arc (cr, cx, cy, radius, START_ANGLE, START_ANGLE + 2.0 * G_PI * fraction);
      cairo_close_path (cr);
    }
  else
    cairo_arc (cr, cx, cy, radius, 0.0, 2.0 * G_PI);

  waymark_chart_color_set_source (cr, &style->accent);
  cairo_fill (cr);
}

static PangoLayout *
create_label_layout (cairo_t                 *cr,
                     const char              *label,
                     const WaymarkChartStyle *style)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  PangoAttrList *attrs;

  layout = pango_cairo_create_layout (cr);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, label, -1);

  /* Tabular figures, so "75%" becoming "76%" doesn't make the label
   * shift sideways. */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  font = pango_font_description_new ();
  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

static void
set_label_px (PangoLayout *layout,
              double       px)
{
  PangoFontDescription *font;

  font = pango_font_description_copy (pango_layout_get_font_description (layout));
  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

static void
draw_label (cairo_t                 *cr,
            double                   cx,
            double                   cy,
            double                   inner_radius,
            const char              *label,
            const WaymarkChartStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink = { 0 };
  double available = inner_radius * LABEL_FILL;
  double px = inner_radius * LABEL_FONT_RATIO;
  double half_diagonal = 0.0;
  double lx, ly;
  double baseline_x, baseline_y;

  if (label[0] == '\0' || px < MIN_LABEL_PX)
    return;

  layout = create_label_layout (cr, label, style);

  /* Glyph extents don't scale exactly with the font size once hinted,
   * so measure again after each shrink rather than trusting the maths. */
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      set_label_px (layout, px);
      pango_layout_get_extents (layout, &ink, NULL);
      half_diagonal = hypot (ink.width / 2.0, ink.height / 2.0) / PANGO_SCALE;

      if (half_diagonal <= available || half_diagonal <= 0.0)
        break;

      px *= 0.97 * available / half_diagonal;
      if (px < MIN_LABEL_PX)
        return;
    }

  if (half_diagonal > available)
    return;

  /* Centre the ink, not the logical box, so digits sit in the middle of
   * the ring instead of riding high above an empty descender. */
  lx = cx - (ink.x + ink.width / 2.0) / PANGO_SCALE;
  ly = cy - (ink.y + ink.height / 2.0) / PANGO_SCALE;

  /* A baseline on a whole device pixel keeps hinted glyphs crisp. */
  baseline_x = lx;
  baseline_y = ly + (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  cairo_user_to_device (cr, &baseline_x, &baseline_y);
  baseline_y = round (baseline_y);
  cairo_device_to_user (cr, &baseline_x, &baseline_y);
  ly = baseline_y - (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

  cairo_move_to (cr, lx, ly);
  waymark_chart_color_set_source (cr, &style->foreground);
  pango_cairo_show_layout (cr, layout);
}

/**
 * waymark_progress_ring_draw:
 * @cr: the cairo context to draw on; its current path is cleared
 * @x: the left edge of the ring's box, in user space
 * @y: the top edge of the ring's box
 * @size: the ring's diameter, which is also its box's width and height
 * @fraction: how much is done, from 0 to 1; clamped, and NaN counts as 0
 * @label: (nullable): text for the middle of the ring, such as "75%"
 * @style: the colours and font to draw with
 *
 * Draws a faint track round the whole ring and, over it, an arc in the
 * accent colour from 12 o'clock clockwise for @fraction of the way round.
 * Nothing is drawn outside the @size × @size box at (@x, @y). A ring too
 * small for a visible stroke is drawn as a small pie, and a label that
 * would be too small to read is left out.
 */
void
waymark_progress_ring_draw (cairo_t                 *cr,
                            double                   x,
                            double                   y,
                            double                   size,
                            double                   fraction,
                            const char              *label,
                            const WaymarkChartStyle *style)
{
  double cx, cy;
  double line_width;
  double radius;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (!isfinite (x) || !isfinite (y) || !isfinite (size) || size <= 0.0)
    return;

  fraction = clamp_fraction (fraction);
  cx = x + size / 2.0;
  cy = y + size / 2.0;

  cairo_save (cr);

  /* Round caps and the label stay within the ring's box by construction;
   * the clip makes that a promise, whatever the label and the font. */
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, size, size);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  if (size < MIN_RING_SIZE)
    {
      draw_dot (cr, cx, cy, size / 2.0, fraction, style);
      cairo_restore (cr);
      return;
    }

  line_width = size * LINE_WIDTH_RATIO;
  radius = (size - line_width) / 2.0;

  cairo_set_line_width (cr, line_width);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, radius, 0.0, 2.0 * G_PI);
  cairo_close_path (cr);
  waymark_chart_color_set_source (cr, &style->track);
  cairo_stroke (cr);

  if (fraction >= 1.0)
    {
      /* Closed, so there is no cap to overlap itself at 12 o'clock. */
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius, 0.0, 2.0 * G_PI);
      cairo_close_path (cr);
      waymark_chart_color_set_source (cr, &style->accent);
      cairo_stroke (cr);
    }
  else if (fraction > 0.0)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius, START_ANGLE, START_ANGLE + 2.0 * G_PI * fraction);
      waymark_chart_color_set_source (cr, &style->accent);
      cairo_stroke (cr);
    }

  if (label != NULL)
    draw_label (cr, cx, cy, size / 2.0 - line_width, label, style);

  cairo_restore (cr);
}

/**
 * waymark_progress_ring_get_percent:
 * @fraction: how much is done, from 0 to 1
 *
 * Rounds @fraction to a whole percentage the way a person would want it
 * said: never 0 once something has been done, and never 100 until all
 * of it has.
 *
 * Returns: a percentage from 0 to 100
 */
int
waymark_progress_ring_get_percent (double fraction)
{
  int percent;

  fraction = clamp_fraction (fraction);
  percent = (int) round (fraction * 100.0);

  if (percent == 0 && fraction > 0.0)
    return 1;
  if (percent == 100 && fraction < 1.0)
    return 99;

  return percent;
}

/**
 * waymark_progress_ring_format_label:
 * @fraction: how much is done, from 0 to 1
 *
 * Returns: (transfer full): a short label for the middle of a ring,
 *   such as "75%"
 */
char *
waymark_progress_ring_format_label (double fraction)
{
  /* Translators: the short label in the middle of a progress ring, such
   * as "75%". Write the number and the percent sign as your language
   * does ("75 %", "%75"); %% stands for the sign itself. */
  return g_strdup_printf (_("%d%%"), waymark_progress_ring_get_percent (fraction));
}

/**
 * waymark_progress_ring_describe:
 * @fraction: how much is done, from 0 to 1
 *
 * Returns: (transfer full): the progress in words, for screen readers,
 *   such as "75 percent"
 */
char *
waymark_progress_ring_describe (double fraction)
{
  int percent = waymark_progress_ring_get_percent (fraction);

  /* Translators: how far a goal has come, read out by a screen reader
   * for a progress ring, such as "75 percent". */
  return g_strdup_printf (ngettext ("%d percent", "%d percent", percent), percent);
}
