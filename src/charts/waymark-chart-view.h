/* waymark-chart-view.h: what the journal's charts share on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-chart-style.h"
#include "waymark-day-series.h"
#include "waymark-trend-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHART_VIEW (waymark_chart_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkChartView, waymark_chart_view, WAYMARK, CHART_VIEW, GtkWidget)

/**
 * WaymarkChartViewClass:
 * @parent_class: the parent class
 * @get_measure: what the chart shows, for its name and the trend in words
 * @draw: draws the whole chart with nothing focused; the view keeps the
 *   drawing until the data, the size or the style change
 * @draw_focus: draws only the mark on @focus, over the kept drawing
 * @day_at: the day under a point, or 0 for none
 * @describe_day: @julian (or the cell holding it) in words, for the
 *   tooltip and the accessible label; %NULL when it is not drawn
 * @move_focus: what the arrow keys do: moves the focused day @columns
 *   across and @rows down, as the days are drawn
 * @focus_end: what Home and End do; by default focuses the first or the
 *   last day of the range
 *
 * A chart of the journal's days, drawn from a #WaymarkDaySeries over a
 * #WaymarkChartRange. The view keeps the drawing, marks the hovered or
 * focused day, moves that focus with the keyboard, and says the focused
 * day and the trend to screen readers; a subclass draws, and says where
 * its days are.
 */
struct _WaymarkChartViewClass
{
  GtkWidgetClass parent_class;

  WaymarkMeasure (*get_measure)  (WaymarkChartView        *self);
  void           (*draw)         (WaymarkChartView        *self,
                                  cairo_t                 *cr,
                                  int                      width,
                                  int                      height,
                                  const WaymarkChartStyle *style);
  void           (*draw_focus)   (WaymarkChartView        *self,
                                  cairo_t                 *cr,
                                  int                      width,
                                  int                      height,
                                  guint32                  focus,
                                  const WaymarkChartStyle *style);
  guint32        (*day_at)       (WaymarkChartView        *self,
                                  double                   x,
                                  double                   y);
  char          *(*describe_day) (WaymarkChartView        *self,
                                  guint32                  julian,
                                  guint32                  today);
  void           (*move_focus)   (WaymarkChartView        *self,
                                  int                      columns,
                                  int                      rows);
  void           (*focus_end)    (WaymarkChartView        *self,
                                  gboolean                 last);
};

WaymarkDaySeries  *waymark_chart_view_get_series      (WaymarkChartView  *self);
void               waymark_chart_view_set_series      (WaymarkChartView  *self,
                                                       WaymarkDaySeries  *series);
WaymarkChartRange  waymark_chart_view_get_range       (WaymarkChartView  *self);
void               waymark_chart_view_set_range       (WaymarkChartView  *self,
                                                       WaymarkChartRange  range);
guint              waymark_chart_view_get_today       (WaymarkChartView  *self);
void               waymark_chart_view_set_today       (WaymarkChartView  *self,
                                                       guint              today);
guint              waymark_chart_view_get_focused_day (WaymarkChartView  *self);
void               waymark_chart_view_set_focused_day (WaymarkChartView  *self,
                                                       guint              julian);
void               waymark_chart_view_get_days        (WaymarkChartView  *self,
                                                       guint32           *first,
                                                       guint32           *last);
void               waymark_chart_view_invalidate      (WaymarkChartView  *self);

/* For a screen reader, when @widget is laid out right to left: a chart's
 * time still runs from left to right, oldest first. %NULL otherwise. */
const char        *waymark_chart_describe_time_direction (GtkWidget      *widget);

/* The style as a widget's CSS has it, for any widget that draws a chart. */
void waymark_chart_style_init_from_widget     (WaymarkChartStyle *style,
                                               GtkWidget         *widget);
void waymark_chart_style_set_font_from_widget (WaymarkChartStyle *style,
                                               GtkWidget         *widget);

G_END_DECLS
