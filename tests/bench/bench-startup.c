/* bench-startup.c: how long until Waymark's window is on screen, and how
 * much memory it holds then, against a bare libadwaita window (and
 * gnome-calculator when it is installed). Run by hand, under a display:
 *
 *   build-aux/headless _build/tests/bench/bench-startup [ROUNDS]
 *
 * For each renderer (GSK_RENDERER=cairo, then gl) it runs every program
 * once a round, interleaved, so a machine that gets busier or quieter
 * during the run weighs on all of them alike, and prints one table: the
 * median time from spawn to the window's first painted frame, the
 * processor time used until then (all threads; it grows less than the
 * time when other work shares the machine), the median resident memory
 * one second after it, and each as a ratio of the bare window's. The
 * programs: the bare window (bench-bare-window); Waymark on a ten-year
 * sample plan and on a plan of 100,000 check-ins; and gnome-calculator
 * if it is on the PATH (timed to its window being mapped, which it
 * reaches a little before its first frame, and marked so; its processor
 * time read from /proc, to 10 ms).
 *
 * Waymark and the bare window report their own first frame and memory
 * (WAYMARK_BENCH_T0 and WAYMARK_BENCH_RSS_AFTER_MS, app/waymark-bench-probe.c).
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <X11/Xlib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "waymark-store-private.h"

#define RSS_AFTER_MS 1000

typedef struct
{
  const char *label;
  char      **argv;
  gboolean    probed;     /* reports its own first frame and memory */
  GArray     *ms;
  GArray     *cpu_ms;
  GArray     *rss_mb;
  GArray     *shown_ms;   /* to the first frame showing the plan's page */
  GArray     *shown_cpu_ms;
} Program;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_doubles);
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

/* A program that reports itself: its output holds "first-frame-us N" and
 * "rss-kb N". */
static gboolean
run_probed (Program    *program,
            const char *renderer,
            double     *ms,
            double     *cpu_ms,
            double     *rss_mb,
            double     *shown_ms,
            double     *shown_cpu_ms)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *t0 = NULL;
  g_autofree char *rss_after = g_strdup_printf ("%d", RSS_AFTER_MS);
  g_autofree char *output = NULL;
  const char *frame, *cpu, *rss, *shown, *shown_cpu;

  t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  g_subprocess_launcher_setenv (launcher, "WAYMARK_BENCH_T0", t0, TRUE);
  g_subprocess_launcher_setenv (launcher, "WAYMARK_BENCH_RSS_AFTER_MS", rss_after, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) program->argv, &error);
  if (process == NULL)
    {
      g_printerr ("%s: %s\n", program->label, error->message);
      return FALSE;
    }
  if (!g_subprocess_communicate_utf8 (process, NULL, NULL, &output, NULL, &error))
    {
      g_printerr ("%s: %s\n", program->label, error->message);
      return FALSE;
    }

  frame = output != NULL ? strstr (output, "first-frame-us ") : NULL;
  cpu = output != NULL ? strstr (output, "cpu-us ") : NULL;
  rss = output != NULL ? strstr (output, "rss-kb ") : NULL;
  if (frame == NULL || cpu == NULL || rss == NULL)
    {
      g_printerr ("%s printed no figures: %s\n", program->label, output ? output : "");
      return FALSE;
    }

  *ms = g_ascii_strtod (frame + strlen ("first-frame-us "), NULL) / 1000.0;
  *cpu_ms = g_ascii_strtod (cpu + strlen ("cpu-us "), NULL) / 1000.0;
  *rss_mb = g_ascii_strtod (rss + strlen ("rss-kb "), NULL) / 1024.0;

  /* Waymark also says when its plan's page was first painted, read. */
  shown = strstr (output, "content-shown-us ");
  shown_cpu = strstr (output, "content-cpu-us ");
  if (shown != NULL && shown_cpu != NULL)
    {
      *shown_ms = g_ascii_strtod (shown + strlen ("content-shown-us "), NULL) / 1000.0;
      *shown_cpu_ms = g_ascii_strtod (shown_cpu + strlen ("content-cpu-us "), NULL) / 1000.0;
    }
  return TRUE;
}

static double
resident_mb_of (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return -1;

  return g_ascii_strtod (line + strlen ("\nVmRSS:"), NULL) / 1024.0;
}

/* The processor time @pid has used, from /proc (in clock ticks, so to
 * 10 ms). */
static double
cpu_ms_of (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return -1;
  /* The name in parentheses may hold spaces; count fields after it. */
  after_name = strrchr (stat, ')');
  if (after_name == NULL)
    return -1;
  fields = g_strsplit (after_name + 2, " ", 16);
  if (g_strv_length (fields) < 14)
    return -1;

  /* utime and stime, the 14th and 15th fields of the line. */
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) *
         1000.0 / sysconf (_SC_CLK_TCK);
}

/* Any other program: timed until a top-level window of its is mapped
 * (watched on the root window's MapNotify), its memory read from /proc
 * one second later, then terminated. */
static gboolean
run_watched (Program    *program,
             const char *renderer,
             double     *ms,
             double     *cpu_ms,
             double     *rss_mb)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Display *display = XOpenDisplay (NULL);
  gint64 start, deadline;
  gboolean mapped = FALSE;
  GPid pid;

  if (display == NULL)
    return FALSE;
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, True);

  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) program->argv, &error);
  if (process == NULL)
    {
      XCloseDisplay (display);
      return FALSE;
    }

  deadline = start + 30 * G_USEC_PER_SEC;
  while (!mapped && g_get_monotonic_time () < deadline)
    {
      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect)
            {
              mapped = TRUE;
              break;
            }
        }
      if (!mapped)
        g_usleep (1000);
    }
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  XCloseDisplay (display);
  pid = (GPid) g_ascii_strtoll (g_subprocess_get_identifier (process), NULL, 10);
  *cpu_ms = cpu_ms_of (pid);

  g_usleep (RSS_AFTER_MS * 1000);
  *rss_mb = resident_mb_of (pid);
  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, NULL);

  return mapped && *rss_mb > 0;
}

/* A plan with @n check-ins, to price what opening a big file costs. */
static char *
make_big_plan (const char *dir,
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
  /* A name, so the plan opens on its pages rather than on the welcome. */
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store),
                                 "UPDATE person SET name = 'Sam Example'", NULL, NULL, NULL), ==, SQLITE_OK);

  return path;
}

/* Ten years of the sample plan, written by Waymark itself. */
static char *
make_ten_year_plan (const char *waymark,
                    const char *dir)
{
  char *path = g_build_filename (dir, "ten-years.waymark", NULL);
  g_autofree char *data_file = g_strconcat ("--data-file=", path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                              waymark, data_file, "--sample-data=3653", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);

  return path;
}

static guint
count_checkins (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM checkin", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return n;
}

static Program *
program_new (const char *label,
             gboolean    probed,
             ...)
{
  Program *program = g_new0 (Program, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *arg;
  va_list args;

  program->label = label;
  program->probed = probed;
  va_start (args, probed);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, arg);
  va_end (args);
  program->argv = g_strv_builder_end (builder);

  return program;
}

static void
measure_renderer (const char *renderer,
                  Program   **programs,
                  guint       n_programs,
                  guint       rounds)
{
  double bare_ms, bare_cpu, bare_mb;

  for (guint i = 0; i < n_programs; i++)
    {
      g_clear_pointer (&programs[i]->ms, g_array_unref);
      g_clear_pointer (&programs[i]->cpu_ms, g_array_unref);
      g_clear_pointer (&programs[i]->rss_mb, g_array_unref);
      g_clear_pointer (&programs[i]->shown_ms, g_array_unref);
      g_clear_pointer (&programs[i]->shown_cpu_ms, g_array_unref);
      programs[i]->ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[i]->cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[i]->rss_mb = g_array_new (FALSE, FALSE, sizeof (double));
      programs[i]->shown_ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[i]->shown_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One round unmeasured, to warm the page cache, fonts and icons. */
  for (guint r = 0; r <= rounds; r++)
    for (guint i = 0; i < n_programs; i++)
      {
        double ms = -1, cpu = -1, mb = -1, shown = -1, shown_cpu = -1;
        gboolean ok = programs[i]->probed ? run_probed (programs[i], renderer, &ms, &cpu, &mb, &shown, &shown_cpu)
                                          : run_watched (programs[i], renderer, &ms, &cpu, &mb);

        if (ok && r > 0)
          {
            g_array_append_val (programs[i]->ms, ms);
            g_array_append_val (programs[i]->cpu_ms, cpu);
            g_array_append_val (programs[i]->rss_mb, mb);
            if (shown >= 0)
              {
                g_array_append_val (programs[i]->shown_ms, shown);
                g_array_append_val (programs[i]->shown_cpu_ms, shown_cpu);
              }
          }
      }

  bare_ms = median (programs[0]->ms);
  bare_cpu = median (programs[0]->cpu_ms);
  bare_mb = median (programs[0]->rss_mb);
  g_print ("\nGSK_RENDERER=%s, %u rounds, medians\n", renderer, rounds);
  g_print ("%-46s %9s %9s %9s %9s %9s %9s   %s\n", "", "window", "cpu", "memory", "/ bare", "/ bare", "/ bare",
           "page shown (cpu)");
  for (guint i = 0; i < n_programs; i++)
    {
      double ms = median (programs[i]->ms), cpu = median (programs[i]->cpu_ms);
      double mb = median (programs[i]->rss_mb);

      if (ms < 0)
        {
          g_print ("%-46s no successful runs\n", programs[i]->label);
          continue;
        }
      g_print ("%-46s %6.0f ms %6.0f ms %6.0f MB %8.2fx %8.2fx %8.2fx", programs[i]->label,
               ms, cpu, mb, ms / bare_ms, cpu / bare_cpu, mb / bare_mb);
      if (programs[i]->shown_ms->len > 0)
        g_print ("   %.0f ms (%.0f ms)", median (programs[i]->shown_ms), median (programs[i]->shown_cpu_ms));
      g_print ("\n");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *here = g_path_get_dirname (argv[0]);
  g_autofree char *waymark = g_build_filename (here, "..", "..", "src", "waymark", NULL);
  g_autofree char *bare = g_build_filename (here, "bench-bare-window", NULL);
  g_autofree char *calculator = g_find_program_in_path ("gnome-calculator");
  g_autofree char *tmp = g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  g_autofree char *ten_years = NULL, *big = NULL;
  g_autofree char *arg_ten_years = NULL, *arg_big = NULL;
  g_autofree char *label_ten_years = NULL, *label_big = NULL;
  g_autofree char *home = NULL;
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 9;
  Program *programs[4];
  guint n_programs = 0;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs an X display; run it under build-aux/headless\n");
      return 1;
    }

  /* Settings and backups stay inside the scratch folder. */
  home = g_build_filename (tmp, "home", NULL);
  g_mkdir_with_parents (home, 0700);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("WAYMARK_AUTOMATIC_BACKUPS", "0", TRUE);
  /* Run from the build folder: its compiled settings schema. */
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *schemas = g_build_filename (here, "..", "..", "data", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
    }

  ten_years = make_ten_year_plan (waymark, tmp);
  big = make_big_plan (tmp, 100000);
  arg_ten_years = g_strconcat ("--data-file=", ten_years, NULL);
  arg_big = g_strconcat ("--data-file=", big, NULL);
  label_ten_years = g_strdup_printf ("Waymark, ten-year plan (%u check-ins)", count_checkins (ten_years));
  label_big = g_strdup_printf ("Waymark, %u check-ins", count_checkins (big));

  programs[n_programs++] = program_new ("bare libadwaita window", TRUE, bare, NULL);
  if (calculator != NULL)
    programs[n_programs++] = program_new ("gnome-calculator (to mapped)", FALSE, calculator, NULL);
  programs[n_programs++] = program_new (label_ten_years, TRUE, waymark, arg_ten_years, NULL);
  programs[n_programs++] = program_new (label_big, TRUE, waymark, arg_big, NULL);

  g_print ("Time from spawn to the window's first painted frame, processor time until\n"
           "then, and resident memory %d ms after it\n", RSS_AFTER_MS);
  measure_renderer ("cairo", programs, n_programs, rounds);
  measure_renderer ("gl", programs, n_programs, rounds);

  for (guint i = 0; i < n_programs; i++)
    {
      g_strfreev (programs[i]->argv);
      g_clear_pointer (&programs[i]->ms, g_array_unref);
      g_clear_pointer (&programs[i]->cpu_ms, g_array_unref);
      g_clear_pointer (&programs[i]->rss_mb, g_array_unref);
      g_clear_pointer (&programs[i]->shown_ms, g_array_unref);
      g_clear_pointer (&programs[i]->shown_cpu_ms, g_array_unref);
      g_free (programs[i]);
    }

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp);
    (void) system (cmd);
  }

  return 0;
}
