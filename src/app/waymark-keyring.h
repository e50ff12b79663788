/* waymark-keyring.h: a protected plan's key remembered on this computer,
 * in the desktop keyring (libsecret)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     waymark_keyring_remember_async  (const char          *path,
                                          const char          *secret,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean waymark_keyring_remember_finish (GAsyncResult        *result,
                                          GError             **error);
void     waymark_keyring_lookup_async    (const char          *path,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
char    *waymark_keyring_lookup_finish   (GAsyncResult        *result,
                                          GError             **error);
void     waymark_keyring_forget          (const char          *path);

G_END_DECLS
