/* waymark-export-all.h: the whole plan in open formats, in one zip
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

/* The archive's layout; FORMAT.md inside it says what each file holds. */
#define WAYMARK_EXPORT_FORMAT         "waymark-export"
#define WAYMARK_EXPORT_FORMAT_VERSION 1
#define WAYMARK_EXPORT_MANIFEST       "manifest.json"
#define WAYMARK_EXPORT_JOURNAL_CSV    "journal.csv"
#define WAYMARK_EXPORT_FORMAT_DOC     "FORMAT.md"

GBytes   *waymark_export_all_format_doc (void);
gboolean  waymark_export_all_write      (WaymarkStore  *store,
                                         const char    *path,
                                         guint         *n_records,
                                         GError       **error);

G_END_DECLS
