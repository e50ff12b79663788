/* waymark-text-preview.h: the start of a long text, for a row or a name
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of a note a list row shows and a screen reader speaks. */
#define WAYMARK_PREVIEW_CHARS 200

char *waymark_text_preview (const char *text,
                            guint       max_chars);

G_END_DECLS
