/* waymark-emergency-number.h: the number for emergency services where
 * the person lives, kept with the crisis plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

char     *waymark_emergency_number_get (WaymarkStore  *store,
                                        GError       **error);
gboolean  waymark_emergency_number_set (WaymarkStore  *store,
                                        const char    *number,
                                        GError       **error);

G_END_DECLS
