/* waymark-import-emoods.c: eMoods' export (entry.csv), read as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-csv-reader.h"
#include "waymark-import-emoods.h"

/* eMoods (the bipolar mood tracker) exports a .emoods zip holding
 * entry.csv, or entry.csv alone.
 *
 * NO PUBLISHED LAYOUT WAS FOUND. eMoods' help pages only say that an
 * export exists; no real export, column list or sample file could be
 * found in any stored source (searched 2026-12-07). The layout below is
 * taken from issue 16's description: entry.csv's columns are "date,
 * depressed, elevated, irritability, anxiety, sleep, psychotic symptoms,
 * note, therapy, weight, …". So this reader is driven by the header and
 * tolerant of names, and assumes, until a real export says otherwise:
 *
 *  - one row per entry, the columns named on line 1, matched ignoring
 *    case, spaces, underscores and hyphens (DATE, Psychotic_Symptoms and
 *    "psychotic symptoms" are the same column); columns it doesn't know
 *    are left out and listed in the preview; line 1 must name a date
 *    column and at least one of depressed, elevated, irritability,
 *    anxiety and psychotic symptoms;
 *  - dates as ISO 8601, YYYY-MM-DD, perhaps with a time (T or a space,
 *    HH:MM, seconds, a zone, which is dropped: the local time is kept as
 *    written); without a time the check-in is at 12:00, as for the other
 *    apps' whole-day readings;
 *  - depressed, elevated, irritability and anxiety rated 0-3 (none, mild,
 *    moderate, severe; the words are read too);
 *  - psychotic symptoms and therapy as yes or no (1/0, yes/no, true/false;
 *    psychotic symptoms 2 or 3 read as yes, in case it is a 0-3 scale
 *    too; therapy written as other text kept as that text);
 *  - sleep as hours (7, 7.5, 7,5 or 7:30), 0-24;
 *  - weight, and anything else, left out.
 *
 * What becomes what (also said in the preview):
 *  - mood = round (5 − depressed × 5⁄3 + elevated × 5⁄3), within 0-10:
 *    severe depression 0, neither 5, severe elevation 10; a missing one
 *    of the two counts as none. A day rated both depressed and elevated
 *    (a mixed day) would come out near 5, so then both are written into
 *    the note as well ("Depressed: moderate", "Elevated: mild");
 *  - anxiety on Waymark's 0-10 as round (n × 10⁄3): 0, 3, 7, 10;
 *  - irritability, psychotic symptoms and therapy as lines of the note in
 *    plain words ("Irritability: moderate", "Psychotic symptoms: yes",
 *    "Therapy: yes"), after the person's own note, as written; none and
 *    no add nothing. No new fields are invented for them;
 *  - sleep as hours slept.
 * A value off its scale, or one it can't read, leaves that line out,
 * with its number and the reason. */

enum
{
  COL_DATE,
  COL_DEPRESSED,
  COL_ELEVATED,
  COL_IRRITABILITY,
  COL_ANXIETY,
  COL_SLEEP,
  COL_PSYCHOTIC,
  COL_NOTE,
  COL_THERAPY,
  COL_WEIGHT,
  N_COLS
};

/* Each column's names, as normalise () leaves them. */
static const char * const column_names[N_COLS][5] = {
  [COL_DATE] = { "date", "entrydate", "day", NULL },
  [COL_DEPRESSED] = { "depressed", "depression", NULL },
  [COL_ELEVATED] = { "elevated", "elevation", NULL },
  [COL_IRRITABILITY] = { "irritability", "irritable", "irritated", NULL },
  [COL_ANXIETY] = { "anxiety", "anxious", NULL },
  [COL_SLEEP] = { "sleep", "sleephours", "hoursofsleep", "hoursslept", NULL },
  [COL_PSYCHOTIC] = { "psychoticsymptoms", "psychotic", NULL },
  [COL_NOTE] = { "note", "notes", NULL },
  [COL_THERAPY] = { "therapy", NULL },
  [COL_WEIGHT] = { "weight", NULL },
};

typedef enum
{
  VALUE_EMPTY,
  VALUE_OK,
  VALUE_UNREADABLE,
  VALUE_OUT_OF_RANGE,
} ValueState;

/* @name in lower case without spaces, underscores and hyphens. */
static char *
normalise (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  GString *text = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if (*p != ' ' && *p != '_' && *p != '-' && *p != '\t' && *p != '\r' && *p != '\n')
      g_string_append_c (text, *p);
  return g_string_free (text, FALSE);
}

static int
find_column (const char *normalised)
{
  for (int c = 0; c < N_COLS; c++)
    for (guint n = 0; column_names[c][n] != NULL; n++)
      if (g_str_equal (normalised, column_names[c][n]))
        return c;
  return -1;
}

/* Which of Waymark's columns each of @header's is (-1: none), the first
 * of each only; whether a date and one scale are among them. */
static gboolean
find_columns (GStrv header,
              int   columns[N_COLS])
{
  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    {
      g_autofree char *name = normalise (header[i]);
      int c = find_column (name);

      if (c >= 0 && columns[c] < 0)
        columns[c] = (int) i;
    }
  return columns[COL_DATE] >= 0 &&
         (columns[COL_DEPRESSED] >= 0 || columns[COL_ELEVATED] >= 0 || columns[COL_IRRITABILITY] >= 0 ||
          columns[COL_ANXIETY] >= 0 || columns[COL_PSYCHOTIC] >= 0);
}

static gboolean
digits (const char *text,
        guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* YYYY-MM-DD, perhaps then T or a space, HH:MM, :SS, a fraction and a
 * zone (Z, +HH, +HH:MM, +HHMM), which is dropped. */
static gboolean
parse_date (const char *field,
            GDate      *date,
            int        *hour,
            int        *minute)
{
  g_autofree char *text = g_strstrip (g_strdup (field));
  const char *p = text;
  int y, m, d;

  g_date_clear (date, 1);
  *hour = 12;
  *minute = 0;
  if (strlen (p) < 10 || !digits (p, 4) || p[4] != '-' || !digits (p + 5, 2) || p[7] != '-' || !digits (p + 8, 2))
    return FALSE;
  y = atoi (p);
  m = atoi (p + 5);
  d = atoi (p + 8);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  p += 10;
  if (*p == 'T' || *p == ' ')
    {
      p++;
      if (!digits (p, 2) || p[2] != ':' || !digits (p + 3, 2))
        return FALSE;
      *hour = atoi (p);
      *minute = atoi (p + 3);
      if (*hour > 23 || *minute > 59)
        return FALSE;
      p += 5;
      if (*p == ':')
        {
          if (!digits (p + 1, 2) || atoi (p + 1) > 60)
            return FALSE;
          p += 3;
          if (*p == '.')
            {
              p++;
              if (!g_ascii_isdigit (*p))
                return FALSE;
              while (g_ascii_isdigit (*p))
                p++;
            }
        }
      if (*p == 'Z')
        p++;
      else if (*p == '+' || *p == '-')
        {
          if (!digits (p + 1, 2))
            return FALSE;
          p += 3;
          if (*p == ':')
            p++;
          if (digits (p, 2))
            p += 2;
        }
    }
  if (*p != '\0')
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* A rating 0-3, as a number or a word. */
static ValueState
parse_scale (const char *field,
             int        *value)
{
  static const char * const words[] = { "none", "mild", "moderate", "severe" };
  g_autofree char *text = g_strstrip (g_strdup (field));
  char *end = NULL;
  double number;

  *value = -1;
  if (*text == '\0')
    return VALUE_EMPTY;
  for (int i = 0; i < 4; i++)
    if (g_ascii_strcasecmp (text, words[i]) == 0)
      {
        *value = i;
        return VALUE_OK;
      }
  number = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (number) || number != floor (number))
    return VALUE_UNREADABLE;
  if (number < 0 || number > 3)
    return VALUE_OUT_OF_RANGE;
  *value = (int) number;
  return VALUE_OK;
}

/* Hours slept: 7, 7.5, 7,5 or 7:30. */
static ValueState
parse_sleep (const char *field,
             double     *hours)
{
  g_autofree char *text = g_strstrip (g_strdup (field));
  char *end = NULL;
  double number;

  *hours = -1;
  if (*text == '\0')
    return VALUE_EMPTY;
  if (strlen (text) >= 4 && strlen (text) <= 5 && strchr (text, ':') != NULL)
    {
      const char *colon = strchr (text, ':');
      gsize n = colon - text;

      if (n < 1 || n > 2 || !digits (text, n) || strlen (colon + 1) != 2 || !digits (colon + 1, 2))
        return VALUE_UNREADABLE;
      number = atoi (text) + atoi (colon + 1) / 60.0;
      if (atoi (colon + 1) > 59)
        return VALUE_UNREADABLE;
    }
  else
    {
      for (char *p = text; *p != '\0'; p++)
        if (*p == ',')
          *p = '.';
      number = g_ascii_strtod (text, &end);
      if (end == text || *end != '\0' || !isfinite (number))
        return VALUE_UNREADABLE;
    }
  if (number < 0 || number > 24)
    return VALUE_OUT_OF_RANGE;
  *hours = number;
  return VALUE_OK;
}

/* Yes or no: 1/0, yes/no, true/false, y/n; 2 and 3 too when @scale. */
static ValueState
parse_yes_no (const char *field,
              gboolean    scale,
              gboolean   *yes)
{
  static const char * const yes_words[] = { "1", "yes", "y", "true", NULL };
  static const char * const no_words[] = { "0", "no", "n", "false", NULL };
  g_autofree char *text = g_strstrip (g_strdup (field));
  int value;

  *yes = FALSE;
  if (*text == '\0')
    return VALUE_EMPTY;
  for (guint i = 0; yes_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, yes_words[i]) == 0)
      {
        *yes = TRUE;
        return VALUE_OK;
      }
  for (guint i = 0; no_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, no_words[i]) == 0)
      return VALUE_OK;
  if (!scale)
    return VALUE_UNREADABLE;
  switch (parse_scale (text, &value))
    {
    case VALUE_OK:
      *yes = value > 0;
      return VALUE_OK;
    case VALUE_EMPTY:
      return VALUE_EMPTY;
    case VALUE_OUT_OF_RANGE:
      return VALUE_OUT_OF_RANGE;
    case VALUE_UNREADABLE:
    default:
      return VALUE_UNREADABLE;
    }
}

/* A rating in words, for a line of the note. */
static const char *
rating_word (int value)
{
  switch (value)
    {
    case 0:
      return C_("eMoods rating", "none");
    case 1:
      return C_("eMoods rating", "mild");
    case 2:
      return C_("eMoods rating", "moderate");
    case 3:
    default:
      return C_("eMoods rating", "severe");
    }
}

/* The reason a line is left out, for a value in @column of @header. */
static char *
value_problem (ValueState  state,
               const char *column,
               const char *value,
               gboolean    hours)
{
  g_autofree char *name = g_strstrip (g_strdup (column));

  if (state == VALUE_OUT_OF_RANGE)
    return hours ? g_strdup_printf (
                     /* Translators: a line left out; the first %s is a column's name as the file writes it,
                        the second its value. */
                     _("%s is “%s”, outside 0–24 hours"), name, value)
                 : g_strdup_printf (
                     /* Translators: a line left out; the first %s is a column's name as the file writes it,
                        the second its value; eMoods rates from 0 (none) to 3 (severe). */
                     _("%s is “%s”, outside 0–3"), name, value);
  /* Translators: a line left out; the first %s is a column's name as the file writes it, the second its value. */
  return g_strdup_printf (_("no value it can read for %s (“%s”)"), name, value);
}

/**
 * waymark_emoods_sniff:
 *
 * Returns: whether @data looks like eMoods' entry.csv: its first line
 *   names a date column and one of depressed, elevated, irritability and
 *   psychotic symptoms (anxiety alone is too common to tell by)
 */
gboolean
waymark_emoods_sniff (const char *data,
                      gsize       length)
{
  g_auto(GStrv) header = waymark_csv_read_header (data, length);
  int columns[N_COLS];

  return header != NULL && find_columns (header, columns) &&
         (columns[COL_DEPRESSED] >= 0 || columns[COL_ELEVATED] >= 0 || columns[COL_IRRITABILITY] >= 0 ||
          columns[COL_PSYCHOTIC] >= 0);
}

/**
 * waymark_emoods_parse:
 * @data: entry.csv's bytes
 * @file_name: the file's name (entry.csv, or the .emoods zip holding
 *   it), for messages
 *
 * Reads every entry it can and notes, with its line, every one it
 * can't.
 *
 * Returns: (transfer full) (nullable): the check-ins the file holds;
 *   %NULL with @error set if it isn't an eMoods export at all
 */
WaymarkCheckins *
waymark_emoods_parse (const char  *data,
                      gsize        length,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(WaymarkCheckins) checkins = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name = g_filename_display_basename (file_name);
  g_autofree guint *left_out = NULL;
  gboolean mixed_seen = FALSE;
  int columns[N_COLS];
  guint n_columns;
  GStrv header;

  checkins = waymark_checkins_new ("emoods", _("eMoods export"), file_name);

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is not UTF-8 text, as eMoods writes its export"), name);
      return NULL;
    }
  rows = waymark_csv_read_rows (data, length, file_name, error);
  if (rows == NULL)
    return NULL;

  header = rows->len > 0 ? ((WaymarkCsvRow *) rows->pdata[0])->fields : NULL;
  if (header == NULL || !find_columns (header, columns))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name; the column names stay in English, as eMoods writes them. */
                   _("“%s” is not an eMoods export: line 1 should name the columns, a date column and at least "
                     "one of Depressed, Elevated, Irritability, Anxiety and Psychotic symptoms"), name);
      return NULL;
    }
  n_columns = g_strv_length (header);
  /* How many values each column Waymark leaves out holds. */
  left_out = g_new0 (guint, n_columns);

  for (guint i = 1; i < rows->len; i++)
    {
      WaymarkCsvRow *row = rows->pdata[i];
      const char *date_text = waymark_csv_row_field (row, columns[COL_DATE]);
      int scale[N_COLS];
      gboolean psychotic = FALSE, therapy = FALSE;
      double sleep = -1;
      const char *therapy_text;
      WaymarkCheckinEntry *entry;
      char *problem = NULL;
      GDate date;
      int hour, minute;
      ValueState state;

      if (waymark_csv_row_is_empty (row))
        continue;
      if (!parse_date (date_text, &date, &hour, &minute))
        {
          waymark_checkins_add_skip (checkins, row->line,
                                     /* Translators: a line left out; %s is its date as written. */
                                     g_strdup_printf (_("no date it can read (“%s”), expected a date written "
                                                        "like 2024-03-02"), date_text));
          continue;
        }
      if (!waymark_checkins_check_day (checkins, row->line, &date))
        continue;

      for (int c = 0; c < N_COLS; c++)
        scale[c] = -1;
      for (int c = COL_DEPRESSED; c <= COL_ANXIETY && problem == NULL; c++)
        {
          const char *value = waymark_csv_row_field (row, columns[c]);

          state = parse_scale (value, &scale[c]);
          if (state == VALUE_UNREADABLE || state == VALUE_OUT_OF_RANGE)
            problem = value_problem (state, header[columns[c]], value, FALSE);
        }
      if (problem == NULL)
        {
          const char *value = waymark_csv_row_field (row, columns[COL_SLEEP]);

          state = parse_sleep (value, &sleep);
          if (state == VALUE_UNREADABLE || state == VALUE_OUT_OF_RANGE)
            problem = value_problem (state, header[columns[COL_SLEEP]], value, TRUE);
        }
      if (problem == NULL)
        {
          const char *value = waymark_csv_row_field (row, columns[COL_PSYCHOTIC]);

          state = parse_yes_no (value, TRUE, &psychotic);
          if (state == VALUE_UNREADABLE || state == VALUE_OUT_OF_RANGE)
            problem = value_problem (state, header[columns[COL_PSYCHOTIC]], value, FALSE);
        }
      if (problem != NULL)
        {
          waymark_checkins_add_skip (checkins, row->line, problem);
          continue;
        }
      therapy_text = waymark_csv_row_field (row, columns[COL_THERAPY]);
      if (parse_yes_no (therapy_text, FALSE, &therapy) != VALUE_UNREADABLE)
        therapy_text = therapy ? C_("eMoods therapy", "yes") : NULL;

      entry = waymark_checkins_add (checkins, row->line, &date, hour, minute);
      if (scale[COL_DEPRESSED] >= 0 || scale[COL_ELEVATED] >= 0)
        {
          int depressed = MAX (scale[COL_DEPRESSED], 0), elevated = MAX (scale[COL_ELEVATED], 0);

          /* round ((15 − 5 × depressed + 5 × elevated) ⁄ 3): never a half. */
          entry->mood = CLAMP ((15 - 5 * depressed + 5 * elevated + 1) / 3, 0, 10);
        }
      if (scale[COL_ANXIETY] >= 0)
        entry->anxiety = waymark_checkins_scale (scale[COL_ANXIETY], 0, 3);
      if (sleep >= 0)
        entry->sleep_hours = sleep;

      waymark_checkin_entry_add_note (entry, waymark_csv_row_field (row, columns[COL_NOTE]));
      if (scale[COL_DEPRESSED] > 0 && scale[COL_ELEVATED] > 0)
        {
          /* Translators: a line of an imported check-in's note; %s is none, mild, moderate or severe. */
          g_autofree char *depressed = g_strdup_printf (_("Depressed: %s"), rating_word (scale[COL_DEPRESSED]));
          /* Translators: a line of an imported check-in's note; %s is none, mild, moderate or severe. */
          g_autofree char *elevated = g_strdup_printf (_("Elevated: %s"), rating_word (scale[COL_ELEVATED]));

          waymark_checkin_entry_add_note (entry, depressed);
          waymark_checkin_entry_add_note (entry, elevated);
          mixed_seen = TRUE;
        }
      if (scale[COL_IRRITABILITY] > 0)
        {
          /* Translators: a line of an imported check-in's note; %s is mild, moderate or severe. */
          g_autofree char *line = g_strdup_printf (_("Irritability: %s"), rating_word (scale[COL_IRRITABILITY]));

          waymark_checkin_entry_add_note (entry, line);
        }
      if (psychotic)
        /* Translators: a line of an imported check-in's note. */
        waymark_checkin_entry_add_note (entry, _("Psychotic symptoms: yes"));
      if (therapy_text != NULL && *therapy_text != '\0')
        {
          g_autofree char *text = g_strstrip (g_strdup (therapy_text));
          /* Translators: a line of an imported check-in's note; %s is “yes” or what eMoods' export wrote. */
          g_autofree char *line = g_strdup_printf (_("Therapy: %s"), text);

          waymark_checkin_entry_add_note (entry, line);
        }

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *value = g_strstrip (g_strdup (waymark_csv_row_field (row, (int) c)));
          gboolean known = FALSE;

          for (int k = 0; k < N_COLS; k++)
            if (k != COL_WEIGHT && columns[k] == (int) c)
              known = TRUE;
          if (!known && *value != '\0')
            left_out[c]++;
        }
    }

  if (columns[COL_DEPRESSED] >= 0 || columns[COL_ELEVATED] >= 0)
    waymark_checkins_add_mapping (checkins, _("Depressed and elevated (0–3)"),
                                  _("mood: 5 − depressed × 5/3 + elevated × 5/3, rounded; severely depressed "
                                    "→ 0, neither → 5, severely elevated → 10"));
  if (mixed_seen)
    waymark_checkins_add_mapping (checkins, _("Depressed and elevated on the same day"),
                                  _("both also as lines of the note, so a mixed day doesn’t read as an even one"));
  if (columns[COL_ANXIETY] >= 0)
    waymark_checkins_add_mapping (checkins, _("Anxiety (0–3)"), _("anxiety: 0→0, 1→3, 2→7, 3→10"));
  if (columns[COL_SLEEP] >= 0)
    waymark_checkins_add_mapping (checkins, _("Sleep (hours)"), _("hours slept"));
  if (columns[COL_IRRITABILITY] >= 0)
    waymark_checkins_add_mapping (checkins, _("Irritability (0–3)"), _("a line of the note"));
  if (columns[COL_PSYCHOTIC] >= 0)
    waymark_checkins_add_mapping (checkins, _("Psychotic symptoms (yes or no)"), _("a line of the note"));
  if (columns[COL_THERAPY] >= 0)
    waymark_checkins_add_mapping (checkins, _("Therapy (yes or no)"), _("a line of the note"));
  if (columns[COL_NOTE] >= 0)
    waymark_checkins_add_mapping (checkins, C_("eMoods column", "Note"), _("the note, as written"));
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *column = g_strstrip (g_strdup (header[c]));
      gboolean known = FALSE;

      for (int k = 0; k < N_COLS; k++)
        if (k != COL_WEIGHT && columns[k] == (int) c)
          known = TRUE;
      if (known || *column == '\0')
        continue;
      {
        /* Translators: what happens to readings Waymark has no place for; %u is how many. */
        g_autofree char *to = g_strdup_printf (ngettext ("left out (%u reading)", "left out (%u readings)",
                                                         left_out[c]), left_out[c]);

        waymark_checkins_add_mapping (checkins, column, to);
      }
    }

  return g_steal_pointer (&checkins);
}
