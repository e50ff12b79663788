/* waymark-reminder-preferences.h: Preferences for reminders and shared
 * computer mode
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void waymark_reminder_preferences_add (AdwPreferencesPage *page,
                                       GSettings          *settings);

G_END_DECLS
