/* waymark-store-tags.c: tags on wellness tools, such as "calming"
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include "waymark-store-private.h"

/**
 * waymark_store_get_tags:
 *
 * Returns: (transfer full) (nullable): the entry's tags, sorted
 */
char **
waymark_store_get_tags (WaymarkStore  *self,
                        gint64         plan_entry_id,
                        GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT tag FROM plan_entry_tag WHERE plan_entry_id = ?1 ORDER BY tag",
                                error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_entry_id);
  return waymark_store_query_strings (self, stmt, error);
}

/**
 * waymark_store_set_tags:
 * @tags: (array zero-terminated=1): the entry's tags from now on
 *
 * Replaces the entry's tags in one transaction; empty tags are skipped.
 */
gboolean
waymark_store_set_tags (WaymarkStore        *self,
                        gint64               plan_entry_id,
                        const char * const  *tags,
                        GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan_entry_id > 0, FALSE);

  if (!waymark_store_begin (self, error))
    return FALSE;

  stmt = waymark_store_prepare (self, "DELETE FROM plan_entry_tag WHERE plan_entry_id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, plan_entry_id);
  if (!waymark_store_step_done (self, stmt, error))
    goto fail;

  stmt = waymark_store_prepare (self,
                                "INSERT OR IGNORE INTO plan_entry_tag (plan_entry_id, tag) VALUES (?1, ?2)",
                                error);
  if (stmt == NULL)
    goto fail;
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));

      if (*tag == '\0')
        continue;
      sqlite3_bind_int64 (stmt, 1, plan_entry_id);
      sqlite3_bind_text (stmt, 2, tag, -1, SQLITE_TRANSIENT);
      if (!waymark_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!waymark_store_commit (self, error))
    return FALSE;

  waymark_store_emit_changed (self, "plan-entry");
  return TRUE;

fail:
  waymark_store_rollback (self);
  return FALSE;
}
