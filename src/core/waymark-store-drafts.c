/* waymark-store-drafts.c: a check-in or questionnaire being written,
 * kept in the plan file as it is typed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-draft.h"
#include "waymark-store-private.h"

/* Drafts live in a table of their own, which nothing that counts,
 * charts or exports the journal reads: a draft is never a check-in.
 * Writing one emits no WaymarkStore::changed, so typing makes no page
 * read anything again. Each write is one short transaction (one row). */

void
waymark_draft_free (WaymarkDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->kind);
  g_free (draft->day);
  g_clear_pointer (&draft->payload, g_variant_unref);
  g_free (draft->updated_at);
  g_free (draft);
}

/* An editor may outlive its plan's connection (a window going away
 * after the plan was closed): refused with words, never a critical. */
static gboolean
check_open (WaymarkStore  *self,
            GError       **error)
{
  if (waymark_store_get_db (self) != NULL)
    return TRUE;

  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
               _("That change could not be kept (%s). Everything saved before is safe."),
               "the plan is closed");
  return FALSE;
}

static gboolean
kind_is_valid (const char *kind)
{
  return g_strcmp0 (kind, WAYMARK_DRAFT_CHECKIN) == 0 ||
         g_strcmp0 (kind, WAYMARK_DRAFT_QUESTIONNAIRE) == 0;
}

/**
 * waymark_store_save_draft:
 * @self: the store
 * @id: (inout): the draft's row, 0 for a new draft (set once written)
 * @kind: %WAYMARK_DRAFT_CHECKIN or %WAYMARK_DRAFT_QUESTIONNAIRE
 * @record_id: the check-in being changed, or 0 for a new one
 * @day: the local day it is about, "YYYY-MM-DD"
 * @payload: the editor's fields, an a{sv}
 * @error: return location for an error
 *
 * Writes the draft: a new row, or over the row at @id (a new one again
 * if that row has gone, say discarded in another window).
 */
gboolean
waymark_store_save_draft (WaymarkStore  *self,
                          gint64        *id,
                          const char    *kind,
                          gint64         record_id,
                          const char    *day,
                          GVariant      *payload,
                          GError       **error)
{
  g_autoptr(GVariant) normal = NULL;
  g_autofree char *now = waymark_store_timestamp_now ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (kind_is_valid (kind), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (payload != NULL && g_variant_is_of_type (payload, G_VARIANT_TYPE_VARDICT), FALSE);

  if (!check_open (self, error))
    return FALSE;
  normal = g_variant_get_normal_form (payload);

  if (*id > 0)
    {
      stmt = waymark_store_prepare (self,
                                    "UPDATE draft SET record_id = ?2, day = ?3, payload = ?4, updated_at = ?5 "
                                    "WHERE id = ?1 AND kind = ?6",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *id);
      if (record_id > 0)
        sqlite3_bind_int64 (stmt, 2, record_id);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (stmt, 4, g_variant_get_data (normal), g_variant_get_size (normal), SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, kind, -1, SQLITE_TRANSIENT);
      if (!waymark_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (waymark_store_get_db (self)) > 0)
        return TRUE;
    }

  stmt = waymark_store_prepare (self,
                                "INSERT INTO draft (kind, record_id, day, payload, created_at, updated_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  if (record_id > 0)
    sqlite3_bind_int64 (stmt, 2, record_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob64 (stmt, 4, g_variant_get_data (normal), g_variant_get_size (normal), SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  *id = sqlite3_last_insert_rowid (waymark_store_get_db (self));
  return TRUE;
}

static WaymarkDraft *
draft_from_row (sqlite3_stmt *stmt)
{
  WaymarkDraft *draft = g_new0 (WaymarkDraft, 1);
  const void *blob = sqlite3_column_blob (stmt, 4);
  g_autoptr(GBytes) bytes = g_bytes_new (blob, sqlite3_column_bytes (stmt, 4));
  g_autoptr(GVariant) payload = g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE);

  draft->id = sqlite3_column_int64 (stmt, 0);
  draft->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  draft->record_id = sqlite3_column_int64 (stmt, 2);
  draft->day = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  /* Read from a file: made safe to walk whatever its bytes are. */
  draft->payload = g_variant_ref_sink (g_variant_get_normal_form (payload));
  draft->updated_at = g_strdup ((const char *) sqlite3_column_text (stmt, 5));

  return draft;
}

#define DRAFT_COLUMNS "id, kind, record_id, day, payload, updated_at"

/**
 * waymark_store_load_drafts:
 * @self: the store
 * @kind: (nullable): only drafts of this kind; %NULL for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type WaymarkDraft): the drafts, the
 *   most recently written first
 */
GPtrArray *
waymark_store_load_drafts (WaymarkStore  *self,
                           const char    *kind,
                           GError       **error)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_draft_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;
  stmt = waymark_store_prepare (self,
                                "SELECT " DRAFT_COLUMNS " FROM draft WHERE ?1 IS NULL OR kind = ?1 "
                                "ORDER BY updated_at DESC, id DESC",
                                error);
  if (stmt == NULL)
    return NULL;
  if (kind != NULL)
    sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (drafts, draft_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&drafts);
}

/**
 * waymark_store_load_draft:
 * @id: a draft's row
 *
 * Returns: (transfer full) (nullable): the draft, or %NULL (without an
 *   error) when there is none at @id
 */
WaymarkDraft *
waymark_store_load_draft (WaymarkStore  *self,
                          gint64         id,
                          GError       **error)
{
  WaymarkDraft *draft = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  if (!check_open (self, error))
    return NULL;
  stmt = waymark_store_prepare (self, "SELECT " DRAFT_COLUMNS " FROM draft WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    draft = draft_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    waymark_store_set_sql_error (self, error);

  return draft;
}

/**
 * waymark_store_delete_draft:
 * @id: a draft's row; 0 (no draft written yet) does nothing
 */
gboolean
waymark_store_delete_draft (WaymarkStore  *self,
                            gint64         id,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  if (id <= 0)
    return TRUE;
  if (!check_open (self, error))
    return FALSE;

  stmt = waymark_store_prepare (self, "DELETE FROM draft WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return waymark_store_step_done (self, stmt, error);
}

/**
 * waymark_store_save_checkin_from_draft:
 * @draft_id: the draft it was written in, or 0
 *
 * Saves the check-in as waymark_store_save_checkin () does and deletes
 * its draft, in one transaction: there is never both, nor neither.
 */
gboolean
waymark_store_save_checkin_from_draft (WaymarkStore                 *self,
                                       WaymarkCheckin               *checkin,
                                       const WaymarkCheckinDetails  *details,
                                       gint64                        draft_id,
                                       GError                      **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  if (!waymark_store_begin (self, error))
    return FALSE;

  if (!waymark_store_save_checkin (self, checkin, details, error) ||
      !waymark_store_delete_draft (self, draft_id, error))
    {
      waymark_store_rollback (self);
      return FALSE;
    }

  return waymark_store_commit (self, error);
}

/**
 * waymark_store_save_from_draft:
 * @record: a record, such as a questionnaire's result
 * @draft_id: the draft it was written in, or 0
 *
 * Saves @record and deletes its draft, in one transaction.
 */
gboolean
waymark_store_save_from_draft (WaymarkStore   *self,
                               WaymarkRecord  *record,
                               gint64          draft_id,
                               GError        **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  if (!waymark_store_begin (self, error))
    return FALSE;

  if (!waymark_store_save (self, record, error) ||
      !waymark_store_delete_draft (self, draft_id, error))
    {
      waymark_store_rollback (self);
      return FALSE;
    }

  return waymark_store_commit (self, error);
}
