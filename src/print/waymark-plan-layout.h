/* waymark-plan-layout.h: the whole recovery plan laid out on pages
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "waymark-plan-print.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PLAN_LAYOUT (waymark_plan_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanLayout, waymark_plan_layout, WAYMARK, PLAN_LAYOUT, GObject)

WaymarkPlanLayout *waymark_plan_layout_new            (WaymarkPlanPrint  *print,
                                                       double             paper_width,
                                                       double             paper_height,
                                                       PangoFontMap      *font_map);
void               waymark_plan_layout_set_paper_size (WaymarkPlanLayout *self,
                                                       double             paper_width,
                                                       double             paper_height);
void               waymark_plan_layout_get_paper_size (WaymarkPlanLayout *self,
                                                       double            *paper_width,
                                                       double            *paper_height);
guint              waymark_plan_layout_paginate       (WaymarkPlanLayout *self);
guint              waymark_plan_layout_get_n_pages    (WaymarkPlanLayout *self);
void               waymark_plan_layout_draw_page      (WaymarkPlanLayout *self,
                                                       cairo_t           *cr,
                                                       guint              page);
double             waymark_plan_layout_get_page_fill  (WaymarkPlanLayout *self,
                                                       guint              page);

G_END_DECLS
