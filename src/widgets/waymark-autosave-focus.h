/* waymark-autosave-focus.h: a field's typing written when the focus leaves it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-autosave.h"

G_BEGIN_DECLS

void waymark_autosave_flush_on_focus_leave (WaymarkAutosave *autosave,
                                            GtkWidget       *field);

G_END_DECLS
