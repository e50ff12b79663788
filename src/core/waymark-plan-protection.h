/* waymark-plan-protection.h: a plan protected by a passphrase
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A protected plan file is Waymark's header (the Argon2id salt and
 * parameters, the plan's random data key wrapped once by the passphrase's
 * key and once by the recovery key's) followed by SQLite's pages, each
 * encrypted and authenticated (waymark-crypt-vfs.c). While a plan's key is
 * registered here, every SQLite open of it in this process reads and
 * writes it; without it, waymark_store_open* fail with
 * WAYMARK_STORE_ERROR_PROTECTED. A wrong passphrase or recovery key fails
 * with WAYMARK_STORE_ERROR_WRONG_PASSPHRASE, a damaged header with
 * DAMAGED, a newer format with TOO_NEW; the file is never changed then.
 */

#pragma once

#include <glib-object.h>

#include "waymark-passphrase.h"
#include "waymark-plan-key.h"

G_BEGIN_DECLS

/* While registered, every SQLite open of @path in this process (the store,
 * backups, exports) reads and writes it with @key. _forget drops the
 * registration (the store must be closed first); locking calls it. */
void            waymark_plan_keys_add          (const char     *path,
                                                WaymarkPlanKey *key);
void            waymark_plan_keys_forget       (const char     *path);

/* Rewrites the closed plan at @path (atomically: a new file beside it, fsync,
 * rename; the old file is gone only once the new one is whole).
 * _protect: a plain plan becomes protected by @passphrase; sets
 *   @recovery_key (transfer full, to show once) and @key (registered for @path).
 * _change_passphrase: a new data key, a new recovery key; the old passphrase
 *   and old recovery key stop working.
 * _unprotect: back to a plain SQLite plan; @key is forgotten. */
gboolean        waymark_plan_protect           (const char      *path,
                                                const char      *passphrase,
                                                char           **recovery_key,
                                                WaymarkPlanKey **key,
                                                GError         **error);
gboolean        waymark_plan_change_passphrase (const char      *path,
                                                WaymarkPlanKey  *old_key,
                                                const char      *new_passphrase,
                                                char           **recovery_key,
                                                WaymarkPlanKey **new_key,
                                                GError         **error);
gboolean        waymark_plan_unprotect         (const char      *path,
                                                WaymarkPlanKey  *key,
                                                GError         **error);

G_END_DECLS
