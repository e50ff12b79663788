/* waymark-report.c: what the journal says about a stretch of days, gathered for the appointment report
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-intervention.h"
#include "waymark-report.h"
#include "waymark-store-private.h"

/* A handful of indexed queries over the range, each read once: ten
 * years of a journal gather in well under a second. Nothing here is
 * translated; the layout says it in the printout's language. */

static void
dose_change_free (WaymarkReportDoseChange *change)
{
  g_free (change->medication);
  g_free (change->dose);
  g_free (change->previous_dose);
  g_free (change->note);
  g_free (change);
}

static void
medication_free (WaymarkReportMedication *medication)
{
  g_free (medication->name);
  g_free (medication->dose);
  g_free (medication);
}

static void
goal_free (WaymarkReportGoal *goal)
{
  g_free (goal->title);
  g_free (goal->dimension);
  g_free (goal->status);
  g_free (goal);
}

static void
event_free (WaymarkReportEvent *event)
{
  g_free (event->text);
  g_free (event->detail);
  g_free (event);
}

static void
note_free (WaymarkReportNote *note)
{
  g_free (note->text);
  g_free (note);
}

void
waymark_report_free (WaymarkReport *report)
{
  if (report == NULL)
    return;

  g_free (report->person_name);
  g_clear_pointer (&report->made_at, g_date_time_unref);
  g_clear_pointer (&report->days, g_array_unref);
  g_clear_pointer (&report->medications, g_ptr_array_unref);
  g_free (report->doses);
  g_clear_pointer (&report->dose_changes, g_ptr_array_unref);
  g_clear_pointer (&report->scores, g_array_unref);
  g_clear_pointer (&report->goals, g_ptr_array_unref);
  g_clear_pointer (&report->events, g_ptr_array_unref);
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  g_clear_object (&report->series);
  g_free (report);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

/* Prepares @sql with the range's first and last day bound to ?1 and ?2. */
static sqlite3_stmt *
prepare_range (WaymarkStore   *store,
               WaymarkReport  *report,
               const char     *sql,
               GError        **error)
{
  sqlite3_stmt *stmt = waymark_store_prepare (store, sql, error);
  char from[11], to[11];

  if (stmt == NULL)
    return NULL;

  waymark_date_from_julian (report->first, from);
  waymark_date_from_julian (report->last, to);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);

  return stmt;
}

static gboolean
finish_query (WaymarkStore  *store,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static WaymarkReportDay *
day_for (WaymarkReport *report,
         guint32        julian)
{
  if (julian < report->first || julian > report->last)
    return NULL;

  return &g_array_index (report->days, WaymarkReportDay, julian - report->first);
}

/**
 * waymark_report_default_range:
 * @today: the last day of the range, usually today
 * @first: (out): since the last plan review on or before @today, or
 *   else the %WAYMARK_REPORT_DEFAULT_DAYS days up to @today
 * @last: (out): @today
 *
 * Returns: %FALSE on error
 */
gboolean
waymark_report_default_range (WaymarkStore  *store,
                              guint32        today,
                              guint32       *first,
                              guint32       *last,
                              GError       **error)
{
  sqlite3_stmt *stmt;
  char to[11];
  guint32 review = 0;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (today > WAYMARK_REPORT_DEFAULT_DAYS, FALSE);

  stmt = waymark_store_prepare (store, "SELECT max(date) FROM plan_review WHERE date <= ?1", error);
  if (stmt == NULL)
    return FALSE;

  waymark_date_from_julian (today, to);
  sqlite3_bind_text (stmt, 1, to, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      review = waymark_date_to_julian ((const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_DONE;
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  *last = today;
  /* A review today leaves nothing since: the usual month then. */
  *first = review != 0 && review < today ? review : today - (WAYMARK_REPORT_DEFAULT_DAYS - 1);
  return TRUE;
}

static gboolean
load_days (WaymarkStore   *store,
           WaymarkReport  *report,
           GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  for (guint32 julian = report->first; julian <= report->last; julian++)
    {
      WaymarkReportDay day = { julian, 0, NAN, NAN, NAN, NAN, 0 };

      g_array_append_val (report->days, day);
    }

  stmt = prepare_range (store, report,
                        "SELECT local_date, count(*), avg(mood), avg(anxiety), avg(energy), avg(sleep_hours) "
                        "FROM checkin WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date",
                        error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportDay *day = day_for (report, waymark_date_to_julian (column_text (stmt, 0)));

      if (day == NULL)
        continue;
      day->n_checkins = sqlite3_column_int (stmt, 1);
      day->mood = column_or_nan (stmt, 2);
      day->anxiety = column_or_nan (stmt, 3);
      day->energy = column_or_nan (stmt, 4);
      day->sleep_hours = column_or_nan (stmt, 5);
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  /* The routine as it is now: items put away count no longer. */
  stmt = waymark_store_prepare (store, "SELECT count(*) FROM routine_item WHERE archived = 0", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      report->n_routine_items = sqlite3_column_int (stmt, 0);
      rc = SQLITE_DONE;
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  stmt = prepare_range (store, report,
                        "SELECT d.date, count(*) FROM routine_done d "
                        "JOIN routine_item r ON r.id = d.routine_item_id "
                        "WHERE d.date BETWEEN ?1 AND ?2 AND r.archived = 0 GROUP BY d.date",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportDay *day = day_for (report, waymark_date_to_julian (column_text (stmt, 0)));

      if (day != NULL)
        day->routine_done = MIN ((guint) sqlite3_column_int (stmt, 1), report->n_routine_items);
    }

  return finish_query (store, stmt, rc, error);
}

static int
find_medication (WaymarkReport *report,
                 gint64         id)
{
  for (guint i = 0; i < report->medications->len; i++)
    if (((WaymarkReportMedication *) report->medications->pdata[i])->id == id)
      return i;

  return -1;
}

static gboolean
load_medications (WaymarkStore   *store,
                  WaymarkReport  *report,
                  GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Every medication taken at some time in the range, or ticked in it. */
  stmt = prepare_range (store, report,
                        "SELECT id, name, dose FROM intervention "
                        "WHERE kind = '" WAYMARK_INTERVENTION_MEDICATION "' AND "
                        "((coalesce (start_date, '') <= ?2 AND coalesce (end_date, '9999') >= ?1) OR "
                        " id IN (SELECT m.intervention_id FROM checkin_medication m "
                        "        JOIN checkin c ON c.id = m.checkin_id WHERE c.local_date BETWEEN ?1 AND ?2)) "
                        "ORDER BY position, id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportMedication *medication = g_new0 (WaymarkReportMedication, 1);

      medication->id = sqlite3_column_int64 (stmt, 0);
      medication->name = g_strdup (column_text (stmt, 1));
      medication->dose = g_strdup (column_text (stmt, 2));
      g_ptr_array_add (report->medications, medication);
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  report->doses = g_new0 (guint8, (gsize) report->days->len * MAX (report->medications->len, 1));

  /* A day with two check-ins took a medication if either says so. */
  stmt = prepare_range (store, report,
                        "SELECT c.local_date, m.intervention_id, max(m.taken) FROM checkin_medication m "
                        "JOIN checkin c ON c.id = m.checkin_id WHERE c.local_date BETWEEN ?1 AND ?2 "
                        "GROUP BY c.local_date, m.intervention_id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 julian = waymark_date_to_julian (column_text (stmt, 0));
      int index = find_medication (report, sqlite3_column_int64 (stmt, 1));
      gboolean taken = sqlite3_column_int (stmt, 2) != 0;
      WaymarkReportMedication *medication;

      if (index < 0 || day_for (report, julian) == NULL)
        continue;

      medication = report->medications->pdata[index];
      report->doses[(julian - report->first) * report->medications->len + index] =
        taken ? WAYMARK_REPORT_DOSE_TAKEN : WAYMARK_REPORT_DOSE_MISSED;
      medication->n_recorded++;
      if (taken)
        medication->n_taken++;
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  /* Each change of dose in the range, with the dose before it. */
  stmt = prepare_range (store, report,
                        "SELECT d.date, d.intervention_id, i.name, d.dose, d.note, "
                        "  coalesce ((SELECT p.dose FROM medication_dose p "
                        "             WHERE p.intervention_id = d.intervention_id AND "
                        "                   (p.date < d.date OR (p.date = d.date AND p.id < d.id)) "
                        "             ORDER BY p.date DESC, p.id DESC LIMIT 1), '') "
                        "FROM medication_dose d JOIN intervention i ON i.id = d.intervention_id "
                        "WHERE d.date BETWEEN ?1 AND ?2 ORDER BY d.date, d.id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportDoseChange *change = g_new0 (WaymarkReportDoseChange, 1);

      change->julian = waymark_date_to_julian (column_text (stmt, 0));
      change->medication_id = sqlite3_column_int64 (stmt, 1);
      change->medication = g_strdup (column_text (stmt, 2));
      change->dose = g_strdup (column_text (stmt, 3));
      change->note = g_strdup (column_text (stmt, 4));
      change->previous_dose = g_strdup (column_text (stmt, 5));
      g_ptr_array_add (report->dose_changes, change);
    }

  return finish_query (store, stmt, rc, error);
}

static gboolean
load_scores (WaymarkStore   *store,
             WaymarkReport  *report,
             GError        **error)
{
  sqlite3_stmt *stmt;
  char from[11], to[11];
  int rc;

  /* Taken at is UTC: a day either side, then each put on its local day. */
  stmt = waymark_store_prepare (store,
                                "SELECT instrument, taken_at, answers, total FROM questionnaire "
                                "WHERE taken_at >= ?1 AND taken_at < ?2 ORDER BY taken_at, id",
                                error);
  if (stmt == NULL)
    return FALSE;
  waymark_date_from_julian (report->first - 1, from);
  waymark_date_from_julian (report->last + 2, to);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_find (column_text (stmt, 0));
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (column_text (stmt, 1), NULL);
      g_autoptr(GDateTime) local = NULL;
      WaymarkReportScore score = { 0, };
      int answers[16] = { 0, };
      GDate date;

      if (questionnaire == NULL || utc == NULL)
        continue;

      local = g_date_time_to_local (utc);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      score.julian = g_date_get_julian (&date);
      if (score.julian < report->first || score.julian > report->last)
        continue;

      score.questionnaire = questionnaire;
      score.total = sqlite3_column_int (stmt, 3);
      if (questionnaire->kind == WAYMARK_QUESTIONNAIRE_PHQ9 &&
          questionnaire->n_items <= G_N_ELEMENTS (answers) &&
          waymark_questionnaire_parse_answers (questionnaire, column_text (stmt, 2), answers))
        {
          score.item9_answer = answers[questionnaire->n_items - 1];
          score.item9_flag = waymark_phq9_asks_for_support (answers, questionnaire->n_items);
        }
      g_array_append_val (report->scores, score);
    }

  return finish_query (store, stmt, rc, error);
}

static gboolean
load_goals (WaymarkStore   *store,
            WaymarkReport  *report,
            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Goals still open, and any whose progress was noted in the range. */
  stmt = prepare_range (store, report,
                        "SELECT g.title, g.dimension, g.status, g.progress, "
                        "  (SELECT p.progress FROM goal_progress p WHERE p.goal_id = g.id AND p.date < ?1 "
                        "   AND p.progress IS NOT NULL ORDER BY p.date DESC, p.id DESC LIMIT 1), "
                        "  (SELECT count(*) FROM goal_progress p WHERE p.goal_id = g.id "
                        "   AND p.date BETWEEN ?1 AND ?2) AS n_notes "
                        "FROM goal g "
                        "WHERE g.status IN ('active', 'paused') OR n_notes > 0 "
                        "ORDER BY g.position, g.id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportGoal *goal = g_new0 (WaymarkReportGoal, 1);

      goal->title = g_strdup (column_text (stmt, 0));
      goal->dimension = g_strdup (column_text (stmt, 1));
      goal->status = g_strdup (column_text (stmt, 2));
      goal->progress = sqlite3_column_int (stmt, 3);
      goal->progress_before = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
      goal->n_notes = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (report->goals, goal);
    }
  if (!finish_query (store, stmt, rc, error))
    return FALSE;

  stmt = prepare_range (store, report,
                        "SELECT date, 0, stage, note FROM stage_event WHERE date BETWEEN ?1 AND ?2 "
                        "UNION ALL "
                        "SELECT date, 1, title, kind FROM milestone WHERE date BETWEEN ?1 AND ?2 "
                        "ORDER BY 1, 2",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportEvent *event = g_new0 (WaymarkReportEvent, 1);

      event->julian = waymark_date_to_julian (column_text (stmt, 0));
      event->kind = sqlite3_column_int (stmt, 1) ? WAYMARK_REPORT_EVENT_MILESTONE : WAYMARK_REPORT_EVENT_STAGE;
      event->text = g_strdup (column_text (stmt, 2));
      event->detail = g_strdup (column_text (stmt, 3));
      g_ptr_array_add (report->events, event);
    }

  return finish_query (store, stmt, rc, error);
}

static gboolean
load_notes (WaymarkStore   *store,
            WaymarkReport  *report,
            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* Only notes the person marked for their care team, ever. */
  stmt = prepare_range (store, report,
                        "SELECT local_date, note FROM checkin "
                        "WHERE local_date BETWEEN ?1 AND ?2 AND share_with_care_team = 1 AND note <> '' "
                        "ORDER BY at, id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkReportNote *note = g_new0 (WaymarkReportNote, 1);

      note->julian = waymark_date_to_julian (column_text (stmt, 0));
      note->text = g_strdup (column_text (stmt, 1));
      g_ptr_array_add (report->notes, note);
    }

  return finish_query (store, stmt, rc, error);
}

/* The range as the journal's charts read it, with the changes of dose
 * as their markers. */
static void
build_series (WaymarkReport *report)
{
  report->series = waymark_day_series_new ();

  for (guint i = 0; i < report->days->len; i++)
    {
      const WaymarkReportDay *day = &g_array_index (report->days, WaymarkReportDay, i);
      WaymarkDay summary = { day->julian, day->n_checkins, };

      if (day->n_checkins == 0 && day->routine_done == 0)
        continue;

      for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
        summary.values[m] = NAN;
      summary.values[WAYMARK_MEASURE_MOOD] = day->mood;
      summary.values[WAYMARK_MEASURE_ANXIETY] = day->anxiety;
      summary.values[WAYMARK_MEASURE_ENERGY] = day->energy;
      summary.values[WAYMARK_MEASURE_SLEEP] = day->sleep_hours;
      if (report->n_routine_items > 0)
        summary.values[WAYMARK_MEASURE_ROUTINE] = day->routine_done / (double) report->n_routine_items;
      waymark_day_series_append (report->series, &summary);
    }

  for (guint i = 0; i < report->dose_changes->len; i++)
    {
      const WaymarkReportDoseChange *change = report->dose_changes->pdata[i];
      g_autofree char *label = *change->dose ? g_strdup_printf ("%s %s", change->medication, change->dose)
                                             : g_strdup (change->medication);

      waymark_day_series_add_marker (report->series, change->julian, WAYMARK_MARKER_MEDICATION, label);
    }

  waymark_day_series_finish (report->series);
}

/**
 * waymark_report_load:
 * @store: the plan
 * @first: the range's first day (a Julian day number)
 * @last: its last day, included; not before @first
 * @flags: what else to gather: notes only when asked for
 * @error: return location for an error
 *
 * Reads everything the appointment report says about the days from
 * @first to @last.
 *
 * Returns: (transfer full) (nullable): the report's data
 */
WaymarkReport *
waymark_report_load (WaymarkStore        *store,
                     guint32              first,
                     guint32              last,
                     WaymarkReportFlags   flags,
                     GError             **error)
{
  g_autoptr(WaymarkReport) report = g_new0 (WaymarkReport, 1);
  g_autofree char *name = NULL;
  gboolean own_transaction, loaded;
  sqlite3 *db;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);
  g_return_val_if_fail (first > 1 && first <= last, NULL);

  name = waymark_store_dup_owner_name (store);
  report->person_name = g_strdup (name ? name : "");
  report->first = first;
  report->last = last;
  report->flags = flags;
  report->made_at = g_date_time_new_now_local ();
  report->days = g_array_sized_new (FALSE, FALSE, sizeof (WaymarkReportDay), last - first + 1);
  report->medications = g_ptr_array_new_with_free_func ((GDestroyNotify) medication_free);
  report->dose_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) dose_change_free);
  report->scores = g_array_new (FALSE, FALSE, sizeof (WaymarkReportScore));
  report->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) goal_free);
  report->events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_free);
  report->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);

  /* One read transaction (deferred: it writes nothing, and works on a
   * plan open read-only): every part of the report sees the same plan. */
  db = waymark_store_get_db (store);
  own_transaction = sqlite3_get_autocommit (db) && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;

  loaded = load_days (store, report, error) &&
           load_medications (store, report, error) &&
           load_scores (store, report, error) &&
           load_goals (store, report, error) &&
           (!(flags & WAYMARK_REPORT_SHARED_NOTES) || load_notes (store, report, error));

  if (own_transaction)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!loaded)
    return NULL;

  build_series (report);
  return g_steal_pointer (&report);
}

/**
 * waymark_report_get_n_recorded_days:
 *
 * Returns: the days of the range with a check-in or a routine item done
 */
guint
waymark_report_get_n_recorded_days (WaymarkReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->days->len; i++)
    {
      const WaymarkReportDay *day = &g_array_index (report->days, WaymarkReportDay, i);

      if (day->n_checkins > 0 || day->routine_done > 0)
        n++;
    }

  return n;
}

WaymarkReportDose
waymark_report_get_dose (WaymarkReport *report,
                         guint          day_index,
                         guint          medication_index)
{
  g_return_val_if_fail (day_index < report->days->len, WAYMARK_REPORT_DOSE_UNRECORDED);
  g_return_val_if_fail (medication_index < report->medications->len, WAYMARK_REPORT_DOSE_UNRECORDED);

  return report->doses[day_index * report->medications->len + medication_index];
}

/**
 * waymark_report_dose_changed_on:
 *
 * Returns: whether the medication's dose history has a change on @julian
 */
gboolean
waymark_report_dose_changed_on (WaymarkReport *report,
                                guint32        julian,
                                gint64         medication_id)
{
  for (guint i = 0; i < report->dose_changes->len; i++)
    {
      const WaymarkReportDoseChange *change = report->dose_changes->pdata[i];

      if (change->julian == julian && change->medication_id == medication_id)
        return TRUE;
      if (change->julian > julian)
        break;
    }

  return FALSE;
}

/**
 * waymark_report_adherence:
 * @n_taken: (out) (optional): days a medication was ticked as taken
 * @n_recorded: (out) (optional): days a medication was ticked either way
 *
 * Every medication together, over the days their check-ins recorded:
 * a day without a check-in is not counted as missed.
 *
 * Returns: the share taken, 0 to 100, or NAN when nothing was recorded
 */
double
waymark_report_adherence (WaymarkReport *report,
                          guint         *n_taken,
                          guint         *n_recorded)
{
  guint taken = 0, recorded = 0;

  for (guint i = 0; i < report->medications->len; i++)
    {
      const WaymarkReportMedication *medication = report->medications->pdata[i];

      taken += medication->n_taken;
      recorded += medication->n_recorded;
    }

  if (n_taken != NULL)
    *n_taken = taken;
  if (n_recorded != NULL)
    *n_recorded = recorded;

  return recorded > 0 ? 100.0 * taken / recorded : NAN;
}

/**
 * waymark_report_routine_completion:
 * @n_done: (out) (optional): routine items done on the recorded days
 * @n_possible: (out) (optional): the routine's items times those days
 *
 * The routine as it is now, over the days with anything recorded.
 *
 * Returns: the share done, 0 to 100, or NAN with no routine or no day
 */
double
waymark_report_routine_completion (WaymarkReport *report,
                                   guint         *n_done,
                                   guint         *n_possible)
{
  guint done = 0, possible = 0;

  for (guint i = 0; i < report->days->len; i++)
    {
      const WaymarkReportDay *day = &g_array_index (report->days, WaymarkReportDay, i);

      if (day->n_checkins == 0 && day->routine_done == 0)
        continue;
      done += day->routine_done;
      possible += report->n_routine_items;
    }

  if (n_done != NULL)
    *n_done = done;
  if (n_possible != NULL)
    *n_possible = possible;

  return possible > 0 ? 100.0 * done / possible : NAN;
}

/**
 * waymark_report_count_item9_flags:
 *
 * Returns: how many PHQ-9s in the range answered the last item above
 *   "Not at all"
 */
guint
waymark_report_count_item9_flags (WaymarkReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->scores->len; i++)
    if (g_array_index (report->scores, WaymarkReportScore, i).item9_flag)
      n++;

  return n;
}
