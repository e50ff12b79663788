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

/* What the "Discard?" question acts on when it is answered. */
typedef struct
{
  GWeakRef           window;
  WaymarkDiscardFunc discard;
} Discard;

static void
discard_free (Discard *discard)
{
  g_weak_ref_clear (&discard->window);
  g_free (discard);
}

static void
free_discard (gpointer  data,
              GClosure *closure)
{
  discard_free (data);
}

static gboolean
discard_later_cb (gpointer user_data)
{
  Discard *discard = user_data;
  g_autoptr(GtkWindow) window = g_weak_ref_get (&discard->window);

  if (window != NULL)
    discard->discard (window);
  return G_SOURCE_REMOVE;
}

static void
ask_to_discard_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            Discard          *discard)
{
  g_autoptr(GtkWindow) window = g_weak_ref_get (&discard->window);
  Discard *later;

  /* The question is still on its way out when it answers, and it is
   * the window's own: the window goes once the question has. */
  if (g_strcmp0 (response, "discard") != 0 || window == NULL)
    return;

  later = g_new0 (Discard, 1);
  g_weak_ref_init (&later->window, window);
  later->discard = discard->discard;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, discard_later_cb, later, (GDestroyNotify) discard_free);
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
  Discard *data;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (discard != NULL);

  data = g_new0 (Discard, 1);
  g_weak_ref_init (&data->window, window);
  data->discard = discard;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", keep_label,
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_data (dialog, "response", G_CALLBACK (ask_to_discard_response_cb),
                         data, free_discard, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What Undo needs: the deletion and the store it was made in. */
typedef struct
{
  WaymarkStore    *store;
  WaymarkDeletion *deletion;
} Undo;

static void
free_undo (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  waymark_deletion_free (undo->deletion);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!waymark_store_undo_delete (undo->store, undo->deletion, &error))
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

/**
 * waymark_add_toast:
 * @anywhere: a widget in the window that should say it, or in a dialog
 *   of that window
 * @toast: (transfer full): what to say
 *
 * The window a page is in owns the toasts: a page, a row or a dialog
 * (such as an editor, transient for the window) asks that window to
 * show @toast through its "add-toast" signal. Outside such a window
 * (a widget test of one page) the toast is dropped.
 */
void
waymark_add_toast (GtkWidget *anywhere,
                   AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (anywhere));
  g_return_if_fail (ADW_IS_TOAST (toast));

  root = gtk_widget_get_root (anywhere);
  while (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));

  if (root != NULL && g_signal_lookup ("add-toast", G_OBJECT_TYPE (root)) != 0)
    g_signal_emit_by_name (root, "add-toast", toast);
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
  AdwToast *toast;

  g_message ("%s", message);

  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  waymark_add_toast (anywhere, toast);
}

/**
 * waymark_tell:
 * @anywhere: a widget in the window the message is about (or that window)
 * @heading: what happened, such as "Can’t Open This Plan"
 * @body: why, and what the person can do
 *
 * Says something that needs reading before going on, in a message with
 * one Close button over @anywhere's window; Escape and Enter close it.
 */
void
waymark_tell (GtkWidget  *anywhere,
              const char *heading,
              const char *body)
{
  GtkRoot *root = anywhere ? gtk_widget_get_root (anywhere) : NULL;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
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
  waymark_add_toast (anywhere, adw_toast_new (message));
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
  AdwToast *toast = adw_toast_new (message);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (store);
  undo->deletion = deletion;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, free_undo, 0);
  waymark_add_toast (anywhere, toast);
}
