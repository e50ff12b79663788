/* waymark-progress-note.h: a dated note on how a goal is going
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
  WAYMARK_PROGRESS_NOTE_GOAL_ID,
  WAYMARK_PROGRESS_NOTE_DATE,
  WAYMARK_PROGRESS_NOTE_PROGRESS,
  WAYMARK_PROGRESS_NOTE_NOTE,
  WAYMARK_PROGRESS_NOTE_N_COLUMNS
} WaymarkProgressNoteColumn;


#define WAYMARK_TYPE_PROGRESS_NOTE (waymark_progress_note_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkProgressNote, waymark_progress_note, WAYMARK, PROGRESS_NOTE, WaymarkRecord)

WaymarkProgressNote *waymark_progress_note_new (void);

G_END_DECLS
