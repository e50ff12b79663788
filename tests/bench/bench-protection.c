/* bench-protection.c: a protected plan against a plain one. Run by hand:
 *
 *   _build/tests/bench/bench-protection [FOLDER]
 *
 * Writes a sample plan with ten years of daily history into FOLDER (a new
 * temporary folder by default), protects a copy of it, and prints, as
 * medians of runs interleaved plain / protected so that a busy machine
 * weighs on both alike:
 *   - deriving the key from a passphrase (Argon2id with the parameters a
 *     new protected plan gets);
 *   - opening the plan (every check the store makes, which reads every
 *     page) and reading every check-in, once the key is known: the time
 *     and this thread's processor time;
 *   - saving a check-in (one transaction, one fsync);
 *   - the files' sizes.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>

#include "waymark-checkin.h"
#include "waymark-plan-protection.h"
#include "waymark-sample-data.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"

#define RUNS   31
#define SAVES  40
#define DAYS   (365 * 10 + 2)
#define PASSPHRASE "seven quiet lanterns by the river"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Processor time of this thread: a busy machine disturbs it much less
 * than the clock. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1.0e6;
}

static WaymarkStore *
open_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  WaymarkStore *store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);

  if (store == NULL)
    g_error ("%s: %s", path, error->message);
  return store;
}

/* Opening, and reading every check-in as the journal's list does. */
static double
time_open (const char *path,
           int        *n_checkins,
           double     *cpu)
{
  double start = now_ms ();
  double cpu_start = cpu_ms ();
  g_autoptr(WaymarkStore) store = open_plan (path);
  sqlite3_stmt *stmt = NULL;
  double elapsed;
  int n = 0;

  sqlite3_prepare_v2 (waymark_store_get_db (store), "SELECT * FROM checkin ORDER BY at", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n++;
  sqlite3_finalize (stmt);
  elapsed = now_ms () - start;
  *cpu = cpu_ms () - cpu_start;
  waymark_store_close (store);
  *n_checkins = n;
  return elapsed;
}

static void
time_saves (const char *path,
            double     *out)
{
  g_autoptr(WaymarkStore) store = open_plan (path);

  for (guint i = 0; i < SAVES; i++)
    {
      g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GError) error = NULL;
      double start;

      waymark_checkin_set_time (checkin, now);
      waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
      waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE,
                               "A walk by the river, then tea with my sister.");
      start = now_ms ();
      if (!waymark_store_save_checkin (store, checkin, NULL, &error))
        g_error ("save: %s", error->message);
      out[i] = now_ms () - start;
    }
  waymark_store_close (store);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.waymark", NULL);
  g_autofree char *protected_ = g_build_filename (dir, "protected.waymark", NULL);
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *contents = NULL;
  double derive[5], open_plain[RUNS], open_protected[RUNS], cpu_plain[RUNS], cpu_protected[RUNS];
  double save_plain[SAVES * 3], save_protected[SAVES * 3];
  gsize length;
  int n_plain = 0, n_protected = 0;

  g_unsetenv ("WAYMARK_TEST_QUICK_KDF");
  g_mkdir_with_parents (dir, 0700);
  g_print ("Writing %d days of sample history into %s …\n", DAYS, dir);
  if (!waymark_sample_data_write_file (plain, DAYS, NULL, &error))
    g_error ("%s", error->message);
  g_file_get_contents (plain, &contents, &length, NULL);
  g_file_set_contents_full (protected_, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
  if (!waymark_plan_protect (protected_, PASSPHRASE, &recovery, &key, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (derive); i++)
    {
      double start = now_ms ();
      g_autoptr(WaymarkPlanKey) again = waymark_plan_key_unlock (protected_, PASSPHRASE, &error);

      if (again == NULL)
        g_error ("%s", error->message);
      derive[i] = now_ms () - start;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      open_plain[i] = time_open (plain, &n_plain, &cpu_plain[i]);
      open_protected[i] = time_open (protected_, &n_protected, &cpu_protected[i]);
    }
  g_assert_cmpint (n_plain, ==, n_protected);

  for (guint round = 0; round < 3; round++)
    {
      time_saves (plain, save_plain + round * SAVES);
      time_saves (protected_, save_protected + round * SAVES);
    }

  {
    double d = median (derive, G_N_ELEMENTS (derive));
    double op = median (open_plain, RUNS), oc = median (open_protected, RUNS);
    double sp = median (save_plain, SAVES * 3), sc = median (save_protected, SAVES * 3);
    double cp = median (cpu_plain, RUNS), cc = median (cpu_protected, RUNS);

    g_print ("\n%d check-ins; plain file %" G_GINT64_FORMAT " bytes, protected %" G_GINT64_FORMAT " bytes\n",
             n_plain, file_size (plain), file_size (protected_));
    g_print ("%-46s %8.1f ms\n", "deriving the key (Argon2id), median of 5", d);
    g_print ("%-46s %8.1f ms plain  %8.1f ms protected  %.2f×\n", "opening and reading every check-in",
             op, oc, oc / op);
    g_print ("%-46s %8.1f ms plain  %8.1f ms protected  %.2f×\n", "  its processor time",
             cp, cc, cc / cp);
    g_print ("%-46s %8.2f ms plain  %8.2f ms protected  %.2f×\n", "saving a check-in (one fsync)",
             sp, sc, sc / sp);
  }
  return EXIT_SUCCESS;
}
