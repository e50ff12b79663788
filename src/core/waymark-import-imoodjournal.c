/* waymark-import-imoodjournal.c: iMoodJournal's CSV export, read as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "waymark-csv-reader.h"
#include "waymark-import-imoodjournal.h"

/* iMoodJournal's CSV export, followed as a real one shows it:
 * ssmolenski/SeasonalAffective's iMoodJournal.csv (the Android app's
 * export, 2015 on) and its mood_codebook.txt:
 *
 *   "Date","Day of week","Hour","Minute","Level","LevelText","Comment","accepted",…,"yoga"
 *   "September 6, 2015","Sun","09","25","8","(8) Good","#home with my #family!
 *   #content #awake ",0,0,1,…
 *
 * One row per mood record: the date as "September 6, 2015", the hour
 * and minute, the level 1 (worst) to 10 (best) with its label (the
 * person may rename them), the comment as typed, line breaks and all,
 * hashtags inside it; then a column for every hashtag ever used, 1 where
 * the comment has it. Columns are found by their names.
 *
 * Each record becomes a check-in at its time; the level on Waymark's
 * 0-10 as round ((level − 1) × 10 ⁄ 9), so the worst is 0 and the best
 * 10; the hashtags tags (from their columns, or from the comment when a
 * file has none); the comment the note, as written. */

enum { COL_DATE, COL_HOUR, COL_MINUTE, COL_LEVEL, COL_LEVEL_TEXT, COL_COMMENT, N_COLS };

static const char * const column_names[N_COLS] = {
  "date", "hour", "minute", "level", "leveltext", "comment",
};

/* "September 6, 2015", "Sep 6, 2015"; or 2015-09-06. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  static const char * const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec" };
  char month_name[32];
  guint day, year;
  int month = 0, y, m, d;
  char extra;

  g_date_clear (date, 1);
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3)
    {
      if (!g_date_valid_dmy (d, m, y))
        return FALSE;
      g_date_set_dmy (date, d, m, y);
      return TRUE;
    }
  if (sscanf (text, " %31[A-Za-z.] %2u, %4u%c", month_name, &day, &year, &extra) != 3)
    return FALSE;
  for (int i = 0; i < 12; i++)
    if (strlen (month_name) >= 3 && g_ascii_strncasecmp (month_name, months[i], 3) == 0)
      month = i + 1;
  if (month == 0 || year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_int (const char *text,
           guint       max,
           int        *value)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  guint64 v;

  if (!g_ascii_string_to_unsigned (clean, 10, 0, max, &v, NULL))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

/* The hashtags of a comment, where its file has no hashtag columns:
 * "#word", up to a space or punctuation. */
static void
add_hashtags (WaymarkCheckinEntry *entry,
              const char          *comment)
{
  for (const char *p = strchr (comment, '#'); p != NULL; p = strchr (p, '#'))
    {
      const char *start = ++p;

      while (*p != '\0')
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalnum (c) && c != '_' && c != '-' && c != '\'' && c != ':')
            break;
          p = g_utf8_next_char (p);
        }
      if (p > start)
        {
          g_autofree char *tag = g_strndup (start, p - start);

          waymark_checkin_entry_add_tag (entry, tag);
        }
    }
}

/**
 * waymark_imoodjournal_sniff:
 *
 * Returns: whether @data looks like iMoodJournal's CSV export: its first
 *   line names the columns level, leveltext and comment
 */
gboolean
waymark_imoodjournal_sniff (const char *data,
                            gsize       length)
{
  g_auto(GStrv) header = waymark_csv_read_header (data, length);

  return header != NULL && waymark_csv_find_column (header, "level") >= 0 &&
         waymark_csv_find_column (header, "leveltext") >= 0 && waymark_csv_find_column (header, "comment") >= 0;
}

/**
 * waymark_imoodjournal_parse:
 * @data: the file's bytes
 * @file_name: its name, for messages
 *
 * Reads every record it can and notes, with its line, every one it
 * can't.
 *
 * Returns: (transfer full) (nullable): the check-ins the file holds;
 *   %NULL with @error set if it isn't an iMoodJournal export at all
 */
WaymarkCheckins *
waymark_imoodjournal_parse (const char  *data,
                            gsize        length,
                            const char  *file_name,
                            GError     **error)
{
  g_autoptr(WaymarkCheckins) checkins = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) tag_columns = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *name = g_filename_display_basename (file_name);
  int columns[N_COLS];
  GStrv header;

  checkins = waymark_checkins_new ("imoodjournal", _("iMoodJournal CSV export"), file_name);

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   _("“%s” is not UTF-8 text, as Bearable and iMoodJournal write their exports"), name);
      return NULL;
    }
  rows = waymark_csv_read_rows (data, length, file_name, error);
  if (rows == NULL)
    return NULL;

  header = rows->len > 0 ? ((WaymarkCsvRow *) rows->pdata[0])->fields : NULL;
  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (header[i], -1);
      gboolean known = FALSE;

      g_strstrip (lower);
      for (int c = 0; c < N_COLS; c++)
        if (g_str_equal (lower, column_names[c]))
          {
            if (columns[c] < 0)
              columns[c] = (int) i;
            known = TRUE;
          }
      /* The columns after the comment are its hashtags, one each. */
      if (!known && columns[COL_COMMENT] >= 0 && (int) i > columns[COL_COMMENT] && *lower != '\0')
        g_array_append_val (tag_columns, i);
    }
  if (columns[COL_DATE] < 0 || columns[COL_HOUR] < 0 || columns[COL_MINUTE] < 0 || columns[COL_LEVEL] < 0 ||
      columns[COL_COMMENT] < 0)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name; the column names stay in English, as iMoodJournal writes them. */
                   _("“%s” is not an iMoodJournal export: line 1 should name the columns Date, Hour, Minute, "
                     "Level and Comment"), name);
      return NULL;
    }

  for (guint i = 1; i < rows->len; i++)
    {
      WaymarkCsvRow *row = rows->pdata[i];
      const char *comment = waymark_csv_row_field (row, columns[COL_COMMENT]);
      WaymarkCheckinEntry *entry;
      GDate date;
      int hour, minute, level;

      if (waymark_csv_row_is_empty (row))
        continue;
      if (!parse_date (waymark_csv_row_field (row, columns[COL_DATE]), &date))
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     g_strdup_printf (_("no date it can read (“%s”)"),
                                                      waymark_csv_row_field (row, columns[COL_DATE])));
          continue;
        }
      if (!waymark_checkins_check_day (checkins, row->line, &date))
        continue;
      if (!parse_int (waymark_csv_row_field (row, columns[COL_HOUR]), 23, &hour) ||
          !parse_int (waymark_csv_row_field (row, columns[COL_MINUTE]), 59, &minute))
        {
          g_autofree char *time = g_strdup_printf ("%s:%s", waymark_csv_row_field (row, columns[COL_HOUR]),
                                                   waymark_csv_row_field (row, columns[COL_MINUTE]));

          waymark_checkins_add_skip (checkins, row->line, g_strdup_printf (_("no time it can read (“%s”)"), time));
          continue;
        }
      if (!parse_int (waymark_csv_row_field (row, columns[COL_LEVEL]), 10, &level) || level < 1)
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     g_strdup_printf (_("no value it can read (“%s”)"),
                                                      waymark_csv_row_field (row, columns[COL_LEVEL])));
          continue;
        }

      entry = waymark_checkins_add (checkins, row->line, &date, hour, minute);
      entry->mood = waymark_checkins_scale (level, 1, 10);
      waymark_checkin_entry_add_note (entry, comment);
      for (guint t = 0; t < tag_columns->len; t++)
        {
          int column = g_array_index (tag_columns, int, t);
          const char *value = waymark_csv_row_field (row, column);

          if (g_str_equal (value, "1"))
            waymark_checkin_entry_add_tag (entry, header[column]);
        }
      if (tag_columns->len == 0)
        add_hashtags (entry, comment);
    }

  waymark_checkins_add_mapping (checkins, _("Level (1–10)"),
                                _("mood: 1→0, 2→1, 3→2, 4→3, 5→4, 6→6, 7→7, 8→8, 9→9, 10→10"));
  waymark_checkins_add_mapping (checkins, _("Hashtags"), _("tags"));
  waymark_checkins_add_mapping (checkins, _("Comment"), _("the note, as written"));
  return g_steal_pointer (&checkins);
}
