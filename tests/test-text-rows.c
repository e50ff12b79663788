/* test-text-rows.c: text written in sentences is shown whole, on as many
 * lines as it takes, and saved as it is typed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "waymark-field.h"
#include "waymark-goal.h"
#include "waymark-gui-test-utils.h"
#include "waymark-record-editor.h"
#include "waymark-plan-page.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-text-row.h"
#include "waymark-title-layout.h"
#include "waymark-window.h"

#define LONG_MEANING "Feeling at home in my own life again: good days with people I love, " \
                     "work that matters to me, and knowing what to do when things get hard.\n" \
                     "Sleeping well."

static WaymarkTextRow *
find_text_row (GtkWidget  *root,
               const char *title)
{
  if (WAYMARK_IS_TEXT_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return WAYMARK_TEXT_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      WaymarkTextRow *found = find_text_row (child, title);

      if (found)
        return found;
    }

  return NULL;
}

/* As a person types: at the cursor, as the keyboard would. */
static void
type_into (WaymarkTextRow *row,
           const char     *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (waymark_text_row_get_view (row));

  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

static void
test_meaning_wraps_and_is_saved_as_typed (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_strdup (waymark_store_get_path (store));
  WaymarkWindow *window;
  WaymarkTextRow *meaning;
  GtkTextView *view;
  int one_line = 0, written = 0;

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  /* A new plan opens on the welcome: Start My Plan. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  waymark_window_show_page (window, "plan");
  waymark_test_wait_until_loaded (find_by_type (window, WAYMARK_TYPE_PLAN_PAGE));

  /* What recovery means is written in sentences: a row that wraps, not a
   * one-line entry; name, pronouns and date of birth stay entries. */
  meaning = find_text_row (GTK_WIDGET (window), "What recovery means to me");
  g_assert_nonnull (meaning);
  g_assert_nonnull (find_text_row (GTK_WIDGET (window), "Diagnosis (optional)"));
  g_assert_null (find_text_row (GTK_WIDGET (window), "Name"));
  view = waymark_text_row_get_view (meaning);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (view), ==, GTK_WRAP_WORD_CHAR);
  g_assert_false (gtk_text_view_get_accepts_tab (view));

  gtk_widget_measure (GTK_WIDGET (meaning), GTK_ORIENTATION_VERTICAL, 320, &one_line, NULL, NULL, NULL);

  /* Typed: in the file within the autosave's time, newline and all. */
  type_into (meaning, LONG_MEANING);
  g_assert_true (waymark_test_wait_for_text (path, "SELECT recovery_meaning FROM person", LONG_MEANING));

  /* Shown whole: the row grows to hold every line. */
  gtk_widget_measure (GTK_WIDGET (meaning), GTK_ORIENTATION_VERTICAL, 320, &written, NULL, NULL, NULL);
  g_assert_cmpint (written, >=, one_line + 3 * 14);
  waymark_test_pump ();
  waymark_test_keep_screenshot (GTK_WIDGET (window), "text-row-meaning.png");

  /* Changed again and left at once: the focus leaving writes it. */
  type_into (meaning, " And laughing.");
  gtk_widget_grab_focus (GTK_WIDGET (find_by_type (window, ADW_TYPE_ENTRY_ROW)));
  g_assert_true (waymark_test_wait_for_text (path, "SELECT recovery_meaning FROM person", LONG_MEANING " And laughing."));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

static void
test_record_editor_text_field (void)
{
  static const WaymarkField fields[] = {
    { WAYMARK_GOAL_TITLE, WAYMARK_FIELD_ENTRY, "Goal" },
    { WAYMARK_GOAL_TARGET, WAYMARK_FIELD_TEXT, "What success looks like" },
  };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_strdup (waymark_store_get_path (store));
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  WaymarkRecordEditor *editor;
  WaymarkTextRow *target;

  editor = waymark_record_editor_new (NULL, store, WAYMARK_RECORD (goal), "Goal", fields, G_N_ELEMENTS (fields));
  gtk_window_present (GTK_WINDOW (editor));
  waymark_test_pump ();

  gtk_editable_set_text (GTK_EDITABLE (find_by_type (editor, ADW_TYPE_ENTRY_ROW)), "Walk more");
  target = find_text_row (GTK_WIDGET (editor), "What success looks like");
  g_assert_nonnull (target);
  type_into (target, "Five walks a week,\nin any weather");

  g_assert_true (waymark_test_wait_for_text (path, "SELECT target FROM goal", "Five walks a week,\nin any weather"));
  waymark_test_keep_screenshot (GTK_WIDGET (editor), "text-row-editor.png");

  gtk_window_destroy (GTK_WINDOW (editor));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

static GtkWidget *
title_box_of (GtkWidget *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "title"))
      return child;

  return NULL;
}

/* A plan row's title and subtitle wrap on a phone as they did, one
 * under the other, but their width no longer depends on the height
 * offered (which made GtkBox lay their text out a dozen times), and a
 * prefix such as a goal's ring keeps its own width beside them. */
static void
test_row_titles_width_first (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *ring = gtk_drawing_area_new ();
  GtkWidget *title_box, *title = NULL, *subtitle = NULL;
  int minimum, natural, for_height_minimum, for_height_natural;
  graphene_rect_t title_bounds, subtitle_bounds;

  waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Cook a proper meal three evenings a week, with friends");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "Home · Short term · Done · by 30 June 2026, or sooner");
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (ring), 48);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (ring), 48);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), ring);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 200);
  gtk_window_present (GTK_WINDOW (window));
  waymark_test_pump ();

  title_box = title_box_of (row);
  g_assert_nonnull (title_box);
  g_assert_true (WAYMARK_IS_TITLE_LAYOUT (gtk_widget_get_layout_manager (title_box)));
  gtk_widget_measure (title_box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (title_box, GTK_ORIENTATION_HORIZONTAL, 20, &for_height_minimum, &for_height_natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, for_height_minimum);
  g_assert_cmpint (natural, ==, for_height_natural);

  /* Wrapped, one under the other (3 px apart, as libadwaita's style
   * has it), the whole width beside the ring, which keeps its 48 px. */
  title = gtk_widget_get_first_child (title_box);
  subtitle = gtk_widget_get_next_sibling (title);
  g_assert_true (gtk_widget_compute_bounds (title, title_box, &title_bounds));
  g_assert_true (gtk_widget_compute_bounds (subtitle, title_box, &subtitle_bounds));
  g_assert_cmpint (gtk_widget_get_width (ring), ==, 48);
  g_assert_cmpint (gtk_widget_get_width (title), ==, gtk_widget_get_width (title_box));
  g_assert_cmpint (gtk_widget_get_width (title_box), <, 360 - 48);
  g_assert_cmpfloat (title_bounds.size.height, >, 30);   /* two lines at least */
  g_assert_cmpfloat (subtitle_bounds.origin.y, ==, title_bounds.size.height + 3);
  g_assert_cmpint (gtk_widget_get_height (title_box), ==,
                   (int) (title_bounds.size.height + 3 + subtitle_bounds.size.height));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/text-rows/meaning-wraps-and-is-saved", test_meaning_wraps_and_is_saved_as_typed);
  g_test_add_func ("/waymark/text-rows/record-editor", test_record_editor_text_field);
  g_test_add_func ("/waymark/text-rows/row-titles-width-first", test_row_titles_width_first);

  return g_test_run ();
}
