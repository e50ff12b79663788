/* waymark-print-text.c: Pango text for the printed crisis plan, measured in points
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-crisis-layout-private.h"

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

PangoLayout *
waymark_print_text_layout (WaymarkCrisisLayout *self,
                           const char          *text,
                           double               size,
                           PangoWeight          weight,
                           double               width)
{
  PangoLayout *layout = new_layout (self, size, weight, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
waymark_print_markup_layout (WaymarkCrisisLayout *self,
                             const char          *markup,
                             double               size,
                             double               width)
{
  PangoLayout *layout = new_layout (self, size, PANGO_WEIGHT_NORMAL, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
waymark_print_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

double
waymark_print_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

double
waymark_print_layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

double
waymark_print_first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int top, bottom;

  pango_layout_iter_get_line_yrange (iter, &top, &bottom);
  pango_layout_iter_free (iter);

  return pango_units_to_double (bottom);
}

gboolean
waymark_print_layout_is_rtl (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);

  return line != NULL && line->resolved_dir == PANGO_DIRECTION_RTL;
}

/* Where a thing @offset from the start edge of @width goes, for either
 * direction. */
double
waymark_print_start_x (double   left,
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
char *
waymark_print_isolate_ltr (const char *text)
{
  return g_strconcat ("\xe2\x81\xa6", text, "\xe2\x81\xa9", NULL);   /* LRI … PDI */
}

char *
waymark_print_span (double      size,
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
char *
waymark_print_one_line (const char *text)
{
  char *copy = g_strdup (text);

  g_strdelimit (copy, "\r\n\t", ' ');
  return copy;
}

char *
waymark_print_emergency_markup (const char *number,
                                double      number_size)
{
  /* Translators: %s is the emergency number, such as 999. It is
   * printed large; keep it where your language puts the number. */
  const char *sentence = _("In an emergency call %s");
  const char *at = strstr (sentence, "%s");
  g_autofree char *before = at ? g_strndup (sentence, at - sentence) : g_strconcat (sentence, " ", NULL);
  g_autofree char *isolated = waymark_print_isolate_ltr (number);
  g_autofree char *big = waymark_print_span (number_size, TRUE, NULL, isolated);
  g_autofree char *start = g_markup_escape_text (before, -1);
  g_autofree char *end = g_markup_escape_text (at ? at + 2 : "", -1);

  return g_strconcat (start, big, end, NULL);
}
