/* waymark-window.h: one window shows one person's plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-sample-plan.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_WINDOW (waymark_window_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkWindow, waymark_window, WAYMARK, WINDOW, AdwApplicationWindow)

WaymarkWindow *waymark_window_new              (GtkApplication     *application);
WaymarkStore  *waymark_window_get_store        (WaymarkWindow      *self);
void           waymark_window_set_store        (WaymarkWindow      *self,
                                                WaymarkStore       *store);
const char    *waymark_window_get_path         (WaymarkWindow      *self);
void           waymark_window_set_loading      (WaymarkWindow      *self,
                                                const char         *path);
void           waymark_window_show_open_error  (WaymarkWindow      *self,
                                                const char         *path,
                                                const GError       *error);
void           waymark_window_show_page        (WaymarkWindow      *self,
                                                const char         *page_name);
void           waymark_window_request_page     (WaymarkWindow      *self,
                                                const char         *page_name);
void           waymark_window_set_store_full   (WaymarkWindow      *self,
                                                WaymarkStore       *store,
                                                WaymarkSamplePlan  *sample);
WaymarkSamplePlan *waymark_window_get_sample   (WaymarkWindow      *self);
gboolean       waymark_window_let_go           (WaymarkWindow      *self);
gboolean       waymark_window_close_plan       (WaymarkWindow      *self);
void           waymark_window_show_unlock      (WaymarkWindow      *self,
                                                const char         *path);
gboolean       waymark_window_lock             (WaymarkWindow      *self);
gboolean       waymark_window_is_protected     (WaymarkWindow      *self);
gboolean       waymark_window_is_locked        (WaymarkWindow      *self);

G_END_DECLS
