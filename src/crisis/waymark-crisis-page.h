/* waymark-crisis-page.h: the crisis plan, a ladder to climb in a hard hour
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-crisis-layout.h"
#include "waymark-sections-page.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CRISIS_PAGE (waymark_crisis_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCrisisPage, waymark_crisis_page, WAYMARK, CRISIS_PAGE, WaymarkSectionsPage)

gboolean waymark_crisis_page_export      (WaymarkCrisisPage       *self,
                                          WaymarkCrisisLayoutKind  kind,
                                          const char              *path);
gboolean waymark_crisis_page_get_editing (WaymarkCrisisPage       *self);
void     waymark_crisis_page_set_editing (WaymarkCrisisPage       *self,
                                          gboolean                 editing);

G_END_DECLS
