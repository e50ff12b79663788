/* waymark-chart-text.h: what the charts write: their labels and days
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "waymark-chart-style.h"

G_BEGIN_DECLS

/* The size of a chart's labels, in pixels whatever the font's size, so
 * the margins that leave room for them can be fixed. */
#define WAYMARK_CHART_LABEL_PX 12.0

void         waymark_chart_date_from_julian (GDate                   *date,
                                             guint32                  julian);
char        *waymark_chart_format_julian    (guint32                  julian,
                                             const char              *format);
char        *waymark_chart_format_day       (guint32                  julian,
                                             guint32                  today);
PangoLayout *waymark_chart_create_text      (cairo_t                 *cr,
                                             const WaymarkChartStyle *style,
                                             gboolean                 tabular);
void         waymark_chart_set_dim_source   (cairo_t                 *cr,
                                             const WaymarkChartStyle *style);

G_END_DECLS
