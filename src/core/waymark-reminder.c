/* waymark-reminder.c: when a reminder is due, decided without GTK
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-reminder"

#include "config.h"

#include "waymark-date.h"
#include "waymark-plan-review.h"
#include "waymark-reminder.h"

/* The rule, in one place, so it can be tested with any "now":
 *
 * - nothing is ever sent in shared computer mode, or for any plan but
 *   the person's own default plan (a clinic opens clients' files);
 * - the check-in reminder: once a day, from the chosen time on, only
 *   while today has no check-in. Turned on after the time, or a
 *   computer started later, it comes at once rather than tomorrow;
 * - the review reminder: once for each due date, from the chosen time
 *   on the day it is due (or the first time after, if the computer was
 *   off), and not again for the same date.
 *
 * The caller remembers what was sent (checkin_sent_on, review_sent_for)
 * and asks again at waymark_reminder_next_check (). */

/**
 * waymark_reminder_day_of:
 * @now: a moment
 *
 * Returns: the person's calendar day at @now, as g_date_get_julian ()
 */
guint32
waymark_reminder_day_of (GDateTime *now)
{
  GDate day;

  waymark_local_today (NULL, now, &day);
  return g_date_get_julian (&day);
}

static guint
minutes_of (GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  return (guint) (g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local));
}

/**
 * waymark_reminder_due:
 * @state: the choices, the plan and what was sent
 * @now: the time now
 *
 * Returns: the reminders to send now, none when nothing is due
 */
WaymarkReminderKind
waymark_reminder_due (const WaymarkReminderState *state,
                      GDateTime                  *now)
{
  WaymarkReminderKind due = WAYMARK_REMINDER_NONE;
  guint32 today;

  g_return_val_if_fail (state != NULL, WAYMARK_REMINDER_NONE);
  g_return_val_if_fail (now != NULL, WAYMARK_REMINDER_NONE);

  if (state->shared_computer || !state->default_plan)
    return WAYMARK_REMINDER_NONE;

  /* Before the chosen time, nothing: a reminder at 07:00 for a person
   * who chose 20:00 would be a nag. */
  if (minutes_of (now) < MIN (state->minutes, 24 * 60 - 1))
    return WAYMARK_REMINDER_NONE;

  today = waymark_reminder_day_of (now);

  if (state->checkin_enabled && !state->has_checkin_today && state->checkin_sent_on != today)
    due |= WAYMARK_REMINDER_CHECKIN;

  if (state->review_enabled && state->next_review != 0 && state->next_review <= today &&
      state->review_sent_for != state->next_review)
    due |= WAYMARK_REMINDER_REVIEW;

  return due;
}

/**
 * waymark_reminder_next_check:
 * @state: the choices, the plan and what was sent
 * @now: the time now
 *
 * When to ask waymark_reminder_due () again if nothing else changes: the
 * chosen time today, or tomorrow once it has passed. The caller asks
 * again sooner when the choices or the plan change, and should not wait
 * longer than an hour at a time (the wall clock moves on while the
 * computer sleeps).
 *
 * Returns: microseconds from @now, at least one second; -1 when no
 *   reminder can ever be due as things are
 */
gint64
waymark_reminder_next_check (const WaymarkReminderState *state,
                             GDateTime                  *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today_at = NULL;
  g_autoptr(GDateTime) next = NULL;
  guint minutes;

  g_return_val_if_fail (state != NULL, -1);
  g_return_val_if_fail (now != NULL, -1);

  if (state->shared_computer || !state->default_plan ||
      (!state->checkin_enabled && !state->review_enabled))
    return -1;

  local = g_date_time_to_local (now);
  minutes = MIN (state->minutes, 24 * 60 - 1);
  today_at = g_date_time_new_local (g_date_time_get_year (local),
                                    g_date_time_get_month (local),
                                    g_date_time_get_day_of_month (local),
                                    (int) (minutes / 60), (int) (minutes % 60), 0);

  if (g_date_time_compare (today_at, local) > 0)
    next = g_date_time_ref (today_at);
  else
    {
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (local, 1);

      next = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                    g_date_time_get_month (tomorrow),
                                    g_date_time_get_day_of_month (tomorrow),
                                    (int) (minutes / 60), (int) (minutes % 60), 0);
    }

  return MAX (g_date_time_difference (next, local), G_TIME_SPAN_SECOND);
}

/**
 * waymark_reminder_read_plan:
 * @store: the person's own plan
 * @today: the person's calendar day
 * @state: (inout): gets has_checkin_today and next_review
 * @error: where a read error goes
 *
 * Reads the two facts the reminders need from the plan: whether @today
 * has a check-in, and when the latest review said the next one is due.
 *
 * Returns: whether they could be read
 */
gboolean
waymark_reminder_read_plan (WaymarkStore          *store,
                            guint32                today,
                            WaymarkReminderState  *state,
                            GError               **error)
{
  g_autoptr(GArray) checkins = NULL;
  g_autoptr(GListModel) reviews = NULL;
  WaymarkJournalFilter filter = { 0 };
  char iso[16];
  const char *latest_date = "";
  const char *next = "";

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  waymark_date_from_julian (today, iso);
  filter.from = iso;
  filter.to = iso;
  checkins = waymark_store_list_checkin_ids (store, &filter, error);
  if (checkins == NULL)
    return FALSE;

  reviews = waymark_store_list (store, WAYMARK_TYPE_PLAN_REVIEW, NULL, error);
  if (reviews == NULL)
    return FALSE;

  /* The latest review says when the next one is due. */
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(WaymarkRecord) review = g_list_model_get_item (reviews, i);
      const char *date = waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_DATE);

      if (g_strcmp0 (date, latest_date) >= 0)
        {
          latest_date = date;
          next = waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE);
        }
    }

  state->has_checkin_today = checkins->len > 0;
  state->next_review = (next != NULL && *next != '\0') ? waymark_date_to_julian (next) : 0;

  return TRUE;
}
