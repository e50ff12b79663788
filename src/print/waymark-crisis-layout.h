/* waymark-crisis-layout.h: the crisis plan laid out on paper, as pages or a wallet card
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "waymark-crisis-plan.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_CRISIS_LAYOUT_PAGE,
  WAYMARK_CRISIS_LAYOUT_CARD,
} WaymarkCrisisLayoutKind;

#define WAYMARK_TYPE_CRISIS_LAYOUT_KIND (waymark_crisis_layout_kind_get_type ())
GType waymark_crisis_layout_kind_get_type (void);

/* All in points (1/72 inch), the unit of a PDF and of the print job. */
#define WAYMARK_MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

/* A full page keeps everything at least this far inside the paper's edge. */
#define WAYMARK_CRISIS_PAGE_MARGIN WAYMARK_MM_TO_PT (18.0)

/* A wallet card panel is a credit card (ISO/IEC 7810 ID-1). */
#define WAYMARK_CRISIS_CARD_WIDTH  WAYMARK_MM_TO_PT (85.6)
#define WAYMARK_CRISIS_CARD_HEIGHT WAYMARK_MM_TO_PT (54.0)
#define WAYMARK_CRISIS_CARD_N_PANELS 4

/* Text on the card is never shrunk below this. */
#define WAYMARK_CRISIS_CARD_MIN_FONT_SIZE 6.5
/* Nor its phone numbers below this. */
#define WAYMARK_CRISIS_CARD_MIN_NUMBER_SIZE 8.0

#define WAYMARK_TYPE_CRISIS_LAYOUT (waymark_crisis_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCrisisLayout, waymark_crisis_layout, WAYMARK, CRISIS_LAYOUT, GObject)

WaymarkCrisisLayout     *waymark_crisis_layout_new            (WaymarkCrisisPlan       *plan,
                                                               WaymarkCrisisLayoutKind  kind,
                                                               double                   paper_width,
                                                               double                   paper_height,
                                                               PangoFontMap            *font_map);
WaymarkCrisisLayoutKind  waymark_crisis_layout_get_kind       (WaymarkCrisisLayout     *self);
void                     waymark_crisis_layout_set_paper_size (WaymarkCrisisLayout     *self,
                                                               double                   paper_width,
                                                               double                   paper_height);
void                     waymark_crisis_layout_get_paper_size (WaymarkCrisisLayout     *self,
                                                               double                  *paper_width,
                                                               double                  *paper_height);
guint                    waymark_crisis_layout_paginate       (WaymarkCrisisLayout     *self);
guint                    waymark_crisis_layout_get_n_pages    (WaymarkCrisisLayout     *self);
void                     waymark_crisis_layout_draw_page      (WaymarkCrisisLayout     *self,
                                                               cairo_t                 *cr,
                                                               guint                    page);
GPtrArray               *waymark_crisis_layout_get_left_off   (WaymarkCrisisLayout     *self);
gboolean                 waymark_crisis_layout_get_panel      (WaymarkCrisisLayout     *self,
                                                               guint                    index,
                                                               cairo_rectangle_t       *panel);

G_END_DECLS
