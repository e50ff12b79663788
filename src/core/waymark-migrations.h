/* waymark-migrations.h: bringing a plan file's schema up to date
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

guint     waymark_migrations_get_latest_version (void);
char    **waymark_migrations_load_scripts       (GError             **error);
gboolean  waymark_migrations_apply_scripts      (sqlite3             *db,
                                                 const char * const  *scripts,
                                                 guint                target_version,
                                                 GError             **error);
gboolean  waymark_migrations_apply              (sqlite3             *db,
                                                 guint                target_version,
                                                 GError             **error);

G_END_DECLS
