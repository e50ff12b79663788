/* waymark-goal.h: a goal in one of the four dimensions of recovery
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
  WAYMARK_GOAL_TITLE,
  WAYMARK_GOAL_DIMENSION,
  WAYMARK_GOAL_HORIZON,
  WAYMARK_GOAL_TARGET,
  WAYMARK_GOAL_START_DATE,
  WAYMARK_GOAL_TARGET_DATE,
  WAYMARK_GOAL_STATUS,
  WAYMARK_GOAL_PROGRESS,
  WAYMARK_GOAL_N_COLUMNS
} WaymarkGoalColumn;


#define WAYMARK_TYPE_GOAL (waymark_goal_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkGoal, waymark_goal, WAYMARK, GOAL, WaymarkRecord)

WaymarkGoal *waymark_goal_new (void);

G_END_DECLS
