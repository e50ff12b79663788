/* waymark-bench-probe.h: report when a window first reaches the screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void waymark_bench_probe_watch (GtkWindow *window);

G_END_DECLS
