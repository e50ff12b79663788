/* waymark-editor-keys.c: the keys every editor shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-editor-keys"

#include "config.h"

#include "waymark-editor-keys.h"

/* Ctrl+Enter saves and closes every editor, wherever the focus is. A
 * binding on the editor's class runs only after the focused widget had
 * its turn, and a multi-line note (GtkTextView) takes Ctrl+Enter as a
 * new line, so the shortcut is caught on its way down instead (the
 * capture phase), before it reaches the note. */

/**
 * waymark_editor_keys_install:
 * @editor: an editor's window
 * @save_action: the action that saves and closes it, such as "editor.save"
 *
 * Makes Ctrl+Enter (either Enter key) activate @save_action from
 * anywhere in @editor, a multi-line text included.
 */
void
waymark_editor_keys_install (GtkWidget  *editor,
                             const char *save_action)
{
  static const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (editor));
  g_return_if_fail (save_action != NULL);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "waymark-editor-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new (save_action)));

  gtk_widget_add_controller (editor, controller);
}

/* The GtkText inside an entry, an AdwEntryRow or a spin button. */
static GtkWidget *
text_of_editable (GtkWidget *widget)
{
  while (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    {
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));

      if (delegate == NULL || GTK_WIDGET (delegate) == widget)
        return NULL;
      widget = GTK_WIDGET (delegate);
    }

  return GTK_IS_TEXT (widget) ? widget : NULL;
}

/**
 * waymark_focus_without_selecting:
 * @widget: a widget that can hold the focus, or one with such a child
 *
 * Gives @widget (or its first focusable child) the keyboard focus. A
 * text field gets the cursor at its end and nothing selected, so the
 * first key pressed never replaces what was written there.
 */
void
waymark_focus_without_selecting (GtkWidget *widget)
{
  GtkWidget *text;
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  text = text_of_editable (widget);
  if (text != NULL && gtk_widget_get_focusable (text))
    {
      gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
      return;
    }

  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);

  /* Moving into a container may land in a text field, which selects
   * all it holds as it takes the focus: undo that. */
  root = gtk_widget_get_root (widget);
  focus = root ? gtk_root_get_focus (root) : NULL;
  if (GTK_IS_TEXT (focus) && gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL))
    {
      int end = gtk_editable_get_position (GTK_EDITABLE (focus));

      gtk_editable_select_region (GTK_EDITABLE (focus), end, end);
    }
}

static void
editor_mapped_cb (GtkWidget *editor,
                  GtkWidget *first_field)
{
  g_signal_handlers_disconnect_by_func (editor, editor_mapped_cb, first_field);
  if (gtk_widget_is_ancestor (first_field, editor))
    waymark_focus_without_selecting (first_field);
}

/**
 * waymark_editor_keys_focus_first_on_map:
 * @editor: an editor's window, not yet shown
 * @first_field: its first field
 *
 * When @editor is shown, the focus goes to @first_field rather than the
 * first button in the header, so someone who starts typing at once
 * types into the record instead of pressing Done.
 */
void
waymark_editor_keys_focus_first_on_map (GtkWindow *editor,
                                        GtkWidget *first_field)
{
  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (GTK_IS_WIDGET (first_field));

  g_signal_connect_object (editor, "map", G_CALLBACK (editor_mapped_cb), first_field, G_CONNECT_AFTER);
}
