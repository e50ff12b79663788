/* waymark-routine-heat-map-view.c: the routine's calendar on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-routine-heat-map-view"

#include "config.h"

#include "waymark-routine-heat-map.h"
#include "waymark-language.h"
#include "waymark-routine-heat-map-view.h"

/* The top row of the calendar. One place, so the locale can choose it
 * later. */

struct _WaymarkRoutineHeatMapView
{
  WaymarkChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkRoutineHeatMapView, waymark_routine_heat_map_view, WAYMARK_TYPE_CHART_VIEW)

static void
get_map (WaymarkChartView      *view,
         WaymarkRoutineHeatMap *map)
{
  map->series = waymark_chart_view_get_series (view);
  waymark_chart_view_get_days (view, &map->first, &map->last);
  map->week_start = waymark_locale_first_weekday ();
  map->focus = 0;
}

/* Across and down the cells as drawn. */
static void
move (WaymarkChartView *view,
      int               columns,
      int               rows)
{
  guint32 focused = waymark_chart_view_get_focused_day (view);
  WaymarkRoutineHeatMap map;
  guint32 moved;

  get_map (view, &map);

  /* The first press picks the newest day going back, the oldest going on. */
  if (focused == 0)
    moved = columns + rows < 0 ? map.last : map.first;
  else
    moved = waymark_routine_heat_map_move (&map,
                                           gtk_widget_get_width (GTK_WIDGET (view)),
                                           gtk_widget_get_height (GTK_WIDGET (view)),
                                           focused, columns, rows);

  if (moved == focused)
    gtk_widget_error_bell (GTK_WIDGET (view));
  else
    waymark_chart_view_set_focused_day (view, moved);
}

static void
focus_up_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move (WAYMARK_CHART_VIEW (widget), 0, -1);
}

static void
focus_down_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move (WAYMARK_CHART_VIEW (widget), 0, 1);
}

static WaymarkMeasure
waymark_routine_heat_map_view_get_measure (WaymarkChartView *view)
{
  return WAYMARK_MEASURE_ROUTINE;
}

static void
waymark_routine_heat_map_view_draw (WaymarkChartView        *view,
                                    cairo_t                 *cr,
                                    int                      width,
                                    int                      height,
                                    const WaymarkChartStyle *style)
{
  WaymarkRoutineHeatMap map;

  get_map (view, &map);
  waymark_routine_heat_map_draw (&map, cr, width, height, style);
}

static void
waymark_routine_heat_map_view_draw_focus (WaymarkChartView        *view,
                                          cairo_t                 *cr,
                                          int                      width,
                                          int                      height,
                                          guint32                  focus,
                                          const WaymarkChartStyle *style)
{
  WaymarkRoutineHeatMap map;

  get_map (view, &map);
  map.focus = focus;
  waymark_routine_heat_map_draw_focus (&map, cr, width, height, style);
}

static guint32
waymark_routine_heat_map_view_day_at (WaymarkChartView *view,
                                      double            x,
                                      double            y)
{
  WaymarkRoutineHeatMap map;

  get_map (view, &map);
  return waymark_routine_heat_map_julian_at (&map,
                                             gtk_widget_get_width (GTK_WIDGET (view)),
                                             gtk_widget_get_height (GTK_WIDGET (view)),
                                             x, y);
}

/* The cell holding @julian in words, or NULL when it is not drawn. */
static char *
waymark_routine_heat_map_view_describe_day (WaymarkChartView *view,
                                            guint32           julian,
                                            guint32           today)
{
  WaymarkRoutineHeatMap map;
  guint32 from, to;

  get_map (view, &map);
  if (!waymark_routine_heat_map_get_cell_area (&map,
                                               gtk_widget_get_width (GTK_WIDGET (view)),
                                               gtk_widget_get_height (GTK_WIDGET (view)),
                                               julian, NULL, &from, &to))
    return NULL;

  return waymark_routine_heat_map_describe_cell (map.series, from, to, today);
}

static void
waymark_routine_heat_map_view_class_init (WaymarkRoutineHeatMapViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkChartViewClass *view_class = WAYMARK_CHART_VIEW_CLASS (klass);

  view_class->get_measure = waymark_routine_heat_map_view_get_measure;
  view_class->draw = waymark_routine_heat_map_view_draw;
  view_class->draw_focus = waymark_routine_heat_map_view_draw_focus;
  view_class->day_at = waymark_routine_heat_map_view_day_at;
  view_class->describe_day = waymark_routine_heat_map_view_describe_day;
  view_class->move_focus = move;

  /* A column a week (or month, or year): up and down move within it,
   * where a trend chart leaves those keys to move between widgets. */
  gtk_widget_class_install_action (widget_class, "chart.focus-up", NULL, focus_up_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-down", NULL, focus_down_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.focus-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "chart.focus-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.focus-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "chart.focus-down", NULL);

  gtk_widget_class_set_css_name (widget_class, "routine-heat-map");
}

static void
waymark_routine_heat_map_view_init (WaymarkRoutineHeatMapView *self)
{
}

/**
 * waymark_routine_heat_map_view_new:
 *
 * Returns: (transfer floating): a calendar of the last three months,
 *   empty until it is given a series
 */
GtkWidget *
waymark_routine_heat_map_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_ROUTINE_HEAT_MAP_VIEW, NULL);
}
