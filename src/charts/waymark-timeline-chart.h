/* waymark-timeline-chart.h: the recovery journey drawn along time: stage
 * bands, the mood underneath, and the events as markers
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "waymark-chart-style.h"
#include "waymark-day-series.h"
#include "waymark-journey.h"

G_BEGIN_DECLS

/* What is drawn: a journey (and optionally the journal's day series for
 * the mood line) between two moments, in julian days with fractions, so
 * zooming and panning move smoothly between days. */
typedef struct
{
  WaymarkJourney         *journey;
  WaymarkDaySeries       *series;          /* nullable */
  double                  first;           /* the left edge, a julian day */
  double                  last;            /* the right edge; last > first */
  guint32                 today;
  int                     selected_event;  /* an index into the journey's events, or -1 */
  const WaymarkStageInfo *selected_stage;  /* nullable */
} WaymarkTimelineChart;

/* Where the parts of the chart go at one size. */
typedef struct
{
  cairo_rectangle_t plot;      /* the time axis spans plot.x .. plot.x + plot.width */
  double            lane_height;
  double            stages_bottom;
  double            mood_top;
  double            mood_bottom;
  double            markers_y; /* the middle of the marker strip */
  double            axis_y;    /* the middle of the date labels */
} WaymarkTimelineLayout;

/* A marker as drawn: the first event of the journey it stands for (close
 * events on one spot are drawn as one), and where. */
typedef struct
{
  guint  event_index;
  guint  n_events;
  double x;
  double y;
} WaymarkTimelineMarker;

void     waymark_timeline_chart_get_layout     (double                      width,
                                                double                      height,
                                                WaymarkTimelineLayout      *layout);
void     waymark_timeline_chart_draw           (const WaymarkTimelineChart *chart,
                                                cairo_t                    *cr,
                                                double                      width,
                                                double                      height,
                                                const WaymarkChartStyle    *style);
double   waymark_timeline_chart_x_for_julian   (const WaymarkTimelineChart *chart,
                                                double                      width,
                                                double                      julian);
double   waymark_timeline_chart_julian_at_x    (const WaymarkTimelineChart *chart,
                                                double                      width,
                                                double                      x);
GArray  *waymark_timeline_chart_get_markers    (const WaymarkTimelineChart *chart,
                                                double                      width,
                                                double                      height);
const WaymarkStageInfo *
         waymark_timeline_chart_stage_at       (const WaymarkTimelineChart *chart,
                                                double                      width,
                                                double                      height,
                                                double                      x,
                                                double                      y);
void     waymark_timeline_chart_get_extent     (WaymarkJourney             *journey,
                                                WaymarkDaySeries           *series,
                                                guint32                     today,
                                                double                     *first,
                                                double                     *last);
void     waymark_timeline_chart_clamp_range    (double                      extent_first,
                                                double                      extent_last,
                                                double                     *first,
                                                double                     *last);
void     waymark_timeline_marker_path          (cairo_t                    *cr,
                                                WaymarkJourneyEventKind     kind,
                                                double                      x,
                                                double                      y,
                                                double                      size);

G_END_DECLS
