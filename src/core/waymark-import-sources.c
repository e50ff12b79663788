/* waymark-import-sources.c: the tables that remember what was imported from where
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include "waymark-import-sources.h"
#include "waymark-store-private.h"

/**
 * waymark_import_ensure_tables:
 *
 * Makes import_batch and import_source if the plan has none yet; call it
 * inside the import's transaction, so a failed first import leaves none.
 */
gboolean
waymark_import_ensure_tables (WaymarkStore  *store,
                              GError       **error)
{
  g_autoptr(GBytes) sql = g_resources_lookup_data (RESOURCE_PREFIX "/import/import-sources.sql",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *text = NULL;

  g_assert (sql != NULL);
  text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  if (sqlite3_exec (waymark_store_get_db (store), text, NULL, NULL, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }
  return TRUE;
}
