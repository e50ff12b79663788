/* waymark-sqlite.h: the few SQLite calls the core makes in several places
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean waymark_sqlite_exec      (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
gboolean waymark_sqlite_query_int (sqlite3     *db,
                                   const char  *sql,
                                   int         *value,
                                   int         *result_code);

G_END_DECLS
