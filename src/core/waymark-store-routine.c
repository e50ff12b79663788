/* waymark-store-routine.c: the days each routine item was done
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <stdio.h>

#include "waymark-date.h"
#include "waymark-store-private.h"

/**
 * waymark_store_set_routine_done:
 * @self: the store
 * @routine_item_id: the routine item
 * @day: the person's calendar day (see waymark_local_today ())
 * @done: whether it was done that day
 * @error: return location for an error
 *
 * Ticks or unticks an item for a day, durably. Emits
 * #WaymarkStore::changed with "routine".
 */
gboolean
waymark_store_set_routine_done (WaymarkStore  *self,
                                gint64         routine_item_id,
                                const GDate   *day,
                                gboolean       done,
                                GError       **error)
{
  g_autofree char *now = waymark_store_timestamp_now ();
  char date[16];
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (routine_item_id > 0, FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  g_date_strftime (date, sizeof date, "%Y-%m-%d", day);

  if (done)
    stmt = waymark_store_prepare (self,
                                  "INSERT OR IGNORE INTO routine_done (routine_item_id, date, created_at) "
                                  "VALUES (?1, ?2, ?3)",
                                  error);
  else
    stmt = waymark_store_prepare (self,
                                  "DELETE FROM routine_done WHERE routine_item_id = ?1 AND date = ?2 "
                                  "AND ?3 IS NOT NULL",
                                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, routine_item_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);

  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  waymark_store_emit_changed (self, "routine");
  return TRUE;
}

static gboolean
parse_day (sqlite3_stmt *stmt,
           int           column,
           GDate        *day)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  int y, m, d;

  if (text == NULL || sscanf (text, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
  return TRUE;
}

/**
 * waymark_store_list_routine_days:
 *
 * Returns: (transfer full) (element-type GDate) (nullable): the days the
 *   item was done, oldest first
 */
GArray *
waymark_store_list_routine_days (WaymarkStore  *self,
                                 gint64         routine_item_id,
                                 GError       **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (GDate));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT date FROM routine_done WHERE routine_item_id = ?1 ORDER BY date",
                                error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, routine_item_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate day;

      if (parse_day (stmt, 0, &day))
        g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&days);
}

/**
 * waymark_store_list_all_routine_days:
 *
 * Every routine item's days in one query, for a list that shows them
 * all.
 *
 * Returns: (transfer full) (element-type gint64 GArray) (nullable): for
 *   each item done at least once, keyed by a pointer to its id, the days
 *   it was done (#GDate), oldest first
 */
GHashTable *
waymark_store_list_all_routine_days (WaymarkStore  *self,
                                     GError       **error)
{
  g_autoptr(GHashTable) items = NULL;
  GArray *days = NULL;
  gint64 current = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT routine_item_id, date FROM routine_done ORDER BY routine_item_id, date",
                                error);
  if (stmt == NULL)
    return NULL;

  items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GDate day;

      if (!parse_day (stmt, 1, &day))
        continue;

      if (days == NULL || id != current)
        {
          days = g_array_new (FALSE, TRUE, sizeof (GDate));
          current = id;
          g_hash_table_insert (items, g_memdup2 (&id, sizeof id), days);
        }
      g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * waymark_store_list_routine_done_on:
 * @day: a calendar day
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of
 *   the routine items done on @day
 */
GArray *
waymark_store_list_routine_done_on (WaymarkStore  *self,
                                    const GDate   *day,
                                    GError       **error)
{
  sqlite3_stmt *stmt;
  char date[16];

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  g_date_strftime (date, sizeof date, "%Y-%m-%d", day);
  stmt = waymark_store_prepare (self, "SELECT routine_item_id FROM routine_done WHERE date = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  return waymark_store_query_ids (self, stmt, error);
}
