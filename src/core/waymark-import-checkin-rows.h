/* waymark-import-checkin-rows.h: imported check-ins written, whichever reader made them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

/* A check-in as it goes into the plan, whichever reader made it
 * (waymark-import-checkins.c's, waymark-import-daylio.c's): values on
 * Waymark's scales, -1 (sleep_hours < 0) where nothing was recorded.
 * Everything is borrowed but @source_key, which the row owns. */
typedef struct
{
  char               *source_key;   /* "<format>:<digest>": what identifies it on a second import */
  const char         *day;          /* YYYY-MM-DD, local */
  int                 hour, minute; /* local time, as written */
  int                 mood;
  int                 anxiety;
  int                 energy;
  int                 sleep_quality;
  double              sleep_hours;
  const char         *note;         /* not nullable */
  const char * const *tags;
  guint               n_tags;
} WaymarkCheckinRow;

GArray   *waymark_checkin_rows_new   (guint                 reserved);
gboolean  waymark_checkin_rows_write (WaymarkStore         *store,
                                      const char           *format,
                                      const char           *file_name,
                                      GArray               *rows,
                                      WaymarkImportResult  *result,
                                      GError              **error);

G_END_DECLS
