/* waymark-crisis-page-flow.c: the crisis plan on full pages: the flow of sections over pages
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-layout-private.h"

/* The full page, in points. */
#define TITLE_SIZE        20.0
#define INTRO_SIZE        11.0
#define PART_SIZE         17.0
#define HEADING_SIZE      14.0
#define BODY_SIZE         10.5
#define DETAIL_SIZE       10.0
#define PERSON_SIZE       12.0
#define PHONE_SIZE        15.0
#define HEADER_SIZE        9.0
#define EMERGENCY_SIZE    13.0
#define EMERGENCY_NUMBER  24.0
#define STEP_DIAMETER     18.0
#define STEP_SIZE         10.0
#define GUTTER            27.0   /* a step's number; headings and bullets line up after it */
#define BULLET_WIDTH      13.0
#define HEADER_RULE_GAP    6.0
#define HEADER_BODY_GAP   10.0
#define FOOTER_BODY_GAP   18.0
#define BOX_PADDING       10.0
#define KEEP_TOGETHER      0.3   /* a section up to this share of a page is never split */

/* Space above each kind of line: enough to see where a step starts,
 * little enough that a typical plan's steps fit on one page. */
#define SPACE_HEADING         12.0
#define SPACE_HEADING_IN_PART 12.0
#define SPACE_FIRST_ITEM       5.0
#define SPACE_ITEM             3.0
#define SPACE_PERSON           4.0

/* The full page's flow: what follows the header and the emergency box. */
typedef enum
{
  FLOW_PART,
  FLOW_HEADING,
  FLOW_ITEM,
} FlowKind;

typedef struct
{
  FlowKind                    kind;
  const WaymarkCrisisSection *section;
  guint                       step;       /* the section's step, or 0 */
  PangoLayout                *layout;
  PangoLayout                *marker;     /* an item's bullet */
  double                      indent;     /* from the start edge */
  double                      space_before;
  double                      height;
  double                      section_height;  /* a heading: with all its items */
  gboolean                    rtl;
} Flow;

typedef struct
{
  WaymarkCrisisLayout *self;
  cairo_rectangle_t    content;   /* inside the margins */
  double               top;       /* the body, under the header */
  double               bottom;    /* and over the footer */
  GPtrArray           *page;      /* Piece *, the page being filled */
  double               y;
  gboolean             at_top;
} Pager;

static gboolean
is_step (const WaymarkCrisisSectionInfo *info)
{
  /* As on the Crisis Plan page, the first six are the ladder. */
  return !info->for_supporters &&
         !g_str_equal (info->key, "reasons") &&
         !g_str_equal (info->key, WAYMARK_CRISIS_EMERGENCY_SECTION);
}

static void
flow_free (Flow *flow)
{
  g_clear_object (&flow->layout);
  g_clear_object (&flow->marker);
  g_free (flow);
}

static char *
item_markup (const WaymarkCrisisSection *section,
             const WaymarkCrisisItem    *item,
             gboolean                    one_line)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (section->info->about_people)
    {
      /* A person: their name, how they are known, then the number to
       * call, large, and when to call it. */
      text = waymark_print_span (PERSON_SIZE, TRUE, NULL, item->text);
      g_string_append (markup, text);
      if (*item->detail != '\0')
        {
          g_autofree char *detail = waymark_print_span (DETAIL_SIZE, FALSE, SECONDARY, item->detail);

          g_string_append (markup, "   ");
          g_string_append (markup, detail);
        }

      if (*item->phone != '\0' || *item->hours != '\0')
        g_string_append (markup, one_line ? "   " : "\n");

      if (*item->phone != '\0')
        {
          g_autofree char *isolated = waymark_print_isolate_ltr (item->phone);
          g_autofree char *phone = waymark_print_span (PHONE_SIZE, TRUE, NULL, isolated);

          g_string_append (markup, phone);
          if (*item->hours != '\0')
            g_string_append (markup, "   ");
        }

      if (*item->hours != '\0')
        {
          g_autofree char *hours = waymark_print_span (DETAIL_SIZE, FALSE, SECONDARY, item->hours);

          g_string_append (markup, hours);
        }
    }
  else
    {
      text = g_markup_escape_text (item->text, -1);
      g_string_append (markup, text);

      if (*item->detail != '\0')
        {
          g_autofree char *line = NULL;
          g_autofree char *detail = NULL;

          if (section->info->detail_label != NULL)
            /* Translators: a label and its value, as in "Who helps: Sam". */
            line = g_strdup_printf (_("%s: %s"), _(section->info->detail_label), item->detail);
          else
            line = g_strdup (item->detail);

          /* On the same line, after a dash: a step reads at a glance. */
          detail = waymark_print_span (DETAIL_SIZE, FALSE, SECONDARY, line);
          g_string_append (markup, " \xe2\x80\x94 ");
          g_string_append (markup, detail);
        }
    }

  return g_string_free (markup, FALSE);
}

static Flow *
add_flow (GPtrArray                  *flows,
          FlowKind                    kind,
          const WaymarkCrisisSection *section,
          guint                       step,
          PangoLayout                *layout,
          double                      indent)
{
  Flow *flow = g_new0 (Flow, 1);
  Flow *previous = flows->len > 0 ? flows->pdata[flows->len - 1] : NULL;

  flow->kind = kind;
  flow->section = section;
  flow->step = step;
  flow->layout = layout;
  flow->indent = indent;
  flow->height = waymark_print_layout_height (layout);
  flow->rtl = waymark_print_layout_is_rtl (layout);

  switch (kind)
    {
    case FLOW_PART:
      flow->space_before = 0;   /* it starts a page */
      break;

    case FLOW_HEADING:
      flow->space_before = previous && previous->kind == FLOW_PART ? SPACE_HEADING_IN_PART : SPACE_HEADING;
      break;

    case FLOW_ITEM:
      if (previous && previous->kind == FLOW_HEADING)
        flow->space_before = SPACE_FIRST_ITEM;
      else
        flow->space_before = section->info->about_people ? SPACE_PERSON : SPACE_ITEM;
      break;

    default:
      g_assert_not_reached ();
    }

  g_ptr_array_add (flows, flow);
  return flow;
}

static PangoLayout *
heading_layout (WaymarkCrisisLayout        *self,
                const WaymarkCrisisSection *section,
                gboolean                    continued,
                double                      width)
{
  g_autofree char *title = NULL;

  if (continued)
    /* Translators: the heading of a list that goes on from the page before. */
    title = g_strdup_printf (_("%s (continued)"), _(section->info->title));
  else
    title = g_strdup (_(section->info->title));

  return waymark_print_text_layout (self, title, HEADING_SIZE, PANGO_WEIGHT_BOLD, width);
}

static GPtrArray *
build_flows (WaymarkCrisisLayout *self,
             double               width)
{
  GPtrArray *flows = g_ptr_array_new_with_free_func ((GDestroyNotify) flow_free);
  gboolean in_part = FALSE;
  guint step = 0;

  for (guint i = 0; i < self->plan->sections->len; i++)
    {
      const WaymarkCrisisSection *section = self->plan->sections->pdata[i];
      guint section_step;
      Flow *heading;

      /* The emergency number is on the first page, in its own box. */
      if (g_str_equal (section->info->key, WAYMARK_CRISIS_EMERGENCY_SECTION) ||
          section->items->len == 0)
        continue;

      /* The steps are numbered as printed: on paper, a missing number
       * would look like a missing page. */
      section_step = is_step (section->info) ? ++step : 0;

      if (section->info->for_supporters && !in_part)
        {
          g_autofree char *heading = waymark_print_span (PART_SIZE, TRUE, NULL, _("If Others Need to Step In"));
          const char *why = _("For the people who support me, when I can’t make decisions for "
                              "myself. Written by me, while I’m well.");
          g_autofree char *intro = waymark_print_span (DETAIL_SIZE + 0.5, FALSE, SECONDARY, why);
          g_autofree char *markup = g_strconcat (heading, "\n", intro, NULL);
          PangoLayout *layout = waymark_print_markup_layout (self, markup, BODY_SIZE, width);

          pango_layout_set_spacing (layout, pango_units_from_double (4.0));
          add_flow (flows, FLOW_PART, section, 0, layout, 0);
          in_part = TRUE;
        }

      heading = add_flow (flows, FLOW_HEADING, section, section_step,
                          heading_layout (self, section, FALSE, width - GUTTER), GUTTER);
      heading->section_height = heading->height;

      for (guint j = 0; j < section->items->len; j++)
        {
          const WaymarkCrisisItem *item = section->items->pdata[j];
          g_autofree char *markup = item_markup (section, item, section->info->about_people);
          PangoLayout *layout = waymark_print_markup_layout (self, markup, BODY_SIZE, width - GUTTER - BULLET_WIDTH);
          Flow *flow;

          /* A person reads on one line, name to number, when that fits;
           * the number goes on a line of its own rather than break. */
          if (pango_layout_get_line_count (layout) > 1 && section->info->about_people)
            {
              g_autofree char *two_lines = item_markup (section, item, FALSE);

              g_object_unref (layout);
              layout = waymark_print_markup_layout (self, two_lines, BODY_SIZE, width - GUTTER - BULLET_WIDTH);
            }

          pango_layout_set_spacing (layout, pango_units_from_double (section->info->about_people ? 2.0 : 1.0));
          flow = add_flow (flows, FLOW_ITEM, section, section_step, layout, GUTTER + BULLET_WIDTH);
          flow->marker = waymark_print_text_layout (self, "•", BODY_SIZE, PANGO_WEIGHT_BOLD, -1);
          heading->section_height += flow->space_before + flow->height;
        }
    }

  return flows;
}

static void
new_page (Pager *pager)
{
  pager->page = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_print_piece_free);
  g_ptr_array_add (pager->self->pages, pager->page);
  pager->y = pager->top;
  pager->at_top = TRUE;
}

/* Puts the part of @flow's layout from @offset, @height high, at @y. */
static void
put_flow (Pager      *pager,
          const Flow *flow,
          double      y,
          double      offset,
          double      height)
{
  const cairo_rectangle_t *content = &pager->content;
  double width = content->width - flow->indent;
  double x = waymark_print_start_x (content->x, content->width, flow->rtl, flow->indent, width);
  Piece *piece;

  piece = waymark_print_add_text (pager->page, content, flow->layout, x, y, INK);
  piece->offset = offset;
  piece->height = height;
  piece->band = offset > 0 || height < flow->height;

  if (offset > 0)
    return;

  if (flow->kind == FLOW_HEADING && flow->step > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", flow->step);
      double middle = y + waymark_print_first_line_height (flow->layout) / 2.0;
      double x = waymark_print_start_x (content->x, content->width, flow->rtl, 0, STEP_DIAMETER);

      piece = waymark_print_add_piece (pager->page, PIECE_STEP, content,
                                       x, middle - STEP_DIAMETER / 2.0, STEP_DIAMETER, STEP_DIAMETER);
      piece->layout = waymark_print_text_layout (pager->self, number, STEP_SIZE, PANGO_WEIGHT_BOLD, -1);
    }
  else if (flow->marker != NULL)
    {
      double bullet_width = waymark_print_layout_width (flow->marker);
      double text = waymark_print_layout_baseline (flow->layout);
      double bullet = waymark_print_layout_baseline (flow->marker);

      waymark_print_add_text (pager->page, content, flow->marker,
                              waymark_print_start_x (content->x, content->width, flow->rtl, GUTTER, bullet_width),
                              y + text - bullet, SECONDARY_GRAY);
    }
}

/* Starts a new page for the rest of @flow's section, under its title
 * again, and returns the space to leave before the next item. */
static double
continue_section (Pager      *pager,
                  const Flow *flow)
{
  Flow heading = { 0 };
  double height;

  new_page (pager);

  heading.kind = FLOW_HEADING;
  heading.section = flow->section;
  heading.step = flow->step;
  heading.indent = GUTTER;
  heading.layout = heading_layout (pager->self, flow->section, TRUE, pager->content.width - GUTTER);
  heading.rtl = waymark_print_layout_is_rtl (heading.layout);
  height = waymark_print_layout_height (heading.layout);
  heading.height = height;

  put_flow (pager, &heading, pager->y, 0, height);
  g_object_unref (heading.layout);

  pager->y += height;
  pager->at_top = FALSE;

  return SPACE_FIRST_ITEM;
}

/* How much must fit for @flow to stay on this page: a heading keeps
 * with what follows, down to (at least the first line of) the first
 * item, so a heading never stands alone at a page's foot; a short
 * section is not split at all. */
static double
chain_height (GPtrArray *flows,
              guint      index,
              double     capacity)
{
  const Flow *flow = flows->pdata[index];
  double height = flow->height;

  if (flow->kind == FLOW_ITEM)
    return height > capacity ? waymark_print_first_line_height (flow->layout) : height;

  if (flow->kind == FLOW_HEADING && flow->section_height <= capacity * KEEP_TOGETHER)
    return flow->section_height;

  for (guint i = index + 1; i < flows->len; i++)
    {
      const Flow *next = flows->pdata[i];

      if (next->kind == FLOW_ITEM)
        return height + next->space_before +
               (next->height > capacity ? waymark_print_first_line_height (next->layout) : next->height);

      height += next->space_before + next->height;
    }

  return height;
}

/* An item taller than a whole page goes on line by line, the rest on
 * the next pages under "(continued)". */
static void
split_flow (Pager      *pager,
            const Flow *flow,
            double      gap)
{
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (flow->layout);
  gboolean fresh = pager->at_top;   /* nothing but a heading above: move no further */
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

      if (g_array_index (bottoms, double, line) - shown > room && !fresh)
        {
          gap = continue_section (pager, flow);
          fresh = TRUE;
          continue;
        }

      while (last + 1 < bottoms->len && g_array_index (bottoms, double, last + 1) - shown <= room)
        last++;

      put_flow (pager, flow, pager->y + gap, shown, g_array_index (bottoms, double, last) - shown);
      pager->y += gap + g_array_index (bottoms, double, last) - shown;
      pager->at_top = FALSE;
      shown = g_array_index (bottoms, double, last);
      line = last + 1;

      if (line < bottoms->len)
        {
          gap = continue_section (pager, flow);
          fresh = TRUE;
        }
    }
}

static void
place_flow (Pager     *pager,
            GPtrArray *flows,
            guint      index)
{
  const Flow *flow = flows->pdata[index];
  double capacity = pager->bottom - pager->top;
  double gap = pager->at_top ? 0 : flow->space_before;

  /* What supporters use starts on a page of its own, to hand over;
   * but a page with little on it yet is not left near empty for it. */
  if (flow->kind == FLOW_PART && !pager->at_top && pager->y - pager->top > capacity / 2)
    {
      new_page (pager);
      gap = 0;
    }
  else if (flow->kind == FLOW_PART && !pager->at_top)
    gap = SPACE_HEADING * 2;

  if (!pager->at_top && pager->y + gap + chain_height (flows, index, capacity) > pager->bottom)
    {
      if (flow->kind == FLOW_ITEM)
        gap = continue_section (pager, flow);
      else
        {
          new_page (pager);
          gap = 0;
        }
    }

  if (flow->kind == FLOW_ITEM && pager->y + gap + flow->height > pager->bottom)
    {
      split_flow (pager, flow, gap);
      return;
    }

  put_flow (pager, flow, pager->y + gap, 0, flow->height);
  pager->y += gap + flow->height;
  pager->at_top = FALSE;
}

/* The first page opens with a title, a word on how to use the plan and
 * the emergency number, in a box. */
static void
put_front_matter (Pager *pager)
{
  WaymarkCrisisLayout *self = pager->self;
  const cairo_rectangle_t *content = &pager->content;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) intro = NULL;
  double y = pager->top;

  title = waymark_print_text_layout (self, _("My Crisis Plan"), TITLE_SIZE, PANGO_WEIGHT_BOLD, content->width);
  waymark_print_add_text (pager->page, content, title, content->x, y, INK);
  y += waymark_print_layout_height (title) + 4;

  intro = waymark_print_text_layout (self, _("Start at the top and work down, one step at a time. "
                                             "You don’t have to do this alone."),
                                     INTRO_SIZE, PANGO_WEIGHT_NORMAL, content->width);
  waymark_print_add_text (pager->page, content, intro, content->x, y, SECONDARY_GRAY);
  y += waymark_print_layout_height (intro);

  if (*self->plan->emergency_number != '\0')
    {
      g_autofree char *markup = waymark_print_emergency_markup (self->plan->emergency_number, EMERGENCY_NUMBER);
      g_autoptr(PangoLayout) text = waymark_print_markup_layout (self, markup, EMERGENCY_SIZE,
                                                                 content->width - 2 * BOX_PADDING);
      double height = waymark_print_layout_height (text) + 2 * BOX_PADDING - 4;

      pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
      y += 10;
      waymark_print_add_piece (pager->page, PIECE_BOX, content, content->x, y, content->width, height);
      waymark_print_add_text (pager->page, content, text, content->x + BOX_PADDING, y + BOX_PADDING - 2, INK);
      y += height;
    }

  pager->y = y;
  pager->at_top = FALSE;
}

/* The header (name and date) and footer (page number) of every page,
 * added once the number of pages is known. */
static void
put_furniture (WaymarkCrisisLayout     *self,
               const cairo_rectangle_t *content,
               PangoLayout             *name,
               PangoLayout             *date,
               double                   rule_y)
{
  double date_width = waymark_print_layout_width (date);
  double name_x = content->x;
  PangoRectangle logical;

  /* Right to left, the name ends at the right edge, whichever way its
   * own script runs: a name in Latin letters sits at the left of its
   * layout, an Arabic one at the right. */
  pango_layout_get_extents (name, NULL, &logical);
  if (self->rtl)
    name_x = content->x + content->width - pango_units_to_double (logical.x + logical.width);

  for (guint i = 0; i < self->pages->len; i++)
    {
      GPtrArray *page = self->pages->pdata[i];
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) footer = NULL;
      Piece *piece;

      waymark_print_add_text (page, content, name,
                              name_x,
                              content->y, 0.2);
      waymark_print_add_text (page, content, date,
                              waymark_print_start_x (content->x, content->width, !self->rtl, 0, date_width),
                              content->y, SECONDARY_GRAY);
      piece = waymark_print_add_piece (page, PIECE_RULE, content, content->x, rule_y, content->width, 0.5);
      piece->gray = RULE_GRAY;

      /* Translators: the foot of each printed page, as in "Page 2 of 3". */
      number = g_strdup_printf (_("Page %u of %u"), i + 1, self->pages->len);
      footer = waymark_print_text_layout (self, number, HEADER_SIZE, PANGO_WEIGHT_NORMAL, content->width);
      pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
      waymark_print_add_text (page, content, footer, content->x,
                              content->y + content->height - waymark_print_layout_height (footer), SECONDARY_GRAY);
    }
}

void
waymark_crisis_page_flow_paginate (WaymarkCrisisLayout *self)
{
  const double margin = WAYMARK_CRISIS_PAGE_MARGIN;
  Pager pager = { self };
  g_autoptr(GPtrArray) flows = NULL;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *day = waymark_date_format (self->plan->date);
  double rule_y;

  pager.content.x = margin;
  pager.content.y = margin;
  pager.content.width = MAX (self->paper_width - 2 * margin, 72.0);
  pager.content.height = MAX (self->paper_height - 2 * margin, 144.0);

  date = waymark_print_text_layout (self, day, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  name = waymark_print_text_layout (self,
                                    *self->plan->person_name ? self->plan->person_name : _("My Crisis Plan"),
                                    HEADER_SIZE, PANGO_WEIGHT_BOLD,
                                    pager.content.width - waymark_print_layout_width (date) - 18);
  /* Two lines of a long name, then "…": the header must stay a header. */
  pango_layout_set_height (name, -2);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);

  rule_y = pager.content.y + MAX (waymark_print_layout_height (name), waymark_print_layout_height (date)) +
           HEADER_RULE_GAP;
  pager.top = rule_y + HEADER_BODY_GAP;

  footer = waymark_print_text_layout (self, "Page 1 of 1", HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  pager.bottom = pager.content.y + pager.content.height - waymark_print_layout_height (footer) - FOOTER_BODY_GAP;

  new_page (&pager);
  put_front_matter (&pager);

  flows = build_flows (self, pager.content.width);
  for (guint i = 0; i < flows->len; i++)
    place_flow (&pager, flows, i);

  put_furniture (self, &pager.content, name, date, rule_y);
}
