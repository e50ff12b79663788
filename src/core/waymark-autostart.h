/* waymark-autostart.h: the XDG autostart entry that starts Waymark's
 * reminders at login
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *waymark_autostart_path      (void);
char     *waymark_autostart_contents  (const char  *executable);
gboolean  waymark_autostart_set       (gboolean     enabled,
                                       const char  *executable,
                                       GError     **error);

G_END_DECLS
