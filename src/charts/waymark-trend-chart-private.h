/* waymark-trend-chart-private.h: what the trend chart's data and its
 * drawing share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-trend-chart.h"

G_BEGIN_DECLS

/* The plot sits inside fixed margins, so hit-testing needs only the
 * width and never a font: y labels to the left, then below the plot a
 * strip for markers and a row for dates. */
#define GUTTER_LEFT     36.0
#define PAD_RIGHT       14.0
#define PAD_TOP         10.0
#define MARKER_STRIP    16.0
#define X_LABEL_ROW     20.0
#define Y_LABEL_GAP     8.0

/* Where everything goes for one size of chart. Columns split the days
 * evenly: day i of the range is in column i * n_columns / n_days, so a
 * column is one day when they fit and a few days when they don't. */
typedef struct
{
  cairo_rectangle_t plot;
  guint32           first;
  guint32           n_days;
  guint             n_columns;
  double            column_width;
} Layout;

/* A line to draw: a value a column on @measure's scale, NAN where
 * nothing was recorded. A line of 7-day averages gives its @series: it
 * breaks where the average has no value (a week or more without a
 * mood) rather than after a few empty days. */
typedef struct
{
  const Layout     *layout;
  WaymarkMeasure    measure;
  const double     *values;
  WaymarkDaySeries *series;    /* nullable: only for the 7-day average */
} Line;

/* A column of a line with a value, and the y of the points it is
 * joined to on either side, NAN where the line breaks or ends. */
typedef struct
{
  guint  column;   /* G_MAXUINT before the first */
  double x;
  double y;
  double previous_y;
  double next_y;
} Point;

void     waymark_trend_layout_init             (Layout                  *layout,
                                                const WaymarkTrendChart *chart,
                                                double                   width,
                                                double                   height);
guint32  waymark_trend_layout_column_first_day (const Layout            *layout,
                                                guint                    column);
guint32  waymark_trend_layout_column_last_day  (const Layout            *layout,
                                                guint                    column);
guint    waymark_trend_layout_column_of_day    (const Layout            *layout,
                                                guint32                  julian);
double   waymark_trend_layout_value_y          (const Layout            *layout,
                                                WaymarkMeasure           measure,
                                                double                   value);
double  *waymark_trend_layout_column_means     (const Layout            *layout,
                                                WaymarkDaySeries        *series,
                                                WaymarkMeasure           measure,
                                                guint                   *n_drawn);
gboolean waymark_trend_line_next_point         (const Line              *line,
                                                Point                   *point);

G_END_DECLS
