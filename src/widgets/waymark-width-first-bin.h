/* waymark-width-first-bin.h: a bin whose width never depends on the
 * height it is offered
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_WIDTH_FIRST_BIN (waymark_width_first_bin_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkWidthFirstBin, waymark_width_first_bin, WAYMARK, WIDTH_FIRST_BIN, AdwBin)

/* Derivable: WaymarkPage is one, so every page is laid out this way. */
struct _WaymarkWidthFirstBinClass
{
  AdwBinClass parent_class;
};

GtkWidget *waymark_width_first_bin_new (void);

G_END_DECLS
