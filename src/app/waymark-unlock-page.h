/* waymark-unlock-page.h: a protected plan's lock screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_UNLOCK_PAGE (waymark_unlock_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkUnlockPage, waymark_unlock_page, WAYMARK, UNLOCK_PAGE, AdwBin)

GtkWidget  *waymark_unlock_page_new           (const char        *path,
                                               gboolean           offer_remember);
const char *waymark_unlock_page_get_path      (WaymarkUnlockPage *self);
void        waymark_unlock_page_focus         (WaymarkUnlockPage *self);

G_END_DECLS
