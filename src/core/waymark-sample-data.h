/* waymark-sample-data.h: a clearly fictional plan for first looks and tests
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_SAMPLE_DATA_DEFAULT_DAYS 365
#define WAYMARK_SAMPLE_DATA_MAX_DAYS     (366 * 30)

gboolean waymark_sample_data_write_file (const char  *path,
                                         guint        days,
                                         GDate       *today,
                                         GError     **error);
gboolean waymark_sample_data_write_file_full (const char  *path,
                                              guint        days,
                                              GDate       *today,
                                              char       **notice,
                                              GError     **error);
gboolean waymark_sample_data_fill       (WaymarkStore *store,
                                         guint         days,
                                         GDate        *today,
                                         GError      **error);

G_END_DECLS
