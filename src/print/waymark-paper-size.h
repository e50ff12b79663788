/* waymark-paper-size.h: the paper a crisis plan is printed on
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* In points: ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
#define WAYMARK_PAPER_A4_WIDTH      (210.0 * 72.0 / 25.4)
#define WAYMARK_PAPER_A4_HEIGHT     (297.0 * 72.0 / 25.4)
#define WAYMARK_PAPER_LETTER_WIDTH  612.0
#define WAYMARK_PAPER_LETTER_HEIGHT 792.0

void     waymark_paper_size_default   (double     *width,
                                       double     *height);
gboolean waymark_paper_size_from_name (const char *name,
                                       double     *width,
                                       double     *height);

G_END_DECLS
