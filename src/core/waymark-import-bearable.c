/* waymark-import-bearable.c: Bearable's CSV export, read as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-csv-reader.h"
#include "waymark-import-bearable.h"

/* Bearable's "Export data" CSV, followed as real exports show it:
 * gitsmol/pawprint's input_data/bearable-export-27-10-2021.csv (an
 * export of 2020-2021, 6,500 readings) and the parser and tests of
 * OmegaJak/bearable-csv-analyzer (src/model/parser.rs, time_of_day.rs):
 *
 *   date,weekday,time of day,category,rating/amount,detail,notes
 *   "23rd Jul 2020","Thursday","21:30","Mood","5","Meh | Frustrated","Wat een rotdag…"
 *
 * One row per reading, every field quoted. The date is "22nd Sep 2020";
 * the time of day is the clock time a reading was made ("21:30", "9:10")
 * or, for what belongs to a part of the day or all of it, "pre", "am",
 * "mid", "pm", "all day" or nothing. Categories and what they hold:
 *   Mood           rating 1-10, detail the emotions, " | " between them
 *   Energy         rating 1-5 ("4","Good")
 *   Sleep          hours as "7:30", detail "In bed 23:00 - 07:00"
 *   Sleep quality  rating 1-5
 *   Symptom        0-4 at pre/am/mid/pm, detail "Headache (Moderate)"
 *   Factors, Sleep factors, Food Diary factors   detail " | "-separated
 *   Extra notes, Gratitudes                      the notes or the detail
 *   Meds/Supplements, Food Diary, Water, Bowel Movements, …
 * Columns are found by their names, so a generation that adds one (a
 * "date formatted" beside date is reported) reads as well.
 *
 * What belongs together becomes one check-in: the readings of a day made
 * at the same clock time (a mood, its energy, a note); the readings for
 * the whole day or a part of it (sleep, sleep quality, factors,
 * symptoms) go with that day's first check-in, or one at 12:00 when the
 * day has none. Scales: mood kept as it is; energy and sleep quality
 * 1-5 as the middle of each fifth of Waymark's 0-10 (2n − 1, as
 * Daylio's five moods); the symptom "Anxiety" 0-4 as anxiety
 * (n × 2.5, rounded); other symptoms a line of the note; emotions and
 * factors tags. What has no place in Waymark (medication doses, food,
 * water) is left out, counted in the preview. */

typedef struct
{
  GDate                date;
  guint                line;          /* its first line of day-wide readings */
  WaymarkCheckinEntry *first;         /* its earliest check-in at a clock time */
  GHashTable          *at;            /* "HH:MM" -> WaymarkCheckinEntry * (borrowed) */
  gboolean             has_day_data;
  int                  mood, energy, anxiety, sleep_quality;
  double               sleep_hours;
  GPtrArray           *tags;          /* char * */
  GPtrArray           *symptoms;      /* char * */
  GPtrArray           *notes;         /* char * */
} Day;

enum { COL_DATE, COL_DATE_FORMATTED, COL_TIME, COL_CATEGORY, COL_RATING, COL_DETAIL, COL_NOTES, N_COLS };

static const char * const column_names[N_COLS] = {
  "date", "date formatted", "time of day", "category", "rating/amount", "detail", "notes",
};

static void
day_free (Day *day)
{
  g_hash_table_unref (day->at);
  g_ptr_array_unref (day->tags);
  g_ptr_array_unref (day->symptoms);
  g_ptr_array_unref (day->notes);
  g_free (day);
}

static void
add_unique (GPtrArray  *array,
            const char *text)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (array->pdata[i], text))
      return;
  g_ptr_array_add (array, g_strdup (text));
}

/* "22nd Sep 2020", "1st Aug 2020", "3rd Jan 2022"; or, from a "date
 * formatted" column, 2020-09-22. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  static const char * const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec" };
  g_auto(GStrv) words = NULL;
  g_autofree char *clean = NULL;
  guint64 day, year;
  int month = 0, y, m, d;
  char extra;
  char *end;

  g_date_clear (date, 1);
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3)
    {
      if (!g_date_valid_dmy (d, m, y))
        return FALSE;
      g_date_set_dmy (date, d, m, y);
      return TRUE;
    }

  clean = g_strstrip (g_strdup (text));
  words = g_strsplit (clean, " ", -1);
  if (g_strv_length (words) != 3)
    return FALSE;
  day = g_ascii_strtoull (words[0], &end, 10);
  if (end == words[0] || !(g_str_equal (end, "") || g_str_equal (end, "st") || g_str_equal (end, "nd") ||
                           g_str_equal (end, "rd") || g_str_equal (end, "th")))
    return FALSE;
  for (int i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (words[1], months[i], 3) == 0 && strlen (words[1]) >= 3)
      month = i + 1;
  if (month == 0 || !g_ascii_string_to_unsigned (words[2], 10, 1, 9999, &year, NULL) ||
      day > 31 || !g_date_valid_dmy ((GDateDay) day, month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, month, (GDateYear) year);
  return TRUE;
}

/* "21:30", "9:10": a clock time; FALSE for anything else. */
static gboolean
parse_clock (const char *text,
             int        *hour,
             int        *minute)
{
  guint h, m;
  char extra;

  if (sscanf (text, "%2u:%2u%c", &h, &m, &extra) != 2 || h > 23 || m > 59)
    return FALSE;
  *hour = (int) h;
  *minute = (int) m;
  return TRUE;
}

/* The parts of the day Bearable names instead of a clock time. */
static gboolean
is_part_of_day (const char *text)
{
  static const char * const parts[] = { "", "pre", "am", "mid", "pm", "all day" };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (g_strstrip (lower), parts[i]))
      return TRUE;
  return FALSE;
}

static gboolean
parse_number (const char *text,
              double      min,
              double      max,
              double     *value)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  char *end;
  double v = g_ascii_strtod (clean, &end);

  if (end == clean || *end != '\0' || !isfinite (v) || v < min || v > max)
    return FALSE;
  *value = v;
  return TRUE;
}

/* "7:30" or "7.5" hours. */
static gboolean
parse_hours (const char *text,
             double     *hours)
{
  guint h, m;
  char extra;

  if (sscanf (text, "%2u:%2u%c", &h, &m, &extra) == 2 && m < 60 && h * 60 + m <= 24 * 60)
    {
      *hours = h + m / 60.0;
      return TRUE;
    }
  return parse_number (text, 0, 24, hours);
}

static void
add_tags (GPtrArray  *tags,
          const char *detail)
{
  g_auto(GStrv) parts = g_strsplit (detail, "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        add_unique (tags, tag);
    }
}

static Day *
lookup_day (GHashTable *days,
            GPtrArray  *order,
            const GDate *date)
{
  guint32 julian = g_date_get_julian (date);
  Day *day = g_hash_table_lookup (days, GUINT_TO_POINTER (julian));

  if (day == NULL)
    {
      day = g_new0 (Day, 1);
      day->date = *date;
      day->at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      day->mood = day->energy = day->anxiety = day->sleep_quality = -1;
      day->sleep_hours = -1;
      day->tags = g_ptr_array_new_with_free_func (g_free);
      day->symptoms = g_ptr_array_new_with_free_func (g_free);
      day->notes = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (days, GUINT_TO_POINTER (julian), day);
      g_ptr_array_add (order, day);
    }
  return day;
}

/**
 * waymark_bearable_sniff:
 *
 * Returns: whether @data looks like Bearable's CSV export: its first line
 *   names the columns category and rating/amount
 */
gboolean
waymark_bearable_sniff (const char *data,
                        gsize       length)
{
  g_auto(GStrv) header = waymark_csv_read_header (data, length);

  return header != NULL && waymark_csv_find_column (header, "category") >= 0 &&
         waymark_csv_find_column (header, "rating/amount") >= 0;
}

/* 1-5 as the middle of each fifth of 0-10. */
static int
five_to_ten (double value)
{
  return CLAMP ((int) lround (value) * 2 - 1, 0, 10);
}

/**
 * waymark_bearable_parse:
 * @data: the file's bytes
 * @file_name: its name, for messages
 *
 * Reads every reading it can and notes, with its line, every one it
 * can't.
 *
 * Returns: (transfer full) (nullable): the check-ins the file holds;
 *   %NULL with @error set if it isn't a Bearable export at all
 */
WaymarkCheckins *
waymark_bearable_parse (const char  *data,
                        gsize        length,
                        const char  *file_name,
                        GError     **error)
{
  g_autoptr(WaymarkCheckins) checkins = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) day_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) left_out_order = g_ptr_array_new ();
  g_autofree char *name = g_filename_display_basename (file_name);
  enum { SEEN_MOOD, SEEN_ENERGY, SEEN_SLEEP, SEEN_QUALITY, SEEN_ANXIETY, SEEN_SYMPTOMS, SEEN_TAGS, SEEN_NOTES, N_SEEN };
  gboolean seen[N_SEEN] = { FALSE };
  int columns[N_COLS];
  GStrv header;

  checkins = waymark_checkins_new ("bearable", _("Bearable CSV export"), file_name);

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is not UTF-8 text, as Bearable and iMoodJournal write their exports"), name);
      return NULL;
    }
  rows = waymark_csv_read_rows (data, length, file_name, error);
  if (rows == NULL)
    return NULL;

  header = rows->len > 0 ? ((WaymarkCsvRow *) rows->pdata[0])->fields : NULL;
  for (int c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      for (guint i = 0; header != NULL && header[i] != NULL; i++)
        {
          g_autofree char *lower = g_utf8_strdown (header[i], -1);

          if (columns[c] < 0 && g_str_equal (g_strstrip (lower), column_names[c]))
            columns[c] = (int) i;
        }
    }
  if (columns[COL_DATE] < 0 || columns[COL_TIME] < 0 || columns[COL_CATEGORY] < 0 || columns[COL_RATING] < 0 ||
      columns[COL_DETAIL] < 0 || columns[COL_NOTES] < 0)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name; the column names stay in English, as Bearable writes them. */
                   _("“%s” is not a Bearable export: line 1 should name the columns date, time of day, category, "
                     "rating/amount, detail and notes"), name);
      return NULL;
    }

  for (guint i = 1; i < rows->len; i++)
    {
      WaymarkCsvRow *row = rows->pdata[i];
      const char *category = waymark_csv_row_field (row, columns[COL_CATEGORY]);
      const char *time = waymark_csv_row_field (row, columns[COL_TIME]);
      const char *rating = waymark_csv_row_field (row, columns[COL_RATING]);
      const char *detail = waymark_csv_row_field (row, columns[COL_DETAIL]);
      const char *notes = waymark_csv_row_field (row, columns[COL_NOTES]);
      g_autofree char *kind = NULL;
      g_autofree char *note = NULL;
      WaymarkCheckinEntry *entry = NULL;
      Day *day;
      GDate date;
      double value = 0;
      int hour = 12, minute = 0;
      gboolean timed;

      if (waymark_csv_row_is_empty (row))
        continue;
      /* Sleep not recorded: Bearable writes the row all the same. */
      kind = g_utf8_strdown (category, -1);
      g_strstrip (kind);
      if (g_str_equal (kind, "sleep") && *rating == '\0')
        continue;
      if (!parse_date (waymark_csv_row_field (row, columns[COL_DATE]), &date) &&
          !parse_date (waymark_csv_row_field (row, columns[COL_DATE_FORMATTED]), &date))
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     g_strdup_printf (_("no date it can read (“%s”)"),
                                                      waymark_csv_row_field (row, columns[COL_DATE])));
          continue;
        }
      if (!waymark_checkins_check_day (checkins, row->line, &date))
        continue;
      timed = parse_clock (time, &hour, &minute);
      if (!timed && !is_part_of_day (time))
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     g_strdup_printf (_("no time it can read (“%s”)"), time));
          continue;
        }

      /* Notes are kept as written; Bearable writes ". " where there is
       * none. */
      note = g_strdup (notes);
      {
        g_autofree char *bare = g_strstrip (g_strdup (notes));

        if (g_str_equal (bare, ".") || *bare == '\0')
          note[0] = '\0';
      }

      /* What needs a number: read it before anything is made. */
      if ((g_str_equal (kind, "mood") && !parse_number (rating, 0, 10, &value)) ||
          ((g_str_equal (kind, "energy") || g_str_equal (kind, "sleep quality")) && !parse_number (rating, 1, 5, &value)) ||
          (g_str_equal (kind, "symptom") && !parse_number (rating, 0, 4, &value)) ||
          (g_str_equal (kind, "sleep") && !parse_hours (rating, &value)))
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     g_strdup_printf (_("no value it can read (“%s”)"), rating));
          continue;
        }

      day = lookup_day (days, order, &date);
      if (timed && (g_str_equal (kind, "mood") || g_str_equal (kind, "energy") ||
                    g_str_equal (kind, "extra notes") || g_str_equal (kind, "gratitudes")))
        {
          g_autofree char *at = g_strdup_printf ("%02d:%02d", hour, minute);

          entry = g_hash_table_lookup (day->at, at);
          if (entry == NULL)
            {
              entry = waymark_checkins_add (checkins, row->line, &date, hour, minute);
              g_hash_table_insert (day->at, g_steal_pointer (&at), entry);
              if (day->first == NULL || entry->hour * 60 + entry->minute < day->first->hour * 60 + day->first->minute)
                day->first = entry;
            }
        }

      if (g_str_equal (kind, "mood"))
        {
          if (entry != NULL)
            entry->mood = (int) lround (value);
          else
            day->mood = (int) lround (value);
          seen[SEEN_MOOD] = TRUE;
          if (*detail != '\0')
            {
              g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);

              add_tags (entry != NULL ? tags : day->tags, detail);
              for (guint t = 0; entry != NULL && t < tags->len; t++)
                waymark_checkin_entry_add_tag (entry, tags->pdata[t]);
              seen[SEEN_TAGS] = TRUE;
            }
        }
      else if (g_str_equal (kind, "energy"))
        {
          if (entry != NULL)
            entry->energy = five_to_ten (value);
          else
            day->energy = five_to_ten (value);
          seen[SEEN_ENERGY] = TRUE;
        }
      else if (g_str_equal (kind, "extra notes") || g_str_equal (kind, "gratitudes"))
        {
          const char *text = *note != '\0' ? note : detail;

          if (entry != NULL)
            waymark_checkin_entry_add_note (entry, text);
          else if (*text != '\0')
            g_ptr_array_add (day->notes, g_strdup (text));
          seen[SEEN_NOTES] = TRUE;
          g_clear_pointer (&note, g_free);
        }
      else if (g_str_equal (kind, "sleep"))
        {
          day->sleep_hours = value;
          seen[SEEN_SLEEP] = TRUE;
        }
      else if (g_str_equal (kind, "sleep quality"))
        {
          day->sleep_quality = five_to_ten (value);
          seen[SEEN_QUALITY] = TRUE;
        }
      else if (g_str_equal (kind, "symptom"))
        {
          g_autofree char *symptom = g_strstrip (g_strdup (detail));
          char *paren = strstr (symptom, " (");
          g_autofree char *bare = g_strndup (symptom, paren ? (gsize) (paren - symptom) : strlen (symptom));

          if (g_ascii_strcasecmp (g_strstrip (bare), "anxiety") == 0)
            {
              day->anxiety = MAX (day->anxiety, waymark_checkins_scale ((int) lround (value), 0, 4));
              seen[SEEN_ANXIETY] = TRUE;
            }
          else if (*symptom != '\0')
            {
              add_unique (day->symptoms, symptom);
              seen[SEEN_SYMPTOMS] = TRUE;
            }
        }
      else if (g_str_has_suffix (kind, "factors"))
        {
          add_tags (day->tags, detail);
          seen[SEEN_TAGS] = TRUE;
        }
      else
        {
          /* Medication doses, food, water: no place for them in a check-in. */
          g_autofree char *as_written = g_strstrip (g_strdup (category));
          gpointer n = g_hash_table_lookup (left_out, as_written);

          if (n == NULL)
            g_ptr_array_add (left_out_order, g_strdup (as_written));
          g_hash_table_replace (left_out, g_strdup (as_written), GUINT_TO_POINTER (GPOINTER_TO_UINT (n) + 1));
          continue;
        }

      if (note != NULL && *note != '\0')
        {
          if (entry != NULL)
            waymark_checkin_entry_add_note (entry, note);
          else
            g_ptr_array_add (day->notes, g_strdup (note));
          seen[SEEN_NOTES] = TRUE;
        }
      if (entry == NULL && !day->has_day_data)
        {
          day->has_day_data = TRUE;
          day->line = row->line;
        }
    }

  /* Each day's readings for the whole day go with its first check-in. */
  for (guint i = 0; i < order->len; i++)
    {
      Day *day = order->pdata[i];
      WaymarkCheckinEntry *entry = day->first;

      if (!day->has_day_data)
        continue;
      if (entry == NULL)
        entry = waymark_checkins_add (checkins, day->line, &day->date, 12, 0);
      if (entry->mood < 0)
        entry->mood = day->mood;
      if (entry->energy < 0)
        entry->energy = day->energy;
      entry->anxiety = day->anxiety;
      entry->sleep_quality = day->sleep_quality;
      entry->sleep_hours = day->sleep_hours;
      for (guint t = 0; t < day->tags->len; t++)
        waymark_checkin_entry_add_tag (entry, day->tags->pdata[t]);
      for (guint n = 0; n < day->notes->len; n++)
        waymark_checkin_entry_add_note (entry, day->notes->pdata[n]);
      if (day->symptoms->len > 0)
        {
          g_autoptr(GString) list = g_string_new (NULL);
          g_autofree char *line = NULL;

          for (guint s = 0; s < day->symptoms->len; s++)
            g_string_append_printf (list, "%s%s", s > 0 ? ", " : "", (char *) day->symptoms->pdata[s]);
          /* Translators: a line of an imported check-in's note; %s is a list of symptoms as Bearable wrote them. */
          line = g_strdup_printf (_("Symptoms: %s"), list->str);
          waymark_checkin_entry_add_note (entry, line);
        }
    }

  if (seen[SEEN_MOOD])
    waymark_checkins_add_mapping (checkins, _("Mood (1–10)"), _("mood, the same number"));
  if (seen[SEEN_ENERGY])
    waymark_checkins_add_mapping (checkins, _("Energy (1–5)"), _("energy: 1→1, 2→3, 3→5, 4→7, 5→9"));
  if (seen[SEEN_QUALITY])
    waymark_checkins_add_mapping (checkins, _("Sleep quality (1–5)"), _("sleep quality: 1→1, 2→3, 3→5, 4→7, 5→9"));
  if (seen[SEEN_SLEEP])
    waymark_checkins_add_mapping (checkins, _("Sleep (hours:minutes)"), _("hours slept"));
  if (seen[SEEN_ANXIETY])
    waymark_checkins_add_mapping (checkins, _("The symptom Anxiety (0–4)"), _("anxiety: 0→0, 1→3, 2→5, 3→8, 4→10"));
  if (seen[SEEN_SYMPTOMS])
    waymark_checkins_add_mapping (checkins, _("Other symptoms"), _("a line of the note"));
  if (seen[SEEN_TAGS])
    waymark_checkins_add_mapping (checkins, _("Emotions and factors"), _("tags"));
  if (seen[SEEN_NOTES])
    waymark_checkins_add_mapping (checkins, _("Notes, extra notes and gratitudes"), _("the note"));
  for (guint i = 0; i < left_out_order->len; i++)
    {
      const char *category = left_out_order->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (left_out, category));
      /* Translators: what happens to readings Waymark has no place for; %u is how many. */
      g_autofree char *to = g_strdup_printf (ngettext ("left out (%u reading)", "left out (%u readings)", n), n);

      waymark_checkins_add_mapping (checkins, category, to);
      g_free (left_out_order->pdata[i]);
    }

  return g_steal_pointer (&checkins);
}
