/* waymark-filesystem.h: what kind of file system a plan lives on
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean     waymark_filesystem_type_is_network (guint64      f_type);
const char  *waymark_filesystem_type_name       (guint64      f_type);
gboolean     waymark_filesystem_get_type        (const char  *path,
                                                 guint64     *f_type);
gboolean     waymark_filesystem_is_network      (const char  *path);
void         waymark_filesystem_prepare_connection (sqlite3  *db);
gboolean     waymark_filesystem_set_journal_mode (sqlite3    *db,
                                                 GError     **error);

G_END_DECLS
