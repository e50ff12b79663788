/* waymark-import-checkins.c: check-ins read from another app, previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "waymark-import-checkins.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"

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

static void
bind_value (sqlite3_stmt *stmt,
            int           column,
            int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
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
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *now = waymark_store_timestamp_now ();
  g_autofree char *name = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gint64 batch_id;

  g_return_val_if_fail (checkins != NULL, FALSE);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->format = g_intern_string (checkins->format);
  name = g_filename_display_basename (checkins->file_name);
  db = waymark_store_get_db (store);

  if (!waymark_store_begin (store, error))
    return FALSE;

  stmt = waymark_store_prepare (store, "INSERT INTO import_batch (format, file_name, source, imported_at, created_at, updated_at) "
                                       "VALUES (?1, ?2, '', ?3, ?3, ?3)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, checkins->format, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto sql_failed;
  sqlite3_reset (stmt);
  batch_id = sqlite3_last_insert_rowid (db);

  for (guint i = 0; i < checkins->entries->len; i++)
    {
      WaymarkCheckinEntry *entry = checkins->entries->pdata[i];
      g_autofree char *key = entry_key (checkins, entry);
      g_autoptr(GDateTime) local_time = NULL;
      g_autoptr(GDateTime) utc = NULL;
      g_autofree char *at = NULL;
      gint64 checkin_id;
      int year, month, day;

      stmt = waymark_store_prepare (store, "SELECT 1 FROM import_source WHERE table_name = 'checkin' AND source_key = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          result->n_skipped++;
          continue;
        }
      sqlite3_reset (stmt);

      /* The local time as written, in this computer's time zone. */
      sscanf (entry->day, "%d-%d-%d", &year, &month, &day);
      local_time = g_date_time_new (local, year, month, day, entry->hour, entry->minute, 0);
      utc = local_time ? g_date_time_to_utc (local_time) : NULL;
      at = utc ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : g_strdup_printf ("%sT12:00:00Z", entry->day);

      stmt = waymark_store_prepare (store, "INSERT INTO checkin (at, local_date, mood, anxiety, energy, sleep_hours, "
                                           "sleep_quality, note, created_at, updated_at) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, entry->day, -1, SQLITE_STATIC);
      bind_value (stmt, 3, entry->mood);
      bind_value (stmt, 4, entry->anxiety);
      bind_value (stmt, 5, entry->energy);
      if (entry->sleep_hours >= 0)
        sqlite3_bind_double (stmt, 6, entry->sleep_hours);
      else
        sqlite3_bind_null (stmt, 6);
      bind_value (stmt, 7, entry->sleep_quality);
      sqlite3_bind_text (stmt, 8, entry->note->str, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, now, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        goto sql_failed;
      sqlite3_reset (stmt);
      checkin_id = sqlite3_last_insert_rowid (db);

      for (guint t = 0; t < entry->tags->len; t++)
        {
          stmt = waymark_store_prepare (store, "INSERT OR IGNORE INTO checkin_tag (checkin_id, tag) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            goto failed;
          sqlite3_bind_int64 (stmt, 1, checkin_id);
          sqlite3_bind_text (stmt, 2, entry->tags->pdata[t], -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            goto sql_failed;
          sqlite3_reset (stmt);
        }

      stmt = waymark_store_prepare (store, "INSERT INTO import_source (table_name, source_key, row_id, batch_id) "
                                           "VALUES ('checkin', ?1, ?2, ?3)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, checkin_id);
      sqlite3_bind_int64 (stmt, 3, batch_id);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        goto sql_failed;
      sqlite3_reset (stmt);
      result->n_added++;
    }

  if (result->n_added == 0)
    {
      stmt = waymark_store_prepare (store, "DELETE FROM import_batch WHERE id = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, batch_id);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  else
    {
      result->batch_id = batch_id;
      waymark_store_emit_changed (store, "checkin");
    }

  return waymark_store_commit (store, error);

sql_failed:
  sqlite3_reset (stmt);
  waymark_store_set_sql_error (store, error);
failed:
  waymark_store_rollback (store);
  memset (result, 0, sizeof *result);
  result->format = g_intern_string (checkins->format);
  return FALSE;
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
