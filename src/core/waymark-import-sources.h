/* waymark-import-sources.h: the tables that remember what was imported from where
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

gboolean waymark_import_ensure_tables (WaymarkStore  *store,
                                       GError       **error);

G_END_DECLS
