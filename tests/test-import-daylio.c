/* test-import-daylio.c: Daylio's CSV export, previewed and imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files in tests/data/daylio/ follow Daylio's published export, with
 * its quirks: three header generations (recent with note_title, the
 * oldest with year and "September 22"), none at all, a narrow no-break
 * space before "PM", notes with quotes, line breaks, right-to-left text,
 * emoji and a formula, a mood renamed by the person, several entries a
 * day, and lines that can't be read (30 February, 25:00, the year 2999).
 */

#include "config.h"

#include <string.h>

#include "waymark-import.h"
#include "waymark-import-daylio.h"
#include "waymark-store-private.h"
#include "waymark-import-test-utils.h"
#include "waymark-test-utils.h"

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

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "daylio", name, NULL);
}

/* The preview says what will happen, naming each line left out, and
 * writes nothing. */
static void
test_preview (void)
{
  g_autofree char *path = data_file ("recent.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "Daylio"));
  g_assert_nonnull (strstr (preview, "5 entries on 4 days, from 2026-11-30 to 2026-12-04"));
  g_assert_nonnull (strstr (preview, "rad → 9"));
  g_assert_nonnull (strstr (preview, "sleepy → left unrecorded"));
  g_assert_nonnull (strstr (preview, "3 activities become tags"));
  g_assert_nonnull (strstr (preview, "line 7, no date it can read (“2026-02-30”)"));
  g_assert_nonnull (strstr (preview, "line 8, no time it can read (“25:00”)"));
  g_assert_nonnull (strstr (preview, "line 9, a date in the future"));

  g_clear_pointer (&preview, g_free);
  preview = waymark_import_preview (path, "daylio", "sleepy=4", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "sleepy → 4"));
}

/* Imported: several entries a day kept as several check-ins at the
 * local times written, moods on Waymark's scale, activities as tags,
 * notes byte for byte; again, nothing added. */
static void
test_import_recent (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ("recent.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *rtl = NULL;
  g_autofree char *at = NULL;
  WaymarkImportResult result;

  g_setenv ("TZ", "UTC", TRUE);
  g_assert_true (waymark_import_file_full (store, path, NULL, "sleepy=4", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "daylio");
  g_assert_cmpuint (result.n_added, ==, 5);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE local_date = '2026-11-30'"), ==, 2);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE note LIKE 'Walked%'"), ==, 7);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE note = 'Custom mood'"), ==, 4);
  at = waymark_import_test_query_text (store, "SELECT at FROM checkin WHERE note LIKE 'Walked%'");
  g_assert_cmpstr (at, ==, "2026-11-30T21:05:00Z");
  note = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE note LIKE 'Morning%'");
  g_assert_cmpstr (note, ==, "Morning\nSlept badly.\nTwo lines.");
  rtl = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE local_date = '2026-12-01'");
  g_assert_cmpstr (rtl, ==, "שלום 👩🏽‍⚕️ =SUM(A1)");
  tags = waymark_import_test_query_text (store, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM checkin_tag ORDER BY checkin_id, tag)");
  g_assert_cmpstr (tags, ==, "friends,walk,friends,walk,work");

  waymark_import_test_again (store, path, NULL, 5);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 5);

  waymark_test_remove_tree (tmp);
}

/* The oldest exports (year, "September 22", "9:30 pm", CRLF) and files
 * without a header. */
static void
test_older_generations (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *oldest = data_file ("oldest.csv");
  g_autofree char *bare = data_file ("no-header.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  g_autofree char *title = NULL;
  WaymarkImportResult result;

  g_setenv ("TZ", "UTC", TRUE);
  g_assert_true (waymark_import_file (store, oldest, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 3);
  days = waymark_import_test_query_text (store, "SELECT group_concat(at, ' ') FROM (SELECT at FROM checkin ORDER BY at)");
  g_assert_cmpstr (days, ==, "2019-09-22T08:00:00Z 2019-09-22T21:30:00Z 2019-09-23T00:15:00Z");

  g_assert_true (waymark_import_file (store, bare, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 2);
  title = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE local_date = '2020-09-23'");
  g_assert_cmpstr (title, ==, "Title only");

  waymark_test_remove_tree (tmp);
}

/* A damaged file (a quote never closed) or one that isn't Daylio's: a
 * message naming the line and what was expected, the plan unchanged. */
static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "daylio.csv", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  g_assert_true (g_file_set_contents (path,
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2026-11-30,November 30,Monday,21:00,good,,,\"fine\n"
    "2026-12-01,December 1,Tuesday,21:00,good,,,no end\n", -1, NULL));
  g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  /* Where the quote was opened, not where the file ran out. */
  g_assert_nonnull (strstr (error->message, "line 2 opens a quote"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "when,how\n2026-11-30,ok\n", -1, NULL));
  g_assert_false (waymark_import_file (store, path, "daylio", &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "line 1"));

  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 0);
  g_assert_cmpint (count_import_rows (store, "import_batch"), ==, 0);

  waymark_test_remove_tree (tmp);
}

/* A 200 kB note, quoted, with every line ending and script in it. */
static void
test_long_note (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "daylio.csv", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) csv = g_string_new ("full_date,date,weekday,time,mood,activities,note_title,note\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  WaymarkImportResult result;

  while (note->len < 200 * 1024)
    g_string_append (note, "Line \"one\", \u0627\u0644\u0633\u0644\u0627\u0645 e\xcc\x81 \xf0\x9f\x8c\xbf;\r\n@two +three -four\n");
  g_string_append (csv, "2026-11-01,x,x,10:00,good,,,\"");
  for (const char *p = note->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append (csv, "\"\n");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 1);
  stored = waymark_import_test_query_text (store, "SELECT note FROM checkin");
  g_assert_cmpstr (stored, ==, note->str);

  waymark_test_remove_tree (tmp);
}

/* Ten years of daily entries, some days twice: well under a second. */
static void
test_ten_years (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "daylio.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("full_date,date,weekday,time,mood,activities,note_title,note\n");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  static const char * const moods[] = { "awful", "bad", "meh", "good", "rad" };
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gint64 start;
  guint n = 0;

  for (guint i = 0; i < 3650; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
      g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

      g_string_append_printf (csv, "%s,x,x,9:%02u PM,%s,work | friends,,\"Day %u, \"\"quoted\"\"\"\n",
                              iso, i % 60, moods[i % 5], i);
      n++;
      if (i % 10 == 0)
        {
          g_string_append_printf (csv, "%s,x,x,8:00 AM,meh,,,\n", iso);
          n++;
        }
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  start = g_get_monotonic_time ();
  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_test_message ("%u entries imported in %.0f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (result.n_added, ==, n);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, n);

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/daylio/preview", test_preview);
  g_test_add_func ("/waymark/import/daylio/recent", test_import_recent);
  g_test_add_func ("/waymark/import/daylio/older-generations", test_older_generations);
  g_test_add_func ("/waymark/import/daylio/damaged", test_damaged);
  g_test_add_func ("/waymark/import/daylio/long-note", test_long_note);
  g_test_add_func ("/waymark/import/daylio/ten-years", test_ten_years);

  return g_test_run ();
}
