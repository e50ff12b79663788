/* waymark-draft-offer.h: offering back what was being written when
 * Waymark last stopped
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

void waymark_offer_drafts (GtkWindow    *window,
                           WaymarkStore *store);

G_END_DECLS
