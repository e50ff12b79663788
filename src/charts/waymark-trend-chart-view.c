/* waymark-trend-chart-view.c: a trend chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-trend-chart-view"

#include "config.h"

#include "waymark-trend-chart.h"
#include "waymark-trend-chart-view.h"

struct _WaymarkTrendChartView
{
  WaymarkChartView parent_instance;

  /* Owned */
  WaymarkMeasure measure;
};

G_DEFINE_FINAL_TYPE (WaymarkTrendChartView, waymark_trend_chart_view, WAYMARK_TYPE_CHART_VIEW)

enum {
  PROP_0,
  PROP_MEASURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_chart (WaymarkTrendChartView *self,
           WaymarkTrendChart     *chart)
{
  WaymarkChartView *view = WAYMARK_CHART_VIEW (self);

  chart->series = waymark_chart_view_get_series (view);
  chart->measure = self->measure;
  waymark_chart_view_get_days (view, &chart->first, &chart->last);
  chart->focus = 0;
}

/* Moves the focus to the next or previous day that recorded the
 * measure, so each press says something; with nothing recorded in the
 * range it moves a day at a time. */
static void
move_focus (WaymarkTrendChartView *self,
            int                    direction,
            gboolean               to_end)
{
  WaymarkChartView *view = WAYMARK_CHART_VIEW (self);
  WaymarkDaySeries *series = waymark_chart_view_get_series (view);
  guint32 focused = waymark_chart_view_get_focused_day (view);
  guint32 from = focused;
  guint32 found = 0;
  guint32 first, last;
  gboolean any;

  waymark_chart_view_get_days (view, &first, &last);

  any = series != NULL &&
        waymark_day_series_find_next (series, self->measure, first, &found) &&
        found <= last;

  if (to_end || from == 0)
    from = direction < 0 ? last + 1 : first - 1;

  if (!any)
    found = CLAMP ((gint64) from + direction, first, last);
  else if (direction > 0)
    {
      if (!waymark_day_series_find_next (series, self->measure, from + 1, &found) || found > last)
        found = focused;
    }
  else
    {
      if (!waymark_day_series_find_previous (series, self->measure, from - 1, &found) || found < first)
        found = focused;
    }

  if (found == 0 || found == focused)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  waymark_chart_view_set_focused_day (view, found);
}

static WaymarkMeasure
waymark_trend_chart_view_get_measure_vfunc (WaymarkChartView *view)
{
  return WAYMARK_TREND_CHART_VIEW (view)->measure;
}

static void
waymark_trend_chart_view_draw (WaymarkChartView        *view,
                               cairo_t                 *cr,
                               int                      width,
                               int                      height,
                               const WaymarkChartStyle *style)
{
  WaymarkTrendChart chart;

  get_chart (WAYMARK_TREND_CHART_VIEW (view), &chart);
  waymark_trend_chart_draw (&chart, cr, width, height, style);
}

static void
waymark_trend_chart_view_draw_focus (WaymarkChartView        *view,
                                     cairo_t                 *cr,
                                     int                      width,
                                     int                      height,
                                     guint32                  focus,
                                     const WaymarkChartStyle *style)
{
  WaymarkTrendChart chart;

  get_chart (WAYMARK_TREND_CHART_VIEW (view), &chart);
  chart.focus = focus;
  waymark_trend_chart_draw_focus (&chart, cr, width, height, style);
}

static guint32
waymark_trend_chart_view_day_at (WaymarkChartView *view,
                                 double            x,
                                 double            y)
{
  WaymarkTrendChart chart;

  get_chart (WAYMARK_TREND_CHART_VIEW (view), &chart);
  return waymark_trend_chart_julian_at_x (&chart, gtk_widget_get_width (GTK_WIDGET (view)), x);
}

static char *
waymark_trend_chart_view_describe_day (WaymarkChartView *view,
                                       guint32           julian,
                                       guint32           today)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (view);

  return waymark_trend_chart_describe_day (waymark_chart_view_get_series (view), self->measure, julian, today);
}

/* The days are one row: only the arrows across move. */
static void
waymark_trend_chart_view_move_focus (WaymarkChartView *view,
                                     int               columns,
                                     int               rows)
{
  if (columns != 0)
    move_focus (WAYMARK_TREND_CHART_VIEW (view), columns < 0 ? -1 : 1, FALSE);
}

/* Home and End go to the first and last days that recorded the measure. */
static void
waymark_trend_chart_view_focus_end (WaymarkChartView *view,
                                    gboolean          last)
{
  move_focus (WAYMARK_TREND_CHART_VIEW (view), last ? -1 : 1, TRUE);
}

static void
waymark_trend_chart_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEASURE:
      g_value_set_enum (value, waymark_trend_chart_view_get_measure (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_trend_chart_view_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEASURE:
      waymark_trend_chart_view_set_measure (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_trend_chart_view_class_init (WaymarkTrendChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkChartViewClass *view_class = WAYMARK_CHART_VIEW_CLASS (klass);

  object_class->get_property = waymark_trend_chart_view_get_property;
  object_class->set_property = waymark_trend_chart_view_set_property;

  view_class->get_measure = waymark_trend_chart_view_get_measure_vfunc;
  view_class->draw = waymark_trend_chart_view_draw;
  view_class->draw_focus = waymark_trend_chart_view_draw_focus;
  view_class->day_at = waymark_trend_chart_view_day_at;
  view_class->describe_day = waymark_trend_chart_view_describe_day;
  view_class->move_focus = waymark_trend_chart_view_move_focus;
  view_class->focus_end = waymark_trend_chart_view_focus_end;

  /**
   * WaymarkTrendChartView:measure:
   *
   * What the chart shows: mood, anxiety, energy or sleep.
   */
  properties[PROP_MEASURE] =
    g_param_spec_enum ("measure", NULL, NULL,
                       WAYMARK_TYPE_MEASURE, WAYMARK_MEASURE_MOOD,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "trend-chart");
}

static void
waymark_trend_chart_view_init (WaymarkTrendChartView *self)
{
  self->measure = WAYMARK_MEASURE_MOOD;
}

/**
 * waymark_trend_chart_view_new:
 *
 * Returns: (transfer floating): a chart of moods over the last three
 *   months, with nothing in it until it is given a series
 */
GtkWidget *
waymark_trend_chart_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_TREND_CHART_VIEW, NULL);
}

/**
 * waymark_trend_chart_view_get_measure:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: what the chart shows
 */
WaymarkMeasure
waymark_trend_chart_view_get_measure (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), WAYMARK_MEASURE_MOOD);

  return self->measure;
}

/**
 * waymark_trend_chart_view_set_measure:
 * @self: a #WaymarkTrendChartView
 * @measure: mood, anxiety, energy or sleep
 */
void
waymark_trend_chart_view_set_measure (WaymarkTrendChartView *self,
                                      WaymarkMeasure         measure)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));
  g_return_if_fail (measure < WAYMARK_N_MEASURES);

  if (self->measure == measure)
    return;

  self->measure = measure;
  waymark_chart_view_invalidate (WAYMARK_CHART_VIEW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
}
