/* waymark-store-open-private.h: finding, checking and opening a plan file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include <gio/gio.h>

#include "waymark-store-error.h"
#include "waymark-store-open-mode.h"

G_BEGIN_DECLS

sqlite3  *waymark_store_open_file               (const char            *path,
                                                 WaymarkStoreOpenMode   mode,
                                                 char                 **notice,
                                                 GError               **error);
sqlite3  *waymark_store_open_checked            (const char            *path,
                                                 GError               **error);
gboolean  waymark_store_set_disk_error          (GError               **error,
                                                 const char            *path,
                                                 sqlite3               *db,
                                                 gboolean               opening);
gboolean  waymark_store_is_damage               (int                    rc);

/* waymark-store-leftovers.c */
gboolean  waymark_store_check_protection        (const char            *path,
                                                 GError               **error);
void      waymark_store_remove_stale_temp_files (const char            *path);
gboolean  waymark_store_check_leftovers         (const char            *path,
                                                 gboolean               plan_exists,
                                                 char                 **notice,
                                                 GError               **error);
char     *waymark_store_claim_file              (const char            *path);
void      waymark_store_release_file            (char                  *key);

G_END_DECLS
