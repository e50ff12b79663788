/* test-store.c: the plan file: creating, reopening, migrating, and
 * refusing every kind of bad file without changing a byte of it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "waymark-migrations.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static void
test_create_sets_permissions_and_schema (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *dir = g_build_filename (tmp, "not", "yet", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  GStatBuf st;
  guint n_files = 0;

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_OR_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpuint (waymark_store_get_schema_version (store), ==,
                    waymark_migrations_get_latest_version ());
  g_assert_cmpuint (waymark_migrations_get_latest_version (), >=, 3);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  waymark_store_close (store);

  /* The header marks the file as Waymark's, and no temporary file of
   * the atomic creation is left beside it. */
  g_assert_cmpuint (waymark_test_header_u32 (path, 68), ==, WAYMARK_STORE_APPLICATION_ID);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  waymark_test_remove_tree (tmp);
}

static void
test_reopen_keeps_person (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  g_autoptr(WaymarkPerson) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *owner = NULL;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  owner = waymark_store_dup_owner_name (store);
  g_assert_null (owner);

  waymark_person_set_name (person, "Zoë Ñandú 山田");
  waymark_person_set_pronouns (person, "she/her");
  waymark_person_set_date_of_birth (person, "1988-02-29");
  g_assert_true (waymark_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  loaded = waymark_store_load_person (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (waymark_person_get_name (loaded), ==, "Zoë Ñandú 山田");
  g_assert_cmpstr (waymark_person_get_pronouns (loaded), ==, "she/her");
  g_assert_cmpstr (waymark_person_get_date_of_birth (loaded), ==, "1988-02-29");

  owner = waymark_store_dup_owner_name (store);
  g_assert_cmpstr (owner, ==, "Zoë Ñandú 山田");

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

static void
test_person_validation (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  g_autoptr(GError) error = NULL;
  gboolean is_empty = FALSE;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  waymark_person_set_name (person, "Ada");
  waymark_person_set_date_of_birth (person, "2023-02-29");
  g_assert_false (waymark_store_save_person (store, person, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2023-02-29"));

  g_assert_true (waymark_store_is_empty (store, &is_empty, NULL));
  g_assert_true (is_empty);

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

static void
count_changed_cb (WaymarkStore *store,
                  const char   *kind,
                  GPtrArray    *kinds)
{
  g_ptr_array_add (kinds, g_strdup (kind));
}

static void
test_changed_signal_names_the_kind (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  g_autoptr(GPtrArray) person_changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) goal_changes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  g_signal_connect (store, "changed::person", G_CALLBACK (count_changed_cb), person_changes);
  g_signal_connect (store, "changed::goal", G_CALLBACK (count_changed_cb), goal_changes);

  waymark_person_set_name (person, "Ada");
  g_assert_true (waymark_store_save_person (store, person, &error));
  g_assert_cmpuint (person_changes->len, ==, 1);
  g_assert_cmpstr (person_changes->pdata[0], ==, "person");
  g_assert_cmpuint (goal_changes->len, ==, 0);

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

/* Builds a Waymark file at schema @version by hand, the way an older
 * Waymark left it. */
static void
make_plan_at_version (const char *path,
                      guint       version)
{
  g_auto(GStrv) scripts = waymark_migrations_load_scripts (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL;",
                         WAYMARK_STORE_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (waymark_migrations_apply_scripts (db, (const char * const *) scripts, version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO person (id, name, created_at, updated_at) "
                                 "VALUES (1, 'Older Me', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_migrate_from_each_earlier_version (void)
{
  guint latest = waymark_migrations_get_latest_version ();

  for (guint version = 1; version < latest; version++)
    {
      g_autofree char *tmp = waymark_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (tmp, "old.waymark", NULL);
      g_autoptr(WaymarkStore) store = NULL;
      g_autoptr(WaymarkPerson) person = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt;

      g_test_message ("migrating from schema %u to %u", version, latest);
      make_plan_at_version (path, version);
      g_assert_cmpuint (waymark_test_header_u32 (path, 60), ==, version);

      store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (waymark_store_get_schema_version (store), ==, latest);

      /* What the older version held is still there... */
      person = waymark_store_load_person (store, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (waymark_person_get_name (person), ==, "Older Me");

      /* ...and the newest tables are usable. */
      stmt = waymark_store_prepare (store, "SELECT count(*) FROM milestone", &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      sqlite3_reset (stmt);

      g_clear_object (&store);
      waymark_test_remove_tree (tmp);
    }
}

static void
test_failed_migration_rolls_back (void)
{
  const char * const scripts[] = {
    "CREATE TABLE first (a);",
    "CREATE TABLE second (a); INSERT INTO no_such_table VALUES (1);",
    NULL
  };
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_false (waymark_migrations_apply_scripts (db, scripts, 2, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED);

  /* Version 1 was reached and kept; nothing of version 2 remains. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'second'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Each kind of bad file: how to make it, and the error it must get. */
typedef struct {
  const char *name;
  void      (*make) (const char *path);
  int         code;
} BadFile;

static void
make_text_file (const char *path)
{
  g_assert_true (g_file_set_contents (path, "Shopping: eggs, milk, bread\n", -1, NULL));
}

static void
make_empty_file (const char *path)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
make_foreign_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA journal_mode = WAL;"
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);"
                                 "INSERT INTO photos (title) VALUES ('Beach'), ('Hills');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A real plan with enough records to span many pages. */
static void
make_full_plan (const char *path)
{
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  sqlite3 *db;

  g_assert_nonnull (store);
  db = waymark_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db,
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                 "INSERT INTO checkin (at, local_date, mood, note, created_at, updated_at) "
                                 "SELECT '2026-01-01T08:00:00Z', '2026-01-01', i % 11, "
                                 "  'A note that takes up some room on the page, day ' || i, "
                                 "  '2026-01-01T08:00:00Z', '2026-01-01T08:00:00Z' FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
make_damaged_plan (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_full_plan (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);

  /* Scribble over the middle of the file, as a failing disk might. */
  memset (contents + length / 2, 0xA5, 3 * 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
make_truncated_plan (const char *path)
{
  make_full_plan (path);
  g_assert_cmpint (truncate (path, 3 * 4096), ==, 0);
}

static void
make_newer_plan (const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u",
                                          waymark_migrations_get_latest_version () + 1);
  sqlite3 *db = NULL;

  make_full_plan (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
make_read_only_plan (const char *path)
{
  make_full_plan (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
}

static void
make_plan_in_read_only_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  make_full_plan (path);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
}

static void
make_folder (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static const BadFile bad_files[] = {
  { "text-file", make_text_file, WAYMARK_STORE_ERROR_NOT_A_PLAN },
  { "empty-file", make_empty_file, WAYMARK_STORE_ERROR_NOT_A_PLAN },
  { "foreign-database", make_foreign_database, WAYMARK_STORE_ERROR_FOREIGN },
  { "damaged-plan", make_damaged_plan, WAYMARK_STORE_ERROR_DAMAGED },
  { "truncated-plan", make_truncated_plan, WAYMARK_STORE_ERROR_DAMAGED },
  { "newer-plan", make_newer_plan, WAYMARK_STORE_ERROR_TOO_NEW },
  { "read-only-plan", make_read_only_plan, WAYMARK_STORE_ERROR_READ_ONLY },
  { "read-only-folder", make_plan_in_read_only_folder, WAYMARK_STORE_ERROR_READ_ONLY },
  { "folder", make_folder, WAYMARK_STORE_ERROR_NOT_A_FILE },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *dir = g_build_filename (tmp, "client", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const WaymarkStoreOpenMode modes[] = { WAYMARK_STORE_OPEN_OR_CREATE, WAYMARK_STORE_OPEN_EXISTING };

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  bad->make (path);
  before = waymark_test_checksum_file (path);
  listing_before = waymark_test_list_dir (dir);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      store = waymark_store_open (path, modes[i], &error);
      g_assert_null (store);
      g_assert_error (error, WAYMARK_STORE_ERROR, bad->code);
      /* The message names the file, in words for a person. */
      g_assert_nonnull (strstr (error->message, "plan.waymark"));
      g_test_message ("%s: %s", bad->name, error->message);
      g_clear_error (&error);
    }

  /* Not one byte changed, and nothing was made in its place. */
  after = waymark_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  listing_after = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing_before, ==, listing_after);

  /* Sample data is refused too. */
  g_assert_false (waymark_sample_data_write_file (path, 30, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_free (after);
  after = waymark_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  g_chmod (dir, 0700);
  waymark_test_remove_tree (tmp);
}

static void
test_create_new_refuses_existing (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  make_full_plan (path);
  before = waymark_test_checksum_file (path);

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_null (store);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS);

  after = waymark_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  waymark_test_remove_tree (tmp);
}

static void
test_open_existing_does_not_create (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "missing.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  waymark_test_remove_tree (tmp);
}

static void
test_sample_data_writes_fictional_person (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "sample.waymark", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_sample_data_write_file (path, 30, NULL, &error));
  g_assert_no_error (error);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  person = waymark_store_load_person (store, &error);
  g_assert_cmpstr (waymark_person_get_name (person), ==, "Sam Sample");
  g_assert_nonnull (strstr (waymark_person_get_notes (person), "not a real person"));
  g_clear_object (&store);

  /* A file that already holds a plan is never touched. */
  before = waymark_test_checksum_file (path);
  g_assert_false (waymark_sample_data_write_file (path, 30, NULL, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS);
  after = waymark_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  waymark_test_remove_tree (tmp);
}

static void
test_sample_data_fills_empty_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "empty.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *owner = NULL;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (waymark_sample_data_write_file (path, 7, NULL, &error));
  g_assert_no_error (error);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  owner = waymark_store_dup_owner_name (store);
  g_assert_cmpstr (owner, ==, "Sam Sample");
  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/store/create", test_create_sets_permissions_and_schema);
  g_test_add_func ("/waymark/store/reopen", test_reopen_keeps_person);
  g_test_add_func ("/waymark/store/person-validation", test_person_validation);
  g_test_add_func ("/waymark/store/changed-signal", test_changed_signal_names_the_kind);
  g_test_add_func ("/waymark/store/migrate", test_migrate_from_each_earlier_version);
  g_test_add_func ("/waymark/store/migrate-failure-rolls-back", test_failed_migration_rolls_back);
  g_test_add_func ("/waymark/store/create-new-refuses-existing", test_create_new_refuses_existing);
  g_test_add_func ("/waymark/store/open-existing-does-not-create", test_open_existing_does_not_create);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/waymark/store/bad-file/%s", bad_files[i].name);
      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/waymark/sample-data/fictional-person", test_sample_data_writes_fictional_person);
  g_test_add_func ("/waymark/sample-data/fills-empty-plan", test_sample_data_fills_empty_plan);

  return g_test_run ();
}
