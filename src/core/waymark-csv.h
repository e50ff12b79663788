/* waymark-csv.h: writing CSV that spreadsheets read back exactly
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void waymark_csv_append_field (GString            *line,
                               const char         *field);
void waymark_csv_append_row   (GString            *csv,
                               const char * const *fields,
                               guint               n_fields);

G_END_DECLS
