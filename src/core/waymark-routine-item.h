/* waymark-routine-item.h: one thing in the daily routine that keeps a person well
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
  WAYMARK_ROUTINE_ITEM_TITLE,
  WAYMARK_ROUTINE_ITEM_ARCHIVED,
  WAYMARK_ROUTINE_ITEM_N_COLUMNS
} WaymarkRoutineItemColumn;


#define WAYMARK_TYPE_ROUTINE_ITEM (waymark_routine_item_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRoutineItem, waymark_routine_item, WAYMARK, ROUTINE_ITEM, WaymarkRecord)

WaymarkRoutineItem *waymark_routine_item_new (void);

G_END_DECLS
