/* test-suggested-actions.c: one suggested action per view, as the GNOME
 * HIG asks: every page of the window, with an empty plan and a full one,
 * and the dialogs, show at most one blue button at a time
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "waymark-gui-test-utils.h"
#include "waymark-page.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

/* Shown widgets with the style class, named for the message. */
static void
collect_suggested (GtkWidget *widget,
                   GString   *names,
                   guint     *count)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (gtk_widget_has_css_class (widget, "suggested-action"))
    {
      const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;

      g_string_append_printf (names, " “%s” (%s)", label ? label : gtk_widget_get_name (widget),
                              G_OBJECT_TYPE_NAME (widget));
      (*count)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_suggested (child, names, count);
}

static guint
count_suggested (GtkWidget  *root,
                 const char *view)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint count = 0;

  collect_suggested (root, names, &count);
  g_test_message ("%s: %u suggested action(s):%s", view, count, names->str);
  if (count > 1)
    g_test_fail_printf ("%s shows %u suggested actions:%s", view, count, names->str);

  return count;
}

/* A page, once shown, has read the plan and laid itself out. */
static void
wait_for_page (WaymarkWindow *window,
               const char    *name)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  AdwViewStack *stack = ADW_VIEW_STACK (find_by_type (window, ADW_TYPE_VIEW_STACK));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, name);
  GtkWidget *page;

  g_assert_nonnull (child);
  page = WAYMARK_IS_PAGE (child) ? child : find_by_type (child, WAYMARK_TYPE_PAGE);

  /* The welcome, if it showed, has faded out. */
  while (g_get_monotonic_time () < deadline &&
         ((page != NULL && !waymark_page_is_loaded (WAYMARK_PAGE (page))) ||
          gtk_stack_get_transition_running (GTK_STACK (find_by_name (window, "content-stack")))))
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  waymark_test_pump ();
}

static void
check_every_page (WaymarkWindow *window,
                  const char    *plan)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_by_type (window, ADW_TYPE_VIEW_STACK));
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  /* Today, Plan, Journal, Crisis Plan and Timeline. */
  g_assert_cmpuint (n, >=, 5);
  {
    g_autoptr(AdwViewStackPage) first = g_list_model_get_item (G_LIST_MODEL (pages), 0);

    g_assert_cmpstr (adw_view_stack_page_get_name (first), ==, "today");
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      const char *name = adw_view_stack_page_get_name (page);
      g_autofree char *view = g_strdup_printf ("%s page, %s", name, plan);

      waymark_window_show_page (window, name);
      wait_for_page (window, name);
      count_suggested (GTK_WIDGET (window), view);

      /* The crisis plan both ways: to read, and to edit. */
      if (g_str_equal (name, "crisis"))
        {
          /* The page itself, in the slot it is made into when shown. */
          GtkWidget *crisis = find_by_type (adw_view_stack_page_get_child (page), WAYMARK_TYPE_PAGE);
          g_autofree char *other = g_strdup_printf ("%s page after Edit toggled, %s", name, plan);

          g_assert_true (gtk_widget_activate_action (crisis, "crisis.edit", NULL));
          waymark_test_pump ();
          count_suggested (GTK_WIDGET (window), other);
          g_assert_true (gtk_widget_activate_action (crisis, "crisis.edit", NULL));
          waymark_test_pump ();
        }
    }
}

static WaymarkWindow *
open_window (WaymarkStore *store)
{
  WaymarkWindow *window = waymark_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_test_pump ();

  return window;
}

static void
test_pages_of_an_empty_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  WaymarkWindow *window = open_window (store);

  check_every_page (window, "empty plan");

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

static void
test_pages_of_a_full_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window;

  g_assert_true (waymark_sample_data_fill (store, 30, NULL, &error));
  g_assert_no_error (error);
  window = open_window (store);

  check_every_page (window, "sample plan");

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* A record's editor, from a section of the Plan page. */
static void
test_record_editor (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  WaymarkWindow *window = open_window (store);
  GtkWidget *section;
  GtkWidget *editor = NULL;
  GList *toplevels;

  waymark_window_show_page (window, "plan");
  wait_for_page (window, "plan");
  section = find_by_type (window, WAYMARK_TYPE_RECORD_SECTION);
  g_assert_nonnull (section);
  waymark_record_section_add (WAYMARK_RECORD_SECTION (section));
  waymark_test_pump ();

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (WAYMARK_IS_RECORD_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (editor);

  g_assert_cmpuint (count_suggested (editor, "record editor"), ==, 1);

  waymark_record_editor_discard (WAYMARK_RECORD_EDITOR (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* PHQ-9 with item 9 above "Not at all": the support card's Open My
 * Crisis Plan sits beside the dialog's Save. */
static void
test_questionnaire_with_support_card (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  WaymarkWindow *window = open_window (store);
  GtkWindow *dialog;
  GtkWidget *button;

  /* Over a window, so Open My Crisis Plan has somewhere to open it. */
  dialog = waymark_questionnaire_dialog_new (GTK_WINDOW (window), store, WAYMARK_QUESTIONNAIRE_PHQ9);
  gtk_window_set_default_size (dialog, 600, 800);
  gtk_window_present (dialog);
  waymark_test_pump ();

  button = find_by_name (dialog, "answer-9-2");
  g_assert_nonnull (button);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
    GtkWidget *open_crisis = find_by_name (dialog, "open-crisis-plan");

    while (!gtk_widget_get_mapped (open_crisis) && g_get_monotonic_time () < deadline)
      {
        while (g_main_context_iteration (NULL, FALSE))
          ;
        g_usleep (2000);
      }
    g_assert_true (gtk_widget_get_mapped (open_crisis));
  }

  count_suggested (GTK_WIDGET (dialog), "PHQ-9 with the support card");

  gtk_window_destroy (dialog);
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
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/suggested-actions/empty-plan", test_pages_of_an_empty_plan);
  g_test_add_func ("/waymark/suggested-actions/full-plan", test_pages_of_a_full_plan);
  g_test_add_func ("/waymark/suggested-actions/record-editor", test_record_editor);
  g_test_add_func ("/waymark/suggested-actions/questionnaire", test_questionnaire_with_support_card);

  return g_test_run ();
}
