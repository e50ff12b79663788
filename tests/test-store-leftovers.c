/* test-store-leftovers.c: what lies beside a plan file is never applied
 * to it unless it is the plan's own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "waymark-store-open-private.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static WaymarkStore *
open_plan (const char           *path,
           WaymarkStoreOpenMode  mode)
{
  g_autoptr(GError) error = NULL;
  WaymarkStore *store = waymark_store_open (path, mode, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A plan with a person and many check-ins, closed, so no log is beside it. */
static void
make_plan (const char *path,
           const char *name)
{
  g_autoptr(WaymarkStore) store = open_plan (path, WAYMARK_STORE_CREATE_NEW);
  g_autoptr(WaymarkPerson) person = waymark_person_new ();

  waymark_person_set_name (person, name);
  g_assert_true (waymark_store_save_person (store, person, NULL));
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store),
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                                 "INSERT INTO checkin (at, local_date, mood, note, created_at, updated_at) "
                                 "SELECT '2026-01-01T08:00:00Z', '2026-01-01', i % 11, 'A note, day ' || i, "
                                 "  '2026-01-01T08:00:00Z', '2026-01-01T08:00:00Z' FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Changes @path's person to @name and copies the log as a crash would
 * leave it, to @wal_copy, while the change is still only in the log. */
static void
snapshot_name_change (const char *path,
                      const char *name,
                      const char *wal_copy)
{
  g_autoptr(WaymarkStore) store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  waymark_person_set_name (person, name);
  g_assert_true (waymark_store_save_person (store, person, NULL));
  copy_file (wal, wal_copy);
}

static char *
person_name (WaymarkStore *store)
{
  g_autoptr(WaymarkPerson) person = waymark_store_load_person (store, NULL);

  return person ? g_strdup (waymark_person_get_name (person)) : NULL;
}

/* The one file in @dir whose name starts with @prefix. */
static char *
find_moved (const char *dir,
            const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  char *found = NULL;
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }

  return found;
}

static void
assert_moved_aside (const char *dir,
                    const char *wal_checksum)
{
  g_autofree char *moved = find_moved (dir, "plan.waymark-wal.stray-");
  g_autofree char *wal = g_build_filename (dir, "plan.waymark-wal", NULL);
  g_autofree char *checksum = NULL;

  g_assert_nonnull (moved);
  checksum = waymark_test_checksum_file (moved);
  g_assert_cmpstr (checksum, ==, wal_checksum);
}

static void
assert_notice_names (WaymarkStore *store,
                     const char   *file)
{
  const char *notice = waymark_store_get_open_notice (store);

  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, file));
  g_assert_nonnull (strstr (notice, "moved aside"));
  g_test_message ("notice: %s", notice);
}

static void
assert_notice (WaymarkStore *store)
{
  assert_notice_names (store, "plan.waymark-wal");
}

/* Another program's database in WAL mode, its log copied while open. */
static void
test_foreign_wal (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (tmp, "photos.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *plan_before = NULL;
  g_autofree char *plan_after = NULL;
  g_autofree char *wal_checksum = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  sqlite3 *db = NULL;

  make_plan (path, "Sam Example");
  plan_before = waymark_test_checksum_file (path);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);"
                                 "INSERT INTO photos (title) VALUES ('Beach'), ('Hills');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  copy_file (other_wal, wal);
  sqlite3_close (db);
  wal_checksum = waymark_test_checksum_file (wal);

  store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  assert_notice (store);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 500);
  g_assert_cmpint (waymark_test_count_rows (store,
                                            "SELECT count(*) FROM sqlite_schema WHERE name = 'photos'"), ==, 0);
  waymark_store_close (store);

  plan_after = waymark_test_checksum_file (path);
  g_assert_cmpstr (plan_before, ==, plan_after);
  assert_moved_aside (tmp, wal_checksum);

  waymark_test_remove_tree (tmp);
}

/* Another program's hot rollback journal: SQLite would roll it back
 * into the plan, writing the other database's pages over it. */
static void
test_foreign_hot_journal (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *other = g_build_filename (tmp, "photos.db", NULL);
  g_autofree char *other_journal = g_strconcat (other, "-journal", NULL);
  g_autofree char *plan_before = NULL;
  g_autofree char *plan_after = NULL;
  g_autofree char *journal_checksum = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *moved_checksum = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  sqlite3 *db = NULL;

  make_plan (path, "Sam Example");
  plan_before = waymark_test_checksum_file (path);

  /* A transaction too big for a tiny cache spills: the journal is hot
   * on disk, holding the other database's original pages. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA page_size = 4096; PRAGMA journal_mode = DELETE;"
                                 "PRAGMA cache_size = 5;"
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                 "INSERT INTO photos (title) SELECT printf ('%0500d', i) FROM n;"
                                 "BEGIN; UPDATE photos SET title = 'x' || title;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  copy_file (other_journal, journal);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  journal_checksum = waymark_test_checksum_file (journal);

  store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  assert_notice_names (store, "plan.waymark-journal");
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 500);
  waymark_store_close (store);

  plan_after = waymark_test_checksum_file (path);
  g_assert_cmpstr (plan_before, ==, plan_after);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  moved = find_moved (tmp, "plan.waymark-journal.stray-");
  g_assert_nonnull (moved);
  moved_checksum = waymark_test_checksum_file (moved);
  g_assert_cmpstr (moved_checksum, ==, journal_checksum);

  waymark_test_remove_tree (tmp);
}

/* Another person's plan's log, holding only a name change. */
static void
test_other_plan_wal (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (tmp, "other.waymark", NULL);
  g_autofree char *plan_before = NULL;
  g_autofree char *plan_after = NULL;
  g_autofree char *wal_checksum = NULL;
  g_autofree char *name = NULL;
  g_autoptr(WaymarkStore) store = NULL;

  make_plan (path, "Sam Example");
  make_plan (other, "Alice Example");
  snapshot_name_change (other, "Alice OtherClient", wal);
  plan_before = waymark_test_checksum_file (path);
  wal_checksum = waymark_test_checksum_file (wal);

  store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  assert_notice (store);
  name = person_name (store);
  g_assert_cmpstr (name, ==, "Sam Example");
  waymark_store_close (store);

  plan_after = waymark_test_checksum_file (path);
  g_assert_cmpstr (plan_before, ==, plan_after);
  assert_moved_aside (tmp, wal_checksum);

  waymark_test_remove_tree (tmp);
}

/* A log where no plan is yet: the new plan starts empty. */
static void
test_wal_without_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (tmp, "other.waymark", NULL);
  g_autofree char *wal_checksum = NULL;
  g_autofree char *name = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  gboolean is_empty = FALSE;

  make_plan (other, "Alice Example");
  snapshot_name_change (other, "Alice OtherClient", wal);
  wal_checksum = waymark_test_checksum_file (wal);

  store = open_plan (path, WAYMARK_STORE_OPEN_OR_CREATE);
  assert_notice (store);
  name = person_name (store);
  g_assert_true (name == NULL || *name == '\0');
  g_assert_true (waymark_store_is_empty (store, &is_empty, NULL));
  g_assert_true (is_empty);
  waymark_store_close (store);

  assert_moved_aside (tmp, wal_checksum);
  waymark_test_remove_tree (tmp);
}

/* The plan's own log after a crash is applied, and nothing is said. */
static void
test_own_wal_applied (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *crashed = g_build_filename (tmp, "crashed.waymark", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *name = NULL;
  g_autoptr(WaymarkStore) store = NULL;

  make_plan (path, "Sam Example");
  {
    g_autoptr(WaymarkStore) open = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
    g_autoptr(WaymarkPerson) person = waymark_person_new ();

    waymark_person_set_name (person, "Sam Renamed");
    g_assert_true (waymark_store_save_person (open, person, NULL));
    /* As a crash leaves them: the file and its log, side by side. */
    copy_file (path, crashed);
    copy_file (wal, crashed_wal);
  }

  store = open_plan (crashed, WAYMARK_STORE_OPEN_EXISTING);
  g_assert_null (waymark_store_get_open_notice (store));
  name = person_name (store);
  g_assert_cmpstr (name, ==, "Sam Renamed");
  waymark_store_close (store);
  g_assert_null (find_moved (tmp, "crashed.waymark-wal.stray-"));

  waymark_test_remove_tree (tmp);
}

/* The plan's own hot rollback journal (as a plan kept in rollback mode,
 * on a network share, leaves it when cut off mid-transaction) is rolled
 * back: the half-written transaction is undone, nothing is moved. */
static void
test_own_hot_journal_applied (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *crashed = g_build_filename (tmp, "crashed.waymark", NULL);
  g_autofree char *crashed_journal = g_strconcat (crashed, "-journal", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  sqlite3 *db = NULL;

  make_plan (path, "Sam Example");
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 5;"
                                 "BEGIN IMMEDIATE;"
                                 "UPDATE plan_identity SET generation = generation + 1;"
                                 "UPDATE checkin SET note = note || ' (half written)';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* As a crash leaves them: pages of the transaction in the file, the
   * pages from before it in the journal. */
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  copy_file (path, crashed);
  copy_file (journal, crashed_journal);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  store = open_plan (crashed, WAYMARK_STORE_OPEN_EXISTING);
  g_assert_null (waymark_store_get_open_notice (store));
  g_assert_cmpint (waymark_test_count_rows (store,
                                            "SELECT count(*) FROM checkin WHERE note LIKE '%half written%'"),
                   ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 500);
  waymark_store_close (store);
  g_assert_null (find_moved (tmp, "crashed.waymark-journal.stray-"));

  waymark_test_remove_tree (tmp);
}

/* An old log of the same plan, from before later changes were written
 * into the file, would take them back: it is moved aside. */
static void
test_stale_own_wal (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *old_wal = g_build_filename (tmp, "old-wal", NULL);
  g_autofree char *name = NULL;
  g_autoptr(WaymarkStore) store = NULL;

  make_plan (path, "Sam Example");
  snapshot_name_change (path, "Sam Older", old_wal);
  {
    g_autoptr(WaymarkStore) open = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
    g_autoptr(WaymarkPerson) person = waymark_person_new ();

    waymark_person_set_name (person, "Sam Newest");
    g_assert_true (waymark_store_save_person (open, person, NULL));
  }
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (rename (old_wal, wal), ==, 0);

  store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  assert_notice (store);
  name = person_name (store);
  g_assert_cmpstr (name, ==, "Sam Newest");
  waymark_store_close (store);

  waymark_test_remove_tree (tmp);
}

/* Should a log get past that check, the open that refuses it still
 * closes without a checkpoint: the plan and the log stay byte for byte
 * as they were (the plan shrank to the other database's table before). */
static void
test_refused_open_keeps_log (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (tmp, "photos.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *plan_before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *plan_after = NULL;
  g_autofree char *wal_after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  make_plan (path, "Sam Example");
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;"
                                 "PRAGMA wal_autocheckpoint = 0;"
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);"
                                 "INSERT INTO photos (title) VALUES ('Beach'), ('Hills');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  copy_file (other_wal, wal);
  sqlite3_close (db);
  plan_before = waymark_test_checksum_file (path);
  wal_before = waymark_test_checksum_file (wal);

  /* The open without the check of what lies beside the plan. */
  g_assert_null (waymark_store_open_checked (path, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FOREIGN);

  plan_after = waymark_test_checksum_file (path);
  wal_after = waymark_test_checksum_file (wal);
  g_assert_cmpstr (plan_before, ==, plan_after);
  g_assert_cmpstr (wal_before, ==, wal_after);

  waymark_test_remove_tree (tmp);
}

static void
test_fifo_is_not_a_folder (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  const WaymarkStoreOpenMode modes[] = { WAYMARK_STORE_OPEN_EXISTING, WAYMARK_STORE_OPEN_OR_CREATE };

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Even with a log beside it, nothing blocks on the pipe, and what is
   * beside a file that is no plan is not touched. */
  g_assert_true (g_file_set_contents (wal, "not a log, and not moved", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_null (waymark_store_open (path, modes[i], &error));
      g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_NOT_A_FILE);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
      g_assert_null (strstr (error->message, "folder"));
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  g_assert_null (find_moved (tmp, "plan.waymark-wal.stray-"));

  waymark_test_remove_tree (tmp);
}

static void
touch (const char *path,
       gint64      age_s)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
  times.actime = times.modtime = time (NULL) - age_s;
  g_assert_cmpint (utime (path, &times), ==, 0);
}

static pid_t
gone_pid (void)
{
  pid_t pid = fork ();
  int status;

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return pid;
}

/* @pattern with GONE and SELF replaced by those process ids. */
static char *
temp_name (const char *pattern,
           pid_t       gone)
{
  GString *name = g_string_new (pattern);
  g_autofree char *gone_text = g_strdup_printf ("%d", (int) gone);
  g_autofree char *self_text = g_strdup_printf ("%d", (int) getpid ());

  g_string_replace (name, "GONE", gone_text, 0);
  g_string_replace (name, "SELF", self_text, 0);
  return g_string_free (name, FALSE);
}

/* Only Waymark's own temporary files that a killed run left go. */
static void
test_stale_temp_files (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *listing = NULL;
  pid_t gone = gone_pid ();
  const struct { const char *name; gint64 age; gboolean stays; } files[] = {
    { "plan.waymark.new-AbC123", 3600, FALSE },
    { "plan.waymark.new-AbC123-wal", 3600, FALSE },
    { "plan.waymark.new-GONE-XyZ789", 0, FALSE },          /* writer gone */
    { "plan.waymark.new-GONE-XyZ789-journal", 0, FALSE },
    { "plan.waymark.new-Fresh1", 0, TRUE },              /* maybe still being written */
    { "plan.waymark.new-SELF-Qwe123", 0, TRUE },           /* this process, running */
    { "other.waymark.new-GONE-AbC123", 0, TRUE },        /* another plan's: its own open */
    { "other.waymark.new-AbC123", 3600, FALSE },         /* any of ours, long left */
    { "plan.waymark.new-AB", 3600, TRUE },               /* not our pattern */
    { "plan.waymark.newer", 3600, TRUE },
    { "plan.waymark.new-AbC123.txt", 3600, TRUE },
    { "journal.csv.new-a1B2c3", 3600, FALSE },           /* the atomic writer's */
    { "journal.csv.new-a1B2c4", 0, TRUE },               /* maybe being written */
  };
  g_autoptr(WaymarkStore) store = NULL;

  make_plan (path, "Sam Example");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = temp_name (files[i].name, gone);
      g_autofree char *file = NULL;

      file = g_build_filename (tmp, name, NULL);
      touch (file, files[i].age);
    }

  store = open_plan (path, WAYMARK_STORE_OPEN_EXISTING);
  g_assert_null (waymark_store_get_open_notice (store));
  waymark_store_close (store);

  listing = waymark_test_list_dir (tmp);
  g_test_message ("left: %s", listing);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = temp_name (files[i].name, gone);
      g_autofree char *line = NULL;

      line = g_build_filename (tmp, name, NULL);
      g_assert_cmpint (g_file_test (line, G_FILE_TEST_EXISTS), ==, files[i].stays);
    }
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/store/leftovers/foreign-wal", test_foreign_wal);
  g_test_add_func ("/waymark/store/leftovers/foreign-hot-journal", test_foreign_hot_journal);
  g_test_add_func ("/waymark/store/leftovers/other-plan-wal", test_other_plan_wal);
  g_test_add_func ("/waymark/store/leftovers/wal-without-plan", test_wal_without_plan);
  g_test_add_func ("/waymark/store/leftovers/own-wal-applied", test_own_wal_applied);
  g_test_add_func ("/waymark/store/leftovers/stale-own-wal", test_stale_own_wal);
  g_test_add_func ("/waymark/store/leftovers/own-hot-journal-applied", test_own_hot_journal_applied);
  g_test_add_func ("/waymark/store/leftovers/refused-open-keeps-log", test_refused_open_keeps_log);
  g_test_add_func ("/waymark/store/leftovers/fifo", test_fifo_is_not_a_folder);
  g_test_add_func ("/waymark/store/leftovers/stale-temp-files", test_stale_temp_files);

  return g_test_run ();
}
