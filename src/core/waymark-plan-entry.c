/* waymark-plan-entry.c: a wellness tool, trigger, early warning sign or sign that things are breaking down, with what to do
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-plan-entry.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_PLAN_ENTRY_KIND] = { "kind", WAYMARK_COLUMN_TEXT, "wellness-tool" },
  [WAYMARK_PLAN_ENTRY_TEXT] = { "text", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_PLAN_ENTRY_RESPONSE] = { "response", WAYMARK_COLUMN_TEXT, NULL },
};

static const WaymarkChildTable children[] = {
  { "plan_entry_tag", "plan_entry_id" },
};

static const WaymarkTable table = {
  "plan_entry", "plan-entry", "kind", NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

static gboolean
waymark_plan_entry_validate (WaymarkRecord  *record,
                             GError        **error)
{
  static const char * const kinds[] = {
    WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, WAYMARK_PLAN_ENTRY_TRIGGER,
    WAYMARK_PLAN_ENTRY_WARNING_SIGN, WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN, NULL
  };

  g_return_val_if_fail (g_strv_contains (kinds, waymark_record_get_text (record, WAYMARK_PLAN_ENTRY_KIND)), FALSE);

  return waymark_record_check_required (record, WAYMARK_PLAN_ENTRY_TEXT,
                                       _("Write a few words first; you can add more later."), error);
}

WAYMARK_DEFINE_RECORD (WaymarkPlanEntry, waymark_plan_entry, table, waymark_plan_entry_validate)
