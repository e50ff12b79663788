/* waymark-csv-reader.h: CSV read with libcsv, each row knowing its line
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint  line;     /* the file's line the row starts on */
  GStrv  fields;
} WaymarkCsvRow;

GPtrArray *waymark_csv_read_rows   (const char     *data,
                                    gsize           length,
                                    const char     *file_name,
                                    GError        **error);
GStrv      waymark_csv_read_header (const char     *data,
                                    gsize           length);
int        waymark_csv_find_column (GStrv           header,
                                    const char     *name);
const char *waymark_csv_row_field  (WaymarkCsvRow  *row,
                                    int             column);
gboolean   waymark_csv_row_is_empty (WaymarkCsvRow *row);
void       waymark_csv_row_free    (WaymarkCsvRow  *row);

G_END_DECLS
