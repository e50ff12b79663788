/* waymark-feedback.c: how a page or dialog tells the person what happened
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"

/* Errors and deletions are said in a toast of the window, with Undo for
 * a deletion; nothing typed is thrown away without asking. */

static gboolean
discard_later_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  WaymarkDiscardFunc discard = g_object_get_data (G_OBJECT (window), "waymark-discard");

  discard (window);
  return G_SOURCE_REMOVE;
}

static void
ask_to_discard_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            GtkWindow        *window)
{
  /* The question is still on its way out when it answers, and it is
   * the window's own: the window goes once the question has. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, discard_later_cb, g_object_ref (window), g_object_unref);
}

/**
 * waymark_ask_to_discard:
 * @window: the editor or dialog holding something not kept
 * @heading: the question, such as "Discard This Entry?"
 * @body: (nullable): what would be lost, or why it can't be kept
 * @keep_label: the other answer, such as "_Keep Editing"
 * @discard: called with @window if the person chooses to discard
 *
 * Nothing typed is lost without the person saying so: asks, with
 * "Discard" drawn as destructive and keeping as the default (and what
 * Escape answers).
 */
void
waymark_ask_to_discard (GtkWindow          *window,
                        const char         *heading,
                        const char         *body,
                        const char         *keep_label,
                        WaymarkDiscardFunc  discard)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (discard != NULL);

  g_object_set_data (G_OBJECT (window), "waymark-discard", discard);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", keep_label,
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_to_discard_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
free_deletion (gpointer  deletion,
               GClosure *closure)
{
  waymark_deletion_free (deletion);
}

static void
undo_clicked_cb (AdwToast        *toast,
                 WaymarkDeletion *deletion)
{
  WaymarkStore *store = g_object_get_data (G_OBJECT (toast), "waymark-store");
  g_autoptr(GError) error = NULL;

  if (!waymark_store_undo_delete (store, deletion, &error))
    g_message ("Could not undo: %s", error->message);
}

/**
 * waymark_ellipsize:
 * @text: UTF-8 text
 * @max_chars: the most characters to keep
 *
 * Returns: (transfer full): @text, cut to @max_chars with "…" if longer
 */
char *
waymark_ellipsize (const char *text,
                   guint       max_chars)
{
  glong length = g_utf8_strlen (text, -1);

  if (length <= max_chars)
    return g_strdup (text);

  {
    g_autofree char *start = g_utf8_substring (text, 0, max_chars);
    return g_strconcat (start, "…", NULL);
  }
}

static GtkWidget *
find_toast_overlay (GtkWidget *anywhere)
{
  GtkRoot *root = gtk_widget_get_root (anywhere);

  if (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));

  for (GtkWidget *child = GTK_WIDGET (root); child != NULL; child = gtk_widget_get_first_child (child))
    if (ADW_IS_TOAST_OVERLAY (child))
      return child;

  return NULL;
}

/**
 * waymark_show_error:
 * @anywhere: a widget in the window that should say it
 * @message: what went wrong, for the person
 *
 * Says that a change was not kept, in a toast; never only in a log.
 */
void
waymark_show_error (GtkWidget  *anywhere,
                    const char *message)
{
  GtkWidget *overlay = find_toast_overlay (anywhere);
  AdwToast *toast;

  g_message ("%s", message);
  if (overlay == NULL)
    return;

  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * waymark_show_toast:
 * @anywhere: a widget in the window that should say it
 * @message: what happened, such as "Check-in saved"
 */
void
waymark_show_toast (GtkWidget  *anywhere,
                    const char *message)
{
  GtkWidget *overlay = find_toast_overlay (anywhere);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/**
 * waymark_offer_undo:
 * @anywhere: a widget in the window that should show the toast
 * @store: the store @deletion was made in
 * @deletion: (transfer full): what was deleted
 * @message: what the toast says, such as "Goal deleted"
 *
 * Shows a toast with Undo; the deletion is kept until the toast goes.
 */
void
waymark_offer_undo (GtkWidget       *anywhere,
                    WaymarkStore    *store,
                    WaymarkDeletion *deletion,
                    const char      *message)
{
  GtkWidget *overlay = find_toast_overlay (anywhere);
  AdwToast *toast;

  if (overlay == NULL)
    {
      waymark_deletion_free (deletion);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "waymark-store", g_object_ref (store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         deletion, free_deletion, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
