/* waymark-plan-statistics.h: streaks and progress, as arithmetic on days
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "waymark-record.h"

G_BEGIN_DECLS

guint   waymark_streak_current         (GArray      *days,
                                        const GDate *today);
guint   waymark_streak_longest         (GArray      *days);
double  waymark_goals_progress         (GListModel  *goals,
                                        const char  *dimension,
                                        guint       *n_counted);
guint   waymark_goals_count_new        (GListModel  *goals,
                                        const char  *dimension);
gboolean waymark_goal_is_new           (WaymarkRecord *goal);

G_END_DECLS
