/* waymark-plan-review.c: a review of the plan: when, who took part, what changed, when the next one is
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-review"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-plan-review.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_PLAN_REVIEW_DATE] = { "date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_PLAN_REVIEW_PARTICIPANTS] = { "participants", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_PLAN_REVIEW_CHANGES] = { "changes", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE] = { "next_review_date", WAYMARK_COLUMN_DATE, NULL },
};


static const WaymarkTable table = {
  "plan_review", "plan-review", NULL, "date DESC, id DESC",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static gboolean
waymark_plan_review_validate (WaymarkRecord  *record,
                              GError        **error)
{
  if (!waymark_record_check_required (record, WAYMARK_PLAN_REVIEW_DATE,
                                      _("A review needs the date it took place."), error))
    return FALSE;

  return waymark_record_check_dates (record, WAYMARK_PLAN_REVIEW_DATE, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE,
                                     _("The next review is before this one. Choose a later date for the next review."),
                                     error);
}

WAYMARK_DEFINE_RECORD (WaymarkPlanReview, waymark_plan_review, table, waymark_plan_review_validate)
