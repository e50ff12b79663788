/* waymark-passphrase.h: how hard a passphrase is to guess
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How hard @passphrase is to guess, 0 (very weak) to 4 (strong), and a short
 * translated hint such as "Add another word or two" (transfer none). */
guint           waymark_passphrase_strength    (const char  *passphrase,
                                                const char **hint);
G_END_DECLS
