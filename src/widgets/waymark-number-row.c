/* waymark-number-row.c: a phone number to call or copy, in a row
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-number-row"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-number-row.h"
#include "waymark-safety-net.h"
#include "waymark-title-layout.h"

/* Whom to call and the number, large: a tel: link, for a computer that
 * can place a call, with a Copy button beside it for one that can't.
 * Used for the numbers Waymark suggests for a country and for the
 * person's own people on the crisis plan. */

static void
copy_number (GtkWidget  *widget,
             const char *number)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), number);
}

static void
free_number (gpointer  number,
             GClosure *closure)
{
  g_free (number);
}

static void
copy_clicked_cb (GtkButton  *copy,
                 const char *number)
{
  copy_number (GTK_WIDGET (copy), number);
  /* Translators: said for a moment after a phone number was copied. */
  waymark_show_toast (GTK_WIDGET (copy), _("Number copied"));
}

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtkWidget) link = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      /* The link's label is the number as the country writes it. */
      const char *number = gtk_button_get_label (GTK_BUTTON (link));
      g_autofree char *message = NULL;

      g_message ("Could not start a call: %s", error->message);
      copy_number (link, number);
      /* Translators: %s is a phone number, such as 116 123. */
      message = g_strdup_printf (_("This computer can’t place calls. The number %s is copied: call it from a phone."),
                                 number);
      waymark_show_error (link, message);
    }
}

static gboolean
activate_link_cb (GtkLinkButton *link)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (link));

  if (!GTK_IS_WINDOW (root))
    return TRUE;

  gtk_show_uri_full (GTK_WINDOW (root), gtk_link_button_get_uri (link), GDK_CURRENT_TIME,
                     NULL, call_done_cb, g_object_ref (link));
  return TRUE;
}

/**
 * waymark_number_row_new:
 * @title: whom the number calls, such as "Samaritans" or a person's name
 * @subtitle: (nullable): more about them, such as the hours
 * @number: the number, as it is written
 *
 * Returns: (transfer floating): an #AdwActionRow
 */
GtkWidget *
waymark_number_row_new (const char *title,
                        const char *subtitle,
                        const char *number)
{
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *uri = waymark_safety_net_tel_uri (number);
  g_autofree char *call_name = NULL;
  g_autofree char *copy_name = NULL;
  GtkWidget *row;
  GtkWidget *link;
  GtkWidget *copy;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
    }

  link = gtk_link_button_new_with_label (uri, number);
  /* A phone number reads left to right in every language: in a right-to-
   * left window "+44 20 7946 0123" would otherwise come out as
   * "0123 7946 20 44+". */
  gtk_widget_set_direction (gtk_button_get_child (GTK_BUTTON (link)), GTK_TEXT_DIR_LTR);
  gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (link, "title-4");
  gtk_widget_set_tooltip_text (link, _("Call"));
  g_signal_connect (link, "activate-link", G_CALLBACK (activate_link_cb), NULL);
  /* Translators: what a screen reader says for a phone number's link:
   * the first %s is whom it calls, the second the number. */
  call_name = g_strdup_printf (_("Call %s, %s"), title, number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, call_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);

  copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, _("Copy Number"));
  g_signal_connect_data (copy, "clicked", G_CALLBACK (copy_clicked_cb), g_strdup (number),
                         free_number, 0);
  /* Translators: what a screen reader says for the Copy button beside a
   * phone number; %s is the number. */
  copy_name = g_strdup_printf (_("Copy %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);
  waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));

  return row;
}
