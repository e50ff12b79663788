/* test-import-undo.c: Undo Import takes out exactly one import; the
 * import tables as migration 0008 makes them, over plans that had them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-export-all.h"
#include "waymark-import.h"
#include "waymark-import-sources.h"
#include "waymark-migrations.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static char *
daylio_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "daylio", name, NULL);
}

static void
exec (WaymarkStore *store,
      const char   *sql)
{
  char *message = NULL;

  if (sqlite3_exec (waymark_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

#define HAND_CHECKIN \
  "INSERT INTO checkin (at, local_date, mood, note, created_at, updated_at) " \
  "VALUES ('2026-11-30T08:00:00Z', '2026-11-30', 6, 'written by hand', 'x', 'x'); " \
  "INSERT INTO checkin_tag (checkin_id, tag) VALUES (last_insert_rowid (), 'walk');"

/* Two Daylio imports and a check-in written by hand; undoing the first
 * leaves the second and the hand-written one exactly as they were. */
static void
test_undo_one_of_two (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *recent = daylio_file ("recent.csv");
  g_autofree char *oldest = daylio_file ("oldest.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  WaymarkImportResult first, second;
  int checkins_before, tags_before, oldest_checkins, oldest_tags;
  guint n_removed = 0;

  g_setenv ("TZ", "UTC", TRUE);
  exec (store, HAND_CHECKIN);
  checkins_before = waymark_test_count_rows (store, "SELECT count(*) FROM checkin");
  tags_before = waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag");

  g_assert_true (waymark_import_file (store, recent, NULL, &first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (first.n_added, ==, 5);
  g_assert_cmpint (first.batch_id, >, 0);
  g_assert_true (waymark_import_file (store, oldest, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second.n_added, >, 0);
  oldest_checkins = waymark_test_count_rows (store, "SELECT count(*) FROM checkin") - checkins_before - 5;
  oldest_tags = waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag c JOIN import_source s "
                                                "ON s.table_name = 'checkin' AND s.row_id = c.checkin_id "
                                                "WHERE s.batch_id = (SELECT max(id) FROM import_batch)");

  batches = waymark_import_list_batches (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 2);
  g_assert_cmpint (((WaymarkImportBatch *) batches->pdata[0])->id, ==, first.batch_id);
  g_assert_cmpstr (((WaymarkImportBatch *) batches->pdata[0])->format, ==, "daylio");
  g_assert_cmpstr (((WaymarkImportBatch *) batches->pdata[0])->file_name, ==, "recent.csv");
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[0])->n_records, ==, 5);

  g_assert_true (waymark_import_undo (store, first.batch_id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 5);

  /* The hand-written check-in and the other import, and nothing else. */
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==,
                   checkins_before + oldest_checkins);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag"), ==,
                   tags_before + oldest_tags);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE note = 'written by hand'"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE note LIKE 'Walked%'"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_source "
                                                   "WHERE batch_id NOT IN (SELECT id FROM import_batch)"), ==, 0);

  /* Undone is undone: a second undo of it is refused and changes nothing. */
  g_assert_false (waymark_import_undo (store, first.batch_id, &n_removed, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_NO_BATCH);
  g_clear_error (&error);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==,
                   checkins_before + oldest_checkins);

  /* And the file can be imported again, whole. */
  g_assert_true (waymark_import_file (store, recent, NULL, &first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (first.n_added, ==, 5);

  g_assert_true (waymark_import_undo (store, second.batch_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, checkins_before + 5);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE note = 'written by hand'"), ==, 1);

  waymark_test_remove_tree (tmp);
}

/* A later export of the same plan adds days done to a routine item an
 * earlier import brought: undoing the later one takes out those days and
 * keeps the item; undoing the earlier one then takes the item. */
static void
test_undo_rows_without_an_id (void)
{
  g_autofree char *tmp_source = NULL;
  g_autofree char *tmp_target = NULL;
  g_autoptr(WaymarkStore) source = waymark_test_new_plan (&tmp_source);
  g_autoptr(WaymarkStore) target = waymark_test_new_plan (&tmp_target);
  g_autofree char *first_zip = g_build_filename (tmp_source, "first.zip", NULL);
  g_autofree char *second_zip = g_build_filename (tmp_source, "second.zip", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult first, second;
  guint n_records = 0, n_removed = 0;

  exec (source, "INSERT INTO routine_item (title, created_at, updated_at) VALUES ('Walk', 'x', 'x');"
                "INSERT INTO routine_done (routine_item_id, date, created_at) VALUES (last_insert_rowid (), '2026-12-01', 'x');");
  g_assert_true (waymark_export_all_write (source, first_zip, &n_records, &error));
  g_assert_no_error (error);
  exec (source, "INSERT INTO routine_done (routine_item_id, date, created_at) "
                "SELECT id, '2026-12-02', 'x' FROM routine_item;");
  g_assert_true (waymark_export_all_write (source, second_zip, &n_records, &error));
  g_assert_no_error (error);

  /* A day the person ticked by hand, after the first import. */
  g_assert_true (waymark_import_file (target, first_zip, NULL, &first, &error));
  g_assert_no_error (error);
  exec (target, "INSERT INTO routine_done (routine_item_id, date, created_at) "
                "SELECT id, '2026-12-03', 'x' FROM routine_item WHERE title = 'Walk';");
  g_assert_true (waymark_import_file (target, second_zip, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second.n_added, ==, 1);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_done"), ==, 3);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM import_row"), ==, 2);

  g_assert_true (waymark_import_undo (target, second.batch_id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 1);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_item"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_done WHERE date = '2026-12-02'"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_done"), ==, 2);

  g_assert_true (waymark_import_undo (target, first.batch_id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_item"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM routine_done"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM import_row"), ==, 0);

  waymark_test_remove_tree (tmp_source);
  waymark_test_remove_tree (tmp_target);
}

/* An export with an About Me, into a plan without one: the About Me is
 * one of the records imported, so the count the toast and the command
 * line give, the list of imports and Undo Import all agree, and Undo
 * takes it out again. Into a plan with an About Me, it is kept and
 * counted nowhere. */
static void
test_about_me_counted_once (void)
{
  g_autofree char *tmp_source = NULL;
  g_autofree char *tmp_target = NULL;
  g_autoptr(WaymarkStore) source = waymark_test_new_plan (&tmp_source);
  g_autoptr(WaymarkStore) target = waymark_test_new_plan (&tmp_target);
  g_autofree char *zip = g_build_filename (tmp_source, "all.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  WaymarkImportResult result;
  guint n_records = 0, n_removed = 0;

  exec (source, "INSERT INTO person (id, name, diagnosis, created_at, updated_at) VALUES (1, 'Sam', 'bipolar II', 'x', 'x');"
                "INSERT INTO routine_item (title, created_at, updated_at) VALUES ('Walk', 'x', 'x');"
                "INSERT INTO routine_done (routine_item_id, date, created_at) VALUES (last_insert_rowid (), '2026-12-01', 'x');"
                HAND_CHECKIN);
  g_assert_true (waymark_export_all_write (source, zip, &n_records, &error));
  g_assert_no_error (error);

  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_false (result.person_kept);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM person WHERE name = 'Sam'"), ==, 1);
  /* About Me, the routine item and its day, the check-in and its tag. */
  g_assert_cmpuint (result.n_added, ==, 5);

  batches = waymark_import_list_batches (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[0])->n_records, ==, result.n_added);

  g_assert_true (waymark_import_undo (target, result.batch_id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, result.n_added);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM checkin"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM import_source"), ==, 0);

  /* Again, whole, as if never imported; undone by hand; again. */
  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 5);
  exec (target, "DELETE FROM person");
  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 1);
  g_clear_pointer (&batches, g_ptr_array_unref);
  batches = waymark_import_list_batches (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 2);
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[0])->n_records, ==, 4);
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[1])->n_records, ==, 1);

  /* A plan with its own About Me keeps it; nothing counts it. */
  g_assert_true (waymark_import_undo (target, result.batch_id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 1);
  exec (target, "INSERT INTO person (id, name, created_at, updated_at) VALUES (1, 'Alex Own', 'x', 'x')");
  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.person_kept);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM person WHERE name = 'Alex Own'"), ==, 1);

  waymark_test_remove_tree (tmp_source);
  waymark_test_remove_tree (tmp_target);
}

/* A plan whose first import made the import tables itself, before they
 * were migration 0008, opens, keeps its imports and can undo them. */
static void
test_plan_from_before_the_migration (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "imported.waymark", NULL);
  g_auto(GStrv) scripts = waymark_migrations_load_scripts (NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  guint n_removed = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL;", WAYMARK_STORE_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (waymark_migrations_apply_scripts (db, (const char * const *) scripts, 7, &error));
  g_assert_no_error (error);
  /* What data/import-sources.sql made on the first import, and one import. */
  g_assert_cmpint (sqlite3_exec (db,
    "CREATE TABLE IF NOT EXISTS import_batch (id INTEGER PRIMARY KEY AUTOINCREMENT, format TEXT NOT NULL, "
    "  file_name TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, "
    "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS import_source (table_name TEXT NOT NULL, source_key TEXT NOT NULL, "
    "  row_id INTEGER NOT NULL, batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE, "
    "  PRIMARY KEY (table_name, source_key)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS import_source_by_batch ON import_source (batch_id);"
    "INSERT INTO import_batch (format, file_name, imported_at, created_at, updated_at) "
    "  VALUES ('daylio', 'old.csv', '2026-12-01T10:00:00Z', 'x', 'x');"
    "INSERT INTO checkin (at, local_date, mood, note, created_at, updated_at) "
    "  VALUES ('2026-11-01T10:00:00Z', '2026-11-01', 7, 'imported', 'x', 'x');"
    "INSERT INTO import_source VALUES ('checkin', 'daylio:abc', last_insert_rowid (), 1);"
    "INSERT INTO checkin (at, local_date, mood, note, created_at, updated_at) "
    "  VALUES ('2026-11-02T10:00:00Z', '2026-11-02', 5, 'by hand', 'x', 'x');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waymark_store_get_schema_version (store), ==, waymark_migrations_get_latest_version ());
  g_assert_cmpuint (waymark_store_get_schema_version (store), >=, 8);

  batches = waymark_import_list_batches (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_cmpstr (((WaymarkImportBatch *) batches->pdata[0])->file_name, ==, "old.csv");
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[0])->n_records, ==, 1);

  g_assert_true (waymark_import_undo (store, 1, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE note = 'by hand'"), ==, 1);

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

/* A new plan has the tables from the start, empty. */
static void
test_new_plan_has_the_tables (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = waymark_import_list_batches (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM sqlite_schema "
                                                   "WHERE name IN ('import_batch', 'import_source', 'import_row')"), ==, 3);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/undo/one-of-two", test_undo_one_of_two);
  g_test_add_func ("/waymark/import/undo/rows-without-an-id", test_undo_rows_without_an_id);
  g_test_add_func ("/waymark/import/undo/about-me-counted-once", test_about_me_counted_once);
  g_test_add_func ("/waymark/import/undo/plan-from-before-the-migration", test_plan_from_before_the_migration);
  g_test_add_func ("/waymark/import/undo/new-plan-has-the-tables", test_new_plan_has_the_tables);

  return g_test_run ();
}
