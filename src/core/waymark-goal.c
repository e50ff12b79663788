/* waymark-goal.c: a goal in one of the four dimensions of recovery
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-goal"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-goal.h"
#include "waymark-store.h"

/* The four dimensions of recovery. */
const char * const waymark_goal_dimensions[] = { "health", "home", "purpose", "community", NULL };
const char * const waymark_goal_dimension_labels[] = {
  N_("Health"), N_("Home"), N_("Purpose"), N_("Community"), NULL
};
const char * const waymark_goal_horizons[] = { "short", "long", NULL };
const char * const waymark_goal_horizon_labels[] = { N_("Short term"), N_("Long term"), NULL };
const char * const waymark_goal_statuses[] = { "active", "achieved", "paused", "let-go", NULL };
const char * const waymark_goal_status_labels[] = {
  N_("Working on it"), N_("Achieved"), N_("Paused"), N_("Let go"), NULL
};

static const WaymarkColumn columns[] = {
  [WAYMARK_GOAL_TITLE] = { "title", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_GOAL_DIMENSION] = { "dimension", WAYMARK_COLUMN_TEXT, "health" },
  [WAYMARK_GOAL_HORIZON] = { "horizon", WAYMARK_COLUMN_TEXT, "short" },
  [WAYMARK_GOAL_TARGET] = { "target", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_GOAL_START_DATE] = { "start_date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_GOAL_TARGET_DATE] = { "target_date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_GOAL_STATUS] = { "status", WAYMARK_COLUMN_TEXT, "active" },
  [WAYMARK_GOAL_PROGRESS] = { "progress", WAYMARK_COLUMN_INT, NULL, 0, 100 },
};

static const WaymarkChildTable children[] = {
  { "goal_progress", "goal_id" },
};

static const WaymarkTable table = {
  "goal", "goal", NULL, NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

static gboolean
waymark_goal_validate (WaymarkRecord  *record,
                       GError        **error)
{
  if (!waymark_record_check_required (record, WAYMARK_GOAL_TITLE,
                                      _("A goal needs a title, a few words that say what you are working towards."),
                                      error))
    return FALSE;

  g_return_val_if_fail (g_strv_contains (waymark_goal_dimensions,
                                         waymark_record_get_text (record, WAYMARK_GOAL_DIMENSION)), FALSE);
  g_return_val_if_fail (g_strv_contains (waymark_goal_horizons,
                                         waymark_record_get_text (record, WAYMARK_GOAL_HORIZON)), FALSE);
  g_return_val_if_fail (g_strv_contains (waymark_goal_statuses,
                                         waymark_record_get_text (record, WAYMARK_GOAL_STATUS)), FALSE);

  return waymark_record_check_dates (record, WAYMARK_GOAL_START_DATE, WAYMARK_GOAL_TARGET_DATE,
                                     _("The target date is before the start date. Choose a target date on or after the day you start."),
                                     error);
}

WAYMARK_DEFINE_RECORD (WaymarkGoal, waymark_goal, table, waymark_goal_validate)

/**
 * waymark_goal_get_label:
 * @goal: a goal
 * @column: %WAYMARK_GOAL_DIMENSION, %WAYMARK_GOAL_HORIZON or
 *   %WAYMARK_GOAL_STATUS
 *
 * Returns: (transfer none): the goal's choice in that column, in the
 *   person's words ("Working on it" for "active")
 */
const char *
waymark_goal_get_label (WaymarkRecord *goal,
                        guint          column)
{
  const char *value;

  g_return_val_if_fail (WAYMARK_IS_GOAL (goal), NULL);

  value = waymark_record_get_text (goal, column);
  switch (column)
    {
    case WAYMARK_GOAL_DIMENSION:
      return waymark_choice_get_label (waymark_goal_dimensions, waymark_goal_dimension_labels, value);
    case WAYMARK_GOAL_HORIZON:
      return waymark_choice_get_label (waymark_goal_horizons, waymark_goal_horizon_labels, value);
    case WAYMARK_GOAL_STATUS:
      return waymark_choice_get_label (waymark_goal_statuses, waymark_goal_status_labels, value);
    default:
      g_return_val_if_reached (value);
    }
}
