/* waymark-export-all.c: the whole plan in open formats, in one zip
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-export-all"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <time.h>

#include "waymark-atomic-file.h"
#include "waymark-export-all.h"
#include "waymark-journal-export.h"
#include "waymark-plan-schema.h"
#include "waymark-store-private.h"

/* Everything the person wrote, so nothing keeps them in Waymark: one JSON
 * file per kind of record (a table of the plan, its rows as objects whose
 * members are the columns, exactly as stored), the journal as the same
 * CSV the Journal page exports, a manifest, and FORMAT.md, which says
 * what every file and field means. Read in one transaction, so the files
 * agree with each other; written through the atomic writer, so a full
 * disk leaves no half-written zip (and an old one where it was). */

#define FORMAT_DOC_RESOURCE RESOURCE_PREFIX "/export/FORMAT.md"

typedef struct
{
  char   *name;
  GBytes *contents;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->name);
  g_bytes_unref (entry->contents);
  g_free (entry);
}

/* Takes @contents. */
static Entry *
entry_new (const char *name,
           GBytes     *contents)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->name = g_strdup (name);
  entry->contents = contents;
  return entry;
}

static void
add_entry (GPtrArray  *entries,
           const char *name,
           GBytes     *contents)
{
  g_ptr_array_add (entries, entry_new (name, contents));
}

static GBytes *
node_to_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *text;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  /* A text file ends with a newline. */
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/**
 * waymark_export_all_format_doc:
 *
 * Returns: (transfer full): FORMAT.md, the description of the export
 */
GBytes *
waymark_export_all_format_doc (void)
{
  GBytes *bytes = g_resources_lookup_data (FORMAT_DOC_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

/* One table's rows, in their id's order (the primary key's). */
static GBytes *
table_to_json (sqlite3             *db,
               WaymarkSchemaTable  *table,
               guint               *n_rows,
               GError             **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql;
  int rc;

  sql = sqlite3_mprintf ("SELECT * FROM \"%w\" ORDER BY %s", table->name, table->order_by);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      return NULL;
    }

  *n_rows = 0;
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);

      json_builder_begin_object (builder);
      for (int i = 0; i < n_columns; i++)
        {
          json_builder_set_member_name (builder, sqlite3_column_name (stmt, i));
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              json_builder_add_double_value (builder, sqlite3_column_double (stmt, i));
              break;
            case SQLITE_NULL:
              json_builder_add_null_value (builder);
              break;
            case SQLITE_BLOB:
              {
                /* No table the export reads holds one today; if one ever
                 * does, it travels as base64 text rather than be lost. */
                g_autofree char *text = g_base64_encode (sqlite3_column_blob (stmt, i),
                                                         sqlite3_column_bytes (stmt, i));
                json_builder_add_string_value (builder, text);
              }
              break;
            default:
              json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
      json_builder_end_object (builder);
      (*n_rows)++;
    }
  json_builder_end_array (builder);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);

  root = json_builder_get_root (builder);
  return node_to_bytes (root);
}

static char *
dup_plan_id (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *plan_id = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT plan_id FROM plan_identity", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    plan_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return plan_id;
}

/* Every file of the archive, read while the plan holds still. */
static GPtrArray *
collect (WaymarkStore  *store,
         guint         *n_records,
         GError       **error)
{
  sqlite3 *db = waymark_store_get_db (store);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(JsonBuilder) manifest = json_builder_new ();
  g_autoptr(JsonNode) manifest_root = NULL;
  g_autofree char *plan_id = NULL;
  g_autofree char *now = waymark_store_timestamp_now ();
  g_autofree char *csv = NULL;
  gboolean own_transaction = sqlite3_get_autocommit (db);
  guint total = 0;

  /* A read transaction: the JSON files and the CSV see one state of the
   * plan, even while another window writes to it. */
  if (own_transaction && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (db));
      return NULL;
    }

  tables = waymark_plan_schema_load (db, error);
  if (tables == NULL)
    goto failed;

  plan_id = dup_plan_id (db);

  json_builder_begin_object (manifest);
  json_builder_set_member_name (manifest, "format");
  json_builder_add_string_value (manifest, WAYMARK_EXPORT_FORMAT);
  json_builder_set_member_name (manifest, "format_version");
  json_builder_add_int_value (manifest, WAYMARK_EXPORT_FORMAT_VERSION);
  json_builder_set_member_name (manifest, "schema_version");
  json_builder_add_int_value (manifest, waymark_store_get_schema_version (store));
  json_builder_set_member_name (manifest, "generator");
  json_builder_add_string_value (manifest, "Waymark " PACKAGE_VERSION);
  json_builder_set_member_name (manifest, "exported_at");
  json_builder_add_string_value (manifest, now);
  json_builder_set_member_name (manifest, "plan_id");
  if (plan_id != NULL)
    json_builder_add_string_value (manifest, plan_id);
  else
    json_builder_add_null_value (manifest);
  json_builder_set_member_name (manifest, "tables");
  json_builder_begin_array (manifest);

  for (guint i = 0; i < tables->len; i++)
    {
      WaymarkSchemaTable *table = g_ptr_array_index (tables, i);
      g_autofree char *name = g_strconcat (table->name, ".json", NULL);
      GBytes *json;
      guint n_rows = 0;

      json = table_to_json (db, table, &n_rows, error);
      if (json == NULL)
        goto failed;
      add_entry (entries, name, json);
      total += n_rows;

      json_builder_begin_object (manifest);
      json_builder_set_member_name (manifest, "table");
      json_builder_add_string_value (manifest, table->name);
      json_builder_set_member_name (manifest, "file");
      json_builder_add_string_value (manifest, name);
      json_builder_set_member_name (manifest, "records");
      json_builder_add_int_value (manifest, n_rows);
      json_builder_end_object (manifest);
    }
  json_builder_end_array (manifest);

  csv = waymark_journal_to_csv (store, NULL, error);
  if (csv == NULL)
    goto failed;
  json_builder_set_member_name (manifest, "journal_csv");
  json_builder_add_string_value (manifest, WAYMARK_EXPORT_JOURNAL_CSV);
  json_builder_end_object (manifest);

  if (own_transaction)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  {
    gsize length = strlen (csv);

    add_entry (entries, WAYMARK_EXPORT_JOURNAL_CSV, g_bytes_new_take (g_steal_pointer (&csv), length));
  }
  manifest_root = json_builder_get_root (manifest);
  /* What the archive is and how to read it come first. */
  g_ptr_array_insert (entries, 0, entry_new (WAYMARK_EXPORT_MANIFEST, node_to_bytes (manifest_root)));
  g_ptr_array_insert (entries, 1, entry_new (WAYMARK_EXPORT_FORMAT_DOC, waymark_export_all_format_doc ()));

  if (n_records != NULL)
    *n_records = total;
  return g_steal_pointer (&entries);

failed:
  if (own_transaction && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return NULL;
}

static la_ssize_t
archive_write_cb (struct archive *archive,
                  void           *user_data,
                  const void     *buffer,
                  size_t          length)
{
  WaymarkAtomicWriter *writer = user_data;

  /* A failed write is kept in @writer (saved_errno; later writes do
   * nothing) and told once the archive is closed, rather than failing
   * libarchive half-way through an entry: on that path it never frees
   * the entry's deflate stream. */
  waymark_atomic_writer_write (writer, buffer, length);
  return length;
}

static int
archive_close_cb (struct archive *archive,
                  void           *user_data)
{
  return ARCHIVE_OK;
}

static gboolean
write_zip (WaymarkAtomicWriter  *writer,
           const char           *path,
           gpointer              user_data,
           GError              **error)
{
  GPtrArray *entries = user_data;
  struct archive *archive = archive_write_new ();
  time_t now = time (NULL);
  gboolean ok = TRUE;

  ok = archive_write_set_format_zip (archive) == ARCHIVE_OK &&
       archive_write_set_bytes_in_last_block (archive, 1) == ARCHIVE_OK &&
       archive_write_open2 (archive, writer, NULL, archive_write_cb, archive_close_cb, NULL) == ARCHIVE_OK;

  for (guint i = 0; ok && i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      struct archive_entry *header = archive_entry_new ();
      gsize length;
      const void *data = g_bytes_get_data (entry->contents, &length);

      archive_entry_set_pathname_utf8 (header, entry->name);
      archive_entry_set_filetype (header, AE_IFREG);
      archive_entry_set_perm (header, 0600);
      archive_entry_set_size (header, length);
      archive_entry_set_mtime (header, now, 0);
      ok = archive_write_header (archive, header) == ARCHIVE_OK &&
           (length == 0 || archive_write_data (archive, data, length) == (la_ssize_t) length) &&
           archive_write_finish_entry (archive) == ARCHIVE_OK;
      archive_entry_free (header);
    }

  /* Closing writes the zip's central directory: the file is whole only
   * once it has succeeded. */
  if (archive_write_close (archive) != ARCHIVE_OK)
    ok = FALSE;

  if (writer->saved_errno != 0)
    ok = FALSE;
  if (!ok)
    waymark_atomic_file_set_error (error, path, writer->saved_errno, archive_error_string (archive));
  archive_write_free (archive);
  return ok;
}

/**
 * waymark_export_all_write:
 * @path: the zip to write; a file there is replaced whole or not at all
 * @n_records: (out) (optional): how many records the JSON files hold
 *
 * Returns: %TRUE when @path holds the whole export
 */
gboolean
waymark_export_all_write (WaymarkStore  *store,
                          const char    *path,
                          guint         *n_records,
                          GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  entries = collect (store, n_records, error);
  if (entries == NULL)
    return FALSE;

  return waymark_atomic_file_write (path, write_zip, entries, error);
}
