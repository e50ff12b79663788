/* test-today-page.c: the Today page, in-process: what it shows, and a
 * tick, a late tick, a medication taken and a mood tap in the plan file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-checkin.h"
#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-gui-test-utils.h"
#include "waymark-intervention.h"
#include "waymark-journal-page.h"
#include "waymark-page.h"
#include "waymark-plan-review.h"
#include "waymark-questionnaire-result.h"
#include "waymark-resources.h"
#include "waymark-routine-item.h"
#include "waymark-safety-banner.h"
#include "waymark-store-today.h"
#include "waymark-test-utils.h"
#include "waymark-today-page.h"
#include "waymark-window.h"

static gint64
save (WaymarkStore  *store,
      WaymarkRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_save (store, record, &error));
  g_assert_no_error (error);
  return waymark_record_get_id (record);
}

static gint64
add_routine_item (WaymarkStore *store,
                  const char   *title,
                  gboolean      archived)
{
  g_autoptr(WaymarkRecord) item = WAYMARK_RECORD (waymark_routine_item_new ());

  waymark_record_set_text (item, WAYMARK_ROUTINE_ITEM_TITLE, title);
  waymark_record_set_int (item, WAYMARK_ROUTINE_ITEM_ARCHIVED, archived);
  return save (store, item);
}

static gboolean
done_on (WaymarkStore *store,
         gint64        id,
         int           days_ago)
{
  g_autoptr(GArray) done = NULL;
  GDate day;

  waymark_local_today (NULL, NULL, &day);
  g_date_subtract_days (&day, days_ago);
  done = waymark_store_list_routine_done_on (store, &day, NULL);
  g_assert_nonnull (done);
  for (guint i = 0; i < done->len; i++)
    if (g_array_index (done, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The page's check buttons, named for a screen reader. */
static GtkCheckButton *
find_check (GtkWidget  *page,
            const char *accessible_name)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  collect (page, GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    {
      /* GTK 4.8 can't read an accessible name back: make it from the
       * row as the page does. */
      GtkWidget *row = gtk_widget_get_ancestor (checks->pdata[i], ADW_TYPE_ACTION_ROW);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      gboolean yesterday = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW) != NULL;
      gboolean medication = gtk_check_button_get_label (checks->pdata[i]) != NULL;
      g_autofree char *name = NULL;

      if (medication)
        name = g_strdup_printf ("Taken today: %s", title);
      else if (yesterday)
        name = g_strdup_printf ("%s, yesterday", title);
      else
        name = g_strdup (title);

      if (g_str_equal (name, accessible_name))
        return checks->pdata[i];
    }

  return NULL;
}

static void
test_today_page (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkRecord) medication = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
  g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());
  g_autoptr(GArray) taken = NULL;
  g_autoptr(GPtrArray) moods = g_ptr_array_new ();
  char today[11];
  gint64 walk, call, medication_id, mood_checkin;
  int mood = WAYMARK_UNSET;
  int checkins;
  WaymarkWindow *window;
  GtkWidget *page;
  GtkCheckButton *check;

  walk = add_routine_item (store, "A walk outside", FALSE);
  call = add_routine_item (store, "Call my sister", FALSE);
  add_routine_item (store, "Old habit", TRUE);

  waymark_record_set_text (medication, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_NAME, "Sertraline");
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_DOSE, "50 mg");
  medication_id = save (store, medication);

  waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, "Back to the choir");
  waymark_record_set_text (goal, WAYMARK_GOAL_TARGET, "Sing at the spring concert");
  waymark_record_set_text (goal, WAYMARK_GOAL_STATUS, "active");
  waymark_record_set_int (goal, WAYMARK_GOAL_PROGRESS, 40);
  save (store, goal);

  waymark_local_today_iso (today);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, today);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, "2099-03-03");
  save (store, review);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1400);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "today");
  page = find_by_type (window, WAYMARK_TYPE_TODAY_PAGE);
  g_assert_nonnull (page);
  waymark_test_wait_until_loaded (page);

  /* What it shows: the routine (not what was put away), counted kindly,
   * the day's medication, the goal with its next step, the review. */
  g_assert_nonnull (find_check (page, "A walk outside"));
  g_assert_nonnull (find_check (page, "Call my sister, yesterday"));
  g_assert_null (find_check (page, "Old habit"));
  g_assert_nonnull (waymark_test_find_label (page, "0 of 2 done", FALSE));
  g_assert_nonnull (waymark_test_find_label (page, "Back to the choir", FALSE));
  g_assert_nonnull (waymark_test_find_label (page, "Sing at the spring concert", FALSE));
  g_assert_nonnull (waymark_test_find_label (page, "40%", FALSE));
  g_assert_nonnull (waymark_test_find_label (page, "3 March 2099", FALSE));

  /* A tick is in the file at once, and counted. */
  check = find_check (page, "A walk outside");
  gtk_widget_activate (GTK_WIDGET (check));
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (done_on (store, walk, 0));
  g_assert_false (done_on (store, walk, 1));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done"), ==, 1);
  waymark_test_pump ();
  g_assert_nonnull (waymark_test_find_label (page, "1 of 2 done", FALSE));
  /* The row stayed (so did the keyboard's place in it), still ticked. */
  g_assert_true (find_check (page, "A walk outside") == check);
  g_assert_true (gtk_check_button_get_active (check));

  /* A late tick, for yesterday. */
  gtk_widget_activate (GTK_WIDGET (find_check (page, "Call my sister, yesterday")));
  g_assert_true (done_on (store, call, 1));
  g_assert_false (done_on (store, call, 0));
  waymark_test_pump ();
  g_assert_nonnull (waymark_test_find_label (page, "1 of 2 done", FALSE));

  /* Untick. */
  gtk_widget_activate (GTK_WIDGET (check));
  g_assert_false (done_on (store, walk, 0));
  waymark_test_pump ();
  g_assert_nonnull (waymark_test_find_label (page, "0 of 2 done", FALSE));

  /* The medication, taken. */
  gtk_widget_activate (GTK_WIDGET (find_check (page, "Taken today: Sertraline")));
  taken = waymark_store_list_medications_taken_on (store, today, NULL);
  g_assert_cmpuint (taken->len, ==, 1);
  g_assert_cmpint (g_array_index (taken, gint64, 0), ==, medication_id);

  /* A mood in one tap; a second tap corrects it rather than adding one. */
  waymark_test_pump ();
  checkins = waymark_test_count_rows (store, "SELECT count(*) FROM checkin");
  collect (page, GTK_TYPE_TOGGLE_BUTTON, moods);
  for (guint i = moods->len; i > 0; i--)
    if (!gtk_widget_has_css_class (moods->pdata[i - 1], "waymark-quick-mood"))
      g_ptr_array_remove_index (moods, i - 1);
  g_assert_cmpuint (moods->len, ==, WAYMARK_N_QUICK_MOODS);
  g_signal_emit_by_name (moods->pdata[2], "clicked");
  g_assert_true (waymark_store_get_mood_on (store, today, &mood, &mood_checkin, NULL));
  g_assert_cmpint (mood, ==, waymark_quick_moods[2]);
  waymark_test_pump ();
  g_signal_emit_by_name (moods->pdata[3], "clicked");
  g_assert_true (waymark_store_get_mood_on (store, today, &mood, NULL, NULL));
  g_assert_cmpint (mood, ==, waymark_quick_moods[3]);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, checkins + 1);
  waymark_test_pump ();
  g_assert_true (gtk_toggle_button_get_active (moods->pdata[3]));
  g_assert_false (gtk_toggle_button_get_active (moods->pdata[2]));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* A new plan: nothing to tick yet, and one gentle first step. */
static void
test_first_step (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  WaymarkWindow *window;
  GtkWidget *page;
  GtkLabel *first_step;

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "today");
  page = find_by_type (window, WAYMARK_TYPE_TODAY_PAGE);
  waymark_test_wait_until_loaded (page);

  collect (page, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 0);
  first_step = waymark_test_find_label (page, "A good first step", TRUE);
  g_assert_nonnull (first_step);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (first_step)));
  g_assert_nonnull (waymark_test_find_label (page, "How Are You Today?", FALSE));

  /* The first routine item replaces the first step with its tick. */
  add_routine_item (store, "Breakfast", FALSE);
  waymark_test_pump ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (first_step)));
  g_assert_nonnull (find_check (page, "Breakfast"));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* A PHQ-9 whose last item was answered above "Not at all": the banner on
 * Today and the Journal, until it is closed, which the file keeps. */
static void
test_safety_banner (void)
{
  const int answers[9] = { 0, 0, 0, 0, 0, 0, 0, 0, 1 };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) banners = g_ptr_array_new ();
  WaymarkWindow *window;
  GtkWidget *page;

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "journal");
  waymark_test_pump ();
  waymark_test_wait_until_loaded (find_by_type (window, WAYMARK_TYPE_JOURNAL_PAGE));
  waymark_window_show_page (window, "today");
  page = find_by_type (window, WAYMARK_TYPE_TODAY_PAGE);
  waymark_test_wait_until_loaded (page);

  collect (GTK_WIDGET (window), WAYMARK_TYPE_SAFETY_BANNER, banners);
  g_assert_cmpuint (banners->len, ==, 2);
  for (guint i = 0; i < banners->len; i++)
    g_assert_false (gtk_widget_get_visible (banners->pdata[i]));

  g_assert_true (waymark_questionnaire_result_set_answers (result, waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9),
                                                           answers, now));
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (result), NULL));
  waymark_test_pump ();
  for (guint i = 0; i < banners->len; i++)
    {
      g_assert_true (waymark_safety_banner_is_shown (banners->pdata[i]));
      g_assert_true (gtk_widget_get_visible (banners->pdata[i]));
    }
  g_assert_true (gtk_widget_get_mapped (banners->pdata[0]) || gtk_widget_get_mapped (banners->pdata[1]));
  g_assert_nonnull (waymark_test_find_label (page, "If those thoughts come back", TRUE));

  /* Closed on one page: gone from both, and kept as closed. */
  waymark_safety_banner_close (banners->pdata[0]);
  waymark_test_pump ();
  for (guint i = 0; i < banners->len; i++)
    g_assert_false (gtk_widget_get_visible (banners->pdata[i]));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM safety_banner WHERE dismissed_at IS NOT NULL"),
                   ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/today-page/ticks-and-taps", test_today_page);
  g_test_add_func ("/waymark/today-page/first-step", test_first_step);
  g_test_add_func ("/waymark/today-page/safety-banner", test_safety_banner);

  return g_test_run ();
}
