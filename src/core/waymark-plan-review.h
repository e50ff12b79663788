/* waymark-plan-review.h: a review of the plan: when, who took part, what changed, when the next one is
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
  WAYMARK_PLAN_REVIEW_DATE,
  WAYMARK_PLAN_REVIEW_PARTICIPANTS,
  WAYMARK_PLAN_REVIEW_CHANGES,
  WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE,
  WAYMARK_PLAN_REVIEW_N_COLUMNS
} WaymarkPlanReviewColumn;


#define WAYMARK_TYPE_PLAN_REVIEW (waymark_plan_review_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanReview, waymark_plan_review, WAYMARK, PLAN_REVIEW, WaymarkRecord)

WaymarkPlanReview *waymark_plan_review_new (void);

G_END_DECLS
