/* waymark-routine-heat-map.h: the routine kept, as a calendar of cells
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "waymark-chart-style.h"
#include "waymark-day-series.h"

G_BEGIN_DECLS

/* What to draw: plain data the caller fills in. Days are Julian day
 * numbers; @series is borrowed and finished, and may be NULL. Each
 * column is a week and each row a weekday, @week_start at the top; a
 * range too long for that is drawn a week a cell (a column a month, a
 * row its days 1-7, 8-14 … 29-31), and one longer still a month a cell
 * (a column a year, a row a month). */
typedef struct
{
  WaymarkDaySeries *series;
  guint32           first;       /* the first day shown */
  guint32           last;        /* the last day shown, included */
  GDateWeekday      week_start;  /* the top row; G_DATE_MONDAY, say */
  guint32           focus;       /* the hovered or focused day, or 0 */
} WaymarkRoutineHeatMap;

void      waymark_routine_heat_map_draw           (const WaymarkRoutineHeatMap *map,
                                                   cairo_t                     *cr,
                                                   double                       width,
                                                   double                       height,
                                                   const WaymarkChartStyle     *style);
void      waymark_routine_heat_map_draw_focus     (const WaymarkRoutineHeatMap *map,
                                                   cairo_t                     *cr,
                                                   double                       width,
                                                   double                       height,
                                                   const WaymarkChartStyle     *style);
gboolean  waymark_routine_heat_map_get_cell_at    (const WaymarkRoutineHeatMap *map,
                                                   double                       width,
                                                   double                       height,
                                                   double                       x,
                                                   double                       y,
                                                   guint32                     *from,
                                                   guint32                     *to);
gboolean  waymark_routine_heat_map_get_cell_area  (const WaymarkRoutineHeatMap *map,
                                                   double                       width,
                                                   double                       height,
                                                   guint32                      julian,
                                                   cairo_rectangle_t           *area,
                                                   guint32                     *from,
                                                   guint32                     *to);
guint32   waymark_routine_heat_map_julian_at      (const WaymarkRoutineHeatMap *map,
                                                   double                       width,
                                                   double                       height,
                                                   double                       x,
                                                   double                       y);
guint32   waymark_routine_heat_map_move           (const WaymarkRoutineHeatMap *map,
                                                   double                       width,
                                                   double                       height,
                                                   guint32                      julian,
                                                   int                          columns,
                                                   int                          rows);
void      waymark_routine_heat_map_get_cell_color (const WaymarkChartStyle     *style,
                                                   double                       value,
                                                   WaymarkChartColor           *color);
char     *waymark_routine_heat_map_describe_cell  (WaymarkDaySeries            *series,
                                                   guint32                      from,
                                                   guint32                      to,
                                                   guint32                      today);

G_END_DECLS
