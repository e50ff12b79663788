/* waymark-choice-descriptions.c: a line of plain words under each
 * choice of a combo row, and under the row for the one chosen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-choice-descriptions"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-choice-descriptions.h"

/* Some choices are words a person can't be expected to know (the stages
 * of recovery: "Moratorium"): the list shows each with its line of
 * Waymark's own words, and the row says the chosen one's under its
 * title, so it is read out with it too. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *description = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_xalign (GTK_LABEL (description), 0.0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 40);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), description);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         const char * const       *descriptions)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *description = gtk_widget_get_next_sibling (name);
  GtkStringObject *string = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  const char *text = position < g_strv_length ((char **) descriptions) ? _(descriptions[position]) : "";

  gtk_label_set_label (GTK_LABEL (name), gtk_string_object_get_string (string));
  gtk_label_set_label (GTK_LABEL (description), text);
  gtk_widget_set_visible (description, *text != '\0');
}

static void
selected_cb (AdwComboRow        *row,
             GParamSpec         *pspec,
             const char * const *descriptions)
{
  guint selected = adw_combo_row_get_selected (row);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               selected < g_strv_length ((char **) descriptions) ? _(descriptions[selected]) : "");
}

/**
 * waymark_combo_row_describe_choices:
 * @row: a combo row of #GtkStringObject choices
 * @descriptions: (array zero-terminated=1): a N_() line for each
 *   choice, in their order; a static table, as it is kept
 */
void
waymark_combo_row_describe_choices (AdwComboRow        *row,
                                    const char * const *descriptions)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (descriptions != NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), (gpointer) descriptions);
  adw_combo_row_set_list_factory (row, factory);

  g_signal_connect (row, "notify::selected", G_CALLBACK (selected_cb), (gpointer) descriptions);
  selected_cb (row, NULL, descriptions);
}
