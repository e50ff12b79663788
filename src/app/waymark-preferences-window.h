/* waymark-preferences-window.h: the Preferences window
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_PREFERENCES_WINDOW (waymark_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPreferencesWindow, waymark_preferences_window, WAYMARK, PREFERENCES_WINDOW, AdwPreferencesWindow)

WaymarkPreferencesWindow *waymark_preferences_window_new (GSettings *settings,
                                                          GtkWindow *parent);

G_END_DECLS
