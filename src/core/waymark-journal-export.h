/* waymark-journal-export.h: the journal as a CSV file, for the person or their clinician
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

char     *waymark_journal_to_csv     (WaymarkStore  *store,
                                      gsize         *n_rows,
                                      GError       **error);
gboolean  waymark_journal_export_csv (WaymarkStore  *store,
                                      GFile         *file,
                                      gsize         *n_rows,
                                      GError       **error);

G_END_DECLS
