/* waymark-crisis-template.c: a blank crisis plan, printed to fill in by
 * hand, headed with the numbers suggested for the person's country
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-template"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-atomic-cairo.h"
#include "waymark-crisis-plan.h"
#include "waymark-crisis-template.h"

/* Many first sessions fill the plan in on paper. The template has every
 * section of the crisis plan, in climbing order, with its guidance and
 * ruled lines to write on; it opens with the emergency number and crisis
 * line suggested for the country (labelled as such, with the date they
 * were checked), or a line to write them on where Waymark has none. The
 * wallet card has the same head and the three steps most needed in a
 * hard hour, on four panels to cut out and fold. */

#define MARGIN         48.0
#define RULE_GAP       22.0
#define RULES          3
#define TITLE_SIZE     20.0
#define NUMBER_SIZE    16.0
#define HEADING_SIZE   12.0
#define TEXT_SIZE       9.5
#define SMALL_SIZE      8.0
#define CARD_PADDING    8.0
#define CARD_RULE_GAP  14.0

typedef struct
{
  cairo_t *cr;
  double   width;
  double   height;
  guint    page;     /* the page the flow is on */
  int      target;   /* the page to draw, or -1 to only measure */
  double   y;
} Flow;

static gboolean
drawing (Flow *flow)
{
  return flow->target == (int) flow->page;
}

static PangoLayout *
new_layout (cairo_t    *cr,
            const char *markup,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  pango_font_description_free (font);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Shows @markup at (@x, @y) when @draw; returns its height. */
static double
show_text (cairo_t    *cr,
           gboolean    draw,
           const char *markup,
           double      size,
           gboolean    bold,
           double      x,
           double      y,
           double      width,
           double      grey)
{
  g_autoptr(PangoLayout) layout = new_layout (cr, markup, size, bold, width);
  double height = layout_height (layout);

  if (draw)
    {
      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  return height;
}

static void
rule (cairo_t *cr,
      double   x,
      double   y,
      double   width)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The head: what to call now. Returns its markup lines joined, for the
 * page and the card alike. */
static char *
emergency_markup (const WaymarkSafetyNetCountry *country)
{
  g_autofree char *number = NULL;

  if (country == NULL)
    /* Translators: on a blank crisis plan for a country Waymark has no
     * numbers for; the line is written on by hand. */
    return g_strdup (_("In an emergency call: ____________"));

  number = g_markup_escape_text (country->emergency_number, -1);
  /* Translators: %s is the emergency number, such as 112. */
  return g_strdup_printf (_("In an emergency call %s"), number);
}

static char *
line_markup (const WaymarkSafetyNetCountry *country)
{
  const WaymarkCrisisLine *line;
  const char *hours;

  if (country == NULL)
    /* Translators: on a blank crisis plan, a line to write a crisis line on. */
    return g_strdup (_("A crisis line I trust: ____________________"));

  line = waymark_safety_net_country_get_line (country);
  hours = waymark_crisis_line_get_hours_label (line);
  if (*hours != '\0')
    /* Translators: a crisis line on a blank crisis plan: its name, its
     * number, and when it answers. */
    return g_markup_printf_escaped (_("%s: %s (%s)"), line->name, line->number, hours);

  return g_markup_printf_escaped (_("%s: %s"), line->name, line->number);
}

static char *
suggested_markup (const WaymarkSafetyNetCountry *country)
{
  g_autofree char *checked = NULL;

  if (country == NULL)
    return NULL;

  checked = waymark_safety_net_country_format_checked (country);
  return g_markup_printf_escaped (_("Suggested for %s, checked %s"),
                                  waymark_safety_net_country_get_name (country), checked);
}

/* The full page ------------------------------------------------------------- */

static void
flow_need (Flow   *flow,
           double  needed)
{
  if (flow->y + needed > flow->height - MARGIN && flow->y > MARGIN)
    {
      flow->page++;
      flow->y = MARGIN;
    }
}

static void
flow_head (Flow                          *flow,
           const WaymarkSafetyNetCountry *country)
{
  cairo_t *cr = flow->cr;
  double text_width = flow->width - 2 * MARGIN;
  g_autofree char *title = g_markup_escape_text (_("My Crisis Plan"), -1);
  g_autofree char *name = g_markup_escape_text (_("Name"), -1);
  g_autofree char *emergency = emergency_markup (country);
  g_autofree char *line = line_markup (country);
  g_autofree char *suggested = suggested_markup (country);
  g_autofree char *own = g_markup_escape_text (_("Or the numbers where I live:"), -1);
  gboolean draw = drawing (flow);

  flow->y += show_text (cr, draw, title, TITLE_SIZE, TRUE, MARGIN, flow->y, text_width, 0) + 6;
  flow->y += show_text (cr, draw, name, SMALL_SIZE, FALSE, MARGIN, flow->y, text_width, 0.35) + RULE_GAP - 8;
  if (draw)
    rule (cr, MARGIN, flow->y, text_width);
  flow->y += 16;

  flow->y += show_text (cr, draw, emergency, NUMBER_SIZE, TRUE, MARGIN, flow->y, text_width, 0) + 4;
  flow->y += show_text (cr, draw, line, TEXT_SIZE + 1, TRUE, MARGIN, flow->y, text_width, 0) + 2;
  if (suggested != NULL)
    flow->y += show_text (cr, draw, suggested, SMALL_SIZE, FALSE, MARGIN, flow->y, text_width, 0.35) + 2;
  flow->y += show_text (cr, draw, own, SMALL_SIZE, FALSE, MARGIN, flow->y + 4, text_width, 0.35) + 4;
  flow->y += RULE_GAP;
  if (draw)
    rule (cr, MARGIN, flow->y, text_width);
  flow->y += 20;
}

static void
flow_section (Flow                           *flow,
              guint                           number,
              const WaymarkCrisisSectionInfo *info)
{
  cairo_t *cr = flow->cr;
  double text_width = flow->width - 2 * MARGIN;
  g_autofree char *title = NULL;
  g_autofree char *guidance = g_markup_escape_text (_(info->guidance), -1);
  double title_height, guidance_height, needed;

  if (number > 0)
    title = g_markup_printf_escaped ("%u. %s", number, _(info->title));
  else
    title = g_markup_escape_text (_(info->title), -1);

  title_height = show_text (cr, FALSE, title, HEADING_SIZE, TRUE, MARGIN, 0, text_width, 0);
  guidance_height = show_text (cr, FALSE, guidance, SMALL_SIZE, FALSE, MARGIN, 0, text_width, 0.35);
  needed = title_height + guidance_height + (RULES + 0.5) * RULE_GAP + 14;

  /* A section is never split from its lines. */
  flow_need (flow, needed);

  if (drawing (flow))
    {
      show_text (cr, TRUE, title, HEADING_SIZE, TRUE, MARGIN, flow->y, text_width, 0);
      show_text (cr, TRUE, guidance, SMALL_SIZE, FALSE, MARGIN, flow->y + title_height + 2, text_width, 0.35);
    }
  flow->y += title_height + 2 + guidance_height;

  if (info->about_people && drawing (flow))
    {
      g_autofree char *who = g_markup_escape_text (_("Name"), -1);
      g_autofree char *phone = g_markup_escape_text (_("Phone"), -1);

      show_text (cr, TRUE, who, SMALL_SIZE - 1, FALSE, MARGIN, flow->y + 4, text_width, 0.5);
      show_text (cr, TRUE, phone, SMALL_SIZE - 1, FALSE, MARGIN + text_width * 0.6, flow->y + 4, text_width * 0.4, 0.5);
    }

  for (guint i = 1; i <= RULES; i++)
    if (drawing (flow))
      {
        rule (cr, MARGIN, flow->y + i * RULE_GAP, text_width);
        if (info->about_people)
          {
            cairo_save (cr);
            cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
            cairo_set_line_width (cr, 0.5);
            cairo_move_to (cr, MARGIN + text_width * 0.6 - 6, flow->y + i * RULE_GAP - 12);
            cairo_line_to (cr, MARGIN + text_width * 0.6 - 6, flow->y + i * RULE_GAP);
            cairo_stroke (cr);
            cairo_restore (cr);
          }
      }
  flow->y += (RULES + 0.5) * RULE_GAP + 14;
}

/* Runs the page's flow, drawing @target (or nothing, with -1); returns
 * how many pages it took. */
static guint
flow_page (cairo_t                       *cr,
           const WaymarkSafetyNetCountry *country,
           double                         width,
           double                         height,
           int                            target)
{
  Flow flow = { cr, width, height, 0, target, MARGIN };
  const WaymarkCrisisSectionInfo *sections;
  guint n_sections, number = 0;

  flow_head (&flow, country);

  sections = waymark_crisis_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      if (g_str_equal (sections[i].key, WAYMARK_CRISIS_EMERGENCY_SECTION))
        continue;

      /* The first six are the steps of the safety plan, numbered. */
      flow_section (&flow, sections[i].for_supporters || number >= 6 ? 0 : ++number, &sections[i]);
    }

  return flow.page + 1;
}

/* The wallet card ------------------------------------------------------------ */

static void
draw_card_panel (cairo_t                        *cr,
                 double                          x,
                 double                          y,
                 const WaymarkCrisisSectionInfo *info)
{
  double width = WAYMARK_CRISIS_CARD_WIDTH - 2 * CARD_PADDING;
  g_autofree char *title = g_markup_escape_text (_(info->title), -1);
  double top = y + CARD_PADDING;

  top += show_text (cr, TRUE, title, SMALL_SIZE, TRUE, x + CARD_PADDING, top, width, 0) + 2;
  for (double line_y = top + CARD_RULE_GAP; line_y < y + WAYMARK_CRISIS_CARD_HEIGHT - CARD_PADDING;
       line_y += CARD_RULE_GAP)
    rule (cr, x + CARD_PADDING, line_y, width);
}

static void
draw_card (cairo_t                       *cr,
           const WaymarkSafetyNetCountry *country,
           double                         page_width)
{
  const char * const panels[] = { "help-people", "coping", "professionals" };
  double card_width = WAYMARK_CRISIS_CARD_WIDTH;
  double card_height = WAYMARK_CRISIS_CARD_HEIGHT;
  double x0 = MARGIN, y0 = MARGIN;
  double text_width = card_width - 2 * CARD_PADDING;
  g_autofree char *emergency = emergency_markup (country);
  g_autofree char *line = line_markup (country);
  g_autofree char *suggested = suggested_markup (country);
  g_autofree char *cut = g_markup_escape_text (_("Cut around the dashed outline, then fold along the dashed lines into one card."), -1);
  double y;

  (void) page_width;

  /* The cut lines: two by two panels, folded into one card. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_set_line_width (cr, 0.5);
  {
    const double dashes[] = { 3.0, 3.0 };
    cairo_set_dash (cr, dashes, 2, 0);
  }
  cairo_rectangle (cr, x0, y0, 2 * card_width, 2 * card_height);
  cairo_move_to (cr, x0 + card_width, y0);
  cairo_line_to (cr, x0 + card_width, y0 + 2 * card_height);
  cairo_move_to (cr, x0, y0 + card_height);
  cairo_line_to (cr, x0 + 2 * card_width, y0 + card_height);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* The front: what to call now. */
  y = y0 + CARD_PADDING;
  y += show_text (cr, TRUE, emergency, HEADING_SIZE, TRUE, x0 + CARD_PADDING, y, text_width, 0) + 4;
  y += show_text (cr, TRUE, line, SMALL_SIZE, TRUE, x0 + CARD_PADDING, y, text_width, 0) + 3;
  if (suggested != NULL)
    show_text (cr, TRUE, suggested, SMALL_SIZE - 1.5, FALSE, x0 + CARD_PADDING, y, text_width, 0.35);

  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    {
      const WaymarkCrisisSectionInfo *info = waymark_crisis_section_find (panels[i]);
      double x = x0 + ((i + 1) % 2) * card_width;
      double panel_y = y0 + ((i + 1) / 2) * card_height;

      if (info != NULL)
        draw_card_panel (cr, x, panel_y, info);
    }

  show_text (cr, TRUE, cut, SMALL_SIZE, FALSE, x0, y0 + 2 * card_height + 8, 2 * card_width, 0.35);
}

/* Public API ------------------------------------------------------------------- */

/**
 * waymark_crisis_template_paginate:
 * @cr: a context to measure text with
 * @kind: the full page or the wallet card
 * @country: (nullable): whose numbers head it, or %NULL for lines to write them on
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 *
 * Returns: how many pages the blank plan takes
 */
guint
waymark_crisis_template_paginate (cairo_t                       *cr,
                                  WaymarkCrisisLayoutKind        kind,
                                  const WaymarkSafetyNetCountry *country,
                                  double                         width,
                                  double                         height)
{
  g_return_val_if_fail (cr != NULL, 0);

  if (kind == WAYMARK_CRISIS_LAYOUT_CARD)
    return 1;

  return flow_page (cr, country, width, height, -1);
}

/**
 * waymark_crisis_template_draw_page:
 * @cr: where to draw, its origin at the paper's corner
 * @kind: the full page or the wallet card
 * @country: (nullable): whose numbers head it
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 * @page: which page, from 0
 */
void
waymark_crisis_template_draw_page (cairo_t                       *cr,
                                   WaymarkCrisisLayoutKind        kind,
                                   const WaymarkSafetyNetCountry *country,
                                   double                         width,
                                   double                         height,
                                   guint                          page)
{
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  if (kind == WAYMARK_CRISIS_LAYOUT_CARD)
    draw_card (cr, country, width);
  else
    flow_page (cr, country, width, height, page);
  cairo_restore (cr);
}

typedef struct
{
  WaymarkCrisisLayoutKind        kind;
  const WaymarkSafetyNetCountry *country;
  double                         width;
  double                         height;
} Job;

static gboolean
render (WaymarkAtomicWriter  *writer,
        const char           *path,
        gpointer              user_data,
        GError              **error)
{
  Job *job = user_data;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (waymark_atomic_file_cairo_write, writer, job->width, job->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Crisis plan"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
  cr = cairo_create (surface);

  n_pages = waymark_crisis_template_paginate (cr, job->kind, job->country, job->width, job->height);
  for (guint i = 0; i < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      waymark_crisis_template_draw_page (cr, job->kind, job->country, job->width, job->height, i);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
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
 * waymark_crisis_template_export:
 * @kind: the full page or the wallet card
 * @country: (nullable): whose numbers head it
 * @path: the PDF to write, whole or not at all
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 * @error: return location for an error
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_crisis_template_export (WaymarkCrisisLayoutKind        kind,
                                const WaymarkSafetyNetCountry *country,
                                const char                    *path,
                                double                         width,
                                double                         height,
                                GError                       **error)
{
  Job job = { kind, country, width, height };

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  return waymark_atomic_file_write (path, render, &job, error);
}
