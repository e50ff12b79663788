/* waymark-chart-style.c: the colours every chart shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-chart-style"

#include "config.h"

#include "waymark-chart-style.h"

/* libadwaita's progress bar draws its trough in alpha(currentColor, .15);
 * a ring's track is the same thing bent into a circle. */
#define TRACK_ALPHA 0.15

static void
set_color (WaymarkChartColor *color,
           double             r,
           double             g,
           double             b,
           double             a)
{
  color->r = r;
  color->g = g;
  color->b = b;
  color->a = a;
}

/**
 * waymark_chart_style_update_track:
 * @style: a #WaymarkChartStyle
 *
 * Sets @style's track colour from its foreground, so a chart's faint
 * background follows the text colour as libadwaita's troughs do.
 */
void
waymark_chart_style_update_track (WaymarkChartStyle *style)
{
  g_return_if_fail (style != NULL);

  style->track = style->foreground;
  style->track.a = style->foreground.a * TRACK_ALPHA;
}

/**
 * waymark_chart_style_init_light:
 * @style: (out caller-allocates): the style to fill in
 *
 * Fills @style with libadwaita's light colours, for drawing where there
 * is no widget to ask (a print job, a PDF, a test).
 */
void
waymark_chart_style_init_light (WaymarkChartStyle *style)
{
  g_return_if_fail (style != NULL);

  set_color (&style->foreground, 0.0, 0.0, 0.0, 0.8);             /* #000000cc */
  set_color (&style->background, 0xfa / 255.0, 0xfa / 255.0, 0xfa / 255.0, 1.0);
  set_color (&style->accent, 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0, 1.0);
  style->font_family = NULL;
  waymark_chart_style_update_track (style);
}

/**
 * waymark_chart_style_init_dark:
 * @style: (out caller-allocates): the style to fill in
 *
 * Fills @style with libadwaita's dark colours.
 */
void
waymark_chart_style_init_dark (WaymarkChartStyle *style)
{
  g_return_if_fail (style != NULL);

  set_color (&style->foreground, 1.0, 1.0, 1.0, 1.0);
  set_color (&style->background, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 1.0);
  set_color (&style->accent, 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 1.0);
  style->font_family = NULL;
  waymark_chart_style_update_track (style);
}

void
waymark_chart_color_set_source (cairo_t                 *cr,
                                const WaymarkChartColor *color)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}
