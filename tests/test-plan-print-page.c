/* test-plan-print-page.c: the Plan page prints and exports the whole
 * recovery plan, and a blank one
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "waymark-gui-test-utils.h"
#include "waymark-page.h"
#include "waymark-person.h"
#include "waymark-plan-page-print.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static GtkWidget *
find_plan_page (GtkWidget *widget)
{
  if (WAYMARK_IS_PAGE (widget) && g_str_equal (G_OBJECT_TYPE_NAME (widget), "WaymarkPlanPage"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_plan_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_menu_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_export_from_the_plan_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (dir, "client.waymark", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *blank = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = NULL;
  GMenuModel *menu;
  GtkWidget *page, *button;
  WaymarkWindow *window;
  struct stat st;

  g_assert_true (waymark_sample_data_write_file (plan, 14, NULL, &error));
  g_assert_no_error (error);
  store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  person = waymark_store_load_person (store, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "plan");
  waymark_test_pump ();

  page = find_plan_page (GTK_WIDGET (window));
  g_assert_nonnull (page);

  /* One menu, with every way to print or save the plan. */
  button = find_menu_button (page, "_Print or Export");
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);

  g_assert_true (waymark_plan_page_export_pdf (WAYMARK_PAGE (page), FALSE, pdf));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, waymark_person_get_name (person)));
  g_assert_nonnull (strstr (text, "Wellness Toolbox"));
  g_assert_null (strstr (text, "Reviewed with"));

  /* The "Reviewed with" line, when asked for; and a blank plan. */
  g_assert_true (gtk_widget_activate_action (page, "plan-print.review-line", NULL));
  waymark_test_pump ();
  g_assert_true (waymark_plan_page_export_pdf (WAYMARK_PAGE (page), TRUE, blank));
  g_clear_pointer (&text, g_free);
  text = pdf_text (blank);
  g_assert_nonnull (strstr (text, "Reviewed with"));
  g_assert_nonnull (strstr (text, "Wellness Toolbox"));
  g_assert_null (strstr (text, waymark_person_get_name (person)));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  g_clear_object (&store);
  waymark_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/plan-print-page/export", test_export_from_the_plan_page);

  return g_test_run ();
}
