/* waymark-timeline-legend.h: what the timeline's markers mean, drawn
 * under an exported or printed timeline
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "waymark-chart-style.h"

G_BEGIN_DECLS

double waymark_timeline_legend_draw (cairo_t                 *cr,
                                     double                   x,
                                     double                   y,
                                     double                   width,
                                     const WaymarkChartStyle *style);

G_END_DECLS
