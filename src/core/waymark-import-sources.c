/* waymark-import-sources.c: what was imported from where, listed and undone
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-import-result.h"
#include "waymark-import-sources.h"
#include "waymark-plan-schema.h"
#include "waymark-store-private.h"

/* Every import is a batch (import_batch, migration 0008). A record with
 * an id of its own that it added is in import_source; a row without one
 * (a check-in's tag, a routine's day done, a tracker's value) that it
 * added to a record the plan already had is in import_row, by its primary
 * key as a JSON array. Undo Import removes exactly those rows, and what
 * hangs on them (the foreign keys' ON DELETE CASCADE), and forgets the
 * batch, so the same file can be imported again afterwards. */

void
waymark_import_batch_free (WaymarkImportBatch *batch)
{
  if (batch == NULL)
    return;
  g_free (batch->format);
  g_free (batch->file_name);
  g_free (batch->imported_at);
  g_free (batch);
}

/**
 * waymark_import_list_batches:
 *
 * Returns: (transfer full) (element-type WaymarkImportBatch) (nullable):
 *   the plan's imports, oldest first; %NULL on error
 */
GPtrArray *
waymark_import_list_batches (WaymarkStore  *store,
                             GError       **error)
{
  g_autoptr(GPtrArray) batches = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_import_batch_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  stmt = waymark_store_prepare (store,
                                "SELECT b.id, b.format, b.file_name, b.imported_at, "
                                "       (SELECT count(*) FROM import_source s WHERE s.batch_id = b.id) + "
                                "       (SELECT count(*) FROM import_row r WHERE r.batch_id = b.id) "
                                "FROM import_batch b ORDER BY b.id",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkImportBatch *batch = g_new0 (WaymarkImportBatch, 1);

      batch->id = sqlite3_column_int64 (stmt, 0);
      batch->format = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      batch->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      batch->imported_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      batch->n_records = (guint) sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (batches, batch);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&batches);
}

/**
 * waymark_import_remember_row:
 * @table: a table whose rows have no id of their own
 * @key: the row's primary key, as SQLite's json_array () of its columns
 *
 * Notes that batch @batch_id added the row, so undoing the batch removes
 * it even though the record it belongs to stays.
 */
gboolean
waymark_import_remember_row (WaymarkStore  *store,
                             gint64         batch_id,
                             const char    *table,
                             const char    *key,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL && key != NULL, FALSE);

  stmt = waymark_store_prepare (store, "INSERT OR IGNORE INTO import_row (batch_id, table_name, key) "
                                       "VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
  return waymark_store_step_done (store, stmt, error);
}

/* Runs @sql (bound to @batch_id and @table) and counts what it deleted. */
static gboolean
delete_rows (WaymarkStore  *store,
             const char    *sql,
             gint64         batch_id,
             const char    *table,
             guint         *n_removed,
             GHashTable    *kinds,
             GError       **error)
{
  sqlite3 *db = waymark_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int changes;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, batch_id);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  changes = sqlite3_changes (db);
  *n_removed += (guint) changes;
  if (changes > 0)
    g_hash_table_add (kinds, (gpointer) waymark_plan_schema_kind (table));
  return TRUE;
}

static gboolean
undo_batch (WaymarkStore  *store,
            gint64         batch_id,
            guint         *n_removed,
            GHashTable    *kinds,
            GError       **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = waymark_store_prepare (store, "SELECT 1 FROM import_batch WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, batch_id);

      if (rc != SQLITE_DONE)
        waymark_store_set_sql_error (store, error);
      else
        g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_NO_BATCH,
                     /* Translators: %s is the number of an import, as --list-imports shows it. */
                     _("This plan has no import %s (it may have been undone already)"), number);
      return FALSE;
    }

  tables = waymark_plan_schema_load (waymark_store_get_db (store), error);
  if (tables == NULL)
    return FALSE;

  /* Children before their parents: rows without an id, then the records. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = tables->len; i > 0; i--)
      {
        WaymarkSchemaTable *table = g_ptr_array_index (tables, i - 1);
        g_autofree char *sql = NULL;

        if (pass == 0 && !table->has_id)
          {
            g_auto(GStrv) keys = g_strsplit (table->order_by, ", ", -1);
            g_autoptr(GString) extract = g_string_new (NULL);

            for (guint k = 0; keys[k] != NULL; k++)
              g_string_append_printf (extract, "%sjson_extract (key, '$[%u]')", k ? ", " : "", k);
            /* Names from the plan's own schema. */
            sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE (%s) IN "
                                   "(SELECT %s FROM import_row WHERE batch_id = ?1 AND table_name = ?2)",
                                   table->name, table->order_by, extract->str);
          }
        else if (pass == 1 && table->has_id)
          sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id IN "
                                 "(SELECT row_id FROM import_source WHERE batch_id = ?1 AND table_name = ?2)",
                                 table->name);
        if (sql != NULL && !delete_rows (store, sql, batch_id, table->name, n_removed, kinds, error))
          return FALSE;
      }

  /* import_source and import_row go with it (ON DELETE CASCADE). */
  stmt = waymark_store_prepare (store, "DELETE FROM import_batch WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  return waymark_store_step_done (store, stmt, error);
}

/**
 * waymark_import_undo:
 * @batch_id: the import to undo (WaymarkImportResult's batch_id, or one of
 *   waymark_import_list_batches ())
 * @n_removed: (out) (optional): how many records were taken out
 *
 * Removes exactly what the import added that is still in the plan, in one
 * transaction; records the person wrote and other imports stay.
 *
 * Returns: %TRUE when the batch is gone; on %FALSE the plan is as it was
 */
gboolean
waymark_import_undo (WaymarkStore  *store,
                     gint64         batch_id,
                     guint         *n_removed,
                     GError       **error)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer kind;
  guint removed = 0;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);

  if (n_removed != NULL)
    *n_removed = 0;
  if (!waymark_store_begin (store, error))
    return FALSE;
  if (!undo_batch (store, batch_id, &removed, kinds, error))
    {
      waymark_store_rollback (store);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, kinds);
  while (g_hash_table_iter_next (&iter, &kind, NULL))
    waymark_store_emit_changed (store, kind);
  if (!waymark_store_commit (store, error))
    return FALSE;
  if (n_removed != NULL)
    *n_removed = removed;
  return TRUE;
}
