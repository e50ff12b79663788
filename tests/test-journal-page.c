/* test-journal-page.c: the Journal page and the check-in editor, in-process
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-checkin-editor.h"
#include "waymark-journal-page.h"
#include "waymark-plan-entry.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found)
        return found;
    }

  return NULL;
}


static void
pump (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static GtkWindow *
find_editor (void)
{
  GtkWindow *editor = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (WAYMARK_IS_CHECKIN_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);

  return editor;
}

typedef struct
{
  char          *tmp;
  WaymarkStore  *store;
  WaymarkWindow *window;
  GtkWidget     *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
  f->window = waymark_window_new (NULL);
  waymark_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  waymark_window_show_page (f->window, "journal");
  f->page = find_widget (GTK_WIDGET (f->window), WAYMARK_TYPE_JOURNAL_PAGE);
  g_assert_nonnull (f->page);
  pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *editor;

  while ((editor = find_editor ()) != NULL)
    gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

static void
test_new_checkin_from_the_window (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *scale;

  g_assert_null (find_editor ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  pump ();

  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (editor)), ==, GTK_ACCESSIBLE_ROLE_WINDOW);

  /* The mood scale has the focus, unrecorded until it moves. */
  scale = gtk_window_get_focus (editor);
  g_assert_true (GTK_IS_SCALE (scale));
  gtk_range_set_value (GTK_RANGE (scale), 8);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  pump ();

  g_assert_null (find_editor ());
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (f->page))), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add ("/waymark/journal/new-checkin", Fixture, NULL,
              fixture_set_up, test_new_checkin_from_the_window, fixture_tear_down);

  return g_test_run ();
}
