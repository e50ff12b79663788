/* test-import-pixels.c: Pixels' JSON export, previewed and imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/pixels/ follows the layouts Pixels has written (see
 * waymark-import-pixels.c): the recent one (dates without leading zeros,
 * several scores a day, tags by type, a note with quotes, a line break,
 * right-to-left text, emoji and a combining mark) with days that can't
 * be imported (2999, 1899, 29 February 2023, a score of 6, nothing
 * written, not a day at all), and the older one of 2019.
 */

#include "config.h"

#include <string.h>

#include "waymark-import.h"
#include "waymark-import-pixels.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"
#include "waymark-import-test-utils.h"
#include "waymark-test-utils.h"

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "pixels", name, NULL);
}

static void
test_preview (void)
{
  g_autofree char *path = data_file ("PIXELS-BACKUP-2026-12-06.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "Pixels (its JSON export)"));
  g_assert_nonnull (strstr (preview, "6 entries on 5 days, from 1900-01-01 to 2023-01-08"));
  g_assert_nonnull (strstr (preview, "  1 → 1 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  4 → 7 (1 entry)"));
  g_assert_nonnull (strstr (preview, "  5 → 9 (1 entry)"));
  g_assert_nonnull (strstr (preview, "4 tags stay tags"));
  g_assert_nonnull (strstr (preview, "entry 6, a date in the future"));
  g_assert_nonnull (strstr (preview, "entry 7, a date before 1900"));
  g_assert_nonnull (strstr (preview, "entry 8, no date it can read (“2023-2-29”)"));
  g_assert_nonnull (strstr (preview, "entry 9, a score of “6”, where Pixels’ scores are 1 to 5"));
  g_assert_nonnull (strstr (preview, "entry 10, no score, note or tag"));
  g_assert_nonnull (strstr (preview, "entry 11, not a day"));

  g_clear_pointer (&preview, g_free);
  preview = waymark_import_preview (path, "pixels", "5=10,1=0", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "  5 → 10"));
  g_assert_nonnull (strstr (preview, "  1 → 0"));
}

/* Each score a check-in on its day, at noon; the day's notes and tags on
 * its first; again, nothing; Undo, exactly that. */
static void
test_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ("PIXELS-BACKUP-2026-12-06.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autofree char *at = NULL;
  g_autofree char *moods = NULL;
  g_autofree char *note = NULL;
  g_autofree char *tags = NULL;
  WaymarkImportResult result;
  guint n_removed = 0;

  g_setenv ("TZ", "UTC", TRUE);
  waymark_import_test_import (store, path, NULL, "pixels", 6, &result);

  at = waymark_import_test_query_text (store, "SELECT group_concat(local_date || ' ' || at, ', ') FROM (SELECT * FROM checkin ORDER BY at, id)");
  g_assert_cmpstr (at, ==, "1900-01-01 1900-01-01T12:00:00Z, 2023-01-05 2023-01-05T12:00:00Z, "
                           "2023-01-06 2023-01-06T12:00:00Z, 2023-01-06 2023-01-06T12:00:00Z, "
                           "2023-01-07 2023-01-07T12:00:00Z, 2023-01-08 2023-01-08T12:00:00Z");
  moods = waymark_import_test_query_text (store, "SELECT group_concat(ifnull(mood, '-'), ' ') FROM (SELECT mood FROM checkin ORDER BY at, id)");
  g_assert_cmpstr (moods, ==, "5 7 3 9 1 -");
  note = waymark_import_test_query_text (store, "SELECT note FROM checkin WHERE local_date = '2023-01-05'");
  g_assert_cmpstr (note, ==, "Walked by the river.\nSaw \"the\" heron; \u05e9\u05dc\u05d5\u05dd "
                             "\xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xe2\x9a\x95\xef\xb8\x8f e\xcc\x81");
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin WHERE local_date = '2023-01-06' "
                                                   "AND note = 'A hard morning, a good evening'"), ==, 1);
  tags = waymark_import_test_query_text (store, "SELECT group_concat(local_date || ':' || tag, ',') FROM (SELECT local_date, tag FROM checkin_tag t "
                                                "JOIN checkin c ON c.id = t.checkin_id ORDER BY c.at, c.id, tag)");
  g_assert_cmpstr (tags, ==, "2023-01-05:calm,2023-01-05:happy,2023-01-05:walk,2023-01-06:anxious,2023-01-06:happy");

  waymark_import_test_again (store, path, "pixels", 6);

  /* A day written with leading zeros is the same day. */
  {
    g_autofree char *zeros = g_build_filename (tmp, "zeros.json", NULL);

    g_assert_true (g_file_set_contents (zeros, "[{\"date\":\"2023-1-7\",\"type\":\"Mood\",\"scores\":[1],"
                                               "\"notes\":\"\",\"isHighlighted\":false,\"tags\":[]},"
                                               "{\"date\":\"2023-1-07\",\"type\":\"Mood\",\"scores\":[2],"
                                               "\"notes\":\"\",\"isHighlighted\":false,\"tags\":[]}]", -1, NULL));
    g_assert_true (waymark_import_file (store, zeros, NULL, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result.n_added, ==, 1);
    g_assert_cmpuint (result.n_skipped, ==, 1);
    g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 7);
    g_assert_true (waymark_import_undo (store, result.batch_id, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 6);

  batches = waymark_import_list_batches (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_cmpstr (((WaymarkImportBatch *) batches->pdata[0])->format, ==, "pixels");
  g_assert_true (waymark_import_undo (store, ((WaymarkImportBatch *) batches->pdata[0])->id, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 6);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 0);

  waymark_test_remove_tree (tmp);
}

/* The 2019 layout: a day's moods in "entries", each with its own value. */
static void
test_older (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ("pixels-2019.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *tags = NULL;
  WaymarkImportResult result;

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 2);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE local_date = '2019-01-02'"), ==, 7);
  tags = waymark_import_test_query_text (store, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM checkin_tag ORDER BY tag)");
  g_assert_cmpstr (tags, ==, "joy,tired");

  waymark_test_remove_tree (tmp);
}

/* Damage: one message naming where and what was expected; the plan file
 * byte for byte as it was. */
static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *plan = g_strdup (waymark_store_get_path (store));
  g_autofree char *good = data_file ("PIXELS-BACKUP-2026-12-06.json");
  g_autofree char *path = g_build_filename (tmp, "pixels.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  gsize length;
  WaymarkImportResult result;
  struct { char *data; gssize length; const char *format; int code; const char *expected; } cases[] = {
    { NULL, 0, NULL, WAYMARK_IMPORT_ERROR_DAMAGED, "should be JSON, but at line 3, character 165: " },
    { g_strdup ("{\"date\": \"2023-1-5\", \"scores\": [3]}"), -1, "pixels", WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
      "should be a JSON list of days" },
    { g_strdup ("[{\"date\":\"2023-1-5\",\"scores\":[3],\"notes\":\"\xff\"}]"), -1, NULL, WAYMARK_IMPORT_ERROR_DAMAGED,
      "is not UTF-8 text" },
  };

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (waymark_import_file (store, good, NULL, &result, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (good, &text, &length, NULL));
  /* The second day's closing brace gone. */
  cases[0].data = g_strdup (text);
  *strstr (strstr (cases[0].data, "\"2023-1-6\""), "]}") = ' ';
  cases[0].length = length;

  waymark_store_close (store);
  g_clear_object (&store);
  before = waymark_import_test_sha256_of (plan);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].data, cases[i].length, NULL));
      store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
      g_assert_no_error (error);
      g_assert_false (waymark_import_file (store, path, cases[i].format, &result, &error));
      g_assert_error (error, WAYMARK_IMPORT_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "“pixels.json”"));
      g_assert_nonnull (strstr (error->message, cases[i].expected));
      waymark_store_close (store);
      g_clear_object (&store);
      after = waymark_import_test_sha256_of (plan);
      g_assert_cmpstr (before, ==, after);
      g_free (cases[i].data);
    }

  waymark_test_remove_tree (tmp);
}

/* A 200 kB note with every line ending and script, byte for byte. */
static void
test_long_note (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "pixels.json", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new ("[{\"date\":\"2022-6-1\",\"type\":\"Mood\",\"scores\":[3],\"notes\":\"");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  WaymarkImportResult result;

  while (note->len < 200 * 1024)
    g_string_append (note, "Line \"one\", \u0627\u0644\u0633\u0644\u0627\u0645 e\xcc\x81 \xf0\x9f\x8c\xbf;\r\n@two +three -four\\\n");
  for (const char *p = note->str; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (json, '\\');
      if (*p == '\n' || *p == '\r')
        g_string_append (json, *p == '\n' ? "\\n" : "\\r");
      else
        g_string_append_c (json, *p);
    }
  g_string_append (json, "\",\"isHighlighted\":false,\"tags\":[]}]");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 1);
  stored = waymark_import_test_query_text (store, "SELECT note FROM checkin");
  g_assert_cmpstr (stored, ==, note->str);

  waymark_test_remove_tree (tmp);
}

/* Ten years of days, some with two scores: well under a second. */
static void
test_ten_years (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "pixels.json", NULL);
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gint64 start;
  guint n = 0;

  for (guint i = 0; i < 3650; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
      g_autofree char *date = g_strdup_printf ("%d-%d-%d", g_date_time_get_year (day), g_date_time_get_month (day),
                                               g_date_time_get_day_of_month (day));

      g_string_append_printf (json, "%s{\"date\":\"%s\",\"type\":\"Mood\",\"scores\":[%u%s],"
                              "\"notes\":\"Day %u, \\\"quoted\\\"\",\"isHighlighted\":false,"
                              "\"tags\":[{\"type\":\"Emotions\",\"entries\":[\"calm\",\"tired\"]}]}",
                              i ? "," : "", date, i % 5 + 1, i % 10 == 0 ? ",3" : "", i);
      n += i % 10 == 0 ? 2 : 1;
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }
  g_string_append (json, "]");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));

  start = g_get_monotonic_time ();
  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_test_message ("%u check-ins imported from Pixels in %.0f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (result.n_added, ==, n);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, n);

  waymark_test_remove_tree (tmp);
}

/* waymark --import=FILE.json [--format=pixels] [--preview]. */
static void
test_command_line (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("waymark-pixels-XXXXXX", NULL);
  g_autofree char *path = data_file ("PIXELS-BACKUP-2026-12-06.json");
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

  for (guint run = 0; run < 3; run++)
    {
      const char *preview[] = { bin, data_arg, import_arg, "--format=pixels", "--preview", "--moods=5=10", NULL };
      const char *import[] = { bin, data_arg, import_arg, NULL };
      const char * const *argv = run == 0 ? preview : import;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_true (waymark_import_test_run (argv, &out, &err));
      if (run == 0)
        {
          g_assert_nonnull (strstr (out, "Pixels (its JSON export)"));
          g_assert_nonnull (strstr (out, "  5 → 10"));
          g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));
        }
      else if (run == 1)
        g_assert_nonnull (strstr (out, "Imported 6 records from"));
      else
        g_assert_nonnull (strstr (out, "Imported 0 records from"));
    }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/pixels/preview", test_preview);
  g_test_add_func ("/waymark/import/pixels/import", test_import);
  g_test_add_func ("/waymark/import/pixels/older", test_older);
  g_test_add_func ("/waymark/import/pixels/damaged", test_damaged);
  g_test_add_func ("/waymark/import/pixels/long-note", test_long_note);
  g_test_add_func ("/waymark/import/pixels/ten-years", test_ten_years);
  g_test_add_func ("/waymark/import/pixels/command-line", test_command_line);

  return g_test_run ();
}
