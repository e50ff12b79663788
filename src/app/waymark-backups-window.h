/* waymark-backups-window.h: the plan's backups, and restoring one
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_BACKUPS_WINDOW (waymark_backups_window_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkBackupsWindow, waymark_backups_window, WAYMARK, BACKUPS_WINDOW, AdwWindow)

WaymarkBackupsWindow *waymark_backups_window_new              (GtkWindow             *window);
void                  waymark_backups_window_refresh          (WaymarkBackupsWindow  *self);
gboolean              waymark_backups_window_restore_in_place (WaymarkBackupsWindow  *self,
                                                               const char            *backup,
                                                               GError               **error);

/* The window's automatic backups and its Backups action
 * (waymark-window-backups.c), owned by the window. @window is the plan's
 * window: it has a "store" property and an "open-plan" signal. */
typedef struct _WaymarkWindowBackups WaymarkWindowBackups;

WaymarkWindowBackups *waymark_window_backups_new              (GtkWindow             *window);
void                  waymark_window_backups_free             (WaymarkWindowBackups  *backups);
WaymarkStore         *waymark_window_backups_get_store        (GtkWindow             *window);

G_END_DECLS
