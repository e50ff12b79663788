/* waymark-import-waymark.c: Waymark's own Export Everything, brought back into a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "waymark-export-all.h"
#include "waymark-import.h"
#include "waymark-import-sources.h"
#include "waymark-plan-schema.h"
#include "waymark-store-private.h"

/* The export's tables are read in this plan's order (parents first) and
 * each record is added under a new id, the ids it points at translated
 * on the way, and remembered as "<exporting plan's id>:<its id there>"
 * in import_source. So the plan it goes into may already hold records of
 * its own; an export imported twice, or a later export of the same plan,
 * adds only the records that are new; a record the person has deleted
 * since the last import stays deleted; and importing a plan's export
 * into that same plan adds nothing. Fields this Waymark doesn't know (a
 * newer export) are left out; fields the export lacks (an older one) get
 * their defaults. All in one transaction: a damaged record anywhere and
 * nothing is imported. */

typedef struct
{
  WaymarkStore        *store;
  sqlite3             *db;
  const char          *file_name;
  const char          *source;
  gboolean             same_plan;
  gint64               batch_id;
  /* table name -> (source id -> id here) */
  GHashTable          *maps;
  /* table name -> set of source ids deliberately left out */
  GHashTable          *gone;
  /* SQL text -> prepared statement */
  GHashTable          *statements;
  WaymarkImportResult *result;
} Import;

static void
set_damaged (GError     **error,
             const char  *file_name,
             const char  *what)
{
  g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
               /* Translators: the first %s is a file name, the second what is wrong in it. */
               _("“%s” is damaged, so nothing was imported: %s"), file_name, what);
}

static GHashTable *
id_map (GHashTable *maps,
        const char *table)
{
  GHashTable *map = g_hash_table_lookup (maps, table);

  if (map == NULL)
    {
      map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_hash_table_insert (maps, g_strdup (table), map);
    }
  return map;
}

static GHashTable *
gone_set (GHashTable *gone,
          const char *table)
{
  GHashTable *set = g_hash_table_lookup (gone, table);

  if (set == NULL)
    {
      set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (gone, g_strdup (table), set);
    }
  return set;
}

static void
map_insert (GHashTable *map,
            gint64      from,
            gint64      to)
{
  g_hash_table_insert (map, g_memdup2 (&from, sizeof from), g_memdup2 (&to, sizeof to));
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static sqlite3_stmt *
prepare (Import      *import,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (import->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v2 (import->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (import->store, error);
      return NULL;
    }
  g_hash_table_insert (import->statements, g_strdup (sql), stmt);
  return stmt;
}

static JsonNode *
parse_file (GHashTable  *files,
            const char  *name,
            const char  *file_name,
            GError     **error)
{
  GBytes *bytes = g_hash_table_lookup (files, name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  /* An empty file has no data at all (and JSON-GLib wants some). */
  if (data == NULL || length == 0)
    {
      /* Translators: %s is a file inside the archive, such as checkin.json. */
      g_autofree char *what = g_strdup_printf (_("%s is empty"), name);

      set_damaged (error, file_name, what);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autofree char *what = g_strdup_printf ("%s: %s", name,
                                               local_error != NULL ? local_error->message : "");

      set_damaged (error, file_name, what);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

/**
 * waymark_import_is_waymark:
 * @files: a zip's files (waymark_archive_read_files ())
 *
 * Returns: whether @files are Waymark's Export Everything
 */
gboolean
waymark_import_is_waymark (GHashTable *files)
{
  GBytes *bytes = g_hash_table_lookup (files, WAYMARK_EXPORT_MANIFEST);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, length, NULL))
    return FALSE;
  root = json_parser_get_root (parser);
  return JSON_NODE_HOLDS_OBJECT (root) &&
         g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (root), "format", NULL),
                    WAYMARK_EXPORT_FORMAT) == 0;
}

static gboolean
bind_value (sqlite3_stmt *stmt,
            int           index,
            JsonNode     *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return sqlite3_bind_null (stmt, index) == SQLITE_OK;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return sqlite3_bind_int64 (stmt, index, json_node_get_int (node)) == SQLITE_OK;
    case G_TYPE_DOUBLE:
      return sqlite3_bind_double (stmt, index, json_node_get_double (node)) == SQLITE_OK;
    case G_TYPE_BOOLEAN:
      return sqlite3_bind_int (stmt, index, json_node_get_boolean (node)) == SQLITE_OK;
    case G_TYPE_STRING:
      return sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT) == SQLITE_OK;
    default:
      return FALSE;
    }
}

/* The source id of a record already in the plan, or left out on
 * purpose: TRUE when @id is one of them (@id's mapping made). */
static gboolean
already_here (Import      *import,
              const char  *table,
              gint64       id,
              gboolean    *found,
              GError     **error)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, import->source, id);
  /* Table names come from the plan's own schema. */
  g_autofree char *exists_sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE id = ?1", table);
  sqlite3_stmt *stmt;
  int rc;

  *found = FALSE;

  if (import->same_plan)
    {
      stmt = prepare (import, exists_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        {
          map_insert (id_map (import->maps, table), id, id);
          *found = TRUE;
          return TRUE;
        }
    }

  stmt = prepare (import, "SELECT row_id FROM import_source "
                          "WHERE table_name = ?1 AND source_key = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_stmt *exists;

      sqlite3_reset (stmt);
      *found = TRUE;
      exists = prepare (import, exists_sql, error);
      if (exists == NULL)
        return FALSE;
      sqlite3_bind_int64 (exists, 1, row_id);
      if (sqlite3_step (exists) == SQLITE_ROW)
        map_insert (id_map (import->maps, table), id, row_id);
      else
        g_hash_table_add (gone_set (import->gone, table), g_memdup2 (&id, sizeof id));
      sqlite3_reset (exists);
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (import->store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
person_is_filled_in (Import  *import,
                     gboolean *filled)
{
  sqlite3_stmt *stmt = prepare (import, "SELECT name <> '' OR diagnosis <> '' OR notes <> '' FROM person", NULL);

  if (stmt == NULL)
    return FALSE;
  *filled = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
import_table (Import              *import,
              WaymarkSchemaTable  *table,
              JsonArray           *rows,
              GError             **error)
{
  g_autofree char *file = g_strconcat (table->name, ".json", NULL);
  gboolean is_person = g_str_equal (table->name, "person");
  guint added = 0;

  if (is_person)
    {
      gboolean filled = FALSE;

      if (!person_is_filled_in (import, &filled))
        {
          waymark_store_set_sql_error (import->store, error);
          return FALSE;
        }
      /* The plan's own About Me is the person's; it is never replaced. */
      if (filled && json_array_get_length (rows) > 0)
        {
          import->result->person_kept = TRUE;
          import->result->n_skipped += json_array_get_length (rows);
          return TRUE;
        }
    }

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(GString) values = g_string_new (NULL);
      g_autoptr(GPtrArray) bound = g_ptr_array_new ();
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      JsonObject *row;
      sqlite3_stmt *stmt;
      g_autofree char *row_key = NULL;
      gint64 source_id = 0;
      gboolean skip = FALSE;
      int rc;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autofree char *what = g_strdup_printf (_("record %u of %s is not a record"), i + 1, file);

          set_damaged (error, import->file_name, what);
          return FALSE;
        }
      row = json_node_get_object (node);

      if (table->has_id)
        {
          JsonNode *id = json_object_get_member (row, "id");
          gboolean found = FALSE;

          if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_INT64)
            {
              g_autofree char *what = g_strdup_printf (_("record %u of %s has no id"), i + 1, file);

              set_damaged (error, import->file_name, what);
              return FALSE;
            }
          source_id = json_node_get_int (id);
          if (!is_person && !already_here (import, table->name, source_id, &found, error))
            return FALSE;
          if (found)
            {
              import->result->n_skipped++;
              continue;
            }
        }

      if (is_person)
        g_string_append (sql, "INSERT OR REPLACE INTO person (");
      else
        g_string_append_printf (sql, "INSERT %sINTO \"%s\" (", table->has_id ? "" : "OR IGNORE ", table->name);

      /* bound: the JSON value of each column bound, or NULL; ids: for
       * each, the id it was translated to (> 0), 0 for null, or -1 to
       * bind the JSON value as it is. */
      for (guint c = 0; c < table->columns->len; c++)
        {
          WaymarkSchemaColumn *column = g_ptr_array_index (table->columns, c);
          JsonNode *value = json_object_get_member (row, column->name);
          gint64 id = -1;

          if (value == NULL || (column->is_id && !is_person))
            continue;

          /* An id of another record: the id it was given here. */
          if (column->references != NULL && !JSON_NODE_HOLDS_NULL (value))
            {
              GHashTable *map = id_map (import->maps, column->references);
              gint64 from, *to;

              if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64)
                {
                  g_autofree char *what = g_strdup_printf (_("record %u of %s has a field “%s” that is not an id"),
                                                           i + 1, file, column->name);

                  set_damaged (error, import->file_name, what);
                  return FALSE;
                }
              from = json_node_get_int (value);
              to = g_hash_table_lookup (map, &from);
              if (to != NULL)
                id = *to;
              /* Its record was deleted here after an earlier import: what
               * belonged to it stays away too. */
              else if (g_hash_table_contains (gone_set (import->gone, column->references), &from))
                {
                  skip = TRUE;
                  break;
                }
              /* A reference without a foreign key (the safety banner's
               * questionnaire) may name a record long deleted. */
              else if (g_str_equal (table->name, "safety_banner"))
                id = 0;
              else
                {
                  g_autofree char *what = g_strdup_printf (_("record %u of %s points at a record %s.json doesn’t have"),
                                                           i + 1, file, column->references);

                  set_damaged (error, import->file_name, what);
                  return FALSE;
                }
            }

          g_string_append_printf (sql, "%s\"%s\"", bound->len ? ", " : "", column->name);
          g_string_append_printf (values, "%s?", bound->len ? ", " : "");
          g_ptr_array_add (bound, value);
          g_array_append_val (ids, id);
        }

      if (skip)
        {
          import->result->n_skipped++;
          continue;
        }

      g_string_append_printf (sql, ") VALUES (%s)", values->str);
      /* A row without an id says which it was, so Undo Import can find it. */
      if (!table->has_id)
        g_string_append_printf (sql, " RETURNING json_array (%s)", table->order_by);
      stmt = prepare (import, sql->str, error);
      if (stmt == NULL)
        return FALSE;

      for (guint b = 0; b < bound->len; b++)
        {
          gint64 id = g_array_index (ids, gint64, b);
          gboolean ok;

          if (id > 0)
            ok = sqlite3_bind_int64 (stmt, b + 1, id) == SQLITE_OK;
          else if (id == 0)
            ok = sqlite3_bind_null (stmt, b + 1) == SQLITE_OK;
          else
            ok = bind_value (stmt, b + 1, bound->pdata[b]);
          if (!ok)
            {
              g_autofree char *what = g_strdup_printf (_("record %u of %s has a field that is neither text nor a number"),
                                                       i + 1, file);

              set_damaged (error, import->file_name, what);
              return FALSE;
            }
        }

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          row_key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = sqlite3_step (stmt);
        }
      if (rc != SQLITE_DONE)
        {
          /* Translators: the last %s is SQLite's own reason, in English. */
          g_autofree char *what = g_strdup_printf (_("record %u of %s was refused: %s"),
                                                   i + 1, file, sqlite3_errmsg (import->db));

          sqlite3_reset (stmt);
          set_damaged (error, import->file_name, what);
          return FALSE;
        }
      sqlite3_reset (stmt);

      if (table->has_id ? sqlite3_changes (import->db) == 0 : row_key == NULL)
        {
          import->result->n_skipped++;
          continue;
        }
      added++;

      if (row_key != NULL &&
          !waymark_import_remember_row (import->store, import->batch_id, table->name, row_key, error))
        return FALSE;

      /* The About Me it filled in is one of the records it added: the
       * toast's count, the list of imports and Undo Import all count it,
       * and Undo takes it out again (the plan had none of its own, or the
       * import would have kept that). Moved to this batch if an earlier
       * import, since undone by hand, had filled it in. */
      if (is_person)
        {
          g_autofree char *key = g_strdup_printf ("%s:person", import->source);
          sqlite3_stmt *source = prepare (import, "INSERT OR REPLACE INTO import_source (table_name, source_key, row_id, batch_id) "
                                                  "VALUES ('person', ?1, 1, ?2)", error);

          if (source == NULL)
            return FALSE;
          sqlite3_bind_text (source, 1, key, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (source, 2, import->batch_id);
          if (sqlite3_step (source) != SQLITE_DONE)
            {
              waymark_store_set_sql_error (import->store, error);
              sqlite3_reset (source);
              return FALSE;
            }
          sqlite3_reset (source);
        }

      if (table->has_id && !is_person)
        {
          gint64 new_id = sqlite3_last_insert_rowid (import->db);
          g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, import->source, source_id);
          sqlite3_stmt *source;

          map_insert (id_map (import->maps, table->name), source_id, new_id);

          source = prepare (import, "INSERT INTO import_source (table_name, source_key, row_id, batch_id) "
                                    "VALUES (?1, ?2, ?3, ?4)", error);
          if (source == NULL)
            return FALSE;
          sqlite3_bind_text (source, 1, table->name, -1, SQLITE_STATIC);
          sqlite3_bind_text (source, 2, key, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (source, 3, new_id);
          sqlite3_bind_int64 (source, 4, import->batch_id);
          if (sqlite3_step (source) != SQLITE_DONE)
            {
              waymark_store_set_sql_error (import->store, error);
              sqlite3_reset (source);
              return FALSE;
            }
          sqlite3_reset (source);
        }
    }

  if (added > 0)
    waymark_store_emit_changed (import->store, waymark_plan_schema_kind (table->name));
  import->result->n_added += added;
  return TRUE;
}

static gboolean
import_all (Import      *import,
            GHashTable  *files,
            GError     **error)
{
  g_autoptr(GPtrArray) tables = waymark_plan_schema_load (import->db, error);
  g_autofree char *now = waymark_store_timestamp_now ();
  sqlite3_stmt *stmt;

  if (tables == NULL)
    return FALSE;

  stmt = prepare (import, "INSERT INTO import_batch (format, file_name, source, imported_at, created_at, updated_at) "
                          "VALUES ('waymark', ?1, ?2, ?3, ?3, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, import->file_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, import->source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      waymark_store_set_sql_error (import->store, error);
      return FALSE;
    }
  sqlite3_reset (stmt);
  import->batch_id = sqlite3_last_insert_rowid (import->db);

  for (guint i = 0; i < tables->len; i++)
    {
      WaymarkSchemaTable *table = g_ptr_array_index (tables, i);
      g_autofree char *name = g_strconcat (table->name, ".json", NULL);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonNode) root = parse_file (files, name, import->file_name, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (root == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (root))
        {
          g_autofree char *what = g_strdup_printf (_("%s is not a list of records"), name);

          set_damaged (error, import->file_name, what);
          return FALSE;
        }
      if (!import_table (import, table, json_node_get_array (root), error))
        return FALSE;
    }

  /* Nothing new: no batch to remember or undo. */
  if (import->result->n_added == 0)
    {
      stmt = prepare (import, "DELETE FROM import_batch WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, import->batch_id);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
      import->batch_id = 0;
    }
  import->result->batch_id = import->batch_id;
  return TRUE;
}

static char *
dup_own_plan_id (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *plan_id = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT plan_id FROM plan_identity", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    plan_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return plan_id;
}

/**
 * waymark_import_waymark:
 * @files: the export's files (waymark_archive_read_files ())
 * @file_name: the export's name, for messages and the batch
 * @result: (out caller-allocates): what was imported
 *
 * Returns: %TRUE when every record of the export is in the plan
 */
gboolean
waymark_import_waymark (WaymarkStore         *store,
                        GHashTable           *files,
                        const char           *file_name,
                        WaymarkImportResult  *result,
                        GError              **error)
{
  g_autoptr(JsonNode) manifest = NULL;
  g_autoptr(GHashTable) maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) gone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            finalize_statement);
  g_autofree char *own_plan_id = NULL;
  JsonObject *object;
  const char *source;
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->format = "waymark";

  manifest = parse_file (files, WAYMARK_EXPORT_MANIFEST, file_name, error);
  if (manifest == NULL)
    {
      if (error != NULL && *error == NULL)
        set_damaged (error, file_name, _("it has no manifest.json"));
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (manifest))
    {
      set_damaged (error, file_name, _("manifest.json is not what Export Everything writes"));
      return FALSE;
    }
  object = json_node_get_object (manifest);
  if (json_object_get_int_member_with_default (object, "format_version", 0) > WAYMARK_EXPORT_FORMAT_VERSION)
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_NEWER,
                   /* Translators: %s is a file name. */
                   _("“%s” was exported by a newer Waymark; update Waymark to import it"), file_name);
      return FALSE;
    }
  source = json_object_get_string_member_with_default (object, "plan_id", NULL);
  if (source == NULL || *source == '\0')
    {
      set_damaged (error, file_name, _("manifest.json does not say which plan it came from"));
      return FALSE;
    }

  import.store = store;
  import.db = waymark_store_get_db (store);
  import.file_name = file_name;
  import.source = source;
  import.maps = maps;
  import.gone = gone;
  import.statements = statements;
  import.result = result;
  own_plan_id = dup_own_plan_id (import.db);
  import.same_plan = g_strcmp0 (own_plan_id, source) == 0;

  if (!waymark_store_begin (store, error))
    return FALSE;

  ok = import_all (&import, files, error);

  /* Statements are done before the transaction ends. */
  g_hash_table_remove_all (statements);

  if (!ok)
    {
      waymark_store_rollback (store);
      memset (result, 0, sizeof *result);
      result->format = "waymark";
      return FALSE;
    }

  return waymark_store_commit (store, error);
}
