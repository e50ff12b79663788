/* waymark-import-loop.h: Loop Habit Tracker's CSV export, read and previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-daylio.h"
#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

typedef struct _WaymarkLoop WaymarkLoop;

gboolean     waymark_loop_is_loop        (GHashTable    *files);
WaymarkLoop *waymark_loop_parse          (GHashTable    *files,
                                          const char    *file_name,
                                          GError       **error);
guint        waymark_loop_get_n_habits   (WaymarkLoop   *loop);
guint        waymark_loop_get_n_done     (WaymarkLoop   *loop);
guint        waymark_loop_get_n_days     (WaymarkLoop   *loop,
                                          const char   **first,
                                          const char   **last);
GPtrArray   *waymark_loop_get_skipped    (WaymarkLoop   *loop);
char        *waymark_loop_describe       (WaymarkLoop   *loop);
gboolean     waymark_loop_import         (WaymarkLoop   *loop,
                                          WaymarkStore  *store,
                                          WaymarkImportResult *result,
                                          GError       **error);
void         waymark_loop_free           (WaymarkLoop   *loop);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkLoop, waymark_loop_free)

G_END_DECLS
