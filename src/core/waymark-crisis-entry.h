/* waymark-crisis-entry.h: one line of the crisis plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_CRISIS_ENTRY_SECTION,
  WAYMARK_CRISIS_ENTRY_TEXT,
  WAYMARK_CRISIS_ENTRY_DETAIL,
  WAYMARK_CRISIS_ENTRY_CONTACT_ID,
  WAYMARK_CRISIS_ENTRY_N_COLUMNS
} WaymarkCrisisEntryColumn;

#define WAYMARK_TYPE_CRISIS_ENTRY (waymark_crisis_entry_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCrisisEntry, waymark_crisis_entry, WAYMARK, CRISIS_ENTRY, WaymarkRecord)

WaymarkCrisisEntry *waymark_crisis_entry_new (void);

G_END_DECLS
