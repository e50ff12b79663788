/* bench-timeline.c: drawing the timeline of a long journey. Run by hand:
 *
 *   _build/tests/bench/bench-timeline
 *
 * Builds ten years with a stage change every two months (some going
 * back), 5,000 events and a mood every day, then prints the time to
 * draw the timeline at 1280x480 zoomed to ten years, one year, three
 * months and two weeks (median and worst of 50), and the time per frame
 * of panning across the ten years at one-year zoom: a frame at 60 Hz
 * has 16.7 ms.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-timeline-chart.h"

#define DRAWS 50
#define PAN_FRAMES 240

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
draw_once (const WaymarkTimelineChart *chart,
           cairo_surface_t            *surface,
           const WaymarkChartStyle    *style)
{
  cairo_t *cr = cairo_create (surface);
  gint64 t0;
  double ms;

  waymark_chart_color_set_source (cr, &style->background);
  cairo_paint (cr);
  t0 = g_get_monotonic_time ();
  waymark_timeline_chart_draw (chart, cr, 1280, 480, style);
  cairo_surface_flush (surface);
  ms = (g_get_monotonic_time () - t0) / 1000.0;
  cairo_destroy (cr);

  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autoptr(GRand) dice = g_rand_new_with_seed (3);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 480);
  static const char * const path[] = { "moratorium", "awareness", "preparation", "action", "preparation",
                                       "action", "healing", "action", "healing", "commitment" };
  static const double spans[] = { 3653.0, 365.0, 91.0, 14.0 };
  static const char * const names[] = { "ten years", "one year", "three months", "two weeks" };
  WaymarkChartStyle style;
  GDate today;
  guint32 last, first;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  last = g_date_get_julian (&today);
  first = last - 3652;

  for (guint i = 0; i * 61 < 3653; i++)
    waymark_journey_add_stage_event (journey, first + i * 61, path[i % G_N_ELEMENTS (path)], i + 1);
  for (guint i = 0; i < 5000; i++)
    {
      WaymarkJourneyEvent event = { first + g_rand_int_range (dice, 0, 3653),
                                    g_rand_int_range (dice, 0, WAYMARK_N_JOURNEY_EVENT_KINDS),
                                    (char *) "An event", (char *) "", i + 1, G_TYPE_NONE };
      waymark_journey_add_event (journey, &event);
    }
  waymark_journey_finish (journey, last);

  for (guint32 d = first; d <= last; d++)
    {
      WaymarkDay day = { d, 1, };

      for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
        day.values[m] = NAN;
      day.values[WAYMARK_MEASURE_MOOD] = 5 + 2.5 * sin (d / 7.0) + g_rand_double_range (dice, -2, 2);
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  waymark_chart_style_init_light (&style);
  g_print ("Timeline, 10 years, %u stage episodes, %u events, 1280x480:\n",
           waymark_journey_get_n_episodes (journey), waymark_journey_get_n_events (journey));

  for (guint z = 0; z < G_N_ELEMENTS (spans); z++)
    {
      WaymarkTimelineChart chart = { journey, series, last + 1.0 - spans[z], last + 1.0, last, -1, NULL };
      double times[DRAWS];

      for (guint i = 0; i < DRAWS; i++)
        times[i] = draw_once (&chart, surface, &style);
      qsort (times, DRAWS, sizeof (double), compare_doubles);
      g_print ("  zoomed to %-12s median %.2f ms, worst %.2f ms\n", names[z], times[DRAWS / 2], times[DRAWS - 1]);
    }

  /* Panning: one year wide, moving right to left across ten years. */
  {
    double times[PAN_FRAMES];
    double total = 0;

    for (guint i = 0; i < PAN_FRAMES; i++)
      {
        double start = first + (3653.0 - 365.0) * i / (PAN_FRAMES - 1);
        WaymarkTimelineChart chart = { journey, series, start, start + 365.0, last, -1, NULL };
        g_autoptr(GArray) markers = NULL;
        gint64 t0 = g_get_monotonic_time ();

        /* What a frame costs the view: the markers it places, then the drawing. */
        markers = waymark_timeline_chart_get_markers (&chart, 1280, 480);
        times[i] = (g_get_monotonic_time () - t0) / 1000.0 + draw_once (&chart, surface, &style);
        total += times[i];
      }
    qsort (times, PAN_FRAMES, sizeof (double), compare_doubles);
    g_print ("  panning at one year: %u frames, median %.2f ms, worst %.2f ms, mean %.2f ms a frame\n",
             PAN_FRAMES, times[PAN_FRAMES / 2], times[PAN_FRAMES - 1], total / PAN_FRAMES);
  }

  cairo_surface_destroy (surface);
  return 0;
}
