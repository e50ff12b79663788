/* waymark-list-box.c: what GTK 4.8's GtkListBox lacks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-list-box"

#include "config.h"

#include "waymark-list-box.h"

/**
 * waymark_list_box_remove_all:
 * @list: a list box filled by hand (not bound to a model)
 *
 * Empties @list, as gtk_list_box_remove_all () does from GTK 4.12 on.
 */
void
waymark_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}
