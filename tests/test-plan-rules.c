/* test-plan-rules.c: the plan's rules that live in the core, not in its
 * pages: the emergency number, a medication's dose history, the goal's
 * vocabulary, and every routine item's days read in one query
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-crisis-plan.h"
#include "waymark-date.h"
#include "waymark-emergency-number.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-routine-item.h"
#include "waymark-store.h"
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

static int
count_emergency_rows (Fixture *f)
{
  return waymark_test_count_rows (f->store, "SELECT count(*) FROM crisis_entry WHERE section = 'emergency-number'");
}

static void
test_emergency_number (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autoptr(WaymarkCrisisPlan) plan = NULL;

  number = waymark_emergency_number_get (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (number, ==, "");
  g_clear_pointer (&number, g_free);

  /* Nothing to take away is no error. */
  g_assert_true (waymark_emergency_number_set (f->store, "  ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_emergency_rows (f), ==, 0);

  /* Spaces around it don't count; a second number replaces the first. */
  g_assert_true (waymark_emergency_number_set (f->store, " 999 ", &error));
  number = waymark_emergency_number_get (f->store, &error);
  g_assert_cmpstr (number, ==, "999");
  g_clear_pointer (&number, g_free);
  g_assert_true (waymark_emergency_number_set (f->store, "+44 (0) 112", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_emergency_rows (f), ==, 1);

  /* Words are refused, saying what to type, and the number stays. */
  g_assert_false (waymark_emergency_number_set (f->store, "call Sam", &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“call Sam” doesn’t look like a phone number"));
  g_clear_error (&error);
  number = waymark_emergency_number_get (f->store, &error);
  g_assert_cmpstr (number, ==, "+44 (0) 112");
  g_clear_pointer (&number, g_free);

  /* The printed plan reads it from the same place. */
  plan = waymark_crisis_plan_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->emergency_number, ==, "+44 (0) 112");

  /* Emptied, it is gone from the file. */
  g_assert_true (waymark_emergency_number_set (f->store, "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_emergency_rows (f), ==, 0);
}

static WaymarkRecord *
save_treatment (Fixture    *f,
                const char *kind,
                const char *dose)
{
  WaymarkRecord *treatment = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_KIND, kind);
  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_NAME, "Sertraline");
  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_DOSE, dose);
  g_assert_true (waymark_store_save (f->store, treatment, &error));
  g_assert_no_error (error);

  return treatment;
}

static void
test_dose_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkRecord) medication = save_treatment (f, WAYMARK_INTERVENTION_MEDICATION, "50 mg");
  g_autoptr(WaymarkRecord) therapy = save_treatment (f, WAYMARK_INTERVENTION_PSYCHOTHERAPY, "");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(WaymarkRecord) first = NULL;
  g_autoptr(GError) error = NULL;
  char today[16];

  /* A changed dose belongs in the history; the same one, an empty one
   * or a therapy's doesn't. */
  g_assert_true (waymark_medication_dose_is_new (medication, NULL));
  g_assert_true (waymark_medication_dose_is_new (medication, "25 mg"));
  g_assert_false (waymark_medication_dose_is_new (medication, "50 mg"));
  g_assert_false (waymark_medication_dose_is_new (therapy, NULL));
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_DOSE, "");
  g_assert_false (waymark_medication_dose_is_new (medication, "50 mg"));

  g_assert_true (waymark_medication_dose_record (f->store, medication, "50 mg", &error));
  g_assert_no_error (error);
  g_assert_false (waymark_medication_dose_record (f->store, medication, "-5 mg", &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  history = waymark_store_list_children (f->store, WAYMARK_TYPE_MEDICATION_DOSE,
                                         waymark_record_get_id (medication), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  first = g_list_model_get_item (history, 0);
  waymark_local_today_iso (today);
  g_assert_cmpstr (waymark_record_get_text (first, WAYMARK_MEDICATION_DOSE_DATE), ==, today);
  g_assert_cmpstr (waymark_record_get_text (first, WAYMARK_MEDICATION_DOSE_DOSE), ==, "50 mg");
}

/* Every value the editor offers is one validation accepts, with a
 * label; anything else is refused. */
static void
test_goal_vocabulary (Fixture       *f,
                      gconstpointer  data)
{
  struct {
    guint               column;
    const char * const *values;
    const char * const *labels;
  } choices[] = {
    { WAYMARK_GOAL_DIMENSION, waymark_goal_dimensions, waymark_goal_dimension_labels },
    { WAYMARK_GOAL_HORIZON, waymark_goal_horizons, waymark_goal_horizon_labels },
    { WAYMARK_GOAL_STATUS, waymark_goal_statuses, waymark_goal_status_labels },
  };

  for (guint c = 0; c < G_N_ELEMENTS (choices); c++)
    {
      guint n = g_strv_length ((char **) choices[c].values);

      g_assert_cmpuint (n, >, 1);
      g_assert_cmpuint (g_strv_length ((char **) choices[c].labels), ==, n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
          g_autoptr(GError) error = NULL;

          waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, "Walk more");
          waymark_record_set_text (goal, choices[c].column, choices[c].values[i]);
          g_assert_true (waymark_record_validate (goal, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (waymark_goal_get_label (goal, choices[c].column), ==, choices[c].labels[i]);
        }
    }

  {
    g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());

    g_assert_cmpstr (waymark_goal_get_label (goal, WAYMARK_GOAL_STATUS), ==, "Working on it");
    g_assert_cmpstr (waymark_goal_get_label (goal, WAYMARK_GOAL_DIMENSION), ==, "Health");
    g_assert_cmpstr (waymark_choice_get_label (waymark_goal_statuses, waymark_goal_status_labels, "someday"),
                     ==, "someday");
    g_assert_cmpstr (waymark_choice_get_label (waymark_intervention_kinds, waymark_intervention_kind_labels,
                                               WAYMARK_INTERVENTION_MEDICATION), ==, "Medication");

    if (g_test_subprocess ())
      {
        waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, "Walk more");
        waymark_record_set_text (goal, WAYMARK_GOAL_STATUS, "someday");
        waymark_record_validate (goal, NULL);
        return;
      }
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*g_strv_contains (waymark_goal_statuses*");
}

/* The routine's section shows each item's days: one query for all of
 * them gives what one query an item gave. */
static void
test_all_routine_days (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];
  guint32 today = waymark_local_today_julian ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(WaymarkRoutineItem) item = waymark_routine_item_new ();

      waymark_record_set_text (WAYMARK_RECORD (item), WAYMARK_ROUTINE_ITEM_TITLE, "A walk");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (item), &error));
      ids[i] = waymark_record_get_id (WAYMARK_RECORD (item));

      /* The first on no day, the second on one, the third on three,
       * written newest first. */
      for (guint d = i == 2 ? 3 : i; d > 0; d--)
        {
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_julian (&day, today - d * 2);
          g_assert_true (waymark_store_set_routine_done (f->store, ids[i], &day, TRUE, &error));
        }
    }

  all = waymark_store_list_all_routine_days (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (all), ==, 2);
  g_assert_null (g_hash_table_lookup (all, &ids[0]));

  for (guint i = 1; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GArray) one = waymark_store_list_routine_days (f->store, ids[i], &error);
      GArray *days = g_hash_table_lookup (all, &ids[i]);

      g_assert_nonnull (days);
      g_assert_cmpuint (days->len, ==, one->len);
      for (guint d = 0; d < days->len; d++)
        g_assert_cmpint (g_date_compare (&g_array_index (days, GDate, d), &g_array_index (one, GDate, d)), ==, 0);
      if (days->len > 1)
        g_assert_cmpint (g_date_compare (&g_array_index (days, GDate, 0), &g_array_index (days, GDate, 1)), <, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/plan-rules/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("emergency-number", test_emergency_number);
  ADD ("dose-history", test_dose_history);
  ADD ("goal-vocabulary", test_goal_vocabulary);
  ADD ("all-routine-days", test_all_routine_days);
#undef ADD

  return g_test_run ();
}
