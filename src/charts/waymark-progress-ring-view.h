/* waymark-progress-ring-view.h: a progress ring on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_PROGRESS_RING_VIEW (waymark_progress_ring_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkProgressRingView, waymark_progress_ring_view, WAYMARK, PROGRESS_RING_VIEW, GtkWidget)

GtkWidget  *waymark_progress_ring_view_new          (void);
double      waymark_progress_ring_view_get_fraction (WaymarkProgressRingView *self);
void        waymark_progress_ring_view_set_fraction (WaymarkProgressRingView *self,
                                                     double                   fraction);
const char *waymark_progress_ring_view_get_label    (WaymarkProgressRingView *self);
void        waymark_progress_ring_view_set_label    (WaymarkProgressRingView *self,
                                                     const char              *label);

G_END_DECLS
