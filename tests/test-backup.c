/* test-backup.c: automatic backups, restoring them, and --backup
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "waymark-backup.h"
#include "waymark-checkin.h"
#include "waymark-goal.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  char         *data_home;
  WaymarkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
  f->data_home = g_build_filename (f->tmp, "data", NULL);
  g_setenv ("XDG_DATA_HOME", f->data_home, TRUE);
  g_unsetenv ("WAYMARK_BACKUP_DIR");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    waymark_store_close (f->store);
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
  g_free (f->data_home);
}

static void
add_goal (WaymarkStore *store,
          const char   *title)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, title);
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (goal), &error));
  g_assert_no_error (error);
}

static void
add_checkin (WaymarkStore *store,
             const char   *iso)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GError) error = NULL;

  waymark_checkin_set_time (checkin, time);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_mode (const char *path,
             mode_t      mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, mode);
}

static GDateTime *
utc (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

/* A backup a day while the plan is used, 0600 in a 0700 folder, each
 * listing what it holds, read from the file. */
static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) monday = utc ("2026-03-02T09:00:00Z");
  g_autoptr(GDateTime) later = utc ("2026-03-02T20:00:00Z");
  g_autoptr(GDateTime) tuesday = utc ("2026-03-03T09:30:00Z");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *none = NULL;
  g_autofree char *folder = waymark_backup_folder_for_plan (waymark_store_get_path (f->store));
  g_autofree char *backups_dir = g_build_filename (f->data_home, "waymark", "backups", NULL);
  WaymarkBackupInfo *info;

  g_assert_true (g_str_has_prefix (folder, backups_dir));

  add_goal (f->store, "Walk to the allotment");
  add_goal (f->store, "Cook twice a week");
  add_checkin (f->store, "2026-02-27T10:00:00Z");
  add_checkin (f->store, "2026-03-01T18:00:00Z");

  first = waymark_backup_run_if_due (f->store, monday, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (first, folder));
  g_assert_true (g_str_has_suffix (first, "2026-03-02T090000Z.waymark"));
  assert_mode (first, 0600);
  assert_mode (folder, 0700);
  assert_mode (backups_dir, 0700);

  /* Not a day yet: nothing new. */
  add_checkin (f->store, "2026-03-02T19:00:00Z");
  none = waymark_backup_run_if_due (f->store, later, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  second = waymark_backup_run_if_due (f->store, tuesday, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);

  backups = waymark_backup_list (folder);
  g_assert_cmpuint (backups->len, ==, 2);
  info = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (info->path, ==, second);
  g_assert_true (info->readable);
  g_assert_cmpuint (info->n_goals, ==, 2);
  g_assert_cmpuint (info->n_checkins, ==, 3);
  g_assert_cmpstr (info->last_checkin, ==, "2026-03-02");
  g_assert_cmpint (info->size, >, 0);
  info = g_ptr_array_index (backups, 1);
  g_assert_cmpuint (info->n_checkins, ==, 2);
  g_assert_cmpstr (info->last_checkin, ==, "2026-03-01");
  g_assert_false (info->before_restore);

  /* Each backup is one file, out of WAL: nothing beside it. */
  {
    g_autofree char *listing = waymark_test_list_dir (folder);

    g_assert_cmpstr (listing, ==, "2026-03-02T090000Z.waymark\n2026-03-03T093000Z.waymark");
  }
}

/* Synthetic dates: the last 7 days that have one, and the last 4 weeks. */
static void
test_prune_rule (void)
{
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GArray) pruned = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);
  gboolean *gone;

  /* Sixty days, 1 January (a Thursday) to 1 March 2026, twice on 1 March. */
  for (int day = 0; day < 60; day++)
    {
      g_autoptr(GDateTime) start = utc ("2026-01-01T08:00:00Z");

      g_ptr_array_add (times, g_date_time_add_days (start, day));
    }
  g_ptr_array_add (times, utc ("2026-03-01T21:00:00Z"));

  pruned = waymark_backup_select_pruned (times, zone);
  gone = g_new0 (gboolean, times->len);
  for (guint i = 0; i < pruned->len; i++)
    gone[g_array_index (pruned, guint, i)] = TRUE;
  for (guint i = 0; i < times->len; i++)
    if (!gone[i])
      {
        g_autofree char *stamp = g_date_time_format (g_ptr_array_index (times, i), "%m-%dT%H ");

        g_string_append (kept, stamp);
      }
  g_free (gone);

  /* Daily: 1 March (its evening one), 28…23 February. Weekly (ISO weeks
   * start on Monday): 1 March ends week 9; 22 February ends week 8, 15
   * February week 7, 8 February week 6. */
  g_assert_cmpstr (kept->str, ==,
                   "02-08T08 02-15T08 02-22T08 02-23T08 02-24T08 02-25T08 02-26T08 02-27T08 02-28T08 03-01T21 ");
  g_assert_cmpuint (pruned->len, ==, times->len - 10);

  /* Fewer than the rule keeps: nothing goes. */
  g_ptr_array_set_size (times, 3);
  g_clear_pointer (&pruned, g_array_unref);
  pruned = waymark_backup_select_pruned (times, zone);
  g_assert_cmpuint (pruned->len, ==, 0);
}

/* The files themselves: pruning removes what the rule drops, and
 * Waymark's own leftovers, and nothing else. */
static void
test_prune_files (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = waymark_backup_folder_for_plan (waymark_store_get_path (f->store));
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = utc ("2026-01-01T08:00:00Z");
  g_autofree char *listing = NULL;
  g_autofree char *other = NULL;

  for (int day = 0; day < 30; day++)
    {
      g_autoptr(GDateTime) time = g_date_time_add_days (start, day);
      g_autofree char *path = waymark_backup_make (f->store, time, FALSE, NULL);

      g_assert_nonnull (path);
    }
  other = g_build_filename (folder, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (other, "mine", -1, NULL));

  g_assert_cmpuint (waymark_backup_prune (folder, zone), ==, 30 - 9);
  listing = waymark_test_list_dir (folder);
  g_assert_cmpstr (listing, ==,
                   "2026-01-11T080000Z.waymark\n2026-01-18T080000Z.waymark\n2026-01-24T080000Z.waymark\n"
                   "2026-01-25T080000Z.waymark\n2026-01-26T080000Z.waymark\n2026-01-27T080000Z.waymark\n"
                   "2026-01-28T080000Z.waymark\n2026-01-29T080000Z.waymark\n2026-01-30T080000Z.waymark\n"
                   "notes.txt");
}

/* A consistent copy while another connection is half-way through a
 * write: the copy holds the last committed state, whole. */
static void
test_backup_while_writing (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->tmp, "copy.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkBackupInfo) info = NULL;
  sqlite3 *writer = NULL;

  add_goal (f->store, "Committed goal");

  g_assert_cmpint (sqlite3_open (waymark_store_get_path (f->store), &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer, "BEGIN IMMEDIATE; "
                                 "INSERT INTO goal (title, dimension, created_at, updated_at) "
                                 "SELECT title || ' again', dimension, created_at, updated_at FROM goal",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* The window's connection, and --backup's own. */
  g_assert_true (waymark_store_backup (f->store, out, &error));
  g_assert_no_error (error);
  info = waymark_backup_info_read (out, &error);
  g_assert_true (info->readable);
  g_assert_cmpuint (info->n_goals, ==, 1);
  assert_mode (out, 0600);

  g_assert_true (g_unlink (out) == 0);
  g_assert_true (waymark_backup_plan_file (waymark_store_get_path (f->store), out, &error));
  g_assert_no_error (error);
  g_clear_pointer (&info, waymark_backup_info_free);
  info = waymark_backup_info_read (out, &error);
  g_assert_cmpuint (info->n_goals, ==, 1);

  /* The command line itself, as a person (or a cron job) runs it. */
  if (g_getenv ("WAYMARK_BIN") != NULL)
    {
      g_autofree char *cli_out = g_build_filename (f->tmp, "cli.waymark", NULL);
      g_autofree char *data_arg = g_strconcat ("--data-file=", waymark_store_get_path (f->store), NULL);
      g_autofree char *backup_arg = g_strconcat ("--backup=", cli_out, NULL);
      const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, backup_arg, NULL };
      g_autofree char *out_text = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out_text, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out_text, "cli.waymark"));
      assert_mode (cli_out, 0600);
      g_clear_pointer (&info, waymark_backup_info_free);
      info = waymark_backup_info_read (cli_out, &error);
      g_assert_true (info->readable);
      g_assert_cmpuint (info->n_goals, ==, 1);
    }
  else
    g_test_message ("WAYMARK_BIN not set: the command line is not run");

  g_assert_cmpint (sqlite3_exec (writer, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (writer);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM goal"), ==, 2);

  /* The copy is a plan Waymark opens. */
  {
    g_autoptr(WaymarkStore) copy = waymark_store_open (out, WAYMARK_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
    g_assert_cmpint (waymark_test_count_rows (copy, "SELECT count(*) FROM goal"), ==, 1);
    waymark_store_close (copy);
  }
}

/* The plan's own connection in the middle of a transaction: refused,
 * rather than copied half-done. */
static void
test_backup_refuses_own_transaction (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->tmp, "copy.waymark", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_begin_batch (f->store, &error));
  add_goal (f->store, "Not yet kept");
  g_assert_false (waymark_store_backup (f->store, out, &error));
  g_assert_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_true (waymark_store_end_batch (f->store, TRUE, &error));
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) then = utc ("2026-03-02T09:00:00Z");
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *copy = g_build_filename (f->tmp, "restored.waymark", NULL);
  g_autofree char *plan_path = g_strdup (waymark_store_get_path (f->store));
  g_autoptr(WaymarkBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  add_goal (f->store, "The goal backed up");
  add_checkin (f->store, "2026-03-01T18:00:00Z");
  backup = waymark_backup_make (f->store, then, FALSE, &error);
  g_assert_no_error (error);

  add_goal (f->store, "A goal made later");
  add_checkin (f->store, "2026-03-04T18:00:00Z");

  /* Into a new file: a plan of its own, private. */
  g_assert_true (waymark_backup_restore_to_file (backup, copy, &error));
  g_assert_no_error (error);
  assert_mode (copy, 0600);
  {
    g_autoptr(WaymarkStore) restored = waymark_store_open (copy, WAYMARK_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
    g_assert_cmpint (waymark_test_count_rows (restored, "SELECT count(*) FROM goal"), ==, 1);
    waymark_store_close (restored);
  }

  /* In place: the plan as it was is backed up first, then replaced. */
  g_assert_true (waymark_backup_restore_into_store (f->store, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM goal"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 1);
  g_assert_nonnull (saved);
  g_assert_true (g_str_has_suffix (saved, "-before-restore.waymark"));
  info = waymark_backup_info_read (saved, &error);
  g_assert_true (info->before_restore);
  g_assert_cmpuint (info->n_goals, ==, 2);
  g_assert_cmpuint (info->n_checkins, ==, 2);
  g_assert_cmpstr (info->last_checkin, ==, "2026-03-04");

  /* Reopened, it is the backup's plan, and whole. */
  waymark_store_close (f->store);
  g_clear_object (&f->store);
  f->store = waymark_store_open (plan_path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM goal"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "PRAGMA integrity_check = 1"), ==, 0);
}

/* A crash right after an in-place restore, before the plan is reopened:
 * the log holding the restore is the plan's own, and is applied at the
 * next open, not moved aside as someone else's. */
static void
test_restore_then_crash (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) then = utc ("2026-03-02T09:00:00Z");
  g_autofree char *backup = NULL;
  g_autofree char *crashed = g_build_filename (f->tmp, "crashed.waymark", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *plan_path = g_strdup (waymark_store_get_path (f->store));
  g_autofree char *plan_wal = g_strconcat (plan_path, "-wal", NULL);
  g_autoptr(WaymarkStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  add_goal (f->store, "The goal backed up");
  backup = waymark_backup_make (f->store, then, FALSE, &error);
  g_assert_no_error (error);
  add_goal (f->store, "A goal made later");
  add_goal (f->store, "And another");
  /* The plan file itself now holds a later generation than the backup. */
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (f->store), "PRAGMA wal_checkpoint(TRUNCATE)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (waymark_backup_restore_into_store (f->store, backup, NULL, &error));
  g_assert_no_error (error);

  /* What a power cut leaves: the plan and its log, never closed. */
  g_assert_true (g_file_get_contents (plan_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (crashed, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (plan_wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents (crashed_wal, contents, length, NULL));

  reopened = waymark_store_open (crashed, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_null (waymark_store_get_open_notice (reopened));
  g_assert_cmpint (waymark_test_count_rows (reopened, "SELECT count(*) FROM goal"), ==, 1);
  waymark_store_close (reopened);
}

/* A damaged backup is refused and nothing is touched. */
static void
test_restore_damaged (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *junk = g_build_filename (f->tmp, "2026-03-02T090000Z.waymark", NULL);
  g_autofree char *copy = g_build_filename (f->tmp, "restored.waymark", NULL);
  g_autofree char *folder = waymark_backup_folder_for_plan (waymark_store_get_path (f->store));
  g_autoptr(WaymarkBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  add_goal (f->store, "Still here");
  g_assert_true (g_file_set_contents (junk, "not a database, just some words that are long enough to look "
                                      "like a header of some kind, and more, and more, and more.", -1, NULL));

  info = waymark_backup_info_read (junk, &error);
  g_assert_no_error (error);
  g_assert_false (info->readable);

  g_assert_false (waymark_backup_restore_to_file (junk, copy, &error));
  g_assert_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_NOT_A_BACKUP);
  g_clear_error (&error);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));

  g_assert_false (waymark_backup_restore_into_store (f->store, junk, NULL, &error));
  g_assert_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_NOT_A_BACKUP);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM goal"), ==, 1);
  /* Refused before anything was made. */
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Data kept inside a synced folder: backups are not written there. */
static void
test_shared_location (Fixture       *f,
                      gconstpointer  data)
{
  const char *synced[] = { "Dropbox", "Nextcloud", "OneDrive - Contoso", "Google Drive", "ownCloud", "Seafile" };
  g_autoptr(GDateTime) now = utc ("2026-03-02T09:00:00Z");

  for (guint i = 0; i < G_N_ELEMENTS (synced); i++)
    {
      g_autofree char *home = g_build_filename (f->tmp, synced[i], "share", NULL);
      g_autofree char *folder = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      g_setenv ("XDG_DATA_HOME", home, TRUE);
      folder = waymark_backup_folder_for_plan (waymark_store_get_path (f->store));
      path = waymark_backup_run_if_due (f->store, now, &error);
      g_assert_null (path);
      g_assert_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_SHARED_LOCATION);
      g_assert_nonnull (strstr (error->message, synced[i]));
      g_assert_false (g_file_test (home, G_FILE_TEST_EXISTS));
    }

  /* A place the person chose is used, wherever it is. */
  {
    g_autofree char *chosen = g_build_filename (f->tmp, "Dropbox", "My backups", NULL);
    g_autofree char *path = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (g_mkdir_with_parents (chosen, 0755), ==, 0);
    g_assert_cmpint (g_chmod (chosen, 0755), ==, 0);
    g_setenv ("WAYMARK_BACKUP_DIR", chosen, TRUE);
    path = waymark_backup_run_if_due (f->store, now, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (path, chosen));
    /* The chosen folder keeps its own mode; the plan's folder in it is private. */
    assert_mode (chosen, 0755);
    {
      g_autofree char *folder = g_path_get_dirname (path);

      assert_mode (folder, 0700);
    }
    g_unsetenv ("WAYMARK_BACKUP_DIR");
  }

  /* Names that merely look alike are not synced folders. */
  {
    g_autofree char *home = g_build_filename (f->tmp, "boxes", "dropboxer", "share", NULL);
    g_autofree char *folder = NULL;
    g_autoptr(GError) error = NULL;

    g_setenv ("XDG_DATA_HOME", home, TRUE);
    folder = waymark_backup_folder_for_plan (waymark_store_get_path (f->store));
    g_assert_true (waymark_backup_check_location (folder, &error));
    g_assert_no_error (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/backup/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("daily", test_daily);
  ADD ("prune-files", test_prune_files);
  ADD ("while-writing", test_backup_while_writing);
  ADD ("own-transaction", test_backup_refuses_own_transaction);
  ADD ("restore", test_restore);
  ADD ("restore-then-crash", test_restore_then_crash);
  ADD ("restore-damaged", test_restore_damaged);
  ADD ("shared-location", test_shared_location);
#undef ADD
  g_test_add_func ("/waymark/backup/prune-rule", test_prune_rule);

  return g_test_run ();
}
