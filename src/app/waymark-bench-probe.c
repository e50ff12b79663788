/* waymark-bench-probe.c: report when a window first reaches the screen
 *
 * Only for tests/bench/bench-startup: when WAYMARK_BENCH_T0 holds the
 * monotonic time at which the benchmark spawned us, print how long it
 * took until the window's first frame was painted and how much processor
 * time it had used by then, and quit; with
 * WAYMARK_BENCH_RSS_AFTER_MS, first wait that long and print the
 * resident memory then.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "waymark-bench-probe.h"

/* The resident set of this process, in kB, from /proc/self/status. */
static gint64
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* The processor time this process has used, all its threads together:
 * on a busy machine the time to the first frame grows with the others'
 * work, this much less. */
static gint64
cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return -1;

  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
report_memory_cb (gpointer user_data)
{
  GApplication *app = g_application_get_default ();

  g_print ("rss-kb %" G_GINT64_FORMAT "\n", resident_kb ());
  fflush (stdout);
  if (app != NULL)
    g_application_quit (app);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("WAYMARK_BENCH_T0"), NULL, 10);
  const char *rss_after = g_getenv ("WAYMARK_BENCH_RSS_AFTER_MS");
  GApplication *app = g_application_get_default ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - t0);
  g_print ("cpu-us %" G_GINT64_FORMAT "\n", cpu_us ());
  fflush (stdout);

  /* With WAYMARK_BENCH_RSS_AFTER_MS, stay that long (the window idle,
   * as a person would see it) and report the resident memory then. */
  if (rss_after != NULL)
    g_timeout_add ((guint) g_ascii_strtoull (rss_after, NULL, 10), report_memory_cb, NULL);
  else if (app != NULL)
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
