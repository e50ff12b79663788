/* waymark-import-checkin-rows.c: imported check-ins written, whichever reader made them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "waymark-import-checkin-rows.h"
#include "waymark-store-private.h"

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

static void
row_clear (WaymarkCheckinRow *row)
{
  g_clear_pointer (&row->source_key, g_free);
}

/**
 * waymark_checkin_rows_new:
 * @reserved: how many rows are coming
 *
 * Returns: (transfer full) (element-type WaymarkCheckinRow): an empty
 *   array that frees its rows' source keys
 */
GArray *
waymark_checkin_rows_new (guint reserved)
{
  GArray *rows = g_array_sized_new (FALSE, TRUE, sizeof (WaymarkCheckinRow), reserved);

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  return rows;
}

/**
 * waymark_checkin_rows_write:
 * @format: the import batch's format
 * @file_name: the file read, whose name the batch keeps
 * @rows: (element-type WaymarkCheckinRow): the check-ins
 *
 * What every check-in import does, whichever reader made the rows
 * (waymark_checkins_import (), waymark_daylio_import ()): writes each
 * row the plan hasn't had from an earlier import (its source key not yet
 * in import_source) with its tags, remembering its source, in one
 * transaction under one batch; a batch that adds nothing isn't kept.
 *
 * Returns: %TRUE when they are all in the plan; on %FALSE it is as it was
 */
gboolean
waymark_checkin_rows_write (WaymarkStore         *store,
                            const char           *format,
                            const char           *file_name,
                            GArray               *rows,
                            WaymarkImportResult  *result,
                            GError              **error)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *now = waymark_store_timestamp_now ();
  g_autofree char *name = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  gint64 batch_id;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (format != NULL && rows != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->format = g_intern_string (format);
  name = g_filename_display_basename (file_name);
  db = waymark_store_get_db (store);

  if (!waymark_store_begin (store, error))
    return FALSE;

  stmt = waymark_store_prepare (store, "INSERT INTO import_batch (format, file_name, source, imported_at, created_at, updated_at) "
                                       "VALUES (?1, ?2, '', ?3, ?3, ?3)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, format, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto sql_failed;
  sqlite3_reset (stmt);
  batch_id = sqlite3_last_insert_rowid (db);

  for (guint i = 0; i < rows->len; i++)
    {
      const WaymarkCheckinRow *row = &g_array_index (rows, WaymarkCheckinRow, i);
      g_autoptr(GDateTime) local_time = NULL;
      g_autoptr(GDateTime) utc = NULL;
      g_autofree char *at = NULL;
      gint64 checkin_id;
      int year, month, day;

      stmt = waymark_store_prepare (store, "SELECT 1 FROM import_source WHERE table_name = 'checkin' AND source_key = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, row->source_key, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          result->n_skipped++;
          continue;
        }
      sqlite3_reset (stmt);

      /* The local time as written, in this computer's time zone. */
      sscanf (row->day, "%d-%d-%d", &year, &month, &day);
      local_time = g_date_time_new (local, year, month, day, row->hour, row->minute, 0);
      utc = local_time ? g_date_time_to_utc (local_time) : NULL;
      at = utc ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : g_strdup_printf ("%sT12:00:00Z", row->day);

      stmt = waymark_store_prepare (store, "INSERT INTO checkin (at, local_date, mood, anxiety, energy, sleep_hours, "
                                           "sleep_quality, note, created_at, updated_at) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, row->day, -1, SQLITE_STATIC);
      bind_value (stmt, 3, row->mood);
      bind_value (stmt, 4, row->anxiety);
      bind_value (stmt, 5, row->energy);
      if (row->sleep_hours >= 0)
        sqlite3_bind_double (stmt, 6, row->sleep_hours);
      else
        sqlite3_bind_null (stmt, 6);
      bind_value (stmt, 7, row->sleep_quality);
      sqlite3_bind_text (stmt, 8, row->note, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, now, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        goto sql_failed;
      sqlite3_reset (stmt);
      checkin_id = sqlite3_last_insert_rowid (db);

      for (guint t = 0; t < row->n_tags; t++)
        {
          stmt = waymark_store_prepare (store, "INSERT OR IGNORE INTO checkin_tag (checkin_id, tag) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            goto failed;
          sqlite3_bind_int64 (stmt, 1, checkin_id);
          sqlite3_bind_text (stmt, 2, row->tags[t], -1, SQLITE_STATIC);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            goto sql_failed;
          sqlite3_reset (stmt);
        }

      stmt = waymark_store_prepare (store, "INSERT INTO import_source (table_name, source_key, row_id, batch_id) "
                                           "VALUES ('checkin', ?1, ?2, ?3)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, row->source_key, -1, SQLITE_STATIC);
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
  result->format = g_intern_string (format);
  return FALSE;
}
