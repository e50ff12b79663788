/* waymark-safety-net-box.h: the numbers Waymark suggests for the person's
 * country, to call or copy, and where to change the country
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-safety-net.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_SAFETY_NET_BOX (waymark_safety_net_box_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkSafetyNetBox, waymark_safety_net_box, WAYMARK, SAFETY_NET_BOX, GtkWidget)

GtkWidget                     *waymark_safety_net_box_new         (gboolean             show_picker);
WaymarkStore                  *waymark_safety_net_box_get_store   (WaymarkSafetyNetBox *self);
void                           waymark_safety_net_box_set_store   (WaymarkSafetyNetBox *self,
                                                                   WaymarkStore        *store);
const WaymarkSafetyNetCountry *waymark_safety_net_box_get_country (WaymarkSafetyNetBox *self);
void                           waymark_safety_net_box_set_show_emergency (WaymarkSafetyNetBox *self,
                                                                          gboolean             show_emergency);

G_END_DECLS
