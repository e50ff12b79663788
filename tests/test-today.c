/* test-today.c: what the Today page reads and writes, the safety banner
 * a PHQ-9 raises, and progress that never drops for a new goal
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-plan-review.h"
#include "waymark-plan-statistics.h"
#include "waymark-questionnaire-result.h"
#include "waymark-store-private.h"
#include "waymark-store-today.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
  GPtrArray    *changes;
} Fixture;

static void
changed_cb (WaymarkStore *store,
            const char   *kind,
            Fixture      *f)
{
  g_ptr_array_add (f->changes, g_strdup (kind));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
  f->changes = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_ptr_array_unref (f->changes);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

static gboolean
changed (Fixture    *f,
         const char *kind)
{
  for (guint i = 0; i < f->changes->len; i++)
    if (g_str_equal (f->changes->pdata[i], kind))
      return TRUE;
  return FALSE;
}

static GDateTime *
at (int year, int month, int day, int hour)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  return g_date_time_new (tz, year, month, day, hour, 0, 0);
}

static gint64
add_medication (Fixture    *f,
                const char *name,
                const char *start,
                const char *end)
{
  g_autoptr(WaymarkRecord) record = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (record, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (record, WAYMARK_INTERVENTION_NAME, name);
  waymark_record_set_text (record, WAYMARK_INTERVENTION_START_DATE, start);
  waymark_record_set_text (record, WAYMARK_INTERVENTION_END_DATE, end);
  g_assert_true (waymark_store_save (f->store, record, &error));
  g_assert_no_error (error);

  return waymark_record_get_id (record);
}

static void
test_medications (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) morning = at (2026, 5, 10, 9);
  g_autoptr(GDateTime) evening = at (2026, 5, 10, 21);
  g_autoptr(GListModel) current = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sertraline, old, later;

  sertraline = add_medication (f, "Sertraline", "2026-01-01", NULL);
  old = add_medication (f, "Stopped", "2025-01-01", "2026-05-09");
  later = add_medication (f, "Not yet", "2026-05-11", NULL);
  add_medication (f, "No dates", NULL, NULL);
  (void) old;
  (void) later;

  current = waymark_store_list_medications_on (f->store, "2026-05-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (current), ==, 2);
  {
    g_autoptr(WaymarkRecord) first = g_list_model_get_item (current, 0);
    g_autoptr(WaymarkRecord) second = g_list_model_get_item (current, 1);
    g_assert_cmpstr (waymark_record_get_text (first, WAYMARK_INTERVENTION_NAME), ==, "Sertraline");
    g_assert_cmpstr (waymark_record_get_text (second, WAYMARK_INTERVENTION_NAME), ==, "No dates");
  }

  /* Taken, with no check-in today: a check-in is made with only that. */
  g_ptr_array_set_size (f->changes, 0);
  g_assert_true (waymark_store_set_medication_taken (f->store, sertraline, morning, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (changed (f, "checkin"));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin WHERE local_date = '2026-05-10' AND mood IS NULL"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin_medication WHERE taken = 1"), ==, 1);

  taken = waymark_store_list_medications_taken_on (f->store, "2026-05-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (taken->len, ==, 1);
  g_assert_cmpint (g_array_index (taken, gint64, 0), ==, sertraline);
  g_clear_pointer (&taken, g_array_unref);
  taken = waymark_store_list_medications_taken_on (f->store, "2026-05-11", &error);
  g_assert_cmpuint (taken->len, ==, 0);
  g_clear_pointer (&taken, g_array_unref);

  /* Again: the same check-in, no second one. */
  g_assert_true (waymark_store_set_medication_taken (f->store, sertraline, evening, TRUE, &error));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 1);

  /* Not taken after all. */
  g_assert_true (waymark_store_set_medication_taken (f->store, sertraline, evening, FALSE, &error));
  g_assert_no_error (error);
  taken = waymark_store_list_medications_taken_on (f->store, "2026-05-10", &error);
  g_assert_cmpuint (taken->len, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin_medication WHERE taken = 0"), ==, 1);
}

static void
test_mood (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDateTime) morning = at (2026, 5, 10, 9);
  g_autoptr(GError) error = NULL;
  gint64 checkin_id = 0, found = 0;
  int mood = 0;

  g_assert_true (waymark_store_get_mood_on (f->store, "2026-05-10", &mood, &found, &error));
  g_assert_cmpint (mood, ==, WAYMARK_UNSET);
  g_assert_cmpint (found, ==, 0);

  g_assert_true (waymark_store_record_mood (f->store, &checkin_id, waymark_quick_moods[1], morning, &error));
  g_assert_no_error (error);
  g_assert_cmpint (checkin_id, >, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin WHERE mood = 3 AND local_date = '2026-05-10'"), ==, 1);

  /* A second tap corrects the first. */
  g_assert_true (waymark_store_record_mood (f->store, &checkin_id, waymark_quick_moods[3], morning, &error));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 1);
  g_assert_true (waymark_store_get_mood_on (f->store, "2026-05-10", &mood, &found, &error));
  g_assert_cmpint (mood, ==, 7);
  g_assert_cmpint (found, ==, checkin_id);
  g_assert_true (waymark_store_get_mood_on (f->store, "2026-05-09", &mood, &found, &error));
  g_assert_cmpint (mood, ==, WAYMARK_UNSET);

  /* The check-in went (deleted in the journal): a tap makes a new one. */
  {
    g_autoptr(WaymarkRecord) record = waymark_store_get (f->store, WAYMARK_TYPE_CHECKIN, checkin_id, &error);
    g_autoptr(WaymarkDeletion) deletion = waymark_store_delete (f->store, record, &error);
    gint64 old = checkin_id;

    g_assert_nonnull (deletion);
    g_assert_true (waymark_store_record_mood (f->store, &checkin_id, 5, morning, &error));
    g_assert_no_error (error);
    g_assert_cmpint (checkin_id, !=, old);
    g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin WHERE mood = 5"), ==, 1);
  }
}

static void
add_goal (Fixture    *f,
          const char *dimension,
          const char *status,
          int         progress)
{
  g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, "A goal");
  waymark_record_set_text (goal, WAYMARK_GOAL_DIMENSION, dimension);
  waymark_record_set_text (goal, WAYMARK_GOAL_STATUS, status);
  waymark_record_set_int (goal, WAYMARK_GOAL_PROGRESS, progress);
  g_assert_true (waymark_store_save (f->store, goal, &error));
  g_assert_no_error (error);
}

/* Issue 14, 11: Community 88% must not fall to 58% when a goal is added. */
static void
test_new_goal_keeps_progress (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) in_progress = NULL;
  g_autoptr(GError) error = NULL;
  double before, after;

  add_goal (f, "community", "active", 75);
  add_goal (f, "community", "achieved", 100);
  goals = waymark_store_list (f->store, WAYMARK_TYPE_GOAL, NULL, &error);
  before = waymark_goals_progress (goals, "community", NULL);
  g_assert_cmpfloat_with_epsilon (before, 0.875, 1e-9);
  g_clear_object (&goals);

  add_goal (f, "community", "active", 0);
  goals = waymark_store_list (f->store, WAYMARK_TYPE_GOAL, NULL, &error);
  after = waymark_goals_progress (goals, "community", NULL);
  g_assert_cmpfloat (after, >=, before);
  g_assert_cmpuint (waymark_goals_count_new (goals, "community"), ==, 1);
  g_assert_cmpuint (waymark_goals_count_new (goals, NULL), ==, 1);

  /* Its first step counts it in. */
  {
    g_autoptr(WaymarkRecord) fresh = g_list_model_get_item (goals, 2);
    g_assert_true (waymark_goal_is_new (fresh));
    waymark_record_set_int (fresh, WAYMARK_GOAL_PROGRESS, 10);
    g_assert_false (waymark_goal_is_new (fresh));
    g_assert_true (waymark_store_save (f->store, fresh, &error));
  }
  g_clear_object (&goals);
  goals = waymark_store_list (f->store, WAYMARK_TYPE_GOAL, NULL, &error);
  g_assert_cmpfloat_with_epsilon (waymark_goals_progress (goals, "community", NULL), (75 + 100 + 10) / 300.0, 1e-9);
  g_assert_cmpuint (waymark_goals_count_new (goals, "community"), ==, 0);

  /* Today lists the goals under way: active ones, achieved ones not. */
  in_progress = waymark_store_list_goals_in_progress (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (in_progress), ==, 2);
}

static void
test_next_review (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *none = waymark_store_dup_next_review_date (f->store, &error);
  const struct { const char *date, *next; } reviews[] = {
    { "2026-01-10", "2026-04-10" },
    { "2026-04-12", "2026-07-12" },
    { "2026-02-01", NULL },
  };
  g_autofree char *next = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (none, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
    {
      g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());

      waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, reviews[i].date);
      waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, reviews[i].next);
      g_assert_true (waymark_store_save (f->store, review, &error));
      g_assert_no_error (error);
    }

  /* The latest review's plan, whatever order they were typed in. */
  next = waymark_store_dup_next_review_date (f->store, &error);
  g_assert_cmpstr (next, ==, "2026-07-12");
}

static gint64
save_questionnaire (Fixture                  *f,
                    WaymarkQuestionnaireKind  kind,
                    const int                *answers)
{
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_questionnaire_result_set_answers (result, waymark_questionnaire_get (kind), answers, now));
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (result), &error));
  g_assert_no_error (error);

  return waymark_record_get_id (WAYMARK_RECORD (result));
}

static void
test_safety_banner (Fixture       *f,
                    gconstpointer  data)
{
  const int calm[9] = { 1, 1, 2, 1, 0, 1, 0, 0, 0 };
  const int item9[9] = { 1, 1, 2, 1, 0, 1, 0, 0, 1 };
  const int gad7[7] = { 3, 3, 3, 3, 3, 3, 3 };
  g_autoptr(GError) error = NULL;
  g_autofree char *shown_at = NULL;
  gint64 banner = -1, result;

  g_assert_cmpuint (waymark_store_get_schema_version (f->store), >=, 6);
  g_assert_true (waymark_store_get_safety_banner (f->store, &banner, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (banner, ==, 0);

  /* Item 9 at "Not at all", and a GAD-7 (it has no such item): none. */
  save_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, calm);
  save_questionnaire (f, WAYMARK_QUESTIONNAIRE_GAD7, gad7);
  g_assert_true (waymark_store_get_safety_banner (f->store, &banner, NULL, &error));
  g_assert_cmpint (banner, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM safety_banner"), ==, 0);

  /* Item 9 at "Several days": raised, with the result it came from. */
  g_ptr_array_set_size (f->changes, 0);
  result = save_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, item9);
  g_assert_true (changed (f, "safety-banner"));
  g_assert_true (waymark_store_get_safety_banner (f->store, &banner, &shown_at, &error));
  g_assert_cmpint (banner, >, 0);
  g_assert_nonnull (shown_at);
  g_assert_true (g_str_has_suffix (shown_at, "Z"));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM safety_banner WHERE questionnaire_id = %" G_GINT64_FORMAT
                                            " AND reason = 'phq9-item9' AND dismissed_at IS NULL", result);
    g_assert_cmpint (waymark_test_count_rows (f->store, sql), ==, 1);
  }

  /* It stays until closed: reopening the plan still shows it. */
  {
    g_autofree char *path = g_strdup (waymark_store_get_path (f->store));
    gint64 again = 0;

    waymark_store_close (f->store);
    g_clear_object (&f->store);
    f->store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);
    g_assert_true (waymark_store_get_safety_banner (f->store, &again, NULL, &error));
    g_assert_cmpint (again, ==, banner);
  }

  /* Closed: recorded with when, and no longer showing. */
  g_ptr_array_set_size (f->changes, 0);
  g_assert_true (waymark_store_dismiss_safety_banner (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (changed (f, "safety-banner"));
  g_assert_true (waymark_store_get_safety_banner (f->store, &banner, NULL, &error));
  g_assert_cmpint (banner, ==, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM safety_banner "
                                                      "WHERE dismissed_at IS NOT NULL AND dismissed_at >= shown_at"), ==, 1);

  /* A later one is a new event; the first keeps its history. */
  save_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, item9);
  g_assert_true (waymark_store_get_safety_banner (f->store, &banner, NULL, &error));
  g_assert_cmpint (banner, >, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM safety_banner"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/today/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("medications", test_medications);
  ADD ("mood", test_mood);
  ADD ("new-goal-keeps-progress", test_new_goal_keeps_progress);
  ADD ("next-review", test_next_review);
  ADD ("safety-banner", test_safety_banner);
#undef ADD

  return g_test_run ();
}
