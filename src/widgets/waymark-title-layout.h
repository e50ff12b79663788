/* waymark-title-layout.h: a row's title and subtitle laid out one under
 * the other, their width never depending on the height offered
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_TITLE_LAYOUT (waymark_title_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTitleLayout, waymark_title_layout, WAYMARK, TITLE_LAYOUT, GtkLayoutManager)

GtkLayoutManager *waymark_title_layout_new            (void);
void              waymark_action_row_lay_out_titles   (AdwActionRow   *row);
void              waymark_expander_row_lay_out_titles (AdwExpanderRow *row);

G_END_DECLS
