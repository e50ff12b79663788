/* waymark-protect-dialog.c: Protect This Plan, Change Passphrase and
 * Remove Protection: what the person types for each
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-protect-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-plan-protection.h"
#include "waymark-protect-dialog.h"

/* One dialog, three uses. A new passphrase is typed twice, with how hard
 * it is to guess shown as it is typed (waymark_passphrase_strength ());
 * the dialog says plainly that nothing can recover the plan without the
 * passphrase and the recovery key. Changing the passphrase and removing
 * protection ask for the current passphrase first, so nobody who finds
 * the plan open can take it over. The dialog only collects: the window
 * does the work once it answers (its "protect", "change" or "remove"
 * response; "cancel" otherwise). */

struct _WaymarkProtectDialog
{
  AdwMessageDialog          parent_instance;

  WaymarkProtectDialogMode  mode;
  AdwEntryRow              *current;   /* NULL when protecting */
  AdwEntryRow              *first;     /* NULL when removing */
  AdwEntryRow              *second;
  GtkLevelBar              *strength;
  GtkLabel                 *hint;
};

G_DEFINE_FINAL_TYPE (WaymarkProtectDialog, waymark_protect_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : "";
}

static const char *
response_id (WaymarkProtectDialog *self)
{
  switch (self->mode)
    {
    case WAYMARK_PROTECT_DIALOG_PROTECT:
      return "protect";
    case WAYMARK_PROTECT_DIALOG_CHANGE:
      return "change";
    case WAYMARK_PROTECT_DIALOG_REMOVE:
    default:
      return "remove";
    }
}

static void
update (WaymarkProtectDialog *self)
{
  gboolean ready = TRUE;

  if (self->current != NULL)
    ready = text_of (self->current)[0] != '\0';

  if (self->first != NULL)
    {
      const char *first = text_of (self->first);
      const char *second = text_of (self->second);
      const char *hint = NULL;
      guint strength = waymark_passphrase_strength (first, &hint);

      gtk_level_bar_set_value (self->strength, first[0] != '\0' ? strength + 1 : 0);

      if (first[0] != '\0' && second[0] != '\0' && g_strcmp0 (first, second) != 0)
        gtk_label_set_text (self->hint, _("The two passphrases are not the same yet."));
      else
        gtk_label_set_text (self->hint, first[0] != '\0' && hint != NULL ? hint : "");
      gtk_widget_set_visible (GTK_WIDGET (self->hint), gtk_label_get_text (self->hint)[0] != '\0');

      ready = ready && first[0] != '\0' && g_strcmp0 (first, second) == 0;
    }

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), response_id (self), ready);
}

static void
activated_cb (WaymarkProtectDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), response_id (self)))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), response_id (self));
}

static AdwEntryRow *
add_field (WaymarkProtectDialog *self,
           GtkListBox           *list,
           const char           *title)
{
  GtkWidget *row = adw_password_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (activated_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (list, row);

  return ADW_ENTRY_ROW (row);
}

static void
build (WaymarkProtectDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");

  switch (self->mode)
    {
    case WAYMARK_PROTECT_DIALOG_PROTECT:
      adw_message_dialog_set_heading (dialog, _("Protect This Plan"));
      adw_message_dialog_set_body (dialog,
        _("Choose a passphrase: a few words that only you know. From now on, this plan can only be opened with it, "
          "and Waymark can lock it when you step away.\n\n"
          "You will also get a recovery key, shown once. Without the passphrase and the recovery key, "
          "nothing and nobody can recover this plan."));
      adw_message_dialog_add_response (dialog, "protect", _("_Protect"));
      adw_message_dialog_set_response_appearance (dialog, "protect", ADW_RESPONSE_SUGGESTED);
      break;

    case WAYMARK_PROTECT_DIALOG_CHANGE:
      adw_message_dialog_set_heading (dialog, _("Change Passphrase"));
      adw_message_dialog_set_body (dialog,
        _("The old passphrase and the old recovery key stop working, and you get a new recovery key, shown once."));
      self->current = add_field (self, GTK_LIST_BOX (list), _("Current Passphrase"));
      adw_message_dialog_add_response (dialog, "change", _("C_hange Passphrase"));
      adw_message_dialog_set_response_appearance (dialog, "change", ADW_RESPONSE_SUGGESTED);
      break;

    case WAYMARK_PROTECT_DIALOG_REMOVE:
    default:
      adw_message_dialog_set_heading (dialog, _("Remove Protection?"));
      adw_message_dialog_set_body (dialog,
        _("The plan will be kept without a passphrase again: anyone who can read the file can read everything in it."));
      self->current = add_field (self, GTK_LIST_BOX (list), _("Current Passphrase"));
      adw_message_dialog_add_response (dialog, "remove", _("_Remove Protection"));
      adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
      break;
    }

  if (self->mode != WAYMARK_PROTECT_DIALOG_REMOVE)
    {
      self->first = add_field (self, GTK_LIST_BOX (list), _("New Passphrase"));
      self->second = add_field (self, GTK_LIST_BOX (list), _("Type It Again"));

      self->strength = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 5));
      gtk_level_bar_set_mode (self->strength, GTK_LEVEL_BAR_MODE_DISCRETE);
      gtk_level_bar_add_offset_value (self->strength, GTK_LEVEL_BAR_OFFSET_LOW, 2);
      gtk_level_bar_add_offset_value (self->strength, GTK_LEVEL_BAR_OFFSET_HIGH, 4);
      gtk_level_bar_add_offset_value (self->strength, GTK_LEVEL_BAR_OFFSET_FULL, 5);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->strength),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("How hard the passphrase is to guess"),
                                      -1);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->strength));

      self->hint = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (self->hint, TRUE);
      gtk_label_set_xalign (self->hint, 0);
      gtk_widget_add_css_class (GTK_WIDGET (self->hint), "dim-label");
      gtk_widget_set_visible (GTK_WIDGET (self->hint), FALSE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hint));
    }

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_set_default_response (dialog, response_id (self));
  update (self);
}

/* The window lets go of the focused field before the fields go:
 * libadwaita 1.2's entry row would otherwise hear its text lose the
 * focus after the row itself was disposed. */
static void
waymark_protect_dialog_dispose (GObject *object)
{
  gtk_window_set_focus (GTK_WINDOW (object), NULL);

  G_OBJECT_CLASS (waymark_protect_dialog_parent_class)->dispose (object);
}

static void
waymark_protect_dialog_class_init (WaymarkProtectDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = waymark_protect_dialog_dispose;
}

static void
waymark_protect_dialog_init (WaymarkProtectDialog *self)
{
}

/**
 * waymark_protect_dialog_new:
 * @parent: the window whose plan it is
 * @mode: protect, change the passphrase, or remove protection
 */
GtkWidget *
waymark_protect_dialog_new (GtkWindow                *parent,
                            WaymarkProtectDialogMode  mode)
{
  WaymarkProtectDialog *self = g_object_new (WAYMARK_TYPE_PROTECT_DIALOG,
                                             "transient-for", parent,
                                             "modal", TRUE,
                                             NULL);

  self->mode = mode;
  build (self);

  return GTK_WIDGET (self);
}

WaymarkProtectDialogMode
waymark_protect_dialog_get_mode (WaymarkProtectDialog *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROTECT_DIALOG (self), 0);

  return self->mode;
}

/* The passphrase the plan has now; "" when protecting. */
const char *
waymark_protect_dialog_get_current (WaymarkProtectDialog *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROTECT_DIALOG (self), NULL);

  return text_of (self->current);
}

/* The new passphrase, typed the same twice; "" when removing. */
const char *
waymark_protect_dialog_get_new_passphrase (WaymarkProtectDialog *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROTECT_DIALOG (self), NULL);

  return text_of (self->first);
}
