/* waymark-window-keys.c: the window's keys: a page switch that takes the
 * focus into the page, Ctrl+Z for the last Undo, Ctrl+P for the page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include "waymark-editor-keys.h"
#include "waymark-window-private.h"

/* Ctrl+Z is the bubble phase's: a text field with something to undo
 * undoes its own typing first (GtkText's binding runs before the
 * window's), and only then does Ctrl+Z reach the last toast's Undo.
 * Ctrl+P asks the page on show to print through its "page.print"
 * action; a page with nothing to print has none, and nothing happens. */

/* How many frames a page has to make its content before the focus stops
 * looking for a place in it: the pages are made after the frame that
 * first shows them (WaymarkPage). */
#define FOCUS_FRAMES 30

static gboolean
focus_is_inside (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == page || gtk_widget_is_ancestor (focus, page));
}

static gboolean
focus_page_tick_cb (GtkWidget     *page,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  guint *frames = user_data;

  if (!gtk_widget_get_mapped (page) || focus_is_inside (page) || ++*frames > FOCUS_FRAMES)
    return G_SOURCE_REMOVE;

  waymark_focus_without_selecting (page);

  return focus_is_inside (page) ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/**
 * _waymark_window_focus_page:
 * @self: the window
 * @page: the page just switched to
 *
 * Moves the keyboard focus off the page switcher into @page, to its
 * first control, so one tab doesn't keep a focus ring as if two were
 * chosen. A text field gets the focus with nothing selected, so no key
 * can replace what it holds. A page still being made gets a few frames
 * to have something to focus.
 */
void
_waymark_window_focus_page (WaymarkWindow *self,
                            GtkWidget     *page)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (focus_is_inside (page))
    return;

  /* Off the tab, even if the page has nothing to focus yet. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  waymark_focus_without_selecting (page);
  if (!focus_is_inside (page))
    gtk_widget_add_tick_callback (page, focus_page_tick_cb, g_new0 (guint, 1), g_free);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  g_autoptr(AdwToast) toast = _waymark_window_take_undo_toast (self);
  const char *action_name;

  if (toast == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* As if its Undo button had been pressed. */
  action_name = adw_toast_get_action_name (toast);
  if (action_name != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self), action_name,
                                        adw_toast_get_action_target_value (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
}

static void
print_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWidget *page = _waymark_window_get_visible_page (WAYMARK_WINDOW (user_data));

  if (page != NULL)
    gtk_widget_activate_action (page, "page.print", NULL);
}

static const GActionEntry key_actions[] = {
  { "undo", undo_action },
  { "print", print_action },
};

/**
 * _waymark_window_add_key_actions:
 *
 * Adds win.undo (on Ctrl+Z, after any text field had its turn) and
 * win.print; the application gives win.print its Ctrl+P.
 */
void
_waymark_window_add_key_actions (WaymarkWindow *self)
{
  GtkEventController *controller;

  g_action_map_add_action_entries (G_ACTION_MAP (self), key_actions, G_N_ELEMENTS (key_actions), self);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "waymark-window-undo");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
