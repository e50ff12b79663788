/* bench-startup.c: how long until Waymark's window is on screen,
 * against a bare libadwaita window. Run by hand, under a display:
 *
 *   build-aux/headless _build/tests/bench/bench-startup [RUNS]
 *
 * Each run spawns the program with WAYMARK_BENCH_T0 set to the
 * monotonic time just before the spawn; the program prints the time of
 * its first painted frame and exits. Figures: median and best, in ms.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "waymark-store-private.h"

static double
run_once (const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *t0 = NULL;
  g_autofree char *output = NULL;
  double ms = -1;

  t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  g_subprocess_launcher_setenv (launcher, "WAYMARK_BENCH_T0", t0, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, &error);
  g_assert_no_error (error);

  if (output != NULL && g_str_has_prefix (output, "first-frame-us "))
    ms = g_ascii_strtod (output + strlen ("first-frame-us "), NULL) / 1000.0;

  if (ms < 0)
    g_printerr ("%s printed no first-frame time: %s\n", argv[0], output ? output : "");

  return ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
measure (const char          *label,
         const char * const  *argv,
         guint                runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  run_once (argv);   /* warm the page cache, fonts and icon caches */
  for (guint i = 0; i < runs; i++)
    {
      double ms = run_once (argv);
      if (ms >= 0)
        g_array_append_val (times, ms);
    }

  if (times->len == 0)
    {
      g_print ("%-44s no successful runs\n", label);
      return;
    }

  g_array_sort (times, compare_doubles);
  g_print ("%-44s median %7.1f ms   best %7.1f ms   (%u runs)\n", label,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, 0), times->len);
}

/* A plan with @n check-ins, to price what opening a big file costs. */
static char *
make_plan (const char *dir,
           guint       n_checkins)
{
  g_autofree char *name = g_strdup_printf ("plan-%u.waymark", n_checkins);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u) "
                         "INSERT INTO checkin (at, local_date, mood, anxiety, energy, sleep_hours, note, "
                         "  created_at, updated_at) "
                         "SELECT strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 1500000000 + i * 3000, 'unixepoch'), "
                         "  date(1500000000 + i * 3000, 'unixepoch'), i %% 11, (i * 7) %% 11, (i * 3) %% 11, "
                         "  6.5, 'Slept fine, walked to the park, called Mum', "
                         "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n",
                         n_checkins);
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  return path;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *here = g_path_get_dirname (argv[0]);
  g_autofree char *waymark = g_build_filename (here, "..", "..", "src", "waymark", NULL);
  g_autofree char *bare = g_build_filename (here, "bench-bare-window", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  g_autofree char *small = NULL;
  g_autofree char *big = NULL;
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 15;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display; run it under build-aux/headless\n");
      return 1;
    }

  small = make_plan (tmp, 30);
  big = make_plan (tmp, 100000);

  {
    g_autofree char *arg_small = g_strconcat ("--data-file=", small, NULL);
    g_autofree char *arg_big = g_strconcat ("--data-file=", big, NULL);
    const char *bare_argv[] = { bare, NULL };
    const char *small_argv[] = { waymark, arg_small, NULL };
    const char *big_argv[] = { waymark, arg_big, NULL };
    GStatBuf st;

    g_print ("Time from spawn to the first painted frame of the window\n");
    measure ("bare libadwaita window", bare_argv, runs);
    measure ("Waymark, plan with 30 check-ins", small_argv, runs);
    g_stat (big, &st);
    {
      g_autofree char *label = g_strdup_printf ("Waymark, plan with 100,000 check-ins (%.0f MB)",
                                                st.st_size / 1e6);
      measure (label, big_argv, runs);
    }
  }

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp);
    (void) system (cmd);
  }

  return 0;
}
