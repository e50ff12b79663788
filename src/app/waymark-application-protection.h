/* waymark-application-protection.h: waymark --protect, --unprotect and
 * --passphrase-file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     waymark_application_add_protection_options (GApplication *app);
int      waymark_application_protection_command     (GVariantDict *options,
                                                     const char   *data_file);
gboolean waymark_application_unlock_plan            (GVariantDict *options,
                                                     const char   *data_file);

G_END_DECLS
