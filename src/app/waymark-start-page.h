/* waymark-start-page.h: what a window shows with no plan in it, and the
 * welcome of a new plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_START_PAGE (waymark_start_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStartPage, waymark_start_page, WAYMARK, START_PAGE, AdwBin)

gboolean waymark_start_page_get_welcome (WaymarkStartPage *self);
void     waymark_start_page_set_welcome (WaymarkStartPage *self,
                                         gboolean          welcome);

G_END_DECLS
