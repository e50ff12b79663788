/* waymark-import-daylio-backup.h: Daylio's .daylio backup, read into Daylio's entries
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-daylio.h"

G_BEGIN_DECLS

/* The backup's one file of data, inside its zip. */
#define WAYMARK_DAYLIO_BACKUP_FILE "backup.daylio"

gboolean       waymark_daylio_backup_is_backup  (GHashTable  *files);
gboolean       waymark_daylio_backup_sniff      (const char  *data,
                                                 gsize        length);
WaymarkDaylio *waymark_daylio_backup_parse      (const char  *data,
                                                 gsize        length,
                                                 const char  *file_name,
                                                 GError     **error);
WaymarkDaylio *waymark_daylio_backup_parse_json (const char  *json,
                                                 gsize        length,
                                                 const char  *file_name,
                                                 GError     **error);

G_END_DECLS
