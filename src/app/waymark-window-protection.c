/* waymark-window-protection.c: a window's plan protected by a passphrase:
 * the lock screen, Protect This Plan, Change Passphrase, Remove
 * Protection, Lock Plan, and locking when left alone
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-crisis-copy.h"
#include "waymark-crisis-read-view.h"
#include "waymark-feedback.h"
#include "waymark-idle-lock.h"
#include "waymark-keyring.h"
#include "waymark-plan-protection-tasks.h"
#include "waymark-protect-dialog.h"
#include "waymark-recovery-key-dialog.h"
#include "waymark-settings.h"
#include "waymark-shared-computer.h"
#include "waymark-store-error.h"
#include "waymark-unlock-page.h"
#include "waymark-window-private.h"

/* A protected plan (waymark-plan-protection.h) opens only with its key.
 * When the store refuses to open it (WAYMARK_STORE_ERROR_PROTECTED), the
 * window shows the lock screen (waymark-unlock-page.c); a key remembered
 * on this computer is tried first, in the background. Once the lock
 * screen has the key, it is registered for the plan's path and the plan
 * opens as any other (the window's ::open-plan).
 *
 * Locking (Lock Plan, Ctrl+L; left alone for the chosen minutes,
 * waymark_idle_lock_seconds (); the desktop session locking) saves
 * everything typed, closes the plan, forgets its key and leaves only the
 * lock screen: the pages are destroyed, not hidden. A key remembered on
 * this computer is not used to unlock a plan that locked: it is there
 * only to open it without typing.
 *
 * Protecting, changing the passphrase and removing protection rewrite
 * the closed plan in a worker thread, then open it again; a new recovery
 * key is shown once. */

struct _WaymarkWindowProtection
{
  WaymarkWindow *window;        /* unowned: it owns us */
  GSettings     *settings;
  GCancellable  *cancellable;   /* a keyring lookup */
  guint          idle_id;
  gboolean       protected_plan;
  gboolean       watching_session;
  GDBusConnection *session_bus;
  guint          screensaver_subscription;
};

/* Shared computer mode: the plan locks after 5 minutes unless a time is
 * chosen, and no key is remembered. */
static gboolean
shared_computer (WaymarkWindowProtection *protection)
{
  return waymark_shared_computer_is_forced () ||
         (protection->settings != NULL && g_settings_get_boolean (protection->settings, "shared-computer"));
}

static void
set_enabled (WaymarkWindow *window,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static gboolean
idle_cb (gpointer user_data)
{
  WaymarkWindowProtection *protection = user_data;

  protection->idle_id = 0;
  g_message ("The plan was left alone, so it is saved and locked");
  waymark_window_lock (protection->window);

  return G_SOURCE_REMOVE;
}

/* Input, a plan opening, or a new setting: the idle time starts again. */
static void
restart_idle (WaymarkWindowProtection *protection)
{
  int minutes = g_settings_get_int (protection->settings, "lock-idle-minutes");
  guint seconds;

  g_clear_handle_id (&protection->idle_id, g_source_remove);
  seconds = waymark_idle_lock_seconds (minutes, shared_computer (protection),
                                       protection->protected_plan &&
                                       waymark_window_get_store (protection->window) != NULL);
  if (seconds == 0)
    return;

  protection->idle_id = g_timeout_add_seconds (seconds, idle_cb, protection);
  g_source_set_name_by_id (protection->idle_id, "[waymark] lock when left alone");
}

/**
 * waymark_window_is_protected:
 *
 * Returns: whether the window shows a plan protected by a passphrase
 */
gboolean
waymark_window_is_protected (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);

  return waymark_window_get_store (self) != NULL &&
         waymark_plan_is_protected (waymark_window_get_path (self));
}

/**
 * waymark_window_is_locked:
 *
 * Returns: whether the window shows a protected plan's lock screen
 */
gboolean
waymark_window_is_locked (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);

  return _waymark_window_get_unlock_page (self) != NULL;
}

/* The plan shown changed: which of the menu's items apply to it. */
void
_waymark_window_protection_update (WaymarkWindowProtection *protection)
{
  WaymarkWindow *window = protection->window;
  WaymarkStore *store = waymark_window_get_store (window);
  gboolean writable = store != NULL && !waymark_store_is_read_only (store) &&
                      waymark_window_get_sample (window) == NULL;

  protection->protected_plan = waymark_window_is_protected (window);
  set_enabled (window, "protect-plan", writable && !protection->protected_plan);
  set_enabled (window, "change-passphrase", writable && protection->protected_plan);
  set_enabled (window, "remove-protection", writable && protection->protected_plan);
  set_enabled (window, "lock-plan", store != NULL && protection->protected_plan);
  set_enabled (window, "readable-crisis-plan", writable && protection->protected_plan);
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (window), "readable-crisis-plan")),
                             g_variant_new_boolean (store != NULL && protection->protected_plan &&
                                                    waymark_crisis_copy_exists (waymark_store_get_path (store))));
  restart_idle (protection);
}

/* Lock screen → plan */

static void
remembered_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!waymark_keyring_remember_finish (result, &error))
    {
      g_debug ("The key was not remembered: %s", error->message);
      waymark_show_toast (window, _("This computer’s keyring is not available, so the passphrase will be asked for next time"));
    }
  else
    waymark_show_toast (window, _("Remembered on this computer"));
}

static void
open_with_key (WaymarkWindow  *window,
               const char     *path,
               WaymarkPlanKey *key,
               gboolean        remember)
{
  g_autofree char *plan = g_strdup (path);

  waymark_plan_keys_add (plan, key);
  if (remember)
    {
      g_autofree char *secret = waymark_plan_key_dup_secret (key);

      waymark_keyring_remember_async (plan, secret, NULL, remembered_cb, g_object_ref (window));
      memset (secret, 0, strlen (secret));
    }
  g_signal_emit_by_name (window, "open-plan", plan, FALSE);
}

static void
unlocked_cb (WaymarkUnlockPage       *page,
             WaymarkPlanKey          *key,
             gboolean                 remember,
             WaymarkWindowProtection *protection)
{
  /* Typed before the keyring answered: it need not answer now. */
  g_cancellable_cancel (protection->cancellable);
  open_with_key (protection->window, waymark_unlock_page_get_path (page), key, remember);
}

static void
keyring_lookup_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  WaymarkWindowProtection *protection = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPlanKey) key = NULL;
  char *secret = waymark_keyring_lookup_finish (result, &error);
  GtkWidget *page;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* @protection may be gone */

  page = _waymark_window_get_unlock_page (protection->window);
  if (secret == NULL || page == NULL)
    {
      if (error != NULL)
        g_debug ("No keyring to look for a remembered key in: %s", error->message);
      g_clear_pointer (&secret, g_free);
      return;
    }

  key = waymark_plan_key_new_from_secret (waymark_unlock_page_get_path (WAYMARK_UNLOCK_PAGE (page)), secret, &error);
  memset (secret, 0, strlen (secret));
  g_free (secret);

  if (key != NULL)
    open_with_key (protection->window, waymark_unlock_page_get_path (WAYMARK_UNLOCK_PAGE (page)), key, FALSE);
  else
    {
      /* The passphrase was changed since: the key no longer fits, so it
       * goes, and the lock screen asks. */
      g_debug ("The remembered key no longer opens the plan: %s", error ? error->message : "");
      if (g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE))
        waymark_keyring_forget (waymark_unlock_page_get_path (WAYMARK_UNLOCK_PAGE (page)));
    }
}

/* Show My Crisis Plan on the lock screen: the readable copy, in a window
 * of its own over the lock screen, read-only. */
static void
show_crisis_copy_cb (WaymarkUnlockPage       *page,
                     WaymarkWindowProtection *protection)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *box, *scrolled, *clamp, *view;

  plan = waymark_crisis_copy_read (waymark_unlock_page_get_path (page), &error);
  if (plan == NULL)
    {
      waymark_tell (GTK_WIDGET (protection->window), _("Can’t Show the Crisis Plan"), error->message);
      return;
    }

  window = adw_window_new ();
  gtk_widget_set_name (window, "crisis-copy-window");
  gtk_window_set_title (GTK_WINDOW (window), _("Crisis Plan"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (protection->window));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  gtk_widget_set_size_request (window, 360, 294);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  view = waymark_crisis_read_view_new ();
  gtk_widget_set_margin_top (view, 18);
  gtk_widget_set_margin_bottom (view, 36);
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  waymark_crisis_read_view_show_plan (WAYMARK_CRISIS_READ_VIEW (view), plan);
  adw_clamp_set_child (ADW_CLAMP (clamp), view);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

static GtkWidget *
show_lock_screen (WaymarkWindowProtection *protection,
                  const char              *path)
{
  GtkWidget *page = _waymark_window_show_locked (protection->window, path, !shared_computer (protection));

  g_signal_connect (page, "unlocked", G_CALLBACK (unlocked_cb), protection);
  g_signal_connect (page, "show-crisis-plan", G_CALLBACK (show_crisis_copy_cb), protection);
  return page;
}

/**
 * waymark_window_show_unlock:
 * @self: a window showing no plan
 * @path: a protected plan, which the store would not open without its key
 *
 * Shows the lock screen for @path. A key remembered on this computer is
 * tried at once, in the background: when it fits, the plan opens without
 * a word; otherwise the lock screen asks.
 */
void
waymark_window_show_unlock (WaymarkWindow *self,
                            const char    *path)
{
  WaymarkWindowProtection *protection;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  protection = _waymark_window_get_protection (self);
  show_lock_screen (protection, path);

  g_cancellable_cancel (protection->cancellable);
  g_clear_object (&protection->cancellable);
  if (!shared_computer (protection) && g_getenv ("WAYMARK_TEST_NO_KEYRING") == NULL)
    {
      protection->cancellable = g_cancellable_new ();
      waymark_keyring_lookup_async (path, protection->cancellable, keyring_lookup_cb, protection);
    }
}

/**
 * waymark_window_lock:
 * @self: the window
 *
 * Lock Plan (win.lock-plan, Ctrl+L), and what happens when the plan is
 * left alone or the session locks: everything typed is saved, the plan
 * is closed and its key forgotten, and the window shows only the lock
 * screen. An editor holding something that can't be kept (a goal with
 * no title) goes with it: nobody may be there to answer, and the plan
 * must not stay on show.
 *
 * Returns: whether a protected plan was locked
 */
gboolean
waymark_window_lock (WaymarkWindow *self)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);

  if (!waymark_window_is_protected (self))
    return FALSE;

  path = g_strdup (waymark_window_get_path (self));
  if (!waymark_window_let_go (self))
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      g_autoptr(GPtrArray) dialogs = g_ptr_array_new_with_free_func (g_object_unref);

      g_message ("An editor held something that could not be kept; it goes as the plan locks");
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (gtk_window_get_transient_for (window) == GTK_WINDOW (self))
            g_ptr_array_add (dialogs, g_object_ref (window));
        }
      for (guint i = 0; i < dialogs->len; i++)
        gtk_window_destroy (dialogs->pdata[i]);
    }

  g_set_object (&store, waymark_window_get_store (self));
  waymark_window_set_store (self, NULL);
  waymark_store_close (store);
  g_clear_object (&store);
  waymark_plan_keys_forget (path);
  /* A remembered key still being looked up must not unlock it again. */
  g_cancellable_cancel (_waymark_window_get_protection (self)->cancellable);

  show_lock_screen (_waymark_window_get_protection (self), path);
  return TRUE;
}

static void
lock_plan_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  waymark_window_lock (WAYMARK_WINDOW (user_data));
}

/* Protect, change, remove */

typedef struct
{
  GWeakRef                  window;
  char                     *path;
  WaymarkProtectDialogMode  mode;
  char                     *current;
  char                     *new_passphrase;
} Change;

static void
wipe (char *text)
{
  if (text != NULL)
    {
      memset (text, 0, strlen (text));
      g_free (text);
    }
}

static void
change_free (Change *change)
{
  g_weak_ref_clear (&change->window);
  g_free (change->path);
  wipe (change->current);
  wipe (change->new_passphrase);
  g_free (change);
}

static void
change_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Change *change = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&change->window);
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(GError) error = NULL;
  char *recovery_key = NULL;
  gboolean done;

  done = waymark_plan_protection_run_finish (result, &key, &recovery_key, &error);

  if (done && key != NULL)
    waymark_plan_keys_add (change->path, key);
  /* A remembered key fits the old passphrase only. */
  if (done && change->mode != WAYMARK_PROTECT_DIALOG_PROTECT)
    waymark_keyring_forget (change->path);
  /* A plain plan needs no readable copy of its crisis plan beside it. */
  if (done && change->mode == WAYMARK_PROTECT_DIALOG_REMOVE)
    waymark_crisis_copy_remove (change->path, NULL);

  if (window != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window)))
    {
      /* The plan opens again, changed or not. */
      g_signal_emit_by_name (window, "open-plan", change->path, FALSE);

      if (recovery_key != NULL)
        gtk_window_present (GTK_WINDOW (waymark_recovery_key_dialog_new (GTK_WINDOW (window), recovery_key)));
      else if (done)
        waymark_show_toast (GTK_WIDGET (window), _("The plan is no longer protected by a passphrase"));
      else if (g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE))
        waymark_tell (GTK_WIDGET (window), _("Nothing Was Changed"),
                      _("That passphrase does not open this plan. Check Caps Lock and try again."));
      else
        waymark_tell (GTK_WIDGET (window), _("Nothing Was Changed"), error->message);
    }

  wipe (recovery_key);
  change_free (change);
}

static const WaymarkPlanProtectionStep steps[] = {
  [WAYMARK_PROTECT_DIALOG_PROTECT] = WAYMARK_PLAN_PROTECT,
  [WAYMARK_PROTECT_DIALOG_CHANGE] = WAYMARK_PLAN_CHANGE_PASSPHRASE,
  [WAYMARK_PROTECT_DIALOG_REMOVE] = WAYMARK_PLAN_UNPROTECT,
};

/* Once the dialog has gone: the plan is saved and closed, rewritten in
 * a worker thread, and opened again. */
static void
start_change (gpointer user_data)
{
  Change *change = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&change->window);
  g_autoptr(WaymarkStore) store = NULL;

  if (window == NULL || gtk_widget_in_destruction (GTK_WIDGET (window)) ||
      g_strcmp0 (waymark_window_get_path (window), change->path) != 0 ||
      !waymark_window_let_go (window))
    {
      change_free (change);
      return;
    }

  g_set_object (&store, waymark_window_get_store (window));
  waymark_window_set_store (window, NULL);
  if (store != NULL)
    waymark_store_close (store);
  waymark_window_set_loading (window, change->path);

  waymark_plan_protection_run_async (change->path, steps[change->mode], change->current,
                                     change->new_passphrase, NULL, change_done_cb, change);
}

static void
dialog_response_cb (WaymarkProtectDialog *dialog,
                    const char           *response,
                    WaymarkWindow        *window)
{
  Change *change;

  if (g_str_equal (response, "cancel") || waymark_window_get_path (window) == NULL)
    return;

  change = g_new0 (Change, 1);
  g_weak_ref_init (&change->window, window);
  change->path = g_strdup (waymark_window_get_path (window));
  change->mode = waymark_protect_dialog_get_mode (dialog);
  change->current = g_strdup (waymark_protect_dialog_get_current (dialog));
  change->new_passphrase = g_strdup (waymark_protect_dialog_get_new_passphrase (dialog));

  /* Not while the dialog is still answering: letting go of the plan
   * closes every dialog of the window. */
  g_idle_add_once (start_change, change);
}

static void
ask (WaymarkWindow            *window,
     WaymarkProtectDialogMode  mode)
{
  GtkWidget *dialog;

  if (waymark_window_get_store (window) == NULL)
    return;

  dialog = waymark_protect_dialog_new (GTK_WINDOW (window), mode);
  g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
protect_plan_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  ask (user_data, WAYMARK_PROTECT_DIALOG_PROTECT);
}

static void
change_passphrase_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  ask (user_data, WAYMARK_PROTECT_DIALOG_CHANGE);
}

static void
remove_protection_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  ask (user_data, WAYMARK_PROTECT_DIALOG_REMOVE);
}

/* Keep the crisis plan readable: off unless chosen, and explained before
 * it is turned on, since the copy beside the plan is not protected. */

static void
set_readable_crisis_plan (WaymarkWindow *window,
                          gboolean       readable)
{
  WaymarkStore *store = waymark_window_get_store (window);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (store == NULL)
    return;

  done = readable ? waymark_crisis_copy_write (store, &error)
                  : waymark_crisis_copy_remove (waymark_store_get_path (store), &error);
  if (!done)
    waymark_tell (GTK_WIDGET (window), _("Nothing Was Changed"), error->message);
  else
    waymark_show_toast (GTK_WIDGET (window),
                        readable ? _("Your crisis plan can now be read without the passphrase")
                                 : _("Your crisis plan is protected again, with the rest of the plan"));
  _waymark_window_protection_update (_waymark_window_get_protection (window));
}

static void
readable_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      WaymarkWindow    *window)
{
  if (g_str_equal (response, "readable"))
    set_readable_crisis_plan (window, TRUE);
}

static void
readable_crisis_plan_action (GSimpleAction *action,
                             GVariant      *state,
                             gpointer       user_data)
{
  WaymarkWindow *window = WAYMARK_WINDOW (user_data);
  AdwMessageDialog *dialog;

  if (!g_variant_get_boolean (state))
    {
      set_readable_crisis_plan (window, FALSE);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
    _("Keep Your Crisis Plan Readable?"),
    _("In a crisis, a forgotten passphrase should not stand between you and the people you can call. "
      "Your crisis plan, and nothing else of your plan, will be kept in a small file beside it that opens "
      "without the passphrase: anyone who can read your files can read it. "
      "The lock screen then offers Show My Crisis Plan.")));
  gtk_widget_set_name (GTK_WIDGET (dialog), "readable-crisis-plan-dialog");
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "readable", _("_Keep It Readable"));
  adw_message_dialog_set_response_appearance (dialog, "readable", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (readable_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Watching for input, settings and the session */

static gboolean
key_cb (GtkEventControllerKey   *controller,
        guint                    keyval,
        guint                    keycode,
        GdkModifierType          state,
        WaymarkWindowProtection *protection)
{
  restart_idle (protection);
  return GDK_EVENT_PROPAGATE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WaymarkWindowProtection  *protection)
{
  restart_idle (protection);
}

static void
click_cb (GtkGestureClick         *gesture,
          int                      n_press,
          double                   x,
          double                   y,
          WaymarkWindowProtection *protection)
{
  restart_idle (protection);
}

/* The desktop session locked (GtkApplication:screensaver-active, which
 * needs register-session): a protected plan locks too. */
static void
screensaver_cb (GtkApplication *application,
                GParamSpec     *pspec,
                WaymarkWindow  *window)
{
  WaymarkWindowProtection *protection = _waymark_window_get_protection (window);
  gboolean active = FALSE;

  g_object_get (application, "screensaver-active", &active, NULL);
  if (active && protection->protected_plan)
    {
      g_message ("The session locked, so the plan is saved and locked");
      waymark_window_lock (protection->window);
    }
}

/* The same word straight from the screen saver (org.gnome.ScreenSaver's
 * ActiveChanged on the session bus), as shared computer mode listens:
 * GtkApplication:screensaver-active only follows it under a session
 * manager that Waymark registered with. */
static void
screensaver_signal_cb (GDBusConnection *connection,
                       const char      *sender_name,
                       const char      *object_path,
                       const char      *interface_name,
                       const char      *signal_name,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  WaymarkWindowProtection *protection = user_data;
  gboolean active = FALSE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &active);

  if (active && protection->protected_plan)
    {
      g_message ("The screen locked, so the plan is saved and locked");
      waymark_window_lock (protection->window);
    }
}

static void
settings_changed_cb (GSettings     *settings,
                     const char    *key,
                     WaymarkWindow *window)
{
  WaymarkWindowProtection *protection = _waymark_window_get_protection (window);

  if (g_str_equal (key, "lock-idle-minutes") || g_str_equal (key, "shared-computer"))
    restart_idle (protection);
}

/* GtkWindow:application is set after construction. */
static void
application_cb (WaymarkWindow           *window,
                GParamSpec              *pspec,
                WaymarkWindowProtection *protection)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  if (application == NULL || protection->watching_session)
    return;

  protection->watching_session = TRUE;
  g_signal_connect_object (application, "notify::screensaver-active", G_CALLBACK (screensaver_cb), window, 0);

  protection->session_bus = g_application_get_dbus_connection (G_APPLICATION (application));
  if (protection->session_bus != NULL)
    {
      g_object_ref (protection->session_bus);
      protection->screensaver_subscription =
        g_dbus_connection_signal_subscribe (protection->session_bus, NULL, "org.gnome.ScreenSaver",
                                            "ActiveChanged", "/org/gnome/ScreenSaver", NULL,
                                            G_DBUS_SIGNAL_FLAGS_NONE, screensaver_signal_cb, protection, NULL);
    }
}

WaymarkWindowProtection *
_waymark_window_protection_new (WaymarkWindow *window)
{
  static const GActionEntry actions[] = {
    { "protect-plan", protect_plan_action },
    { "change-passphrase", change_passphrase_action },
    { "remove-protection", remove_protection_action },
    { "lock-plan", lock_plan_action },
    { "readable-crisis-plan", NULL, NULL, "false", readable_crisis_plan_action },
  };
  WaymarkWindowProtection *protection = g_new0 (WaymarkWindowProtection, 1);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  protection->window = window;
  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);

  /* Input anywhere in the window, before any widget in it takes it. */
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (motion, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_cb), protection);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), protection);
  g_signal_connect (click, "pressed", G_CALLBACK (click_cb), protection);
  gtk_widget_add_controller (GTK_WIDGET (window), key);
  gtk_widget_add_controller (GTK_WIDGET (window), motion);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (click));

  protection->settings = g_object_ref (waymark_settings_get ());
  g_signal_connect_object (protection->settings, "changed", G_CALLBACK (settings_changed_cb), window, 0);
  g_signal_connect (window, "notify::application", G_CALLBACK (application_cb), protection);
  _waymark_window_protection_update (protection);

  return protection;
}

void
_waymark_window_protection_free (WaymarkWindowProtection *protection)
{
  g_cancellable_cancel (protection->cancellable);
  g_clear_object (&protection->cancellable);
  g_clear_handle_id (&protection->idle_id, g_source_remove);
  if (protection->screensaver_subscription != 0)
    g_dbus_connection_signal_unsubscribe (protection->session_bus, protection->screensaver_subscription);
  g_clear_object (&protection->session_bus);
  g_signal_handlers_disconnect_by_data (protection->window, protection);
  if (protection->settings != NULL)
    g_signal_handlers_disconnect_by_func (protection->settings, settings_changed_cb, protection->window);
  g_clear_object (&protection->settings);
  g_free (protection);
}
