/* waymark-fhir.h: the plan as a FHIR R4 Bundle, for a clinic's record system
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

char     *waymark_fhir_bundle_to_json (WaymarkStore  *store,
                                       guint         *n_resources,
                                       GError       **error);
gboolean  waymark_fhir_export         (WaymarkStore  *store,
                                       const char    *path,
                                       guint         *n_resources,
                                       GError       **error);

G_END_DECLS
