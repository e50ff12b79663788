/* waymark-timeline-view.h: the journey on screen: zoom, pan, and a
 * focusable marker for each event
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-day-series.h"
#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TIMELINE_VIEW (waymark_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTimelineView, waymark_timeline_view, WAYMARK, TIMELINE_VIEW, GtkWidget)

/* The shortest and longest stretch of time the view shows. */
#define WAYMARK_TIMELINE_MIN_DAYS 14.0
#define WAYMARK_TIMELINE_MAX_DAYS (366.0 * 40)

GtkWidget      *waymark_timeline_view_new          (void);
void            waymark_timeline_view_set_journey  (WaymarkTimelineView *self,
                                                    WaymarkJourney      *journey,
                                                    WaymarkDaySeries    *series);
void            waymark_timeline_view_set_range    (WaymarkTimelineView *self,
                                                    double               first,
                                                    double               last);
void            waymark_timeline_view_get_range    (WaymarkTimelineView *self,
                                                    double              *first,
                                                    double              *last);
void            waymark_timeline_view_zoom         (WaymarkTimelineView *self,
                                                    double               factor,
                                                    double               around);
void            waymark_timeline_view_pan          (WaymarkTimelineView *self,
                                                    double               days);
void            waymark_timeline_view_go_to_today  (WaymarkTimelineView *self);
void            waymark_timeline_view_show_all     (WaymarkTimelineView *self);
guint           waymark_timeline_view_get_n_marker_buttons (WaymarkTimelineView *self);

G_END_DECLS
