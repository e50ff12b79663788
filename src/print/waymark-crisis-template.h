/* waymark-crisis-template.h: a blank crisis plan, printed to fill in by
 * hand, headed with the numbers suggested for the person's country
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "waymark-crisis-layout.h"
#include "waymark-safety-net.h"

G_BEGIN_DECLS

guint    waymark_crisis_template_paginate  (cairo_t                       *cr,
                                            WaymarkCrisisLayoutKind        kind,
                                            const WaymarkSafetyNetCountry *country,
                                            double                         width,
                                            double                         height);
void     waymark_crisis_template_draw_page (cairo_t                       *cr,
                                            WaymarkCrisisLayoutKind        kind,
                                            const WaymarkSafetyNetCountry *country,
                                            double                         width,
                                            double                         height,
                                            guint                          page);
gboolean waymark_crisis_template_export    (WaymarkCrisisLayoutKind        kind,
                                            const WaymarkSafetyNetCountry *country,
                                            const char                    *path,
                                            double                         width,
                                            double                         height,
                                            GError                       **error);

G_END_DECLS
