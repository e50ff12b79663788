/* waymark-owner-badge.h: whose plan is open, at the start of the header
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_OWNER_BADGE (waymark_owner_badge_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkOwnerBadge, waymark_owner_badge, WAYMARK, OWNER_BADGE, AdwBin)

void waymark_owner_badge_set_name (WaymarkOwnerBadge *self,
                                   const char        *name);

G_END_DECLS
