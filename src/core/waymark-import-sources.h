/* waymark-import-sources.h: what was imported from where, listed and undone
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "waymark-store.h"

G_BEGIN_DECLS

/* One import into a plan (a row of import_batch). */
typedef struct
{
  gint64  id;
  char   *format;       /* "waymark", "daylio", … */
  char   *file_name;    /* the imported file's name, for people */
  char   *imported_at;  /* UTC, 2026-12-06T23:00:00Z */
  guint   n_records;    /* records it added */
} WaymarkImportBatch;

void       waymark_import_batch_free      (WaymarkImportBatch  *batch);
GPtrArray *waymark_import_list_batches    (WaymarkStore        *store,
                                           GError             **error);
gboolean   waymark_import_undo            (WaymarkStore        *store,
                                           gint64               batch_id,
                                           guint               *n_removed,
                                           GError             **error);

/* For the importers, inside their transaction. */
gboolean   waymark_import_remember_row    (WaymarkStore        *store,
                                           gint64               batch_id,
                                           const char          *table,
                                           const char          *key,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkImportBatch, waymark_import_batch_free)

G_END_DECLS
