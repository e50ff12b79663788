/* waymark-csv.h: writing CSV that spreadsheets read back exactly
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void waymark_csv_append_field    (GString            *line,
                                  const char         *field);
void waymark_csv_append_number   (GString            *line,
                                  const char         *number);
void waymark_csv_append_row      (GString            *csv,
                                  const char * const *fields,
                                  guint               n_fields);
void waymark_csv_append_row_full (GString            *csv,
                                  const char * const *fields,
                                  const gboolean     *numeric,
                                  guint               n_fields);

G_END_DECLS
