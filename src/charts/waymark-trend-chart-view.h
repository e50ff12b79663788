/* waymark-trend-chart-view.h: a trend chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-day-series.h"
#include "waymark-trend-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TREND_CHART_VIEW (waymark_trend_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTrendChartView, waymark_trend_chart_view, WAYMARK, TREND_CHART_VIEW, GtkWidget)

GtkWidget         *waymark_trend_chart_view_new             (void);
WaymarkDaySeries  *waymark_trend_chart_view_get_series      (WaymarkTrendChartView *self);
void               waymark_trend_chart_view_set_series      (WaymarkTrendChartView *self,
                                                             WaymarkDaySeries      *series);
WaymarkMeasure     waymark_trend_chart_view_get_measure     (WaymarkTrendChartView *self);
void               waymark_trend_chart_view_set_measure     (WaymarkTrendChartView *self,
                                                             WaymarkMeasure         measure);
WaymarkChartRange  waymark_trend_chart_view_get_range       (WaymarkTrendChartView *self);
void               waymark_trend_chart_view_set_range       (WaymarkTrendChartView *self,
                                                             WaymarkChartRange      range);
guint              waymark_trend_chart_view_get_today       (WaymarkTrendChartView *self);
void               waymark_trend_chart_view_set_today       (WaymarkTrendChartView *self,
                                                             guint                  today);
guint              waymark_trend_chart_view_get_focused_day (WaymarkTrendChartView *self);
void               waymark_trend_chart_view_set_focused_day (WaymarkTrendChartView *self,
                                                             guint                  julian);

G_END_DECLS
