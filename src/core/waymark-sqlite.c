/* waymark-sqlite.c: the few SQLite calls the core makes in several places
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sqlite"

#include "config.h"

#include "waymark-sqlite.h"
#include "waymark-store-error.h"

/* Runs SQL that returns no rows; the error carries SQLite's message. */
gboolean
waymark_sqlite_exec (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   "%s", message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/* Reads the first column of the first row as an int; @result_code gets
 * SQLite's code, so a caller can tell damage from other failures. */
gboolean
waymark_sqlite_query_int (sqlite3    *db,
                          const char *sql,
                          int        *value,
                          int        *result_code)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (result_code)
    *result_code = rc;

  return rc == SQLITE_OK;
}
