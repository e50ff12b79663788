/* waymark-import-checkins.c: check-ins read from another app, previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-import-checkins.h"
#include "waymark-import-checkin-rows.h"
#include "waymark-import-sources.h"

/* What the readers of other apps' check-in exports (Bearable,
 * iMoodJournal: waymark-import-bearable.c, -imoodjournal.c) all make:
 * check-ins at the local time written, their values already on
 * Waymark's scales, tags and a note, every line that can't be read
 * with the reason, and what became what, for the preview. Nothing is
 * written until waymark_checkins_import (), in one transaction; each
 * check-in remembers its source ("<format>:" and a digest of all it
 * says), so importing the same export again, or a later one that
 * overlaps it, adds only what is new, and Undo Import takes out exactly
 * that batch. */

struct _WaymarkCheckins
{
  char       *format;     /* "bearable", … */
  char       *app_name;
  char       *file_name;
  GPtrArray  *entries;    /* WaymarkCheckinEntry * */
  GPtrArray  *skipped;    /* WaymarkImportSkip * */
  GPtrArray  *mappings;   /* WaymarkImportMapping * */
  GDate       today;
};

static void
entry_free (WaymarkCheckinEntry *entry)
{
  g_ptr_array_unref (entry->tags);
  g_string_free (entry->note, TRUE);
  g_free (entry);
}

static void
skip_free (WaymarkImportSkip *skip)
{
  g_free (skip->reason);
  g_free (skip);
}

static void
mapping_free (WaymarkImportMapping *mapping)
{
  g_free (mapping->from);
  g_free (mapping->to);
  g_free (mapping);
}

/**
 * waymark_checkins_new:
 * @format: the format's name for --format and the import's batch
 * @app_name: what the preview calls it, for people
 * @file_name: the file's name, for messages
 */
WaymarkCheckins *
waymark_checkins_new (const char *format,
                      const char *app_name,
                      const char *file_name)
{
  WaymarkCheckins *checkins = g_new0 (WaymarkCheckins, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  checkins->format = g_strdup (format);
  checkins->app_name = g_strdup (app_name);
  checkins->file_name = g_strdup (file_name);
  checkins->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  checkins->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skip_free);
  checkins->mappings = g_ptr_array_new_with_free_func ((GDestroyNotify) mapping_free);
  g_date_clear (&checkins->today, 1);
  g_date_set_dmy (&checkins->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return checkins;
}

void
waymark_checkins_add_skip (WaymarkCheckins *checkins,
                           guint            line,
                           char            *reason)
{
  WaymarkImportSkip *skip = g_new0 (WaymarkImportSkip, 1);

  skip->line = line;
  skip->reason = reason;
  g_ptr_array_add (checkins->skipped, skip);
}

/* Whether @day can be a check-in's: one before 1900 or after today is
 * left out, with its line. */
gboolean
waymark_checkins_check_day (WaymarkCheckins *checkins,
                            guint            line,
                            const GDate     *day)
{
  if (g_date_get_year (day) < 1900)
    {
      waymark_checkins_add_skip (checkins, line, g_strdup (_("a date before 1900")));
      return FALSE;
    }
  if (g_date_compare (day, &checkins->today) > 0)
    {
      waymark_checkins_add_skip (checkins, line, g_strdup (_("a date in the future")));
      return FALSE;
    }
  return TRUE;
}

/* A new check-in on @day at @hour:@minute, nothing recorded yet. */
WaymarkCheckinEntry *
waymark_checkins_add (WaymarkCheckins *checkins,
                      guint            line,
                      const GDate     *day,
                      int              hour,
                      int              minute)
{
  WaymarkCheckinEntry *entry = g_new0 (WaymarkCheckinEntry, 1);

  g_return_val_if_fail (g_date_valid (day), NULL);

  entry->line = line;
  g_snprintf (entry->day, sizeof entry->day, "%04u-%02u-%02u", g_date_get_year (day),
              g_date_get_month (day), g_date_get_day (day));
  entry->hour = CLAMP (hour, 0, 23);
  entry->minute = CLAMP (minute, 0, 59);
  entry->mood = entry->anxiety = entry->energy = entry->sleep_quality = -1;
  entry->sleep_hours = -1;
  entry->tags = g_ptr_array_new_with_free_func (g_free);
  entry->note = g_string_new (NULL);
  g_ptr_array_add (checkins->entries, entry);
  return entry;
}

void
waymark_checkins_add_mapping (WaymarkCheckins *checkins,
                              const char      *from,
                              const char      *to)
{
  WaymarkImportMapping *mapping = g_new0 (WaymarkImportMapping, 1);

  mapping->from = g_strdup (from);
  mapping->to = g_strdup (to);
  g_ptr_array_add (checkins->mappings, mapping);
}

/* @tag, stripped, unless it is empty or @entry has it already. */
void
waymark_checkin_entry_add_tag (WaymarkCheckinEntry *entry,
                               const char          *tag)
{
  g_autofree char *clean = g_strstrip (g_strdup (tag));

  if (*clean == '\0')
    return;
  for (guint i = 0; i < entry->tags->len; i++)
    if (g_str_equal (entry->tags->pdata[i], clean))
      return;
  g_ptr_array_add (entry->tags, g_steal_pointer (&clean));
}

/* @text as a paragraph of @entry's note, as written. */
void
waymark_checkin_entry_add_note (WaymarkCheckinEntry *entry,
                                const char          *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (entry->note->len > 0)
    g_string_append_c (entry->note, '\n');
  g_string_append (entry->note, text);
}

/**
 * waymark_checkins_scale:
 * @value: a rating from @lowest to @highest
 *
 * A rating on another app's scale put on Waymark's 0-10 in equal steps,
 * halves rounded up: round ((value − lowest) × 10 ⁄ (highest − lowest)),
 * so @lowest is 0 and @highest 10. Worked in whole numbers, so 0-4's 1
 * is exactly 3 and 1-10's 6 exactly 6, whatever the floating point.
 *
 * Returns: @value on 0-10
 */
int
waymark_checkins_scale (int value,
                        int lowest,
                        int highest)
{
  int span = highest - lowest;

  g_return_val_if_fail (span > 0, -1);
  g_return_val_if_fail (value >= lowest && value <= highest, -1);

  /* floor (x + ½) for x = (value − lowest) × 10 ⁄ span */
  return ((value - lowest) * 20 + span) / (2 * span);
}

const char *
waymark_checkins_get_format (WaymarkCheckins *checkins)
{
  return checkins->format;
}

const char *
waymark_checkins_get_app_name (WaymarkCheckins *checkins)
{
  return checkins->app_name;
}

guint
waymark_checkins_get_n_entries (WaymarkCheckins *checkins)
{
  return checkins->entries->len;
}

/**
 * waymark_checkins_get_entries:
 *
 * Returns: (transfer none) (element-type WaymarkCheckinEntry): the check-ins
 */
GPtrArray *
waymark_checkins_get_entries (WaymarkCheckins *checkins)
{
  return checkins->entries;
}

/**
 * waymark_checkins_get_n_days:
 * @first: (out) (optional) (transfer none): the first day, or %NULL
 * @last: (out) (optional) (transfer none): the last day, or %NULL
 *
 * Returns: on how many different days the check-ins were made
 */
guint
waymark_checkins_get_n_days (WaymarkCheckins  *checkins,
                             const char      **first,
                             const char      **last)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_str_hash, g_str_equal);
  const char *min = NULL, *max = NULL;

  for (guint i = 0; i < checkins->entries->len; i++)
    {
      WaymarkCheckinEntry *entry = checkins->entries->pdata[i];

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

/* How many different tags the check-ins have. */
guint
waymark_checkins_get_n_tags (WaymarkCheckins *checkins)
{
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < checkins->entries->len; i++)
    {
      WaymarkCheckinEntry *entry = checkins->entries->pdata[i];

      for (guint t = 0; t < entry->tags->len; t++)
        g_hash_table_add (tags, entry->tags->pdata[t]);
    }
  return g_hash_table_size (tags);
}

/**
 * waymark_checkins_get_mappings:
 *
 * Returns: (transfer none) (element-type WaymarkImportMapping): what becomes what
 */
GPtrArray *
waymark_checkins_get_mappings (WaymarkCheckins *checkins)
{
  return checkins->mappings;
}

/**
 * waymark_checkins_get_skipped:
 *
 * Returns: (transfer none) (element-type WaymarkImportSkip): the lines left out
 */
GPtrArray *
waymark_checkins_get_skipped (WaymarkCheckins *checkins)
{
  return checkins->skipped;
}

/**
 * waymark_checkins_describe:
 *
 * Returns: (transfer full): the preview, in words: the app, the dates,
 *   how many check-ins on how many days, what becomes what, what is left
 *   out and why
 */
char *
waymark_checkins_describe (WaymarkCheckins *checkins)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *first = NULL, *last = NULL;
  guint n_days = waymark_checkins_get_n_days (checkins, &first, &last);
  guint n_tags = waymark_checkins_get_n_tags (checkins);

  g_string_append_printf (text, "%s\n", checkins->app_name);
  if (first != NULL)
    {
      /* Translators: how many days, said after “on” in “%u entries on %s” and
       * “%u check-ins on %s” (“5 entries on 4 days”). */
      g_autofree char *days = g_strdup_printf (ngettext ("%u day", "%u days", n_days), n_days);

      /* Translators: %u check-ins on %s, a number of days (“4 days”); then the
       * first and the last day. */
      g_string_append_printf (text, ngettext ("%u check-in on %s, from %s to %s\n",
                                              "%u check-ins on %s, from %s to %s\n", checkins->entries->len),
                              checkins->entries->len, days, first, last);
    }
  else
    g_string_append_printf (text, "%s\n", _("No entries"));
  for (guint i = 0; i < checkins->mappings->len; i++)
    {
      WaymarkImportMapping *mapping = checkins->mappings->pdata[i];

      g_string_append_printf (text, "  %s → %s\n", mapping->from, mapping->to);
    }
  /* Translators: %u is how many different tags the imported check-ins have. */
  g_string_append_printf (text, ngettext ("%u tag\n", "%u tags\n", n_tags), n_tags);
  for (guint i = 0; i < checkins->skipped->len; i++)
    {
      WaymarkImportSkip *skip = checkins->skipped->pdata[i];

      /* Translators: %u is a line number, %s why the entry on it is left out. */
      g_string_append_printf (text, _("Left out: line %u, %s\n"), skip->line, skip->reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What identifies @entry on a second import: all it says. */
static char *
entry_key (WaymarkCheckins     *checkins,
           WaymarkCheckinEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *digest = NULL;

  g_string_append_printf (text, "%s %02d:%02d\x1f%d\x1f%d\x1f%d\x1f%d\x1f%.2f", entry->day, entry->hour,
                          entry->minute, entry->mood, entry->anxiety, entry->energy, entry->sleep_quality,
                          entry->sleep_hours);
  for (guint t = 0; t < entry->tags->len; t++)
    g_string_append_printf (text, "\x1f%s", (char *) entry->tags->pdata[t]);
  g_string_append_printf (text, "\x1e%s", entry->note->str);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);
  return g_strconcat (checkins->format, ":", digest, NULL);
}

/**
 * waymark_checkins_import:
 *
 * Writes every check-in @checkins holds that the plan hasn't had from an
 * earlier import, in one transaction.
 *
 * Returns: %TRUE when they are all in the plan; on %FALSE it is as it was
 */
gboolean
waymark_checkins_import (WaymarkCheckins      *checkins,
                         WaymarkStore         *store,
                         WaymarkImportResult  *result,
                         GError              **error)
{
  g_autoptr(GArray) rows = NULL;

  g_return_val_if_fail (checkins != NULL, FALSE);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  rows = waymark_checkin_rows_new (checkins->entries->len);
  for (guint i = 0; i < checkins->entries->len; i++)
    {
      WaymarkCheckinEntry *entry = checkins->entries->pdata[i];
      WaymarkCheckinRow row = {
        .source_key = entry_key (checkins, entry),
        .day = entry->day,
        .hour = entry->hour,
        .minute = entry->minute,
        .mood = entry->mood,
        .anxiety = entry->anxiety,
        .energy = entry->energy,
        .sleep_quality = entry->sleep_quality,
        .sleep_hours = entry->sleep_hours,
        .note = entry->note->str,
        .tags = (const char * const *) entry->tags->pdata,
        .n_tags = entry->tags->len,
      };

      g_array_append_val (rows, row);
    }
  return waymark_checkin_rows_write (store, checkins->format, checkins->file_name, rows, result, error);
}

void
waymark_checkins_free (WaymarkCheckins *checkins)
{
  if (checkins == NULL)
    return;
  g_free (checkins->format);
  g_free (checkins->app_name);
  g_free (checkins->file_name);
  g_clear_pointer (&checkins->entries, g_ptr_array_unref);
  g_clear_pointer (&checkins->skipped, g_ptr_array_unref);
  g_clear_pointer (&checkins->mappings, g_ptr_array_unref);
  g_free (checkins);
}
