/* waymark-routine-heat-map-view.h: the routine's calendar on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-chart-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ROUTINE_HEAT_MAP_VIEW (waymark_routine_heat_map_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRoutineHeatMapView, waymark_routine_heat_map_view, WAYMARK, ROUTINE_HEAT_MAP_VIEW, WaymarkChartView)

GtkWidget *waymark_routine_heat_map_view_new        (void);

G_END_DECLS
