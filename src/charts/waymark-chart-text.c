/* waymark-chart-text.c: what the charts write: their labels and days
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-chart-text"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-chart-text.h"
#include "waymark-date.h"

/* libadwaita's .dim-label. */
#define DIM_ALPHA 0.55

/**
 * waymark_chart_date_from_julian:
 * @date: (out caller-allocates): the date to set
 * @julian: a Julian day number; 0, which is no day, counts as 1
 *
 * Sets @date to @julian, always to a valid date.
 */
void
waymark_chart_date_from_julian (GDate   *date,
                                guint32  julian)
{
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_julian (date, MAX (julian, 1));
}

/**
 * waymark_chart_format_julian:
 * @julian: a day
 * @format: a format for g_date_time_format ()
 *
 * Formats a day at noon, with month and weekday names in the locale's
 * language.
 *
 * Returns: (transfer full): the day in words, or "" for a day
 *   #GDateTime can't hold
 */
char *
waymark_chart_format_julian (guint32     julian,
                             const char *format)
{
  g_return_val_if_fail (format != NULL, NULL);

  return waymark_date_format_julian_as (julian, format);
}

/**
 * waymark_chart_format_day:
 * @julian: a day
 * @today: today, so a day of this year leaves the year out; 0 always
 *   shows it
 *
 * Returns: (transfer full): the day for a person, such as "Monday 3 March"
 */
char *
waymark_chart_format_day (guint32 julian,
                          guint32 today)
{
  GDate day, now;

  waymark_chart_date_from_julian (&day, julian);
  if (today != 0)
    {
      waymark_chart_date_from_julian (&now, today);
      if (g_date_get_year (&day) == g_date_get_year (&now))
        return waymark_date_format_julian (julian, WAYMARK_DATE_WEEKDAY_MONTH);
    }

  return waymark_date_format_julian (julian, WAYMARK_DATE_WEEKDAY_MONTH_YEAR);
}

/**
 * waymark_chart_create_text:
 * @cr: the cairo context the labels are drawn on
 * @style: the style whose font the labels use
 * @tabular: whether every figure is as wide as the others, so numbers
 *   on an axis line up
 *
 * Returns: (transfer full): a layout for a chart's labels, in @style's
 *   font (sans-serif when it has none) at %WAYMARK_CHART_LABEL_PX
 */
PangoLayout *
waymark_chart_create_text (cairo_t                 *cr,
                           const WaymarkChartStyle *style,
                           gboolean                 tabular)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *text;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  text = pango_cairo_create_layout (cr);
  font = pango_font_description_new ();
  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, WAYMARK_CHART_LABEL_PX * PANGO_SCALE);
  pango_layout_set_font_description (text, font);

  if (tabular)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (text, attrs);
      pango_attr_list_unref (attrs);
    }

  return text;
}

/**
 * waymark_chart_set_dim_source:
 * @cr: a cairo context
 * @style: the chart's colours
 *
 * Sets @cr's source to @style's text colour, dimmed as libadwaita dims
 * secondary labels: the colour of a chart's labels.
 */
void
waymark_chart_set_dim_source (cairo_t                 *cr,
                              const WaymarkChartStyle *style)
{
  WaymarkChartColor dim;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  dim = style->foreground;
  dim.a *= DIM_ALPHA;
  waymark_chart_color_set_source (cr, &dim);
}
