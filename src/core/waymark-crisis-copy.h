/* waymark-crisis-copy.h: a protected plan's crisis plan, readable without
 * the passphrase when the person chooses so
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-crisis-plan.h"
#include "waymark-store.h"

G_BEGIN_DECLS

char              *waymark_crisis_copy_path   (const char    *plan_path);
gboolean           waymark_crisis_copy_exists (const char    *plan_path);
gboolean           waymark_crisis_copy_write  (WaymarkStore  *store,
                                               GError       **error);
WaymarkCrisisPlan *waymark_crisis_copy_read   (const char    *plan_path,
                                               GError       **error);
gboolean           waymark_crisis_copy_remove (const char    *plan_path,
                                               GError       **error);
void               waymark_crisis_copy_keep   (WaymarkStore  *store);

G_END_DECLS
