/* waymark-bench-probe.c: report when a window first reaches the screen
 *
 * Only for tests/bench/bench-startup: when WAYMARK_BENCH_T0 holds the
 * monotonic time at which the benchmark spawned us, print how long it
 * took until the window's first frame was painted, and the first frame
 * showing the plan's page, and how much processor time had been used
 * by then, and quit; with WAYMARK_BENCH_RSS_AFTER_MS, first wait that
 * long and print the resident memory then. With WAYMARK_BENCH_MARKS
 * too, waymark_bench_mark () prints the steps of a start.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <malloc.h>
#include <sqlite3.h>

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
  if (g_getenv ("WAYMARK_BENCH_MARKS") != NULL)
    {
      struct mallinfo2 heap = mallinfo2 ();

      /* Where the heap stands: what SQLite holds, and what malloc has
       * in use and keeps free. */
      g_printerr ("sqlite %lld kB (at most %lld kB); malloc %zu kB in use, %zu kB free, %zu kB mapped\n",
                  (long long) sqlite3_memory_used () / 1024, (long long) sqlite3_memory_highwater (0) / 1024,
                  heap.uordblks / 1024, heap.fordblks / 1024, heap.hblkhd / 1024);
    }
  if (app != NULL)
    g_application_quit (app);

  return G_SOURCE_REMOVE;
}

typedef struct
{
  GtkWindow             *window;   /* borrowed: the probe lives as long */
  WaymarkBenchReadyFunc  ready;
  gboolean               first_frame_seen;
} Probe;

static Probe *
probe_for (GtkWindow *window)
{
  Probe *probe = g_object_get_data (G_OBJECT (window), "waymark-bench-probe");

  if (probe == NULL)
    {
      probe = g_new0 (Probe, 1);
      probe->window = window;
      g_object_set_data_full (G_OBJECT (window), "waymark-bench-probe", probe, g_free);
    }

  return probe;
}

static void
finish (Probe *probe)
{
  const char *rss_after = g_getenv ("WAYMARK_BENCH_RSS_AFTER_MS");
  GApplication *app = g_application_get_default ();

  /* With WAYMARK_BENCH_RSS_AFTER_MS, stay that long (the window idle,
   * as a person would see it) and report the resident memory then. */
  if (rss_after != NULL)
    g_timeout_add ((guint) g_ascii_strtoull (rss_after, NULL, 10), report_memory_cb, NULL);
  else if (app != NULL)
    g_application_quit (app);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Probe         *probe)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("WAYMARK_BENCH_T0"), NULL, 10);

  if (!probe->first_frame_seen)
    {
      probe->first_frame_seen = TRUE;
      waymark_bench_mark ("first frame");
      g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - t0);
      g_print ("cpu-us %" G_GINT64_FORMAT "\n", cpu_us ());
      fflush (stdout);
    }

  /* A window that says what it shows once ready (its plan's first
   * page, read and laid out) is timed to that frame too. */
  if (probe->ready != NULL)
    {
      if (!probe->ready (probe->window))
        return;
      waymark_bench_mark ("content shown");
      g_print ("content-shown-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - t0);
      g_print ("content-cpu-us %" G_GINT64_FORMAT "\n", cpu_us ());
      fflush (stdout);
    }

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, probe);
  finish (probe);
}

static void
phase_cb (GdkFrameClock *clock,
          const char    *what)
{
  waymark_bench_mark (what);
}

static void
map_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  waymark_bench_mark ("mapped");
  g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), (gpointer) "frame: layout");
  g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), (gpointer) "frame: paint");
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), probe_for (GTK_WINDOW (widget)));
}

/**
 * waymark_bench_probe_watch:
 * @window: a window about to be presented
 * @ready: (nullable): says whether @window shows what it opened for
 *
 * With WAYMARK_BENCH_T0 set, prints when @window's first frame was
 * painted ("first-frame-us", and "cpu-us" the processor time by then),
 * and with @ready, when the first frame painted with @ready true was
 * ("content-shown-us", "content-cpu-us"); then, with
 * WAYMARK_BENCH_RSS_AFTER_MS, the resident memory that long after, and
 * quits.
 */
void
waymark_bench_probe_watch (GtkWindow             *window,
                           WaymarkBenchReadyFunc  ready)
{
  if (g_getenv ("WAYMARK_BENCH_T0") == NULL)
    return;

  probe_for (window)->ready = ready;
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}

/**
 * waymark_bench_mark:
 * @what: the step just reached, such as "startup"
 *
 * With WAYMARK_BENCH_MARKS set (and WAYMARK_BENCH_T0), prints how long
 * after the spawn and how much processor time into the process @what
 * was reached, for finding where a start's time goes.
 */
void
waymark_bench_mark (const char *what)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_getenv ("WAYMARK_BENCH_MARKS") != NULL && g_getenv ("WAYMARK_BENCH_T0") != NULL;
  if (!enabled)
    return;

  g_printerr ("mark %-28s %7.1f ms %7.1f ms cpu\n", what,
              (g_get_monotonic_time () - g_ascii_strtoll (g_getenv ("WAYMARK_BENCH_T0"), NULL, 10)) / 1000.0,
              cpu_us () / 1000.0);
}
