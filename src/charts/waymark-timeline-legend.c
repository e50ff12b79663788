/* waymark-timeline-legend.c: what the timeline's markers mean, drawn
 * under an exported or printed timeline
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-timeline-legend"

#include "config.h"

#include <pango/pangocairo.h>

#include "waymark-chart-text.h"
#include "waymark-journey.h"
#include "waymark-timeline-chart.h"
#include "waymark-timeline-legend.h"

/* Each kind of event has a shape of its own (■ ◆ ● ★ ▼ ▲), so they can
 * be told apart without colour; on paper nothing else says which is
 * which. One entry a kind, in the order of the kinds, its marker drawn
 * as on the chart and its name beside it, flowing onto a second line
 * when the width runs out. */

#define MARKER_SIZE 5.5
#define MARKER_GAP  6.0
#define ENTRY_GAP   18.0
#define LINE_GAP    6.0

/**
 * waymark_timeline_legend_draw:
 * @x: the left edge
 * @y: the top
 * @width: the width there is
 *
 * Returns: the height drawn
 */
double
waymark_timeline_legend_draw (cairo_t                 *cr,
                              double                   x,
                              double                   y,
                              double                   width,
                              const WaymarkChartStyle *style)
{
  g_autoptr(PangoLayout) text = NULL;
  double left = x, top = y, line_height = 0.0;

  g_return_val_if_fail (cr != NULL, 0.0);
  g_return_val_if_fail (style != NULL, 0.0);

  text = waymark_chart_create_text (cr, style, FALSE);

  for (WaymarkJourneyEventKind kind = 0; kind < WAYMARK_N_JOURNEY_EVENT_KINDS; kind++)
    {
      int text_width, text_height;
      double entry_width;

      pango_layout_set_text (text, waymark_journey_event_kind_get_name (kind), -1);
      pango_layout_get_pixel_size (text, &text_width, &text_height);
      entry_width = MARKER_SIZE * 2.0 + MARKER_GAP + text_width;
      line_height = MAX (line_height, MAX (text_height, MARKER_SIZE * 2.0));

      if (left > x && left + entry_width > x + width)
        {
          left = x;
          top += line_height + LINE_GAP;
        }

      waymark_timeline_marker_path (cr, kind, left + MARKER_SIZE, top + line_height / 2.0, MARKER_SIZE);
      waymark_chart_color_set_source (cr, &style->foreground);
      cairo_fill (cr);

      cairo_move_to (cr, left + MARKER_SIZE * 2.0 + MARKER_GAP, top + (line_height - text_height) / 2.0);
      pango_cairo_show_layout (cr, text);

      left += entry_width + ENTRY_GAP;
    }

  return top + line_height - y;
}
