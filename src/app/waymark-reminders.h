/* waymark-reminders.h: the daily check-in and plan review reminders
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_REMINDERS (waymark_reminders_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReminders, waymark_reminders, WAYMARK, REMINDERS, GObject)

/* Shows the plan at @path in a window (the one that has it, or a new
 * one opening it), as the application does; returns that window. */
typedef GtkWindow *(*WaymarkOpenPlanFunc) (GtkApplication *application,
                                           const char     *path);

WaymarkReminders *waymark_reminders_new                 (GtkApplication      *application,
                                                         GSettings           *settings,
                                                         WaymarkOpenPlanFunc  open_plan);
void              waymark_reminders_set_shared_computer (WaymarkReminders *self,
                                                         gboolean          shared_computer);
gboolean          waymark_reminders_any_on              (WaymarkReminders *self);
void              waymark_reminders_check               (WaymarkReminders *self);

G_END_DECLS
