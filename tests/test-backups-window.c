/* test-backups-window.c: the Backups window lists the plan's backups,
 * with what each holds, and restores one in place
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <time.h>

#include "waymark-backup.h"
#include "waymark-backups-window.h"
#include "waymark-checkin.h"
#include "waymark-goal.h"
#include "waymark-gui-test-utils.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static void
add_goal (WaymarkStore *store,
          const char   *title)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, title);
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (goal), NULL));
}

static void
add_checkin (WaymarkStore *store,
             const char   *iso)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  waymark_checkin_set_time (checkin, time);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, NULL));
}

static WaymarkBackupsWindow *
find_backups_window (void)
{
  GtkWindow *window = waymark_test_find_toplevel (WAYMARK_TYPE_BACKUPS_WINDOW);

  return window ? WAYMARK_BACKUPS_WINDOW (window) : NULL;
}

static void
test_lists_and_restores (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *backups_dir = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GDateTime) monday = g_date_time_new_from_iso8601 ("2026-03-02T09:00:00Z", NULL);
  g_autoptr(GDateTime) tuesday = g_date_time_new_from_iso8601 ("2026-03-03T09:00:00Z", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkBackupsWindow *backups;
  WaymarkWindow *window;
  GtkListBox *list;
  GtkLabel *label;
  int rows = 0;

  backups_dir = g_build_filename (tmp, "backups", NULL);
  g_setenv ("WAYMARK_BACKUP_DIR", backups_dir, TRUE);
  g_setenv ("WAYMARK_AUTOMATIC_BACKUPS", "1", TRUE);

  add_goal (store, "Walk to the allotment");
  add_checkin (store, "2026-03-01T18:00:00Z");
  first = waymark_backup_make (store, monday, FALSE, &error);
  g_assert_no_error (error);
  add_goal (store, "Cook twice a week");
  add_checkin (store, "2026-03-02T18:00:00Z");
  second = waymark_backup_make (store, tuesday, FALSE, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_test_pump ();

  /* From the primary menu's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backups", NULL));
  backups = find_backups_window ();
  g_assert_nonnull (backups);
  gtk_window_set_default_size (GTK_WINDOW (backups), 360, 600);
  waymark_test_pump ();

  list = GTK_LIST_BOX (find_by_type (backups, GTK_TYPE_LIST_BOX));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    rows++;
  /* Two made here, and the one made on opening the plan, as the newest
   * was more than a day old. */
  g_assert_cmpint (rows, ==, 3);

  /* Newest of the two first, each saying what it holds. */
  label = waymark_test_find_label (GTK_WIDGET (backups), "2 goals · 2 check-ins · last check-in 2 March 2026", TRUE);
  g_assert_nonnull (label);
  label = waymark_test_find_label (GTK_WIDGET (backups), "1 goal · 1 check-in · last check-in 1 March 2026", TRUE);
  g_assert_nonnull (label);
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (backups), "Monday, 2 March 2026", TRUE));

  /* Every Restore button names its backup for a screen reader. */
  {
    GtkWidget *button = find_by_type (list, GTK_TYPE_BUTTON);

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_get_sensitive (button));

    /* Restore… asks, offering a new file or replacing the plan. */
    g_signal_emit_by_name (button, "clicked");
    waymark_test_pump ();
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      AdwMessageDialog *dialog = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (item))
            dialog = ADW_MESSAGE_DIALOG (item);
        }
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore This Backup?");
      g_assert_true (adw_message_dialog_has_response (dialog, "new-file"));
      g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
      g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "replace"), ==, ADW_RESPONSE_DESTRUCTIVE);
      g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
      waymark_test_keep_screenshot (GTK_WIDGET (dialog), "backups-restore-dialog-360.png");
      adw_message_dialog_response (dialog, "cancel");
      gtk_window_destroy (GTK_WINDOW (dialog));
      waymark_test_pump ();
    }
  }

  waymark_test_keep_screenshot (GTK_WIDGET (backups), "backups-window-360-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  waymark_test_pump ();
  waymark_test_keep_screenshot (GTK_WIDGET (backups), "backups-window-360-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* In place: the plan goes back to Monday's, in the window at once, and
   * the plan as it was is kept as a backup first. */
  add_goal (store, "A third goal");
  g_assert_true (waymark_backups_window_restore_in_place (backups, first, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_window_get_store (window) != store);
  g_assert_cmpint (waymark_test_count_rows (waymark_window_get_store (window), "SELECT count(*) FROM goal"), ==, 1);
  waymark_test_pump ();
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (backups), "Made before a restore · 3 goals", TRUE));

  gtk_window_destroy (GTK_WINDOW (backups));
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  g_unsetenv ("WAYMARK_BACKUP_DIR");
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  /* The backups' times are shown in the person's time zone. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/backups-window/lists-and-restores", test_lists_and_restores);

  return g_test_run ();
}
