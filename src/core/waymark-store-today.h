/* waymark-store-today.h: the handful of rows the Today page reads, and
 * the safety banner
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

/* The five moods the Today page offers in one tap, on the journal's
 * 0-10 scale: "Very low", "Low", "Okay", "Good", "Very good". */
#define WAYMARK_N_QUICK_MOODS 5
extern const int waymark_quick_moods[WAYMARK_N_QUICK_MOODS];

GListModel *waymark_store_list_medications_on     (WaymarkStore  *self,
                                                   const char    *day,
                                                   GError       **error);
GArray     *waymark_store_list_medications_taken_on (WaymarkStore *self,
                                                   const char    *day,
                                                   GError       **error);
gboolean    waymark_store_set_medication_taken    (WaymarkStore  *self,
                                                   gint64         intervention_id,
                                                   GDateTime     *now,
                                                   gboolean       taken,
                                                   GError       **error);
gboolean    waymark_store_record_mood             (WaymarkStore  *self,
                                                   gint64        *checkin_id,
                                                   int            mood,
                                                   GDateTime     *now,
                                                   GError       **error);
gboolean    waymark_store_get_mood_on             (WaymarkStore  *self,
                                                   const char    *day,
                                                   int           *mood,
                                                   gint64        *checkin_id,
                                                   GError       **error);
GListModel *waymark_store_list_goals_in_progress  (WaymarkStore  *self,
                                                   GError       **error);
char       *waymark_store_dup_next_review_date    (WaymarkStore  *self,
                                                   GError       **error);

/* The safety banner (see data/migrations/0006-safety-banner.sql). */
gboolean    waymark_store_get_safety_banner       (WaymarkStore  *self,
                                                   gint64        *banner_id,
                                                   char         **shown_at,
                                                   GError       **error);
gboolean    waymark_store_dismiss_safety_banner   (WaymarkStore  *self,
                                                   GError       **error);

G_END_DECLS
