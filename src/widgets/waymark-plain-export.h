/* waymark-plain-export.h: saying, before an export of a protected plan,
 * that the exported file is not protected
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

typedef void (*WaymarkExportFunc) (GtkWidget *widget,
                                   GVariant  *param);

void waymark_export_plainly (GtkWidget         *widget,
                             WaymarkStore      *store,
                             WaymarkExportFunc  export_func,
                             GVariant          *param);

G_END_DECLS
