/* waymark-marker-legend.h: what the timeline's markers mean, under the
 * chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *waymark_marker_legend_new (void);

G_END_DECLS
