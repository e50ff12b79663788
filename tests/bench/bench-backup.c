/* bench-backup.c: backing up and restoring a ten-year plan. Run by hand:
 *
 *   _build/tests/bench/bench-backup [FOLDER]
 *
 * Writes a sample plan with ten years of daily history into FOLDER (a new
 * temporary folder by default) and prints, as the median and worst of
 * five runs each:
 *   - a backup from the open plan (SQLite's online backup API through the
 *     atomic writer: temporary file, fsync, rename, folder fsync), as the
 *     window's daily backup makes it;
 *   - the same while another connection holds a write transaction open;
 *   - `waymark --backup`'s path: opening the plan and backing it up;
 *   - listing the backups (each opened and counted);
 *   - restoring into a new file, and in place (which backs up first).
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "waymark-backup.h"
#include "waymark-sample-data.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"

#define RUNS 5
#define DAYS (365 * 10 + 2)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *ms)
{
  qsort (ms, RUNS, sizeof (double), compare_doubles);
  g_print ("%-44s median %8.1f ms   worst %8.1f ms\n", what, ms[RUNS / 2], ms[RUNS - 1]);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("waymark-bench-backup-XXXXXX", NULL);
  g_autofree char *plan = g_build_filename (dir, "ten-years.waymark", NULL);
  g_autofree char *out = g_build_filename (dir, "copy.waymark", NULL);
  g_autofree char *restored = g_build_filename (dir, "restored.waymark", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 1, 1, 9, 0, 0);
  g_autofree char *latest = NULL;
  double ms[RUNS], t;
  GStatBuf st;

  g_setenv ("WAYMARK_BACKUP_DIR", backups, TRUE);
  g_mkdir_with_parents (dir, 0700);
  g_unlink (plan);

  t = now_ms ();
  if (!waymark_sample_data_write_file (plan, DAYS, NULL, &error))
    {
      g_printerr ("bench-backup: %s\n", error->message);
      return EXIT_FAILURE;
    }
  g_stat (plan, &st);
  g_print ("Sample plan, %d days: %.1f MB, written in %.0f ms (%s)\n",
           DAYS, st.st_size / 1e6, now_ms () - t, plan);

  store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  {
    int checkins = 0, goals = 0;

    waymark_sqlite_query_int (waymark_store_get_db (store), "SELECT count(*) FROM checkin", &checkins, NULL);
    waymark_sqlite_query_int (waymark_store_get_db (store), "SELECT count(*) FROM goal", &goals, NULL);
    g_print ("It holds %d check-ins and %d goals.\n\n", checkins, goals);
  }

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (start, i);
      g_autofree char *path = NULL;

      t = now_ms ();
      path = waymark_backup_make (store, when, FALSE, &error);
      ms[i] = now_ms () - t;
      g_assert_no_error (error);
      g_free (latest);
      latest = g_steal_pointer (&path);
    }
  report ("Backup from the open plan", ms);

  {
    sqlite3 *writer = NULL;

    sqlite3_open (plan, &writer);
    sqlite3_exec (writer, "BEGIN IMMEDIATE; UPDATE goal SET title = title || ' ' WHERE id = "
                  "(SELECT min(id) FROM goal)", NULL, NULL, NULL);
    for (int i = 0; i < RUNS; i++)
      {
        t = now_ms ();
        g_assert_true (waymark_store_backup (store, out, &error));
        ms[i] = now_ms () - t;
      }
    report ("Backup, another writer mid-transaction", ms);
    sqlite3_exec (writer, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close (writer);
  }

  for (int i = 0; i < RUNS; i++)
    {
      t = now_ms ();
      g_assert_true (waymark_backup_plan_file (plan, out, &error));
      ms[i] = now_ms () - t;
    }
  report ("waymark --backup (open the plan, copy it)", ms);

  for (int i = 0; i < RUNS; i++)
    {
      g_autofree char *folder = waymark_backup_folder_for_plan (plan);
      g_autoptr(GPtrArray) list = NULL;

      t = now_ms ();
      list = waymark_backup_list (folder);
      ms[i] = now_ms () - t;
      g_assert_cmpuint (list->len, >=, RUNS);
    }
  report ("Listing the backups (each opened, counted)", ms);

  for (int i = 0; i < RUNS; i++)
    {
      t = now_ms ();
      g_assert_true (waymark_backup_restore_to_file (latest, restored, &error));
      ms[i] = now_ms () - t;
    }
  report ("Restore into a new file (checked first)", ms);

  for (int i = 0; i < RUNS; i++)
    {
      t = now_ms ();
      g_assert_true (waymark_backup_restore_into_store (store, latest, NULL, &error));
      ms[i] = now_ms () - t;
      g_assert_no_error (error);
    }
  report ("Restore in place (backs up first)", ms);

  waymark_store_close (store);
  if (argc <= 1)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

      (void) !system (command);
    }
  return EXIT_SUCCESS;
}
