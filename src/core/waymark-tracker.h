/* waymark-tracker.h: something the person chose to keep track of in their check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_TRACKER_NAME,
  WAYMARK_TRACKER_KIND,       /* "yes-no" or "scale" (0-10) */
  WAYMARK_TRACKER_ARCHIVED,   /* no longer asked, kept for the history */
  WAYMARK_TRACKER_N_COLUMNS
} WaymarkTrackerColumn;

#define WAYMARK_TRACKER_YES_NO "yes-no"
#define WAYMARK_TRACKER_SCALE  "scale"

#define WAYMARK_TYPE_TRACKER (waymark_tracker_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTracker, waymark_tracker, WAYMARK, TRACKER, WaymarkRecord)

WaymarkTracker *waymark_tracker_new      (void);
gboolean        waymark_tracker_is_scale (WaymarkTracker *self);

G_END_DECLS
