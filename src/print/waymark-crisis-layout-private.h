/* waymark-crisis-layout-private.h: what the crisis plan's page flow,
 * wallet card, text and display list share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "waymark-crisis-layout.h"
#include "waymark-date.h"

G_BEGIN_DECLS

#define FONT_FAMILY "Cantarell, Sans"

#define INK       0.10  /* text: near black, softer on the eye than pure black */
#define SECONDARY "#5e5e5e"
#define SECONDARY_GRAY (0x5e / 255.0)
#define RULE_GRAY 0.72
#define GUIDE_GRAY 0.55

struct _WaymarkCrisisLayout
{
  GObject                  parent_instance;

  /* Owned */
  WaymarkCrisisPlan       *plan;       /* a copy: what is printed is what was asked for */
  PangoFontMap            *font_map;
  PangoContext            *context;
  GPtrArray               *pages;      /* GPtrArray of Piece * */
  GPtrArray               *left_off;   /* char * */

  cairo_rectangle_t        panels[WAYMARK_CRISIS_CARD_N_PANELS];
  WaymarkCrisisLayoutKind  kind;
  double                   paper_width;
  double                   paper_height;
  gboolean                 rtl;        /* the locale's direction, for the page's furniture */
  gboolean                 paginated;
};

/* The display list (waymark-print-display-list.c) -------------------------- */

typedef enum
{
  PIECE_TEXT,
  PIECE_STEP,
  PIECE_BOX,
  PIECE_RULE,
  PIECE_CUT_GUIDE,
  PIECE_FOLD_GUIDE,
  PIECE_WRITING_LINE,
} PieceKind;

/* One thing drawn on a page. */
typedef struct
{
  PieceKind          kind;
  cairo_rectangle_t  clip;     /* nothing of it lands outside */
  double             x;
  double             y;
  double             width;
  double             height;
  double             gray;     /* 0 is black */
  PangoLayout       *layout;   /* text, or the number of a step */
  double             offset;   /* text: how far down the layout the piece starts */
  gboolean           band;     /* text: only height points of the layout, from offset */
} Piece;

void         waymark_print_piece_free        (Piece                   *piece);
Piece       *waymark_print_add_piece         (GPtrArray               *page,
                                              PieceKind                kind,
                                              const cairo_rectangle_t *clip,
                                              double                   x,
                                              double                   y,
                                              double                   width,
                                              double                   height);
Piece       *waymark_print_add_text          (GPtrArray               *page,
                                              const cairo_rectangle_t *clip,
                                              PangoLayout             *layout,
                                              double                   x,
                                              double                   y,
                                              double                   gray);
void         waymark_print_draw_piece        (cairo_t                 *cr,
                                              const Piece             *piece);

/* Text (waymark-print-text.c) ---------------------------------------------- */

PangoLayout *waymark_print_text_layout       (WaymarkCrisisLayout     *self,
                                              const char              *text,
                                              double                   size,
                                              PangoWeight              weight,
                                              double                   width);
PangoLayout *waymark_print_markup_layout     (WaymarkCrisisLayout     *self,
                                              const char              *markup,
                                              double                   size,
                                              double                   width);
double       waymark_print_layout_height     (PangoLayout             *layout);
double       waymark_print_layout_width      (PangoLayout             *layout);
double       waymark_print_layout_baseline   (PangoLayout             *layout);
double       waymark_print_first_line_height (PangoLayout             *layout);
gboolean     waymark_print_layout_is_rtl     (PangoLayout             *layout);
double       waymark_print_start_x           (double                   left,
                                              double                   width,
                                              gboolean                 rtl,
                                              double                   offset,
                                              double                   thing_width);
char        *waymark_print_isolate_ltr       (const char              *text);
char        *waymark_print_span              (double                   size,
                                              gboolean                 bold,
                                              const char              *color,
                                              const char              *text);
char        *waymark_print_one_line          (const char              *text);
char        *waymark_print_emergency_markup  (const char              *number,
                                              double                   number_size);

/* The full page (waymark-crisis-page-flow.c) -------------------------------- */

void         waymark_crisis_page_flow_paginate (WaymarkCrisisLayout   *self);

/* The wallet card's lines (waymark-crisis-card-blocks.c) -------------------- */

typedef enum
{
  BLOCK_CAPTION,
  BLOCK_NAME,
  BLOCK_EMERGENCY,
  BLOCK_HEADING,
  BLOCK_ITEM,
  BLOCK_PERSON,
  BLOCK_WRITING,
  BLOCK_MORE,
} BlockKind;

/* One of the wallet card's lines, measured at one size at a time. */
typedef struct
{
  BlockKind                   kind;
  const WaymarkCrisisSection *section;
  const WaymarkCrisisItem    *item;
  const char                 *text;
  gboolean                    at_bottom;   /* pinned to the panel's foot */
  /* Measured */
  PangoLayout                *layout;
  PangoLayout                *side;        /* a bullet, or a person's phone */
  double                      size;
  double                      height;
  double                      space_before;
  gboolean                    rtl;
} Block;

void         waymark_crisis_block_clear        (Block                      *block);
Block       *waymark_crisis_add_block          (GArray                     *blocks,
                                                BlockKind                   kind,
                                                const WaymarkCrisisSection *section,
                                                const WaymarkCrisisItem    *item,
                                                const char                 *text);
void         waymark_crisis_add_section_blocks (GArray                     *blocks,
                                                const WaymarkCrisisSection *section);
void         waymark_crisis_measure_block      (WaymarkCrisisLayout        *self,
                                                Block                      *block,
                                                double                      size,
                                                double                      width);
double       waymark_crisis_measure_blocks     (WaymarkCrisisLayout        *self,
                                                GArray                     *blocks,
                                                double                      size,
                                                double                      width);
gboolean     waymark_crisis_truncate_block     (Block                      *block,
                                                double                      room);
void         waymark_crisis_put_blocks         (WaymarkCrisisLayout        *self,
                                                GPtrArray                  *page,
                                                const cairo_rectangle_t    *panel,
                                                const cairo_rectangle_t    *inner,
                                                GArray                     *blocks);

/* The wallet card (waymark-crisis-card.c) ------------------------------------ */

void         waymark_crisis_card_paginate      (WaymarkCrisisLayout        *self);

G_END_DECLS
