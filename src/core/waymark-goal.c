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
  static const char * const dimensions[] = { "health", "home", "purpose", "community", NULL };
  static const char * const horizons[] = { "short", "long", NULL };
  static const char * const statuses[] = { "active", "achieved", "paused", "let-go", NULL };

  if (!waymark_record_check_required (record, WAYMARK_GOAL_TITLE,
                                      _("A goal needs a title, a few words that say what you are working towards."),
                                      error))
    return FALSE;

  g_return_val_if_fail (g_strv_contains (dimensions, waymark_record_get_text (record, WAYMARK_GOAL_DIMENSION)), FALSE);
  g_return_val_if_fail (g_strv_contains (horizons, waymark_record_get_text (record, WAYMARK_GOAL_HORIZON)), FALSE);
  g_return_val_if_fail (g_strv_contains (statuses, waymark_record_get_text (record, WAYMARK_GOAL_STATUS)), FALSE);

  return waymark_record_check_dates (record, WAYMARK_GOAL_START_DATE, WAYMARK_GOAL_TARGET_DATE,
                                     _("The target date is before the start date. Choose a target date on or after the day you start."),
                                     error);
}

WAYMARK_DEFINE_RECORD (WaymarkGoal, waymark_goal, table, waymark_goal_validate)
