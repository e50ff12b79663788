/* waymark-plan-schema.c: the plan's tables as an export and an import see them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-schema"

#include "config.h"

#include "waymark-plan-schema.h"
#include "waymark-store-error.h"

/* Read from the plan itself rather than listed by hand, so that a table or
 * a column a later migration adds is exported and imported without anyone
 * remembering to: every table that holds what the person wrote, parents
 * before the rows that point at them, each with its columns and which of
 * them hold another row's id (from the foreign keys SQLite knows of, and
 * the few plain references the schema keeps on purpose). */

/* What is the file's own bookkeeping, not the person's plan: SQLite's,
 * the plan's identity, drafts being typed (nothing exports those), and
 * the record of what was imported from where. */
static const char * const internal_tables[] = {
  "plan_identity", "draft", "import_batch", "import_source",
  "import_row",
};

/* References kept without a foreign key (see 0006-safety-banner.sql). */
static const struct
{
  const char *table;
  const char *column;
  const char *references;
} plain_references[] = {
  { "safety_banner", "questionnaire_id", "questionnaire" },
};

/* The kind of record each table holds, as the store's "changed" signal
 * names it (each record type's table description). */
static const struct
{
  const char *table;
  const char *kind;
} kinds[] = {
  { "person", "person" },
  { "contact", "contact" },
  { "goal", "goal" },
  { "goal_progress", "goal" },
  { "routine_item", "routine" },
  { "routine_done", "routine" },
  { "plan_entry", "plan-entry" },
  { "plan_entry_tag", "plan-entry" },
  { "intervention", "intervention" },
  { "medication_dose", "intervention" },
  { "plan_review", "plan-review" },
  { "checkin", "checkin" },
  { "checkin_tag", "checkin" },
  { "checkin_medication", "checkin" },
  { "tracker", "tracker" },
  { "tracker_value", "checkin" },
  { "questionnaire", "questionnaire" },
  { "crisis_entry", "crisis" },
  { "stage_event", "stage-event" },
  { "milestone", "milestone" },
  { "safety_banner", "safety-banner" },
};

static void
column_free (WaymarkSchemaColumn *column)
{
  g_free (column->name);
  g_free (column->references);
  g_free (column);
}

static void
table_free (WaymarkSchemaTable *table)
{
  g_free (table->name);
  g_free (table->order_by);
  g_ptr_array_unref (table->columns);
  g_free (table);
}

gboolean
waymark_plan_schema_is_internal (const char *table)
{
  g_return_val_if_fail (table != NULL, TRUE);

  if (g_str_has_prefix (table, "sqlite_"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (internal_tables); i++)
    if (g_str_equal (table, internal_tables[i]))
      return TRUE;
  return FALSE;
}

/**
 * waymark_plan_schema_kind:
 *
 * Returns: the kind of record @table holds, as WaymarkStore::changed
 *   names it; @table itself for a table Waymark doesn't know yet
 */
const char *
waymark_plan_schema_kind (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].table, table))
      return kinds[i].kind;
  return table;
}

WaymarkSchemaTable *
waymark_plan_schema_find (GPtrArray  *tables,
                          const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      WaymarkSchemaTable *table = g_ptr_array_index (tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }
  return NULL;
}

WaymarkSchemaColumn *
waymark_schema_table_find (WaymarkSchemaTable *table,
                           const char         *column)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      WaymarkSchemaColumn *c = g_ptr_array_index (table->columns, i);

      if (g_str_equal (c->name, column))
        return c;
    }
  return NULL;
}

static gboolean
set_error (sqlite3  *db,
           GError  **error)
{
  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
  return FALSE;
}

static WaymarkSchemaTable *
load_table (sqlite3     *db,
            const char  *name,
            GError     **error)
{
  g_autoptr(GString) order_by = g_string_new (NULL);
  char *info_sql = NULL;
  char *keys_sql = NULL;
  WaymarkSchemaTable *table;
  sqlite3_stmt *stmt = NULL;
  int rc;

  table = g_new0 (WaymarkSchemaTable, 1);
  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);

  /* Columns, in order; pk is the column's place in the primary key. */
  info_sql = sqlite3_mprintf ("SELECT name, upper (type), pk, (SELECT count(*) FROM pragma_table_info (%Q) WHERE pk > 0) "
                              "FROM pragma_table_info (%Q) ORDER BY cid", name, name);
  if (sqlite3_prepare_v2 (db, info_sql, -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  {
    g_autoptr(GPtrArray) keys = g_ptr_array_new ();

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        WaymarkSchemaColumn *column = g_new0 (WaymarkSchemaColumn, 1);
        const char *type = (const char *) sqlite3_column_text (stmt, 1);
        int pk = sqlite3_column_int (stmt, 2);

        column->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        /* Only a lone INTEGER PRIMARY KEY is the row's id. */
        column->is_id = pk == 1 && sqlite3_column_int (stmt, 3) == 1 && g_strcmp0 (type, "INTEGER") == 0;
        table->has_id = table->has_id || column->is_id;
        g_ptr_array_add (table->columns, column);
        if (pk > 0)
          {
            if ((guint) pk > keys->len)
              g_ptr_array_set_size (keys, pk);
            keys->pdata[pk - 1] = column->name;
          }
      }
    if (rc != SQLITE_DONE)
      goto failed;
    g_clear_pointer (&stmt, sqlite3_finalize);

    for (guint i = 0; i < keys->len; i++)
      if (keys->pdata[i] != NULL)
        g_string_append_printf (order_by, "%s\"%s\"", order_by->len ? ", " : "", (char *) keys->pdata[i]);
    if (order_by->len == 0)
      g_string_append (order_by, "rowid");
    table->order_by = g_string_free (g_steal_pointer (&order_by), FALSE);
  }

  keys_sql = sqlite3_mprintf ("SELECT \"from\", \"table\" FROM pragma_foreign_key_list (%Q)", name);
  if (sqlite3_prepare_v2 (db, keys_sql, -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkSchemaColumn *column = waymark_schema_table_find (table, (const char *) sqlite3_column_text (stmt, 0));

      if (column != NULL)
        {
          g_free (column->references);
          column->references = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
    }
  if (rc != SQLITE_DONE)
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < G_N_ELEMENTS (plain_references); i++)
    if (g_str_equal (plain_references[i].table, name))
      {
        WaymarkSchemaColumn *column = waymark_schema_table_find (table, plain_references[i].column);

        if (column != NULL && column->references == NULL)
          column->references = g_strdup (plain_references[i].references);
      }

  sqlite3_free (info_sql);
  sqlite3_free (keys_sql);
  return table;

failed:
  set_error (db, error);
  sqlite3_finalize (stmt);
  sqlite3_free (info_sql);
  sqlite3_free (keys_sql);
  table_free (table);
  return NULL;
}

static gboolean
depends_on_unplaced (WaymarkSchemaTable *table,
                     GPtrArray          *unplaced)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      WaymarkSchemaColumn *column = g_ptr_array_index (table->columns, i);

      if (column->references != NULL && !g_str_equal (column->references, table->name) &&
          waymark_plan_schema_find (unplaced, column->references) != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * waymark_plan_schema_load:
 *
 * Returns: (transfer full) (element-type WaymarkSchemaTable): the tables
 *   that hold the person's plan, each after the tables its rows point at
 */
GPtrArray *
waymark_plan_schema_load (sqlite3  *db,
                          GError  **error)
{
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);

  if (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error (db, error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      WaymarkSchemaTable *table;

      if (waymark_plan_schema_is_internal (name))
        continue;
      table = load_table (db, name, error);
      if (table == NULL)
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
      g_ptr_array_add (unplaced, table);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error (db, error);
      return NULL;
    }

  /* Parents first; a table whose parent is not exported (none today)
   * comes last, its reference left as it was. */
  while (unplaced->len > 0)
    {
      gboolean placed = FALSE;

      for (guint i = 0; i < unplaced->len; i++)
        if (!depends_on_unplaced (g_ptr_array_index (unplaced, i), unplaced))
          {
            g_ptr_array_add (tables, g_ptr_array_steal_index (unplaced, i));
            placed = TRUE;
            break;
          }
      if (!placed)
        g_ptr_array_add (tables, g_ptr_array_steal_index (unplaced, 0));
    }

  return g_steal_pointer (&tables);
}
