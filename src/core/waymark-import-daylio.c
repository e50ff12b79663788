/* waymark-import-daylio.c: Daylio's CSV export, read and previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-csv-reader.h"
#include "waymark-import-checkin-rows.h"
#include "waymark-import-daylio.h"

/* Daylio's "Export entries (CSV)", as its generations wrote it:
 *   full_date,date,weekday,time,mood,activities,note_title,note   (recent)
 *   full_date,date,weekday,time,mood,activities,note               (older)
 *   year,date,weekday,time,mood,activities,note                    (oldest: no
 *     full_date, the date as "September 22" or "22 September")
 * and sometimes no header at all. Times are "21:30" or "9:30 PM", recent
 * versions with a narrow no-break space (U+202F) before "PM". Moods are
 * the person's own labels (rad, good, meh, bad, awful unless renamed);
 * activities are separated by " | "; notes may hold quotes, line breaks
 * and any script. RFC 4180 quoting, read with libcsv.
 *
 * Each entry becomes a check-in at the local time written (several a day
 * stay several), its mood on Waymark's 0-10 scale through a mapping the
 * person can change, its activities as tags, its note title and note as
 * the note. Nothing is written until waymark_daylio_import (), in one
 * transaction; each check-in remembers its entry (a digest of what it
 * says), so importing the same export again, or a later one that
 * overlaps it, adds only the new entries. */

/* More than anyone writes by hand in a lifetime of daily entries. */
#define MAX_FILE_BYTES (256 * 1024 * 1024)

typedef struct
{
  guint   line;
  char   *day;        /* YYYY-MM-DD, as written */
  int     hour, minute;
  char   *label;      /* the mood, lower case */
  char  **tags;
  char   *note;
  char   *key;        /* what identifies it on a second import */
} Entry;

struct _WaymarkDaylio
{
  const char *format;      /* "daylio", or another app's (waymark_daylio_new ()) */
  char       *file_name;
  GPtrArray  *entries;     /* Entry * */
  GPtrArray  *skipped;     /* WaymarkImportSkip * */
  GHashTable *moods;       /* label -> value + 1 */
  GHashTable *labels;      /* label -> how many entries */
  GHashTable *tags;        /* tag -> how many entries */
};

/* A line of the file as libcsv read it (waymark-csv-reader.c). */
typedef WaymarkCsvRow Row;

enum { COL_FULL_DATE, COL_YEAR, COL_DATE, COL_TIME, COL_MOOD, COL_ACTIVITIES, COL_NOTE_TITLE, COL_NOTE, N_COLS };

static void
entry_free (Entry *entry)
{
  g_free (entry->day);
  g_free (entry->label);
  g_strfreev (entry->tags);
  g_free (entry->note);
  g_free (entry->key);
  g_free (entry);
}

static void
skip_free (WaymarkImportSkip *skip)
{
  g_free (skip->reason);
  g_free (skip);
}

static void
add_skip (WaymarkDaylio *daylio,
          guint          line,
          char          *reason)
{
  WaymarkImportSkip *skip = g_new0 (WaymarkImportSkip, 1);

  skip->line = line;
  skip->reason = reason;
  g_ptr_array_add (daylio->skipped, skip);
}

static gboolean
is_iso_date (const char *text)
{
  int y, m, d;
  char extra;

  return sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3;
}

/* Which column holds what: from the header, or for a file without one,
 * from the shape of its first row. Returns FALSE if it isn't Daylio's. */
static gboolean
find_columns (GStrv     first,
              int      *columns,
              gboolean *has_header)
{
  static const char * const names[N_COLS] = {
    "full_date", "year", "date", "time", "mood", "activities", "note_title", "note",
  };
  guint n = g_strv_length (first);

  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_utf8_strdown (g_strstrip (first[i]), -1);

      for (int c = 0; c < N_COLS; c++)
        if (g_str_equal (name, names[c]) && columns[c] < 0)
          columns[c] = i;
    }
  *has_header = columns[COL_MOOD] >= 0;
  if (*has_header)
    return columns[COL_TIME] >= 0 && (columns[COL_FULL_DATE] >= 0 || (columns[COL_YEAR] >= 0 && columns[COL_DATE] >= 0));

  /* No header: full_date,date,weekday,time,mood,activities[,note_title],note
   * or year,date,weekday,time,mood,activities,note. */
  if ((n == 7 || n == 8) && is_iso_date (first[0]))
    {
      columns[COL_FULL_DATE] = 0;
      columns[COL_DATE] = 1;
    }
  else if (n == 7 && strlen (first[0]) == 4 && g_ascii_isdigit (first[0][0]))
    {
      columns[COL_YEAR] = 0;
      columns[COL_DATE] = 1;
    }
  else
    return FALSE;
  columns[COL_TIME] = 3;
  columns[COL_MOOD] = 4;
  columns[COL_ACTIVITIES] = 5;
  if (n == 8)
    {
      columns[COL_NOTE_TITLE] = 6;
      columns[COL_NOTE] = 7;
    }
  else
    columns[COL_NOTE] = 6;
  return TRUE;
}

static const char *
field (Row  *row,
       int  *columns,
       int   column)
{
  if (columns[column] < 0 || (guint) columns[column] >= g_strv_length (row->fields))
    return "";
  return row->fields[columns[column]];
}

/* "September 22", "22 September", "Sep 22", "22. Sept." with @year. */
static gboolean
parse_old_date (const char *year_text,
                const char *text,
                GDate      *date)
{
  static const char * const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec" };
  g_autofree char *lower = g_ascii_strdown (text, -1);
  guint64 year;
  int month = 0, day = 0;

  if (!g_ascii_string_to_unsigned (g_strstrip ((char *) year_text), 10, 1, 9999, &year, NULL))
    return FALSE;

  for (char *p = lower; *p != '\0'; )
    {
      if (g_ascii_isdigit (*p))
        {
          day = (int) strtol (p, &p, 10);
          continue;
        }
      if (g_ascii_isalpha (*p))
        {
          char *start = p;

          while (g_ascii_isalpha (*p))
            p++;
          for (int m = 0; m < 12 && p - start >= 3; m++)
            if (strncmp (start, months[m], 3) == 0)
              month = m + 1;
          continue;
        }
      p++;
    }

  if (month == 0 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_date (Row   *row,
            int   *columns,
            GDate *date)
{
  const char *full = field (row, columns, COL_FULL_DATE);
  int y, m, d;

  g_date_clear (date, 1);
  if (*full != '\0')
    {
      if (sscanf (full, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
        return FALSE;
      g_date_set_dmy (date, d, m, y);
      return TRUE;
    }
  return parse_old_date (field (row, columns, COL_YEAR), field (row, columns, COL_DATE), date);
}

/* "21:30", "21:30:05", "9:30 PM", "9:30\u202fpm", "9:30 a.m." */
static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *rest;
  char *end;
  long h, m;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x202F || c == 0x00A0 || g_unichar_isspace (c) || c == '.')
        continue;
      g_string_append_unichar (clean, g_unichar_tolower (c));
    }

  h = strtol (clean->str, &end, 10);
  if (end == clean->str || *end != ':')
    return FALSE;
  rest = end + 1;
  m = strtol (rest, &end, 10);
  if (end == rest || m < 0 || m > 59)
    return FALSE;
  if (*end == ':')
    {
      rest = end + 1;
      strtol (rest, &end, 10);
    }
  if (g_str_equal (end, "am") || g_str_equal (end, "pm"))
    {
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12 + (g_str_equal (end, "pm") ? 12 : 0);
    }
  else if (*end != '\0')
    return FALSE;
  if (h < 0 || h > 23)
    return FALSE;
  *hour = (int) h;
  *minute = (int) m;
  return TRUE;
}

static char **
split_activities (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "|", -1);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_null_terminated (4, g_free, TRUE);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      gboolean seen = FALSE;

      for (guint j = 0; j < tags->len; j++)
        seen = seen || g_str_equal (tags->pdata[j], tag);
      if (*tag != '\0' && !seen)
        g_ptr_array_add (tags, g_strdup (tag));
    }
  return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

/* Takes @label, @tags and @note; @key_text is what identifies the entry
 * on a second import. */
static void
add_entry (WaymarkDaylio *daylio,
           guint          line,
           const char    *day,
           int            hour,
           int            minute,
           char          *label,
           char         **tags,
           char          *note,
           const char    *key_text)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->line = line;
  entry->day = g_strdup (day);
  entry->hour = hour;
  entry->minute = minute;
  entry->label = label;
  entry->tags = tags;
  entry->note = note;
  entry->key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key_text, -1);
  g_ptr_array_add (daylio->entries, entry);

  if (*entry->label != '\0')
    g_hash_table_replace (daylio->labels, g_strdup (entry->label),
                          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (daylio->labels, entry->label)) + 1));
  for (guint t = 0; entry->tags[t] != NULL; t++)
    g_hash_table_replace (daylio->tags, g_strdup (entry->tags[t]),
                          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (daylio->tags, entry->tags[t])) + 1));
}

/**
 * waymark_daylio_new:
 * @file_name: the file read, for messages and the import's batch
 * @format: (not nullable): a static string: "daylio" for the CSV export,
 *   or the format of another app's export whose reader makes the same
 *   entries ("daylio-backup", "pixels")
 *
 * An empty set of entries with Daylio's default moods, for a reader to
 * fill with waymark_daylio_add_entry () and waymark_daylio_add_skip ().
 * Everything after that (the preview, the moods the person changes, the
 * one-transaction import that remembers each entry's source) is shared.
 */
WaymarkDaylio *
waymark_daylio_new (const char *file_name,
                    const char *format)
{
  WaymarkDaylio *daylio = g_new0 (WaymarkDaylio, 1);

  daylio->format = format;
  daylio->file_name = g_strdup (file_name);
  daylio->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  daylio->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skip_free);
  daylio->moods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  daylio->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  daylio->tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  waymark_daylio_set_moods (daylio, WAYMARK_DAYLIO_DEFAULT_MOODS, NULL);
  return daylio;
}

/* The format given to waymark_daylio_new (). */
const char *
waymark_daylio_get_format (WaymarkDaylio *daylio)
{
  g_return_val_if_fail (daylio != NULL, NULL);

  return daylio->format;
}

/* The app and the kind of file, for the person. */
const char *
waymark_daylio_get_source_name (WaymarkDaylio *daylio)
{
  g_return_val_if_fail (daylio != NULL, NULL);

  if (g_str_equal (daylio->format, "daylio-backup"))
    return _("Daylio (its backup)");
  if (g_str_equal (daylio->format, "pixels"))
    return _("Pixels (its JSON export)");
  return _("Daylio (its CSV export)");
}

/* Whether what is left out is named by its entry (a JSON file's list)
 * rather than its line. */
gboolean
waymark_daylio_skips_by_entry (WaymarkDaylio *daylio)
{
  g_return_val_if_fail (daylio != NULL, FALSE);

  return !g_str_equal (daylio->format, "daylio");
}

/**
 * waymark_daylio_add_skip:
 * @where: the entry's number in the file, from 1
 * @reason: (transfer full): why it is left out, for the person
 */
void
waymark_daylio_add_skip (WaymarkDaylio *daylio,
                         guint          where,
                         char          *reason)
{
  g_return_if_fail (daylio != NULL);

  add_skip (daylio, where, reason);
}

/**
 * waymark_daylio_add_entry:
 * @where: the entry's number in the file, from 1
 * @year: (in): the local date and time as written
 * @label: the mood's name, as the preview shows it and --moods= names it
 * @tags: (nullable) (array zero-terminated=1): what becomes its tags
 * @note: (nullable): its note
 * @key_text: what identifies it on a second import (it is hashed)
 *
 * Adds a check-in to import, or, for a date that isn't one, is before
 * 1900 or is still to come, notes it as left out, as the CSV reader does.
 *
 * Returns: whether it was added
 */
gboolean
waymark_daylio_add_entry (WaymarkDaylio      *daylio,
                          guint               where,
                          gint64              year,
                          gint64              month,
                          gint64              day,
                          gint64              hour,
                          gint64              minute,
                          const char         *label,
                          const char * const *tags,
                          const char         *note,
                          const char         *key_text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  char text[16];

  g_return_val_if_fail (daylio != NULL, FALSE);
  g_return_val_if_fail (label != NULL && key_text != NULL, FALSE);

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_autofree char *written = g_strdup_printf ("%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT,
                                                   year, month, day);

      add_skip (daylio, where, g_strdup_printf (_("no date it can read (“%s”)"), written));
      return FALSE;
    }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      g_autofree char *written = g_strdup_printf ("%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, hour, minute);

      add_skip (daylio, where, g_strdup_printf (_("no time it can read (“%s”)"), written));
      return FALSE;
    }
  if (year < 1900)
    {
      add_skip (daylio, where, g_strdup (_("a date before 1900")));
      return FALSE;
    }
  g_snprintf (text, sizeof text, "%04d-%02d-%02d", (int) year, (int) month, (int) day);
  {
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    if (strcmp (text, today) > 0)
      {
        add_skip (daylio, where, g_strdup (_("a date in the future")));
        return FALSE;
      }
  }

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));
      gboolean seen = FALSE;

      for (guint j = 0; j < kept->len; j++)
        seen = seen || g_str_equal (kept->pdata[j], tag);
      if (*tag != '\0' && !seen)
        g_ptr_array_add (kept, g_steal_pointer (&tag));
    }

  add_entry (daylio, where, text, (int) hour, (int) minute, g_utf8_strdown (label, -1),
             (char **) g_ptr_array_free (g_steal_pointer (&kept), FALSE), g_strdup (note ? note : ""), key_text);
  return TRUE;
}

/**
 * waymark_daylio_json_reason:
 * @error: json-glib's parse error, "<data>:5:19: Parse error: unexpected …"
 *
 * Returns: (transfer full): where and why, for the person: "at line 5,
 *   character 19: unexpected …" (json-glib's reason stays in English)
 */
char *
waymark_daylio_json_reason (const GError *error)
{
  const char *message = error->message;
  const char *reason;
  unsigned line = 0, column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  reason = strstr (message, "Parse error: ");
  reason = reason != NULL ? reason + strlen ("Parse error: ") : message;
  if (sscanf (message, "%u:%u:", &line, &column) == 2)
    /* Translators: where a JSON file can't be read; the last %s is json-glib's reason, in English. */
    return g_strdup_printf (_("at line %u, character %u: %s"), line, column, reason);
  return g_strdup (reason);
}

/**
 * waymark_daylio_sniff:
 *
 * Returns: whether @data looks like Daylio's CSV export
 */
gboolean
waymark_daylio_sniff (const char *data,
                      gsize       length)
{
  g_autoptr(GPtrArray) rows = NULL;
  const char *newline;
  int columns[N_COLS];
  gboolean has_header;

  /* The first line is enough; a note's line break can't come before it. */
  newline = memchr (data, '\n', MIN (length, 4096));
  rows = waymark_csv_read_rows (data, newline ? (gsize) (newline - data) : MIN (length, 4096), "", NULL);
  return rows != NULL && rows->len > 0 &&
         find_columns (((Row *) rows->pdata[0])->fields, columns, &has_header) &&
         (has_header ? columns[COL_ACTIVITIES] >= 0 : TRUE);
}

gboolean
waymark_daylio_set_moods (WaymarkDaylio  *daylio,
                          const char     *mapping,
                          GError        **error)
{
  g_auto(GStrv) pairs = g_strsplit (mapping, ",", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);
      guint64 value;

      if (g_strv_length (pair) != 2 || *g_strstrip (pair[0]) == '\0' ||
          !g_ascii_string_to_unsigned (g_strstrip (pair[1]), 10, 0, 10, &value, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: %s is what the person wrote, such as "rad=11". */
                       _("“%s” is not a mood and a number from 0 to 10, such as “rad=9”"), pairs[i]);
          return FALSE;
        }
      g_hash_table_replace (daylio->moods, g_utf8_strdown (pair[0], -1), GINT_TO_POINTER ((int) value + 1));
    }
  return TRUE;
}

/**
 * waymark_daylio_parse:
 * @data: the file's bytes
 * @file_name: its name, for messages
 *
 * Reads every entry it can and notes, with its line, every one it can't.
 *
 * Returns: (transfer full) (nullable): what the file holds; %NULL if it
 *   isn't a Daylio CSV export at all
 */
WaymarkDaylio *
waymark_daylio_parse (const char  *data,
                      gsize        length,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(WaymarkDaylio) daylio = waymark_daylio_new (file_name, "daylio");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_filename_display_basename (file_name);
  int columns[N_COLS];
  gboolean has_header;
  GDate today;

  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is larger than any Daylio export Waymark will read"), name);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is not UTF-8 text, as Daylio writes its exports"), name);
      return NULL;
    }

  rows = waymark_csv_read_rows (data, length, file_name, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0 || !find_columns (((Row *) rows->pdata[0])->fields, columns, &has_header))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name. */
                   _("“%s” is not a Daylio export: line 1 should name the columns full_date (or year "
                     "and date), time, mood, activities and note"), name);
      return NULL;
    }

  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  for (guint i = has_header ? 1 : 0; i < rows->len; i++)
    {
      Row *row = rows->pdata[i];
      g_autofree char *label = NULL;
      GDate date;
      int hour, minute;
      char day[16];
      g_autofree char *note = NULL;
      g_autofree char *key_text = NULL;
      const char *title = field (row, columns, COL_NOTE_TITLE);
      const char *body = field (row, columns, COL_NOTE);

      /* A line with nothing in it. */
      if (g_strv_length (row->fields) == 1 && *g_strstrip (row->fields[0]) == '\0')
        continue;

      if (!parse_date (row, columns, &date))
        {
          add_skip (daylio, row->line, g_strdup_printf (_("no date it can read (“%s”)"),
                                                        *field (row, columns, COL_FULL_DATE) ? field (row, columns, COL_FULL_DATE)
                                                                                             : field (row, columns, COL_DATE)));
          continue;
        }
      if (g_date_get_year (&date) < 1900)
        {
          add_skip (daylio, row->line, g_strdup (_("a date before 1900")));
          continue;
        }
      if (g_date_compare (&date, &today) > 0)
        {
          add_skip (daylio, row->line, g_strdup (_("a date in the future")));
          continue;
        }
      if (!parse_time (field (row, columns, COL_TIME), &hour, &minute))
        {
          add_skip (daylio, row->line, g_strdup_printf (_("no time it can read (“%s”)"), field (row, columns, COL_TIME)));
          continue;
        }

      g_snprintf (day, sizeof day, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      if (*title != '\0' && *body != '\0')
        note = g_strconcat (title, "\n", body, NULL);
      else
        note = g_strdup (*title != '\0' ? title : body);

      label = g_utf8_strdown (g_strstrip ((char *) field (row, columns, COL_MOOD)), -1);
      key_text = g_strdup_printf ("%s %02d:%02d\x1f%s\x1f%s\x1f%s", day, hour, minute, label,
                                  field (row, columns, COL_ACTIVITIES), note);
      add_entry (daylio, row->line, day, hour, minute, g_steal_pointer (&label),
                 split_activities (field (row, columns, COL_ACTIVITIES)), g_steal_pointer (&note), key_text);
    }

  return g_steal_pointer (&daylio);
}

guint
waymark_daylio_get_n_entries (WaymarkDaylio *daylio)
{
  return daylio->entries->len;
}

/**
 * waymark_daylio_get_skipped:
 *
 * Returns: (transfer none) (element-type WaymarkImportSkip): the lines left out
 */
GPtrArray *
waymark_daylio_get_skipped (WaymarkDaylio *daylio)
{
  return daylio->skipped;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * waymark_daylio_get_n_days:
 * @first: (out) (optional) (transfer none): the first day, YYYY-MM-DD, or %NULL
 * @last: (out) (optional) (transfer none): the last day, or %NULL
 *
 * Returns: on how many different days the entries were written
 */
guint
waymark_daylio_get_n_days (WaymarkDaylio  *daylio,
                           const char    **first,
                           const char    **last)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_str_hash, g_str_equal);
  const char *min = NULL, *max = NULL;

  g_return_val_if_fail (daylio != NULL, 0);

  for (guint i = 0; i < daylio->entries->len; i++)
    {
      Entry *entry = daylio->entries->pdata[i];

      g_hash_table_add (days, entry->day);
      if (min == NULL || strcmp (entry->day, min) < 0)
        min = entry->day;
      if (max == NULL || strcmp (entry->day, max) > 0)
        max = entry->day;
    }
  if (first != NULL)
    *first = min;
  if (last != NULL)
    *last = max;
  return g_hash_table_size (days);
}

/* How many different activities, each to become a tag. */
guint
waymark_daylio_get_n_tags (WaymarkDaylio *daylio)
{
  g_return_val_if_fail (daylio != NULL, 0);

  return g_hash_table_size (daylio->tags);
}

/**
 * waymark_daylio_dup_labels:
 *
 * Returns: (transfer full): the moods the entries use, in lower case,
 *   sorted: each is one mapping the person may change
 */
char **
waymark_daylio_dup_labels (WaymarkDaylio *daylio)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (daylio != NULL, NULL);

  g_hash_table_iter_init (&iter, daylio->labels);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (labels, g_strdup (key));
  g_ptr_array_sort (labels, compare_strings);
  return (char **) g_ptr_array_free (g_steal_pointer (&labels), FALSE);
}

/* How many entries have @label as their mood. */
guint
waymark_daylio_count_label (WaymarkDaylio *daylio,
                            const char    *label)
{
  g_return_val_if_fail (daylio != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (daylio->labels, label));
}

/**
 * waymark_daylio_get_mood:
 *
 * Returns: @label's mood on Waymark's 0-10 scale, or -1 when entries with
 *   it are imported with their mood unrecorded
 */
int
waymark_daylio_get_mood (WaymarkDaylio *daylio,
                         const char    *label)
{
  g_return_val_if_fail (daylio != NULL, -1);

  return GPOINTER_TO_INT (g_hash_table_lookup (daylio->moods, label)) - 1;
}

/**
 * waymark_daylio_set_mood:
 * @value: 0-10, or -1 to leave the mood of entries with @label unrecorded
 */
void
waymark_daylio_set_mood (WaymarkDaylio *daylio,
                         const char    *label,
                         int            value)
{
  g_return_if_fail (daylio != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (value >= -1 && value <= 10);

  if (value < 0)
    g_hash_table_remove (daylio->moods, label);
  else
    g_hash_table_replace (daylio->moods, g_utf8_strdown (label, -1), GINT_TO_POINTER (value + 1));
}

/**
 * waymark_daylio_describe:
 *
 * Returns: (transfer full): the preview, in words: what was recognised,
 *   the dates, how many days and entries, what becomes what, what is left
 *   out and why
 */
char *
waymark_daylio_describe (WaymarkDaylio *daylio)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) days = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *first = NULL, *last = NULL;
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < daylio->entries->len; i++)
    {
      Entry *entry = daylio->entries->pdata[i];

      g_hash_table_add (days, entry->day);
      if (first == NULL || strcmp (entry->day, first) < 0)
        first = entry->day;
      if (last == NULL || strcmp (entry->day, last) > 0)
        last = entry->day;
    }

  g_string_append_printf (text, "%s\n", waymark_daylio_get_source_name (daylio));
  if (first != NULL)
    {
      guint n_days = g_hash_table_size (days);
      /* Translators: how many days, said after “on” in “%u entries on %s” and
       * “%u check-ins on %s” (“5 entries on 4 days”). */
      g_autofree char *on_days = g_strdup_printf (ngettext ("%u day", "%u days", n_days), n_days);

      /* Translators: %u entries on %s, a number of days (“4 days”); then the
       * first and the last day. */
      g_string_append_printf (text, ngettext ("%u entry on %s, from %s to %s\n",
                                              "%u entries on %s, from %s to %s\n", daylio->entries->len),
                              daylio->entries->len, on_days, first, last);
    }
  else
    g_string_append_printf (text, "%s\n", _("No entries"));

  g_string_append_printf (text, "%s\n", _("Moods, on Waymark’s 0–10 scale:"));
  g_hash_table_iter_init (&iter, daylio->labels);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (labels, key);
  g_ptr_array_sort (labels, compare_strings);
  for (guint i = 0; i < labels->len; i++)
    {
      int value = GPOINTER_TO_INT (g_hash_table_lookup (daylio->moods, labels->pdata[i]));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (daylio->labels, labels->pdata[i]));

      if (value > 0)
        /* Translators: a mood's name → its value, then how many entries have it. */
        g_string_append_printf (text, ngettext ("  %s → %d (%u entry)\n", "  %s → %d (%u entries)\n", n),
                                (char *) labels->pdata[i], value - 1, n);
      else
        /* Translators: a mood Waymark has no value for; %u how many entries have it. */
        g_string_append_printf (text, ngettext ("  %s → left unrecorded; give it a value with --moods (%u entry)\n",
                                                "  %s → left unrecorded; give it a value with --moods (%u entries)\n", n),
                                (char *) labels->pdata[i], n);
    }
  if (g_str_equal (daylio->format, "pixels"))
    /* Translators: %u is how many different tags. */
    g_string_append_printf (text, ngettext ("%u tag stays a tag\n", "%u tags stay tags\n",
                                            g_hash_table_size (daylio->tags)),
                            g_hash_table_size (daylio->tags));
  else
    /* Translators: %u is how many different activities. */
    g_string_append_printf (text, ngettext ("%u activity becomes a tag\n", "%u activities become tags\n",
                                            g_hash_table_size (daylio->tags)),
                            g_hash_table_size (daylio->tags));

  for (guint i = 0; i < daylio->skipped->len; i++)
    {
      WaymarkImportSkip *skip = daylio->skipped->pdata[i];

      if (waymark_daylio_skips_by_entry (daylio))
        /* Translators: %u is an entry's number in the file, %s why it is left out. */
        g_string_append_printf (text, _("Left out: entry %u, %s\n"), skip->line, skip->reason);
      else
        /* Translators: %u is a line number, %s why the entry on it is left out. */
        g_string_append_printf (text, _("Left out: line %u, %s\n"), skip->line, skip->reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * waymark_daylio_import:
 *
 * Writes every entry @daylio holds that the plan hasn't had from an
 * earlier import, in one transaction.
 *
 * Returns: %TRUE when they are all in the plan; on %FALSE it is as it was
 */
gboolean
waymark_daylio_import (WaymarkDaylio        *daylio,
                       WaymarkStore         *store,
                       WaymarkImportResult  *result,
                       GError              **error)
{
  g_autoptr(GArray) rows = NULL;

  g_return_val_if_fail (daylio != NULL, FALSE);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  rows = waymark_checkin_rows_new (daylio->entries->len);
  for (guint i = 0; i < daylio->entries->len; i++)
    {
      Entry *entry = daylio->entries->pdata[i];
      int value = GPOINTER_TO_INT (g_hash_table_lookup (daylio->moods, entry->label));
      /* A backup's entries are keyed as the CSV export's are, so the same
       * entry from either is one check-in (when Daylio wrote it the same
       * in both: its activities in the same order, its note unformatted). */
      WaymarkCheckinRow row = {
        .source_key = g_strconcat (g_str_equal (daylio->format, "daylio-backup") ? "daylio" : daylio->format,
                                   ":", entry->key, NULL),
        .day = entry->day,
        .hour = entry->hour,
        .minute = entry->minute,
        .mood = value > 0 ? value - 1 : -1,
        .anxiety = -1,
        .energy = -1,
        .sleep_quality = -1,
        .sleep_hours = -1,
        .note = entry->note,
        .tags = (const char * const *) entry->tags,
        .n_tags = g_strv_length (entry->tags),
      };

      g_array_append_val (rows, row);
    }
  return waymark_checkin_rows_write (store, daylio->format, daylio->file_name, rows, result, error);
}

void
waymark_daylio_free (WaymarkDaylio *daylio)
{
  if (daylio == NULL)
    return;
  g_free (daylio->file_name);
  g_clear_pointer (&daylio->entries, g_ptr_array_unref);
  g_clear_pointer (&daylio->skipped, g_ptr_array_unref);
  g_clear_pointer (&daylio->moods, g_hash_table_unref);
  g_clear_pointer (&daylio->labels, g_hash_table_unref);
  g_clear_pointer (&daylio->tags, g_hash_table_unref);
  g_free (daylio);
}
