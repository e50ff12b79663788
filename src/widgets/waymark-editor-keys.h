/* waymark-editor-keys.h: the keys every editor shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void waymark_editor_keys_install            (GtkWidget  *editor,
                                             const char *save_action);
void waymark_focus_without_selecting        (GtkWidget  *widget);
void waymark_editor_keys_focus_first_on_map (GtkWindow  *editor,
                                             GtkWidget  *first_field);

G_END_DECLS
