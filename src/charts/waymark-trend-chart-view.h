/* waymark-trend-chart-view.h: a trend chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-chart-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TREND_CHART_VIEW (waymark_trend_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTrendChartView, waymark_trend_chart_view, WAYMARK, TREND_CHART_VIEW, WaymarkChartView)

GtkWidget      *waymark_trend_chart_view_new         (void);
WaymarkMeasure  waymark_trend_chart_view_get_measure (WaymarkTrendChartView *self);
void            waymark_trend_chart_view_set_measure (WaymarkTrendChartView *self,
                                                      WaymarkMeasure         measure);

G_END_DECLS
