/* waymark-import.h: records brought in from a file, all or nothing
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-checkins.h"
#include "waymark-import-daylio.h"
#include "waymark-import-loop.h"
#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

gboolean waymark_import_file        (WaymarkStore         *store,
                                     const char           *path,
                                     const char           *format,
                                     WaymarkImportResult  *result,
                                     GError              **error);
gboolean waymark_import_file_full   (WaymarkStore         *store,
                                     const char           *path,
                                     const char           *format,
                                     const char           *moods,
                                     WaymarkImportResult  *result,
                                     GError              **error);
gboolean       waymark_import_is_waymark_file (const char  *path);
guint          waymark_import_count_waymark_records (const char *path);
WaymarkDaylio *waymark_import_read_daylio     (const char  *path,
                                               GError     **error);
WaymarkLoop   *waymark_import_read_loop       (const char  *path,
                                               GError     **error);
WaymarkCheckins *waymark_import_read_checkins (const char  *path,
                                               const char  *format,
                                               GError     **error);
char    *waymark_import_preview     (const char           *path,
                                     const char           *format,
                                     const char           *moods,
                                     GError              **error);

/* The formats (waymark-import-*.c). */
gboolean waymark_import_waymark     (WaymarkStore         *store,
                                     GHashTable           *files,
                                     const char           *file_name,
                                     WaymarkImportResult  *result,
                                     GError              **error);
gboolean waymark_import_is_waymark  (GHashTable           *files);

G_END_DECLS
