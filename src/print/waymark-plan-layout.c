/* waymark-plan-layout.c: the whole recovery plan laid out on pages
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-plan-layout-private.h"

/* The recovery plan on paper, to take to an appointment or to fill in
 * together: the same plain style as the printed crisis plan (one
 * typeface, black on white), the person's name, the date and "Page N
 * of M" on every page. The content (waymark-plan-layout-content.c) is
 * a list of units, each a few rows kept together on a page; this file
 * flows them over pages, measured in points in an unhinted context, and
 * keeps each page as a list of pieces to draw, like the crisis plan's. */

#define HEADER_SIZE      9.0
#define HEADER_RULE_GAP  6.0
#define HEADER_BODY_GAP 16.0
#define FOOTER_BODY_GAP 16.0

G_DEFINE_FINAL_TYPE (WaymarkPlanLayout, waymark_plan_layout, G_TYPE_OBJECT)

typedef struct
{
  WaymarkPlanLayout *self;
  cairo_rectangle_t  content;
  double             top;
  double             bottom;
  GPtrArray         *page;
  double             y;
  gboolean           at_top;
} Pager;

/* Text ---------------------------------------------------------------- */

static PangoLayout *
new_layout (WaymarkPlanLayout *self,
            double             size,
            PangoWeight        weight,
            double             width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

PangoLayout *
waymark_plan_text (WaymarkPlanLayout *self,
                   const char        *text,
                   double             size,
                   PangoWeight        weight,
                   double             width)
{
  PangoLayout *layout = new_layout (self, size, weight, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
waymark_plan_markup (WaymarkPlanLayout *self,
                     const char        *markup,
                     double             size,
                     double             width)
{
  PangoLayout *layout = new_layout (self, size, PANGO_WEIGHT_NORMAL, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Units ---------------------------------------------------------------- */

static void
row_free (Row *row)
{
  g_clear_object (&row->layout);
  g_clear_object (&row->marker);
  g_clear_object (&row->second);
  g_free (row);
}

static void
unit_free (Unit *unit)
{
  g_ptr_array_unref (unit->rows);
  g_free (unit);
}

Unit *
waymark_plan_unit_new (GPtrArray *units)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_ptr_array_add (units, unit);
  return unit;
}

/* Takes @layout. */
Row *
waymark_plan_add_row (Unit        *unit,
                      RowKind      kind,
                      PangoLayout *layout,
                      double       indent,
                      double       space_before)
{
  Row *row = g_new0 (Row, 1);

  row->kind = kind;
  row->layout = layout;
  row->indent = indent;
  row->space_before = space_before;
  row->gray = INK;

  switch (kind)
    {
    case ROW_TEXT:
      row->height = waymark_print_layout_height (layout);
      break;
    case ROW_BAR:
      row->height = MAX (PLAN_BAR_HEIGHT, layout ? waymark_print_layout_height (layout) : 0);
      break;
    case ROW_WRITING:
      row->height = PLAN_LINE_PITCH;
      break;
    case ROW_RULE:
      row->height = 0.75;
      break;
    default:
      g_assert_not_reached ();
    }

  g_ptr_array_add (unit->rows, row);
  return row;
}

GPtrArray *
waymark_plan_units_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) unit_free);
}

/* The flow ------------------------------------------------------------- */

static void
new_page (Pager *pager)
{
  if (pager->page != NULL)
    {
      double fill = (pager->y - pager->top) / (pager->bottom - pager->top);

      g_array_append_val (pager->self->fills, fill);
    }

  pager->page = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_print_piece_free);
  g_ptr_array_add (pager->self->pages, pager->page);
  pager->y = pager->top;
  pager->at_top = TRUE;
}

static double
unit_height (const Unit *unit,
             gboolean    at_top)
{
  double height = 0;

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const Row *row = unit->rows->pdata[i];

      height += (i == 0 && at_top ? 0 : row->space_before) + row->height;
    }

  return height;
}

/* Puts @row's part from @offset, @height high, at @y. */
static void
put_row (Pager     *pager,
         const Row *row,
         double     y,
         double     offset,
         double     height)
{
  const cairo_rectangle_t *content = &pager->content;
  double x = content->x + row->indent;
  double width = content->width - row->indent;
  Piece *piece;

  switch (row->kind)
    {
    case ROW_TEXT:
      piece = waymark_print_add_text (pager->page, content, row->layout, x, y, row->gray);
      piece->offset = offset;
      piece->height = height;
      piece->band = offset > 0 || height < row->height - 0.01;
      if (row->marker != NULL && offset == 0)
        waymark_print_add_text (pager->page, content, row->marker, x - PLAN_INDENT,
                                y + waymark_print_layout_baseline (row->layout) -
                                waymark_print_layout_baseline (row->marker),
                                SECONDARY_GRAY);
      break;

    case ROW_BAR:
      {
        double bar_y = y + (row->height - PLAN_BAR_HEIGHT) / 2.0;

        piece = waymark_print_add_piece (pager->page, PIECE_RULE, content, x, bar_y, PLAN_BAR_WIDTH, PLAN_BAR_HEIGHT);
        piece->gray = 0.86;
        if (row->fraction > 0)
          {
            piece = waymark_print_add_piece (pager->page, PIECE_RULE, content, x, bar_y,
                                             PLAN_BAR_WIDTH * MIN (row->fraction, 1.0), PLAN_BAR_HEIGHT);
            piece->gray = 0.25;
          }
        if (row->layout != NULL)
          waymark_print_add_text (pager->page, content, row->layout, x + PLAN_BAR_WIDTH + 8, y, INK);
      }
      break;

    case ROW_WRITING:
      {
        double line_x = x;

        if (row->layout != NULL)
          {
            waymark_print_add_text (pager->page, content, row->layout, x,
                                    y + row->height - 3 - waymark_print_layout_baseline (row->layout),
                                    SECONDARY_GRAY);
            line_x += waymark_print_layout_width (row->layout) + 6;
          }
        if (row->second != NULL)
          {
            /* "Reviewed with ______ on ______": the second line takes
             * a third of the width, for a date. */
            double second_width = waymark_print_layout_width (row->second);
            double second_x = x + width * 2.0 / 3.0;

            piece = waymark_print_add_piece (pager->page, PIECE_WRITING_LINE, content,
                                             line_x, y + row->height - 2, second_x - 6 - line_x, 0.5);
            piece->gray = GUIDE_GRAY;
            waymark_print_add_text (pager->page, content, row->second, second_x,
                                    y + row->height - 3 - waymark_print_layout_baseline (row->second),
                                    SECONDARY_GRAY);
            line_x = second_x + second_width + 6;
          }
        piece = waymark_print_add_piece (pager->page, PIECE_WRITING_LINE, content,
                                         line_x, y + row->height - 2, x + width - line_x, 0.5);
        piece->gray = GUIDE_GRAY;
      }
      break;

    case ROW_RULE:
      piece = waymark_print_add_piece (pager->page, PIECE_RULE, content, x, y, width, row->height);
      piece->gray = RULE_GRAY;
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A row taller than what is left of a page goes on line by line. */
static void
split_row (Pager     *pager,
           const Row *row,
           double     gap)
{
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (row->layout);
  double shown = 0;
  guint line = 0;

  do
    {
      int top, bottom;
      double value;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      value = pango_units_to_double (bottom);
      g_array_append_val (bottoms, value);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  while (line < bottoms->len)
    {
      double room = pager->bottom - (pager->y + gap);
      guint last = line;

      if (g_array_index (bottoms, double, line) - shown > room && !pager->at_top)
        {
          new_page (pager);
          gap = 0;
          continue;
        }

      while (last + 1 < bottoms->len && g_array_index (bottoms, double, last + 1) - shown <= room)
        last++;

      put_row (pager, row, pager->y + gap, shown, g_array_index (bottoms, double, last) - shown);
      pager->y += gap + g_array_index (bottoms, double, last) - shown;
      pager->at_top = FALSE;
      shown = g_array_index (bottoms, double, last);
      line = last + 1;
      gap = 0;

      if (line < bottoms->len)
        new_page (pager);
    }
}

static void
place_row (Pager     *pager,
           const Row *row)
{
  double gap = pager->at_top ? 0 : row->space_before;

  if (!pager->at_top && pager->y + gap + row->height > pager->bottom)
    {
      if (row->kind == ROW_TEXT && row->height > (pager->bottom - pager->top) / 3)
        {
          split_row (pager, row, gap);
          return;
        }
      new_page (pager);
      gap = 0;
    }

  if (row->kind == ROW_TEXT && pager->y + gap + row->height > pager->bottom)
    {
      split_row (pager, row, gap);
      return;
    }

  put_row (pager, row, pager->y + gap, 0, row->height);
  pager->y += gap + row->height;
  pager->at_top = FALSE;
}

static void
place_units (Pager     *pager,
             GPtrArray *units)
{
  double capacity = pager->bottom - pager->top;

  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = units->pdata[i];
      double needed = unit_height (unit, pager->at_top);

      /* A heading keeps with (the start of) what follows it. */
      for (guint j = i; j + 1 < units->len && ((const Unit *) units->pdata[j])->keep_with_next; j++)
        {
          const Unit *next = units->pdata[j + 1];

          needed += MIN (unit_height (next, FALSE), capacity / 4);
        }

      /* What does not fit goes to the next page whole, unless it is
       * big: then it starts here and runs on, so no page is left near
       * empty for it. */
      if (!pager->at_top && pager->y + needed > pager->bottom && needed <= capacity / 3)
        new_page (pager);

      for (guint j = 0; j < unit->rows->len; j++)
        place_row (pager, unit->rows->pdata[j]);
    }
}

/* Name, date, rule and page number, once the pages are counted. */
static void
put_furniture (WaymarkPlanLayout       *self,
               const cairo_rectangle_t *content,
               PangoLayout             *name,
               PangoLayout             *date,
               double                   rule_y)
{
  double date_width = waymark_print_layout_width (date);

  for (guint i = 0; i < self->pages->len; i++)
    {
      GPtrArray *page = self->pages->pdata[i];
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) footer = NULL;
      Piece *piece;

      waymark_print_add_text (page, content, name, content->x, content->y, 0.2);
      waymark_print_add_text (page, content, date, content->x + content->width - date_width, content->y,
                              SECONDARY_GRAY);
      piece = waymark_print_add_piece (page, PIECE_RULE, content, content->x, rule_y, content->width, 0.5);
      piece->gray = RULE_GRAY;

      /* Translators: the foot of each printed page, as in "Page 2 of 3". */
      number = g_strdup_printf (_("Page %u of %u"), i + 1, self->pages->len);
      footer = waymark_plan_text (self, number, HEADER_SIZE, PANGO_WEIGHT_NORMAL, content->width);
      pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
      waymark_print_add_text (page, content, footer, content->x,
                              content->y + content->height - waymark_print_layout_height (footer), SECONDARY_GRAY);
    }
}

/* GObject -------------------------------------------------------------- */

static void
waymark_plan_layout_finalize (GObject *object)
{
  WaymarkPlanLayout *self = WAYMARK_PLAN_LAYOUT (object);

  g_clear_pointer (&self->print, waymark_plan_print_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->fills, g_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (waymark_plan_layout_parent_class)->finalize (object);
}

static void
waymark_plan_layout_class_init (WaymarkPlanLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = waymark_plan_layout_finalize;
}

static void
waymark_plan_layout_init (WaymarkPlanLayout *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->fills = g_array_new (FALSE, FALSE, sizeof (double));
}

/* Public API ------------------------------------------------------------ */

/**
 * waymark_plan_layout_new:
 * @print: (transfer full): the plan to lay out; the layout owns it
 * @paper_width: in points
 * @paper_height: in points
 * @font_map: (nullable): the font map, or %NULL for the default one
 *
 * Returns: (transfer full): a layout, paginated when first asked
 */
WaymarkPlanLayout *
waymark_plan_layout_new (WaymarkPlanPrint *print,
                         double            paper_width,
                         double            paper_height,
                         PangoFontMap     *font_map)
{
  WaymarkPlanLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (print != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_PLAN_LAYOUT, NULL);
  self->print = print;
  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->font_map = g_object_ref (font_map ? font_map : pango_cairo_font_map_get_default ());

  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  return self;
}

void
waymark_plan_layout_set_paper_size (WaymarkPlanLayout *self,
                                    double             paper_width,
                                    double             paper_height)
{
  g_return_if_fail (WAYMARK_IS_PLAN_LAYOUT (self));

  if (self->paper_width == paper_width && self->paper_height == paper_height)
    return;

  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->paginated = FALSE;
}

void
waymark_plan_layout_get_paper_size (WaymarkPlanLayout *self,
                                    double            *paper_width,
                                    double            *paper_height)
{
  g_return_if_fail (WAYMARK_IS_PLAN_LAYOUT (self));

  if (paper_width != NULL)
    *paper_width = self->paper_width;
  if (paper_height != NULL)
    *paper_height = self->paper_height;
}

/**
 * waymark_plan_layout_paginate:
 *
 * Lays the plan out, in the language Waymark speaks now (push the print
 * language around it).
 *
 * Returns: the number of pages, at least 1
 */
guint
waymark_plan_layout_paginate (WaymarkPlanLayout *self)
{
  const double margin = WAYMARK_CRISIS_PAGE_MARGIN;
  Pager pager = { self };
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *day = NULL;
  double rule_y, fill;

  g_return_val_if_fail (WAYMARK_IS_PLAN_LAYOUT (self), 0);

  g_ptr_array_set_size (self->pages, 0);
  g_array_set_size (self->fills, 0);

  pager.content.x = margin;
  pager.content.y = margin;
  pager.content.width = MAX (self->paper_width - 2 * margin, 144.0);
  pager.content.height = MAX (self->paper_height - 2 * margin, 288.0);

  /* A blank plan is dated by hand. */
  day = self->print->blank ? g_strdup ("") : waymark_date_format (self->print->date);
  date = waymark_plan_text (self, day, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  name = waymark_plan_text (self,
                            *self->print->person_name ? self->print->person_name : _("My Recovery Plan"),
                            HEADER_SIZE, PANGO_WEIGHT_BOLD,
                            pager.content.width - waymark_print_layout_width (date) - 18);
  pango_layout_set_height (name, -1);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);

  rule_y = pager.content.y + MAX (waymark_print_layout_height (name), waymark_print_layout_height (date)) +
           HEADER_RULE_GAP;
  pager.top = rule_y + HEADER_BODY_GAP;
  footer = waymark_plan_text (self, "Page 1 of 1", HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  pager.bottom = pager.content.y + pager.content.height - waymark_print_layout_height (footer) - FOOTER_BODY_GAP;

  new_page (&pager);
  units = waymark_plan_build_units (self, pager.content.width);
  place_units (&pager, units);
  fill = (pager.y - pager.top) / (pager.bottom - pager.top);
  g_array_append_val (self->fills, fill);

  put_furniture (self, &pager.content, name, date, rule_y);

  self->paginated = TRUE;
  return self->pages->len;
}

guint
waymark_plan_layout_get_n_pages (WaymarkPlanLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LAYOUT (self), 0);

  if (!self->paginated)
    waymark_plan_layout_paginate (self);

  return self->pages->len;
}

/**
 * waymark_plan_layout_get_page_fill:
 *
 * Returns: how much of @page's body is used, from 0 to 1
 */
double
waymark_plan_layout_get_page_fill (WaymarkPlanLayout *self,
                                   guint              page)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LAYOUT (self), 0);

  if (!self->paginated)
    waymark_plan_layout_paginate (self);

  g_return_val_if_fail (page < self->fills->len, 0);
  return g_array_index (self->fills, double, page);
}

void
waymark_plan_layout_draw_page (WaymarkPlanLayout *self,
                               cairo_t           *cr,
                               guint              page)
{
  GPtrArray *pieces;

  g_return_if_fail (WAYMARK_IS_PLAN_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  if (!self->paginated)
    waymark_plan_layout_paginate (self);

  g_return_if_fail (page < self->pages->len);

  pieces = self->pages->pdata[page];
  for (guint i = 0; i < pieces->len; i++)
    waymark_print_draw_piece (cr, pieces->pdata[i]);
}
