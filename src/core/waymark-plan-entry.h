/* waymark-plan-entry.h: a wellness tool, trigger, early warning sign or sign that things are breaking down, with what to do
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
  WAYMARK_PLAN_ENTRY_KIND,
  WAYMARK_PLAN_ENTRY_TEXT,
  WAYMARK_PLAN_ENTRY_RESPONSE,
  WAYMARK_PLAN_ENTRY_N_COLUMNS
} WaymarkPlanEntryColumn;

/* The kinds of plan entry, as stored in the kind column. */
#define WAYMARK_PLAN_ENTRY_WELLNESS_TOOL  "wellness-tool"
#define WAYMARK_PLAN_ENTRY_TRIGGER        "trigger"
#define WAYMARK_PLAN_ENTRY_WARNING_SIGN   "warning-sign"
#define WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN "breakdown-sign"

#define WAYMARK_TYPE_PLAN_ENTRY (waymark_plan_entry_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanEntry, waymark_plan_entry, WAYMARK, PLAN_ENTRY, WaymarkRecord)

WaymarkPlanEntry *waymark_plan_entry_new (void);

G_END_DECLS
