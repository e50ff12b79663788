/* waymark-low-mood-note.h: the journal's calm note on a hard week, with
 * where to go from there
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_LOW_MOOD_NOTE (waymark_low_mood_note_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkLowMoodNote, waymark_low_mood_note, WAYMARK, LOW_MOOD_NOTE, GtkBox)

void waymark_low_mood_note_set_store    (WaymarkLowMoodNote *self,
                                         WaymarkStore       *store);
void waymark_low_mood_note_set_low_mood (WaymarkLowMoodNote *self,
                                         double              average,
                                         int                 threshold);
void waymark_low_mood_note_set_sign     (WaymarkLowMoodNote *self,
                                         const char         *sign);

G_END_DECLS
