/* waymark-crisis-read-view.h: the crisis plan to read in a hard hour,
 * numbers first, nothing to edit
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-crisis-plan.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CRISIS_READ_VIEW (waymark_crisis_read_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCrisisReadView, waymark_crisis_read_view, WAYMARK, CRISIS_READ_VIEW, AdwBin)

GtkWidget    *waymark_crisis_read_view_new       (void);
WaymarkStore *waymark_crisis_read_view_get_store (WaymarkCrisisReadView *self);
void          waymark_crisis_read_view_set_store (WaymarkCrisisReadView *self,
                                                  WaymarkStore          *store);
gboolean      waymark_crisis_read_view_refresh   (WaymarkCrisisReadView *self);
void          waymark_crisis_read_view_show_plan (WaymarkCrisisReadView *self,
                                                  WaymarkCrisisPlan     *plan);
gboolean      waymark_crisis_read_view_is_empty  (WaymarkCrisisReadView *self);

G_END_DECLS
