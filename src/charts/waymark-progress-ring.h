/* waymark-progress-ring.h: progress at a glance, as a ring
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "waymark-chart-style.h"

G_BEGIN_DECLS

void  waymark_progress_ring_draw         (cairo_t                 *cr,
                                          double                   x,
                                          double                   y,
                                          double                   size,
                                          double                   fraction,
                                          const char              *label,
                                          const WaymarkChartStyle *style);
int   waymark_progress_ring_get_percent  (double                   fraction);
char *waymark_progress_ring_format_label (double                   fraction);
char *waymark_progress_ring_describe     (double                   fraction);

G_END_DECLS
