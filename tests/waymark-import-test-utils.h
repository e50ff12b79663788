/* waymark-import-test-utils.h: helpers the importers' tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

char     *waymark_import_test_query_text    (WaymarkStore        *store,
                                             const char          *sql);
char     *waymark_import_test_sha256_of     (const char          *path);
char     *waymark_import_test_checksum_plan (const char          *plan);
void      waymark_import_test_again         (WaymarkStore        *store,
                                             const char          *path,
                                             const char          *format,
                                             guint                n_skipped);
void      waymark_import_test_import        (WaymarkStore        *store,
                                             const char          *path,
                                             const char          *format,
                                             const char          *told,
                                             guint                n_added,
                                             WaymarkImportResult *result);
void      waymark_import_test_unchanged     (WaymarkStore        *store,
                                             const char          *plan,
                                             const char          *before,
                                             int                  n_checkins,
                                             int                  n_batches);
gboolean  waymark_import_test_run           (const char * const *argv,
                                             char               **out,
                                             char               **err);

G_END_DECLS
