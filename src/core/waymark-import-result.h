/* waymark-import-result.h: what an import did, and why one was refused
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WAYMARK_IMPORT_ERROR (waymark_import_error_quark ())

typedef enum
{
  WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
  WAYMARK_IMPORT_ERROR_DAMAGED,
  WAYMARK_IMPORT_ERROR_NEWER,
  WAYMARK_IMPORT_ERROR_NO_BATCH,
} WaymarkImportError;

typedef struct
{
  const char *format;     /* the format read, such as "waymark" */
  guint       n_added;    /* records added to the plan */
  guint       n_skipped;  /* records the plan had already, from an earlier import */
  gboolean    person_kept; /* the plan's own About Me was kept, not the file's */
  gint64      batch_id;   /* the import's batch; 0 when nothing was added */
} WaymarkImportResult;

GQuark   waymark_import_error_quark (void);

G_END_DECLS
