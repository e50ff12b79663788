/* waymark-crisis-layout.c: the crisis plan laid out on paper, as pages or a wallet card
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "waymark-crisis-layout.h"

/* A crisis plan is written in a calm hour and read in the worst one, so
 * the paper is plain: one typeface, black on white, a clear order, the
 * phone numbers large. Everything is measured once, in points, in an
 * unhinted context of its own, so a preview, a printer and a PDF get the
 * same pages; a page is then a list of pieces that only need drawing.
 * Every piece carries the rectangle it must stay inside (the margins, or
 * its card panel) and is clipped to it, as a last guard. */

#define FONT_FAMILY "Cantarell, Sans"

#define INK       0.10  /* text: near black, softer on the eye than pure black */
#define SECONDARY "#5e5e5e"
#define SECONDARY_GRAY (0x5e / 255.0)
#define RULE_GRAY 0.72
#define GUIDE_GRAY 0.55

/* The full page, in points. */
#define TITLE_SIZE        22.0
#define INTRO_SIZE        11.0
#define PART_SIZE         17.0
#define HEADING_SIZE      14.0
#define BODY_SIZE         11.0
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
#define HEADER_BODY_GAP   18.0
#define FOOTER_BODY_GAP   18.0
#define BOX_PADDING       14.0
#define KEEP_TOGETHER      0.3   /* a section up to this share of a page is never split */

/* Space above each kind of line. */
#define SPACE_HEADING         21.0
#define SPACE_HEADING_IN_PART 16.0
#define SPACE_FIRST_ITEM       8.0
#define SPACE_ITEM             6.0
#define SPACE_PERSON           9.0

/* The wallet card: its body text starts at this size and shrinks in
 * these steps, never below WAYMARK_CRISIS_CARD_MIN_FONT_SIZE. */
#define CARD_BODY_SIZE 10.0
#define CARD_SIZE_STEP 0.25
#define CARD_PADDING   9.0
#define CARD_ROW_GAP  30.0
#define CARD_LEGEND_SIZE 7.5

typedef enum
{
  PIECE_TEXT,
  PIECE_STEP,
  PIECE_BOX,
  PIECE_RULE,
  PIECE_CUT_GUIDE,
  PIECE_FOLD_GUIDE,
  PIECE_WRITING_LINE,
} PieceKind;

/* One thing drawn on a page. */
typedef struct
{
  PieceKind          kind;
  cairo_rectangle_t  clip;     /* nothing of it lands outside */
  double             x;
  double             y;
  double             width;
  double             height;
  double             gray;     /* 0 is black */
  PangoLayout       *layout;   /* text, or the number of a step */
  double             offset;   /* text: how far down the layout the piece starts */
  gboolean           band;     /* text: only height points of the layout, from offset */
} Piece;

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

/* The wallet card's lines, measured at one size at a time. */
typedef enum
{
  BLOCK_CAPTION,
  BLOCK_NAME,
  BLOCK_EMERGENCY,
  BLOCK_HEADING,
  BLOCK_ITEM,
  BLOCK_PERSON,
  BLOCK_WRITING,
  BLOCK_MORE,
} BlockKind;

typedef struct
{
  BlockKind                   kind;
  const WaymarkCrisisSection *section;
  const WaymarkCrisisItem    *item;
  const char                 *text;
  gboolean                    at_bottom;   /* pinned to the panel's foot */
  /* Measured */
  PangoLayout                *layout;
  PangoLayout                *side;        /* a bullet, or a person's phone */
  double                      size;
  double                      height;
  double                      space_before;
  gboolean                    rtl;
} Block;

struct _WaymarkCrisisLayout
{
  GObject                  parent_instance;

  /* Owned */
  WaymarkCrisisPlan       *plan;       /* a copy: what is printed is what was asked for */
  PangoFontMap            *font_map;
  PangoContext            *context;
  GPtrArray               *pages;      /* GPtrArray of Piece * */
  GPtrArray               *left_off;   /* char * */

  cairo_rectangle_t        panels[WAYMARK_CRISIS_CARD_N_PANELS];
  WaymarkCrisisLayoutKind  kind;
  double                   paper_width;
  double                   paper_height;
  gboolean                 rtl;        /* the locale's direction, for the page's furniture */
  gboolean                 paginated;
};

G_DEFINE_FINAL_TYPE (WaymarkCrisisLayout, waymark_crisis_layout, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (WaymarkCrisisLayoutKind, waymark_crisis_layout_kind,
                    G_DEFINE_ENUM_VALUE (WAYMARK_CRISIS_LAYOUT_PAGE, "page"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CRISIS_LAYOUT_CARD, "card"))

/* Pieces ----------------------------------------------------------------- */

static void
piece_free (Piece *piece)
{
  g_clear_object (&piece->layout);
  g_free (piece);
}

static Piece *
add_piece (GPtrArray               *page,
           PieceKind                kind,
           const cairo_rectangle_t *clip,
           double                   x,
           double                   y,
           double                   width,
           double                   height)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = kind;
  piece->clip = *clip;
  piece->x = x;
  piece->y = y;
  piece->width = width;
  piece->height = height;
  piece->gray = INK;
  g_ptr_array_add (page, piece);

  return piece;
}

static Piece *
add_text (GPtrArray               *page,
          const cairo_rectangle_t *clip,
          PangoLayout             *layout,
          double                   x,
          double                   y,
          double                   gray)
{
  PangoRectangle logical;
  Piece *piece;

  pango_layout_get_extents (layout, NULL, &logical);
  piece = add_piece (page, PIECE_TEXT, clip, x, y,
                     pango_units_to_double (logical.width),
                     pango_units_to_double (logical.height));
  piece->layout = g_object_ref (layout);
  piece->gray = gray;

  return piece;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The lines of a layout split over pages that belong on this one, and
 * only those: the rest are not hidden under a clip but left out, so
 * they can't be found or copied from the wrong page of a PDF. */
static void
draw_band (cairo_t     *cr,
           const Piece *piece)
{
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);

  cairo_rectangle (cr, piece->clip.x, piece->y, piece->clip.width, piece->height);
  cairo_clip (cr);

  do
    {
      PangoRectangle logical;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (pango_units_to_double (top) < piece->offset - 0.01 ||
          pango_units_to_double (bottom) > piece->offset + piece->height + 0.01)
        continue;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr,
                     piece->x + pango_units_to_double (logical.x),
                     piece->y - piece->offset + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_piece (cairo_t     *cr,
            const Piece *piece)
{
  cairo_save (cr);
  cairo_rectangle (cr, piece->clip.x, piece->clip.y, piece->clip.width, piece->clip.height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, piece->gray, piece->gray, piece->gray);

  switch (piece->kind)
    {
    case PIECE_TEXT:
      if (piece->band)
        draw_band (cr, piece);
      else
        {
          cairo_move_to (cr, piece->x, piece->y);
          pango_cairo_show_layout (cr, piece->layout);
        }
      break;

    case PIECE_STEP:
      {
        PangoRectangle ink, logical;
        double r = piece->width / 2.0;

        cairo_arc (cr, piece->x + r, piece->y + r, r, 0, 2 * G_PI);
        cairo_fill (cr);

        /* The number sits in the middle of its circle by its ink, as
         * digits have no descenders to balance. */
        pango_layout_get_extents (piece->layout, &ink, &logical);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_move_to (cr,
                       piece->x + r - pango_units_to_double (logical.width) / 2.0,
                       piece->y + r - pango_units_to_double (ink.y + ink.height / 2));
        pango_cairo_show_layout (cr, piece->layout);
      }
      break;

    case PIECE_BOX:
      rounded_rectangle (cr, piece->x + 0.75, piece->y + 0.75, piece->width - 1.5, piece->height - 1.5, 6.0);
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, piece->gray, piece->gray, piece->gray);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      break;

    case PIECE_RULE:
      cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
      cairo_fill (cr);
      break;

    case PIECE_CUT_GUIDE:
      {
        static const double dashes[] = { 4.0, 3.0 };

        cairo_set_line_width (cr, 0.5);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
        cairo_stroke (cr);
      }
      break;

    case PIECE_FOLD_GUIDE:
      {
        static const double dots[] = { 0.0, 2.5 };

        cairo_set_line_width (cr, 0.9);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
        cairo_move_to (cr, piece->x, piece->y + 1.25);
        cairo_line_to (cr, piece->x, piece->y + piece->height - 1.25);
        cairo_stroke (cr);
      }
      break;

    case PIECE_WRITING_LINE:
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, piece->x, piece->y);
      cairo_line_to (cr, piece->x + piece->width, piece->y);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

/* Text ------------------------------------------------------------------- */

static PangoLayout *
new_layout (WaymarkCrisisLayout *self,
            double               size,
            PangoWeight          weight,
            double               width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* A long web address or a name without spaces still wraps. No
   * direction is set: each paragraph takes its own from its text. */
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

static PangoLayout *
new_text_layout (WaymarkCrisisLayout *self,
                 const char          *text,
                 double               size,
                 PangoWeight          weight,
                 double               width)
{
  PangoLayout *layout = new_layout (self, size, weight, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

static PangoLayout *
new_markup_layout (WaymarkCrisisLayout *self,
                   const char          *markup,
                   double               size,
                   double               width)
{
  PangoLayout *layout = new_layout (self, size, PANGO_WEIGHT_NORMAL, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static double
layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

static double
first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int top, bottom;

  pango_layout_iter_get_line_yrange (iter, &top, &bottom);
  pango_layout_iter_free (iter);

  return pango_units_to_double (bottom);
}

static gboolean
layout_is_rtl (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);

  return line != NULL && line->resolved_dir == PANGO_DIRECTION_RTL;
}

/* Where a thing @offset from the start edge of @width goes, for either
 * direction. */
static double
start_x (double   left,
         double   width,
         gboolean rtl,
         double   offset,
         double   thing_width)
{
  return rtl ? left + width - offset - thing_width : left + offset;
}

/* A phone number is a run of digits, spaces and signs that would be
 * reordered group by group inside right-to-left text, "+44 7700 900123"
 * turning into "900123 7700 +44"; isolated, it reads as dialled. */
static char *
isolate_ltr (const char *text)
{
  return g_strconcat ("\xe2\x81\xa6", text, "\xe2\x81\xa9", NULL);   /* LRI … PDI */
}

static char *
span (double      size,
      gboolean    bold,
      const char *color,
      const char *text)
{
  return g_markup_printf_escaped ("<span size=\"%d\" weight=\"%s\" foreground=\"%s\">%s</span>",
                                  (int) (size * PANGO_SCALE), bold ? "bold" : "normal",
                                  color ? color : "#1a1a1a", text);
}

/* Spaces a translator can't see: newlines in an entry would break the
 * card's one-paragraph-per-line measuring. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text);

  g_strdelimit (copy, "\r\n\t", ' ');
  return copy;
}

static char *
emergency_markup (const char *number,
                  double      number_size)
{
  /* Translators: %s is the emergency number, such as 999. It is
   * printed large; keep it where your language puts the number. */
  const char *sentence = _("In an emergency call %s");
  const char *at = strstr (sentence, "%s");
  g_autofree char *before = at ? g_strndup (sentence, at - sentence) : g_strconcat (sentence, " ", NULL);
  g_autofree char *isolated = isolate_ltr (number);
  g_autofree char *big = span (number_size, TRUE, NULL, isolated);
  g_autofree char *start = g_markup_escape_text (before, -1);
  g_autofree char *end = g_markup_escape_text (at ? at + 2 : "", -1);

  return g_strconcat (start, big, end, NULL);
}

static char *
format_date (const char *iso)
{
  int year, month, day;

  if (iso != NULL &&
      sscanf (iso, "%d-%d-%d", &year, &month, &day) == 3 &&
      year > 0 && year < 10000 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);
      const char *format;

      /* Translators: the date a crisis plan was printed, as in
       * "1 March 2026"; see g_date_time_format() for the codes. */
      /* xgettext:no-c-format */
      format = _("%-d %B %Y");

      if (date != NULL)
        return g_date_time_format (date, format);
    }

  return g_strdup (iso ? iso : "");
}

static gboolean
is_step (const WaymarkCrisisSectionInfo *info)
{
  /* As on the Crisis Plan page, the first six are the ladder. */
  return !info->for_supporters &&
         !g_str_equal (info->key, "reasons") &&
         !g_str_equal (info->key, WAYMARK_CRISIS_EMERGENCY_SECTION);
}

static char *
describe_item (const WaymarkCrisisSection *section,
               const WaymarkCrisisItem    *item)
{
  g_autofree char *what = NULL;

  if (*item->phone != '\0')
    what = g_strdup_printf ("%s (%s)", item->text, item->phone);
  else
    what = g_strdup (item->text);

  /* Translators: something left off the wallet card: a section's title,
   * then what was in it, as in "Things I Can Do on My Own: Go for a walk". */
  return g_strdup_printf (_("%s: %s"), _(section->info->title), what);
}

/* The full page ------------------------------------------------------------ */

static void
flow_free (Flow *flow)
{
  g_clear_object (&flow->layout);
  g_clear_object (&flow->marker);
  g_free (flow);
}

static char *
item_markup (const WaymarkCrisisSection *section,
             const WaymarkCrisisItem    *item)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (section->info->about_people)
    {
      /* A person: their name, how they are known, then the number to
       * call, large, and when to call it. */
      text = span (PERSON_SIZE, TRUE, NULL, item->text);
      g_string_append (markup, text);
      if (*item->detail != '\0')
        {
          g_autofree char *detail = span (DETAIL_SIZE, FALSE, SECONDARY, item->detail);

          g_string_append (markup, "   ");
          g_string_append (markup, detail);
        }

      if (*item->phone != '\0' || *item->hours != '\0')
        g_string_append_c (markup, '\n');

      if (*item->phone != '\0')
        {
          g_autofree char *isolated = isolate_ltr (item->phone);
          g_autofree char *phone = span (PHONE_SIZE, TRUE, NULL, isolated);

          g_string_append (markup, phone);
          if (*item->hours != '\0')
            g_string_append (markup, "   ");
        }

      if (*item->hours != '\0')
        {
          g_autofree char *hours = span (DETAIL_SIZE, FALSE, SECONDARY, item->hours);

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

          detail = span (DETAIL_SIZE, FALSE, SECONDARY, line);
          g_string_append_c (markup, '\n');
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
  flow->height = layout_height (layout);
  flow->rtl = layout_is_rtl (layout);

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

  return new_text_layout (self, title, HEADING_SIZE, PANGO_WEIGHT_BOLD, width);
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
          g_autofree char *heading = span (PART_SIZE, TRUE, NULL, _("If Others Need to Step In"));
          g_autofree char *intro = span (DETAIL_SIZE + 0.5, FALSE, SECONDARY,
                                         _("For the people who support me, when I can’t make decisions for "
                                           "myself. Written by me, while I’m well."));
          g_autofree char *markup = g_strconcat (heading, "\n", intro, NULL);
          PangoLayout *layout = new_markup_layout (self, markup, BODY_SIZE, width);

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
          g_autofree char *markup = item_markup (section, item);
          PangoLayout *layout = new_markup_layout (self, markup, BODY_SIZE, width - GUTTER - BULLET_WIDTH);
          Flow *flow;

          pango_layout_set_spacing (layout, pango_units_from_double (section->info->about_people ? 2.0 : 1.0));
          flow = add_flow (flows, FLOW_ITEM, section, section_step, layout, GUTTER + BULLET_WIDTH);
          flow->marker = new_text_layout (self, "•", BODY_SIZE, PANGO_WEIGHT_BOLD, -1);
          heading->section_height += flow->space_before + flow->height;
        }
    }

  return flows;
}

static void
new_page (Pager *pager)
{
  pager->page = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
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
  double x = start_x (content->x, content->width, flow->rtl, flow->indent, width);
  Piece *piece;

  piece = add_text (pager->page, content, flow->layout, x, y, INK);
  piece->offset = offset;
  piece->height = height;
  piece->band = offset > 0 || height < flow->height;

  if (offset > 0)
    return;

  if (flow->kind == FLOW_HEADING && flow->step > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", flow->step);
      double middle = y + first_line_height (flow->layout) / 2.0;

      piece = add_piece (pager->page, PIECE_STEP, content,
                         start_x (content->x, content->width, flow->rtl, 0, STEP_DIAMETER),
                         middle - STEP_DIAMETER / 2.0, STEP_DIAMETER, STEP_DIAMETER);
      piece->layout = new_text_layout (pager->self, number, STEP_SIZE, PANGO_WEIGHT_BOLD, -1);
    }
  else if (flow->marker != NULL)
    {
      double bullet_width = layout_width (flow->marker);

      add_text (pager->page, content, flow->marker,
                start_x (content->x, content->width, flow->rtl, GUTTER, bullet_width),
                y + layout_baseline (flow->layout) - layout_baseline (flow->marker),
                SECONDARY_GRAY);
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
  heading.rtl = layout_is_rtl (heading.layout);
  height = layout_height (heading.layout);
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
    return height > capacity ? first_line_height (flow->layout) : height;

  if (flow->kind == FLOW_HEADING && flow->section_height <= capacity * KEEP_TOGETHER)
    return flow->section_height;

  for (guint i = index + 1; i < flows->len; i++)
    {
      const Flow *next = flows->pdata[i];

      if (next->kind == FLOW_ITEM)
        return height + next->space_before +
               (next->height > capacity ? first_line_height (next->layout) : next->height);

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

  /* What supporters use starts on a page of its own, to hand over. */
  if (flow->kind == FLOW_PART && !pager->at_top)
    {
      new_page (pager);
      gap = 0;
    }

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

  title = new_text_layout (self, _("My Crisis Plan"), TITLE_SIZE, PANGO_WEIGHT_BOLD, content->width);
  add_text (pager->page, content, title, content->x, y, INK);
  y += layout_height (title) + 4;

  intro = new_text_layout (self, _("Start at the top and work down, one step at a time. "
                                   "You don’t have to do this alone."),
                           INTRO_SIZE, PANGO_WEIGHT_NORMAL, content->width);
  add_text (pager->page, content, intro, content->x, y, SECONDARY_GRAY);
  y += layout_height (intro);

  if (*self->plan->emergency_number != '\0')
    {
      g_autofree char *markup = emergency_markup (self->plan->emergency_number, EMERGENCY_NUMBER);
      g_autoptr(PangoLayout) text = new_markup_layout (self, markup, EMERGENCY_SIZE,
                                                       content->width - 2 * BOX_PADDING);
      double height = layout_height (text) + 2 * BOX_PADDING - 4;

      pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
      y += 14;
      add_piece (pager->page, PIECE_BOX, content, content->x, y, content->width, height);
      add_text (pager->page, content, text, content->x + BOX_PADDING, y + BOX_PADDING - 2, INK);
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
  double date_width = layout_width (date);

  for (guint i = 0; i < self->pages->len; i++)
    {
      GPtrArray *page = self->pages->pdata[i];
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) footer = NULL;
      Piece *piece;

      add_text (page, content, name,
                start_x (content->x, content->width, self->rtl, 0, content->width - date_width - 18),
                content->y, 0.2);
      add_text (page, content, date,
                start_x (content->x, content->width, !self->rtl, 0, date_width),
                content->y, SECONDARY_GRAY);
      piece = add_piece (page, PIECE_RULE, content, content->x, rule_y, content->width, 0.5);
      piece->gray = RULE_GRAY;

      /* Translators: the foot of each printed page, as in "Page 2 of 3". */
      number = g_strdup_printf (_("Page %u of %u"), i + 1, self->pages->len);
      footer = new_text_layout (self, number, HEADER_SIZE, PANGO_WEIGHT_NORMAL, content->width);
      pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
      add_text (page, content, footer, content->x,
                content->y + content->height - layout_height (footer), SECONDARY_GRAY);
    }
}

static void
paginate_page (WaymarkCrisisLayout *self)
{
  const double margin = WAYMARK_CRISIS_PAGE_MARGIN;
  Pager pager = { self };
  g_autoptr(GPtrArray) flows = NULL;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *day = format_date (self->plan->date);
  double rule_y;

  pager.content.x = margin;
  pager.content.y = margin;
  pager.content.width = MAX (self->paper_width - 2 * margin, 72.0);
  pager.content.height = MAX (self->paper_height - 2 * margin, 144.0);

  date = new_text_layout (self, day, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  name = new_text_layout (self,
                          *self->plan->person_name ? self->plan->person_name : _("My Crisis Plan"),
                          HEADER_SIZE, PANGO_WEIGHT_BOLD,
                          pager.content.width - layout_width (date) - 18);
  /* Two lines of a long name, then "…": the header must stay a header. */
  pango_layout_set_height (name, -2);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);

  rule_y = pager.content.y + MAX (layout_height (name), layout_height (date)) + HEADER_RULE_GAP;
  pager.top = rule_y + HEADER_BODY_GAP;

  footer = new_text_layout (self, "Page 1 of 1", HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  pager.bottom = pager.content.y + pager.content.height - layout_height (footer) - FOOTER_BODY_GAP;

  new_page (&pager);
  put_front_matter (&pager);

  flows = build_flows (self, pager.content.width);
  for (guint i = 0; i < flows->len; i++)
    place_flow (&pager, flows, i);

  put_furniture (self, &pager.content, name, date, rule_y);
}

/* The wallet card ------------------------------------------------------------- */

static void
block_clear (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->side);
}

static Block *
add_block (GArray                     *blocks,
           BlockKind                   kind,
           const WaymarkCrisisSection *section,
           const WaymarkCrisisItem    *item,
           const char                 *text)
{
  Block block = { 0 };

  block.kind = kind;
  block.section = section;
  block.item = item;
  block.text = text;
  g_array_append_val (blocks, block);

  return &g_array_index (blocks, Block, blocks->len - 1);
}

static void
add_section_blocks (GArray                     *blocks,
                    const WaymarkCrisisSection *section)
{
  if (section == NULL || section->items->len == 0)
    return;

  add_block (blocks, BLOCK_HEADING, section, NULL, NULL);
  for (guint i = 0; i < section->items->len; i++)
    add_block (blocks, section->info->about_people ? BLOCK_PERSON : BLOCK_ITEM,
               section, section->items->pdata[i], NULL);
}

/* Secondary text is a little smaller, but never below the smallest
 * readable size. */
static double
smaller (double size,
         double factor)
{
  return MAX (size * factor, WAYMARK_CRISIS_CARD_MIN_FONT_SIZE);
}

/* A person's number may be larger than their name: the two share a
 * baseline, and the block is as tall as both. */
static void
update_block_height (Block *block)
{
  block->height = layout_height (block->layout);

  if (block->kind == BLOCK_PERSON && block->side != NULL)
    {
      double lift = MAX (0, layout_baseline (block->side) - layout_baseline (block->layout));

      block->height = MAX (block->height + lift,
                           lift + layout_baseline (block->layout) - layout_baseline (block->side) +
                           layout_height (block->side));
    }
}

/* Lays @block out at body size @size, @width wide. */
static void
measure_block (WaymarkCrisisLayout *self,
               Block               *block,
               double               size,
               double               width)
{
  block_clear (block);
  block->size = size;
  block->space_before = 0;

  switch (block->kind)
    {
    case BLOCK_CAPTION:
      block->layout = new_text_layout (self, block->text, smaller (size, 0.85),
                                       block->at_bottom ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD, width);
      block->height = layout_height (block->layout);
      break;

    case BLOCK_NAME:
      {
        g_autofree char *name = one_line (block->text);

        block->layout = new_text_layout (self, name, size * 1.6, PANGO_WEIGHT_BOLD, width);
        block->height = layout_height (block->layout);
        block->space_before = size * 0.15;
      }
      break;

    case BLOCK_EMERGENCY:
      {
        g_autofree char *number = one_line (block->text);
        g_autofree char *markup = emergency_markup (number, size * 2.2);
        double padding = size * 0.7;

        block->layout = new_markup_layout (self, markup, size, width - 2 * padding);
        pango_layout_set_alignment (block->layout, PANGO_ALIGN_CENTER);
        block->height = layout_height (block->layout) + 2 * padding;
        block->space_before = size * 0.9;
      }
      break;

    case BLOCK_HEADING:
      block->layout = new_text_layout (self, _(block->section->info->title),
                                       size * 1.05, PANGO_WEIGHT_BOLD, width);
      block->height = layout_height (block->layout);
      block->space_before = size * 0.8;
      break;

    case BLOCK_ITEM:
      {
        g_autofree char *text = one_line (block->item->text);
        g_autofree char *detail = one_line (block->item->detail);
        g_autofree char *escaped = g_markup_escape_text (text, -1);
        g_autofree char *markup = NULL;

        if (*detail != '\0')
          {
            g_autofree char *grey = span (smaller (size, 0.9), FALSE, SECONDARY, detail);
            markup = g_strconcat (escaped, " — ", grey, NULL);
          }
        else
          markup = g_steal_pointer (&escaped);

        block->side = new_text_layout (self, "•", size, PANGO_WEIGHT_BOLD, -1);
        block->layout = new_markup_layout (self, markup, size, width - size * 1.1);
        block->height = layout_height (block->layout);
        block->space_before = size * 0.3;
      }
      break;

    case BLOCK_PERSON:
      {
        const WaymarkCrisisItem *item = block->item;
        g_autofree char *text = one_line (item->text);
        g_autofree char *name = span (size, TRUE, NULL, text);
        GString *markup = g_string_new (name);
        double text_width = width;

        for (guint i = 0; i < 2; i++)
          {
            g_autofree char *plain = one_line (i == 0 ? item->detail : item->hours);

            if (*plain != '\0')
              {
                g_autofree char *grey = span (smaller (size, 0.9), FALSE, SECONDARY, plain);

                g_string_append (markup, " · ");
                g_string_append (markup, grey);
              }
          }

        if (*item->phone != '\0')
          {
            g_autofree char *phone = one_line (item->phone);
            g_autofree char *isolated = isolate_ltr (phone);

            /* The number is never shortened; a very long one wraps. */
            block->side = new_text_layout (self, isolated, size * 1.15, PANGO_WEIGHT_BOLD, width * 0.6);
            text_width = width - layout_width (block->side) - size;
          }

        block->layout = new_markup_layout (self, markup->str, size, text_width);
        g_string_free (markup, TRUE);

        update_block_height (block);
        block->space_before = size * 0.45;
      }
      break;

    case BLOCK_WRITING:
      /* Nothing written yet: lines to fill in by hand. */
      block->height = size * 2.2 * 3;
      block->space_before = size * 0.3;
      break;

    case BLOCK_MORE:
      block->layout = new_text_layout (self, block->text, smaller (size, 0.9), PANGO_WEIGHT_NORMAL, width);
      block->height = layout_height (block->layout);
      block->space_before = size * 0.4;
      break;

    default:
      g_assert_not_reached ();
    }

  if (block->layout != NULL)
    block->rtl = layout_is_rtl (block->layout);
}

static double
measure_blocks (WaymarkCrisisLayout *self,
                GArray              *blocks,
                double               size,
                double               width)
{
  double height = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);

      measure_block (self, block, size, width);
      height += (i > 0 ? block->space_before : 0) + block->height;
    }

  return height;
}

/* Shortens @block to the lines that fit in @room, ending in "…".
 * Returns FALSE when not even one line does. */
static gboolean
truncate_block (Block  *block,
                double  room)
{
  PangoLayoutIter *iter;
  double extra;
  int lines = 0;

  if (block->kind != BLOCK_ITEM && block->kind != BLOCK_PERSON && block->kind != BLOCK_NAME)
    return FALSE;

  /* A person's number is never cut: it fits whole, or they move off. */
  extra = block->height - layout_height (block->layout);
  if (room < block->height - layout_height (block->layout) + first_line_height (block->layout))
    return FALSE;

  iter = pango_layout_get_iter (block->layout);
  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (pango_units_to_double (bottom) > room - extra)
        break;
      lines++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (lines == 0)
    return FALSE;

  pango_layout_set_height (block->layout, -lines);
  pango_layout_set_ellipsize (block->layout, PANGO_ELLIPSIZE_END);
  update_block_height (block);
  return TRUE;
}

static void
put_block (GPtrArray               *page,
           const cairo_rectangle_t *panel,
           const cairo_rectangle_t *inner,
           const Block             *block,
           double                   y)
{
  double size = block->size;

  switch (block->kind)
    {
    case BLOCK_CAPTION:
    case BLOCK_MORE:
      add_text (page, panel, block->layout, inner->x, y, SECONDARY_GRAY);
      break;

    case BLOCK_NAME:
    case BLOCK_HEADING:
      add_text (page, panel, block->layout, inner->x, y, INK);
      break;

    case BLOCK_EMERGENCY:
      {
        double padding = size * 0.7;

        add_piece (page, PIECE_BOX, panel, inner->x, y, inner->width, block->height);
        add_text (page, panel, block->layout, inner->x + padding, y + padding, INK);
      }
      break;

    case BLOCK_ITEM:
      {
        double indent = size * 1.1;
        double width = inner->width - indent;

        add_text (page, panel, block->side,
                  start_x (inner->x, inner->width, block->rtl, 0, layout_width (block->side)),
                  y + layout_baseline (block->layout) - layout_baseline (block->side), SECONDARY_GRAY);
        add_text (page, panel, block->layout,
                  start_x (inner->x, inner->width, block->rtl, indent, width), y, INK);
      }
      break;

    case BLOCK_PERSON:
      {
        double lift = 0;

        if (block->side != NULL)
          {
            double side_width = layout_width (block->side);

            lift = MAX (0, layout_baseline (block->side) - layout_baseline (block->layout));
            add_text (page, panel, block->side,
                      start_x (inner->x, inner->width, !block->rtl, 0, side_width),
                      y + lift + layout_baseline (block->layout) - layout_baseline (block->side), INK);
          }

        add_text (page, panel, block->layout,
                  start_x (inner->x, inner->width, block->rtl, 0,
                           pango_units_to_double (pango_layout_get_width (block->layout))),
                  y + lift, INK);
      }
      break;

    case BLOCK_WRITING:
      for (guint i = 1; i <= 3; i++)
        {
          Piece *piece = add_piece (page, PIECE_WRITING_LINE, panel,
                                    inner->x, y + size * 2.2 * i - 0.5, inner->width, 0);

          piece->gray = RULE_GRAY;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
put_blocks (WaymarkCrisisLayout     *self,
            GPtrArray               *page,
            const cairo_rectangle_t *panel,
            const cairo_rectangle_t *inner,
            GArray                  *blocks)
{
  double y = inner->y;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);
      double top = y + (i > 0 ? block->space_before : 0);

      if (block->at_bottom)
        top = MAX (top, inner->y + inner->height - block->height);

      put_block (page, panel, inner, block, top);
      y = top + block->height;
    }
}

static void
leave_off (WaymarkCrisisLayout *self,
           const Block         *block)
{
  if (block->kind == BLOCK_ITEM || block->kind == BLOCK_PERSON)
    g_ptr_array_add (self->left_off, describe_item (block->section, block->item));
  else if (block->kind == BLOCK_NAME)
    /* Translators: the person's name, left off the wallet card. */
    g_ptr_array_add (self->left_off, g_strdup_printf (_("Name: %s"), block->text));
}

static gboolean
is_item (const Block *block)
{
  return block->kind == BLOCK_ITEM || block->kind == BLOCK_PERSON;
}

/* The height of the blocks marked in @keep, with the headings of
 * those that are kept. */
static double
kept_height (GArray         *blocks,
             const gboolean *keep)
{
  double height = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);
      gboolean counted = keep[i];

      if (block->kind == BLOCK_HEADING)
        for (guint j = i + 1; j < blocks->len && is_item (&g_array_index (blocks, Block, j)); j++)
          counted |= keep[j];

      if (!counted)
        continue;

      height += (first ? 0 : block->space_before) + block->height;
      first = FALSE;
    }

  return height;
}

/* Where text may go on a panel: inside its padding. */
static cairo_rectangle_t
panel_inner (const cairo_rectangle_t *panel)
{
  cairo_rectangle_t inner = {
    panel->x + CARD_PADDING, panel->y + CARD_PADDING,
    panel->width - 2 * CARD_PADDING, panel->height - 2 * CARD_PADDING
  };

  return inner;
}

/* Everything in @blocks at the largest size that fits, down to the
 * smallest readable one. When even that is too much, the first things
 * of each section take turns (so the crisis line is not pushed off by
 * the twentieth friend), the first that doesn't fit whole is shortened
 * to end in "…", a last line counts the rest, and all of it is told in
 * left_off. */
static void
fit_panel (WaymarkCrisisLayout     *self,
           GPtrArray               *page,
           const cairo_rectangle_t *panel,
           GArray                  *blocks)
{
  cairo_rectangle_t inner = panel_inner (panel);
  const double min_size = WAYMARK_CRISIS_CARD_MIN_FONT_SIZE;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GPtrArray) queues = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree gboolean *keep = g_new0 (gboolean, blocks->len);
  g_autofree gboolean *closed = NULL;
  Block more = { .kind = BLOCK_MORE, .text = "…" };
  guint n_items = 0;
  guint n_shown = 0;
  gboolean open = TRUE;
  double room;

  for (double size = CARD_BODY_SIZE; size >= min_size; size -= CARD_SIZE_STEP)
    if (measure_blocks (self, blocks, size, inner.width) <= inner.height)
      {
        put_blocks (self, page, panel, &inner, blocks);
        return;
      }

  /* At the smallest size it still does not fit: keep room for a last
   * line saying how many more there are. */
  measure_blocks (self, blocks, min_size, inner.width);
  measure_block (self, &more, min_size, inner.width);
  room = inner.height - more.height - more.space_before;
  block_clear (&more);

  /* Each section's items, in order, to take turns from. */
  for (guint i = 0; i < blocks->len; i++)
    {
      if (g_array_index (blocks, Block, i).kind == BLOCK_HEADING || queues->len == 0)
        g_ptr_array_add (queues, g_array_new (FALSE, FALSE, sizeof (guint)));
      if (is_item (&g_array_index (blocks, Block, i)))
        g_array_append_val (queues->pdata[queues->len - 1], i);
    }
  closed = g_new0 (gboolean, queues->len);

  for (guint turn = 0; open; turn++)
    {
      open = FALSE;

      for (guint q = 0; q < queues->len; q++)
        {
          GArray *queue = queues->pdata[q];
          guint index;
          Block *block;

          if (closed[q] || turn >= queue->len)
            continue;

          index = g_array_index (queue, guint, turn);
          block = &g_array_index (blocks, Block, index);
          keep[index] = TRUE;

          if (kept_height (blocks, keep) <= room)
            {
              open = TRUE;
              continue;
            }

          /* The first that doesn't fit in its section may show a part,
           * and is the last of its section on the card. */
          if (!truncate_block (block, room - (kept_height (blocks, keep) - block->height)) ||
              kept_height (blocks, keep) > room)
            keep[index] = FALSE;
          closed[q] = TRUE;
        }
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      gboolean shown = keep[i];

      if (block->kind == BLOCK_HEADING)
        for (guint j = i + 1; j < blocks->len && is_item (&g_array_index (blocks, Block, j)); j++)
          shown |= keep[j];

      if (shown)
        g_array_append_val (kept, *block);

      if (!is_item (block))
        continue;

      n_items++;
      if (shown)
        n_shown++;

      if (!shown || pango_layout_is_ellipsized (block->layout))
        leave_off (self, block);
    }

  if (n_shown < n_items)
    {
      g_autofree char *text = NULL;
      guint n_more = n_items - n_shown;

      /* Translators: the last line of a full wallet card panel. */
      text = g_strdup_printf (ngettext ("…and %u more in my full plan",
                                        "…and %u more in my full plan", n_more), n_more);
      more.text = text;
      measure_block (self, &more, min_size, inner.width);
      more.at_bottom = TRUE;
      g_array_append_val (kept, more);
      put_blocks (self, page, panel, &inner, kept);
      block_clear (&more);
    }
  else
    put_blocks (self, page, panel, &inner, kept);
}

/* The front of the first card: who it belongs to and the emergency
 * number. The name gives way before the number does. */
static void
fit_front (WaymarkCrisisLayout     *self,
           GPtrArray               *page,
           const cairo_rectangle_t *panel,
           GArray                  *blocks)
{
  cairo_rectangle_t inner = panel_inner (panel);
  const double min_size = WAYMARK_CRISIS_CARD_MIN_FONT_SIZE;
  double total;

  for (double size = CARD_BODY_SIZE; size >= min_size; size -= CARD_SIZE_STEP)
    if (measure_blocks (self, blocks, size, inner.width) <= inner.height)
      {
        put_blocks (self, page, panel, &inner, blocks);
        return;
      }

  total = measure_blocks (self, blocks, min_size, inner.width);
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *name = &g_array_index (blocks, Block, i);

      if (name->kind != BLOCK_NAME)
        continue;

      if (truncate_block (name, name->height - (total - inner.height)))
        {
          if (pango_layout_is_ellipsized (name->layout))
            leave_off (self, name);
        }
      else
        {
          leave_off (self, name);
          block_clear (name);
          g_array_remove_index (blocks, i);
        }
      break;
    }

  put_blocks (self, page, panel, &inner, blocks);
}

static void
clear_blocks (GArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    block_clear (&g_array_index (blocks, Block, i));
  g_array_set_size (blocks, 0);
}

static void
paginate_card (WaymarkCrisisLayout *self)
{
  const double width = WAYMARK_CRISIS_CARD_WIDTH;
  const double height = WAYMARK_CRISIS_CARD_HEIGHT;
  GPtrArray *page = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(PangoLayout) legend = NULL;
  g_autofree char *day = format_date (self->plan->date);
  cairo_rectangle_t sheet = { 0, 0, self->paper_width, self->paper_height };
  cairo_rectangle_t gap;
  double x0 = (self->paper_width - 2 * width) / 2.0;
  double y0 = (self->paper_height - 2 * height - CARD_ROW_GAP) / 2.0;
  Block *block;

  g_ptr_array_add (self->pages, page);

  /* Two cards, one a row: each cut out along its dashes and folded
   * along the dots in its middle, its left panel the front and its
   * right one the back. */
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      self->panels[i].x = x0 + (i % 2) * width;
      self->panels[i].y = y0 + (i / 2) * (height + CARD_ROW_GAP);
      self->panels[i].width = width;
      self->panels[i].height = height;
    }

  /* What matters most, in order: the number and whose card it is; what
   * makes life worth living; what I can do myself; who to call. */
  add_block (blocks, BLOCK_CAPTION, NULL, NULL, _("My Crisis Card"));
  if (*self->plan->person_name != '\0')
    add_block (blocks, BLOCK_NAME, NULL, NULL, self->plan->person_name);
  if (*self->plan->emergency_number != '\0')
    add_block (blocks, BLOCK_EMERGENCY, NULL, NULL, self->plan->emergency_number);
  block = add_block (blocks, BLOCK_CAPTION, NULL, NULL, day);
  block->at_bottom = TRUE;
  fit_front (self, page, &self->panels[0], blocks);
  clear_blocks (blocks);

  for (guint i = 1; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      static const char * const keys[][2] = {
        { NULL, NULL },
        { "reasons", NULL },
        { "coping", NULL },
        { "help-people", "professionals" },
      };

      for (guint j = 0; j < 2 && keys[i][j] != NULL; j++)
        add_section_blocks (blocks, waymark_crisis_plan_get_section (self->plan, keys[i][j]));

      if (blocks->len == 0)
        {
          add_block (blocks, BLOCK_HEADING, waymark_crisis_plan_get_section (self->plan, keys[i][0]), NULL, NULL);
          add_block (blocks, BLOCK_WRITING, NULL, NULL, NULL);
        }

      fit_panel (self, page, &self->panels[i], blocks);
      clear_blocks (blocks);
    }

  for (guint row = 0; row < 2; row++)
    {
      const cairo_rectangle_t *left = &self->panels[row * 2];
      Piece *piece;

      piece = add_piece (page, PIECE_CUT_GUIDE, &sheet, left->x, left->y, 2 * width, height);
      piece->gray = GUIDE_GRAY;
      piece = add_piece (page, PIECE_FOLD_GUIDE, &sheet, left->x + width, left->y, 0, height);
      piece->gray = GUIDE_GRAY;
    }

  /* The legend sits between the cards, where the scissors go anyway. */
  gap.x = x0;
  gap.y = y0 + height + 1;
  gap.width = 2 * width;
  gap.height = CARD_ROW_GAP - 2;
  legend = new_text_layout (self, _("Cut along the dashes, fold along the dots"),
                            CARD_LEGEND_SIZE, PANGO_WEIGHT_NORMAL, gap.width);
  pango_layout_set_alignment (legend, PANGO_ALIGN_CENTER);
  add_text (page, &gap, legend, gap.x, gap.y + (gap.height - layout_height (legend)) / 2.0, SECONDARY_GRAY);
}

/* The plan ----------------------------------------------------------------- */

static WaymarkCrisisPlan *
copy_plan (WaymarkCrisisPlan *plan)
{
  WaymarkCrisisPlan *copy = waymark_crisis_plan_new ();

  g_free (copy->person_name);
  copy->person_name = g_strstrip (g_strdup (plan->person_name ? plan->person_name : ""));
  g_free (copy->date);
  copy->date = g_strdup (plan->date ? plan->date : "");
  g_free (copy->emergency_number);
  copy->emergency_number = g_strstrip (g_strdup (plan->emergency_number ? plan->emergency_number : ""));

  for (guint i = 0; i < plan->sections->len; i++)
    {
      const WaymarkCrisisSection *section = plan->sections->pdata[i];

      if (g_str_equal (section->info->key, WAYMARK_CRISIS_EMERGENCY_SECTION))
        continue;

      for (guint j = 0; j < section->items->len; j++)
        {
          const WaymarkCrisisItem *item = section->items->pdata[j];

          waymark_crisis_plan_add_item (copy, section->info->key,
                                        item->text, item->detail, item->phone, item->hours);
        }
    }

  return copy;
}

/* GObject ------------------------------------------------------------------ */

static void
waymark_crisis_layout_finalize (GObject *object)
{
  WaymarkCrisisLayout *self = WAYMARK_CRISIS_LAYOUT (object);

  g_clear_pointer (&self->plan, waymark_crisis_plan_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->left_off, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (waymark_crisis_layout_parent_class)->finalize (object);
}

static void
waymark_crisis_layout_class_init (WaymarkCrisisLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_crisis_layout_finalize;
}

static void
waymark_crisis_layout_init (WaymarkCrisisLayout *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->left_off = g_ptr_array_new_with_free_func (g_free);

  /* GTK's own translation says which way the locale writes; the
   * header's name and date and the card follow it. */
  self->rtl = g_str_equal (g_dgettext ("gtk40", "default:LTR"), "default:RTL");
}

/* Public API ---------------------------------------------------------------- */

/**
 * waymark_crisis_layout_new:
 * @plan: the crisis plan; it is copied, so it may be freed at once
 * @kind: full pages, or one sheet of wallet cards
 * @paper_width: the paper's width, in points
 * @paper_height: the paper's height, in points
 * @font_map: (nullable): the font map to lay text out with, or %NULL
 *   for the default one
 *
 * Returns: (transfer full): a new layout, not yet paginated
 */
WaymarkCrisisLayout *
waymark_crisis_layout_new (WaymarkCrisisPlan       *plan,
                           WaymarkCrisisLayoutKind  kind,
                           double                   paper_width,
                           double                   paper_height,
                           PangoFontMap            *font_map)
{
  WaymarkCrisisLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (kind == WAYMARK_CRISIS_LAYOUT_PAGE || kind == WAYMARK_CRISIS_LAYOUT_CARD, NULL);
  g_return_val_if_fail (font_map == NULL || PANGO_IS_FONT_MAP (font_map), NULL);

  self = g_object_new (WAYMARK_TYPE_CRISIS_LAYOUT, NULL);
  self->plan = copy_plan (plan);
  self->kind = kind;
  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->font_map = g_object_ref (font_map ? font_map : pango_cairo_font_map_get_default ());

  /* Measured in points, unhinted and unrounded, so the same lines break
   * in the same places on screen, on paper and in a PDF. */
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

WaymarkCrisisLayoutKind
waymark_crisis_layout_get_kind (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), WAYMARK_CRISIS_LAYOUT_PAGE);

  return self->kind;
}

/**
 * waymark_crisis_layout_set_paper_size:
 *
 * Changes the paper, as a print dialog may; the layout is paginated
 * again when next asked.
 */
void
waymark_crisis_layout_set_paper_size (WaymarkCrisisLayout *self,
                                      double               paper_width,
                                      double               paper_height)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));

  if (self->paper_width == paper_width && self->paper_height == paper_height)
    return;

  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->paginated = FALSE;
}

void
waymark_crisis_layout_get_paper_size (WaymarkCrisisLayout *self,
                                      double              *paper_width,
                                      double              *paper_height)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));

  if (paper_width != NULL)
    *paper_width = self->paper_width;
  if (paper_height != NULL)
    *paper_height = self->paper_height;
}

/**
 * waymark_crisis_layout_paginate:
 *
 * Lays the plan out on pages of the paper's size. A wallet card is
 * always one sheet; what did not fit on it is then in
 * waymark_crisis_layout_get_left_off().
 *
 * Returns: the number of pages, at least 1
 */
guint
waymark_crisis_layout_paginate (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), 0);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->left_off, 0);
  memset (self->panels, 0, sizeof self->panels);

  if (self->kind == WAYMARK_CRISIS_LAYOUT_CARD)
    paginate_card (self);
  else
    paginate_page (self);

  self->paginated = TRUE;
  return self->pages->len;
}

guint
waymark_crisis_layout_get_n_pages (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), 0);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  return self->pages->len;
}

/**
 * waymark_crisis_layout_draw_page:
 * @cr: a cairo context whose user space is the page, in points
 *
 * Draws one page on a white page; nothing is painted under it.
 */
void
waymark_crisis_layout_draw_page (WaymarkCrisisLayout *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  GPtrArray *pieces;

  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  g_return_if_fail (page < self->pages->len);

  pieces = self->pages->pdata[page];
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (cr, pieces->pdata[i]);
}

/**
 * waymark_crisis_layout_get_left_off:
 *
 * Returns: (transfer none) (element-type utf8): a line for each thing
 *   not printed in full on the wallet card, to tell the person before
 *   they print; empty for full pages, which print everything
 */
GPtrArray *
waymark_crisis_layout_get_left_off (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), NULL);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  return self->left_off;
}

/**
 * waymark_crisis_layout_get_panel:
 * @index: 0 to %WAYMARK_CRISIS_CARD_N_PANELS - 1
 * @panel: (out): where the panel is on the sheet, in points
 *
 * Returns: %TRUE for a wallet card's panel; %FALSE for full pages
 */
gboolean
waymark_crisis_layout_get_panel (WaymarkCrisisLayout *self,
                                 guint                index,
                                 cairo_rectangle_t   *panel)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), FALSE);
  g_return_val_if_fail (panel != NULL, FALSE);

  if (self->kind != WAYMARK_CRISIS_LAYOUT_CARD || index >= WAYMARK_CRISIS_CARD_N_PANELS)
    return FALSE;

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  *panel = self->panels[index];
  return TRUE;
}
