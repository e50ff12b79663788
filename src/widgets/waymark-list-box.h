/* waymark-list-box.h: what GTK 4.8's GtkListBox lacks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void waymark_list_box_remove_all      (GtkListBox *list);
void waymark_list_tooltips_attach     (GtkWidget  *list);
void waymark_list_tooltip_set         (GtkWidget  *widget,
                                       const char *text);

G_END_DECLS
