/* test-records.c: the records of a recovery plan: create, read, update,
 * delete and undo, ordering, validation; streak and progress arithmetic
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-plan.h"
#include "waymark-date.h"
#include "waymark-sample-data.h"
#include "waymark-goal.h"
#include "waymark-progress-note.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-review.h"
#include "waymark-plan-statistics.h"
#include "waymark-routine-item.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

#define count_rows waymark_test_count_rows

/* A record of each kind, filled in; the goal's and medication's children
 * are made by the tests that need them. */
typedef struct
{
  GType       type;
  const char *scope;
  guint       text_column;     /* a text column to edit */
} Kind;

static WaymarkRecord *
make_record (Fixture    *f,
             const Kind *kind,
             const char *text)
{
  WaymarkRecord *record = g_object_new (kind->type, NULL);

  waymark_record_set_text (record, kind->text_column, text);
  if (kind->type == WAYMARK_TYPE_PLAN_ENTRY)
    waymark_record_set_text (record, WAYMARK_PLAN_ENTRY_KIND, kind->scope);
  else if (kind->type == WAYMARK_TYPE_INTERVENTION)
    waymark_record_set_text (record, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  else if (kind->type == WAYMARK_TYPE_PLAN_REVIEW)
    waymark_record_set_text (record, WAYMARK_PLAN_REVIEW_DATE, "2026-05-01");
  else if (kind->type == WAYMARK_TYPE_CONTACT)
    waymark_record_set_int (record, WAYMARK_CONTACT_IN_CARE_TEAM, TRUE);

  return record;
}

static const Kind kinds[] = {
  { G_TYPE_INVALID, NULL, WAYMARK_GOAL_TITLE },
  { G_TYPE_INVALID, NULL, WAYMARK_ROUTINE_ITEM_TITLE },
  { G_TYPE_INVALID, WAYMARK_PLAN_ENTRY_WARNING_SIGN, WAYMARK_PLAN_ENTRY_TEXT },
  { G_TYPE_INVALID, NULL, WAYMARK_INTERVENTION_NAME },
  { G_TYPE_INVALID, NULL, WAYMARK_PLAN_REVIEW_CHANGES },
  { G_TYPE_INVALID, "1", WAYMARK_CONTACT_NAME },
};

static Kind *
kind_for (guint index)
{
  static Kind resolved[G_N_ELEMENTS (kinds)];
  GType types[] = {
    WAYMARK_TYPE_GOAL, WAYMARK_TYPE_ROUTINE_ITEM, WAYMARK_TYPE_PLAN_ENTRY,
    WAYMARK_TYPE_INTERVENTION, WAYMARK_TYPE_PLAN_REVIEW, WAYMARK_TYPE_CONTACT,
  };

  resolved[index] = kinds[index];
  resolved[index].type = types[index];
  return &resolved[index];
}

static void
test_crud_every_kind (Fixture       *f,
                      gconstpointer  data)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const Kind *kind = kind_for (k);
      g_autoptr(WaymarkRecord) record = make_record (f, kind, "First — ünïcødé ✓ 日本");
      g_autoptr(GListModel) listed = NULL;
      g_autoptr(WaymarkRecord) read = NULL;
      g_autoptr(WaymarkDeletion) deletion = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *long_text = g_strnfill (20000, 'x');
      gint64 id;

      g_test_message ("kind %s", g_type_name (kind->type));

      /* Create */
      g_assert_true (waymark_store_save (f->store, record, &error));
      g_assert_no_error (error);
      id = waymark_record_get_id (record);
      g_assert_cmpint (id, >, 0);

      /* Read */
      listed = waymark_store_list (f->store, kind->type, kind->scope, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
      read = g_list_model_get_item (listed, 0);
      g_assert_cmpint (waymark_record_get_id (read), ==, id);
      g_assert_cmpstr (waymark_record_get_text (read, kind->text_column), ==, "First — ünïcødé ✓ 日本");
      g_clear_object (&read);
      g_clear_object (&listed);

      /* Update, with long text */
      waymark_record_set_text (record, kind->text_column, long_text);
      g_assert_true (waymark_store_save (f->store, record, &error));
      listed = waymark_store_list (f->store, kind->type, kind->scope, &error);
      read = g_list_model_get_item (listed, 0);
      g_assert_cmpstr (waymark_record_get_text (read, kind->text_column), ==, long_text);
      g_clear_object (&read);
      g_clear_object (&listed);

      /* Delete, then undo: back with the same id */
      deletion = waymark_store_delete (f->store, record, &error);
      g_assert_no_error (error);
      g_assert_nonnull (deletion);
      listed = waymark_store_list (f->store, kind->type, kind->scope, &error);
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
      g_clear_object (&listed);

      g_assert_true (waymark_store_undo_delete (f->store, deletion, &error));
      g_assert_no_error (error);
      listed = waymark_store_list (f->store, kind->type, kind->scope, &error);
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
      read = g_list_model_get_item (listed, 0);
      g_assert_cmpint (waymark_record_get_id (read), ==, id);
      g_assert_cmpstr (waymark_record_get_text (read, kind->text_column), ==, long_text);
    }
}

static void
test_order_and_move (Fixture       *f,
                     gconstpointer  data)
{
  const char *names[] = { "Sleep by 23:00", "A walk", "Medication", "Call a friend" };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      WaymarkRoutineItem *item = waymark_routine_item_new ();

      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, names[i]);
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
      g_assert_cmpint (waymark_record_get_position (WAYMARK_RECORD (item)), ==, i);
      g_ptr_array_add (items, item);
    }

  /* "Call a friend" to the top, then "A walk" to the end. */
  g_assert_true (waymark_store_move (f->store, items->pdata[3], 0, &error));
  g_assert_true (waymark_store_move (f->store, items->pdata[1], 99, &error));
  g_assert_no_error (error);

  listed = waymark_store_list (f->store, WAYMARK_TYPE_ROUTINE_ITEM, NULL, &error);
  {
    const char *expected[] = { "Call a friend", "Sleep by 23:00", "Medication", "A walk" };

    g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 4);
    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(WaymarkRecord) item = g_list_model_get_item (listed, i);
        g_assert_cmpstr (waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE), ==, expected[i]);
      }
  }

  /* A deleted item comes back to the place it had. */
  {
    g_autoptr(WaymarkDeletion) deletion = waymark_store_delete (f->store, items->pdata[2], &error);
    g_autoptr(GListModel) after = NULL;
    g_autoptr(WaymarkRecord) third = NULL;

    g_assert_true (waymark_store_undo_delete (f->store, deletion, &error));
    after = waymark_store_list (f->store, WAYMARK_TYPE_ROUTINE_ITEM, NULL, &error);
    third = g_list_model_get_item (after, 2);
    g_assert_cmpstr (waymark_record_get_text (third, WAYMARK_ROUTINE_ITEM_TITLE), ==, "Medication");
  }
}

static void
test_scopes_are_separate (Fixture       *f,
                          gconstpointer  data)
{
  const char *kinds_of_entry[] = {
    WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, WAYMARK_PLAN_ENTRY_TRIGGER,
    WAYMARK_PLAN_ENTRY_WARNING_SIGN, WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN,
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds_of_entry); i++)
    for (guint j = 0; j <= i; j++)
      {
        g_autoptr(WaymarkPlanEntry) entry = waymark_plan_entry_new ();

        waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_PLAN_ENTRY_KIND, kinds_of_entry[i]);
        waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_PLAN_ENTRY_TEXT, "Something");
        waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_PLAN_ENTRY_RESPONSE, "What I do");
        g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (entry), &error));
        /* Each kind is its own list, numbered from 0. */
        g_assert_cmpint (waymark_record_get_position (WAYMARK_RECORD (entry)), ==, j);
      }

  for (guint i = 0; i < G_N_ELEMENTS (kinds_of_entry); i++)
    {
      g_autoptr(GListModel) listed = waymark_store_list (f->store, WAYMARK_TYPE_PLAN_ENTRY,
                                                         kinds_of_entry[i], &error);
      g_assert_cmpuint (g_list_model_get_n_items (listed), ==, i + 1);
    }
}

static void
test_undo_brings_children_back (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(WaymarkIntervention) medication = waymark_intervention_new ();
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  g_autoptr(WaymarkDeletion) deletion = NULL;
  g_autoptr(GListModel) doses = NULL;
  g_autoptr(GError) error = NULL;
  const char *dates[] = { "2025-01-10", "2025-06-01", "2026-02-14" };
  const char *amounts[] = { "25 mg", "50 mg", "75 mg" };

  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_NAME, "Sertraline");
  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_DOSE, "75 mg");
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (medication), &error));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(WaymarkMedicationDose) dose = waymark_medication_dose_new ();

      waymark_record_set_reference (WAYMARK_RECORD (dose), WAYMARK_MEDICATION_DOSE_INTERVENTION_ID,
                                    waymark_record_get_id (WAYMARK_RECORD (medication)));
      waymark_record_set_text (WAYMARK_RECORD (dose), WAYMARK_MEDICATION_DOSE_DATE, dates[i]);
      waymark_record_set_text (WAYMARK_RECORD (dose), WAYMARK_MEDICATION_DOSE_DOSE, amounts[i]);
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (dose), &error));
      g_assert_no_error (error);
    }

  /* The dose history, newest first. */
  doses = waymark_store_list_children (f->store, WAYMARK_TYPE_MEDICATION_DOSE,
                                       waymark_record_get_id (WAYMARK_RECORD (medication)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (doses), ==, 3);
  {
    g_autoptr(WaymarkRecord) newest = g_list_model_get_item (doses, 0);
    g_assert_cmpstr (waymark_record_get_text (newest, WAYMARK_MEDICATION_DOSE_DOSE), ==, "75 mg");
  }
  g_clear_object (&doses);

  deletion = waymark_store_delete (f->store, WAYMARK_RECORD (medication), &error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM medication_dose"), ==, 0);

  g_assert_true (waymark_store_undo_delete (f->store, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM medication_dose"), ==, 3);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM intervention WHERE name = 'Sertraline'"), ==, 1);

  /* The same for a goal and its progress notes. */
  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "Walk to the allotment");
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (goal), &error));
  {
    g_autoptr(WaymarkProgressNote) note = waymark_progress_note_new ();
    g_autoptr(WaymarkDeletion) goal_deletion = NULL;

    waymark_record_set_reference (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_GOAL_ID,
                                  waymark_record_get_id (WAYMARK_RECORD (goal)));
    waymark_record_set_text (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_DATE, "2026-03-01");
    waymark_record_set_text (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_NOTE, "Halfway there");
    waymark_record_set_int (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_PROGRESS, 50);
    g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (note), &error));

    goal_deletion = waymark_store_delete (f->store, WAYMARK_RECORD (goal), &error);
    g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM goal_progress"), ==, 0);
    g_assert_true (waymark_store_undo_delete (f->store, goal_deletion, &error));
    g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM goal_progress WHERE note = 'Halfway there'"), ==, 1);
  }
}

static void
assert_invalid (Fixture       *f,
                WaymarkRecord *record,
                const char    *fragment)
{
  g_autoptr(GError) error = NULL;
  const WaymarkTable *table = waymark_record_get_table (record);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table->table);
  int before = count_rows (f->store, sql);

  g_assert_false (waymark_store_save (f->store, record, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (count_rows (f->store, sql), ==, before);
}

static void
test_validation_messages (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  g_autoptr(WaymarkIntervention) medication = waymark_intervention_new ();
  g_autoptr(WaymarkContact) contact = waymark_contact_new ();
  g_autoptr(WaymarkPlanReview) review = waymark_plan_review_new ();

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "   ");
  assert_invalid (f, WAYMARK_RECORD (goal), "needs a title");

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "Move flat");
  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_START_DATE, "2026-06-01");
  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TARGET_DATE, "2026-05-31");
  assert_invalid (f, WAYMARK_RECORD (goal), "before the start date");

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TARGET_DATE, "2026-02-30");
  assert_invalid (f, WAYMARK_RECORD (goal), "not a date");

  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_NAME, "Lithium");
  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_DOSE, "4000000 mg");
  assert_invalid (f, WAYMARK_RECORD (medication), "doesn’t look right");
  waymark_record_set_text (WAYMARK_RECORD (medication), WAYMARK_INTERVENTION_DOSE, "-5 mg");
  assert_invalid (f, WAYMARK_RECORD (medication), "doesn’t look right");
  g_assert_true (waymark_dose_is_plausible ("400 mg"));
  g_assert_true (waymark_dose_is_plausible ("one tablet at night"));
  g_assert_true (waymark_dose_is_plausible (""));

  waymark_record_set_text (WAYMARK_RECORD (contact), WAYMARK_CONTACT_NAME, "Dr Okafor");
  waymark_record_set_text (WAYMARK_RECORD (contact), WAYMARK_CONTACT_PHONE, "call me maybe");
  assert_invalid (f, WAYMARK_RECORD (contact), "doesn’t look like a phone number");
  g_assert_true (waymark_phone_is_plausible ("+44 (0)20 7946-0958"));
  g_assert_true (waymark_phone_is_plausible ("988"));
  g_assert_false (waymark_phone_is_plausible ("12"));

  waymark_record_set_text (WAYMARK_RECORD (review), WAYMARK_PLAN_REVIEW_DATE, "2026-05-01");
  waymark_record_set_text (WAYMARK_RECORD (review), WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, "2026-04-01");
  assert_invalid (f, WAYMARK_RECORD (review), "next review is before");
}

static void
count_changes_cb (WaymarkStore *store,
                  const char   *kind,
                  guint        *count)
{
  (*count)++;
}

static void
test_changed_signal_per_kind (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  g_autoptr(GError) error = NULL;
  guint goals = 0, routine = 0;

  g_signal_connect (f->store, "changed::goal", G_CALLBACK (count_changes_cb), &goals);
  g_signal_connect (f->store, "changed::routine", G_CALLBACK (count_changes_cb), &routine);

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "Join the choir");
  waymark_store_save (f->store, WAYMARK_RECORD (goal), &error);
  waymark_record_set_int (WAYMARK_RECORD (goal), WAYMARK_GOAL_PROGRESS, 30);
  waymark_store_save (f->store, WAYMARK_RECORD (goal), &error);
  g_assert_cmpuint (goals, ==, 2);
  g_assert_cmpuint (routine, ==, 0);

  /* A refused change announces nothing. */
  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "");
  g_assert_false (waymark_store_save (f->store, WAYMARK_RECORD (goal), NULL));
  g_assert_cmpuint (goals, ==, 2);
}

static GDate *
date (int y, int m, int d)
{
  return g_date_new_dmy (d, m, y);
}

static GArray *
days_of (const char * const *isos)
{
  GArray *days = g_array_new (FALSE, TRUE, sizeof (GDate));

  for (guint i = 0; isos[i]; i++)
    {
      GDate day;
      int y, m, d;

      g_assert_cmpint (sscanf (isos[i], "%d-%d-%d", &y, &m, &d), ==, 3);
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, d, m, y);
      g_array_append_val (days, day);
    }

  return days;
}

static void
test_streaks (void)
{
  const char * const across_month[] = { "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", NULL };
  const char * const leap[] = { "2028-02-28", "2028-02-29", "2028-03-01", NULL };
  const char * const not_leap[] = { "2027-02-28", "2027-03-01", NULL };
  const char * const year_end[] = { "2025-12-30", "2025-12-31", "2026-01-01", NULL };
  const char * const gap[] = { "2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05", "2026-03-06", NULL };
  const char * const unsorted_dupes[] = { "2026-03-06", "2026-03-05", "2026-03-05", "2026-03-04", NULL };
  g_autoptr(GArray) a = days_of (across_month);
  g_autoptr(GArray) b = days_of (leap);
  g_autoptr(GArray) c = days_of (not_leap);
  g_autoptr(GArray) d = days_of (year_end);
  g_autoptr(GArray) e = days_of (gap);
  g_autoptr(GArray) u = days_of (unsorted_dupes);
  g_autoptr(GArray) none = g_array_new (FALSE, TRUE, sizeof (GDate));
  GDate *today;

  today = date (2026, 2, 2);
  g_assert_cmpuint (waymark_streak_current (a, today), ==, 4);
  g_date_free (today);

  /* Today not ticked yet: yesterday's run still counts... */
  today = date (2026, 2, 3);
  g_assert_cmpuint (waymark_streak_current (a, today), ==, 4);
  g_date_free (today);
  /* ...until a whole day is missed. */
  today = date (2026, 2, 4);
  g_assert_cmpuint (waymark_streak_current (a, today), ==, 0);
  g_date_free (today);

  today = date (2028, 3, 1);
  g_assert_cmpuint (waymark_streak_current (b, today), ==, 3);
  g_date_free (today);
  today = date (2027, 3, 1);
  g_assert_cmpuint (waymark_streak_current (c, today), ==, 2);
  g_date_free (today);
  today = date (2026, 1, 1);
  g_assert_cmpuint (waymark_streak_current (d, today), ==, 3);
  g_date_free (today);
  today = date (2026, 3, 6);
  g_assert_cmpuint (waymark_streak_current (e, today), ==, 3);
  g_assert_cmpuint (waymark_streak_longest (e), ==, 3);
  g_assert_cmpuint (waymark_streak_current (u, today), ==, 3);
  g_assert_cmpuint (waymark_streak_current (none, today), ==, 0);
  g_assert_cmpuint (waymark_streak_longest (none), ==, 0);
  g_date_free (today);
}

static void
assert_local_day (const char *zone,
                  const char *utc_iso,
                  int         y,
                  int         m,
                  int         d)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 (utc_iso, utc);
  GDate today;

  g_assert_nonnull (tz);
  g_assert_nonnull (moment);
  waymark_local_today (tz, moment, &today);
  g_assert_cmpint (g_date_get_year (&today), ==, y);
  g_assert_cmpint (g_date_get_month (&today), ==, m);
  g_assert_cmpint (g_date_get_day (&today), ==, d);
}

static void
test_local_day_in_time_zones (void)
{
  /* Late evening in Sydney is already the next day there. */
  assert_local_day ("Australia/Sydney", "2026-03-01T14:30:00Z", 2026, 3, 2);
  /* Early morning UTC is still the evening before in New York. */
  assert_local_day ("America/New_York", "2026-03-02T03:00:00Z", 2026, 3, 1);
  /* The night the clocks go forward in London (29 March 2026, 01:00). */
  assert_local_day ("Europe/London", "2026-03-29T00:30:00Z", 2026, 3, 29);
  assert_local_day ("Europe/London", "2026-03-28T23:59:00Z", 2026, 3, 28);
  /* And back in New York (1 November 2026, 02:00 local). */
  assert_local_day ("America/New_York", "2026-11-01T05:30:00Z", 2026, 11, 1);
  assert_local_day ("America/New_York", "2026-11-02T04:59:00Z", 2026, 11, 1);
}

static void
test_streak_across_dst (void)
{
  /* Ticked each evening at 22:30 London time across the change to summer time. */
  const char * const evenings_utc[] = {
    "2026-03-27T22:30:00Z", "2026-03-28T22:30:00Z", "2026-03-29T21:30:00Z", "2026-03-30T21:30:00Z", NULL
  };
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (GDate));
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-30T22:00:00Z", utc);
  GDate today;

  for (guint i = 0; evenings_utc[i]; i++)
    {
      g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 (evenings_utc[i], utc);
      GDate day;

      waymark_local_today (london, moment, &day);
      g_array_append_val (days, day);
    }

  waymark_local_today (london, now, &today);
  g_assert_cmpuint (waymark_streak_current (days, &today), ==, 4);
}

static void
test_goal_progress (Fixture       *f,
                    gconstpointer  data)
{
  struct { const char *dimension, *status; int progress; } goals[] = {
    { "health", "active", 40 },
    { "health", "achieved", 10 },    /* achieved counts as complete */
    { "health", "let-go", 0 },       /* not counted */
    { "home", "paused", 30 },
    { "purpose", "active", 0 },
  };
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      g_autoptr(WaymarkGoal) goal = waymark_goal_new ();

      waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, "A goal");
      waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_DIMENSION, goals[i].dimension);
      waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_STATUS, goals[i].status);
      waymark_record_set_int (WAYMARK_RECORD (goal), WAYMARK_GOAL_PROGRESS, goals[i].progress);
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (goal), &error));
    }

  listed = waymark_store_list (f->store, WAYMARK_TYPE_GOAL, NULL, &error);
  g_assert_cmpfloat_with_epsilon (waymark_goals_progress (listed, "health", &n), 0.70, 1e-9);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (waymark_goals_progress (listed, "home", NULL), 0.30, 1e-9);
  /* A goal at 0% has not started: it is new, not a drop in progress. */
  g_assert_true (isnan (waymark_goals_progress (listed, "purpose", &n)));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (waymark_goals_count_new (listed, "purpose"), ==, 1);
  g_assert_true (isnan (waymark_goals_progress (listed, "community", &n)));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (waymark_goals_count_new (listed, "community"), ==, 0);
  g_assert_cmpfloat_with_epsilon (waymark_goals_progress (listed, NULL, &n), (40 + 100 + 30) / 300.0, 1e-9);
  g_assert_cmpuint (n, ==, 3);
  /* The let-go goal at 0% is not new either: it is not counted at all. */
  g_assert_cmpuint (waymark_goals_count_new (listed, NULL), ==, 1);
}

static void
test_routine_days (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkRoutineItem) walk = waymark_routine_item_new ();
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  GDate *d1 = date (2026, 4, 30), *d2 = date (2026, 5, 1), *today = date (2026, 5, 1);
  gint64 id;

  waymark_record_set_text (WAYMARK_RECORD (walk), WAYMARK_ROUTINE_ITEM_TITLE, "A walk");
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (walk), &error));
  id = waymark_record_get_id (WAYMARK_RECORD (walk));

  g_assert_true (waymark_store_set_routine_done (f->store, id, d1, TRUE, &error));
  g_assert_true (waymark_store_set_routine_done (f->store, id, d2, TRUE, &error));
  g_assert_true (waymark_store_set_routine_done (f->store, id, d2, TRUE, &error));  /* twice is once */
  days = waymark_store_list_routine_days (f->store, id, &error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (waymark_streak_current (days, today), ==, 2);
  g_clear_pointer (&days, g_array_unref);

  g_assert_true (waymark_store_set_routine_done (f->store, id, d2, FALSE, &error));
  days = waymark_store_list_routine_days (f->store, id, &error);
  g_assert_cmpuint (days->len, ==, 1);

  g_date_free (d1);
  g_date_free (d2);
  g_date_free (today);
}

static void
test_tags_and_batches (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(WaymarkPlanEntry) tool = waymark_plan_entry_new ();
  const char *tags[] = { "social", " calming ", "", NULL };
  g_auto(GStrv) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  waymark_record_set_text (WAYMARK_RECORD (tool), WAYMARK_PLAN_ENTRY_TEXT, "Choir practice");
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (tool), &error));
  id = waymark_record_get_id (WAYMARK_RECORD (tool));

  g_assert_true (waymark_store_set_tags (f->store, id, tags, &error));
  read = waymark_store_get_tags (f->store, id, &error);
  g_assert_cmpuint (g_strv_length (read), ==, 2);
  g_assert_cmpstr (read[0], ==, "calming");
  g_assert_cmpstr (read[1], ==, "social");

  /* A batch is all or nothing, and saves inside it nest. */
  g_assert_true (waymark_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(WaymarkRoutineItem) item = waymark_routine_item_new ();
      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, "Stretch");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
    }
  g_assert_true (waymark_store_end_batch (f->store, FALSE, &error));
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM routine_item"), ==, 0);

  g_assert_true (waymark_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(WaymarkRoutineItem) item = waymark_routine_item_new ();
      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, "Stretch");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
    }
  /* A refused save inside the batch leaves the rest alone. */
  {
    g_autoptr(WaymarkRoutineItem) empty = waymark_routine_item_new ();
    g_assert_false (waymark_store_save (f->store, WAYMARK_RECORD (empty), NULL));
  }
  g_assert_true (waymark_store_end_batch (f->store, TRUE, &error));
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM routine_item"), ==, 50);
}

static void
test_batch_announces_once (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint routine = 0;

  g_signal_connect (f->store, "changed::routine", G_CALLBACK (count_changes_cb), &routine);

  /* Undone work is never announced... */
  g_assert_true (waymark_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(WaymarkRoutineItem) item = waymark_routine_item_new ();
      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, "Stretch");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
    }
  g_assert_cmpuint (routine, ==, 0);
  g_assert_true (waymark_store_end_batch (f->store, FALSE, &error));
  g_assert_cmpuint (routine, ==, 0);

  /* ...and kept work once, when it is durable. */
  g_assert_true (waymark_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(WaymarkRoutineItem) item = waymark_routine_item_new ();
      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, "Stretch");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
    }
  g_assert_true (waymark_store_end_batch (f->store, TRUE, &error));
  g_assert_cmpuint (routine, ==, 1);
}

static void
test_crisis_plan_shares_contacts (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(WaymarkContact) jo = waymark_contact_new ();
  g_autoptr(WaymarkCrisisEntry) entry = waymark_crisis_entry_new ();
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkCrisisSection *section;
  WaymarkCrisisItem *item;

  waymark_record_set_text (WAYMARK_RECORD (jo), WAYMARK_CONTACT_NAME, "Jo Reed");
  waymark_record_set_text (WAYMARK_RECORD (jo), WAYMARK_CONTACT_RELATIONSHIP, "Friend");
  waymark_record_set_text (WAYMARK_RECORD (jo), WAYMARK_CONTACT_PHONE, "+44 7700 900218");
  waymark_record_set_int (WAYMARK_RECORD (jo), WAYMARK_CONTACT_IN_CARE_TEAM, TRUE);
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (jo), &error));

  waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_SECTION, "help-people");
  waymark_record_set_reference (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_CONTACT_ID,
                                waymark_record_get_id (WAYMARK_RECORD (jo)));
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (entry), &error));

  /* The number is changed once, on the care team... */
  waymark_record_set_text (WAYMARK_RECORD (jo), WAYMARK_CONTACT_PHONE, "+44 7700 900999");
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (jo), &error));

  /* ...and the crisis plan has it. */
  plan = waymark_crisis_plan_load (f->store, &error);
  g_assert_no_error (error);
  section = waymark_crisis_plan_get_section (plan, "help-people");
  g_assert_cmpuint (section->items->len, ==, 1);
  item = section->items->pdata[0];
  g_assert_cmpstr (item->text, ==, "Jo Reed");
  g_assert_cmpstr (item->detail, ==, "Friend");
  g_assert_cmpstr (item->phone, ==, "+44 7700 900999");
  g_assert_false (waymark_crisis_plan_is_empty (plan));

  /* An entry with neither words nor a person is refused. */
  {
    g_autoptr(WaymarkCrisisEntry) empty = waymark_crisis_entry_new ();

    waymark_record_set_text (WAYMARK_RECORD (empty), WAYMARK_CRISIS_ENTRY_SECTION, "coping");
    g_assert_false (waymark_store_save (f->store, WAYMARK_RECORD (empty), &error));
    g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  }
}

static void
test_sample_crisis_plan_is_full (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_sample_data_fill (f->store, 60, NULL, &error));
  plan = waymark_crisis_plan_load (f->store, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (plan->person_name, ==, "Sam Sample");
  g_assert_cmpstr (plan->emergency_number, !=, "");
  for (guint i = 0; i < plan->sections->len; i++)
    {
      WaymarkCrisisSection *section = plan->sections->pdata[i];

      if (g_str_equal (section->info->key, WAYMARK_CRISIS_EMERGENCY_SECTION))
        continue;
      g_test_message ("%s: %u", section->info->key, section->items->len);
      g_assert_cmpuint (section->items->len, >, 0);
      if (section->info->about_people)
        for (guint j = 0; j < section->items->len; j++)
          g_assert_true (waymark_phone_is_plausible (((WaymarkCrisisItem *) section->items->pdata[j])->phone));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/records/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("crud-every-kind", test_crud_every_kind);
  ADD ("order-and-move", test_order_and_move);
  ADD ("scopes-are-separate", test_scopes_are_separate);
  ADD ("undo-brings-children-back", test_undo_brings_children_back);
  ADD ("validation-messages", test_validation_messages);
  ADD ("changed-signal-per-kind", test_changed_signal_per_kind);
  ADD ("goal-progress", test_goal_progress);
  ADD ("routine-days", test_routine_days);
  ADD ("tags-and-batches", test_tags_and_batches);
  ADD ("batch-announces-once", test_batch_announces_once);
  ADD ("crisis-plan-shares-contacts", test_crisis_plan_shares_contacts);
  ADD ("sample-crisis-plan-is-full", test_sample_crisis_plan_is_full);
#undef ADD
  g_test_add_func ("/waymark/statistics/streaks", test_streaks);
  g_test_add_func ("/waymark/statistics/local-day-in-time-zones", test_local_day_in_time_zones);
  g_test_add_func ("/waymark/statistics/streak-across-dst", test_streak_across_dst);

  return g_test_run ();
}
