/* waymark-reminders.c: the daily check-in and plan review reminders
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-background.h"
#include "waymark-date.h"
#include "waymark-reminder.h"
#include "waymark-reminders.h"
#include "waymark-window.h"

/* Reminders are off until the person turns them on in Preferences, and
 * are only ever about their own default plan: while any window shows
 * another plan file (a client's, at a clinic) and in shared computer
 * mode nothing is sent. When to send is waymark_reminder_due () (the
 * GTK-free rule); this object only gathers what it needs (the choices,
 * the plan's two facts, what was sent), sends the GNotification and
 * waits for the next time to look: the chosen time, never more than an
 * hour away (the wall clock moves on while the computer sleeps).
 *
 * The notification's default action is app.open-checkin (or
 * app.open-review) with the plan's path as its target; the desktop may
 * start Waymark for it. Only the default plan's path is honoured, so no
 * other program on the session bus can make Waymark open or create a
 * file of its choosing. */

#define MAX_WAIT_SECONDS (60 * 60)
#define CHECKIN_ID "checkin-reminder"
#define REVIEW_ID "review-reminder"

struct _WaymarkReminders
{
  GObject          parent_instance;

  GtkApplication  *application;   /* unowned: it owns us */
  WaymarkOpenPlanFunc open_plan;

  /* Owned */
  GSettings       *settings;
  GCancellable    *cancellable;
  guint            timeout_id;
  gboolean         shared_computer;
  gboolean         reading;       /* the plan is being opened to look */
};

G_DEFINE_FINAL_TYPE (WaymarkReminders, waymark_reminders, G_TYPE_OBJECT)

static void schedule (WaymarkReminders *self,
                      gint64            wait);

static guint32
julian_of_setting (GSettings  *settings,
                   const char *key)
{
  g_autofree char *iso = g_settings_get_string (settings, key);

  return waymark_date_is_valid (iso) ? waymark_date_to_julian (iso) : 0;
}

static void
remember_day (GSettings  *settings,
              const char *key,
              guint32     day)
{
  char iso[16];

  waymark_date_from_julian (day, iso);
  g_settings_set_string (settings, key, iso);
}

/* The window showing @path, if any. */
static WaymarkWindow *
find_window (WaymarkReminders *self,
             const char       *path)
{
  for (GList *l = gtk_application_get_windows (self->application); l; l = l->next)
    if (WAYMARK_IS_WINDOW (l->data) && g_strcmp0 (waymark_window_get_path (l->data), path) == 0)
      return l->data;

  return NULL;
}

/* Only the person's own plan: nothing while a window shows another. */
static gboolean
only_default_plan_open (WaymarkReminders *self,
                        const char       *default_path)
{
  for (GList *l = gtk_application_get_windows (self->application); l; l = l->next)
    {
      const char *path;

      if (!WAYMARK_IS_WINDOW (l->data))
        continue;
      path = waymark_window_get_path (l->data);
      if (path != NULL && g_strcmp0 (path, default_path) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
read_state (WaymarkReminders     *self,
            WaymarkReminderState *state)
{
  g_autofree char *default_path = waymark_store_default_path ();

  memset (state, 0, sizeof *state);
  state->checkin_enabled = g_settings_get_boolean (self->settings, "reminder-checkin");
  state->review_enabled = g_settings_get_boolean (self->settings, "reminder-review");
  state->minutes = (guint) g_settings_get_int (self->settings, "reminder-time");
  state->shared_computer = self->shared_computer || g_settings_get_boolean (self->settings, "shared-computer");
  state->default_plan = only_default_plan_open (self, default_path);
  state->checkin_sent_on = julian_of_setting (self->settings, "reminder-checkin-sent");
  state->review_sent_for = julian_of_setting (self->settings, "reminder-review-sent");
}

static void
send_reminders (WaymarkReminders     *self,
                WaymarkReminderKind   due,
                WaymarkReminderState *state,
                guint32               today)
{
  GApplication *app = G_APPLICATION (self->application);
  g_autofree char *path = waymark_store_default_path ();
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);

  if (due & WAYMARK_REMINDER_CHECKIN)
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Time for Your Check-In"));

      g_notification_set_body (notification, _("How has today been? A check-in takes a minute."));
      g_notification_set_icon (notification, icon);
      g_notification_set_default_action_and_target (notification, "app.open-checkin", "s", path);
      g_notification_add_button_with_target (notification, _("Check In"), "app.open-checkin", "s", path);
      g_application_send_notification (app, CHECKIN_ID, notification);
      remember_day (self->settings, "reminder-checkin-sent", today);
      g_debug ("Reminders looked: sent the check-in reminder");
    }

  if (due & WAYMARK_REMINDER_REVIEW)
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Time to Review Your Plan"));
      g_autofree char *when = waymark_date_format_julian (state->next_review, WAYMARK_DATE_DAY_MONTH_YEAR);
      g_autofree char *body = NULL;

      /* Translators: %s is a date, such as "3 March 2026" */
      body = g_strdup_printf (_("You planned to look at your plan again on %s."), when);
      g_notification_set_body (notification, body);
      g_notification_set_icon (notification, icon);
      g_notification_set_default_action_and_target (notification, "app.open-review", "s", path);
      g_application_send_notification (app, REVIEW_ID, notification);
      remember_day (self->settings, "reminder-review-sent", state->next_review);
      g_debug ("Reminders looked: sent the plan review reminder");
    }
}

/* Decides with the plan's facts in @state, sends, and waits again. */
static void
decide (WaymarkReminders     *self,
        WaymarkReminderState *state)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  WaymarkReminderKind due = waymark_reminder_due (state, now);

  if (due != WAYMARK_REMINDER_NONE)
    send_reminders (self, due, state, waymark_reminder_day_of (now));
  else
    g_debug ("Reminders looked: nothing due");

  schedule (self, waymark_reminder_next_check (state, now));
}

static void
plan_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(WaymarkReminders) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = waymark_store_open_finish (result, &error);
  g_autoptr(GDateTime) now = NULL;
  WaymarkReminderState state;

  self->reading = FALSE;
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  /* No plan yet (or one that can't be read): nothing to remind of. */
  if (store == NULL)
    {
      g_debug ("Reminders looked: nothing due, the plan could not be read: %s", error->message);
      schedule (self, G_TIME_SPAN_SECOND * MAX_WAIT_SECONDS);
      return;
    }

  now = g_date_time_new_now_local ();
  read_state (self, &state);
  if (!waymark_reminder_read_plan (store, waymark_reminder_day_of (now), &state, &error))
    {
      g_debug ("Reminders looked: nothing due, the plan could not be read: %s", error->message);
      schedule (self, G_TIME_SPAN_SECOND * MAX_WAIT_SECONDS);
      return;
    }

  decide (self, &state);
}

/**
 * waymark_reminders_check:
 *
 * Looks now: sends what is due and waits for the next time to look.
 */
void
waymark_reminders_check (WaymarkReminders *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = NULL;
  WaymarkReminderState state, could_be;
  WaymarkWindow *window;
  WaymarkStore *store;

  g_return_if_fail (WAYMARK_IS_REMINDERS (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->reading)
    return;

  read_state (self, &state);
  now = g_date_time_new_now_local ();

  /* The plan is read only when something could be due. */
  could_be = state;
  could_be.has_checkin_today = FALSE;
  could_be.next_review = waymark_reminder_day_of (now);
  if (waymark_reminder_due (&could_be, now) == WAYMARK_REMINDER_NONE)
    {
      g_debug ("Reminders looked: nothing due");
      schedule (self, waymark_reminder_next_check (&state, now));
      return;
    }

  path = waymark_store_default_path ();
  window = find_window (self, path);
  store = window ? waymark_window_get_store (window) : NULL;
  if (store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (waymark_reminder_read_plan (store, waymark_reminder_day_of (now), &state, &error))
        decide (self, &state);
      else
        {
          g_debug ("Reminders looked: nothing due, the plan could not be read: %s", error->message);
          schedule (self, G_TIME_SPAN_SECOND * MAX_WAIT_SECONDS);
        }
      return;
    }

  /* Not open here: read it without taking it (it may be open in
   * another Waymark), in a worker thread. */
  self->reading = TRUE;
  waymark_store_open_full_async (path, WAYMARK_STORE_OPEN_EXISTING, WAYMARK_PLAN_LOCK_READ_ONLY, G_PRIORITY_DEFAULT,
                                 self->cancellable, plan_read_cb, g_object_ref (self));
}

static gboolean
timeout_cb (gpointer user_data)
{
  WaymarkReminders *self = user_data;

  self->timeout_id = 0;
  waymark_reminders_check (self);

  return G_SOURCE_REMOVE;
}

/* Looks again after @wait microseconds, or within the hour. Nothing is
 * waited for while no reminder is on. */
static void
schedule (WaymarkReminders *self,
          gint64            wait)
{
  guint seconds;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!g_settings_get_boolean (self->settings, "reminder-checkin") &&
      !g_settings_get_boolean (self->settings, "reminder-review"))
    return;

  if (wait < 0)
    seconds = MAX_WAIT_SECONDS;
  else
    seconds = (guint) CLAMP (wait / G_TIME_SPAN_SECOND + 1, 1, MAX_WAIT_SECONDS);

  self->timeout_id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, seconds, timeout_cb, self, NULL);
  g_source_set_name_by_id (self->timeout_id, "[waymark] reminders");
}

/* Only the default plan's path is honoured: see the top of the file. */
static gboolean
is_default_plan (GVariant *parameter)
{
  g_autofree char *path = waymark_store_default_path ();

  if (g_strcmp0 (g_variant_get_string (parameter, NULL), path) == 0)
    return TRUE;

  g_debug ("A reminder's action named a plan that is not the default one; ignored");
  return FALSE;
}

typedef struct {
  char *action;
  char *target;
} PendingAction;

static void
pending_action_free (gpointer data,
                     GClosure *closure)
{
  PendingAction *pending = data;

  g_free (pending->action);
  g_free (pending->target);
  g_free (pending);
}

static void
activate_in_window (WaymarkWindow *window,
                    const char    *action,
                    const char    *target)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, target ? "s" : NULL, target);
}

static void
store_ready_cb (WaymarkWindow *window,
                GParamSpec    *pspec,
                PendingAction *pending)
{
  if (waymark_window_get_store (window) == NULL)
    return;

  activate_in_window (window, pending->action, pending->target);
  g_signal_handlers_disconnect_by_func (window, store_ready_cb, pending);
}

/* Opens (or shows) the default plan's window and, once the plan is in
 * it, activates @action there. */
static void
open_plan_then (WaymarkReminders *self,
                const char       *action,
                const char       *target)
{
  g_autofree char *path = waymark_store_default_path ();
  GtkWindow *window;
  PendingAction *pending;

  window = self->open_plan (self->application, path);
  if (waymark_window_get_store (WAYMARK_WINDOW (window)) != NULL)
    {
      activate_in_window (WAYMARK_WINDOW (window), action, target);
      return;
    }

  pending = g_new0 (PendingAction, 1);
  pending->action = g_strdup (action);
  pending->target = g_strdup (target);
  g_signal_connect_data (window, "notify::store", G_CALLBACK (store_ready_cb), pending,
                         pending_action_free, 0);
}

static void
open_checkin_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  WaymarkReminders *self = user_data;

  if (!is_default_plan (parameter))
    return;

  g_application_withdraw_notification (G_APPLICATION (self->application), CHECKIN_ID);
  open_plan_then (self, "win.new-checkin", NULL);
}

static void
open_review_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  WaymarkReminders *self = user_data;

  if (!is_default_plan (parameter))
    return;

  g_application_withdraw_notification (G_APPLICATION (self->application), REVIEW_ID);
  open_plan_then (self, "win.show-plan-section", "reviews");
}

static void
settings_changed_cb (WaymarkReminders *self,
                     const char       *key)
{
  if (g_str_equal (key, "reminder-checkin") || g_str_equal (key, "reminder-review") ||
      g_str_equal (key, "shared-computer"))
    {
      gboolean wanted = (g_settings_get_boolean (self->settings, "reminder-checkin") ||
                         g_settings_get_boolean (self->settings, "reminder-review")) &&
                        !g_settings_get_boolean (self->settings, "shared-computer");

      waymark_background_set_autostart (self->application, wanted);
    }

  if (g_str_equal (key, "reminder-checkin") || g_str_equal (key, "reminder-review") ||
      g_str_equal (key, "reminder-time") || g_str_equal (key, "shared-computer"))
    waymark_reminders_check (self);
}

/* A check-in saved today in the person's own plan: the reminder has
 * done its work, and leaves the desktop's list. */
static void
checkin_saved_cb (WaymarkStore     *store,
                  const char       *kind,
                  WaymarkReminders *self)
{
  g_autofree char *path = waymark_store_default_path ();
  WaymarkReminderState state = { 0 };

  if (g_strcmp0 (waymark_store_get_path (store), path) != 0)
    return;

  if (waymark_reminder_read_plan (store, waymark_local_today_julian (), &state, NULL) &&
      state.has_checkin_today)
    g_application_withdraw_notification (G_APPLICATION (self->application), CHECKIN_ID);
}

static void
window_store_cb (WaymarkReminders *self,
                 GParamSpec       *pspec,
                 WaymarkWindow    *window)
{
  WaymarkStore *store = waymark_window_get_store (window);

  if (store != NULL)
    g_signal_connect_object (store, "changed::checkin", G_CALLBACK (checkin_saved_cb), self, 0);

  /* A client's plan opened in place of the person's own, or closed. */
  waymark_reminders_check (self);
}

/* A window closing (a client's plan) or opening may change whether
 * reminders may be sent. */
static void
windows_changed_cb (WaymarkReminders *self,
                    GtkWindow        *window)
{
  waymark_reminders_check (self);
}

static void
window_added_cb (WaymarkReminders *self,
                 GtkWindow        *window)
{
  if (WAYMARK_IS_WINDOW (window))
    g_signal_connect_object (window, "notify::store", G_CALLBACK (window_store_cb), self, G_CONNECT_SWAPPED);
  waymark_reminders_check (self);
}

static gboolean
first_check_cb (gpointer user_data)
{
  waymark_reminders_check (user_data);

  return G_SOURCE_REMOVE;
}

static void
waymark_reminders_dispose (GObject *object)
{
  WaymarkReminders *self = WAYMARK_REMINDERS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (waymark_reminders_parent_class)->dispose (object);
}

static void
waymark_reminders_finalize (GObject *object)
{
  WaymarkReminders *self = WAYMARK_REMINDERS (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (waymark_reminders_parent_class)->finalize (object);
}

static void
waymark_reminders_class_init (WaymarkRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_reminders_dispose;
  object_class->finalize = waymark_reminders_finalize;
}

static void
waymark_reminders_init (WaymarkReminders *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * waymark_reminders_new:
 * @application: the application, which keeps the returned object
 * @settings: Waymark's settings
 * @open_plan: shows a plan in a window, for the notifications' actions
 *
 * Adds app.open-checkin and app.open-review to @application, and looks
 * at once whether a reminder is due.
 *
 * Returns: (transfer full): the reminders
 */
WaymarkReminders *
waymark_reminders_new (GtkApplication      *application,
                       GSettings           *settings,
                       WaymarkOpenPlanFunc  open_plan)
{
  WaymarkReminders *self;
  const GActionEntry actions[] = {
    { "open-checkin", open_checkin_action, "s" },
    { "open-review", open_review_action, "s" },
  };

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WAYMARK_TYPE_REMINDERS, NULL);
  self->application = application;
  self->settings = g_object_ref (settings);
  self->open_plan = open_plan;

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "window-added", G_CALLBACK (window_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "window-removed", G_CALLBACK (windows_changed_cb), self, G_CONNECT_SWAPPED);

  /* The first look once the command line has made its windows, so a
   * client's plan named there is seen. */
  g_idle_add_full (G_PRIORITY_LOW, first_check_cb, g_object_ref (self), g_object_unref);

  return self;
}

/**
 * waymark_reminders_set_shared_computer:
 *
 * Shared computer mode for this process (`waymark --shared-computer`),
 * whatever the setting says: nothing is sent.
 */
/**
 * waymark_reminders_any_on:
 *
 * Returns: whether a reminder is turned on
 */
gboolean
waymark_reminders_any_on (WaymarkReminders *self)
{
  g_return_val_if_fail (WAYMARK_IS_REMINDERS (self), FALSE);

  return g_settings_get_boolean (self->settings, "reminder-checkin") ||
         g_settings_get_boolean (self->settings, "reminder-review");
}

void
waymark_reminders_set_shared_computer (WaymarkReminders *self,
                                       gboolean          shared_computer)
{
  g_return_if_fail (WAYMARK_IS_REMINDERS (self));

  self->shared_computer = !!shared_computer;
  if (shared_computer)
    {
      g_application_withdraw_notification (G_APPLICATION (self->application), CHECKIN_ID);
      g_application_withdraw_notification (G_APPLICATION (self->application), REVIEW_ID);
    }
  waymark_reminders_check (self);
}
