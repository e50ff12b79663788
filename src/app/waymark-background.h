/* waymark-background.h: starting at login, for reminders: the
 * Background portal or an XDG autostart entry
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean waymark_background_uses_portal   (void);
void     waymark_background_set_autostart (GtkApplication *application,
                                           gboolean        enabled);

G_END_DECLS
