/* waymark-mnemonic-names.h: accessible names without the mnemonic's underscore
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  waymark_mnemonic_names_fix   (GtkWidget  *widget);
void  waymark_mnemonic_names_watch (void);
char *waymark_without_mnemonic     (const char *label);

G_END_DECLS
