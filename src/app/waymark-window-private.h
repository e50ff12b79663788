/* waymark-window-private.h: shared by the window's own files: its plan
 * coming and going (waymark-window-plans.c), Export Everything
 * (waymark-window-export.c) and its keys (waymark-window-keys.c)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-page.h"
#include "waymark-window.h"

G_BEGIN_DECLS

void     _waymark_window_add_plan_actions (WaymarkWindow *self);
void     _waymark_window_add_export_actions (WaymarkWindow *self);
void     _waymark_window_add_import_actions (WaymarkWindow *self);
gboolean _waymark_window_editors_let_go   (WaymarkWindow *self);
void     _waymark_window_show_closed      (WaymarkWindow *self);

/* Its protection by a passphrase (waymark-window-protection.c) */
typedef struct _WaymarkWindowProtection WaymarkWindowProtection;
WaymarkWindowProtection *_waymark_window_protection_new (WaymarkWindow *self);
void       _waymark_window_protection_free   (WaymarkWindowProtection *protection);
void       _waymark_window_protection_update (WaymarkWindowProtection *protection);
GtkWidget *_waymark_window_show_locked       (WaymarkWindow *self,
                                              const char    *path,
                                              gboolean       offer_remember);
GtkWidget *_waymark_window_get_unlock_page   (WaymarkWindow *self);
WaymarkWindowProtection *_waymark_window_get_protection (WaymarkWindow *self);

/* Its keys (waymark-window-keys.c) */
void       _waymark_window_add_key_actions  (WaymarkWindow *self);
void       _waymark_window_add_navigation_actions (WaymarkWindow *self);
WaymarkPage *_waymark_window_ensure_page    (WaymarkWindow *self,
                                             const char    *name);
void       _waymark_window_focus_page       (WaymarkWindow *self,
                                             GtkWidget     *page);
GtkWidget *_waymark_window_get_visible_page (WaymarkWindow *self);
AdwToast  *_waymark_window_take_undo_toast  (WaymarkWindow *self);

G_END_DECLS
