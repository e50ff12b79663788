/* waymark-routine-item.c: one thing in the daily routine that keeps a person well
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-routine-item"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-routine-item.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_ROUTINE_ITEM_TITLE] = { "title", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_ROUTINE_ITEM_ARCHIVED] = { "archived", WAYMARK_COLUMN_BOOLEAN, NULL },
};

static const WaymarkChildTable children[] = {
  { "routine_done", "routine_item_id" },
};

static const WaymarkTable table = {
  "routine_item", "routine", NULL, NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

static gboolean
waymark_routine_item_validate (WaymarkRecord  *record,
                               GError        **error)
{
  return waymark_record_check_required (record, WAYMARK_ROUTINE_ITEM_TITLE,
                                       _("Say what you do, for example “A walk after lunch”."), error);
}

WAYMARK_DEFINE_RECORD (WaymarkRoutineItem, waymark_routine_item, table, waymark_routine_item_validate)
