/* test-import-checkins.c: Bearable's and iMoodJournal's CSV exports,
 * previewed and imported as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/bearable/export.csv and tests/data/imoodjournal/export.csv
 * follow the published exports (see the readers' comments for which),
 * with their quirks: one row per reading in Bearable, readings of the
 * same time and day belonging together, readings for the whole day,
 * "22nd Sep 2020" dates; a column per hashtag in iMoodJournal, CRLF line
 * ends; notes with quotes, line breaks, right-to-left text, emoji and a
 * combining mark, formulas; a date in 1900 (kept), one in 2999
 * (refused), 30 February, 25:00, a value off the scale.
 */

#include "config.h"

#include <string.h>

#include "waymark-import.h"
#include "waymark-import-bearable.h"
#include "waymark-import-imoodjournal.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"
#include "waymark-import-test-utils.h"
#include "waymark-test-utils.h"

static char *
data_file (const char *format)
{
  return g_test_build_filename (G_TEST_DIST, "data", format, "export.csv", NULL);
}

/* The preview names the app, the dates, what becomes what and every line
 * left out with its reason; it writes nothing. */
static void
test_bearable_preview (void)
{
  g_autofree char *path = data_file ("bearable");
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "Bearable CSV export\n"));
  g_assert_nonnull (strstr (preview, "4 check-ins on 3 days, from 1900-01-01 to 2026-11-29"));
  g_assert_nonnull (strstr (preview, "Energy (1–5) → energy: 1→1, 2→3, 3→5, 4→7, 5→9"));
  g_assert_nonnull (strstr (preview, "The symptom Anxiety (0–4) → anxiety"));
  g_assert_nonnull (strstr (preview, "Meds/Supplements → left out (1 reading)"));
  g_assert_nonnull (strstr (preview, "10 tags"));
  g_assert_nonnull (strstr (preview, "line 17, a date in the future"));
  g_assert_nonnull (strstr (preview, "line 18, no date it can read (“31st Feb 2021”)"));
  g_assert_nonnull (strstr (preview, "line 19, no time it can read (“25:00”)"));
  g_assert_nonnull (strstr (preview, "line 20, no value it can read (“eleven”)"));

  /* Told from the content, not the name, and only as what it is. */
  g_clear_pointer (&preview, g_free);
  preview = waymark_import_preview (path, "imoodjournal", NULL, &error);
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "line 1 should name the columns Date, Hour"));
  g_assert_null (preview);
  g_clear_error (&error);
  preview = waymark_import_preview (path, "daylio", NULL, &error);
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
}

/* Readings of the same day and time become one check-in; the day's
 * sleep, factors and symptoms go with its first; values on Waymark's
 * scales, notes byte for byte; again, nothing added; Undo takes exactly
 * the batch out. */
static void
test_bearable_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ("bearable");
  g_autoptr(GError) error = NULL;
  g_autofree char *morning = NULL;
  g_autofree char *evening = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *ats = NULL;
  WaymarkImportResult result;
  guint n_removed = 0;

  waymark_import_test_import (store, path, NULL, "bearable", 4, &result);
  g_assert_cmpint (result.batch_id, >, 0);

  ats = waymark_import_test_query_text (store, "SELECT group_concat(at, ' ') FROM (SELECT at FROM checkin ORDER BY at)");
  g_assert_cmpstr (ats, ==, "1900-01-01T12:00:00Z 2026-11-28T08:15:00Z 2026-11-28T21:40:00Z 2026-11-29T12:00:00Z");
  morning = waymark_import_test_query_text (store, "SELECT printf('%d %d %d %.1f %d|%s', mood, anxiety, energy, sleep_hours, sleep_quality, note) "
                                                   "FROM checkin WHERE at = '2026-11-28T08:15:00Z'");
  g_assert_cmpstr (morning, ==, "6 5 3 7.5 7|Symptoms: Headache (Mild)");
  evening = waymark_import_test_query_text (store, "SELECT printf('%d %s|%s', mood, ifnull(energy, '-'), note) FROM checkin "
                                                   "WHERE at = '2026-11-28T21:40:00Z'");
  g_assert_cmpstr (evening, ==, "8 -|Walk by the river. \"Better\" now;\ntwo lines\n"
                                "=SUM(A1) صباح الخير 👩🏽‍⚕️ e\xcc\x81");
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE local_date = '2026-11-29' "
                                                   "AND sleep_hours = 6 AND mood IS NULL"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE local_date = '1900-01-01'"), ==, 5);
  tags = waymark_import_test_query_text (store, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM checkin_tag t JOIN checkin c "
                                                "ON c.id = t.checkin_id ORDER BY c.at, tag)");
  g_assert_cmpstr (tags, ==, "Meh,Little social contact,Okay,Shower,Tired,Walk,Good,Grateful,Home,Reading");

  waymark_import_test_again (store, path, "bearable", 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 1);

  g_assert_true (waymark_import_undo (store, 1, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag"), ==, 0);

  waymark_test_remove_tree (tmp);
}

static void
test_imoodjournal_preview (void)
{
  g_autofree char *path = data_file ("imoodjournal");
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "iMoodJournal CSV export\n"));
  g_assert_nonnull (strstr (preview, "4 check-ins on 3 days, from 1900-01-01 to 2026-11-29"));
  g_assert_nonnull (strstr (preview, "Level (1–10) → mood: 1→0, 2→1"));
  g_assert_nonnull (strstr (preview, "Hashtags → tags"));
  g_assert_nonnull (strstr (preview, "4 tags"));
  g_assert_nonnull (strstr (preview, "line 7, a date in the future"));
  g_assert_nonnull (strstr (preview, "line 8, no date it can read (“February 30, 2020”)"));
  g_assert_nonnull (strstr (preview, "line 9, no time it can read (“24:00”)"));
  g_assert_nonnull (strstr (preview, "line 10, no value it can read (“11”)"));
}

/* Levels on Waymark's scale, hashtags from their columns as tags, the
 * comment byte for byte (its line break as the file has it); again,
 * nothing added. */
static void
test_imoodjournal_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ("imoodjournal");
  g_autoptr(GError) error = NULL;
  g_autofree char *moods = NULL;
  g_autofree char *first = NULL;
  g_autofree char *rtl = NULL;
  g_autofree char *tags = NULL;
  WaymarkImportResult result;

  waymark_import_test_import (store, path, NULL, "imoodjournal", 4, &result);
  moods = waymark_import_test_query_text (store, "SELECT group_concat(at || '=' || mood, ' ') FROM (SELECT at, mood FROM checkin ORDER BY at)");
  g_assert_cmpstr (moods, ==, "1900-01-01T12:00:00Z=0 2026-11-28T09:25:00Z=8 2026-11-28T21:00:00Z=2 2026-11-29T15:00:00Z=10");
  first = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE at = '2026-11-28T09:25:00Z'");
  g_assert_cmpstr (first, ==, "#home with my #family, it's \"cold\" !\r\n#calm ");
  rtl = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE at = '2026-11-28T21:00:00Z'");
  g_assert_cmpstr (rtl, ==, "Long day at #work; שלום 🌧️ =cmd|' /C calc'!A0");
  tags = waymark_import_test_query_text (store, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM checkin_tag t JOIN checkin c "
                                                "ON c.id = t.checkin_id ORDER BY c.at, tag)");
  g_assert_cmpstr (tags, ==, "calm,family,home,work");

  waymark_import_test_again (store, path, NULL, 4);

  waymark_test_remove_tree (tmp);
}

/* Without hashtag columns, the hashtags come from the comment. */
static void
test_imoodjournal_hashtags (void)
{
  g_autoptr(GError) error = NULL;
  const char *csv = "Date,Hour,Minute,Level,LevelText,Comment\n"
                    "\"March 2, 2024\",8,5,6,(6) Okay,\"#tired but #hopeful, #sleep:8hours\"\n";
  g_autoptr(WaymarkCheckins) checkins = waymark_imoodjournal_parse (csv, strlen (csv), "x.csv", &error);
  WaymarkCheckinEntry *entry;

  g_assert_no_error (error);
  g_assert_cmpuint (waymark_checkins_get_n_entries (checkins), ==, 1);
  entry = g_ptr_array_index (waymark_checkins_get_entries (checkins), 0);
  g_assert_cmpint (entry->mood, ==, 6);
  g_assert_cmpint (entry->hour, ==, 8);
  g_assert_cmpint (entry->minute, ==, 5);
  g_assert_cmpuint (entry->tags->len, ==, 3);
  g_assert_cmpstr (entry->tags->pdata[0], ==, "tired");
  g_assert_cmpstr (entry->tags->pdata[1], ==, "hopeful");
  g_assert_cmpstr (entry->tags->pdata[2], ==, "sleep:8hours");
}

/* Every reader's ratings on Waymark's 0-10, in equal steps with halves
 * rounded up: iMoodJournal's levels through its reader, as its preview
 * promises them, and the scales of Bearable's and eMoods' anxiety. */
static void
test_scale (void)
{
  static const int levels[] = { 0, 1, 2, 3, 4, 6, 7, 8, 9, 10 };
  static const int bearable_anxiety[] = { 0, 3, 5, 8, 10 };
  static const int emoods_anxiety[] = { 0, 3, 7, 10 };
  g_autoptr(GString) csv = g_string_new ("Date,Hour,Minute,Level,LevelText,Comment\n");
  g_autoptr(WaymarkCheckins) checkins = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries;

  for (int level = 1; level <= 10; level++)
    g_string_append_printf (csv, "\"March 2, 2024\",8,%d,%d,(%d),\n", level, level, level);
  checkins = waymark_imoodjournal_parse (csv->str, csv->len, "x.csv", &error);
  g_assert_no_error (error);
  entries = waymark_checkins_get_entries (checkins);
  g_assert_cmpuint (entries->len, ==, 10);
  for (guint i = 0; i < entries->len; i++)
    {
      WaymarkCheckinEntry *entry = entries->pdata[i];

      g_assert_cmpint (entry->minute, ==, i + 1);
      g_assert_cmpint (entry->mood, ==, levels[i]);
      g_assert_cmpint (waymark_checkins_scale (i + 1, 1, 10), ==, levels[i]);
    }
  for (int n = 0; n <= 4; n++)
    g_assert_cmpint (waymark_checkins_scale (n, 0, 4), ==, bearable_anxiety[n]);
  for (int n = 0; n <= 3; n++)
    g_assert_cmpint (waymark_checkins_scale (n, 0, 3), ==, emoods_anxiety[n]);
}

/* A damaged copy (a quote never closed, a column missing): one message
 * naming the line and what was expected; the plan file byte for byte as
 * it was. */
static void
check_damaged (const char *format,
               const char *header)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *plan = g_strdup (waymark_store_get_path (store));
  g_autofree char *path = g_build_filename (tmp, "export.csv", NULL);
  g_autofree char *good = data_file (format);
  g_autofree char *data = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) broken = NULL;
  WaymarkImportResult result;
  gsize length;

  g_assert_true (waymark_import_file (store, good, NULL, &result, &error));
  g_assert_no_error (error);
  before = waymark_import_test_checksum_plan (plan);

  /* The good file with a quote opened on its line 3 and never closed. */
  g_assert_true (g_file_get_contents (good, &data, &length, NULL));
  broken = g_string_new_len (data, length);
  g_string_replace (broken, "\"28th Nov 2026\",\"Saturday\",\"08:15\",\"Energy\"",
                    "\"28th Nov 2026,\"Saturday\",\"08:15\",\"Energy\"", 1);
  g_string_replace (broken, "\"November 28, 2026\",\"Sat\",\"21\"", "\"November 28, 2026\",\"Sat\",\"21", 1);
  g_string_truncate (broken, broken->len - 4);
  g_assert_true (g_file_set_contents (path, broken->str, broken->len, NULL));
  g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“export.csv” can’t be read as CSV"));
  g_assert_nonnull (strstr (error->message, "line"));
  g_clear_error (&error);

  /* A column named wrongly: line 1 named, and what it should say. */
  g_assert_true (g_file_set_contents (path, header, -1, NULL));
  g_assert_false (waymark_import_file (store, path, format, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "line 1 should name the columns"));

  waymark_import_test_unchanged (store, plan, before, 4, 1);

  waymark_test_remove_tree (tmp);
}

static void
test_damaged (void)
{
  check_damaged ("bearable", "date,weekday,time of day,category,rating/amount,details,notes\n"
                             "\"28th Nov 2026\",\"Saturday\",\"08:15\",\"Mood\",\"6\",\"Okay\",\"\"\n");
  check_damaged ("imoodjournal", "\"Date\",\"Day of week\",\"Hour\",\"Minutes\",\"Level\",\"LevelText\",\"Comment\"\n"
                                 "\"November 28, 2026\",\"Sat\",\"09\",\"25\",\"8\",\"(8) Good\",\"\"\n");
}

/* A 200 kB note, quoted, with every line ending and script in it,
 * byte for byte in either format. */
static void
test_long_note (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *bearable = g_build_filename (tmp, "bearable.csv", NULL);
  g_autofree char *imood = g_build_filename (tmp, "imood.csv", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) quoted = g_string_new ("\"");
  g_autoptr(GString) csv = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  while (note->len < 200 * 1024)
    g_string_append (note, "Line \"one\", \u0627\u0644\u0633\u0644\u0627\u0645 e\xcc\x81 \xf0\x9f\x8c\xbf;\r\n@two +three -four\n");
  for (const char *p = note->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  csv = g_string_new ("date,weekday,time of day,category,rating/amount,detail,notes\n"
                      "\"1st Nov 2026\",\"Sunday\",\"10:00\",\"Mood\",\"7\",\"\",");
  g_string_append_printf (csv, "%s\n", quoted->str);
  g_assert_true (g_file_set_contents (bearable, csv->str, csv->len, NULL));
  g_string_assign (csv, "Date,Hour,Minute,Level,LevelText,Comment\n\"November 2, 2026\",10,0,7,(7) Pretty Good,");
  g_string_append_printf (csv, "%s\n", quoted->str);
  g_assert_true (g_file_set_contents (imood, csv->str, csv->len, NULL));

  g_assert_true (waymark_import_file (store, bearable, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_import_file (store, imood, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM checkin WHERE note = %s", "?");
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, note->str, note->len, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
    sqlite3_finalize (stmt);
  }

  waymark_test_remove_tree (tmp);
}

/* Ten years of Bearable readings (a mood, energy, sleep, factors and a
 * symptom a day: 18,000 rows): read and imported well under a second. */
static void
test_ten_years (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "bearable.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("date,weekday,time of day,category,rating/amount,detail,notes\n");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  static const char * const suffix[] = { "th", "st", "nd", "rd" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  WaymarkImportResult result;

  for (int i = 0; i < 3650; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
      int d = g_date_time_get_day_of_month (day);
      g_autofree char *month = g_date_time_format (day, "%b %Y");
      g_autofree char *date = g_strdup_printf ("%d%s %s", d, suffix[(d % 10 < 4 && (d < 11 || d > 13)) ? d % 10 : 0],
                                               month);

      g_string_append_printf (csv, "\"%s\",\"\",\"21:%02d\",\"Mood\",\"%d\",\"Okay\",\"Day %d\"\n", date, i % 60, i % 10 + 1, i);
      g_string_append_printf (csv, "\"%s\",\"\",\"21:%02d\",\"Energy\",\"%d\",\"OK\",\"\"\n", date, i % 60, i % 5 + 1);
      g_string_append_printf (csv, "\"%s\",\"\",\"\",\"Sleep\",\"7:30\",\"\",\". \"\n", date);
      g_string_append_printf (csv, "\"%s\",\"\",\"all day\",\"Factors\",\"\",\"Walk | Work\",\"\"\n", date);
      g_string_append_printf (csv, "\"%s\",\"\",\"am\",\"Symptom\",\"%d\",\"Anxiety (Mild)\",\"\"\n", date, i % 5);
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  timer = g_timer_new ();
  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_timer_stop (timer);
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 3650);
  g_test_message ("ten years of Bearable readings (18,250 rows, %zu bytes) imported in %.3f s",
                  csv->len, g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 5.0);

  waymark_test_remove_tree (tmp);
}

/* waymark --data-file=NEW --import=FILE [--format=…] [--preview]. */
static void
test_command_line (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (tmp, "new.waymark", NULL);
  g_autofree char *bearable = data_file ("bearable");
  g_autofree char *imood = data_file ("imoodjournal");
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *bearable_arg = g_strconcat ("--import=", bearable, NULL);
  g_autofree char *imood_arg = g_strconcat ("--import=", imood, NULL);
  g_autoptr(GError) error = NULL;

  if (g_getenv ("WAYMARK_BIN") == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      return;
    }

  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, bearable_arg, "--preview", NULL };
    g_autofree char *out = NULL;

    g_assert_true (waymark_import_test_run (argv, &out, NULL));
    g_assert_nonnull (strstr (out, "Bearable CSV export"));
    g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, bearable_arg, "--format=bearable", NULL };

    g_assert_true (waymark_import_test_run (argv, NULL, NULL));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, imood_arg, "--format=bearable", NULL };
    g_autofree char *err = NULL;

    g_assert_false (waymark_import_test_run (argv, NULL, &err));
    g_assert_nonnull (strstr (err, "line 1 should name the columns date, time of day"));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, imood_arg, NULL };

    g_assert_true (waymark_import_test_run (argv, NULL, NULL));
  }
  {
    g_autoptr(WaymarkStore) imported = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
    g_assert_cmpint (waymark_test_count_rows (imported, "SELECT count(*) FROM checkin"), ==, 8);
    g_assert_cmpint (waymark_test_count_rows (imported, "SELECT count(*) FROM import_batch WHERE format IN ('bearable', 'imoodjournal')"), ==, 2);
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, "--list-imports", NULL };
    g_autofree char *out = NULL;

    g_assert_true (waymark_import_test_run (argv, &out, NULL));
    g_assert_nonnull (strstr (out, "\tbearable\t"));
    g_assert_nonnull (strstr (out, "\timoodjournal\t"));
  }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/bearable/preview", test_bearable_preview);
  g_test_add_func ("/waymark/import/bearable/import", test_bearable_import);
  g_test_add_func ("/waymark/import/imoodjournal/preview", test_imoodjournal_preview);
  g_test_add_func ("/waymark/import/imoodjournal/import", test_imoodjournal_import);
  g_test_add_func ("/waymark/import/imoodjournal/hashtags", test_imoodjournal_hashtags);
  g_test_add_func ("/waymark/import/checkins/scale", test_scale);
  g_test_add_func ("/waymark/import/checkins/damaged", test_damaged);
  g_test_add_func ("/waymark/import/checkins/long-note", test_long_note);
  g_test_add_func ("/waymark/import/checkins/ten-years", test_ten_years);
  g_test_add_func ("/waymark/import/checkins/command-line", test_command_line);

  return g_test_run ();
}
