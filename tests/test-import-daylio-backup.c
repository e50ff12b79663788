/* test-import-daylio-backup.c: Daylio's .daylio backup, previewed and imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/daylio/backup.json follows the published layout (version 15,
 * as in mbafford/daylio-markdown-export's README) with its quirks: months
 * from 0, the five predefined moods and the person's own (one named like
 * a predefined mood of another group, one archived), an archived activity,
 * a tag id no activity has, a note with quotes, line breaks, right-to-left
 * text, emoji, a combining mark and a formula, a note kept as HTML, two
 * entries on one day, and entries that can't be imported (2999, 1899, 29
 * February 2023, a mood not listed, no time). The tests pack it as Daylio
 * does: base64 wrapped at 76 columns, in a zip beside assets/photos/.
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-archive.h"
#include "waymark-import.h"
#include "waymark-import-daylio-backup.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"
#include "waymark-import-test-utils.h"
#include "waymark-test-utils.h"

static char *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "daylio", name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* @json as backup.daylio: base64, 76 columns a line. */
static char *
encode (const char *json,
        gsize       length)
{
  g_autofree char *base64 = g_base64_encode ((const guchar *) json, length);
  GString *text = g_string_new (NULL);

  for (gsize i = 0; base64[i] != '\0'; i += MIN (76, strlen (base64 + i)))
    {
      g_string_append_len (text, base64 + i, MIN (76, strlen (base64 + i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static void
add_member (struct archive *archive,
            const char     *name,
            const char     *data,
            gsize           length)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) length);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, data, length), ==, (la_ssize_t) length);
  archive_entry_free (entry);
}

/* A .daylio backup at @path holding @backup (backup.daylio as it is
 * stored) and a photo. */
static void
write_backup (const char *path,
              const char *backup)
{
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  add_member (archive, "assets/photos/2023/10/6ad9fd0faa3332b93920b681f9203328", "\xff\xd8\xff\xe0 not a photo", 16);
  add_member (archive, WAYMARK_DAYLIO_BACKUP_FILE, backup, strlen (backup));
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
}

static char *
write_test_backup (const char *dir)
{
  g_autofree char *json = read_data ("backup.json");
  g_autofree char *backup = encode (json, strlen (json));
  char *path = g_build_filename (dir, "backup_2026_12_06.daylio", NULL);

  write_backup (path, backup);
  return path;
}

/* The preview: the person's own mood names on Waymark's scale by their
 * group, each entry left out named by its number and why. */
static void
test_preview (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("waymark-daylio-backup-XXXXXX", NULL);
  g_autofree char *path = write_test_backup (tmp);
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "Daylio (its backup)"));
  g_assert_nonnull (strstr (preview, "6 entries on 4 days, from 1900-01-01 to 2024-02-29"));
  g_assert_nonnull (strstr (preview, "  rad → 9 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  content → 7 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  meh → 5 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  good (bad) → 3 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  awful → 1 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  wired → 9 (1 entry)"));
  g_assert_nonnull (strstr (preview, "3 activities become tags"));
  g_assert_nonnull (strstr (preview, "entry 5, a date in the future"));
  g_assert_nonnull (strstr (preview, "entry 6, a date before 1900"));
  g_assert_nonnull (strstr (preview, "entry 7, a mood the backup doesn’t list"));
  g_assert_nonnull (strstr (preview, "entry 8, no hour and minute"));
  g_assert_nonnull (strstr (preview, "entry 10, no date it can read (“2023-2-29”)"));

  /* The person's own value for their own mood name. */
  g_clear_pointer (&preview, g_free);
  preview = waymark_import_preview (path, "daylio", "content=6,good (bad)=2", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "content → 6"));
  g_assert_nonnull (strstr (preview, "good (bad) → 2"));

  waymark_test_remove_tree (tmp);
}

/* Imported: local times as written (not datetime moved), two entries a
 * day as two check-ins, moods by group, activities (archived too) as
 * tags, notes byte for byte; again, nothing; Undo, exactly that. */
static void
test_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = write_test_backup (tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autofree char *at = NULL;
  g_autofree char *note = NULL;
  g_autofree char *html = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *moods = NULL;
  g_autofree char *days = NULL;
  WaymarkImportResult result;
  guint n_removed = 0;

  g_setenv ("TZ", "UTC", TRUE);
  waymark_import_test_import (store, path, NULL, "daylio-backup", 6, &result);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 6);

  at = waymark_import_test_query_text (store, "SELECT group_concat(at, ' ') FROM (SELECT at FROM checkin ORDER BY at)");
  g_assert_cmpstr (at, ==, "1900-01-01T00:00:00Z 2019-12-07T15:21:00Z 2023-11-19T10:45:00Z 2023-11-19T21:30:00Z "
                           "2024-02-29T08:05:00Z 2024-02-29T23:59:00Z");
  days = waymark_import_test_query_text (store, "SELECT group_concat(local_date, ' ') FROM (SELECT local_date FROM checkin ORDER BY at)");
  g_assert_cmpstr (days, ==, "1900-01-01 2019-12-07 2023-11-19 2023-11-19 2024-02-29 2024-02-29");
  moods = waymark_import_test_query_text (store, "SELECT group_concat(mood, ' ') FROM (SELECT mood FROM checkin ORDER BY at)");
  g_assert_cmpstr (moods, ==, "5 1 9 7 3 9");

  note = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE at = '2023-11-19T21:30:00Z'");
  g_assert_cmpstr (note, ==, "Evening\nShe said \"hi, again\";\n\u05e9\u05dc\u05d5\u05dd "
                             "\xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xe2\x9a\x95\xef\xb8\x8f e\xcc\x81\r\n=SUM(A1)");
  html = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE local_date = '2019-12-07'");
  g_assert_cmpstr (html, ==, "Slept badly.\nTwo lines & more");
  g_clear_pointer (&note, g_free);
  note = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE at = '2024-02-29T08:05:00Z'");
  g_assert_cmpstr (note, ==, "Leap day");

  tags = waymark_import_test_query_text (store, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM checkin_tag t JOIN checkin c "
                                                "ON c.id = t.checkin_id ORDER BY c.at, tag)");
  g_assert_cmpstr (tags, ==, "programming,exercising,old hobby,programming");

  /* Again: nothing new. */
  waymark_import_test_again (store, path, "daylio", 6);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 6);

  /* One batch, of six, and Undo takes exactly those out. */
  batches = waymark_import_list_batches (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_cmpstr (((WaymarkImportBatch *) batches->pdata[0])->format, ==, "daylio-backup");
  g_assert_cmpuint (((WaymarkImportBatch *) batches->pdata[0])->n_records, ==, 6);
  g_assert_true (waymark_import_undo (store, ((WaymarkImportBatch *) batches->pdata[0])->id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 6);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag"), ==, 0);

  waymark_test_remove_tree (tmp);
}

/* The same entries in Daylio's CSV export after its backup: nothing new. */
static void
test_then_csv (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = write_test_backup (tmp);
  g_autofree char *csv = g_build_filename (tmp, "daylio_export.csv", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  g_assert_true (g_file_set_contents (csv,
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2023-11-19,November 19,Sunday,10:45,rad,programming,,Working on a converter\n"
    "2023-11-19,November 19,Sunday,21:30,Content,exercising | old hobby,Evening,"
    "\"She said \"\"hi, again\"\";\n\u05e9\u05dc\u05d5\u05dd \xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xe2\x9a\x95\xef\xb8\x8f e\xcc\x81\r\n=SUM(A1)\"\n"
    "2023-11-20,November 20,Monday,09:00,meh,,,Only in the CSV\n", -1, NULL));

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 6);
  g_assert_true (waymark_import_file (store, csv, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "daylio");
  g_assert_cmpuint (result.n_added, ==, 1);
  g_assert_cmpuint (result.n_skipped, ==, 2);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 7);

  waymark_test_remove_tree (tmp);
}

/* backup.daylio taken out of its zip imports the same. */
static void
test_unzipped (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *json = read_data ("backup.json");
  g_autofree char *backup = encode (json, strlen (json));
  g_autofree char *path = g_build_filename (tmp, "backup.daylio", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  g_assert_true (g_file_set_contents (path, backup, -1, NULL));
  waymark_import_test_import (store, path, NULL, "daylio-backup", 6, &result);

  waymark_test_remove_tree (tmp);
}

/* Each damage: one message saying where and what was expected, and the
 * plan file byte for byte as it was. */
static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *plan = g_strdup (waymark_store_get_path (store));
  g_autofree char *json = read_data ("backup.json");
  g_autofree char *good = encode (json, strlen (json));
  g_autofree char *path = g_build_filename (tmp, "damaged.daylio", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *cut_json = g_strndup (json, strlen (json) / 2);
  g_autofree char *cut = encode (cut_json, strlen (cut_json));
  g_autofree char *not_daylio = encode ("{\"entries\": []}", 15);
  g_autofree char *bad_char = g_strdup (good);
  g_autofree char *short_copy = g_strndup (good, 100);
  const struct { const char *backup; int code; const char *expected; } cases[] = {
    { bad_char, WAYMARK_IMPORT_ERROR_DAMAGED, "should be base64 (letters, digits, +, / and = at the end), but has “#” at byte 200" },
    { short_copy, WAYMARK_IMPORT_ERROR_DAMAGED, "ends part way through its base64" },
    { cut, WAYMARK_IMPORT_ERROR_DAMAGED, "backup.daylio, decoded, should be JSON, but at line " },
    { not_daylio, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT, "should hold one JSON object with a list of “dayEntries”" },
  };
  WaymarkImportResult result;

  bad_char[199] = '#';
  /* Something in the plan first, so "unchanged" means something. */
  {
    g_autofree char *ok = write_test_backup (tmp);
    g_autoptr(GError) error = NULL;

    g_assert_true (waymark_import_file (store, ok, NULL, &result, &error));
    g_assert_no_error (error);
  }
  waymark_store_close (store);
  g_clear_object (&store);
  before = waymark_import_test_sha256_of (plan);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
      g_assert_no_error (error);
      write_backup (path, cases[i].backup);
      g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
      g_assert_error (error, WAYMARK_IMPORT_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "“damaged.daylio”"));
      g_assert_nonnull (strstr (error->message, cases[i].expected));
      g_assert_cmpuint (result.n_added, ==, 0);
      waymark_store_close (store);
      g_clear_object (&store);
      after = waymark_import_test_sha256_of (plan);
      g_assert_cmpstr (before, ==, after);
      g_clear_pointer (&after, g_free);
    }

  /* JSON's own reason names the line and character. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(WaymarkDaylio) daylio = waymark_daylio_backup_parse_json ("{\n  \"dayEntries\": [1,\n  }", 24,
                                                                         "x.daylio", &error);

    g_assert_null (daylio);
    g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "at line 3, character "));
  }

  /* A zip cut short. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *ok = write_test_backup (tmp);
    g_autofree char *data = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (ok, &data, &length, NULL));
    g_assert_true (g_file_set_contents (path, data, length / 2, NULL));
    store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    waymark_store_close (store);
    g_clear_object (&store);
    after = waymark_import_test_sha256_of (plan);
    g_assert_cmpstr (before, ==, after);
  }

  waymark_test_remove_tree (tmp);
}

/* A 200 kB note with every line ending and script, byte for byte. */
static void
test_long_note (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "long.daylio", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  while (note->len < 200 * 1024)
    g_string_append (note, "Line \"one\", \u0627\u0644\u0633\u0644\u0627\u0645 e\xcc\x81 \xf0\x9f\x8c\xbf;\r\n@two <3 +three -four\n");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "customMoods");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "mood_group_id");
  json_builder_add_int_value (builder, 3);
  json_builder_set_member_name (builder, "predefined_name_id");
  json_builder_add_int_value (builder, 3);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "dayEntries");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  for (guint i = 0; i < 5; i++)
    {
      static const char * const names[] = { "year", "month", "day", "hour", "minute" };
      static const int values[] = { 2022, 5, 1, 7, 30 };

      json_builder_set_member_name (builder, names[i]);
      json_builder_add_int_value (builder, values[i]);
    }
  json_builder_set_member_name (builder, "mood");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, note->str);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  backup = encode (json, strlen (json));
  write_backup (path, backup);

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 1);
  stored = waymark_import_test_query_text (store, "SELECT note FROM checkin");
  g_assert_cmpstr (stored, ==, note->str);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin"), ==, 5);

  waymark_test_remove_tree (tmp);
}

/* A backup whose photos unpack to more than Waymark reads from any zip
 * (WAYMARK_ARCHIVE_MAX_BYTES): only backup.daylio is read, so it imports,
 * from the command line's way and the window's. */
static void
test_large_photos (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "photos.daylio", NULL);
  g_autofree char *json = read_data ("backup.json");
  g_autofree char *backup = encode (json, strlen (json));
  g_autofree char *zeros = g_malloc0 (1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaylio) daylio = NULL;
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();
  gsize photo = WAYMARK_ARCHIVE_MAX_BYTES + 8 * 1024 * 1024;
  WaymarkImportResult result;

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_set_options (archive, "zip:compression-level=1"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, "assets/photos/2023/10/large");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) photo);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  for (gsize written = 0; written < photo; written += 1024 * 1024)
    g_assert_cmpint (archive_write_data (archive, zeros, 1024 * 1024), ==, 1024 * 1024);
  archive_entry_free (entry);
  add_member (archive, WAYMARK_DAYLIO_BACKUP_FILE, backup, strlen (backup));
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  /* As the window reads it: is it Waymark's, Loop's, then Daylio's. */
  g_assert_false (waymark_import_is_waymark_file (path));
  g_assert_null (waymark_import_read_loop (path, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  daylio = waymark_import_read_daylio (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waymark_daylio_get_n_entries (daylio), ==, 6);

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 6);

  waymark_test_remove_tree (tmp);
}

/* Ten years of daily entries, some days twice, in a backup: well under
 * a second. */
static void
test_ten_years (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "ten-years.daylio", NULL);
  g_autoptr(GString) json = g_string_new ("{\"customMoods\": [");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  g_autofree char *backup = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gint64 start;
  guint n = 0;

  for (int group = 1; group <= 5; group++)
    g_string_append_printf (json, "%s{\"id\": %d, \"custom_name\": \"\", \"mood_group_id\": %d, "
                            "\"predefined_name_id\": %d, \"state\": 0}", group > 1 ? ", " : "", group, group, group);
  g_string_append (json, "], \"tags\": [{\"id\": 1, \"name\": \"work\", \"state\": 0}, "
                         "{\"id\": 2, \"name\": \"friends\", \"state\": 0}], \"dayEntries\": [");
  for (guint i = 0; i < 3650; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);

      for (guint twice = 0; twice < (i % 10 == 0 ? 2u : 1u); twice++)
        {
          g_string_append_printf (json, "%s{\"id\": %u, \"year\": %d, \"month\": %d, \"day\": %d, \"hour\": %u, "
                                  "\"minute\": %u, \"mood\": %u, \"note\": \"Day %u, \\\"quoted\\\"\", "
                                  "\"note_title\": \"\", \"tags\": [1, 2]}",
                                  n ? ", " : "", n, g_date_time_get_year (day), g_date_time_get_month (day) - 1,
                                  g_date_time_get_day_of_month (day), twice ? 8 : 21, i % 60, i % 5 + 1, i);
          n++;
        }
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }
  g_string_append (json, "]}");
  backup = encode (json->str, json->len);
  write_backup (path, backup);

  start = g_get_monotonic_time ();
  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_test_message ("%u entries imported from a .daylio backup in %.0f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (result.n_added, ==, n);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, n);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag"), ==, 2 * n);

  waymark_test_remove_tree (tmp);
}

/* What tests/fuzz/run found, as the fuzzer gave it (the first byte: even,
 * the rest is JSON; odd, base64): run under build-aux/test --sanitize,
 * a read past the end fails. sniff-unterminated: eight characters of
 * base64 decoded without the end g_base64_decode () looks for. */
static void
test_fuzz_finds (void)
{
  static const char * const names[] = { "sniff-unterminated" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "daylio", "fuzz", names[i], NULL);
      g_autofree char *data = NULL;
      g_autoptr(WaymarkDaylio) daylio = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1);
      /* Heap copies exactly as long, so a read past the end is seen. */
      {
        g_autofree char *text = g_memdup2 (data + 1, length - 1);

        waymark_daylio_backup_sniff (text, length - 1);
        if (data[0] % 2 == 0)
          daylio = waymark_daylio_backup_parse_json (text, length - 1, names[i], &error);
        else
          daylio = waymark_daylio_backup_parse (text, length - 1, names[i], &error);
      }
      if (daylio != NULL)
        g_free (waymark_daylio_describe (daylio));
    }
}

/* waymark --import=FILE.daylio, --preview, --list-imports. */
static void
test_command_line (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("waymark-daylio-backup-XXXXXX", NULL);
  g_autofree char *path = write_test_backup (tmp);
  g_autofree char *plan = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", path, NULL);
  const char *bin = g_getenv ("WAYMARK_BIN");

  if (bin == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      waymark_test_remove_tree (tmp);
      return;
    }

  for (guint run = 0; run < 4; run++)
    {
      const char *preview[] = { bin, data_arg, import_arg, "--preview", "--moods=content=6", NULL };
      const char *import[] = { bin, data_arg, import_arg, NULL };
      const char *list[] = { bin, data_arg, "--list-imports", NULL };
      const char * const *argv = run == 0 ? preview : run == 3 ? list : import;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_true (waymark_import_test_run (argv, &out, &err));
      if (run == 0)
        {
          g_assert_nonnull (strstr (out, "Daylio (its backup)"));
          g_assert_nonnull (strstr (out, "content → 6"));
          g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));
        }
      else if (run == 1)
        g_assert_nonnull (strstr (out, "Imported 6 records from"));
      else if (run == 2)
        {
          g_assert_nonnull (strstr (out, "Imported 0 records from"));
          g_assert_nonnull (strstr (out, "6 records were already in the plan"));
        }
      else
        {
          g_assert_nonnull (strstr (out, "backup_2026_12_06.daylio"));
          g_assert_nonnull (strstr (out, "6 records"));
        }
    }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/daylio-backup/preview", test_preview);
  g_test_add_func ("/waymark/import/daylio-backup/import", test_import);
  g_test_add_func ("/waymark/import/daylio-backup/unzipped", test_unzipped);
  g_test_add_func ("/waymark/import/daylio-backup/then-csv", test_then_csv);
  g_test_add_func ("/waymark/import/daylio-backup/damaged", test_damaged);
  g_test_add_func ("/waymark/import/daylio-backup/long-note", test_long_note);
  g_test_add_func ("/waymark/import/daylio-backup/large-photos", test_large_photos);
  g_test_add_func ("/waymark/import/daylio-backup/ten-years", test_ten_years);
  g_test_add_func ("/waymark/import/daylio-backup/fuzz-finds", test_fuzz_finds);
  g_test_add_func ("/waymark/import/daylio-backup/command-line", test_command_line);

  return g_test_run ();
}
