/* waymark-import-emoods.h: eMoods' export (entry.csv), read as check-ins
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-checkins.h"

G_BEGIN_DECLS

/* The file inside an eMoods export (a .emoods zip) that holds the entries. */
#define WAYMARK_EMOODS_ENTRY_FILE "entry.csv"

gboolean         waymark_emoods_sniff (const char  *data,
                                       gsize        length);
WaymarkCheckins *waymark_emoods_parse (const char  *data,
                                       gsize        length,
                                       const char  *file_name,
                                       GError     **error);

G_END_DECLS
