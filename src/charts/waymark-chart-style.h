/* waymark-chart-style.h: the colours every chart shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A colour as cairo takes it: straight (not premultiplied) alpha,
 * every component from 0 to 1. */
typedef struct
{
  double r;
  double g;
  double b;
  double a;
} WaymarkChartColor;

/* Plain data, so the screen, a print job and a PDF export can each fill
 * one in (from CSS, or from the defaults below) and hand it to any chart.
 * font_family is borrowed for as long as the style is used; NULL means
 * the default sans-serif face. */
typedef struct
{
  WaymarkChartColor  foreground;
  WaymarkChartColor  background;
  WaymarkChartColor  track;
  WaymarkChartColor  accent;
  const char        *font_family;
} WaymarkChartStyle;

void waymark_chart_style_init_light   (WaymarkChartStyle       *style);
void waymark_chart_style_init_dark    (WaymarkChartStyle       *style);
void waymark_chart_style_update_track (WaymarkChartStyle       *style);
void waymark_chart_color_set_source   (cairo_t                 *cr,
                                       const WaymarkChartColor *color);

G_END_DECLS
