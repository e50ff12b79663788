/* test-timeline-page.c: the Timeline page and its view, in-process
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "waymark-journey.h"
#include "waymark-milestone.h"
#include "waymark-date.h"
#include "waymark-resources.h"
#include "waymark-stage.h"
#include "waymark-stage-event.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"
#include "waymark-timeline-page.h"
#include "waymark-window.h"

static char *
days_ago (int days)
{
  GDate day;

  waymark_local_today (NULL, NULL, &day);
  g_date_subtract_days (&day, days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

static void
save_stage (WaymarkStore *store,
            int           ago,
            const char   *stage)
{
  g_autoptr(WaymarkRecord) event = WAYMARK_RECORD (waymark_stage_event_new ());
  g_autofree char *date = days_ago (ago);

  waymark_record_set_text (event, WAYMARK_STAGE_EVENT_DATE, date);
  waymark_record_set_text (event, WAYMARK_STAGE_EVENT_STAGE, stage);
  g_assert_true (waymark_store_save (store, event, NULL));
}

static void
test_page_shows_the_journey (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkRecord) milestone = WAYMARK_RECORD (waymark_milestone_new ());
  g_autofree char *date = days_ago (20);
  g_autofree char *png = NULL;
  WaymarkWindow *window;
  GtkWidget *page;
  WaymarkTimelineView *view;
  GtkRevealer *about;
  double first, last, zoomed_first, zoomed_last;

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "timeline");
  page = find_by_type (GTK_WIDGET (window), WAYMARK_TYPE_TIMELINE_PAGE);
  waymark_test_pump ();

  /* Nothing yet: an invitation, not an empty chart. */
  g_assert_nonnull (waymark_test_find_label (page, "Your Journey Starts Here", TRUE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (waymark_test_find_label (page, "Your Journey Starts Here", TRUE))));

  /* A step forward, a step back, and an event. */
  save_stage (store, 60, WAYMARK_STAGE_AWARENESS);
  save_stage (store, 40, WAYMARK_STAGE_ACTION);
  save_stage (store, 10, WAYMARK_STAGE_PREPARATION);
  waymark_record_set_text (milestone, WAYMARK_MILESTONE_DATE, date);
  waymark_record_set_text (milestone, WAYMARK_MILESTONE_KIND, WAYMARK_MILESTONE_SETBACK);
  waymark_record_set_text (milestone, WAYMARK_MILESTONE_TITLE, "Lost my job");
  g_assert_true (waymark_store_save (store, milestone, NULL));
  waymark_test_pump ();

  g_assert_nonnull (waymark_test_find_label (page, "Now: Preparation", TRUE));
  g_assert_nonnull (waymark_test_find_label (page, "Furthest so far: Action", TRUE));

  /* The event has a button of its own, named for it. */
  view = waymark_timeline_page_get_view (WAYMARK_TIMELINE_PAGE (page));
  g_assert_cmpuint (waymark_timeline_view_get_n_marker_buttons (view), ==, 1);

  /* Zoom in keeps the middle, and shows two thirds as much time. */
  waymark_timeline_view_get_range (view, &first, &last);
  g_assert_true (gtk_widget_activate_action (page, "timeline.zoom-in", NULL));
  waymark_timeline_view_get_range (view, &zoomed_first, &zoomed_last);
  g_assert_cmpfloat_with_epsilon (zoomed_last - zoomed_first, (last - first) / 1.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (zoomed_first + zoomed_last, first + last, 1e-6);

  /* The stage now, described. */
  about = GTK_REVEALER (find_by_type (page, GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (about));
  g_assert_true (gtk_widget_activate_action (page, "timeline.describe-current", NULL));
  g_assert_true (gtk_revealer_get_reveal_child (about));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (about), "What it can feel like", TRUE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (about), "What often helps", TRUE));

  /* Under the chart, what each marker means. */
  for (guint kind = 0; kind < WAYMARK_N_JOURNEY_EVENT_KINDS; kind++)
    {
      GtkLabel *name = waymark_test_find_label (page, waymark_journey_event_kind_get_name (kind), FALSE);

      g_assert_nonnull (name);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name)));
    }

  /* The list, one toggle away, says the step back kindly. */
  g_assert_true (gtk_widget_activate_action (page, "timeline.as-list", NULL));
  waymark_test_pump ();
  g_assert_nonnull (waymark_test_find_label (page, "back to Preparation for a while", TRUE));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (waymark_test_find_label (page, "First appointment", FALSE))));

  /* The list has no zoom: what moves the chart is hidden, and its keys
   * do nothing; back to the chart, it all returns. */
  {
    const char *chart_only[] = { "zoom-in", "zoom-out", "today", "show-all" };

    for (guint i = 0; i < G_N_ELEMENTS (chart_only); i++)
      {
        g_autofree char *name = g_strconcat ("timeline.", chart_only[i], NULL);
        GtkWidget *button = NULL;
        GPtrArray *stack = g_ptr_array_new ();

        g_ptr_array_add (stack, page);
        while (stack->len > 0 && button == NULL)
          {
            GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

            if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), name) == 0)
              button = w;
            for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
              g_ptr_array_add (stack, c);
          }
        g_ptr_array_unref (stack);

        g_assert_nonnull (button);
        g_assert_false (gtk_widget_is_visible (button));
        g_assert_false (gtk_widget_get_sensitive (button));

        g_assert_true (gtk_widget_activate_action (page, "timeline.as-list", NULL));
        waymark_test_pump ();
        g_assert_true (gtk_widget_is_visible (button));
        g_assert_true (gtk_widget_get_sensitive (button));
        g_assert_true (gtk_widget_activate_action (page, "timeline.as-list", NULL));
        waymark_test_pump ();
      }
  }

  /* A right click on a day offers to add an event on it. */
  {
    GDate day;
    GtkWidget *popover;
    GtkWindow *editor = NULL;
    GList *toplevels;

    waymark_local_today (NULL, NULL, &day);
    g_signal_emit_by_name (view, "date-menu-requested", (double) g_date_get_julian (&day) - 5.0, 300.0, 100.0);
    waymark_test_pump ();
    popover = find_by_type (GTK_WIDGET (view), GTK_TYPE_POPOVER_MENU);
    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_visible (popover));
    g_assert_true (gtk_widget_activate_action (page, "timeline.add-event-here", NULL));
    waymark_test_pump ();

    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (g_strcmp0 (gtk_window_get_title (l->data), "Event") == 0)
        editor = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (editor);
    g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (editor), "Day", TRUE));
    gtk_window_destroy (editor);
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  /* Export writes a PNG. */
  png = g_build_filename (tmp, "timeline.png", NULL);
  g_assert_true (waymark_timeline_page_export (WAYMARK_TIMELINE_PAGE (page), png, "png"));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* The stage picker says what each stage is in a plain line: under the
 * row for the one chosen, and under each name in its list. */
static void
test_stage_picker_describes (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  WaymarkWindow *window;
  GtkWidget *page;
  GtkWindow *editor = NULL;
  AdwComboRow *row;
  GList *toplevels;

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "timeline");
  page = find_by_type (GTK_WIDGET (window), WAYMARK_TYPE_TIMELINE_PAGE);
  waymark_test_pump ();

  g_assert_true (gtk_widget_activate_action (page, "timeline.record-stage", NULL));
  waymark_test_pump ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (g_strcmp0 (gtk_window_get_title (l->data), "Stage of Recovery") == 0)
      editor = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (editor);

  row = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_nonnull (adw_combo_row_get_list_factory (row));
  for (guint i = 0; i < 6; i++)
    {
      GtkStringObject *name;
      const WaymarkStageInfo *stage = NULL;
      guint n;

      adw_combo_row_set_selected (row, i);
      name = adw_combo_row_get_selected_item (row);
      for (guint s = 0; s < 6; s++)
        if (g_str_equal (waymark_stages (&n)[s].name, gtk_string_object_get_string (name)))
          stage = &waymark_stages (&n)[s];
      g_assert_nonnull (stage);
      g_assert_nonnull (stage->summary);
      g_assert_cmpuint (strlen (stage->summary), >, 10);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, stage->summary);
    }

  gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  /* First: the right click of page-shows-the-journey leaves GTK a
   * timeout on its window's surface that fires in a later test. */
  g_test_add_func ("/waymark/timeline/stage-picker-describes", test_stage_picker_describes);
  g_test_add_func ("/waymark/timeline/page-shows-the-journey", test_page_shows_the_journey);

  return g_test_run ();
}
