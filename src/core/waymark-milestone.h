/* waymark-milestone.h: a dated event on the timeline: a first appointment, a treatment change, a sobriety date, a goal achieved, a setback, a review or the person's own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

/* Columns, for waymark_record_get_text () and friends. */
typedef enum
{
  WAYMARK_MILESTONE_DATE,
  WAYMARK_MILESTONE_KIND,
  WAYMARK_MILESTONE_TITLE,
  WAYMARK_MILESTONE_NOTE,
  WAYMARK_MILESTONE_N_COLUMNS
} WaymarkMilestoneColumn;

/* The kinds, as stored; their names for a person are those of
 * WaymarkJourneyEventKind (waymark-journey.h). */
#define WAYMARK_MILESTONE_FIRST_APPOINTMENT  "first-appointment"
#define WAYMARK_MILESTONE_TREATMENT_CHANGE   "treatment-change"
#define WAYMARK_MILESTONE_SOBRIETY_DATE      "sobriety-date"
#define WAYMARK_MILESTONE_GOAL_ACHIEVED      "goal-achieved"
#define WAYMARK_MILESTONE_SETBACK            "setback"
#define WAYMARK_MILESTONE_PLAN_REVIEW        "plan-review"
#define WAYMARK_MILESTONE_OWN_EVENT          "own-event"

#define WAYMARK_TYPE_MILESTONE (waymark_milestone_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMilestone, waymark_milestone, WAYMARK, MILESTONE, WaymarkRecord)

WaymarkMilestone   *waymark_milestone_new       (void);
/* Every kind, in the order a list offers them; NULL-terminated. */
const char * const *waymark_milestone_get_kinds (void);

G_END_DECLS
