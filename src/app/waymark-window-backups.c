/* waymark-window-backups.c: automatic backups of the plan a window has open
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-backups"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-backup.h"
#include "waymark-backups-window.h"
#include "waymark-feedback.h"

/* While a plan is open, it is backed up when it opens if the newest
 * backup is older than a day, and checked again every hour it stays open
 * (a window left open for days still gets its daily backup). The backup
 * is made from the window's own connection, between two of its
 * transactions, in an idle after the plan has been drawn.
 *
 * A backups folder that would be in a cloud-synced or network folder is
 * not used, and the person is told once per run, calmly; a failure
 * (a full disk) is told once too, and tried again the next hour. */

#define CHECK_INTERVAL_SECONDS (60 * 60)

struct _WaymarkWindowBackups
{
  GtkWindow     *window;
  guint          idle_id;
  guint          timer_id;
};

typedef WaymarkWindowBackups Backups;

static gboolean told;

static void
show_toast (GtkWindow     *window,
            const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  /* Stays until dismissed: it is said once. */
  adw_toast_set_timeout (toast, 0);
  waymark_add_toast (GTK_WIDGET (window), toast);
}

static void
run (Backups *backups)
{
  WaymarkStore *store = waymark_window_backups_get_store (backups->window);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (store == NULL)
    return;

  now = g_date_time_new_now_utc ();
  path = waymark_backup_run_if_due (store, now, &error);
  if (error == NULL)
    {
      if (path != NULL)
        g_debug ("Backed up %s to %s", waymark_store_get_path (store), path);
      return;
    }

  g_debug ("No backup of %s: %s", waymark_store_get_path (store), error->message);
  if (told)
    return;
  told = TRUE;

  if (g_error_matches (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_SHARED_LOCATION))
    show_toast (backups->window, error->message);
  else
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, such as "the disk is full". */
      message = g_strdup_printf (_("Today’s backup of the plan could not be made, and will be tried again "
                                   "in an hour: %s"),
                                 error->message);
      show_toast (backups->window, message);
    }
}

static gboolean
idle_cb (gpointer user_data)
{
  Backups *backups = user_data;

  backups->idle_id = 0;
  run (backups);
  return G_SOURCE_REMOVE;
}

static gboolean
timer_cb (gpointer user_data)
{
  run (user_data);
  return G_SOURCE_CONTINUE;
}

static void
store_changed_cb (GtkWindow     *window,
                  GParamSpec    *pspec,
                  Backups       *backups)
{
  if (waymark_window_backups_get_store (window) != NULL && backups->idle_id == 0)
    backups->idle_id = g_idle_add_full (G_PRIORITY_LOW, idle_cb, backups, NULL);
}

/**
 * waymark_window_backups_get_store:
 * @window: (nullable): the plan's window
 *
 * Returns: (transfer none) (nullable): the plan @window shows, which it
 *   holds
 */
WaymarkStore *
waymark_window_backups_get_store (GtkWindow *window)
{
  WaymarkStore *store = NULL;

  if (window == NULL)
    return NULL;
  g_object_get (window, "store", &store, NULL);
  if (store != NULL)
    g_object_unref (store);
  return store;
}

/**
 * waymark_window_backups_free:
 *
 * Stops @backups' timers and lets go of its window; the window calls it
 * as it goes.
 */
void
waymark_window_backups_free (WaymarkWindowBackups *backups)
{
  if (backups == NULL)
    return;

  g_signal_handlers_disconnect_by_data (backups->window, backups);
  g_clear_handle_id (&backups->idle_id, g_source_remove);
  g_clear_handle_id (&backups->timer_id, g_source_remove);
  g_free (backups);
}

static void
backups_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWindow *window = user_data;

  gtk_window_present (GTK_WINDOW (waymark_backups_window_new (window)));
}

/**
 * waymark_window_backups_new:
 *
 * Gives @window its win.backups action and backs up the plan it shows
 * at least once a day while it is open.
 *
 * Returns: (transfer full): what @window keeps until it goes
 */
WaymarkWindowBackups *
waymark_window_backups_new (GtkWindow *window)
{
  static const GActionEntry actions[] = {
    { "backups", backups_action },
  };
  Backups *backups = g_new0 (Backups, 1);

  backups->window = window;
  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);

  /* The test suite turns them off, so its many short-lived plans leave
   * no backups behind (tests/meson.build). */
  if (g_strcmp0 (g_getenv ("WAYMARK_AUTOMATIC_BACKUPS"), "0") == 0)
    return backups;

  backups->timer_id = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, timer_cb, backups);
  g_signal_connect (window, "notify::store", G_CALLBACK (store_changed_cb), backups);

  return backups;
}
