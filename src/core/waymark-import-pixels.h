/* waymark-import-pixels.h: Pixels' JSON export, read into Daylio's entries
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-daylio.h"

G_BEGIN_DECLS

/* Waymark's 0-10 mood for Pixels' scores, 1 (worst) to 5 (best): the
 * same values as Daylio's five default moods, awful to rad. */
#define WAYMARK_PIXELS_DEFAULT_MOODS "1=1,2=3,3=5,4=7,5=9"

gboolean       waymark_pixels_sniff (const char  *data,
                                     gsize        length);
WaymarkDaylio *waymark_pixels_parse (const char  *data,
                                     gsize        length,
                                     const char  *file_name,
                                     GError     **error);

G_END_DECLS
