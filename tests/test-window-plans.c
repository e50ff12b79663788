/* test-window-plans.c: a window's plan coming and going: the welcome,
 * Close Plan, another plan in its place, and the sample plan's folder
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "waymark-plan-lock.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-sample-plan.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static const char *
content_page (WaymarkWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (find_by_name (window, "content-stack")));
}

/* A label on show (it and all it is in are visible) that holds @text:
 * what the accessibility tree shows. */
static GtkWidget *
find_shown_label (GtkWidget  *root,
                  const char *text)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A new, empty plan opens on the welcome; Start My Plan leads to Today,
 * with its first step. A plan with something in it opens on its pages. */
static void
test_welcome_on_a_new_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *full = g_build_filename (tmp, "full.waymark", NULL);
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  g_autoptr(WaymarkStore) other = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);

  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (content_page (window), ==, "welcome");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Plan — Waymark");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  g_assert_cmpstr (content_page (window), ==, "plan");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find_by_type (window, ADW_TYPE_VIEW_STACK))),
                   ==, "today");

  g_assert_true (waymark_sample_data_write_file (full, 3, NULL, NULL));
  other = waymark_store_open (full, WAYMARK_STORE_OPEN_EXISTING, NULL);
  waymark_window_set_store (window, other);
  g_assert_cmpstr (content_page (window), ==, "plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sam Sample — Waymark");

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* Close Plan: the plan is closed (its lock released even while something
 * else still holds the store), the neutral start shows, the title names
 * nobody, and every dialog of the window is gone. */
static void
test_close_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "client.waymark", NULL);
  g_autofree char *lock = waymark_plan_lock_path_for (path);
  g_autoptr(WaymarkStore) store = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);
  GtkWidget *dialog;
  GWeakRef dialog_ref;

  g_assert_true (waymark_sample_data_write_file (path, 3, NULL, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  /* Sam's goals are on show (the check below can fail). */
  for (int i = 0; i < 20 && find_shown_label (GTK_WIDGET (window), "Walk 30 minutes") == NULL; i++)
    waymark_test_pump ();
  g_assert_nonnull (find_shown_label (GTK_WIDGET (window), "Walk 30 minutes"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (window), "Sam Sample"));

  dialog = adw_message_dialog_new (GTK_WINDOW (window), "Sam Sample", "About Sam");
  gtk_window_present (GTK_WINDOW (dialog));
  g_weak_ref_init (&dialog_ref, dialog);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL);
  g_assert_null (waymark_window_get_store (window));
  g_assert_null (waymark_window_get_path (window));
  g_assert_cmpstr (content_page (window), ==, "closed");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Waymark");
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_null (g_weak_ref_get (&dialog_ref));
  g_weak_ref_clear (&dialog_ref);

  /* Nothing of Sam left on show: not the name, not the goals. */
  g_assert_null (find_shown_label (GTK_WIDGET (window), "Sam Sample"));
  g_assert_null (find_shown_label (GTK_WIDGET (window), "Walk 30 minutes"));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* The sample's folder goes when the window shows another plan, and when
 * the window goes. */
static void
test_sample_folder_goes (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "own.waymark", NULL);
  g_autoptr(WaymarkStore) own = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  g_autoptr(WaymarkSamplePlan) sample = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *folder = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);
  GtkWidget *banner;

  for (guint round = 0; round < 2; round++)
    {
      sample = waymark_sample_plan_new (3, NULL);
      g_assert_nonnull (sample);
      g_free (folder);
      folder = g_strdup (waymark_sample_plan_get_folder (sample));
      store = waymark_store_open (waymark_sample_plan_get_path (sample), WAYMARK_STORE_OPEN_EXISTING, NULL);
      g_assert_nonnull (store);

      waymark_window_set_store_full (window, store, sample);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (waymark_window_get_sample (window) == sample);
      banner = find_by_name (window, "sample-banner");
      g_assert_true (gtk_widget_get_visible (banner));
      g_assert_cmpstr (content_page (window), ==, "plan");
      g_clear_object (&sample);
      g_clear_object (&store);
      g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

      if (round == 0)
        {
          /* Another plan in its place. */
          waymark_window_set_store (window, own);
          g_assert_null (waymark_window_get_sample (window));
          g_assert_false (gtk_widget_get_visible (banner));
        }
      else
        gtk_window_destroy (GTK_WINDOW (window));

      g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
    }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/window-plans/welcome", test_welcome_on_a_new_plan);
  g_test_add_func ("/waymark/window-plans/close-plan", test_close_plan);
  g_test_add_func ("/waymark/window-plans/sample-folder-goes", test_sample_folder_goes);

  return g_test_run ();
}
