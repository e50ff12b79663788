/* waymark-trend-chart.h: how one measure went, day by day, as a line
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "waymark-chart-style.h"
#include "waymark-day-series.h"

G_BEGIN_DECLS

/* How much of the journal a chart shows, always ending on a day. */
typedef enum
{
  WAYMARK_CHART_RANGE_TWO_WEEKS,
  WAYMARK_CHART_RANGE_THREE_MONTHS,
  WAYMARK_CHART_RANGE_YEAR,
  WAYMARK_CHART_RANGE_ALL,
} WaymarkChartRange;

#define WAYMARK_TYPE_CHART_RANGE (waymark_chart_range_get_type ())

GType       waymark_chart_range_get_type  (void) G_GNUC_CONST;
void        waymark_chart_range_get_days  (WaymarkChartRange  range,
                                           WaymarkDaySeries  *series,
                                           guint32            today,
                                           guint32           *first,
                                           guint32           *last);
const char *waymark_chart_range_get_label (WaymarkChartRange  range);

/* What to draw: plain data the caller fills in. Days are Julian day
 * numbers (g_date_get_julian ()); @series is borrowed and finished, and
 * may be NULL, which draws like a series with nothing in it. */
typedef struct
{
  WaymarkDaySeries *series;
  WaymarkMeasure    measure;   /* MOOD, ANXIETY, ENERGY or SLEEP */
  guint32           first;     /* the first day shown */
  guint32           last;      /* the last day shown, included */
  guint32           focus;     /* the hovered or focused day, or 0 */
} WaymarkTrendChart;

void      waymark_trend_chart_draw          (const WaymarkTrendChart *chart,
                                             cairo_t                 *cr,
                                             double                   width,
                                             double                   height,
                                             const WaymarkChartStyle *style);
void      waymark_trend_chart_draw_focus    (const WaymarkTrendChart *chart,
                                             cairo_t                 *cr,
                                             double                   width,
                                             double                   height,
                                             const WaymarkChartStyle *style);
void      waymark_trend_chart_get_plot_area (double                   width,
                                             double                   height,
                                             cairo_rectangle_t       *area);
double    waymark_trend_chart_x_for_julian  (const WaymarkTrendChart *chart,
                                             double                   width,
                                             guint32                  julian);
guint32   waymark_trend_chart_julian_at_x   (const WaymarkTrendChart *chart,
                                             double                   width,
                                             double                   x);
double    waymark_trend_chart_y_for_value   (WaymarkMeasure           measure,
                                             double                   height,
                                             double                   value);

char     *waymark_trend_chart_get_title     (WaymarkMeasure           measure,
                                             WaymarkChartRange        range);
char     *waymark_trend_chart_describe_breaks (WaymarkDaySeries      *series,
                                              WaymarkMeasure         measure,
                                              guint32                first,
                                              guint32                last);
char     *waymark_trend_chart_describe_day  (WaymarkDaySeries        *series,
                                             WaymarkMeasure           measure,
                                             guint32                  julian,
                                             guint32                  today);

G_END_DECLS
