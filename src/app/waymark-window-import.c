/* waymark-window-import.c: File → Import… and Undo Import for the plan a window has open
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-import-dialog.h"
#include "waymark-import-sources.h"
#include "waymark-window-private.h"

/* A file chosen, its preview (waymark-import-dialog.c), and after Import
 * a toast whose Undo takes out exactly that import (win.undo-import,
 * waymark_import_undo ()). A file that can't be imported gets one
 * message saying why, naming the line, and the plan is not touched. */

static void
imported_cb (WaymarkWindow *self,
             gint64         batch_id,
             guint          n_added,
             guint          n_skipped)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (n_added == 0)
    {
      /* Translators: a toast after an import that found nothing new; %u is how many records. */
      message = g_strdup_printf (ngettext ("Nothing new to import: its %u record is in the plan already",
                                           "Nothing new to import: its %u records are in the plan already",
                                           n_skipped),
                                 n_skipped);
      waymark_show_toast (GTK_WIDGET (self), message);
      return;
    }

  /* Translators: a toast after an import; %u is how many records. */
  message = g_strdup_printf (ngettext ("Imported %u record", "Imported %u records", n_added), n_added);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-import");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (batch_id));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  waymark_add_toast (GTK_WIDGET (self), toast);
}

static void
import_response_cb (WaymarkWindow        *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  WaymarkStore *store = waymark_window_get_store (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);

  if (path != NULL)
    {
      WaymarkImportDialog *dialog = waymark_import_dialog_new (GTK_WINDOW (self), store, path, &error);

      if (dialog == NULL)
        {
          waymark_tell (GTK_WIDGET (self), _("Can’t Import This File"), error->message);
          return;
        }
      g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  g_autoptr(GtkFileFilter) importable = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (waymark_window_get_store (self) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (importable, _("Exports of Daylio, Loop Habit Tracker, Bearable, iMoodJournal, eMoods, Pixels and Waymark"));
  gtk_file_filter_add_mime_type (importable, "text/csv");
  gtk_file_filter_add_mime_type (importable, "application/zip");
  gtk_file_filter_add_mime_type (importable, "application/json");
  gtk_file_filter_add_pattern (importable, "*.csv");
  gtk_file_filter_add_pattern (importable, "*.zip");
  gtk_file_filter_add_pattern (importable, "*.daylio");
  gtk_file_filter_add_pattern (importable, "*.emoods");
  gtk_file_filter_add_pattern (importable, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), importable);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
undo_import_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  WaymarkStore *store = waymark_window_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_removed = 0;

  if (store == NULL)
    return;
  if (!waymark_import_undo (store, g_variant_get_int64 (parameter), &n_removed, &error))
    {
      waymark_tell (GTK_WIDGET (self), _("Can’t Undo the Import"), error->message);
      return;
    }
  /* Translators: a toast after Undo Import; %u is how many records. */
  message = g_strdup_printf (ngettext ("Import undone: %u record taken out",
                                       "Import undone: %u records taken out", n_removed),
                             n_removed);
  waymark_show_toast (GTK_WIDGET (self), message);
}

static void
undo_clicked_cb (GtkButton *button,
                 GtkWindow *dialog)
{
  GtkWindow *window = gtk_window_get_transient_for (dialog);
  GVariant *batch_id = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

  /* The dialog is a window of its own: the action is the plan window's. */
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.undo-import", batch_id);
  gtk_window_destroy (dialog);
}

/* The plan's imports, newest first, each with Undo: for an import whose
 * toast has gone. */
static void
imports_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  WaymarkStore *store = waymark_window_get_store (self);
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (store == NULL)
    return;
  batches = waymark_import_list_batches (store, &error);
  if (batches == NULL)
    {
      waymark_tell (GTK_WIDGET (self), _("Can’t Undo the Import"), error->message);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Imports"),
                                                       batches->len > 0
                                                         ? _("Undo takes out exactly what that import added; "
                                                             "everything else in the plan stays.")
                                                         : _("Nothing has been imported into this plan")));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Imports into this plan, newest first"), -1);
  for (guint i = batches->len; i > 0; i--)
    {
      WaymarkImportBatch *batch = g_ptr_array_index (batches, i - 1);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (batch->imported_at, NULL);
      g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
      /* Translators: when an import was made; a strftime format. */
      g_autofree char *when = local ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : g_strdup (batch->imported_at);
      /* Translators: an import in the list: when, then how many records it added. */
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%s · %u record", "%s · %u records", batch->n_records),
                                                   when, batch->n_records);
      /* Translators: %s is an imported file's name. */
      g_autofree char *label = g_strdup_printf (_("Undo the import of %s"), batch->file_name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Undo"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), batch->file_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (button, "undo-import");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (button, label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", batch->id);
      g_signal_connect_object (button, "clicked", G_CALLBACK (undo_clicked_cb), dialog, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  if (batches->len > 0)
    adw_message_dialog_set_extra_child (dialog, list);
  else
    g_object_unref (g_object_ref_sink (list));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Gives @self its win.import, win.imports and win.undo-import actions. */
void
_waymark_window_add_import_actions (WaymarkWindow *self)
{
  static const GActionEntry actions[] = {
    { "import", import_action },
    { "imports", imports_action },
    { "undo-import", undo_import_action, "x" },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
}
