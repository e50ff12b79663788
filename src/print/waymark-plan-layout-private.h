/* waymark-plan-layout-private.h: what the recovery plan's page flow and
 * its content share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-crisis-layout-private.h"
#include "waymark-plan-layout.h"

G_BEGIN_DECLS

/* In points. */
#define PLAN_TITLE_SIZE    22.0
#define PLAN_HEADING_SIZE  14.0
#define PLAN_GROUP_SIZE    12.0
#define PLAN_BODY_SIZE     10.5
#define PLAN_DETAIL_SIZE   10.0
#define PLAN_PHONE_SIZE    13.0
#define PLAN_SMALL_SIZE     9.0
#define PLAN_INDENT        14.0   /* an item's text, after its bullet */
#define PLAN_LINE_PITCH    24.0   /* ruled lines to write on */
#define PLAN_BAR_WIDTH    110.0
#define PLAN_BAR_HEIGHT     6.0

typedef enum
{
  ROW_TEXT,
  ROW_BAR,          /* a goal's progress */
  ROW_WRITING,      /* a ruled line to write on, after an optional label */
  ROW_RULE,         /* under a section's heading */
} RowKind;

/* One line of the flow: a paragraph, a progress bar or a line to write on. */
typedef struct
{
  RowKind      kind;
  PangoLayout *layout;        /* text, the bar's percentage or the writing line's label */
  PangoLayout *marker;        /* a bullet */
  PangoLayout *second;        /* a writing line's second label, a second line after it */
  double       indent;
  double       space_before;
  double       height;
  double       gray;
  double       fraction;      /* a bar's */
} Row;

/* Rows kept on one page when they can be. */
typedef struct
{
  GPtrArray *rows;            /* Row * */
  gboolean   keep_with_next;  /* a heading: never alone at a page's foot */
} Unit;

struct _WaymarkPlanLayout
{
  GObject            parent_instance;

  WaymarkPlanPrint  *print;
  PangoFontMap      *font_map;
  PangoContext      *context;
  GPtrArray         *pages;       /* GPtrArray of Piece * */
  GArray            *fills;       /* double: how far down each page's body is used */
  double             paper_width;
  double             paper_height;
  gboolean           paginated;
};

PangoLayout *waymark_plan_text       (WaymarkPlanLayout *self,
                                      const char        *text,
                                      double             size,
                                      PangoWeight        weight,
                                      double             width);
PangoLayout *waymark_plan_markup     (WaymarkPlanLayout *self,
                                      const char        *markup,
                                      double             size,
                                      double             width);

GPtrArray   *waymark_plan_units_new  (void);
Unit        *waymark_plan_unit_new   (GPtrArray         *units);
Row         *waymark_plan_add_row    (Unit              *unit,
                                      RowKind            kind,
                                      PangoLayout       *layout,
                                      double             indent,
                                      double             space_before);

/* waymark-plan-layout-content.c: the plan as units to flow. */
GPtrArray   *waymark_plan_build_units (WaymarkPlanLayout *self,
                                       double             width);

G_END_DECLS
