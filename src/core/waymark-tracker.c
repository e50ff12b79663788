/* waymark-tracker.c: something the person chose to keep track of in their check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-tracker"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-store.h"
#include "waymark-tracker.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_TRACKER_NAME] = { "name", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_TRACKER_KIND] = { "kind", WAYMARK_COLUMN_TEXT, WAYMARK_TRACKER_YES_NO },
  [WAYMARK_TRACKER_ARCHIVED] = { "archived", WAYMARK_COLUMN_BOOLEAN, NULL },
};

/* Its values in check-ins go with it, and come back with undo. */
static const WaymarkChildTable children[] = {
  { "tracker_value", "tracker_id" },
};

static const WaymarkTable table = {
  "tracker", "tracker", NULL, NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

static gboolean
waymark_tracker_validate (WaymarkRecord  *record,
                          GError        **error)
{
  const char *kind = waymark_record_get_text (record, WAYMARK_TRACKER_KIND);

  if (!waymark_record_check_required (record, WAYMARK_TRACKER_NAME,
                                      _("Give the tracker a name, such as “Went outside” or “Pain”."), error))
    return FALSE;

  g_return_val_if_fail (g_str_equal (kind, WAYMARK_TRACKER_YES_NO) ||
                        g_str_equal (kind, WAYMARK_TRACKER_SCALE), FALSE);

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkTracker, waymark_tracker, table, waymark_tracker_validate)

gboolean
waymark_tracker_is_scale (WaymarkTracker *self)
{
  g_return_val_if_fail (WAYMARK_IS_TRACKER (self), FALSE);

  return g_str_equal (waymark_record_get_text (WAYMARK_RECORD (self), WAYMARK_TRACKER_KIND),
                      WAYMARK_TRACKER_SCALE);
}
