/* waymark-read-only-banner.h: says at the top of a window that its plan
 * is open read-only, and why
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_READ_ONLY_BANNER (waymark_read_only_banner_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReadOnlyBanner, waymark_read_only_banner, WAYMARK, READ_ONLY_BANNER, AdwBin)

void waymark_read_only_banner_set_store (WaymarkReadOnlyBanner *self,
                                         WaymarkStore          *store);

G_END_DECLS
