/* bench-page-switch.c: how long a page of the window takes to come up
 * when the person switches to it, on a plan with ten years of history.
 * Run by hand, under a display (the real window is used):
 *
 *   build-aux/headless _build/tests/bench/bench-page-switch [ROUNDS]
 *
 * Writes the sample plan with ten years of daily history into a
 * temporary folder, opens it in a window at 1280x900 and goes round its
 * pages ROUNDS times (default 10). For each page it prints the first
 * switch (the page is made and reads the plan) and, over the later
 * rounds, the median and worst switch (already read): from asking the
 * stack for the page until the first frame painted after the page has
 * read the plan.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "waymark-page.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-window.h"

#define DAYS 3653

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static WaymarkPage *
find_page (GtkWidget *widget)
{
  if (WAYMARK_IS_PAGE (widget))
    return WAYMARK_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      WaymarkPage *page = find_page (child);

      if (page != NULL)
        return page;
    }

  return NULL;
}

static gboolean
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  guint *paints = user_data;

  (*paints)++;
  return FALSE;
}

/* Shows @name and returns how long until a frame was painted with the
 * page's plan read. */
static double
switch_to (GtkWindow    *window,
           AdwViewStack *stack,
           const char   *name)
{
  AdwViewStackPage *stack_page;
  WaymarkPage *page = NULL;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint paints = 0, paints_when_loaded = G_MAXUINT;
  gulong handler;
  double t0;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &paints);
  t0 = now_ms ();
  adw_view_stack_set_visible_child_name (stack, name);
  stack_page = adw_view_stack_get_page (stack, adw_view_stack_get_visible_child (stack));

  for (;;)
    {
      if (page == NULL)
        page = find_page (adw_view_stack_page_get_child (stack_page));
      if (page != NULL && paints_when_loaded == G_MAXUINT && waymark_page_is_loaded (page))
        {
          paints_when_loaded = paints;
          gtk_widget_queue_draw (GTK_WIDGET (window));
        }
      if (paints_when_loaded != G_MAXUINT && paints > paints_when_loaded)
        break;
      g_main_context_iteration (NULL, TRUE);
    }

  g_signal_handler_disconnect (clock, handler);
  return now_ms () - t0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) pages = NULL;
  guint rounds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10;
  WaymarkWindow *window;
  AdwViewStack *stack;
  double started;
  GArray **times;

  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("WAYMARK_AUTOMATIC_BACKUPS", "0", FALSE);
  gtk_init ();
  adw_init ();
  waymark_register_resource ();
  rounds = MAX (rounds, 2);

  folder = g_dir_make_tmp ("waymark-bench-pages-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "ten-years.waymark", NULL);
  started = now_ms ();
  if (!waymark_sample_data_write_file (path, DAYS, NULL, &error))
    g_error ("%s", error->message);
  g_print ("wrote the sample plan with %u days of history in %.1f s\n", DAYS, (now_ms () - started) / 1000.0);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), WAYMARK_TYPE_WINDOW, "view_stack"));
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_ptr_array_add (names, g_strdup (adw_view_stack_page_get_name (page)));
    }

  /* The page the window opens on: read before the first round starts. */
  switch_to (GTK_WINDOW (window), stack, adw_view_stack_get_visible_child_name (stack));

  times = g_new0 (GArray *, names->len);
  for (guint i = 0; i < names->len; i++)
    times[i] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < rounds; round++)
    for (guint i = 0; i < names->len; i++)
      {
        double ms = switch_to (GTK_WINDOW (window), stack, names->pdata[i]);

        g_array_append_val (times[i], ms);
      }

  g_print ("page switches on a plan with ten years of history (%u rounds):\n", rounds);
  for (guint i = 0; i < names->len; i++)
    {
      double first = g_array_index (times[i], double, 0);
      double *later = &g_array_index (times[i], double, 1);
      guint n = times[i]->len - 1;

      qsort (later, n, sizeof (double), compare_doubles);
      g_print ("  %-10s first %7.1f ms, then median %6.1f ms, worst %6.1f ms\n",
               (const char *) names->pdata[i], first, later[n / 2], later[n - 1]);
      g_array_unref (times[i]);
    }
  g_free (times);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&store);
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);
        g_unlink (file);
      }
    g_rmdir (folder);
  }

  return 0;
}
