/* waymark-store-today.c: the handful of rows the Today page reads, and
 * the safety banner
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-plan-review.h"
#include "waymark-questionnaire-result.h"
#include "waymark-store-private.h"
#include "waymark-store-today.h"

/* The Today page opens at once: what it shows is a few small queries,
 * each answered from an index (a day's check-ins, the open banner) or
 * from short tables (medications, goals, reviews). What a tap on Today
 * writes goes where the journal keeps it: a medication taken is a tick
 * in the day's check-in, a mood is a check-in, so the journal, its
 * charts and every export see them as they see any other. */

const int waymark_quick_moods[WAYMARK_N_QUICK_MOODS] = { 1, 3, 5, 7, 9 };

static char *
format_day (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d");
}

/**
 * waymark_store_list_medications_on:
 * @day: a local day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the medications (interventions
 *   of kind "medication") taken on @day: started by then (or with no
 *   start) and not ended before it, in the plan's order
 */
GListModel *
waymark_store_list_medications_on (WaymarkStore  *self,
                                   const char    *day,
                                   GError       **error)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) current = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  all = waymark_store_list (self, WAYMARK_TYPE_INTERVENTION, NULL, error);
  if (all == NULL)
    return NULL;

  current = g_list_store_new (WAYMARK_TYPE_INTERVENTION);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(WaymarkRecord) record = g_list_model_get_item (all, i);
      const char *start = waymark_record_get_text (record, WAYMARK_INTERVENTION_START_DATE);
      const char *end = waymark_record_get_text (record, WAYMARK_INTERVENTION_END_DATE);

      if (!g_str_equal (waymark_record_get_text (record, WAYMARK_INTERVENTION_KIND),
                        WAYMARK_INTERVENTION_MEDICATION))
        continue;
      if ((*start != '\0' && strcmp (start, day) > 0) ||
          (*end != '\0' && strcmp (end, day) < 0))
        continue;

      g_list_store_append (current, record);
    }

  return G_LIST_MODEL (g_steal_pointer (&current));
}

/**
 * waymark_store_list_medications_taken_on:
 * @day: a local day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of
 *   the medications a check-in of @day says were taken
 */
GArray *
waymark_store_list_medications_taken_on (WaymarkStore  *self,
                                         const char    *day,
                                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT DISTINCT m.intervention_id FROM checkin_medication m "
                                "JOIN checkin c ON c.id = m.checkin_id "
                                "WHERE c.local_date = ?1 AND m.taken = 1 "
                                "ORDER BY m.intervention_id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);

  return waymark_store_query_ids (self, stmt, error);
}

/* The day's latest check-in, 0 when it has none. */
static gboolean
latest_checkin_on (WaymarkStore  *self,
                   const char    *day,
                   gint64        *checkin_id,
                   GError       **error)
{
  sqlite3_stmt *stmt = waymark_store_prepare (self,
                                              "SELECT id FROM checkin WHERE local_date = ?1 "
                                              "ORDER BY at DESC, id DESC LIMIT 1",
                                              error);
  g_autoptr(GArray) ids = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  ids = waymark_store_query_ids (self, stmt, error);
  if (ids == NULL)
    return FALSE;

  *checkin_id = ids->len > 0 ? g_array_index (ids, gint64, 0) : 0;
  return TRUE;
}

/**
 * waymark_store_set_medication_taken:
 * @intervention_id: a medication
 * @now: the moment it is now, in the person's time zone
 * @taken: whether it was taken today
 *
 * Says in today's latest check-in that the medication was taken (a new
 * check-in, with nothing else in it, when today has none yet), or in
 * every check-in of today that it was not. Emits #WaymarkStore::changed
 * with "checkin".
 */
gboolean
waymark_store_set_medication_taken (WaymarkStore  *self,
                                    gint64         intervention_id,
                                    GDateTime     *now,
                                    gboolean       taken,
                                    GError       **error)
{
  g_autofree char *day = NULL;
  sqlite3_stmt *stmt;
  gint64 checkin_id = 0;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (intervention_id > 0, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  day = format_day (now);

  if (!taken)
    {
      stmt = waymark_store_prepare (self,
                                    "UPDATE checkin_medication SET taken = 0 "
                                    "WHERE intervention_id = ?1 AND taken = 1 AND checkin_id IN "
                                    "(SELECT id FROM checkin WHERE local_date = ?2)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, intervention_id);
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
      if (!waymark_store_step_done (self, stmt, error))
        return FALSE;
      waymark_store_emit_changed (self, "checkin");
      return TRUE;
    }

  if (!latest_checkin_on (self, day, &checkin_id, error))
    return FALSE;

  if (checkin_id == 0)
    {
      g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
      g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
      WaymarkTick tick = { intervention_id, TRUE };

      waymark_checkin_set_time (checkin, now);
      g_array_append_val (details->medications, tick);
      return waymark_store_save_checkin (self, checkin, details, error);
    }

  stmt = waymark_store_prepare (self,
                                "INSERT OR REPLACE INTO checkin_medication (checkin_id, intervention_id, taken) "
                                "VALUES (?1, ?2, 1)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  sqlite3_bind_int64 (stmt, 2, intervention_id);
  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  waymark_store_emit_changed (self, "checkin");
  return TRUE;
}

/**
 * waymark_store_record_mood:
 * @checkin_id: (inout): the check-in a tap on Today made a moment ago,
 *   to change its mood, or 0 for a new check-in; set to the check-in
 *   written
 * @mood: 0-10
 * @now: the moment it is now, in the person's time zone
 *
 * A one-tap check-in: a new check-in with only a mood, or a new mood for
 * the one made a moment ago (a second tap corrects the first, it does
 * not add a check-in). Emits #WaymarkStore::changed with "checkin".
 */
gboolean
waymark_store_record_mood (WaymarkStore  *self,
                           gint64        *checkin_id,
                           int            mood,
                           GDateTime     *now,
                           GError       **error)
{
  g_autoptr(WaymarkRecord) checkin = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (checkin_id != NULL, FALSE);
  g_return_val_if_fail (mood >= 0 && mood <= WAYMARK_CHECKIN_SCALE_MAX, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (*checkin_id > 0)
    {
      g_autoptr(GError) local_error = NULL;

      /* Gone (deleted in the journal) is no error: a new one is made. */
      checkin = waymark_store_get (self, WAYMARK_TYPE_CHECKIN, *checkin_id, &local_error);
      if (checkin == NULL && !g_error_matches (local_error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (checkin == NULL)
    {
      checkin = WAYMARK_RECORD (waymark_checkin_new ());
      waymark_checkin_set_time (WAYMARK_CHECKIN (checkin), now);
    }

  waymark_record_set_int (checkin, WAYMARK_CHECKIN_MOOD, mood);
  if (!waymark_store_save_checkin (self, WAYMARK_CHECKIN (checkin), NULL, error))
    return FALSE;

  *checkin_id = waymark_record_get_id (checkin);
  return TRUE;
}

/**
 * waymark_store_get_mood_on:
 * @day: a local day, "YYYY-MM-DD"
 * @mood: (out): the mood of the day's latest check-in that has one, or
 *   %WAYMARK_UNSET
 * @checkin_id: (out) (optional): that check-in, or 0
 */
gboolean
waymark_store_get_mood_on (WaymarkStore  *self,
                           const char    *day,
                           int           *mood,
                           gint64        *checkin_id,
                           GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (day != NULL && mood != NULL, FALSE);

  stmt = waymark_store_prepare (self,
                                "SELECT id, mood FROM checkin WHERE local_date = ?1 AND mood IS NOT NULL "
                                "ORDER BY at DESC, id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);

  *mood = WAYMARK_UNSET;
  if (checkin_id != NULL)
    *checkin_id = 0;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *mood = sqlite3_column_int (stmt, 1);
      if (checkin_id != NULL)
        *checkin_id = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_DONE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_list_goals_in_progress:
 *
 * Returns: (transfer full) (nullable): the goals being worked on
 *   (active, not yet achieved), in the plan's order
 */
GListModel *
waymark_store_list_goals_in_progress (WaymarkStore  *self,
                                      GError       **error)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) active = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  all = waymark_store_list (self, WAYMARK_TYPE_GOAL, NULL, error);
  if (all == NULL)
    return NULL;

  active = g_list_store_new (WAYMARK_TYPE_GOAL);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(WaymarkRecord) goal = g_list_model_get_item (all, i);

      if (g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_STATUS), "active"))
        g_list_store_append (active, goal);
    }

  return G_LIST_MODEL (g_steal_pointer (&active));
}

/**
 * waymark_store_dup_next_review_date:
 *
 * Returns: (transfer full) (nullable): the next review date the latest
 *   review planned, "YYYY-MM-DD", or "" when none is planned; %NULL on
 *   error
 */
char *
waymark_store_dup_next_review_date (WaymarkStore  *self,
                                    GError       **error)
{
  sqlite3_stmt *stmt;
  g_auto(GStrv) dates = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  /* The latest review as the Plan page lists them: newest first. */
  stmt = waymark_store_prepare (self,
                                "SELECT coalesce (next_review_date, '') FROM plan_review "
                                "ORDER BY date DESC, id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    return NULL;

  dates = waymark_store_query_strings (self, stmt, error);
  if (dates == NULL)
    return NULL;

  return g_strdup (dates[0] != NULL ? dates[0] : "");
}

/* The safety banner ------------------------------------------------------ */

/* Called by waymark_store_save () inside the transaction that inserts
 * @record: a PHQ-9 whose item 9 was answered above "Not at all" raises
 * the banner, in the same commit, so the banner can't be lost between
 * the two. */
gboolean
waymark_store_raise_safety_banner (WaymarkStore   *self,
                                   WaymarkRecord  *record,
                                   const char     *now,
                                   GError        **error)
{
  const WaymarkQuestionnaire *questionnaire;
  g_autofree int *answers = NULL;
  sqlite3_stmt *stmt;

  if (!WAYMARK_IS_QUESTIONNAIRE_RESULT (record))
    return TRUE;

  questionnaire = waymark_questionnaire_result_get_questionnaire (WAYMARK_QUESTIONNAIRE_RESULT (record));
  if (questionnaire == NULL || questionnaire->kind != WAYMARK_QUESTIONNAIRE_PHQ9)
    return TRUE;

  answers = g_new0 (int, questionnaire->n_items);
  if (!waymark_questionnaire_parse_answers (questionnaire,
                                            waymark_record_get_text (record, WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS),
                                            answers) ||
      !waymark_phq9_asks_for_support (answers, questionnaire->n_items))
    return TRUE;

  stmt = waymark_store_prepare (self,
                                "INSERT INTO safety_banner (reason, questionnaire_id, shown_at, created_at, updated_at) "
                                "VALUES ('phq9-item9', ?1, ?2, ?2, ?2)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, waymark_record_get_id (record));
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  waymark_store_emit_changed (self, "safety-banner");
  return TRUE;
}

/**
 * waymark_store_get_safety_banner:
 * @banner_id: (out): the banner showing, or 0 when none is
 * @shown_at: (out) (optional) (transfer full): when it was raised, UTC
 *   ISO 8601, or %NULL
 *
 * The banner stays until the person closes it, across restarts: this is
 * the latest one not yet closed.
 */
gboolean
waymark_store_get_safety_banner (WaymarkStore  *self,
                                 gint64        *banner_id,
                                 char         **shown_at,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (banner_id != NULL, FALSE);

  stmt = waymark_store_prepare (self,
                                "SELECT id, shown_at FROM safety_banner WHERE dismissed_at IS NULL "
                                "ORDER BY shown_at DESC, id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    return FALSE;

  *banner_id = 0;
  if (shown_at != NULL)
    *shown_at = NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *banner_id = sqlite3_column_int64 (stmt, 0);
      if (shown_at != NULL)
        *shown_at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      rc = SQLITE_DONE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_dismiss_safety_banner:
 *
 * The person closed the banner: every banner still showing is recorded
 * as closed now. Emits #WaymarkStore::changed with "safety-banner".
 */
gboolean
waymark_store_dismiss_safety_banner (WaymarkStore  *self,
                                     GError       **error)
{
  g_autofree char *now = waymark_store_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  stmt = waymark_store_prepare (self,
                                "UPDATE safety_banner SET dismissed_at = ?1, updated_at = ?1 "
                                "WHERE dismissed_at IS NULL",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  waymark_store_emit_changed (self, "safety-banner");
  return TRUE;
}
