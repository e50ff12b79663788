/* waymark-import-dialog.h: what a file would bring into the plan, before it does
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_IMPORT_DIALOG (waymark_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkImportDialog, waymark_import_dialog, WAYMARK, IMPORT_DIALOG, AdwWindow)

WaymarkImportDialog *waymark_import_dialog_new (GtkWindow     *parent,
                                                WaymarkStore  *store,
                                                const char    *path,
                                                GError       **error);

G_END_DECLS
