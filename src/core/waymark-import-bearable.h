/* waymark-import-bearable.h: Bearable's CSV export, read as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-checkins.h"

G_BEGIN_DECLS

gboolean         waymark_bearable_sniff (const char  *data,
                                         gsize        length);
WaymarkCheckins *waymark_bearable_parse (const char  *data,
                                         gsize        length,
                                         const char  *file_name,
                                         GError     **error);

G_END_DECLS
