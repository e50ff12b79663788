/* waymark-crisis-entry.c: one line of the crisis plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-entry.h"
#include "waymark-crisis-plan.h"
#include "waymark-store.h"

/* A line is either words (a warning sign, a coping step) or a person:
 * entries about people point at their shared contact record, so a phone
 * number changed on the care team is changed in the crisis plan too. */

static const WaymarkColumn columns[] = {
  [WAYMARK_CRISIS_ENTRY_SECTION] = { "section", WAYMARK_COLUMN_TEXT, "warning-signs" },
  [WAYMARK_CRISIS_ENTRY_TEXT] = { "text", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CRISIS_ENTRY_DETAIL] = { "detail", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CRISIS_ENTRY_CONTACT_ID] = { "contact_id", WAYMARK_COLUMN_REFERENCE, NULL },
};

static const WaymarkTable table = {
  "crisis_entry", "crisis", "section", NULL,
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static gboolean
waymark_crisis_entry_validate (WaymarkRecord  *record,
                               GError        **error)
{
  g_return_val_if_fail (waymark_crisis_section_find (waymark_record_get_text (record, WAYMARK_CRISIS_ENTRY_SECTION)) != NULL,
                        FALSE);

  if (waymark_record_get_reference (record, WAYMARK_CRISIS_ENTRY_CONTACT_ID) > 0)
    return TRUE;

  return waymark_record_check_required (record, WAYMARK_CRISIS_ENTRY_TEXT,
                                       _("Write a few words first; you can add more later."), error);
}

WAYMARK_DEFINE_RECORD (WaymarkCrisisEntry, waymark_crisis_entry, table, waymark_crisis_entry_validate)
