/* waymark-milestone.c: a dated event on the timeline: a first appointment, a treatment change, a sobriety date, a goal achieved, a setback, a review or the person's own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-milestone"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-milestone.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_MILESTONE_DATE] = { "date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_MILESTONE_KIND] = { "kind", WAYMARK_COLUMN_TEXT, WAYMARK_MILESTONE_OWN_EVENT },
  [WAYMARK_MILESTONE_TITLE] = { "title", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_MILESTONE_NOTE] = { "note", WAYMARK_COLUMN_TEXT, NULL },
};

/* Oldest first, like the stages beside them on the timeline. */
static const WaymarkTable table = {
  "milestone", "milestone", NULL, "date, id",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static const char * const kinds[] = {
  WAYMARK_MILESTONE_FIRST_APPOINTMENT,
  WAYMARK_MILESTONE_TREATMENT_CHANGE,
  WAYMARK_MILESTONE_SOBRIETY_DATE,
  WAYMARK_MILESTONE_GOAL_ACHIEVED,
  WAYMARK_MILESTONE_SETBACK,
  WAYMARK_MILESTONE_PLAN_REVIEW,
  WAYMARK_MILESTONE_OWN_EVENT,
  NULL
};

static gboolean
waymark_milestone_validate (WaymarkRecord  *record,
                            GError        **error)
{
  const char *kind = waymark_record_get_text (record, WAYMARK_MILESTONE_KIND);

  if (!g_strv_contains (kinds, kind))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of event Waymark knows. Choose one from the list."),
                   kind);
      return FALSE;
    }

  if (!waymark_record_check_required (record, WAYMARK_MILESTONE_TITLE,
                                      _("An event on the timeline needs a title, a few words that say what happened."),
                                      error) ||
      !waymark_record_check_required (record, WAYMARK_MILESTONE_DATE,
                                      _("Choose the day it happened."), error))
    return FALSE;

  if (waymark_date_is_after_today (waymark_record_get_text (record, WAYMARK_MILESTONE_DATE)))
    {
      g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                           _("That day hasn’t come yet. The timeline keeps what has already happened: "
                             "choose today or an earlier day."));
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkMilestone, waymark_milestone, table, waymark_milestone_validate)

/**
 * waymark_milestone_get_kinds:
 *
 * Returns: (transfer none) (array zero-terminated=1): every kind a
 *   milestone may be, as stored
 */
const char * const *
waymark_milestone_get_kinds (void)
{
  return kinds;
}
