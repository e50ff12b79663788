/* waymark-window-export.c: File → Export Everything… for the plan a window has open
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-export-all.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-plain-export.h"
#include "waymark-window-private.h"

/* The whole plan as a zip of open formats (waymark-export-all.c), saved
 * where the person chooses; the same file as `waymark --export-all`. */

static void
export_all_response_cb (WaymarkWindow        *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  WaymarkStore *store = waymark_window_get_store (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint n_records = 0;

  if (response == GTK_RESPONSE_ACCEPT && store != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    {
      if (!waymark_export_all_write (store, path, &n_records, &error))
        {
          AdwMessageDialog *dialog;

          /* The message names the file and says what to do; a file
           * that was there is left as it was. */
          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                               _("Can’t Export Everything"), error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      else
        {
          g_autofree char *message = NULL;

          /* Translators: a toast after Export Everything; %u is how many records. */
          message = g_strdup_printf (ngettext ("Exported everything: %u record",
                                               "Exported everything: %u records", n_records),
                                     n_records);
          waymark_show_toast (GTK_WIDGET (self), message);
        }
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
choose_where (GtkWidget *widget,
              GVariant  *parameter)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  WaymarkStore *store = waymark_window_get_store (self);
  g_autoptr(GtkFileFilter) zip = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (store == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Everything"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (zip, _("Zip archives"));
  gtk_file_filter_add_mime_type (zip, "application/zip");
  gtk_file_filter_add_pattern (zip, "*.zip");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), zip);

  /* Translators: what a saved file is, in its suggested name,
   * as in "Sam Sample – Everything – 2026-12-05.zip". */
  name = waymark_file_name_for_store (store, NULL, C_("file name", "Everything"), "zip");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_all_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A protected plan's export is said to be plain first. */
static void
export_all_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);

  waymark_export_plainly (GTK_WIDGET (self), waymark_window_get_store (self), choose_where, NULL);
}

/* Gives @self its win.export-all action. */
void
_waymark_window_add_export_actions (WaymarkWindow *self)
{
  static const GActionEntry actions[] = {
    { "export-all", export_all_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
}
