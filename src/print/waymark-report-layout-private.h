/* waymark-report-layout-private.h: what the appointment report's page
 * flow and its drawn parts share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "waymark-report-layout.h"

G_BEGIN_DECLS

#define REPORT_FONT       "Cantarell, DejaVu Sans, Sans"
#define REPORT_MARGIN     (15.0 * 72.0 / 25.4)
#define REPORT_FOOTER     16.0       /* room kept for the footer line */

#define REPORT_INK        0.10
#define REPORT_SECONDARY  0.37
#define REPORT_RULE       0.75

#define REPORT_BODY_SIZE  8.5
#define REPORT_TABLE_SIZE 7.5
#define REPORT_ROW_HEIGHT 11.5
#define REPORT_CHART_HEIGHT 72.0

/* The day table's columns, in order. */
typedef enum
{
  COLUMN_DAY,
  COLUMN_MOOD,
  COLUMN_ANXIETY,
  COLUMN_ENERGY,
  COLUMN_SLEEP,
  COLUMN_MEDICATION,
  COLUMN_ROUTINE,
  COLUMN_QUESTIONNAIRES,
  N_COLUMNS
} Column;

typedef enum
{
  BLOCK_TEXT,         /* a measured layout: a heading, a line, a paragraph */
  BLOCK_CHARTS,       /* mood, anxiety, energy and sleep */
  BLOCK_TABLE_HEAD,
  BLOCK_ROW,          /* index: a day of the range */
  BLOCK_SCORE_CHART,  /* PHQ-9 and GAD-7 over the range */
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  guint        index;
  double       height;
  double       indent;
  double       gray;
  gboolean     keep_with_next;
  gboolean     boxed;          /* text: on a tinted ground, to be seen */
  PangoLayout *layout;         /* text */
} Block;

typedef struct
{
  guint  block;
  double y;
} Placed;

struct _WaymarkReportLayout
{
  GObject        parent_instance;

  /* Owned */
  WaymarkReport *report;
  PangoFontMap  *font_map;
  PangoContext  *context;
  GArray        *blocks;   /* Block */
  GPtrArray     *pages;    /* GArray of Placed */
  PangoLayout   *cell;     /* reused for every cell of the day table */

  double         column_x[N_COLUMNS + 1];
  double         paper_width;
  double         paper_height;
  gboolean       paginated;
};

static inline double
report_content_width (WaymarkReportLayout *self)
{
  return self->paper_width - 2 * REPORT_MARGIN;
}

PangoLayout *waymark_report_text        (WaymarkReportLayout *self,
                                         const char          *markup,
                                         double               size,
                                         double               width);
double       waymark_report_text_height (PangoLayout         *layout);
char        *waymark_report_format_day  (guint32              julian,
                                         gboolean             with_year);
char        *waymark_report_format_value (double              value,
                                          gboolean            hours);

/* The drawn parts (waymark-report-blocks.c). */
double       waymark_report_charts_height (WaymarkReportLayout *self);
void         waymark_report_draw_charts  (WaymarkReportLayout *self,
                                          cairo_t             *cr,
                                          double               x,
                                          double               y);
void         waymark_report_layout_columns (WaymarkReportLayout *self);
void         waymark_report_draw_table_head (WaymarkReportLayout *self,
                                             cairo_t             *cr,
                                             double               x,
                                             double               y);
void         waymark_report_draw_row     (WaymarkReportLayout *self,
                                          cairo_t             *cr,
                                          guint                day_index,
                                          double               x,
                                          double               y);
void         waymark_report_draw_score_chart (WaymarkReportLayout *self,
                                              cairo_t             *cr,
                                              double               x,
                                              double               y,
                                              double               width,
                                              double               height);

G_END_DECLS
