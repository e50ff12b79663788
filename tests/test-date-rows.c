/* test-date-rows.c: dates typed in the locale's order or picked from a
 * calendar, kept as YYYY-MM-DD; a date that can't be read says how to
 * write it and loses nothing
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <sqlite3.h>

#include "waymark-date-row.h"
#include "waymark-field.h"
#include "waymark-goal.h"
#include "waymark-gui-test-utils.h"
#include "waymark-person.h"
#include "waymark-record-editor.h"
#include "waymark-plan-page.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static void
test_typed_in_the_locales_order (void)
{
  static const WaymarkField fields[] = {
    { WAYMARK_GOAL_TITLE, WAYMARK_FIELD_ENTRY, "Goal" },
    { WAYMARK_GOAL_START_DATE, WAYMARK_FIELD_DATE, "Start date" },
  };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_strdup (waymark_store_get_path (store));
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  g_autofree char *saved_locale = g_strdup (setlocale (LC_TIME, NULL));
  WaymarkRecordEditor *editor;
  WaymarkDateRow *row;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) picked = NULL;

  if (setlocale (LC_TIME, "en_GB.UTF-8") == NULL)
    {
      g_test_skip ("no en_GB.UTF-8 locale");
      return;
    }

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_START_DATE, "2026-03-01");
  editor = waymark_record_editor_new (NULL, store, WAYMARK_RECORD (goal), "Goal", fields, G_N_ELEMENTS (fields));
  gtk_window_present (GTK_WINDOW (editor));
  waymark_test_pump ();

  /* Shown as a British person writes dates. */
  row = WAYMARK_DATE_ROW (find_by_type (editor, WAYMARK_TYPE_DATE_ROW));
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "01/03/2026");

  /* Typed so, kept as the file keeps dates. */
  gtk_editable_set_text (GTK_EDITABLE (find_by_type (editor, ADW_TYPE_ENTRY_ROW)), "Walk more");
  gtk_editable_set_text (GTK_EDITABLE (row), "31/3/2026");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT start_date FROM goal", "2026-03-31"));

  /* Not a date: kept as typed, nothing written over the last date, and
   * once the person moves on, the row says how to write one. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "31/13/2026");
  g_assert_false (waymark_date_row_is_readable (row));
  gtk_widget_grab_focus (find_by_type (editor, ADW_TYPE_ENTRY_ROW));
  waymark_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "31/13/2026");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Write the date like 31/03/1990");
  waymark_test_keep_screenshot (GTK_WIDGET (editor), "date-row-unreadable.png");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT start_date FROM goal", "2026-03-31"));

  /* Put right, the row is itself again. */
  gtk_editable_set_text (GTK_EDITABLE (row), "30.4.2026");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT start_date FROM goal", "2026-04-30"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Start date");

  /* Or picked from the calendar beside it, named for the field. */
  g_assert_nonnull (find_by_type (row, GTK_TYPE_MENU_BUTTON));
  calendar = GTK_CALENDAR (find_by_type (row, GTK_TYPE_CALENDAR));
  g_assert_nonnull (calendar);
  picked = g_date_time_new_local (2026, 5, 17, 12, 0, 0);
  gtk_calendar_select_day (calendar, picked);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "17/05/2026");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT start_date FROM goal", "2026-05-17"));

  /* Emptied: no date. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT coalesce (start_date, '') FROM goal", ""));

  gtk_window_destroy (GTK_WINDOW (editor));
  waymark_test_pump ();
  setlocale (LC_TIME, saved_locale);
  waymark_test_remove_tree (tmp);
}

/* About Me's date of birth has the calendar too, and saves as typed. */
static void
test_date_of_birth (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_strdup (waymark_store_get_path (store));
  g_autofree char *saved_locale = g_strdup (setlocale (LC_TIME, NULL));
  WaymarkWindow *window;
  WaymarkDateRow *birth;

  if (setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale");
      return;
    }

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  /* A new plan opens on the welcome: Start My Plan. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  waymark_window_show_page (window, "plan");
  waymark_test_wait_until_loaded (find_by_type (window, WAYMARK_TYPE_PLAN_PAGE));

  birth = WAYMARK_DATE_ROW (find_by_type (window, WAYMARK_TYPE_DATE_ROW));
  g_assert_nonnull (birth);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (birth)), ==, "Date of birth (optional)");
  g_assert_nonnull (find_by_type (birth, GTK_TYPE_CALENDAR));

  gtk_editable_set_text (GTK_EDITABLE (birth), "31.03.1990");
  g_assert_true (waymark_test_wait_for_text (path, "SELECT date_of_birth FROM person", "1990-03-31"));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  setlocale (LC_TIME, saved_locale);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/date-rows/typed-in-the-locales-order", test_typed_in_the_locales_order);
  g_test_add_func ("/waymark/date-rows/date-of-birth", test_date_of_birth);

  return g_test_run ();
}
