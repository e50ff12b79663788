/* waymark-bench-probe.h: report when a window first reaches the screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*WaymarkBenchReadyFunc) (GtkWindow *window);

void waymark_bench_probe_watch (GtkWindow             *window,
                                WaymarkBenchReadyFunc  ready);
void waymark_bench_mark        (const char            *what);

G_END_DECLS
