/* test-export-all.c: everything in the plan as a zip of JSON files
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-archive.h"
#include "waymark-atomic-file.h"
#include "waymark-checkin.h"
#include "waymark-export-all.h"
#include "waymark-plan-schema.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static WaymarkStore *
sample_plan (char **tmpdir)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  WaymarkStore *store = waymark_test_new_plan (tmpdir);

  g_date_set_dmy (&today, 6, 12, 2026);
  g_assert_true (waymark_sample_data_fill (store, 60, &today, &error));
  g_assert_no_error (error);
  return store;
}

/* No temporary file of the atomic writer is left beside the plan. */
static void
assert_no_temp_file (const char *dir)
{
  g_autofree char *listing = waymark_test_list_dir (dir);
  g_auto(GStrv) names = g_strsplit (listing, "\n", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (waymark_atomic_file_is_temp_name (names[i]))
      g_error ("%s was left in %s", names[i], dir);
}

static JsonNode *
parse (GHashTable *files,
       const char *name)
{
  GBytes *bytes = g_hash_table_lookup (files, name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (json_parser_load_from_data (parser, data, length, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Every record of every kind, read back from the zip: one file per
 * table, as many objects as rows, the manifest's counts, the journal's
 * CSV and FORMAT.md describing every file and field. */
static void
test_sample_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = sample_plan (&tmp);
  g_autofree char *zip = g_build_filename (tmp, "everything.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(JsonNode) manifest = NULL;
  g_autofree char *doc = NULL;
  JsonObject *object;
  JsonArray *listed;
  GStatBuf info;
  guint n_records = 0, counted = 0;

  g_assert_true (waymark_export_all_write (store, zip, &n_records, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (zip, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  files = waymark_archive_read_files (zip, WAYMARK_ARCHIVE_MAX_BYTES, &error);
  g_assert_no_error (error);

  manifest = parse (files, "manifest.json");
  object = json_node_get_object (manifest);
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "waymark-export");
  g_assert_cmpint (json_object_get_int_member (object, "format_version"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "schema_version"), ==, waymark_store_get_schema_version (store));
  g_assert_cmpuint (strlen (json_object_get_string_member (object, "plan_id")), ==, 32);

  doc = g_strndup (g_bytes_get_data (g_hash_table_lookup (files, "FORMAT.md"), NULL),
                   g_bytes_get_size (g_hash_table_lookup (files, "FORMAT.md")));

  tables = waymark_plan_schema_load (waymark_store_get_db (store), &error);
  g_assert_no_error (error);
  listed = json_object_get_array_member (object, "tables");
  g_assert_cmpuint (json_array_get_length (listed), ==, tables->len);

  for (guint i = 0; i < tables->len; i++)
    {
      WaymarkSchemaTable *table = g_ptr_array_index (tables, i);
      g_autofree char *name = g_strconcat (table->name, ".json", NULL);
      g_autofree char *heading = g_strdup_printf ("#### `%s`", name);
      g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s", table->name);
      g_autoptr(JsonNode) rows = parse (files, name);
      JsonArray *array = json_node_get_array (rows);
      int n_rows = waymark_test_count_rows (store, count_sql);
      const char *section;
      const char *next;

      g_assert_cmpint (json_array_get_length (array), ==, n_rows);
      counted += n_rows;

      /* The sample plan has records of every kind but the safety banner's. */
      if (!g_str_equal (table->name, "safety_banner"))
        g_assert_cmpint (n_rows, >, 0);

      /* Each table's own section of FORMAT.md names each of its fields. */
      section = strstr (doc, heading);
      if (section == NULL)
        g_error ("FORMAT.md does not describe %s", name);
      next = strstr (section + 1, "\n#### ");
      for (guint c = 0; c < table->columns->len; c++)
        {
          WaymarkSchemaColumn *column = g_ptr_array_index (table->columns, c);
          g_autofree char *field = g_strdup_printf ("`%s`", column->name);
          g_autofree char *part = g_strndup (section, next ? (gsize) (next - section) : strlen (section));

          if (g_str_equal (column->name, "id") || g_str_equal (column->name, "position") ||
              g_str_equal (column->name, "created_at") || g_str_equal (column->name, "updated_at"))
            continue;
          if (strstr (part, field) == NULL)
            g_error ("FORMAT.md does not describe %s in %s", column->name, name);
        }

      /* Members are the columns, values as stored, oldest id first. */
      if (n_rows > 0)
        {
          JsonObject *first = json_array_get_object_element (array, 0);

          g_assert_cmpuint (json_object_get_size (first), ==, table->columns->len);
          if (table->has_id && n_rows > 1)
            g_assert_cmpint (json_object_get_int_member (first, "id"), <,
                             json_object_get_int_member (json_array_get_object_element (array, n_rows - 1), "id"));
        }
    }
  g_assert_cmpuint (counted, ==, n_records);

  /* The journal's CSV, as the Journal page exports it: a header and a
   * row per check-in (the sample's notes have no line breaks). */
  {
    GBytes *csv = g_hash_table_lookup (files, "journal.csv");
    g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines) - 2, ==, waymark_test_count_rows (store, "SELECT count(*) FROM checkin"));
  }

  assert_no_temp_file (tmp);

  waymark_test_remove_tree (tmp);
}

/* Text as the person wrote it: quotes, line breaks, right-to-left, emoji
 * and combining marks come back byte for byte; a value never recorded
 * is null, not 0. */
static void
test_text_kept (void)
{
  static const char note[] = "\"Quoted\", then a line break\nשלום 👩🏽‍⚕️ e\xcc\x81 =SUM(A1)";
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autofree char *zip = g_build_filename (tmp, "everything.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(JsonNode) rows = NULL;
  JsonObject *row;

  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 ("2026-03-02T20:00:00Z", NULL);

  waymark_checkin_set_time (checkin, time);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 7);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (waymark_export_all_write (store, zip, NULL, &error));
  g_assert_no_error (error);
  files = waymark_archive_read_files (zip, WAYMARK_ARCHIVE_MAX_BYTES, &error);
  g_assert_no_error (error);

  rows = parse (files, "checkin.json");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (rows)), ==, 1);
  row = json_array_get_object_element (json_node_get_array (rows), 0);
  g_assert_cmpstr (json_object_get_string_member (row, "note"), ==, note);
  g_assert_cmpint (json_object_get_int_member (row, "mood"), ==, 7);
  g_assert_true (json_object_get_null_member (row, "anxiety"));

  waymark_test_remove_tree (tmp);
}

/* A full disk part-way through the zip: refused as a full disk, the
 * earlier export left whole, nothing half-written beside it. */
static void
test_full_disk (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = sample_plan (&tmp);
  g_autofree char *zip = g_build_filename (tmp, "everything.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (zip, "the old export", -1, NULL));

  waymark_atomic_file_inject_fault (WAYMARK_ATOMIC_FAULT_WRITE, 4096, ENOSPC);
  g_assert_false (waymark_export_all_write (store, zip, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  waymark_atomic_file_inject_fault (WAYMARK_ATOMIC_FAULT_NONE, 0, 0);

  g_assert_true (g_file_get_contents (zip, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old export");
  assert_no_temp_file (tmp);

  waymark_test_remove_tree (tmp);
}

/* A damaged zip is refused with a message, not half read. */
static void
test_damaged_archive (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = sample_plan (&tmp);
  g_autofree char *zip = g_build_filename (tmp, "everything.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) files = NULL;
  gsize length;

  g_assert_true (waymark_export_all_write (store, zip, NULL, &error));
  g_assert_true (g_file_get_contents (zip, &contents, &length, NULL));
  /* Cut in the middle of the compressed data. */
  g_assert_true (g_file_set_contents (zip, contents, length / 2, NULL));

  files = waymark_archive_read_files (zip, WAYMARK_ARCHIVE_MAX_BYTES, &error);
  g_assert_null (files);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  waymark_test_remove_tree (tmp);
}

/* Runs the built waymark with @args; returns whether it exited 0. */
static gboolean
run_waymark (const char * const  *args,
             char               **out,
             char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_ptr_array_add (argv, (char *) g_getenv ("WAYMARK_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

/* waymark --data-file=PLAN --export-all=FILE.zip, with no display; a
 * plan that isn't there is one clear line on stderr and a failure. */
static void
test_command_line (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *export_arg = g_strconcat ("--export-all=", zip, NULL);
  g_autofree char *missing_arg = g_strconcat ("--data-file=", tmp, "/none.waymark", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("WAYMARK_BIN") == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      return;
    }

  g_assert_true (waymark_sample_data_write_file (plan, 30, NULL, &error));
  g_assert_true (run_waymark ((const char *[]) { data_arg, export_arg, NULL }, &out, &err));
  g_assert_nonnull (strstr (out, "all.zip"));
  files = waymark_archive_read_files (zip, WAYMARK_ARCHIVE_MAX_BYTES, &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (files, "goal.json"));
  g_assert_true (g_hash_table_contains (files, "FORMAT.md"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_false (run_waymark ((const char *[]) { missing_arg, export_arg, NULL }, &out, &err));
  g_assert_true (g_str_has_prefix (err, "waymark: "));
  g_assert_nonnull (strstr (err, "none.waymark"));

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/export-all/sample-plan", test_sample_plan);
  g_test_add_func ("/waymark/export-all/text-kept", test_text_kept);
  g_test_add_func ("/waymark/export-all/full-disk", test_full_disk);
  g_test_add_func ("/waymark/export-all/damaged-archive", test_damaged_archive);
  g_test_add_func ("/waymark/export-all/command-line", test_command_line);

  return g_test_run ();
}
