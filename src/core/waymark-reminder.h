/* waymark-reminder.h: when a reminder is due, decided without GTK
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "waymark-store.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_REMINDER_NONE    = 0,
  WAYMARK_REMINDER_CHECKIN = 1 << 0,   /* today has no check-in yet */
  WAYMARK_REMINDER_REVIEW  = 1 << 1,   /* the plan's next review is due */
} WaymarkReminderKind;

/* Everything the decision depends on but the time; days are Julian
 * days (g_date_get_julian ()), 0 for none. */
typedef struct
{
  /* The person's choices (Preferences). */
  gboolean checkin_enabled;
  gboolean review_enabled;
  guint    minutes;             /* the time of day to remind at, minutes after midnight */
  gboolean shared_computer;     /* no notifications at all */

  /* Which plan: only the person's own default plan is ever reminded
   * of, and nothing while a window shows someone else's plan file. */
  gboolean default_plan;

  /* What the plan holds. */
  gboolean has_checkin_today;
  guint32  next_review;         /* when the latest review says the next one is due */

  /* What was sent already. */
  guint32  checkin_sent_on;     /* the day a check-in reminder was last sent */
  guint32  review_sent_for;     /* the due day the review reminder was sent for */
} WaymarkReminderState;

WaymarkReminderKind waymark_reminder_due        (const WaymarkReminderState *state,
                                                 GDateTime                  *now);
gint64              waymark_reminder_next_check (const WaymarkReminderState *state,
                                                 GDateTime                  *now);
guint32             waymark_reminder_day_of     (GDateTime                  *now);

gboolean            waymark_reminder_read_plan  (WaymarkStore               *store,
                                                 guint32                     today,
                                                 WaymarkReminderState       *state,
                                                 GError                    **error);

G_END_DECLS
