/* test-import-loop.c: Loop Habit Tracker's CSV export, previewed and imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/loop/ follows Loop's published export (HabitsCSVExporter,
 * HabitList.writeCSV): Habits.csv with a numerical and an archived habit
 * whose name holds a comma, Checkmarks.csv newest first with every line
 * ending in a comma (2 done, 1 not expected, 0 not done, -1 unknown, -3
 * skipped, a numerical value times 1000), a habit's own folder, and lines
 * that can't be read (31 November, the year 2999, a value that isn't one).
 * The test zips them as Loop does.
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "waymark-import.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static void
add_file (struct archive *zip,
          const char     *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "loop", name, NULL);
  g_autofree char *data = NULL;
  struct archive_entry *entry = archive_entry_new ();
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (zip, data, length), ==, (la_ssize_t) length);
  archive_entry_free (entry);
}

/* "Loop Habits CSV 2026-12-04.zip", as the app names it; @checkmarks
 * replaces Checkmarks.csv when given. */
static char *
make_export (const char *dir,
             const char *checkmarks)
{
  char *path = g_build_filename (dir, "Loop Habits CSV 2026-12-04.zip", NULL);
  struct archive *zip = archive_write_new ();

  archive_write_set_format_zip (zip);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);
  add_file (zip, "Habits.csv");
  if (checkmarks == NULL)
    add_file (zip, "Checkmarks.csv");
  else
    {
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, "Checkmarks.csv");
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, strlen (checkmarks));
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      archive_write_data (zip, checkmarks, strlen (checkmarks));
      archive_entry_free (entry);
    }
  add_file (zip, "001 Meditate/Checkmarks.csv");
  g_assert_cmpint (archive_write_close (zip), ==, ARCHIVE_OK);
  archive_write_free (zip);
  return path;
}

static void
test_preview (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_export (tmp, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "Loop Habit Tracker"));
  g_assert_nonnull (strstr (preview, "3 habits become routine items"));
  g_assert_nonnull (strstr (preview, "6 days done, from 2026-11-29 to 2026-12-03"));
  g_assert_nonnull (strstr (preview, "line 6, no date it can read (“2026-11-31”)"));
  g_assert_nonnull (strstr (preview, "line 7, a date in the future"));
  g_assert_nonnull (strstr (preview, "line 8, “Walk”: “x” is not a value Loop writes"));
  waymark_test_remove_tree (tmp);
}

/* Habits become routine items (the archived one archived), the days done
 * by hand (2) and a numerical habit's days above nothing become days
 * done; again, nothing added; Undo Import takes exactly that out. */
static void
test_import_and_undo (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = make_export (tmp, NULL);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gint64 mine;

  /* The person's own "Meditate", ticked on a day of their own. */
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store),
    "INSERT INTO routine_item (title, created_at, updated_at) VALUES ('Meditate', 'x', 'x');"
    "INSERT INTO routine_done (routine_item_id, date, created_at) VALUES (last_insert_rowid (), '2026-11-20', 'x');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  mine = waymark_test_count_rows (store, "SELECT id FROM routine_item WHERE title = 'Meditate'");

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "loop");
  /* Two new routine items, and six days done. */
  g_assert_cmpuint (result.n_added, ==, 8);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_item"), ==, 3);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_item WHERE title = 'Meditate'"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT archived FROM routine_item WHERE title = 'Journal, briefly'"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done d JOIN routine_item r "
                                                   "ON r.id = d.routine_item_id WHERE r.title = 'Meditate'"), ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done d JOIN routine_item r "
                                                   "ON r.id = d.routine_item_id WHERE r.title = 'Walk' "
                                                   "AND d.date IN ('2026-12-03', '2026-11-30')"), ==, 2);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done d JOIN routine_item r "
                                                   "ON r.id = d.routine_item_id WHERE r.title = 'Journal, briefly' "
                                                   "AND d.date = '2026-12-02'"), ==, 1);

  {
    WaymarkImportResult again;
    gint64 batch_id = result.batch_id;

    g_assert_true (waymark_import_file (store, path, "loop", &again, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (again.n_added, ==, 0);
    g_assert_cmpuint (again.n_skipped, ==, 6);

    g_assert_true (waymark_import_undo (store, batch_id, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_item"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT id FROM routine_item"), ==, mine);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done WHERE date = '2026-11-20'"), ==, 1);

  waymark_test_remove_tree (tmp);
}

/* The export unpacked: Checkmarks.csv chosen in its folder is read with
 * Habits.csv beside it, and is the same import as the zip (the zip after
 * it adds nothing). */
static void
test_folder (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *checkmarks = g_test_build_filename (G_TEST_DIST, "data", "loop", "Checkmarks.csv", NULL);
  g_autofree char *zip = make_export (tmp, NULL);
  g_autofree char *preview = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  preview = waymark_import_preview (checkmarks, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "3 habits become routine items"));

  g_assert_true (waymark_import_file (store, checkmarks, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "loop");
  g_assert_cmpuint (result.n_added, ==, 9);
  g_assert_true (waymark_import_file (store, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done"), ==, 6);
  waymark_test_remove_tree (tmp);
}

/* Checkmarks.csv that isn't Loop's: one message, the plan unchanged. */
static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = make_export (tmp, "When,Meditate\n2026-12-01,2\n");
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "line 1 of Checkmarks.csv"));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_item"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 0);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/loop/preview", test_preview);
  g_test_add_func ("/waymark/import/loop/import-and-undo", test_import_and_undo);
  g_test_add_func ("/waymark/import/loop/folder", test_folder);
  g_test_add_func ("/waymark/import/loop/damaged", test_damaged);

  return g_test_run ();
}
