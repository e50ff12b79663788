/* waymark-timeline-page.h: the Timeline page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-page.h"
#include "waymark-store.h"
#include "waymark-timeline-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TIMELINE_PAGE (waymark_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTimelinePage, waymark_timeline_page, WAYMARK, TIMELINE_PAGE, WaymarkPage)

void                 waymark_timeline_page_record_stage (WaymarkTimelinePage *self,
                                                         guint32              julian);
void                 waymark_timeline_page_add_event    (WaymarkTimelinePage *self,
                                                         guint32              julian);
gboolean             waymark_timeline_page_export       (WaymarkTimelinePage *self,
                                                         const char          *path,
                                                         const char          *format);
WaymarkTimelineView *waymark_timeline_page_get_view     (WaymarkTimelinePage *self);

G_END_DECLS
