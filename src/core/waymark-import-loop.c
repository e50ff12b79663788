/* waymark-import-loop.c: Loop Habit Tracker's CSV export, read and previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-import-loop.h"
#include "waymark-import-sources.h"
#include "waymark-store-private.h"

/* Loop Habit Tracker's "Export as CSV" is a zip ("Loop Habits CSV
 * 2026-12-06.zip") holding:
 *   Habits.csv      Position,Name,Type,Question,Description,
 *                   FrequencyNumerator,FrequencyDenominator,Color,Unit,
 *                   Target Type,Target Value,Archived?  (older versions:
 *                   Position,Name,Question,Description,NumRepetitions,
 *                   Interval,Color)
 *   Checkmarks.csv  Date,<habit>,<habit>,…, one row a day, newest first,
 *                   every line ending in a comma; 2 done, 1 not expected
 *                   that day, 0 not done, -1 unknown, -3 skipped; a
 *                   numerical habit's value times 1000
 * and a folder per habit (its own Checkmarks.csv and Scores.csv), which
 * say nothing more for Waymark. Each habit becomes a routine item (one
 * of the same name the plan has already is used as it is) and each day
 * it was done a day done. A habit an import made remembers its source
 * ("loop:<name>"); days done are kept from doubling by their primary key
 * and remembered in import_row, so Undo Import takes out exactly them. */

typedef struct
{
  char     *name;
  gboolean  archived;
  gboolean  numerical;
  GArray   *done;       /* of char[11], YYYY-MM-DD */
} Habit;

struct _WaymarkLoop
{
  char      *file_name;
  GPtrArray *habits;    /* Habit * */
  GPtrArray *skipped;   /* WaymarkImportSkip * */
};

typedef struct
{
  GPtrArray *rows;      /* GStrv */
  GPtrArray *fields;
} Reader;

static void
habit_free (Habit *habit)
{
  g_free (habit->name);
  g_array_unref (habit->done);
  g_free (habit);
}

static void
skip_free (WaymarkImportSkip *skip)
{
  g_free (skip->reason);
  g_free (skip);
}

static void
add_skip (WaymarkLoop *loop,
          guint        line,
          char        *reason)
{
  WaymarkImportSkip *skip = g_new0 (WaymarkImportSkip, 1);

  skip->line = line;
  skip->reason = reason;
  g_ptr_array_add (loop->skipped, skip);
}

static void
field_cb (void   *data,
          size_t  length,
          void   *user_data)
{
  Reader *reader = user_data;

  g_ptr_array_add (reader->fields, g_strndup (data ? data : "", length));
}

static void
row_cb (int   terminator,
        void *user_data)
{
  Reader *reader = user_data;

  g_ptr_array_add (reader->fields, NULL);
  g_ptr_array_add (reader->rows, g_ptr_array_free (reader->fields, FALSE));
  reader->fields = g_ptr_array_new_with_free_func (g_free);
}

/* A file of the zip as rows of fields; Loop's files have no line breaks
 * inside a field, so row N is line N. */
static GPtrArray *
read_csv (GHashTable  *files,
          const char  *name,
          const char  *file_name,
          GError     **error)
{
  GBytes *bytes = g_hash_table_lookup (files, name);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  struct csv_parser parser;
  Reader reader = { rows, g_ptr_array_new_with_free_func (g_free) };
  const char *data;
  gsize length;
  gboolean ok;

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_ptr_array_unref (reader.fields);
      return g_steal_pointer (&rows);
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_ptr_array_unref (reader.fields);
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: the first %s is a file name, the second a file inside it. */
                   _("“%s” is damaged: %s is not UTF-8 text"), file_name, name);
      return NULL;
    }
  csv_init (&parser, CSV_APPEND_NULL);
  ok = csv_parse (&parser, data, length, field_cb, row_cb, &reader) == length &&
       csv_fini (&parser, field_cb, row_cb, &reader) == 0;
  csv_free (&parser);
  g_ptr_array_unref (reader.fields);
  if (!ok)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: the first %s is a file name, the second a file inside it. */
                   _("“%s” is damaged: %s can’t be read as CSV"), file_name, name);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/**
 * waymark_loop_is_loop:
 * @files: a zip's files (waymark_archive_read_files ())
 *
 * Returns: whether they are Loop Habit Tracker's CSV export
 */
gboolean
waymark_loop_is_loop (GHashTable *files)
{
  GBytes *habits = g_hash_table_lookup (files, "Habits.csv");
  GBytes *checkmarks = g_hash_table_lookup (files, "Checkmarks.csv");
  gsize length;
  const char *data;

  if (habits == NULL || checkmarks == NULL)
    return FALSE;
  data = g_bytes_get_data (habits, &length);
  return length >= 14 && strncmp (data, "Position,Name,", 14) == 0;
}

static Habit *
find_habit (WaymarkLoop *loop,
            const char  *name)
{
  for (guint i = 0; i < loop->habits->len; i++)
    {
      Habit *habit = loop->habits->pdata[i];

      if (g_str_equal (habit->name, name))
        return habit;
    }
  return NULL;
}

static Habit *
add_habit (WaymarkLoop *loop,
           const char  *name)
{
  Habit *habit = g_new0 (Habit, 1);

  habit->name = g_strdup (name);
  habit->done = g_array_new (FALSE, FALSE, 11);
  g_ptr_array_add (loop->habits, habit);
  return habit;
}

static void
read_habits (WaymarkLoop *loop,
             GPtrArray   *rows)
{
  GStrv header = rows->pdata[0];
  int name_column = -1, type_column = -1, archived_column = -1;

  for (int c = 0; header[c] != NULL; c++)
    {
      if (g_str_equal (header[c], "Name"))
        name_column = c;
      else if (g_str_equal (header[c], "Type"))
        type_column = c;
      else if (g_str_equal (header[c], "Archived?"))
        archived_column = c;
    }

  for (guint i = 1; i < rows->len; i++)
    {
      GStrv row = rows->pdata[i];
      guint n = g_strv_length (row);
      const char *name = name_column >= 0 && (guint) name_column < n ? g_strstrip (row[name_column]) : "";
      Habit *habit;

      if (n == 1 && *row[0] == '\0')
        continue;
      if (*name == '\0')
        {
          add_skip (loop, i + 1, g_strdup (_("a habit without a name")));
          continue;
        }
      if (find_habit (loop, name) != NULL)
        continue;
      habit = add_habit (loop, name);
      habit->numerical = type_column >= 0 && (guint) type_column < n && g_str_equal (row[type_column], "NUMERICAL");
      habit->archived = archived_column >= 0 && (guint) archived_column < n && g_str_equal (row[archived_column], "true");
    }
}

/**
 * waymark_loop_parse:
 * @files: the export's files
 * @file_name: its name, for messages and the batch
 *
 * Returns: (transfer full) (nullable): its habits and the days each was
 *   done, and every value it can't read with its line
 */
WaymarkLoop *
waymark_loop_parse (GHashTable  *files,
                    const char  *file_name,
                    GError     **error)
{
  g_autoptr(WaymarkLoop) loop = g_new0 (WaymarkLoop, 1);
  g_autoptr(GPtrArray) habit_rows = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();   /* Habit * or NULL, by column */
  GStrv header;

  g_return_val_if_fail (files != NULL, NULL);

  loop->file_name = g_strdup (file_name);
  loop->habits = g_ptr_array_new_with_free_func ((GDestroyNotify) habit_free);
  loop->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skip_free);

  if (!waymark_loop_is_loop (files))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name. */
                   _("“%s” is not Loop Habit Tracker’s export: it has no Habits.csv and Checkmarks.csv"),
                   file_name);
      return NULL;
    }
  habit_rows = read_csv (files, "Habits.csv", file_name, error);
  if (habit_rows == NULL)
    return NULL;
  rows = read_csv (files, "Checkmarks.csv", file_name, error);
  if (rows == NULL)
    return NULL;
  if (habit_rows->len > 0)
    read_habits (loop, habit_rows);
  if (rows->len == 0 || g_strcmp0 (((GStrv) rows->pdata[0])[0], "Date") != 0)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is damaged: line 1 of Checkmarks.csv should start with Date and name the habits"),
                   file_name);
      return NULL;
    }

  /* The habits by column; a trailing comma leaves an empty last one. */
  header = rows->pdata[0];
  g_ptr_array_add (columns, NULL);
  for (guint c = 1; header[c] != NULL; c++)
    {
      const char *name = g_strstrip (header[c]);
      Habit *habit = NULL;

      if (*name != '\0')
        habit = find_habit (loop, name) ? find_habit (loop, name) : add_habit (loop, name);
      g_ptr_array_add (columns, habit);
    }

  for (guint i = 1; i < rows->len; i++)
    {
      GStrv row = rows->pdata[i];
      const char *day = g_strstrip (row[0]);

      if (g_strv_length (row) == 1 && *day == '\0')
        continue;
      if (!waymark_date_is_valid (day) || strlen (day) != 10 || atoi (day) < 1900)
        {
          /* Translators: why a line of an import is left out; %s is what it has. */
          add_skip (loop, i + 1, g_strdup_printf (_("no date it can read (“%s”)"), day));
          continue;
        }
      if (waymark_date_is_after_today (day))
        {
          add_skip (loop, i + 1, g_strdup (_("a date in the future")));
          continue;
        }
      for (guint c = 1; row[c] != NULL && c < columns->len; c++)
        {
          Habit *habit = columns->pdata[c];
          const char *text = g_strstrip (row[c]);
          char *end = NULL;
          long value;

          if (habit == NULL || *text == '\0')
            continue;
          value = strtol (text, &end, 10);
          if (end == text || *end != '\0')
            {
              /* Translators: the first %s is a habit, the second what it has on that line. */
              add_skip (loop, i + 1, g_strdup_printf (_("“%s”: “%s” is not a value Loop writes"), habit->name, text));
              continue;
            }
          /* Done by hand (2), or a number of something above nothing. */
          if (habit->numerical ? value > 0 : value == 2)
            g_array_append_vals (habit->done, day, 1);
        }
    }

  return g_steal_pointer (&loop);
}

guint
waymark_loop_get_n_habits (WaymarkLoop *loop)
{
  return loop->habits->len;
}

/* Days done, over every habit. */
guint
waymark_loop_get_n_done (WaymarkLoop *loop)
{
  guint n = 0;

  for (guint i = 0; i < loop->habits->len; i++)
    n += ((Habit *) loop->habits->pdata[i])->done->len;
  return n;
}

/**
 * waymark_loop_get_n_days:
 * @first: (out) (optional) (transfer none): the first day something was done
 * @last: (out) (optional) (transfer none): the last
 *
 * Returns: on how many different days something was done
 */
guint
waymark_loop_get_n_days (WaymarkLoop  *loop,
                         const char  **first,
                         const char  **last)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_str_hash, g_str_equal);
  const char *min = NULL, *max = NULL;

  for (guint i = 0; i < loop->habits->len; i++)
    {
      Habit *habit = loop->habits->pdata[i];

      for (guint d = 0; d < habit->done->len; d++)
        {
          const char *day = &g_array_index (habit->done, char, d * 11);

          g_hash_table_add (days, (gpointer) day);
          if (min == NULL || strcmp (day, min) < 0)
            min = day;
          if (max == NULL || strcmp (day, max) > 0)
            max = day;
        }
    }
  if (first != NULL)
    *first = min;
  if (last != NULL)
    *last = max;
  return g_hash_table_size (days);
}

GPtrArray *
waymark_loop_get_skipped (WaymarkLoop *loop)
{
  return loop->skipped;
}

/**
 * waymark_loop_describe:
 *
 * Returns: (transfer full): the preview, in words
 */
char *
waymark_loop_describe (WaymarkLoop *loop)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *first = NULL, *last = NULL;
  guint n_done = waymark_loop_get_n_done (loop);

  waymark_loop_get_n_days (loop, &first, &last);
  g_string_append_printf (text, "%s\n", _("Loop Habit Tracker CSV export"));
  /* Translators: %u habits become routine items. */
  g_string_append_printf (text, ngettext ("%u habit becomes a routine item\n",
                                          "%u habits become routine items\n", loop->habits->len),
                          loop->habits->len);
  if (first != NULL)
    /* Translators: %u days done, then the first and the last day. */
    g_string_append_printf (text, ngettext ("%u day done, from %s to %s\n",
                                            "%u days done, from %s to %s\n", n_done),
                            n_done, first, last);
  for (guint i = 0; i < loop->skipped->len; i++)
    {
      WaymarkImportSkip *skip = loop->skipped->pdata[i];

      g_string_append_printf (text, _("Left out: line %u, %s\n"), skip->line, skip->reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The routine item for @habit: the one an earlier import made, one of the
 * same name the plan has, or a new one (remembered in import_source). */
static gboolean
routine_item_for (WaymarkStore  *store,
                  gint64         batch_id,
                  Habit         *habit,
                  const char    *now,
                  gint64        *item_id,
                  guint         *n_added,
                  GError       **error)
{
  g_autofree char *key = g_strconcat ("loop:", habit->name, NULL);
  sqlite3_stmt *stmt;

  stmt = waymark_store_prepare (store, "SELECT r.id FROM import_source s JOIN routine_item r ON r.id = s.row_id "
                                       "WHERE s.table_name = 'routine_item' AND s.source_key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *item_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  stmt = waymark_store_prepare (store, "SELECT id FROM routine_item WHERE title = ?1 ORDER BY archived, id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, habit->name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *item_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  stmt = waymark_store_prepare (store, "INSERT INTO routine_item (title, archived, position, created_at, updated_at) "
                                       "VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0) FROM routine_item), ?3, ?3)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, habit->name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, habit->archived);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (!waymark_store_step_done (store, stmt, error))
    return FALSE;
  *item_id = sqlite3_last_insert_rowid (waymark_store_get_db (store));
  (*n_added)++;

  stmt = waymark_store_prepare (store, "INSERT INTO import_source (table_name, source_key, row_id, batch_id) "
                                       "VALUES ('routine_item', ?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, *item_id);
  sqlite3_bind_int64 (stmt, 3, batch_id);
  return waymark_store_step_done (store, stmt, error);
}

static gboolean
import_all (WaymarkLoop          *loop,
            WaymarkStore         *store,
            WaymarkImportResult  *result,
            GError              **error)
{
  g_autofree char *now = waymark_store_timestamp_now ();
  g_autofree char *name = g_filename_display_basename (loop->file_name);
  sqlite3 *db = waymark_store_get_db (store);
  sqlite3_stmt *stmt;
  gint64 batch_id;

  stmt = waymark_store_prepare (store, "INSERT INTO import_batch (format, file_name, source, imported_at, created_at, updated_at) "
                                       "VALUES ('loop', ?1, '', ?2, ?2, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  if (!waymark_store_step_done (store, stmt, error))
    return FALSE;
  batch_id = sqlite3_last_insert_rowid (db);

  for (guint i = 0; i < loop->habits->len; i++)
    {
      Habit *habit = loop->habits->pdata[i];
      gint64 item_id = 0;

      if (!routine_item_for (store, batch_id, habit, now, &item_id, &result->n_added, error))
        return FALSE;

      for (guint d = 0; d < habit->done->len; d++)
        {
          const char *day = &g_array_index (habit->done, char, d * 11);

          stmt = waymark_store_prepare (store, "INSERT OR IGNORE INTO routine_done (routine_item_id, date, created_at) "
                                               "VALUES (?1, ?2, ?3)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, item_id);
          sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
          if (!waymark_store_step_done (store, stmt, error))
            return FALSE;
          if (sqlite3_changes (db) == 0)
            {
              result->n_skipped++;
              continue;
            }
          {
            g_autofree char *key = g_strdup_printf ("[%" G_GINT64_FORMAT ",\"%s\"]", item_id, day);

            if (!waymark_import_remember_row (store, batch_id, "routine_done", key, error))
              return FALSE;
          }
          result->n_added++;
        }
    }

  if (result->n_added == 0)
    {
      stmt = waymark_store_prepare (store, "DELETE FROM import_batch WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, batch_id);
      return waymark_store_step_done (store, stmt, error);
    }
  result->batch_id = batch_id;
  waymark_store_emit_changed (store, "routine");
  return TRUE;
}

/**
 * waymark_loop_import:
 *
 * Writes the habits and the days they were done that the plan doesn't
 * have yet, in one transaction.
 *
 * Returns: %TRUE when they are all in the plan; on %FALSE it is as it was
 */
gboolean
waymark_loop_import (WaymarkLoop          *loop,
                     WaymarkStore         *store,
                     WaymarkImportResult  *result,
                     GError              **error)
{
  g_return_val_if_fail (loop != NULL, FALSE);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->format = "loop";
  if (!waymark_store_begin (store, error))
    return FALSE;
  if (!import_all (loop, store, result, error))
    {
      waymark_store_rollback (store);
      memset (result, 0, sizeof *result);
      result->format = "loop";
      return FALSE;
    }
  return waymark_store_commit (store, error);
}

void
waymark_loop_free (WaymarkLoop *loop)
{
  if (loop == NULL)
    return;
  g_free (loop->file_name);
  g_clear_pointer (&loop->habits, g_ptr_array_unref);
  g_clear_pointer (&loop->skipped, g_ptr_array_unref);
  g_free (loop);
}
