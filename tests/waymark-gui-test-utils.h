/* waymark-gui-test-utils.h: what the in-process widget tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *waymark_test_find_widget (GtkWidget  *root,
                                     GType       type,
                                     const char *name);
GtkLabel  *waymark_test_find_label  (GtkWidget  *root,
                                     const char *text,
                                     gboolean    part);
GtkWindow *waymark_test_find_toplevel (GType type);
void       waymark_test_pump        (void);
void       waymark_test_keep_screenshot (GtkWidget  *widget,
                                         const char *name);
void       waymark_test_wait_until_loaded (GtkWidget *page);
char      *waymark_test_read_text   (const char *path,
                                     const char *sql);
gboolean   waymark_test_wait_for_text (const char *path,
                                       const char *sql,
                                       const char *expected);

#define find_by_type(root, type) waymark_test_find_widget (GTK_WIDGET (root), (type), NULL)
#define find_by_name(root, name) waymark_test_find_widget (GTK_WIDGET (root), G_TYPE_NONE, (name))

G_END_DECLS
