/* waymark-plain-export.c: saying, before an export of a protected plan,
 * that the exported file is not protected
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-export"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-plain-export.h"
#include "waymark-plan-protection.h"

/* A protected plan's file holds nothing readable without its key, but
 * what the person exports (a zip, a CSV, a PDF to hand to someone) is
 * written plain, as asked: the export dialogs say so first, plainly,
 * and the person goes on or not. A plain plan's exports go on at once. */

typedef struct
{
  GWeakRef          widget;
  WaymarkExportFunc export_func;
  GVariant         *param;
} Pending;

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Pending          *pending)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&pending->widget);

  if (widget != NULL && g_str_equal (response, "export"))
    pending->export_func (widget, pending->param);

  /* Once: closing the dialog after its answer answers again. */
  g_signal_handlers_disconnect_by_func (dialog, response_cb, pending);
}

static void
pending_free (gpointer data,
              GClosure *closure)
{
  Pending *pending = data;

  g_weak_ref_clear (&pending->widget);
  g_clear_pointer (&pending->param, g_variant_unref);
  g_free (pending);
}

/**
 * waymark_export_plainly:
 * @widget: what exports (a page, a dialog, a window)
 * @store: the plan it exports from
 * @export_func: goes on with the export (asks where to save it)
 * @param: (nullable): what to pass @export_func, as an action's parameter
 *
 * Calls @export_func on @widget now, or, when @store's plan is protected
 * by a passphrase, once the person has read that the exported file will
 * not be, and chosen to go on.
 */
void
waymark_export_plainly (GtkWidget         *widget,
                        WaymarkStore      *store,
                        WaymarkExportFunc  export_func,
                        GVariant          *param)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  Pending *pending;

  if (store == NULL || !waymark_plan_is_protected (waymark_store_get_path (store)))
    {
      export_func (widget, param);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("The Exported File Won’t Be Protected"),
                                                       _("This plan is protected by a passphrase, but the file you export is not: "
                                                         "anyone who can open that file can read what is in it. "
                                                         "Keep it somewhere safe, and delete it when you no longer need it.")));
  gtk_widget_set_name (GTK_WIDGET (dialog), "plain-export-note");
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "export", _("_Export Anyway"));
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");

  pending = g_new0 (Pending, 1);
  g_weak_ref_init (&pending->widget, widget);
  pending->export_func = export_func;
  pending->param = param ? g_variant_ref_sink (param) : NULL;
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), pending, pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
