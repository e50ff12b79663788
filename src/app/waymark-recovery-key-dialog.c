/* waymark-recovery-key-dialog.c: a new recovery key, shown once
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-recovery-key-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-recovery-key-dialog.h"

/* After Protect This Plan and Change Passphrase: the recovery key, which
 * opens the plan when the passphrase is forgotten. Waymark keeps no copy
 * of it anywhere it could show it again, so the dialog asks the person
 * to write it down, print it or copy it somewhere safe, away from this
 * computer. The key is wiped from the dialog's memory when it closes. */

struct _WaymarkRecoveryKeyDialog
{
  AdwMessageDialog  parent_instance;

  GtkLabel         *key_label;
  char             *recovery_key;
};

G_DEFINE_FINAL_TYPE (WaymarkRecoveryKeyDialog, waymark_recovery_key_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
copy_cb (WaymarkRecoveryKeyDialog *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->recovery_key);
  waymark_show_toast (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))),
                      _("Recovery key copied; paste it somewhere safe, then clear your clipboard"));
}

static void
draw_page_cb (GtkPrintOperation        *operation,
              GtkPrintContext          *context,
              int                       page,
              WaymarkRecoveryKeyDialog *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 12");
  g_autofree char *key = g_markup_escape_text (self->recovery_key, -1);
  g_autofree char *heading = g_markup_escape_text (_("Waymark Recovery Key"), -1);
  g_autofree char *note = g_markup_escape_text (_("This key opens your Waymark plan if you forget its passphrase. "
                                                  "Keep it somewhere safe, away from your computer."), -1);
  g_autofree char *markup = g_strdup_printf ("<big><b>%s</b></big>\n\n%s\n\n<big>%s</big>",
                                             heading, note, key);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
}

static void
print_cb (WaymarkRecoveryKeyDialog *self)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, _("Waymark Recovery Key"));
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    waymark_show_toast (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))), error->message);
}

static void
waymark_recovery_key_dialog_finalize (GObject *object)
{
  WaymarkRecoveryKeyDialog *self = WAYMARK_RECOVERY_KEY_DIALOG (object);

  if (self->recovery_key != NULL)
    {
      volatile char *p = self->recovery_key;

      while (*p != '\0')
        *p++ = '\0';
    }
  g_free (self->recovery_key);

  G_OBJECT_CLASS (waymark_recovery_key_dialog_parent_class)->finalize (object);
}

static void
waymark_recovery_key_dialog_class_init (WaymarkRecoveryKeyDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = waymark_recovery_key_dialog_finalize;
}

static void
waymark_recovery_key_dialog_init (WaymarkRecoveryKeyDialog *self)
{
}

/**
 * waymark_recovery_key_dialog_new:
 * @parent: the window whose plan it opens
 * @recovery_key: the key, as the core gives it (15 words, one space between each)
 */
GtkWidget *
waymark_recovery_key_dialog_new (GtkWindow  *parent,
                                 const char *recovery_key)
{
  WaymarkRecoveryKeyDialog *self;
  AdwMessageDialog *dialog;
  GtkWidget *box, *buttons, *copy, *print;

  g_return_val_if_fail (recovery_key != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_RECOVERY_KEY_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Keep Your Recovery Key Safe"),
                       "body", _("If you ever forget your passphrase, this recovery key opens your plan. "
                                 "Write it down or print it, and keep it somewhere safe, away from this computer.\n\n"
                                 "It is shown only this once. Without the passphrase and this key, "
                                 "nothing and nobody can recover the plan."),
                       NULL);
  dialog = ADW_MESSAGE_DIALOG (self);
  self->recovery_key = g_strdup (recovery_key);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->key_label = GTK_LABEL (gtk_label_new (recovery_key));
  gtk_widget_set_name (GTK_WIDGET (self->key_label), "recovery-key");
  gtk_label_set_selectable (self->key_label, TRUE);
  gtk_label_set_wrap (self->key_label, TRUE);
  /* Words: wrapped between them, never inside one, in the usual face. */
  gtk_label_set_wrap_mode (self->key_label, PANGO_WRAP_WORD);
  gtk_label_set_justify (self->key_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->key_label), "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->key_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recovery key"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->key_label));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  copy = gtk_button_new_with_mnemonic (_("C_opy"));
  print = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (copy, "pill");
  gtk_widget_add_css_class (print, "pill");
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (print, "clicked", G_CALLBACK (print_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), copy);
  gtk_box_append (GTK_BOX (buttons), print);
  gtk_box_append (GTK_BOX (box), buttons);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_response (dialog, "done", _("I Have _Kept It Safe"));
  adw_message_dialog_set_response_appearance (dialog, "done", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "done");

  return GTK_WIDGET (self);
}
