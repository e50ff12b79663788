/* waymark-store-records.c: listing, saving, deleting (with undo) and
 * reordering the records of a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-record-private.h"
#include "waymark-store-private.h"

/* The SQL for each kind of record is made from its WaymarkTable, once
 * per store, and kept with its prepared statement. Columns are always
 * bound and read in the table's order, after id and position. */

static gboolean
is_ordered (const WaymarkTable *table)
{
  return table->order_by == NULL;
}

static const WaymarkTable *
table_for_type (GType record_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (record_type);

  return WAYMARK_RECORD_CLASS (klass)->table;
}

static int
scope_column (const WaymarkTable *table)
{
  if (table->scope == NULL)
    return -1;

  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].name, table->scope))
      return i;

  g_assert_not_reached ();
}

static char *
column_list (const WaymarkTable *table)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (list, "%s%s", i ? ", " : "", table->columns[i].name);

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static const char *
list_sql (WaymarkStore       *self,
          const WaymarkTable *table,
          gboolean            scoped)
{
  g_autofree char *columns = column_list (table);

  return waymark_store_intern_sql (self,
    g_strdup_printf ("SELECT id, %s, %s FROM %s %s%s%s ORDER BY %s",
                     is_ordered (table) ? "position" : "0", columns, table->table,
                     scoped ? "WHERE " : "", scoped ? table->scope : "", scoped ? " IS ?1" : "",
                     is_ordered (table) ? "position, id" : table->order_by));
}

static void
bind_column (sqlite3_stmt  *stmt,
             WaymarkRecord *record,
             guint          column,
             int            param)
{
  const WaymarkTable *table = waymark_record_get_table (record);

  switch (table->columns[column].type)
    {
    case WAYMARK_COLUMN_TEXT:
      sqlite3_bind_text (stmt, param, waymark_record_get_text (record, column), -1, SQLITE_TRANSIENT);
      break;
    case WAYMARK_COLUMN_DATE:
      if (*waymark_record_get_text (record, column) != '\0')
        sqlite3_bind_text (stmt, param, waymark_record_get_text (record, column), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, param);
      break;
    case WAYMARK_COLUMN_INT:
    case WAYMARK_COLUMN_BOOLEAN:
      sqlite3_bind_int (stmt, param, waymark_record_get_int (record, column));
      break;
    case WAYMARK_COLUMN_SCALE:
      if (waymark_record_get_int (record, column) != WAYMARK_UNSET)
        sqlite3_bind_int (stmt, param, waymark_record_get_int (record, column));
      else
        sqlite3_bind_null (stmt, param);
      break;
    case WAYMARK_COLUMN_REAL:
      if (waymark_record_get_real (record, column) != WAYMARK_UNSET)
        sqlite3_bind_double (stmt, param, waymark_record_get_real (record, column));
      else
        sqlite3_bind_null (stmt, param);
      break;
    case WAYMARK_COLUMN_REFERENCE:
      if (waymark_record_get_reference (record, column) != 0)
        sqlite3_bind_int64 (stmt, param, waymark_record_get_reference (record, column));
      else
        sqlite3_bind_null (stmt, param);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
bind_columns (sqlite3_stmt  *stmt,
              WaymarkRecord *record,
              int            first_param)
{
  const WaymarkTable *table = waymark_record_get_table (record);

  for (guint i = 0; i < table->n_columns; i++)
    bind_column (stmt, record, i, first_param + i);
}

static WaymarkRecord *
read_record (GType         record_type,
             sqlite3_stmt *stmt)
{
  const WaymarkTable *table = table_for_type (record_type);
  WaymarkRecord *record = g_object_new (record_type, NULL);

  _waymark_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  _waymark_record_set_position (record, sqlite3_column_int (stmt, 1));

  g_object_freeze_notify (G_OBJECT (record));
  for (guint i = 0; i < table->n_columns; i++)
    {
      int column = 2 + i;

      switch (table->columns[i].type)
        {
        case WAYMARK_COLUMN_TEXT:
        case WAYMARK_COLUMN_DATE:
          waymark_record_set_text (record, i, (const char *) sqlite3_column_text (stmt, column));
          break;
        case WAYMARK_COLUMN_INT:
        case WAYMARK_COLUMN_BOOLEAN:
          waymark_record_set_int (record, i, sqlite3_column_int (stmt, column));
          break;
        case WAYMARK_COLUMN_REFERENCE:
          waymark_record_set_reference (record, i, sqlite3_column_int64 (stmt, column));
          break;
        case WAYMARK_COLUMN_SCALE:
          waymark_record_set_int (record, i, sqlite3_column_type (stmt, column) == SQLITE_NULL
                                             ? WAYMARK_UNSET : sqlite3_column_int (stmt, column));
          break;
        case WAYMARK_COLUMN_REAL:
          waymark_record_set_real (record, i, sqlite3_column_type (stmt, column) == SQLITE_NULL
                                              ? WAYMARK_UNSET : sqlite3_column_double (stmt, column));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_object_thaw_notify (G_OBJECT (record));

  return record;
}

/**
 * waymark_store_list:
 * @self: the store
 * @record_type: a #WaymarkRecord subclass
 * @scope: (nullable): for kinds kept in groups (plan entries by kind,
 *   contacts by whether they are on the care team...), the group's value
 *   of the scope column; %NULL lists every record
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the records, in the person's own
 *   order, or newest first for dated records
 */
GListModel *
waymark_store_list (WaymarkStore  *self,
                    GType          record_type,
                    const char    *scope,
                    GError       **error)
{
  g_autoptr(GListStore) records = NULL;
  const WaymarkTable *table;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, WAYMARK_TYPE_RECORD), NULL);

  table = table_for_type (record_type);
  g_return_val_if_fail (scope == NULL || table->scope != NULL, NULL);

  stmt = waymark_store_prepare (self, list_sql (self, table, scope != NULL), error);
  if (stmt == NULL)
    return NULL;

  if (scope != NULL)
    sqlite3_bind_text (stmt, 1, scope, -1, SQLITE_TRANSIENT);

  records = g_list_store_new (record_type);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WaymarkRecord) record = read_record (record_type, stmt);
      g_list_store_append (records, record);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&records));
}

/**
 * waymark_store_get:
 * @self: the store
 * @record_type: a #WaymarkRecord subclass
 * @id: the record's id
 * @error: %WAYMARK_STORE_ERROR_NOT_FOUND when there is no such record
 *
 * Returns: (transfer full) (nullable): the record
 */
WaymarkRecord *
waymark_store_get (WaymarkStore  *self,
                   GType          record_type,
                   gint64         id,
                   GError       **error)
{
  const WaymarkTable *table;
  g_autofree char *columns = NULL;
  WaymarkRecord *record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, WAYMARK_TYPE_RECORD), NULL);

  table = table_for_type (record_type);
  columns = column_list (table);
  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self,
                                  g_strdup_printf ("SELECT id, %s, %s FROM %s WHERE id = ?1",
                                                   is_ordered (table) ? "position" : "0",
                                                   columns, table->table)),
                                error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = read_record (record_type, stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    return record;

  if (rc == SQLITE_DONE)
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_NOT_FOUND,
                 _("That entry is no longer in the plan."));
  else
    waymark_store_set_sql_error (self, error);

  return NULL;
}

/**
 * waymark_store_list_children:
 * @parent_id: the id of the record they belong to (a goal, a medication)
 *
 * Lists records whose scope column refers to @parent_id: a goal's
 * progress notes, a medication's dose history.
 *
 * Returns: (transfer full) (nullable): the records
 */
GListModel *
waymark_store_list_children (WaymarkStore  *self,
                             GType          record_type,
                             gint64         parent_id,
                             GError       **error)
{
  char scope[32];

  g_snprintf (scope, sizeof scope, "%" G_GINT64_FORMAT, parent_id);

  return waymark_store_list (self, record_type, scope, error);
}

static gboolean
insert_record (WaymarkStore  *self,
               WaymarkRecord *record,
               const char    *now,
               GError       **error)
{
  const WaymarkTable *table = waymark_record_get_table (record);
  g_autofree char *columns = column_list (table);
  g_autoptr(GString) params = g_string_new (NULL);
  const char *sql;
  sqlite3_stmt *stmt;
  int position = 0;
  int n = table->n_columns;

  if (is_ordered (table))
    {
      int scope = scope_column (table);

      /* New records go at the end of their group. */
      sql = waymark_store_intern_sql (self,
        g_strdup_printf ("SELECT coalesce(max(position) + 1, 0) FROM %s%s%s%s",
                         table->table, scope >= 0 ? " WHERE " : "",
                         scope >= 0 ? table->scope : "", scope >= 0 ? " IS ?1" : ""));
      stmt = waymark_store_prepare (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      if (scope >= 0)
        bind_column (stmt, record, scope, 1);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          waymark_store_set_sql_error (self, error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      position = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  for (int i = 1; i <= n; i++)
    g_string_append_printf (params, "?%d, ", i);

  if (is_ordered (table))
    g_string_append_printf (params, "?%d, ", n + 2);

  sql = waymark_store_intern_sql (self,
    g_strdup_printf ("INSERT INTO %s (%s, %screated_at, updated_at) VALUES (%s?%d, ?%d)",
                     table->table, columns, is_ordered (table) ? "position, " : "",
                     params->str, n + 1, n + 1));
  stmt = waymark_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_columns (stmt, record, 1);
  sqlite3_bind_text (stmt, n + 1, now, -1, SQLITE_TRANSIENT);
  if (is_ordered (table))
    sqlite3_bind_int (stmt, n + 2, position);

  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  _waymark_record_set_id (record, sqlite3_last_insert_rowid (waymark_store_get_db (self)));
  _waymark_record_set_position (record, position);
  waymark_store_note_insert (self, record);

  return TRUE;
}

static gboolean
update_record (WaymarkStore  *self,
               WaymarkRecord *record,
               const char    *now,
               GError       **error)
{
  const WaymarkTable *table = waymark_record_get_table (record);
  g_autoptr(GString) sets = g_string_new (NULL);
  sqlite3_stmt *stmt;
  const char *sql;
  int n = table->n_columns;

  for (int i = 0; i < n; i++)
    g_string_append_printf (sets, "%s = ?%d, ", table->columns[i].name, i + 1);

  sql = waymark_store_intern_sql (self,
    g_strdup_printf ("UPDATE %s SET %supdated_at = ?%d WHERE id = ?%d",
                     table->table, sets->str, n + 1, n + 2));
  stmt = waymark_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_columns (stmt, record, 1);
  sqlite3_bind_text (stmt, n + 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, n + 2, waymark_record_get_id (record));

  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (waymark_store_get_db (self)) == 0)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("That entry is no longer in the plan, so the change could not be kept."));
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_save:
 * @self: the store
 * @record: a new record (id 0), or one read from this store, as edited
 * @error: a #WAYMARK_STORE_ERROR_INVALID with a message for the person
 *   when the record can't be kept as it is
 *
 * Writes the record durably in one transaction. A new record is added at
 * the end of its group and gets its id. Emits #WaymarkStore::changed
 * with the record's kind.
 *
 * Returns: %TRUE if the change is kept
 */
gboolean
waymark_store_save (WaymarkStore   *self,
                    WaymarkRecord  *record,
                    GError        **error)
{
  g_autofree char *now = NULL;
  gboolean ok;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WAYMARK_IS_RECORD (record), FALSE);

  if (!waymark_record_validate (record, error))
    return FALSE;

  if (!waymark_store_begin (self, error))
    return FALSE;

  now = waymark_store_timestamp_now ();
  if (waymark_record_get_id (record) == 0)
    ok = insert_record (self, record, now, error) &&
         waymark_store_raise_safety_banner (self, record, now, error);
  else
    ok = update_record (self, record, now, error);

  if (!ok)
    {
      waymark_store_rollback (self);
      return FALSE;
    }

  if (!waymark_store_commit (self, error))
    return FALSE;

  waymark_store_emit_changed (self, waymark_record_get_table (record)->kind);
  return TRUE;
}

/* A deleted record's rows, and the rows that belonged to it, exactly as
 * they were, so undo puts back the same ids, positions and timestamps. */
typedef struct
{
  char      *table;
  GPtrArray *names;    /* column names */
  GPtrArray *values;   /* sqlite3_value *, one per column */
} SavedRow;

struct _WaymarkDeletion
{
  const char *kind;
  GPtrArray  *rows;    /* SavedRow *, the record first */
};

static void
saved_row_free (SavedRow *row)
{
  g_free (row->table);
  g_ptr_array_unref (row->names);
  g_ptr_array_unref (row->values);
  g_free (row);
}

void
waymark_deletion_free (WaymarkDeletion *deletion)
{
  if (deletion == NULL)
    return;

  g_ptr_array_unref (deletion->rows);
  g_free (deletion);
}

static gboolean
save_rows (WaymarkStore  *self,
           const char    *table,
           const char    *column,
           gint64         id,
           GPtrArray     *rows,
           GError       **error)
{
  const char *sql = waymark_store_intern_sql (self,
    g_strdup_printf ("SELECT * FROM %s WHERE %s = ?1", table, column));
  sqlite3_stmt *stmt = waymark_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SavedRow *row = g_new0 (SavedRow, 1);
      int n = sqlite3_column_count (stmt);

      row->table = g_strdup (table);
      row->names = g_ptr_array_new_with_free_func (g_free);
      row->values = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_value_free);
      for (int i = 0; i < n; i++)
        {
          g_ptr_array_add (row->names, g_strdup (sqlite3_column_name (stmt, i)));
          g_ptr_array_add (row->values, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
        }
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_delete:
 * @self: the store
 * @record: a record read from this store
 * @error: return location for an error
 *
 * Deletes the record and what belongs to it (a goal's progress notes, a
 * medication's dose history), durably, in one transaction.
 *
 * Returns: (transfer full) (nullable): what was deleted, for
 *   waymark_store_undo_delete (); %NULL on failure
 */
WaymarkDeletion *
waymark_store_delete (WaymarkStore   *self,
                      WaymarkRecord  *record,
                      GError        **error)
{
  g_autoptr(WaymarkDeletion) deletion = NULL;
  const WaymarkTable *table;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_RECORD (record), NULL);
  g_return_val_if_fail (waymark_record_get_id (record) > 0, NULL);

  table = waymark_record_get_table (record);
  id = waymark_record_get_id (record);

  deletion = g_new0 (WaymarkDeletion, 1);
  deletion->kind = table->kind;
  deletion->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) saved_row_free);

  if (!waymark_store_begin (self, error))
    return NULL;

  if (!save_rows (self, table->table, "id", id, deletion->rows, error))
    goto fail;
  for (guint i = 0; i < table->n_children; i++)
    if (!save_rows (self, table->children[i].table, table->children[i].column, id, deletion->rows, error))
      goto fail;

  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self,
                                  g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table->table)),
                                error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!waymark_store_step_done (self, stmt, error))
    goto fail;

  if (!waymark_store_commit (self, error))
    return NULL;

  waymark_store_emit_changed (self, table->kind);
  return g_steal_pointer (&deletion);

fail:
  waymark_store_rollback (self);
  return NULL;
}

static gboolean
restore_row (WaymarkStore  *self,
             SavedRow      *row,
             GError       **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new (NULL);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < row->names->len; i++)
    {
      g_string_append_printf (names, "%s%s", i ? ", " : "", (char *) row->names->pdata[i]);
      g_string_append_printf (params, "%s?%u", i ? ", " : "", i + 1);
    }

  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self,
                                  g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                                   row->table, names->str, params->str)),
                                error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < row->values->len; i++)
    sqlite3_bind_value (stmt, i + 1, row->values->pdata[i]);

  return waymark_store_step_done (self, stmt, error);
}

/**
 * waymark_store_undo_delete:
 * @self: the store the deletion was made in
 * @deletion: what waymark_store_delete () returned
 * @error: return location for an error
 *
 * Puts the record and what belonged to it back, with the same id and
 * place in the list.
 *
 * Returns: %TRUE if it is back
 */
gboolean
waymark_store_undo_delete (WaymarkStore     *self,
                           WaymarkDeletion  *deletion,
                           GError          **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);

  if (!waymark_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < deletion->rows->len; i++)
    if (!restore_row (self, deletion->rows->pdata[i], error))
      {
        waymark_store_rollback (self);
        return FALSE;
      }

  if (!waymark_store_commit (self, error))
    return FALSE;

  waymark_store_emit_changed (self, deletion->kind);
  return TRUE;
}

/**
 * waymark_store_move:
 * @self: the store
 * @record: a record of a kind the person orders themselves
 * @new_index: where it goes in its group, counted from 0; past the end
 *   means last
 * @error: return location for an error
 *
 * Returns: %TRUE if the new order is kept
 */
gboolean
waymark_store_move (WaymarkStore   *self,
                    WaymarkRecord  *record,
                    guint           new_index,
                    GError        **error)
{
  const WaymarkTable *table;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 id;
  int scope;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WAYMARK_IS_RECORD (record), FALSE);
  g_return_val_if_fail (is_ordered (waymark_record_get_table (record)), FALSE);

  table = waymark_record_get_table (record);
  id = waymark_record_get_id (record);
  scope = scope_column (table);

  if (!waymark_store_begin (self, error))
    return FALSE;

  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self,
                                  g_strdup_printf ("SELECT id FROM %s WHERE %s IS (SELECT %s FROM %s WHERE id = ?1) "
                                                   "ORDER BY position, id",
                                                   table->table, scope >= 0 ? table->scope : "1",
                                                   scope >= 0 ? table->scope : "1", table->table)),
                                error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 other = sqlite3_column_int64 (stmt, 0);
      if (other != id)
        g_array_append_val (ids, other);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      goto fail;
    }

  g_array_insert_val (ids, MIN (new_index, ids->len), id);

  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self,
                                  g_strdup_printf ("UPDATE %s SET position = ?1 WHERE id = ?2 AND position IS NOT ?1",
                                                   table->table)),
                                error);
  if (stmt == NULL)
    goto fail;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!waymark_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!waymark_store_commit (self, error))
    return FALSE;

  _waymark_record_set_position (record, MIN (new_index, ids->len - 1));
  waymark_store_emit_changed (self, table->kind);
  return TRUE;

fail:
  waymark_store_rollback (self);
  return FALSE;
}
