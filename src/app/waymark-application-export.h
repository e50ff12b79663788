/* waymark-application-export.h: waymark --export-all and --import
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int waymark_application_export_all_command (GVariantDict *options,
                                            const char   *data_file);
int waymark_application_import_command     (GVariantDict *options,
                                            const char   *data_file);
int waymark_application_export_fhir_command (GVariantDict *options,
                                             const char   *data_file);

G_END_DECLS
