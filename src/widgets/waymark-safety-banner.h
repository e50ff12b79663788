/* waymark-safety-banner.h: a calm note after a PHQ-9 whose last item was
 * answered above "Not at all": the crisis plan and a crisis line, until
 * the person closes it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_SAFETY_BANNER (waymark_safety_banner_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkSafetyBanner, waymark_safety_banner, WAYMARK, SAFETY_BANNER, AdwBin)

GtkWidget    *waymark_safety_banner_new       (void);
WaymarkStore *waymark_safety_banner_get_store (WaymarkSafetyBanner *self);
void          waymark_safety_banner_set_store (WaymarkSafetyBanner *self,
                                               WaymarkStore        *store);
gboolean      waymark_safety_banner_is_shown  (WaymarkSafetyBanner *self);
void          waymark_safety_banner_close     (WaymarkSafetyBanner *self);

G_END_DECLS
