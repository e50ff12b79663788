/* waymark-plan-key-private.h: making and reading a protected plan's header
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-crypt-vfs.h"

G_BEGIN_DECLS

WaymarkCryptKey *waymark_plan_key_create      (const char  *passphrase,
                                               char       **recovery_key);
gboolean         waymark_plan_key_read_header (const char  *path,
                                               guint8       header[WAYMARK_CRYPT_HEADER_SIZE],
                                               GError     **error);

G_END_DECLS
