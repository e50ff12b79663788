/* waymark-timeline-chart.c: the recovery journey drawn along time: stage
 * bands, the mood underneath, and the events as markers
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-timeline-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-chart-text.h"
#include "waymark-timeline-chart.h"
#include "waymark-date.h"

/* The stages are lanes, the first at the bottom, so moving on is moving
 * up and going back is a step down drawn exactly like a step up: the
 * same colour, the same line, no warning. The furthest stage reached so
 * far is a dashed line that a step down never lowers. */

#define GUTTER_MAX      116.0
#define GUTTER_SHARE    0.24
#define PAD_RIGHT       14.0
#define PAD_TOP         8.0
#define MOOD_GAP        10.0
#define MARKER_STRIP    28.0
#define AXIS_ROW        22.0
#define LANE_INSET      3.0
#define BAND_RADIUS     4.0
#define MARKER_SIZE     5.5
#define MARKER_MIN_GAP  12.0   /* markers closer than this are drawn as one */
#define MOOD_COLUMN_PX  3.0
#define LABEL_MIN_GAP   56.0   /* the least room a date label needs */
#define STAGES_SHARE    0.68   /* of the height left for stages and mood */

void
waymark_timeline_chart_get_layout (double                 width,
                                   double                 height,
                                   WaymarkTimelineLayout *layout)
{
  guint n_stages;
  double gutter = MIN (GUTTER_MAX, floor (width * GUTTER_SHARE));
  double body;

  waymark_stages (&n_stages);

  layout->plot.x = gutter;
  layout->plot.y = PAD_TOP;
  layout->plot.width = MAX (1.0, width - gutter - PAD_RIGHT);
  layout->plot.height = MAX (1.0, height - PAD_TOP - MARKER_STRIP - AXIS_ROW);

  body = layout->plot.height - MOOD_GAP;
  layout->lane_height = MAX (1.0, floor (body * STAGES_SHARE / n_stages));
  layout->stages_bottom = layout->plot.y + layout->lane_height * n_stages;
  layout->mood_top = layout->stages_bottom + MOOD_GAP;
  layout->mood_bottom = layout->plot.y + layout->plot.height;
  layout->markers_y = layout->mood_bottom + MARKER_STRIP / 2.0;
  layout->axis_y = layout->mood_bottom + MARKER_STRIP + AXIS_ROW / 2.0;
}

/**
 * waymark_timeline_chart_x_for_julian:
 * @julian: a day, or a moment within one (day + fraction)
 *
 * Returns: where @julian's start falls along the time axis
 */
double
waymark_timeline_chart_x_for_julian (const WaymarkTimelineChart *chart,
                                     double                      width,
                                     double                      julian)
{
  WaymarkTimelineLayout layout;

  waymark_timeline_chart_get_layout (width, 100.0, &layout);
  return layout.plot.x + (julian - chart->first) / (chart->last - chart->first) * layout.plot.width;
}

double
waymark_timeline_chart_julian_at_x (const WaymarkTimelineChart *chart,
                                    double                      width,
                                    double                      x)
{
  WaymarkTimelineLayout layout;

  waymark_timeline_chart_get_layout (width, 100.0, &layout);
  return chart->first + (x - layout.plot.x) / layout.plot.width * (chart->last - chart->first);
}

static double
lane_top (const WaymarkTimelineLayout *layout,
          guint                        order)
{
  guint n_stages;

  waymark_stages (&n_stages);
  return layout->plot.y + (n_stages - 1 - order) * layout->lane_height;
}

static void
set_color (cairo_t                 *cr,
           const WaymarkChartColor *color,
           double                   alpha)
{
  WaymarkChartColor faded = *color;

  faded.a *= alpha;
  waymark_chart_color_set_source (cr, &faded);
}

/* @text at @x, its middle at @cy, at most @max_width wide. */
static void
show_text (cairo_t     *cr,
           PangoLayout *text,
           const char  *string,
           double       x,
           double       cy,
           double       max_width)
{
  int height;

  pango_layout_set_text (text, string, -1);
  pango_layout_set_width (text, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_get_pixel_size (text, NULL, &height);
  cairo_move_to (cr, round (x), round (cy - height / 2.0));
  pango_cairo_show_layout (cr, text);
}

/* @a over @b at @share, opaque. */
static void
mix (WaymarkChartColor       *out,
     const WaymarkChartColor *a,
     const WaymarkChartColor *b,
     double                   share)
{
  out->r = a->r * share + b->r * (1.0 - share);
  out->g = a->g * share + b->g * (1.0 - share);
  out->b = a->b * share + b->b * (1.0 - share);
  out->a = 1.0;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0.0, G_PI / 2.0);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2.0, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 1.5 * G_PI);
  cairo_close_path (cr);
}

static void
draw_lanes (cairo_t                    *cr,
            const WaymarkTimelineChart *chart,
            const WaymarkTimelineLayout *layout,
            PangoLayout                *text,
            const WaymarkChartStyle    *style)
{
  guint n_stages;
  const WaymarkStageInfo *stages = waymark_stages (&n_stages);

  for (guint i = 0; i < n_stages; i++)
    {
      double top = lane_top (layout, stages[i].order);
      gboolean selected = chart->selected_stage == &stages[i];

      if (selected || i % 2 == 0)
        {
          if (selected)
            set_color (cr, &style->accent, 0.14);
          else
            set_color (cr, &style->track, 0.45);
          cairo_rectangle (cr, 0.0, top, layout->plot.x + layout->plot.width, layout->lane_height);
          cairo_fill (cr);
        }

      set_color (cr, &style->foreground, selected ? 1.0 : 0.6);
      show_text (cr, text, _(stages[i].name), 8.0, top + layout->lane_height / 2.0, layout->plot.x - 14.0);
    }
}

/* Dashed: the furthest stage reached by each day, from the first day it
 * was reached on, so a step back never lowers it. */
static void
draw_highest (cairo_t                     *cr,
              const WaymarkTimelineChart  *chart,
              const WaymarkTimelineLayout *layout,
              double                       width,
              const WaymarkChartStyle     *style)
{
  guint n = waymark_journey_get_n_episodes (chart->journey);
  const WaymarkStageInfo *highest = NULL;
  const double dashes[] = { 5.0, 4.0 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
  set_color (cr, &style->accent, 0.8);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkStageEpisode *episode = waymark_journey_get_episode (chart->journey, i);
      double x0, x1, y;

      if (highest == NULL || episode->stage->order > highest->order)
        highest = episode->stage;

      x0 = waymark_timeline_chart_x_for_julian (chart, width, episode->first_julian);
      x1 = waymark_timeline_chart_x_for_julian (chart, width, episode->last_julian + 1.0);
      if (x1 < layout->plot.x || x0 > layout->plot.x + layout->plot.width)
        continue;

      y = round (lane_top (layout, highest->order) + 1.5) + 0.75;
      cairo_move_to (cr, MAX (x0, layout->plot.x), y);
      cairo_line_to (cr, MIN (x1, layout->plot.x + layout->plot.width), y);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

static void
draw_episodes (cairo_t                     *cr,
               const WaymarkTimelineChart  *chart,
               const WaymarkTimelineLayout *layout,
               double                       width,
               const WaymarkChartStyle     *style)
{
  guint n = waymark_journey_get_n_episodes (chart->journey);
  double previous_y = NAN;
  WaymarkChartColor band;

  for (guint i = 0; i < n; i++)
    {
      const WaymarkStageEpisode *episode = waymark_journey_get_episode (chart->journey, i);
      double x0 = waymark_timeline_chart_x_for_julian (chart, width, episode->first_julian);
      double x1 = waymark_timeline_chart_x_for_julian (chart, width, episode->last_julian + 1.0);
      double top = lane_top (layout, episode->stage->order);
      double middle = top + layout->lane_height / 2.0;
      gboolean selected = chart->selected_stage == episode->stage;

      /* The step from the previous stage, up or down alike. */
      if (!isnan (previous_y) && x0 >= layout->plot.x && x0 <= layout->plot.x + layout->plot.width)
        {
          set_color (cr, &style->accent, 0.7);
          cairo_set_line_width (cr, 2.0);
          cairo_move_to (cr, round (x0) + 0.0, previous_y);
          cairo_line_to (cr, round (x0) + 0.0, middle);
          cairo_stroke (cr);
        }
      previous_y = middle;

      if (x1 < layout->plot.x || x0 > layout->plot.x + layout->plot.width)
        continue;

      x0 = MAX (x0, layout->plot.x - BAND_RADIUS);
      x1 = MIN (x1, layout->plot.x + layout->plot.width + BAND_RADIUS);
      rounded_rectangle (cr, x0, top + LANE_INSET, MAX (1.0, x1 - x0),
                         layout->lane_height - 2 * LANE_INSET, BAND_RADIUS);
      /* Opaque, mixed with the background: a band looks the same in
       * every lane, striped or not. */
      mix (&band, &style->accent, &style->background, selected ? 0.95 : 0.7);
      waymark_chart_color_set_source (cr, &band);
      cairo_fill (cr);
    }
}

static void
draw_mood (cairo_t                     *cr,
           const WaymarkTimelineChart  *chart,
           const WaymarkTimelineLayout *layout,
           double                       width,
           PangoLayout                 *text,
           const WaymarkChartStyle     *style)
{
  double height = layout->mood_bottom - layout->mood_top;
  guint n_columns = (guint) MAX (1.0, floor (layout->plot.width / MOOD_COLUMN_PX));
  gboolean drawing = FALSE;

  /* The baseline and the label. */
  set_color (cr, &style->foreground, 0.12);
  cairo_rectangle (cr, layout->plot.x, round (layout->mood_bottom) - 1.0, layout->plot.width, 1.0);
  cairo_fill (cr);
  set_color (cr, &style->foreground, 0.6);
  show_text (cr, text, _("Mood"), 8.0, layout->mood_top + height / 2.0, layout->plot.x - 14.0);

  if (chart->series == NULL || height < 4.0)
    return;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  set_color (cr, &style->accent, 0.9);

  for (guint c = 0; c < n_columns; c++)
    {
      double from = waymark_timeline_chart_julian_at_x (chart, width, layout->plot.x + c * MOOD_COLUMN_PX);
      double to = waymark_timeline_chart_julian_at_x (chart, width, layout->plot.x + (c + 1) * MOOD_COLUMN_PX);
      double mean;
      double x, y;

      if (to < 1.0)
        continue;

      mean = waymark_day_series_mean (chart->series, WAYMARK_MEASURE_MOOD_AVERAGE,
                                      (guint32) MAX (1.0, floor (from)), (guint32) MAX (1.0, floor (to)), NULL);
      if (isnan (mean))
        {
          /* A column shorter than a day may fall between two days:
           * only a whole empty day breaks the line. */
          if (to - from >= 1.0 || floor (from) != floor (to))
            drawing = FALSE;
          continue;
        }

      x = layout->plot.x + (c + 0.5) * MOOD_COLUMN_PX;
      y = layout->mood_top + 2.0 + (height - 4.0) * (1.0 - CLAMP (mean, 0.0, 10.0) / 10.0);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }

  cairo_stroke (cr);
  cairo_restore (cr);
}

/* One label a month, a quarter, a year or a few years, whichever the
 * zoom leaves room for; a label on every day or week when zoomed in. */
static void
draw_axis (cairo_t                     *cr,
           const WaymarkTimelineChart  *chart,
           const WaymarkTimelineLayout *layout,
           double                       width,
           PangoLayout                 *text,
           const WaymarkChartStyle     *style)
{
  double px_per_day = layout->plot.width / (chart->last - chart->first);
  guint32 first = (guint32) MAX (1.0, floor (chart->first));
  guint32 last = (guint32) MAX (1.0, ceil (chart->last));
  guint step_days = 0, step_months = 0;
  GDate date;

  if (px_per_day >= LABEL_MIN_GAP)
    step_days = 1;
  else if (px_per_day * 7 >= LABEL_MIN_GAP)
    step_days = 7;
  else if (px_per_day * 30.4 >= LABEL_MIN_GAP)
    step_months = 1;
  else if (px_per_day * 91.3 >= LABEL_MIN_GAP)
    step_months = 3;
  else if (px_per_day * 365.25 >= LABEL_MIN_GAP)
    step_months = 12;
  else if (px_per_day * 365.25 * 2 >= LABEL_MIN_GAP)
    step_months = 24;
  else if (px_per_day * 365.25 * 5 >= LABEL_MIN_GAP)
    step_months = 60;
  else
    step_months = 120;

  waymark_chart_date_from_julian (&date, first);
  if (step_days == 7)
    while (g_date_get_weekday (&date) != G_DATE_MONDAY)
      g_date_add_days (&date, 1);
  if (step_months > 0)
    {
      g_date_set_day (&date, 1);
      if (g_date_get_julian (&date) < first)
        g_date_add_months (&date, 1);
      while (step_months >= 3 && (g_date_get_month (&date) - 1) % MIN (step_months, 12) != 0)
        g_date_add_months (&date, 1);
      while (step_months > 12 && g_date_get_year (&date) % (step_months / 12) != 0)
        g_date_add_months (&date, 12);
    }

  while (g_date_get_julian (&date) <= last)
    {
      guint32 julian = g_date_get_julian (&date);
      double x = waymark_timeline_chart_x_for_julian (chart, width, julian);
      g_autofree char *label = NULL;

      if (x >= layout->plot.x && x <= layout->plot.x + layout->plot.width)
        {
          const char *format;

          /* Translators: dates on the timeline's axis; see strftime. A
           * day ("3 Mar"), a month ("Mar"), a year ("2026"). */
          if (step_days > 0)
            format = C_("timeline axis", "%-d %b");
          else if (step_months < 12 && g_date_get_month (&date) != G_DATE_JANUARY)
            format = C_("timeline axis", "%b");
          else
            format = C_("timeline axis", "%Y");

          label = waymark_date_format_julian_as (julian, format);
          set_color (cr, &style->foreground, 0.08);
          cairo_rectangle (cr, round (x), layout->plot.y, 1.0, layout->mood_bottom - layout->plot.y);
          cairo_fill (cr);
          set_color (cr, &style->foreground, 0.6);
          show_text (cr, text, g_strstrip (label), x + 3.0, layout->axis_y, -1);
        }

      if (step_days > 0)
        g_date_add_days (&date, step_days);
      else
        g_date_add_months (&date, step_months);
    }
}

/**
 * waymark_timeline_chart_get_extent:
 * @journey: (nullable): the journey
 * @series: (nullable): the journal by day, whose mood the chart draws
 * @today: today
 * @first: (out): the journey's first day: its first stage, event or
 *   check-in, whichever came first; two weeks back when there is none
 * @last: (out): the end of today
 *
 * The stretch of time there is something to see in.
 */
void
waymark_timeline_chart_get_extent (WaymarkJourney   *journey,
                                   WaymarkDaySeries *series,
                                   guint32           today,
                                   double           *first,
                                   double           *last)
{
  double start = today + 1.0;

  g_return_if_fail (first != NULL && last != NULL);

  if (journey != NULL && waymark_journey_get_n_episodes (journey) > 0)
    start = MIN (start, waymark_journey_get_episode (journey, 0)->first_julian);
  if (journey != NULL && waymark_journey_get_n_events (journey) > 0)
    start = MIN (start, waymark_journey_get_event (journey, 0)->julian);
  if (series != NULL && waymark_day_series_get_n_days (series) > 0)
    start = MIN (start, waymark_day_series_get_day (series, 0)->julian);
  if (start > today)
    start = today - 13.0;

  *first = start;
  *last = today + 1.0;
}

/**
 * waymark_timeline_chart_clamp_range:
 * @extent_first: the journey's first day (waymark_timeline_chart_get_extent ())
 * @extent_last: the end of today
 * @first: (inout): the left edge of the time shown
 * @last: (inout): its right edge
 *
 * Keeps the time shown within the journey, with a small margin of a
 * twentieth of the time shown (at least a day) either side: panning
 * stops at the first day and at today instead of going on into an empty
 * past or future. The span shown is kept; one wider than the journey
 * ends at today's margin, the empty part before the journey began.
 */
void
waymark_timeline_chart_clamp_range (double  extent_first,
                                    double  extent_last,
                                    double *first,
                                    double *last)
{
  double span, margin, low, high;

  g_return_if_fail (first != NULL && last != NULL);

  span = *last - *first;
  margin = MAX (1.0, span * 0.05);
  low = extent_first - margin;
  high = extent_last + margin;

  if (span >= high - low || *last > high)
    {
      *last = high;
      *first = high - span;
    }
  else if (*first < low)
    {
      *first = low;
      *last = low + span;
    }
}

/**
 * waymark_timeline_marker_path:
 *
 * Adds the shape of @kind's marker to the path: each kind its own shape,
 * so they can be told apart without colour.
 */
void
waymark_timeline_marker_path (cairo_t                 *cr,
                              WaymarkJourneyEventKind  kind,
                              double                   x,
                              double                   y,
                              double                   size)
{
  cairo_new_sub_path (cr);

  switch (kind)
    {
    case WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT:     /* a square */
      cairo_rectangle (cr, x - size * 0.8, y - size * 0.8, size * 1.6, size * 1.6);
      break;

    case WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE:      /* a diamond */
      cairo_move_to (cr, x, y - size);
      cairo_line_to (cr, x + size, y);
      cairo_line_to (cr, x, y + size);
      cairo_line_to (cr, x - size, y);
      cairo_close_path (cr);
      break;

    case WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE:         /* a ring's outline, filled */
    case WAYMARK_JOURNEY_EVENT_OWN:
      cairo_arc (cr, x, y, size * 0.9, 0.0, 2.0 * G_PI);
      break;

    case WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED:         /* a star */
      for (guint i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2.0 + i * G_PI / 5.0;
          double r = i % 2 ? size * 0.5 : size * 1.15;

          if (i == 0)
            cairo_move_to (cr, x + r * cos (angle), y + r * sin (angle));
          else
            cairo_line_to (cr, x + r * cos (angle), y + r * sin (angle));
        }
      cairo_close_path (cr);
      break;

    case WAYMARK_JOURNEY_EVENT_SETBACK:               /* a triangle pointing down */
      cairo_move_to (cr, x - size, y - size * 0.75);
      cairo_line_to (cr, x + size, y - size * 0.75);
      cairo_line_to (cr, x, y + size);
      cairo_close_path (cr);
      break;

    case WAYMARK_JOURNEY_EVENT_PLAN_REVIEW:           /* a triangle pointing up */
    default:
      cairo_move_to (cr, x - size, y + size * 0.75);
      cairo_line_to (cr, x + size, y + size * 0.75);
      cairo_line_to (cr, x, y - size);
      cairo_close_path (cr);
      break;
    }
}

/**
 * waymark_timeline_chart_get_markers:
 *
 * The markers as drawn at this size: the events in the visible range,
 * those closer than a few pixels merged into one. The cost follows the
 * events in range, the markers are at most one every few pixels.
 *
 * Returns: (transfer full) (element-type WaymarkTimelineMarker): them,
 *   left to right
 */
GArray *
waymark_timeline_chart_get_markers (const WaymarkTimelineChart *chart,
                                    double                      width,
                                    double                      height)
{
  GArray *markers = g_array_new (FALSE, FALSE, sizeof (WaymarkTimelineMarker));
  WaymarkTimelineLayout layout;
  guint first_index = 0;
  guint n;

  if (chart->journey == NULL || chart->last <= chart->first)
    return markers;

  waymark_timeline_chart_get_layout (width, height, &layout);
  n = waymark_journey_find_events (chart->journey,
                                   (guint32) MAX (1.0, floor (chart->first)),
                                   (guint32) MAX (1.0, ceil (chart->last)),
                                   &first_index);

  for (guint i = first_index; i < first_index + n; i++)
    {
      const WaymarkJourneyEvent *event = waymark_journey_get_event (chart->journey, i);
      double x = waymark_timeline_chart_x_for_julian (chart, width, event->julian + 0.5);
      WaymarkTimelineMarker marker = { i, 1, x, layout.markers_y };

      if (x < layout.plot.x || x > layout.plot.x + layout.plot.width)
        continue;

      if (markers->len > 0)
        {
          WaymarkTimelineMarker *previous = &g_array_index (markers, WaymarkTimelineMarker, markers->len - 1);

          if (x - previous->x < MARKER_MIN_GAP)
            {
              previous->n_events++;
              continue;
            }
        }

      g_array_append_val (markers, marker);
    }

  return markers;
}

static void
draw_markers (cairo_t                     *cr,
              const WaymarkTimelineChart  *chart,
              double                       width,
              double                       height,
              const WaymarkChartStyle     *style)
{
  g_autoptr(GArray) markers = waymark_timeline_chart_get_markers (chart, width, height);

  for (guint i = 0; i < markers->len; i++)
    {
      const WaymarkTimelineMarker *marker = &g_array_index (markers, WaymarkTimelineMarker, i);
      const WaymarkJourneyEvent *event = waymark_journey_get_event (chart->journey, marker->event_index);
      gboolean selected = chart->selected_event >= (int) marker->event_index &&
                          chart->selected_event < (int) (marker->event_index + marker->n_events);

      /* A faint tick up to the stages, so a marker's day can be read
       * against the bands. */
      set_color (cr, &style->foreground, selected ? 0.35 : 0.1);
      cairo_rectangle (cr, round (marker->x), PAD_TOP, 1.0, marker->y - MARKER_SIZE - PAD_TOP);
      cairo_fill (cr);

      if (selected)
        {
          cairo_arc (cr, marker->x, marker->y, MARKER_SIZE + 4.0, 0.0, 2.0 * G_PI);
          set_color (cr, &style->accent, 0.3);
          cairo_fill (cr);
        }

      waymark_timeline_marker_path (cr, event->kind, marker->x, marker->y, MARKER_SIZE);
      set_color (cr, &style->foreground, 0.8);
      cairo_fill (cr);

      /* Several events on one spot: a second outline says so. */
      if (marker->n_events > 1)
        {
          cairo_set_line_width (cr, 1.0);
          cairo_arc (cr, marker->x, marker->y, MARKER_SIZE + 2.5, 0.0, 2.0 * G_PI);
          set_color (cr, &style->foreground, 0.5);
          cairo_stroke (cr);
        }
    }
}

static void
draw_today (cairo_t                     *cr,
            const WaymarkTimelineChart  *chart,
            const WaymarkTimelineLayout *layout,
            double                       width,
            const WaymarkChartStyle     *style)
{
  double x = waymark_timeline_chart_x_for_julian (chart, width, chart->today + 1.0);
  const double dashes[] = { 2.0, 3.0 };

  if (chart->today == 0 || x < layout->plot.x || x > layout->plot.x + layout->plot.width)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
  cairo_set_line_width (cr, 1.0);
  set_color (cr, &style->foreground, 0.5);
  cairo_move_to (cr, round (x) + 0.5, layout->plot.y);
  cairo_line_to (cr, round (x) + 0.5, layout->mood_bottom);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * waymark_timeline_chart_draw:
 * @chart: what to draw
 * @cr: where; nothing outside (0, 0, @width, @height) is touched
 * @style: the colours and font
 *
 * Draws the stage lanes with their names, the episodes as bands and the
 * steps between them, the furthest stage reached, the mood's 7-day
 * average, the events as markers and the dates. Only what is in the
 * visible range is drawn; events are merged a few pixels apart, so the
 * cost follows the width, not the length of the journey.
 */
void
waymark_timeline_chart_draw (const WaymarkTimelineChart *chart,
                             cairo_t                    *cr,
                             double                      width,
                             double                      height,
                             const WaymarkChartStyle    *style)
{
  g_autoptr(PangoLayout) text = NULL;
  WaymarkTimelineLayout layout;

  g_return_if_fail (chart != NULL && cr != NULL && style != NULL);

  if (width <= 0.0 || height <= 0.0 || !(chart->last > chart->first))
    return;

  waymark_timeline_chart_get_layout (width, height, &layout);

  cairo_save (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);

  text = waymark_chart_create_text (cr, style, FALSE);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  draw_lanes (cr, chart, &layout, text, style);
  draw_axis (cr, chart, &layout, width, text, style);

  cairo_save (cr);
  cairo_rectangle (cr, layout.plot.x, 0.0, layout.plot.width, height);
  cairo_clip (cr);
  if (chart->journey != NULL)
    {
      draw_episodes (cr, chart, &layout, width, style);
      draw_highest (cr, chart, &layout, width, style);
    }
  draw_today (cr, chart, &layout, width, style);
  cairo_restore (cr);

  draw_mood (cr, chart, &layout, width, text, style);

  if (chart->journey != NULL)
    draw_markers (cr, chart, width, height, style);

  cairo_restore (cr);
}

/**
 * waymark_timeline_chart_stage_at:
 *
 * Returns: (nullable): the stage whose lane is at (@x, @y), for a click
 */
const WaymarkStageInfo *
waymark_timeline_chart_stage_at (const WaymarkTimelineChart *chart,
                                 double                      width,
                                 double                      height,
                                 double                      x,
                                 double                      y)
{
  WaymarkTimelineLayout layout;
  guint n_stages;
  const WaymarkStageInfo *stages = waymark_stages (&n_stages);

  waymark_timeline_chart_get_layout (width, height, &layout);
  if (y < layout.plot.y || y >= layout.stages_bottom || x < 0.0 || x > layout.plot.x + layout.plot.width)
    return NULL;

  return &stages[n_stages - 1 - (guint) ((y - layout.plot.y) / layout.lane_height)];
}
