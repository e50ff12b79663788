/* waymark-gui-test-utils.c: what the in-process widget tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "waymark-gui-test-utils.h"
#include "waymark-page.h"

/**
 * waymark_test_find_widget:
 * @type: a widget type, or G_TYPE_NONE for any
 * @name: (nullable): a widget name (gtk_widget_set_name ()), or %NULL for any
 *
 * Returns: (nullable): the first widget in @root's tree, @root first,
 *   of @type and named @name
 */
GtkWidget *
waymark_test_find_widget (GtkWidget  *root,
                          GType       type,
                          const char *name)
{
  if ((type == G_TYPE_NONE || G_TYPE_CHECK_INSTANCE_TYPE (root, type)) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = waymark_test_find_widget (child, type, name);
      if (found)
        return found;
    }

  return NULL;
}

/**
 * waymark_test_find_label:
 * @part: whether @text may be only part of the label's text
 *
 * Returns: (nullable): the first label in @root's tree whose text (without
 *   markup or mnemonic) is @text, or holds it
 */
GtkLabel *
waymark_test_find_label (GtkWidget  *root,
                         const char *text,
                         gboolean    part)
{
  if (GTK_IS_LABEL (root))
    {
      const char *label = gtk_label_get_text (GTK_LABEL (root));

      if (part ? strstr (label, text) != NULL : g_str_equal (label, text))
        return GTK_LABEL (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = waymark_test_find_label (child, text, part);
      if (found)
        return found;
    }

  return NULL;
}

/**
 * waymark_test_pump:
 *
 * Lets the main loop run a little: idles, timeouts of a few
 * milliseconds, allocation and drawing.
 */
void
waymark_test_pump (void)
{
  for (int i = 0; i < 30; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/**
 * waymark_test_keep_screenshot:
 * @name: a file name, such as "narrow-plan-light.png"
 *
 * For looking at by hand: @widget as drawn, into $WAYMARK_SCREENSHOTS
 * (the build folder's screenshots/ under meson test); nothing without it.
 */
void
waymark_test_keep_screenshot (GtkWidget  *widget,
                              const char *name)
{
  const char *dir = g_getenv ("WAYMARK_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0700);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

/**
 * waymark_test_wait_until_loaded:
 * @page: a #WaymarkPage
 *
 * Waits (20 s at most, for a loaded machine) until @page has read the
 * plan, which it does once it has been drawn, then lets its rows come.
 */
void
waymark_test_wait_until_loaded (GtkWidget *page)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_true (WAYMARK_IS_PAGE (page));
  while (!waymark_page_is_loaded (WAYMARK_PAGE (page)) && g_get_monotonic_time () < deadline)
    waymark_test_pump ();
  g_assert_true (waymark_page_is_loaded (WAYMARK_PAGE (page)));
  waymark_test_pump ();
}

/**
 * waymark_test_read_text:
 * @path: a plan file
 * @sql: a query whose first row's first column is wanted
 *
 * Reads the file as another program would, beside the app's own
 * connection.
 *
 * Returns: (nullable) (transfer full): that text, or %NULL if no row
 */
char *
waymark_test_read_text (const char *path,
                        const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

/**
 * waymark_test_wait_for_text:
 *
 * Whether waymark_test_read_text (@path, @sql) came to be @expected
 * within 20 s, the main loop running meanwhile (saves are timed).
 */
gboolean
waymark_test_wait_for_text (const char *path,
                            const char *sql,
                            const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *text = waymark_test_read_text (path, sql);

      if (g_strcmp0 (text, expected) == 0)
        return TRUE;
      waymark_test_pump ();
    }

  return FALSE;
}

/**
 * waymark_test_find_toplevel:
 * @type: a window type, such as ADW_TYPE_MESSAGE_DIALOG
 *
 * Returns: (nullable) (transfer none): the first open window of @type
 */
GtkWindow *
waymark_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }

  return NULL;
}
