/* waymark-application-imports.h: waymark --list-imports and --undo-import
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void waymark_application_add_imports_options (GApplication *app);
int  waymark_application_imports_command     (GVariantDict *options,
                                              const char   *data_file);

G_END_DECLS
