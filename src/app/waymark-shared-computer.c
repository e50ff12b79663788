/* waymark-shared-computer.c: shared computer mode: the plan closes when
 * Waymark is left alone or the session locks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-shared-computer"

#include "config.h"

#include <unistd.h>

#include "waymark-autosave.h"
#include "waymark-shared-computer.h"
#include "waymark-window.h"

/* On a computer several people use (a clinic's workstation), no plan
 * stays open for the next person to see. In this mode (the Preferences
 * switch, or `waymark --shared-computer` for this process):
 *
 * - after the chosen minutes without input in any of Waymark's windows
 *   (a key, the pointer moving, a click: one controller of each on every
 *   window, in the capture phase, resetting one timer), and
 * - when the session locks (org.gnome.ScreenSaver's ActiveChanged on the
 *   session bus; logind's Lock for this session on the system bus),
 *
 * everything typed is saved and each window's plan is closed (its
 * win.close-plan; a window without one is closed). No notifications are
 * sent (see waymark-reminders.c) and GTK keeps no recent files.
 *
 * WAYMARK_TEST_IDLE_SECONDS=1 (tests only) reads the minutes as seconds. */

struct _WaymarkSharedComputer
{
  GObject          parent_instance;

  GtkApplication  *application;   /* unowned: it owns us */

  /* Owned */
  GSettings       *settings;
  GCancellable    *cancellable;
  GDBusConnection *session_bus;
  GDBusConnection *system_bus;
  guint            screensaver_subscription;
  guint            logind_subscription;
  guint            idle_id;
  gboolean         forced;
};

G_DEFINE_FINAL_TYPE (WaymarkSharedComputer, waymark_shared_computer, G_TYPE_OBJECT)

/* --shared-computer was given to this process. */
static gboolean forced_in_process;

/**
 * waymark_shared_computer_is_forced:
 *
 * Returns: whether this process runs in shared computer mode whatever
 *   the setting says (`waymark --shared-computer`)
 */
gboolean
waymark_shared_computer_is_forced (void)
{
  return forced_in_process;
}

gboolean
waymark_shared_computer_is_active (WaymarkSharedComputer *self)
{
  g_return_val_if_fail (WAYMARK_IS_SHARED_COMPUTER (self), FALSE);

  return self->forced || g_settings_get_boolean (self->settings, "shared-computer");
}

static gboolean
any_plan_open (WaymarkSharedComputer *self)
{
  for (GList *l = gtk_application_get_windows (self->application); l; l = l->next)
    if (WAYMARK_IS_WINDOW (l->data) &&
        (waymark_window_get_store (l->data) != NULL || waymark_window_is_locked (l->data)))
      return TRUE;

  return FALSE;
}

/* Saves everything and closes every plan. */
static void
close_plans (WaymarkSharedComputer *self,
             const char            *why)
{
  g_autoptr(GList) windows = NULL;

  if (!waymark_shared_computer_is_active (self))
    return;

  g_message ("Shared computer: %s, so the plan is saved and closed", why);
  waymark_autosave_flush_all ();

  windows = g_list_copy (gtk_application_get_windows (self->application));
  for (GList *l = windows; l; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l; l = l->next)
    {
      GtkWidget *window = l->data;

      /* A protected plan's lock screen still names its file: the window
       * goes, as one with no plan does. */
      if (WAYMARK_IS_WINDOW (window) && waymark_window_is_locked (WAYMARK_WINDOW (window)))
        {
          gtk_window_close (GTK_WINDOW (window));
          continue;
        }

      if (!WAYMARK_IS_WINDOW (window) || waymark_window_get_store (WAYMARK_WINDOW (window)) == NULL)
        continue;

      if (!gtk_widget_activate_action (window, "win.close-plan", NULL))
        gtk_window_close (GTK_WINDOW (window));

      /* An editor holding something that can't be kept (a goal with no
       * title) keeps the plan open when a person closes it; here nobody
       * is there to answer, and the next person must not see the plan:
       * it goes, with its editors. */
      if (!gtk_widget_in_destruction (window) &&
          waymark_window_get_store (WAYMARK_WINDOW (window)) != NULL)
        {
          g_message ("Shared computer: an editor held something that could not be kept; "
                     "closing its window all the same");
          for (GList *d = windows; d; d = d->next)
            if (gtk_window_get_transient_for (d->data) == GTK_WINDOW (window))
              gtk_window_destroy (d->data);
          gtk_window_destroy (GTK_WINDOW (window));
        }
    }
  g_list_free_full (g_steal_pointer (&windows), g_object_unref);
}

static gboolean
idle_cb (gpointer user_data)
{
  WaymarkSharedComputer *self = user_data;

  self->idle_id = 0;
  close_plans (self, "left alone");

  return G_SOURCE_REMOVE;
}

/* Input, or a change: the idle time starts again. */
static void
restart_idle (WaymarkSharedComputer *self)
{
  guint minutes;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (!waymark_shared_computer_is_active (self) || !any_plan_open (self))
    return;

  minutes = (guint) MAX (g_settings_get_int (self->settings, "shared-computer-idle-minutes"), 1);
  if (g_strcmp0 (g_getenv ("WAYMARK_TEST_IDLE_SECONDS"), "1") == 0)
    self->idle_id = g_timeout_add_seconds (minutes, idle_cb, self);
  else
    self->idle_id = g_timeout_add_seconds (minutes * 60, idle_cb, self);
  g_source_set_name_by_id (self->idle_id, "[waymark] shared computer idle");
}

static gboolean
key_cb (GtkEventControllerKey *controller,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        WaymarkSharedComputer *self)
{
  restart_idle (self);
  return GDK_EVENT_PROPAGATE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WaymarkSharedComputer    *self)
{
  restart_idle (self);
}

static void
click_cb (GtkGestureClick       *gesture,
          int                    n_press,
          double                 x,
          double                 y,
          WaymarkSharedComputer *self)
{
  restart_idle (self);
}

static gboolean
restart_idle_once (gpointer user_data)
{
  restart_idle (user_data);
  return G_SOURCE_REMOVE;
}

/* A plan opening, closing or locking in a window: the idle time starts
 * again once the window shows what comes next (a protected plan's lock
 * screen comes just after its plan goes). */
static void
store_changed_cb (WaymarkSharedComputer *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, restart_idle_once, g_object_ref (self), g_object_unref);
}

static void
watch_window (WaymarkSharedComputer *self,
              GtkWindow             *window)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (motion, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);

  g_signal_connect_object (key, "key-pressed", G_CALLBACK (key_cb), self, 0);
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (click_cb), self, 0);

  gtk_widget_add_controller (GTK_WIDGET (window), key);
  gtk_widget_add_controller (GTK_WIDGET (window), motion);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (click));

  /* A plan opening in a window starts the idle time. */
  if (WAYMARK_IS_WINDOW (window))
    g_signal_connect_object (window, "notify::store", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
window_added_cb (WaymarkSharedComputer *self,
                 GtkWindow             *window)
{
  watch_window (self, window);
  restart_idle (self);
}

static void
screensaver_cb (GDBusConnection *connection,
                const char      *sender_name,
                const char      *object_path,
                const char      *interface_name,
                const char      *signal_name,
                GVariant        *parameters,
                gpointer         user_data)
{
  gboolean active = FALSE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &active);

  if (active)
    close_plans (user_data, "the screen locked");
}

static void
logind_lock_cb (GDBusConnection *connection,
                const char      *sender_name,
                const char      *object_path,
                const char      *interface_name,
                const char      *signal_name,
                GVariant        *parameters,
                gpointer         user_data)
{
  close_plans (user_data, "the session locked");
}

static void
session_path_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  WaymarkSharedComputer *self;
  const char *path;

  if (reply == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No logind session to watch for locking: %s", error->message);
      return;
    }

  self = WAYMARK_SHARED_COMPUTER (user_data);
  g_variant_get (reply, "(&o)", &path);
  self->logind_subscription =
    g_dbus_connection_signal_subscribe (self->system_bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Session", "Lock", path, NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, logind_lock_cb, self, NULL);
}

static void
system_bus_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  WaymarkSharedComputer *self;

  if (bus == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus, so no word from logind of the session locking: %s", error->message);
      return;
    }

  self = WAYMARK_SHARED_COMPUTER (user_data);
  self->system_bus = bus;
  g_dbus_connection_call (bus, "org.freedesktop.login1", "/org/freedesktop/login1",
                          "org.freedesktop.login1.Manager", "GetSessionByPID",
                          g_variant_new ("(u)", (guint32) getpid ()), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable, session_path_cb, self);
}

/* The buses are only listened to once the mode is on. */
static void
listen_for_locking (WaymarkSharedComputer *self)
{
  if (self->session_bus != NULL || !waymark_shared_computer_is_active (self))
    return;

  self->session_bus = g_application_get_dbus_connection (G_APPLICATION (self->application));
  if (self->session_bus != NULL)
    {
      g_object_ref (self->session_bus);
      self->screensaver_subscription =
        g_dbus_connection_signal_subscribe (self->session_bus, NULL, "org.gnome.ScreenSaver",
                                            "ActiveChanged", "/org/gnome/ScreenSaver", NULL,
                                            G_DBUS_SIGNAL_FLAGS_NONE, screensaver_cb, self, NULL);
    }

  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, self);
}

static void
apply (WaymarkSharedComputer *self)
{
  gboolean active = waymark_shared_computer_is_active (self);
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  /* No recent files: the file chooser lists none and GTK keeps none. */
  if (active && gtk_settings != NULL)
    g_object_set (gtk_settings, "gtk-recent-files-enabled", FALSE, NULL);

  listen_for_locking (self);
  restart_idle (self);
}

static void
settings_changed_cb (WaymarkSharedComputer *self,
                     const char            *key)
{
  if (g_str_equal (key, "shared-computer") || g_str_equal (key, "shared-computer-idle-minutes"))
    apply (self);
}

static void
waymark_shared_computer_dispose (GObject *object)
{
  WaymarkSharedComputer *self = WAYMARK_SHARED_COMPUTER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->screensaver_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->session_bus, self->screensaver_subscription);
  self->screensaver_subscription = 0;
  if (self->logind_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->logind_subscription);
  self->logind_subscription = 0;
  g_clear_object (&self->session_bus);
  g_clear_object (&self->system_bus);

  G_OBJECT_CLASS (waymark_shared_computer_parent_class)->dispose (object);
}

static void
waymark_shared_computer_finalize (GObject *object)
{
  WaymarkSharedComputer *self = WAYMARK_SHARED_COMPUTER (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (waymark_shared_computer_parent_class)->finalize (object);
}

static void
waymark_shared_computer_class_init (WaymarkSharedComputerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_shared_computer_dispose;
  object_class->finalize = waymark_shared_computer_finalize;
}

static void
waymark_shared_computer_init (WaymarkSharedComputer *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * waymark_shared_computer_new:
 * @application: the application, which keeps the returned object
 * @settings: Waymark's settings
 *
 * Watches every window of @application for input, and, while shared
 * computer mode is on, closes the plans when they are left alone or the
 * session locks.
 *
 * Returns: (transfer full): the watcher
 */
WaymarkSharedComputer *
waymark_shared_computer_new (GtkApplication *application,
                             GSettings      *settings)
{
  WaymarkSharedComputer *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WAYMARK_TYPE_SHARED_COMPUTER, NULL);
  self->application = application;
  self->settings = g_object_ref (settings);

  for (GList *l = gtk_application_get_windows (application); l; l = l->next)
    watch_window (self, l->data);
  g_signal_connect_object (application, "window-added", G_CALLBACK (window_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  apply (self);

  return self;
}

/**
 * waymark_shared_computer_force:
 *
 * Turns shared computer mode on for this process, whatever the
 * setting (`waymark --shared-computer`).
 */
void
waymark_shared_computer_force (WaymarkSharedComputer *self)
{
  g_return_if_fail (WAYMARK_IS_SHARED_COMPUTER (self));

  self->forced = TRUE;
  forced_in_process = TRUE;
  apply (self);
}
