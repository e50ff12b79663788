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

/* The goal's choices: the values kept in the file, NULL-terminated, and
 * their labels in the same order (marked N_(): translate them, or use
 * waymark_choice_get_label ()). The one list: the editor offers them and
 * validation holds records to them. */
extern const char * const waymark_goal_dimensions[];
extern const char * const waymark_goal_dimension_labels[];
extern const char * const waymark_goal_horizons[];
extern const char * const waymark_goal_horizon_labels[];
extern const char * const waymark_goal_statuses[];
extern const char * const waymark_goal_status_labels[];

#define WAYMARK_TYPE_GOAL (waymark_goal_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkGoal, waymark_goal, WAYMARK, GOAL, WaymarkRecord)

WaymarkGoal *waymark_goal_new       (void);
const char  *waymark_goal_get_label (WaymarkRecord *goal,
                                     guint          column);

G_END_DECLS
