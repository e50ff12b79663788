/* test-narrow.c: the window at 360 × 600, a phone's size: every page's
 * controls inside it, and the page switcher at the bottom
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "waymark-checkin-editor.h"
#include "waymark-field.h"
#include "waymark-goal.h"
#include "waymark-gui-test-utils.h"
#include "waymark-preferences-window.h"
#include "waymark-owner-badge.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-record-editor.h"
#include "waymark-report-dialog.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"
#include "waymark-trend-chart-view.h"
#include "waymark-window.h"

#define NARROW_WIDTH  360
#define SHORT_HEIGHT  600

/* The widgets deepest in the tree that ask for more width than @limit:
 * what keeps the window from narrowing, named in the failure message. */
static void
collect_too_wide (GtkWidget *widget,
                  int        limit,
                  GString   *out)
{
  gboolean child_too_wide = FALSE;
  int min = 0;

  if (!gtk_widget_get_visible (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      if (child_min > limit)
        {
          child_too_wide = TRUE;
          collect_too_wide (child, limit, out);
        }
    }

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (!child_too_wide && min > limit)
    {
      g_string_append_printf (out, "\n  %d px:", min);
      for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
        g_string_append_printf (out, " %s%s%s", G_OBJECT_TYPE_NAME (w),
                                g_strcmp0 (gtk_widget_get_name (w), G_OBJECT_TYPE_NAME (w)) != 0 ? "#" : "",
                                g_strcmp0 (gtk_widget_get_name (w), G_OBJECT_TYPE_NAME (w)) != 0 ? gtk_widget_get_name (w) : "");
    }
}

/* The buttons shown under @widget (a page switcher's, one a page). */
static guint
count_mapped_buttons (GtkWidget *widget)
{
  guint n = GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_mapped (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_mapped_buttons (child);

  return n;
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_EDITABLE (widget) ||
         GTK_IS_TEXT_VIEW (widget) || GTK_IS_SWITCH (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SCALE (widget);
}

/* Every control shown lies across the window's width: none is laid out
 * past its left or right edge. (A control in a scrolled window may lie
 * below the fold, never to the side.) */
static void
collect_outside (GtkWidget *widget,
                 GtkWidget *window,
                 GString   *out)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (is_control (widget))
    {
      graphene_rect_t bounds;
      const char *name = GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL
                           ? gtk_button_get_label (GTK_BUTTON (widget)) : G_OBJECT_TYPE_NAME (widget);

      g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
      if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 0.5)
        g_string_append_printf (out, "\n  %s at x %.0f, %.0f wide", name, bounds.origin.x, bounds.size.width);
      if (!GTK_IS_EDITABLE (widget))
        return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_outside (child, window, out);
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_until_mapped (GtkWidget *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (window) || gtk_widget_get_width (window) == 0) &&
         g_get_monotonic_time () < deadline)
    waymark_test_pump ();
  g_assert_true (gtk_widget_get_mapped (window));
}

static void
wait_for_size (GtkWidget *window,
               int        width,
               int        height)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((gtk_widget_get_width (window) != width || gtk_widget_get_height (window) != height) &&
         g_get_monotonic_time () < deadline)
    waymark_test_pump ();
}

static void
check_page (WaymarkWindow *window,
            const char    *page,
            const char    *style,
            GString       *failures)
{
  g_autoptr(GString) too_wide = g_string_new (NULL);
  g_autoptr(GString) outside = g_string_new (NULL);
  g_autofree char *screenshot = NULL;
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (find_by_type (window, ADW_TYPE_VIEW_SWITCHER_BAR));
  graphene_rect_t bar_bounds;
  int min_width = 0, min_height = 0;
  GtkWidget *content;

  waymark_window_show_page (window, page);
  /* A page is made and reads the plan once shown; its rows come after. */
  for (int i = 0; i < 10; i++)
    waymark_test_pump ();
  wait_for_size (GTK_WIDGET (window), NARROW_WIDTH, SHORT_HEIGHT);

  screenshot = g_strdup_printf ("narrow-%s-%s.png", page, style);
  waymark_test_keep_screenshot (GTK_WIDGET (window), screenshot);

  /* Nothing in the window asks for more than it has. (The window's own
   * request counts the frame GTK draws around it without a compositor;
   * its content is what has to fit.) */
  content = gtk_widget_get_first_child (GTK_WIDGET (window));
  while (!gtk_widget_get_visible (content))
    content = gtk_widget_get_next_sibling (content);
  collect_too_wide (content, NARROW_WIDTH, too_wide);
  if (too_wide->len > 0)
    {
      g_string_append_printf (failures, "\n%s page (%s): wider than %d px:%s", page, style, NARROW_WIDTH, too_wide->str);
      return;
    }
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, NARROW_WIDTH, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, NARROW_WIDTH);
  g_assert_cmpint (min_height, <=, SHORT_HEIGHT);

  /* The window is that size... */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, NARROW_WIDTH);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, SHORT_HEIGHT);

  /* ...the page switcher is at its foot, inside it... */
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (bar), GTK_WIDGET (window), &bar_bounds));
  g_assert_cmpfloat (bar_bounds.size.height, >, 0);
  g_assert_cmpfloat (bar_bounds.origin.y + bar_bounds.size.height, <=, SHORT_HEIGHT + 0.5);
  /* (its buttons made only once the window is narrow: one for each page) */
  g_assert_cmpuint (count_mapped_buttons (GTK_WIDGET (bar)), ==, 5);

  /* ...and so is every control of the page. */
  collect_outside (GTK_WIDGET (window), GTK_WIDGET (window), outside);
  if (outside->len > 0)
    g_string_append_printf (failures, "\n%s page (%s): controls outside the window:%s", page, style, outside->str);
}

static void
test_every_page_at_360_by_600 (void)
{
  const char * const pages[] = { "today", "plan", "journal", "crisis", "timeline" };
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "sample.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();
  WaymarkWindow *window;
  GdkSurface *surface;
  GtkLabel *owner;
  int owner_width = 0;
  int frame_width, frame_height;

  g_assert_true (waymark_sample_data_write_file (path, 120, NULL, &error));
  g_assert_no_error (error);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH, SHORT_HEIGHT);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));

  /* Without a compositor GTK draws a frame inside the window's surface:
   * the window itself, what holds its pages, is to be 360 × 600. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (GTK_WIDGET (window));
  frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH + frame_width, SHORT_HEIGHT + frame_height);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    check_page (window, pages[i], "light", failures);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    check_page (window, pages[i], "dark", failures);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* The journal's chart stepped aside for the list at 600 px; in a
   * laptop's window it is back, and the switcher is in the header. */
  waymark_window_show_page (window, "journal");
  g_assert_false (gtk_widget_get_mapped (find_by_type (window, WAYMARK_TYPE_TREND_CHART_VIEW)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  wait_for_size (GTK_WIDGET (window), 1024 - frame_width, 768 - frame_height);
  for (int i = 0; i < 10 && !gtk_widget_get_mapped (find_by_type (window, WAYMARK_TYPE_TREND_CHART_VIEW)); i++)
    waymark_test_pump ();
  g_assert_true (gtk_widget_get_mapped (find_by_type (window, WAYMARK_TYPE_TREND_CHART_VIEW)));
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (find_by_type (window, ADW_TYPE_VIEW_SWITCHER_BAR))));

  /* ...and in the window's first size the person's name at its start is
   * whole, not "Sa…". */
  gtk_window_set_default_size (GTK_WINDOW (window), 960 + frame_width, 720 + frame_height);
  wait_for_size (GTK_WIDGET (window), 960, 720);
  owner = find_label (GTK_WIDGET (find_by_type (window, WAYMARK_TYPE_OWNER_BADGE)), "Sam Sample");
  g_assert_nonnull (owner);
  gtk_widget_measure (GTK_WIDGET (owner), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &owner_width, NULL, NULL);
  for (int i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (owner)) < owner_width; i++)
    waymark_test_pump ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (owner)), >=, owner_width);

  if (failures->len > 0)
    g_error ("At %d × %d:%s", NARROW_WIDTH, SHORT_HEIGHT, failures->str);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

/* The welcome, Preferences and every dialog fit a 360 px screen too. */
static void
check_window_fits (GtkWindow  *window,
                   const char *what,
                   GString    *failures)
{
  g_autoptr(GString) too_wide = g_string_new (NULL);
  g_autofree char *screenshot = g_strdup_printf ("narrow-%s.png", what);
  GtkWidget *content;
  int min_width = 0;

  gtk_window_set_default_size (window, NARROW_WIDTH, SHORT_HEIGHT);
  gtk_window_present (window);
  wait_until_mapped (GTK_WIDGET (window));
  waymark_test_pump ();

  content = gtk_widget_get_first_child (GTK_WIDGET (window));
  while (!gtk_widget_get_visible (content))
    content = gtk_widget_get_next_sibling (content);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > NARROW_WIDTH)
    {
      collect_too_wide (content, g_getenv ("NARROW_LIMIT") ? atoi (g_getenv ("NARROW_LIMIT")) : NARROW_WIDTH, too_wide);
      g_string_append_printf (failures, "\n%s: %d px wide at least:%s", what, min_width, too_wide->str);
    }
  waymark_test_keep_screenshot (GTK_WIDGET (window), screenshot);
}

static void
test_dialogs_and_welcome (void)
{
  static const WaymarkField fields[] = {
    { WAYMARK_GOAL_TITLE, WAYMARK_FIELD_ENTRY, "Goal" },
    { WAYMARK_GOAL_TARGET, WAYMARK_FIELD_TEXT, "What success looks like" },
    { WAYMARK_GOAL_TARGET_DATE, WAYMARK_FIELD_DATE, "Target date" },
    { WAYMARK_GOAL_PROGRESS, WAYMARK_FIELD_PERCENT, "Progress" },
  };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  WaymarkWindow *window;
  GtkWindow *dialog;

  /* A new plan opens on the welcome. */
  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  check_window_fits (GTK_WINDOW (window), "welcome", failures);

  dialog = GTK_WINDOW (waymark_preferences_window_new (settings, GTK_WINDOW (window)));
  check_window_fits (dialog, "preferences", failures);
  gtk_window_destroy (dialog);

  dialog = waymark_checkin_editor_new (GTK_WINDOW (window), store, checkin, TRUE);
  check_window_fits (dialog, "checkin-editor", failures);
  gtk_window_destroy (dialog);

  dialog = waymark_questionnaire_dialog_new (GTK_WINDOW (window), store, WAYMARK_QUESTIONNAIRE_PHQ9);
  check_window_fits (dialog, "questionnaire", failures);
  gtk_window_destroy (dialog);

  dialog = GTK_WINDOW (waymark_report_dialog_new (GTK_WINDOW (window), store));
  check_window_fits (dialog, "report", failures);
  gtk_window_destroy (dialog);

  dialog = GTK_WINDOW (waymark_record_editor_new (GTK_WINDOW (window), store, WAYMARK_RECORD (goal), "Goal",
                                                  fields, G_N_ELEMENTS (fields)));
  check_window_fits (dialog, "record-editor", failures);
  gtk_window_destroy (dialog);

  if (failures->len > 0)
    g_error ("At %d px:%s", NARROW_WIDTH, failures->str);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  /* The application's own style, as AdwApplication loads it: some of
   * what lets the pages narrow is there. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/waymark/window/narrow/every-page", test_every_page_at_360_by_600);
  g_test_add_func ("/waymark/window/narrow/dialogs-and-welcome", test_dialogs_and_welcome);

  return g_test_run ();
}
