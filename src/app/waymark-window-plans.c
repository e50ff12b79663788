/* waymark-window-plans.c: a window's plan coming and going: Close Plan,
 * the welcome's actions, and letting go before another plan is shown
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include "waymark-autosave.h"
#include "waymark-plan-protection.h"
#include "waymark-record-editor.h"
#include "waymark-window-private.h"

/* One client at a time in a window: Open Plan replaces the plan a window
 * shows (the application opens the new one, then the window lets go of
 * the old one), and Close Plan leaves the window on a neutral start.
 * Either way, everything typed is written first, editors save and close,
 * and no dialog showing something of the old plan stays behind. */

/* An editor open on this plan saves as the window closes; one that
 * holds something it can't keep (a goal with no title) is shown instead,
 * so nothing typed is thrown away unasked. */
gboolean
_waymark_window_editors_let_go (WaymarkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GList) windows = app ? g_list_copy (gtk_application_get_windows (app)) : NULL;

  for (GList *l = windows; l; l = l->next)
    if (WAYMARK_IS_RECORD_EDITOR (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (self) &&
        !waymark_record_editor_save_now (l->data))
      {
        gtk_window_present (l->data);
        return FALSE;
      }

  return TRUE;
}

/**
 * waymark_window_let_go:
 * @self: the window
 *
 * Gets the window ready to show another plan, or none: everything typed
 * is written, open editors save, and every dialog of the window (an
 * editor, a questionnaire, a message about the plan) closes.
 *
 * Returns: %FALSE when an editor holds something that can't be kept (a
 *   goal with no title); it is shown, and the plan stays
 */
gboolean
waymark_window_let_go (WaymarkWindow *self)
{
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *toplevels;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);

  waymark_autosave_flush_all ();
  if (!_waymark_window_editors_let_go (self))
    return FALSE;

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WINDOW (self) && gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (dialogs, g_object_ref (window));
    }
  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_destroy (dialogs->pdata[i]);

  return TRUE;
}

/**
 * waymark_window_close_plan:
 * @self: the window
 *
 * Close Plan (win.close-plan, Ctrl+W): everything typed is written, the
 * plan is closed (its lock released, a sample plan's folder removed) and
 * the window shows a neutral start that shows nothing of whose plan it
 * was: not their name, not a list of plans. A protected plan's key is
 * forgotten, so opening it again asks for the passphrase. Shared-computer
 * mode calls it when the computer is left.
 *
 * Returns: %FALSE when an editor holds something that can't be kept; it
 *   is shown and the plan stays open
 */
gboolean
waymark_window_close_plan (WaymarkWindow *self)
{
  g_autoptr(WaymarkStore) store = NULL;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);

  if (!waymark_window_let_go (self))
    return FALSE;

  /* Closed now, not when the last reference goes: its lock is released
   * for whoever opens it next. */
  g_set_object (&store, waymark_window_get_store (self));
  waymark_window_set_store (self, NULL);
  if (store != NULL)
    {
      waymark_store_close (store);
      /* A protected plan's key goes with it: opening it again asks. */
      if (waymark_plan_is_protected (waymark_store_get_path (store)))
        waymark_plan_keys_forget (waymark_store_get_path (store));
    }
  _waymark_window_show_closed (self);

  return TRUE;
}

static void
close_plan_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);

  /* Ctrl+W in a window with no plan closes the window. */
  if (waymark_window_get_store (self) == NULL)
    gtk_window_close (GTK_WINDOW (self));
  else
    waymark_window_close_plan (self);
}

/* The welcome's Start My Plan: Today, where a new plan shows one gentle
 * first step (a thing to do each day, which leads into the plan), a mood
 * in one tap and the crisis plan one step away, rather than a long form
 * to fill in before anything else. */
static void
start_plan_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  waymark_window_show_page (WAYMARK_WINDOW (user_data), "today");
}

/* The welcome's Look Around With a Sample Plan: the application makes
 * the sample and opens it here. */
static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_signal_emit_by_name (user_data, "open-sample");
}

void
_waymark_window_add_plan_actions (WaymarkWindow *self)
{
  static const GActionEntry actions[] = {
    { "close-plan", close_plan_action },
    { "start-plan", start_plan_action },
    { "open-sample", open_sample_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
}
