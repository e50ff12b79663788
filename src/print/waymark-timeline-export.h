/* waymark-timeline-export.h: the timeline as a PNG image or a PDF page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-timeline-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TIMELINE_EXPORT_WIDTH  1600.0
#define WAYMARK_TIMELINE_EXPORT_HEIGHT 640.0

gboolean waymark_timeline_export (const WaymarkTimelineChart  *chart,
                                  const char                  *path,
                                  gboolean                     pdf,
                                  GError                     **error);

G_END_DECLS
