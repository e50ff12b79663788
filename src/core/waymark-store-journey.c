/* waymark-store-journey.c: the recovery journey read from the plan: stage
 * events, milestones, and the plan's own reviews, achieved goals and
 * medication changes
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-journey.h"
#include "waymark-medication-dose.h"
#include "waymark-milestone.h"
#include "waymark-plan-review.h"
#include "waymark-store-private.h"

/* Each query's rows become one kind of event: columns 0 and 1 are the
 * record's id and its date, the rest are the query's own. */
typedef void (*ReadRow) (WaymarkJourney *journey,
                         sqlite3_stmt   *stmt,
                         gint64          id,
                         guint32         julian);

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static void
add_event (WaymarkJourney          *journey,
           guint32                  julian,
           WaymarkJourneyEventKind  kind,
           const char              *title,
           const char              *note,
           gint64                   record_id,
           GType                    record_type)
{
  WaymarkJourneyEvent event = {
    julian, kind, (char *) title, (char *) note, record_id, record_type,
  };

  waymark_journey_add_event (journey, &event);
}

static void
read_stage_event (WaymarkJourney *journey,
                  sqlite3_stmt   *stmt,
                  gint64          id,
                  guint32         julian)
{
  waymark_journey_add_stage_event (journey, julian, column_text (stmt, 2), id);
}

static void
read_milestone (WaymarkJourney *journey,
                sqlite3_stmt   *stmt,
                gint64          id,
                guint32         julian)
{
  WaymarkJourneyEventKind kind;

  /* A kind from a newer Waymark still shows, as the person's own. */
  if (!waymark_journey_event_kind_from_key (column_text (stmt, 2), &kind))
    kind = WAYMARK_JOURNEY_EVENT_OWN;

  add_event (journey, julian, kind, column_text (stmt, 3), column_text (stmt, 4),
             id, WAYMARK_TYPE_MILESTONE);
}

static void
read_plan_review (WaymarkJourney *journey,
                  sqlite3_stmt   *stmt,
                  gint64          id,
                  guint32         julian)
{
  add_event (journey, julian, WAYMARK_JOURNEY_EVENT_PLAN_REVIEW,
             waymark_journey_event_kind_get_name (WAYMARK_JOURNEY_EVENT_PLAN_REVIEW),
             column_text (stmt, 2), id, WAYMARK_TYPE_PLAN_REVIEW);
}

static void
read_goal (WaymarkJourney *journey,
           sqlite3_stmt   *stmt,
           gint64          id,
           guint32         julian)
{
  add_event (journey, julian, WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED,
             column_text (stmt, 2), column_text (stmt, 3), id, WAYMARK_TYPE_GOAL);
}

static void
read_medication_start (WaymarkJourney *journey,
                       sqlite3_stmt   *stmt,
                       gint64          id,
                       guint32         julian)
{
  const char *name = column_text (stmt, 2);
  const char *dose = column_text (stmt, 3);
  g_autofree char *title = NULL;

  if (*dose != '\0')
    /* Translators: a medication started, on the timeline: the
     * medication's name and its first dose, "Started Sertraline 25 mg". */
    title = g_strdup_printf (_("Started %s %s"), name, dose);
  else
    /* Translators: a medication started, on the timeline: its name,
     * "Started Sertraline". */
    title = g_strdup_printf (_("Started %s"), name);

  add_event (journey, julian, WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE, title, "",
             id, WAYMARK_TYPE_INTERVENTION);
}

static void
read_dose_change (WaymarkJourney *journey,
                  sqlite3_stmt   *stmt,
                  gint64          id,
                  guint32         julian)
{
  g_autofree char *title = NULL;

  /* Translators: a medication's dose changed, on the timeline: its
   * name and the new dose, "Sertraline: dose changed to 50 mg". */
  title = g_strdup_printf (_("%s: dose changed to %s"), column_text (stmt, 2), column_text (stmt, 3));

  add_event (journey, julian, WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE, title, column_text (stmt, 4),
             id, WAYMARK_TYPE_MEDICATION_DOSE);
}

static gboolean
read_rows (WaymarkStore    *store,
           WaymarkJourney  *journey,
           const char      *sql,
           ReadRow          read_row,
           GError         **error)
{
  sqlite3_stmt *stmt = waymark_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 julian = waymark_date_to_julian ((const char *) sqlite3_column_text (stmt, 1));

      if (julian != 0)
        read_row (journey, stmt, sqlite3_column_int64 (stmt, 0), julian);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_journey_load:
 * @store: the plan
 * @error: return location for an error
 *
 * Reads the journey in six queries: the stage events; the milestones;
 * the plan's reviews; its achieved goals, on the day of their first
 * progress note at 100% (a goal marked achieved without one has no day
 * to be shown on); and each medication's start and dose changes (a dose
 * recorded on the start day is the start itself). The last episode runs
 * to today, in the local time zone.
 *
 * Returns: (transfer full) (nullable): the finished journey
 */
WaymarkJourney *
waymark_journey_load (WaymarkStore  *store,
                      GError       **error)
{
  static const struct
  {
    const char *sql;
    ReadRow     read_row;
  } queries[] = {
    { "SELECT id, date, stage FROM stage_event", read_stage_event },
    { "SELECT id, date, kind, title, note FROM milestone", read_milestone },
    { "SELECT id, date, changes FROM plan_review", read_plan_review },
    { "SELECT g.id, p.date, g.title, p.note FROM goal g "
      "JOIN goal_progress p ON p.id = (SELECT id FROM goal_progress "
      "WHERE goal_id = g.id AND progress >= 100 ORDER BY date, id LIMIT 1) "
      "WHERE g.status = 'achieved'",
      read_goal },
    { "SELECT i.id, i.start_date, i.name, "
      "CASE WHEN EXISTS (SELECT 1 FROM medication_dose d WHERE d.intervention_id = i.id) "
      "THEN coalesce ((SELECT d.dose FROM medication_dose d WHERE d.intervention_id = i.id "
      "AND d.date = i.start_date ORDER BY d.id DESC LIMIT 1), '') "
      "ELSE i.dose END "
      "FROM intervention i "
      "WHERE i.kind = '" WAYMARK_INTERVENTION_MEDICATION "' AND i.start_date IS NOT NULL",
      read_medication_start },
    { "SELECT d.id, d.date, i.name, d.dose, d.note FROM medication_dose d "
      "JOIN intervention i ON i.id = d.intervention_id "
      "WHERE i.kind = '" WAYMARK_INTERVENTION_MEDICATION "' AND d.date IS NOT i.start_date",
      read_dose_change },
  };
  g_autoptr(WaymarkJourney) journey = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  journey = waymark_journey_new ();
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (!read_rows (store, journey, queries[i].sql, queries[i].read_row, error))
      return NULL;

  waymark_journey_finish (journey, waymark_local_today_julian ());

  return g_steal_pointer (&journey);
}
