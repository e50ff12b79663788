/* test-import.c: Waymark's own Export Everything imported into a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "waymark-archive.h"
#include "waymark-export-all.h"
#include "waymark-import.h"
#include "waymark-plan-schema.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

/* Each table's id -> its rank among the table's ids. */
/* Rows in an import table; none when the plan has never imported (the
 * tables are made by the first import). */
static int
count_import_rows (WaymarkStore *store,
                   const char   *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  if (waymark_test_count_rows (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'import_batch'") == 0)
    return 0;
  return waymark_test_count_rows (store, sql);
}

static GHashTable *
ranks (sqlite3    *db,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" ORDER BY id", table);
  GHashTable *rank = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      n++;
      g_hash_table_insert (rank, g_memdup2 (&id, sizeof id), g_memdup2 (&n, sizeof n));
    }
  sqlite3_finalize (stmt);
  return rank;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every record of the plan as text, ids aside: a record's own id and
 * the ids it points at become ranks (the import keeps the order of
 * ids, not their numbers). One line per record, tables in order. */
static char *
dump_plan (WaymarkStore *store)
{
  sqlite3 *db = waymark_store_get_db (store);
  g_autoptr(GPtrArray) tables = waymark_plan_schema_load (db, NULL);
  g_autoptr(GString) dump = g_string_new (NULL);

  g_assert_nonnull (tables);
  for (guint t = 0; t < tables->len; t++)
    {
      WaymarkSchemaTable *table = g_ptr_array_index (tables, t);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table->name);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *line = g_string_new (table->name);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              WaymarkSchemaColumn *column = waymark_schema_table_find (table, sqlite3_column_name (stmt, c));
              const char *of = column->is_id ? table->name : column->references;

              g_string_append_printf (line, " %s=", column->name);
              if (of != NULL && sqlite3_column_type (stmt, c) == SQLITE_INTEGER)
                {
                  g_autoptr(GHashTable) rank = ranks (db, of);
                  gint64 id = sqlite3_column_int64 (stmt, c);
                  gint64 *r = g_hash_table_lookup (rank, &id);

                  /* A plain reference to a record long deleted (the
                   * safety banner's questionnaire) is imported as none. */
                  if (r != NULL)
                    g_string_append_printf (line, "#%" G_GINT64_FORMAT, *r);
                  else
                    g_string_append (line, "NULL");
                }
              else if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
                g_string_append (line, "NULL");
              else
                g_string_append_printf (line, "%d:%s", sqlite3_column_type (stmt, c),
                                        (const char *) sqlite3_column_text (stmt, c));
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (lines, compare_lines);
      for (guint i = 0; i < lines->len; i++)
        g_string_append_printf (dump, "%s\n", (char *) lines->pdata[i]);
    }
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* The first line where two dumps differ, rather than both whole. */
static void
assert_same_plan (const char *got,
                  const char *expected)
{
  g_auto(GStrv) a = g_strsplit (got, "\n", -1);
  g_auto(GStrv) b = g_strsplit (expected, "\n", -1);

  if (g_getenv ("WAYMARK_TEST_DUMP") != NULL)
    {
      g_file_set_contents ("/tmp/dump-got", got, -1, NULL);
      g_file_set_contents ("/tmp/dump-expected", expected, -1, NULL);
    }

  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    if (a[i] == NULL || b[i] == NULL || strcmp (a[i], b[i]) != 0)
      g_error ("the plans differ at line %u:\n  got      %s\n  expected %s", i + 1,
               a[i] ? a[i] : "(end)", b[i] ? b[i] : "(end)");
}

static void
exec (WaymarkStore *store,
      const char   *sql)
{
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A sample plan with gaps in its ids (deleted records) and a record of
 * every kind, the safety banner's too, exported. */
static WaymarkStore *
exported_plan (const char *tmp,
               const char *zip)
{
  g_autofree char *path = g_build_filename (tmp, "source.waymark", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;
  GDate today;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  g_date_set_dmy (&today, 6, 12, 2026);
  g_assert_true (waymark_sample_data_fill (store, 90, &today, &error));
  g_assert_no_error (error);

  exec (store, "DELETE FROM goal WHERE id = (SELECT min(id) FROM goal)");
  exec (store, "DELETE FROM contact WHERE id = (SELECT min(id) FROM contact)");
  exec (store, "DELETE FROM checkin WHERE id IN (SELECT id FROM checkin ORDER BY id LIMIT 3)");
  exec (store, "INSERT INTO safety_banner (questionnaire_id, shown_at, created_at, updated_at) "
               "SELECT max(id), '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z' FROM questionnaire");
  exec (store, "INSERT INTO safety_banner (questionnaire_id, shown_at, dismissed_at, created_at, updated_at) "
               "VALUES (999999, '2026-11-01T10:00:00Z', '2026-11-01T11:00:00Z', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')");

  g_assert_true (waymark_export_all_write (store, zip, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static WaymarkStore *
new_plan (const char *tmp,
          const char *name)
{
  g_autofree char *path = g_build_filename (tmp, name, NULL);
  g_autoptr(GError) error = NULL;
  WaymarkStore *store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);

  g_assert_no_error (error);
  return store;
}

static guint changes;

static void
changed_cb (WaymarkStore *store,
            const char   *kind)
{
  changes++;
}

/* Export, import into a new plan: every table's records equal, ids
 * aside; and importing the same file again adds nothing. */
static void
test_round_trip (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autoptr(WaymarkStore) source = exported_plan (tmp, zip);
  g_autoptr(WaymarkStore) target = new_plan (tmp, "target.waymark");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  WaymarkImportResult result;
  int total = 0;

  g_signal_connect (target, "changed", G_CALLBACK (changed_cb), NULL);
  changes = 0;

  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "waymark");
  g_assert_false (result.person_kept);
  g_assert_cmpint (result.batch_id, >, 0);
  g_assert_cmpuint (changes, >, 0);

  before = dump_plan (source);
  after = dump_plan (target);
  assert_same_plan (after, before);
  g_assert_nonnull (strstr (after, "safety_banner"));

  /* The ids did change (the source had gaps), so the test proves the
   * references were translated. */
  g_assert_cmpint (waymark_test_count_rows (source, "SELECT min(id) FROM goal"), >, 1);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT min(id) FROM goal"), ==, 1);

  total = waymark_test_count_rows (target, "SELECT count(*) FROM checkin");
  g_assert_cmpint (total, >, 60);

  /* Again: nothing added, nothing changed, no new batch. */
  g_assert_true (waymark_import_file (target, zip, "waymark", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpuint (result.n_skipped, >, 0);
  g_assert_cmpint (result.batch_id, ==, 0);
  again = dump_plan (target);
  assert_same_plan (again, before);
  g_assert_cmpint (count_import_rows (target, "import_batch"), ==, 1);

  waymark_test_remove_tree (tmp);
}

/* The preview's count: every record the export holds, as its manifest
 * says; nothing for a file that isn't an export. */
static void
test_count_records (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autofree char *csv = g_build_filename (tmp, "other.csv", NULL);
  g_autofree char *missing = g_build_filename (tmp, "missing.zip", NULL);
  g_autoptr(WaymarkStore) source = exported_plan (tmp, zip);
  g_autoptr(GError) error = NULL;
  guint n_records = 0;

  g_assert_true (waymark_export_all_write (source, zip, &n_records, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_records, >, 100);
  g_assert_cmpuint (waymark_import_count_waymark_records (zip), ==, n_records);

  g_assert_true (g_file_set_contents (csv, "date,mood\n2026-12-01,7\n", -1, NULL));
  g_assert_cmpuint (waymark_import_count_waymark_records (csv), ==, 0);
  g_assert_cmpuint (waymark_import_count_waymark_records (missing), ==, 0);

  waymark_test_remove_tree (tmp);
}

/* Into a plan with records of its own: they stay, the person's About Me
 * is theirs, the export's records are added; a record deleted after the
 * import stays deleted when the same export is imported again; a plan's
 * own export imported into itself adds nothing. */
static void
test_into_a_plan_in_use (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autofree char *own_zip = g_build_filename (tmp, "own.zip", NULL);
  g_autoptr(WaymarkStore) source = exported_plan (tmp, zip);
  g_autoptr(WaymarkStore) target = new_plan (tmp, "target.waymark");
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  int goals, progress;

  exec (target, "INSERT INTO person (id, name, created_at, updated_at) VALUES (1, 'Alex Own', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
  exec (target, "INSERT INTO goal (title, dimension, created_at, updated_at) VALUES ('My own goal', 'home', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");

  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.person_kept);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM person WHERE name = 'Alex Own'"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM goal"), ==,
                   waymark_test_count_rows (source, "SELECT count(*) FROM goal") + 1);

  /* The person deletes an imported goal; importing again leaves it gone,
   * and its progress notes with it. */
  exec (target, "DELETE FROM goal WHERE id = (SELECT max(id) FROM goal)");
  goals = waymark_test_count_rows (target, "SELECT count(*) FROM goal");
  progress = waymark_test_count_rows (target, "SELECT count(*) FROM goal_progress");
  g_assert_true (waymark_import_file (target, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM goal"), ==, goals);
  g_assert_cmpint (waymark_test_count_rows (target, "SELECT count(*) FROM goal_progress"), ==, progress);

  /* A plan's own export, into itself. */
  g_assert_true (waymark_export_all_write (target, own_zip, NULL, &error));
  g_assert_true (waymark_import_file (target, own_zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);

  waymark_test_remove_tree (tmp);
}

/* Replaces @name in the zip at @zip with @contents (or leaves it out). */
static void
rewrite_zip (const char *zip,
             const char *name,
             const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = waymark_archive_read_files (zip, WAYMARK_ARCHIVE_MAX_BYTES, &error);
  struct archive *archive = archive_write_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  if (contents != NULL)
    g_hash_table_replace (files, g_strdup (name), g_bytes_new (contents, strlen (contents)));
  else
    g_hash_table_remove (files, name);

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, zip), ==, ARCHIVE_OK);
  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, key);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0600);
      archive_entry_set_size (entry, g_bytes_get_size (value));
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, g_bytes_get_data (value, NULL), g_bytes_get_size (value)), ==,
                       (la_ssize_t) g_bytes_get_size (value));
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
}

/* A damaged export: one clear message naming the file and what is
 * wrong, and the plan exactly as it was. */
static void
test_damaged_changes_nothing (void)
{
  static const struct
  {
    const char *file;
    const char *contents;
    const char *says;
  } damage[] = {
    { "checkin.json", "[{\"id\": 1, \"at\": ", "checkin.json" },
    { "goal_progress.json", "[{\"id\": 1, \"goal_id\": 424242, \"date\": \"2026-01-01\", \"progress\": 10, \"note\": \"\", "
                            "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}]", "goal.json" },
    { "milestone.json", "[{\"id\": 1, \"date\": \"2026-01-01\", \"kind\": \"setback\", \"title\": \"\", "
                        "\"created_at\": \"2026-01-01T00:00:00Z\", \"updated_at\": \"2026-01-01T00:00:00Z\"}]", "milestone.json" },
    { "tracker.json", "{\"not\": \"a list\"}", "tracker.json" },
    /* Found by tests/fuzz/fuzz-waymark.c: an empty file crashed the reader. */
    { "checkin.json", "", "checkin.json" },
    { "manifest.json", NULL, NULL },
  };
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autofree char *good = NULL;
  g_autoptr(WaymarkStore) source = exported_plan (tmp, zip);
  g_autoptr(WaymarkStore) target = new_plan (tmp, "target.waymark");
  g_autofree char *before = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (zip, &good, &length, NULL));
  exec (target, "INSERT INTO goal (title, dimension, created_at, updated_at) VALUES ('Mine', 'home', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
  before = dump_plan (target);

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      WaymarkImportResult result;

      g_assert_true (g_file_set_contents (zip, good, length, NULL));
      rewrite_zip (zip, damage[i].file, damage[i].contents);

      g_assert_false (waymark_import_file (target, zip, NULL, &result, &error));
      g_assert_nonnull (error);
      g_test_message ("%s: %s", damage[i].file, error->message);
      g_assert_nonnull (strstr (error->message, "all.zip"));
      if (damage[i].says != NULL)
        g_assert_nonnull (strstr (error->message, damage[i].says));
      g_assert_cmpuint (result.n_added, ==, 0);

      after = dump_plan (target);
      assert_same_plan (after, before);
      g_assert_cmpint (count_import_rows (target, "import_batch"), ==, 0);
      g_assert_cmpint (count_import_rows (target, "import_source"), ==, 0);
    }

  /* Not a zip at all, and an unknown format asked for. */
  {
    g_autoptr(GError) error = NULL;
    WaymarkImportResult result;

    g_assert_true (g_file_set_contents (zip, "Date,Mood\n", -1, NULL));
    g_assert_false (waymark_import_file (target, zip, NULL, &result, &error));
    g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
    g_clear_error (&error);
    g_assert_false (waymark_import_file (target, zip, "emoods", &result, &error));
    g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  }

  waymark_test_remove_tree (tmp);
}

/* waymark --data-file=NEW --import=FILE.zip: the plan made and filled;
 * a damaged file leaves no new plan behind. */
static void
test_command_line (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autoptr(WaymarkStore) source = exported_plan (tmp, zip);
  g_autofree char *plan = g_build_filename (tmp, "new.waymark", NULL);
  g_autofree char *bad_plan = g_build_filename (tmp, "bad.waymark", NULL);
  g_autofree char *bad = g_build_filename (tmp, "bad.zip", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *bad_data_arg = g_strconcat ("--data-file=", bad_plan, NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", zip, NULL);
  g_autofree char *bad_arg = g_strconcat ("--import=", bad, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  if (g_getenv ("WAYMARK_BIN") == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      return;
    }

  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, import_arg, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "all.zip"));
  }
  {
    g_autoptr(WaymarkStore) imported = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
    g_assert_cmpint (waymark_test_count_rows (imported, "SELECT count(*) FROM checkin"), ==,
                     waymark_test_count_rows (source, "SELECT count(*) FROM checkin"));
  }

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_set_contents (bad, "PK\x03\x04 not really", -1, NULL));
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), bad_data_arg, bad_arg, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (err, "waymark: "));
    g_assert_false (g_file_test (bad_plan, G_FILE_TEST_EXISTS));
  }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/waymark/round-trip", test_round_trip);
  g_test_add_func ("/waymark/import/waymark/count-records", test_count_records);
  g_test_add_func ("/waymark/import/waymark/into-a-plan-in-use", test_into_a_plan_in_use);
  g_test_add_func ("/waymark/import/waymark/damaged-changes-nothing", test_damaged_changes_nothing);
  g_test_add_func ("/waymark/import/waymark/command-line", test_command_line);

  return g_test_run ();
}
