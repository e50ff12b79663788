/* waymark-stage-event.h: the stage of recovery a person recorded from a day on
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
  WAYMARK_STAGE_EVENT_DATE,
  WAYMARK_STAGE_EVENT_STAGE,   /* a key of waymark-stage.h, such as "awareness" */
  WAYMARK_STAGE_EVENT_NOTE,
  WAYMARK_STAGE_EVENT_N_COLUMNS
} WaymarkStageEventColumn;


#define WAYMARK_TYPE_STAGE_EVENT (waymark_stage_event_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStageEvent, waymark_stage_event, WAYMARK, STAGE_EVENT, WaymarkRecord)

WaymarkStageEvent *waymark_stage_event_new (void);

G_END_DECLS
