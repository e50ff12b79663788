/* waymark-bench-probe.c: report when a window first reaches the screen
 *
 * Only for tests/bench/bench-startup: when WAYMARK_BENCH_T0 holds the
 * monotonic time at which the benchmark spawned us, print how long it
 * took until the window's first frame was painted, and quit.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-bench"

#include "config.h"

#include <stdio.h>

#include "waymark-bench-probe.h"

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("WAYMARK_BENCH_T0"), NULL, 10);
  GApplication *app = g_application_get_default ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - t0);
  fflush (stdout);

  if (app != NULL)
    g_application_quit (app);
}

static void
map_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), widget);
}

void
waymark_bench_probe_watch (GtkWindow *window)
{
  if (g_getenv ("WAYMARK_BENCH_T0") == NULL)
    return;

  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}
