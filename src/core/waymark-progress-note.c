/* waymark-progress-note.c: a dated note on how a goal is going
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-progress-note"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-progress-note.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_PROGRESS_NOTE_GOAL_ID] = { "goal_id", WAYMARK_COLUMN_REFERENCE, NULL },
  [WAYMARK_PROGRESS_NOTE_DATE] = { "date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_PROGRESS_NOTE_PROGRESS] = { "progress", WAYMARK_COLUMN_INT, NULL, 0, 100 },
  [WAYMARK_PROGRESS_NOTE_NOTE] = { "note", WAYMARK_COLUMN_TEXT, NULL },
};


static const WaymarkTable table = {
  "goal_progress", "goal", "goal_id", "date DESC, id DESC",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static gboolean
waymark_progress_note_validate (WaymarkRecord  *record,
                                GError        **error)
{
  g_return_val_if_fail (waymark_record_get_reference (record, WAYMARK_PROGRESS_NOTE_GOAL_ID) > 0, FALSE);

  return waymark_record_check_required (record, WAYMARK_PROGRESS_NOTE_DATE,
                                       _("A progress note needs the date it is about."), error);
}

WAYMARK_DEFINE_RECORD (WaymarkProgressNote, waymark_progress_note, table, waymark_progress_note_validate)
