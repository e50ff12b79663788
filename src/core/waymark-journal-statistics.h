/* waymark-journal-statistics.h: when the journal suggests looking at the early warning plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-day-series.h"

G_BEGIN_DECLS

/* The recent days that the low-mood notice averages, and how many of
 * them must have a mood before it says anything. */
#define WAYMARK_RECENT_DAYS      7
#define WAYMARK_RECENT_MIN_DAYS  3

gboolean waymark_recent_mood_is_low (WaymarkDaySeries *series,
                                     guint32           today,
                                     double            threshold,
                                     double           *average);
gboolean waymark_note_mentions_sign (const char       *note,
                                     const char       *sign);

G_END_DECLS
