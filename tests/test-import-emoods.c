/* test-import-emoods.c: eMoods' export (entry.csv, alone or in its
 * .emoods zip), previewed and imported as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No published layout of eMoods' export was found (see the comment at
 * the top of src/core/waymark-import-emoods.c): tests/data/emoods/entry.csv
 * follows issue 16's description of it (date, depressed, elevated,
 * irritability, anxiety, sleep, psychotic symptoms, note, therapy,
 * weight, …) with its column names in mixed case and with underscores, a
 * column Waymark doesn't know, a note with quotes and a line break, one
 * with right-to-left text, emoji, a combining mark and a formula, a
 * mixed day, a date with a time; a date in 1900 (kept), one in 2999
 * (refused), a day-first date, values off their scales and a word it
 * can't read.
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "waymark-import.h"
#include "waymark-import-emoods.h"
#include "waymark-import-sources.h"
#include "waymark-journal-export.h"
#include "waymark-store-private.h"
#include "waymark-import-test-utils.h"
#include "waymark-test-utils.h"

static char *
data_file (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "emoods", "entry.csv", NULL);
}

/* A zip at @path holding @data as @name, as eMoods' .emoods export. */
static void
write_zip (const char *path,
           const char *name,
           const char *data,
           gsize       length)
{
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, data, length), ==, (la_ssize_t) length);
  archive_entry_free (entry);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
}

/* The preview names the app, the dates, what becomes what (the formula
 * for mood said in words), the columns left out with how many values,
 * and every line left out with its number and reason; it writes nothing. */
static void
test_preview (void)
{
  g_autofree char *path = data_file ();
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = waymark_import_preview (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "eMoods export\n"));
  g_assert_nonnull (strstr (preview, "4 check-ins on 3 days, from 1900-01-01 to 2026-11-29"));
  g_assert_nonnull (strstr (preview, "Depressed and elevated (0–3) → mood: 5 − depressed × 5/3 + elevated × 5/3, "
                                     "rounded; severely depressed → 0, neither → 5, severely elevated → 10"));
  g_assert_nonnull (strstr (preview, "Depressed and elevated on the same day → both also as lines of the note"));
  g_assert_nonnull (strstr (preview, "Anxiety (0–3) → anxiety: 0→0, 1→3, 2→7, 3→10"));
  g_assert_nonnull (strstr (preview, "Sleep (hours) → hours slept"));
  g_assert_nonnull (strstr (preview, "Irritability (0–3) → a line of the note"));
  g_assert_nonnull (strstr (preview, "Psychotic symptoms (yes or no) → a line of the note"));
  g_assert_nonnull (strstr (preview, "Therapy (yes or no) → a line of the note"));
  g_assert_nonnull (strstr (preview, "Note → the note, as written"));
  g_assert_nonnull (strstr (preview, "Weight → left out (2 readings)"));
  g_assert_nonnull (strstr (preview, "Medication Taken → left out (1 reading)"));
  g_assert_nonnull (strstr (preview, "0 tags"));
  g_assert_nonnull (strstr (preview, "line 7, a date in the future"));
  g_assert_nonnull (strstr (preview, "line 8, no date it can read (“29/11/2026”), expected a date written like 2024-03-02"));
  g_assert_nonnull (strstr (preview, "line 9, Depressed is “4”, outside 0–3"));
  g_assert_nonnull (strstr (preview, "line 10, SLEEP is “25”, outside 0–24 hours"));
  g_assert_nonnull (strstr (preview, "line 11, no value it can read for irritability (“moderately”)"));
  g_assert_null (strstr (preview, "line 6"));

  /* Told from the content, and only read as what it is. */
  g_clear_pointer (&preview, g_free);
  preview = waymark_import_preview (path, "bearable", NULL, &error);
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_null (preview);
  g_clear_error (&error);
  preview = waymark_import_preview (path, "daylio", NULL, &error);
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  preview = waymark_import_preview (path, "emoods", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "eMoods export\n"));
}

/* Values on Waymark's scales, the local times as written, notes byte for
 * byte with the ratings in words after them, 1900 kept; again, nothing
 * added; Undo takes exactly the batch out. */
static void
test_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = data_file ();
  g_autoptr(GError) error = NULL;
  g_autofree char *values = NULL;
  g_autofree char *notes = NULL;
  WaymarkImportResult result;
  guint n_removed = 0;

  waymark_import_test_import (store, path, NULL, "emoods", 4, &result);
  g_assert_cmpint (result.batch_id, >, 0);

  values = waymark_import_test_query_text (store, "SELECT group_concat(v, ' ') FROM (SELECT at || '=' || ifnull(mood, '-') || '/' || "
                                                  "ifnull(anxiety, '-') || '/' || ifnull(sleep_hours, '-') AS v FROM checkin ORDER BY at)");
  g_assert_cmpstr (values, ==, "1900-01-01T12:00:00Z=5/0/7.0 2026-11-28T12:00:00Z=2/7/6.5 "
                               "2026-11-28T21:40:00Z=8/3/- 2026-11-29T12:00:00Z=2/0/8.0");
  notes = waymark_import_test_query_text (store, "SELECT group_concat(note, '|') FROM (SELECT note FROM checkin ORDER BY at)");
  g_assert_cmpstr (notes, ==, "Old|"
                              "Stayed in. \"Heavy\" day;\nslept late\nIrritability: mild\nTherapy: yes|"
                              "=SUM(A1) صباح الخير 👩🏽\u200d⚕️ e\xcc\x81\nIrritability: moderate\nPsychotic symptoms: yes|"
                              "Depressed: severe\nElevated: mild");
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin_tag"), ==, 0);

  waymark_import_test_again (store, path, "emoods", 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 1);

  g_assert_true (waymark_import_undo (store, 1, &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_source"), ==, 0);

  waymark_test_remove_tree (tmp);
}

static WaymarkCheckinEntry *
only_entry (WaymarkCheckins *checkins)
{
  g_assert_cmpuint (waymark_checkins_get_n_entries (checkins), ==, 1);
  return g_ptr_array_index (waymark_checkins_get_entries (checkins), 0);
}

/* The columns found by name whatever their case, spaces, underscores and
 * hyphens; in any order; unknown ones left out and listed; the ratings
 * as words too; every rating's place on Waymark's scale. */
static void
test_header_variants (void)
{
  static const char * const headers[] = {
    "date,depressed,elevated,irritability,anxiety,sleep,psychotic symptoms,note,therapy,weight\n"
    "2024-03-02,1,0,2,3,7.5,yes,\"quiet\",1,80\n",
    "DATE,DEPRESSED,ELEVATED,IRRITABILITY,ANXIETY,SLEEP,PSYCHOTIC_SYMPTOMS,NOTE,THERAPY,WEIGHT\n"
    "2024-03-02,1,0,2,3,7:30,1,quiet,yes,80\n",
    "\xef\xbb\xbf\"Note\",\"Psychotic-Symptoms\",\"Anxiety\",\" Date \",\"Irritability\",\"Elevated\",\"Depressed\",\"Sleep\",\"Therapy\"\r\n"
    "\"quiet\",\"TRUE\",\"severe\",\"2024-03-02 09:05:33\",\"Moderate\",\"none\",\"MILD\",\"7,5\",\"Y\"\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaymarkCheckins) checkins = NULL;
      WaymarkCheckinEntry *entry;

      g_assert_true (waymark_emoods_sniff (headers[i], strlen (headers[i])));
      checkins = waymark_emoods_parse (headers[i], strlen (headers[i]), "entry.csv", &error);
      g_assert_no_error (error);
      entry = only_entry (checkins);
      g_assert_cmpstr (entry->day, ==, "2024-03-02");
      g_assert_cmpint (entry->hour, ==, i == 2 ? 9 : 12);
      g_assert_cmpint (entry->minute, ==, i == 2 ? 5 : 0);
      g_assert_cmpint (entry->mood, ==, 3);
      g_assert_cmpint (entry->anxiety, ==, 10);
      g_assert_cmpfloat (entry->sleep_hours, ==, 7.5);
      g_assert_cmpstr (entry->note->str, ==, "quiet\nIrritability: moderate\nPsychotic symptoms: yes\nTherapy: yes");
    }

  /* Every step of each scale, and a column Waymark doesn't know. */
  {
    const char *csv = "Date,Depressed,Elevated,Anxiety,Mystery Column\n"
                      "2024-01-01,3,0,0,x\n2024-01-02,2,0,1,\n2024-01-03,1,0,2,y\n2024-01-04,0,0,3,\n"
                      "2024-01-05,0,1,,\n2024-01-06,0,2,,\n2024-01-07,0,3,,\n2024-01-08,3,3,,\n"
                      "2024-01-09,,3,,\n2024-01-10,,,2,\n2024-01-11T23:59:59.250+02:00,0,0,0,\n";
    static const int moods[] = { 0, 2, 3, 5, 7, 8, 10, 5, 10, -1, 5 };
    static const int anxieties[] = { 0, 3, 7, 10, -1, -1, -1, -1, -1, 7, 0 };
    g_autoptr(GError) error = NULL;
    g_autoptr(WaymarkCheckins) checkins = waymark_emoods_parse (csv, strlen (csv), "entry.csv", &error);
    g_autofree char *preview = NULL;
    GPtrArray *entries;

    g_assert_no_error (error);
    entries = waymark_checkins_get_entries (checkins);
    g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (moods));
    for (guint i = 0; i < entries->len; i++)
      {
        WaymarkCheckinEntry *entry = entries->pdata[i];

        g_assert_cmpint (entry->mood, ==, moods[i]);
        g_assert_cmpint (entry->anxiety, ==, anxieties[i]);
      }
    g_assert_cmpstr (((WaymarkCheckinEntry *) entries->pdata[7])->note->str, ==, "Depressed: severe\nElevated: severe");
    g_assert_cmpint (((WaymarkCheckinEntry *) entries->pdata[10])->hour, ==, 23);
    g_assert_cmpint (((WaymarkCheckinEntry *) entries->pdata[10])->minute, ==, 59);
    preview = waymark_checkins_describe (checkins);
    g_assert_nonnull (strstr (preview, "Mystery Column → left out (2 readings)"));
    g_assert_null (strstr (preview, "Sleep (hours)"));
  }

  /* Anxiety alone is too common a column to tell eMoods by, but is read
   * when the format is given. */
  {
    const char *csv = "date,anxiety\n2024-03-02,2\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(WaymarkCheckins) checkins = NULL;

    g_assert_false (waymark_emoods_sniff (csv, strlen (csv)));
    checkins = waymark_emoods_parse (csv, strlen (csv), "entry.csv", &error);
    g_assert_no_error (error);
    g_assert_cmpint (only_entry (checkins)->anxiety, ==, 7);
  }
}

/* Without a date column, or without any of the scales: one message
 * naming line 1 and what it should say; the other apps' files aren't
 * taken for eMoods'. */
static void
test_missing_columns (void)
{
  static const char * const files[] = {
    "day of week,depressed,elevated\nSat,1,0\n",
    "date,weight,note,therapy,sleep\n2024-03-02,80,hello,yes,7\n",
    "",
    "\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaymarkCheckins) checkins = waymark_emoods_parse (files[i], strlen (files[i]), "/tmp/entry.csv", &error);

      g_assert_null (checkins);
      g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
      g_assert_cmpstr (error->message, ==, "“entry.csv” is not an eMoods export: line 1 should name the columns, "
                                           "a date column and at least one of Depressed, Elevated, Irritability, "
                                           "Anxiety and Psychotic symptoms");
      g_assert_false (waymark_emoods_sniff (files[i], strlen (files[i])));
    }
  {
    g_autofree char *bearable = g_test_build_filename (G_TEST_DIST, "data", "bearable", "export.csv", NULL);
    g_autofree char *imood = g_test_build_filename (G_TEST_DIST, "data", "imoodjournal", "export.csv", NULL);
    g_autofree char *data = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (bearable, &data, &length, NULL));
    g_assert_false (waymark_emoods_sniff (data, length));
    g_clear_pointer (&data, g_free);
    g_assert_true (g_file_get_contents (imood, &data, &length, NULL));
    g_assert_false (waymark_emoods_sniff (data, length));
  }
}

/* The .emoods zip, entry.csv at its top or in a folder, told from its
 * content whatever it is called; a zip without one isn't taken for it. */
static void
test_zip (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *csv_path = data_file ();
  g_autofree char *zip = g_build_filename (tmp, "backup.emoods", NULL);
  g_autofree char *folder_zip = g_build_filename (tmp, "exported.zip", NULL);
  g_autofree char *other_zip = g_build_filename (tmp, "other.emoods", NULL);
  g_autofree char *data = NULL;
  g_autofree char *preview = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gsize length;

  g_assert_true (g_file_get_contents (csv_path, &data, &length, NULL));
  write_zip (zip, "entry.csv", data, length);
  write_zip (folder_zip, "eMoods/entry.csv", data, length);
  write_zip (other_zip, "notes.csv", data, length);

  preview = waymark_import_preview (zip, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "eMoods export\n"));
  g_assert_nonnull (strstr (preview, "4 check-ins on 3 days"));
  g_assert_nonnull (strstr (preview, "line 9, Depressed is “4”, outside 0–3"));

  g_assert_true (waymark_import_file (store, zip, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.format, ==, "emoods");
  g_assert_cmpuint (result.n_added, ==, 4);
  {
    g_autofree char *file_name = waymark_import_test_query_text (store, "SELECT file_name FROM import_batch");

    g_assert_cmpstr (file_name, ==, "backup.emoods");
  }

  /* The same entries, in a folder of another zip, or as entry.csv alone: nothing new. */
  g_assert_true (waymark_import_file (store, folder_zip, "emoods", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_true (waymark_import_file (store, csv_path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 4);

  g_assert_false (waymark_import_file (store, other_zip, NULL, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_false (waymark_import_file (store, other_zip, "emoods", &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);

  {
    g_autoptr(WaymarkCheckins) checkins = waymark_import_read_checkins (folder_zip, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (waymark_checkins_get_format (checkins), ==, "emoods");
  }

  waymark_test_remove_tree (tmp);
}

/* Damaged copies (a quote never closed, a column renamed, not UTF-8, a
 * zip cut short): one message naming the line or what is wrong; the
 * plan file byte for byte as it was. */
static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *plan = g_strdup (waymark_store_get_path (store));
  g_autofree char *good = data_file ();
  g_autofree char *path = g_build_filename (tmp, "entry.csv", NULL);
  g_autofree char *zip = g_build_filename (tmp, "cut.emoods", NULL);
  g_autofree char *data = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) broken = NULL;
  WaymarkImportResult result;
  gsize length;

  g_assert_true (waymark_import_file (store, good, NULL, &result, &error));
  g_assert_no_error (error);
  before = waymark_import_test_checksum_plan (plan);

  /* A quote opened on line 5 and never closed. */
  g_assert_true (g_file_get_contents (good, &data, &length, NULL));
  broken = g_string_new_len (data, length);
  g_assert_cmpuint (g_string_replace (broken, "2026-11-29,3,1,0,0,8,0,,0,71,", "2026-11-29,3,1,0,0,8,0,\",0,71,", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, broken->str, broken->len, NULL));
  g_assert_false (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, "“entry.csv” can’t be read as CSV: the entry on line 5 opens a quote that is never closed");
  g_clear_error (&error);

  /* Its date column renamed: line 1 named, and what it should say. */
  g_string_replace (broken, "DATE,", "When,", 1);
  g_string_replace (broken, "\"", "", 0);
  g_assert_true (g_file_set_contents (path, broken->str, broken->len, NULL));
  g_assert_false (waymark_import_file (store, path, "emoods", &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "line 1 should name the columns, a date column"));
  g_clear_error (&error);

  /* Not UTF-8. */
  g_assert_true (g_file_set_contents (path, "date,depressed\n2024-01-01,1\n2024-01-02,\xff\n", -1, NULL));
  g_assert_false (waymark_import_file (store, path, "emoods", &result, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, "“entry.csv” is not UTF-8 text, as eMoods writes its export");
  g_clear_error (&error);

  /* The .emoods zip cut in half. */
  write_zip (zip, "entry.csv", data, length);
  {
    g_autofree char *zipped = NULL;
    gsize zipped_length;

    g_assert_true (g_file_get_contents (zip, &zipped, &zipped_length, NULL));
    g_assert_true (g_file_set_contents (zip, zipped, zipped_length / 2, NULL));
  }
  g_assert_false (waymark_import_file (store, zip, "emoods", &result, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (waymark_import_file (store, zip, NULL, &result, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  waymark_import_test_unchanged (store, plan, before, 4, 1);

  waymark_test_remove_tree (tmp);
}

/* A 200 kB note, quoted, with every line ending, right-to-left text,
 * emoji and a combining mark in it, byte for byte; a note that would run
 * as a formula stays text in the journal's CSV export. */
static void
test_hostile_note (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "entry.csv", NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) csv = g_string_new ("Date,Depressed,Elevated,Note\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  WaymarkImportResult result;
  sqlite3_stmt *stmt = NULL;

  while (note->len < 200 * 1024)
    g_string_append (note, "Line \"one\", \u0627\u0644\u0633\u0644\u0627\u0645 \u05e9\u05dc\u05d5\u05dd e\xcc\x81 "
                           "\xf0\x9f\x8c\xbf\xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xe2\x9a\x95\xef\xb8\x8f;\r\n@two +three -four\n");
  g_string_append (csv, "2026-11-01,1,0,\"");
  for (const char *p = note->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append (csv, "\"\n2026-11-02,0,1,\"=1+cmd|' /C calc'!A0\"\n2026-11-03,0,0,@SUM(A1)\n");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 3);
  g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store), "SELECT count(*) FROM checkin WHERE note = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, note->str, note->len, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  exported = waymark_journal_to_csv (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exported, "\"'=1+cmd|' /C calc'!A0\""));
  g_assert_nonnull (strstr (exported, "\"'@SUM(A1)\""));
  g_assert_null (strstr (exported, ",=1+cmd"));
  g_assert_null (strstr (exported, ",@SUM"));

  waymark_test_remove_tree (tmp);
}

/* Ten years of daily entries (3,650 rows): read and imported well under
 * a second. */
static void
test_ten_years (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "entry.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("date,depressed,elevated,irritability,anxiety,sleep,psychotic symptoms,"
                                         "note,therapy,weight\n");
  g_autoptr(GDateTime) day = g_date_time_new_local (2015, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  WaymarkImportResult result;

  for (int i = 0; i < 3650; i++)
    {
      g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      g_string_append_printf (csv, "%s,%d,%d,%d,%d,%d.5,0,\"Day %d, \"\"fine\"\"\",%s,70\n", date, i % 4, (i / 4) % 4,
                              i % 3, i % 4, 5 + i % 4, i, i % 7 == 0 ? "yes" : "no");
      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  timer = g_timer_new ();
  g_assert_true (waymark_import_file (store, path, NULL, &result, &error));
  g_timer_stop (timer);
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 3650);
  g_test_message ("ten years of eMoods entries (3,650 rows, %zu bytes) imported in %.3f s",
                  csv->len, g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 5.0);

  waymark_test_remove_tree (tmp);
}

/* waymark --data-file=NEW --import=FILE [--format=emoods] [--preview]. */
static void
test_command_line (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (tmp, "new.waymark", NULL);
  g_autofree char *entries = data_file ();
  g_autofree char *bearable = g_test_build_filename (G_TEST_DIST, "data", "bearable", "export.csv", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *entries_arg = g_strconcat ("--import=", entries, NULL);
  g_autofree char *bearable_arg = g_strconcat ("--import=", bearable, NULL);
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (g_getenv ("WAYMARK_BIN") == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      return;
    }

  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), "--help-all", NULL };
    g_autofree char *out = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error));
    g_assert_nonnull (strstr (out, "“emoods” (eMoods’ export, the .emoods zip or"));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, entries_arg, "--preview", NULL };
    g_autofree char *out = NULL;

    g_assert_true (waymark_import_test_run (argv, &out, NULL));
    g_assert_nonnull (strstr (out, "eMoods export"));
    g_assert_nonnull (strstr (out, "line 9, Depressed is “4”, outside 0–3"));
    g_assert_false (g_file_test (plan, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, bearable_arg, "--format=emoods", NULL };
    g_autofree char *err = NULL;

    g_assert_false (waymark_import_test_run (argv, NULL, &err));
    g_assert_nonnull (strstr (err, "is not an eMoods export: line 1 should name the columns"));
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, entries_arg, "--format=emoods", NULL };

    g_assert_true (waymark_import_test_run (argv, NULL, NULL));
  }
  {
    g_autoptr(WaymarkStore) imported = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);

    g_assert_no_error (error);
    g_assert_cmpint (waymark_test_count_rows (imported, "SELECT count(*) FROM checkin"), ==, 4);
    g_assert_cmpint (waymark_test_count_rows (imported, "SELECT count(*) FROM import_batch WHERE format = 'emoods'"), ==, 1);
  }
  {
    const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, "--list-imports", NULL };
    g_autofree char *out = NULL;

    g_assert_true (waymark_import_test_run (argv, &out, NULL));
    g_assert_nonnull (strstr (out, "\temoods\t"));
  }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/import/emoods/preview", test_preview);
  g_test_add_func ("/waymark/import/emoods/import", test_import);
  g_test_add_func ("/waymark/import/emoods/header-variants", test_header_variants);
  g_test_add_func ("/waymark/import/emoods/missing-columns", test_missing_columns);
  g_test_add_func ("/waymark/import/emoods/zip", test_zip);
  g_test_add_func ("/waymark/import/emoods/damaged", test_damaged);
  g_test_add_func ("/waymark/import/emoods/hostile-note", test_hostile_note);
  g_test_add_func ("/waymark/import/emoods/ten-years", test_ten_years);
  g_test_add_func ("/waymark/import/emoods/command-line", test_command_line);

  return g_test_run ();
}
