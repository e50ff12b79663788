/* waymark-text-row.h: a row for text written in sentences
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_TEXT_ROW (waymark_text_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTextRow, waymark_text_row, WAYMARK, TEXT_ROW, AdwPreferencesRow)

GtkWidget   *waymark_text_row_new       (const char     *title);
char        *waymark_text_row_dup_text  (WaymarkTextRow *self);
void         waymark_text_row_set_text  (WaymarkTextRow *self,
                                         const char     *text);
GtkTextView *waymark_text_row_get_view  (WaymarkTextRow *self);

G_END_DECLS
