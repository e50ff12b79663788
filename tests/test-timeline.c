/* test-timeline.c: the journey drawn: stage bands, markers and the mood
 * line where they must be, at several zoom levels; and its export
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "waymark-atomic-file.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"
#include "waymark-timeline-chart.h"
#include "waymark-timeline-export.h"

#define TODAY_YEAR 2026

static guint32
julian_of (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

/* The colour at (x, y) as 0xRRGGBB. */
static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;

  cairo_surface_flush (surface);
  memcpy (&argb, data + y * stride + x * 4, 4);
  return argb & 0xffffff;
}

/* Whether the colour is close to the accent laid over the background. */
static gboolean
is_accentish (guint32 rgb)
{
  int r = (rgb >> 16) & 0xff, b = rgb & 0xff;

  /* Adwaita's blue: much more blue than red. */
  return b > 150 && b - r > 60;
}

static cairo_surface_t *
render (const WaymarkTimelineChart *chart,
        int                         width,
        int                         height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);
  waymark_chart_color_set_source (cr, &style.background);
  cairo_paint (cr);
  waymark_timeline_chart_draw (chart, cr, width, height, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  return surface;
}

static WaymarkJourney *
journey_back_and_forth (guint32 today)
{
  WaymarkJourney *journey = waymark_journey_new ();
  WaymarkJourneyEvent setback = { julian_of (2026, 3, 1), WAYMARK_JOURNEY_EVENT_SETBACK, (char *) "Lost my job",
                                  (char *) "", 1, G_TYPE_NONE };

  /* Awareness in January, Action in February, back to Preparation in
   * March, then Action again from April. */
  waymark_journey_add_stage_event (journey, julian_of (2026, 1, 1), "awareness", 1);
  waymark_journey_add_stage_event (journey, julian_of (2026, 2, 1), "action", 2);
  waymark_journey_add_stage_event (journey, julian_of (2026, 3, 1), "preparation", 3);
  waymark_journey_add_stage_event (journey, julian_of (2026, 4, 1), "action", 4);
  waymark_journey_add_event (journey, &setback);
  waymark_journey_finish (journey, today);

  return journey;
}

static double
lane_middle (int          height,
             const char  *key)
{
  WaymarkTimelineLayout layout;
  guint n;

  waymark_stages (&n);
  waymark_timeline_chart_get_layout (800, height, &layout);
  return layout.plot.y + (n - 1 - waymark_stage_find (key)->order + 0.5) * layout.lane_height;
}

static void
test_bands_go_back_and_forth (void)
{
  guint32 today = julian_of (2026, 5, 1);
  g_autoptr(WaymarkJourney) journey = journey_back_and_forth (today);
  WaymarkTimelineChart chart = { journey, NULL, julian_of (2025, 12, 15), julian_of (2026, 5, 15), today, -1, NULL };
  cairo_surface_t *surface = render (&chart, 800, 400);
  int mid_feb = (int) waymark_timeline_chart_x_for_julian (&chart, 800, julian_of (2026, 2, 15));
  int mid_mar = (int) waymark_timeline_chart_x_for_julian (&chart, 800, julian_of (2026, 3, 15));
  int mid_apr = (int) waymark_timeline_chart_x_for_julian (&chart, 800, julian_of (2026, 4, 15));
  int before = (int) waymark_timeline_chart_x_for_julian (&chart, 800, julian_of (2025, 12, 20));

  /* February in Action's lane, March back in Preparation's (drawn the
   * same way), April in Action's again; nothing before the first day. */
  g_assert_true (is_accentish (pixel (surface, mid_feb, lane_middle (400, "action"))));
  g_assert_false (is_accentish (pixel (surface, mid_feb, lane_middle (400, "preparation"))));
  g_assert_true (is_accentish (pixel (surface, mid_mar, lane_middle (400, "preparation"))));
  g_assert_false (is_accentish (pixel (surface, mid_mar, lane_middle (400, "action"))));
  g_assert_true (is_accentish (pixel (surface, mid_apr, lane_middle (400, "action"))));
  g_assert_false (is_accentish (pixel (surface, before, lane_middle (400, "awareness"))));
  g_assert_cmpuint (pixel (surface, mid_mar, lane_middle (400, "preparation")), ==,
                    pixel (surface, mid_feb, lane_middle (400, "action")));

  /* The setback's marker, at its day, in the marker strip. */
  {
    g_autoptr(GArray) markers = waymark_timeline_chart_get_markers (&chart, 800, 400);
    const WaymarkTimelineMarker *marker;

    g_assert_cmpuint (markers->len, ==, 1);
    marker = &g_array_index (markers, WaymarkTimelineMarker, 0);
    g_assert_cmpfloat (fabs (marker->x - waymark_timeline_chart_x_for_julian (&chart, 800, julian_of (2026, 3, 1) + 0.5)), <, 1.0);
    g_assert_cmpuint (pixel (surface, (int) marker->x, (int) marker->y) & 0xff, <, 0x80);
  }

  /* A click on a lane says its stage. */
  g_assert_cmpstr (waymark_timeline_chart_stage_at (&chart, 800, 400, mid_mar, lane_middle (400, "healing"))->key,
                   ==, "healing");
  g_assert_null (waymark_timeline_chart_stage_at (&chart, 800, 400, mid_mar, 395));

  cairo_surface_destroy (surface);
}

static void
test_empty_and_one_event (void)
{
  guint32 today = julian_of (2026, 5, 1);
  g_autoptr(WaymarkJourney) empty = waymark_journey_new ();
  g_autoptr(WaymarkJourney) one = waymark_journey_new ();
  WaymarkJourneyEvent event = { julian_of (2026, 4, 20), WAYMARK_JOURNEY_EVENT_OWN, (char *) "Moved house",
                                (char *) "", 1, G_TYPE_NONE };
  WaymarkTimelineChart chart = { empty, NULL, today - 60.0, today + 5.0, today, -1, NULL };
  cairo_surface_t *surface;
  g_autoptr(GArray) markers = NULL;

  waymark_journey_finish (empty, today);
  surface = render (&chart, 600, 300);
  markers = waymark_timeline_chart_get_markers (&chart, 600, 300);
  g_assert_cmpuint (markers->len, ==, 0);
  /* No band anywhere in Action's lane. */
  for (int x = 130; x < 580; x += 10)
    g_assert_false (is_accentish (pixel (surface, x, (int) lane_middle (300, "action"))));
  cairo_surface_destroy (surface);

  waymark_journey_add_event (one, &event);
  waymark_journey_finish (one, today);
  chart.journey = one;
  g_clear_pointer (&markers, g_array_unref);
  markers = waymark_timeline_chart_get_markers (&chart, 600, 300);
  g_assert_cmpuint (markers->len, ==, 1);

  /* Out of range: no marker. */
  chart.first = today - 5.0;
  g_clear_pointer (&markers, g_array_unref);
  markers = waymark_timeline_chart_get_markers (&chart, 600, 300);
  g_assert_cmpuint (markers->len, ==, 0);
}

static void
test_ten_years_of_sample (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "decade.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;
  GDate today;
  gint64 t0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 5, TODAY_YEAR);
  g_assert_true (waymark_sample_data_write_file (path, 3653, &today, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  journey = waymark_journey_load (store, NULL);
  series = waymark_store_load_day_series (store, NULL);
  g_assert_nonnull (journey);

  /* Zoomed out to ten years, to a year, and to a month. */
  for (guint zoom = 0; zoom < 3; zoom++)
    {
      static const double spans[] = { 3653.0, 365.0, 31.0 };
      guint32 last = g_date_get_julian (&today) + 1;
      WaymarkTimelineChart chart = { journey, series, last - spans[zoom], last, g_date_get_julian (&today), -1, NULL };
      cairo_surface_t *surface;
      const WaymarkStageEpisode *now;
      int x;
      double ms;

      t0 = g_get_monotonic_time ();
      surface = render (&chart, 1280, 480);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_test_message ("timeline at %.0f days, 1280x480: %.2f ms", spans[zoom], ms);

      /* The last day is in the current stage's band. */
      now = waymark_journey_episode_at (journey, g_date_get_julian (&today));
      g_assert_nonnull (now);
      x = (int) waymark_timeline_chart_x_for_julian (&chart, 1280, g_date_get_julian (&today) - 0.5);
      g_assert_true (is_accentish (pixel (surface, x - 2, (int) (lane_middle (480, now->stage->key) * 1.0))));

      cairo_surface_destroy (surface);
    }

  waymark_test_remove_tree (tmp);
}

static void
test_export_png_and_pdf (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (tmp, "timeline.png", NULL);
  g_autofree char *pdf = g_build_filename (tmp, "timeline.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmp, "no-such-folder", "timeline.pdf", NULL);
  guint32 today = julian_of (2026, 5, 1);
  g_autoptr(WaymarkJourney) journey = journey_back_and_forth (today);
  WaymarkTimelineChart chart = { journey, NULL, julian_of (2025, 12, 15), julian_of (2026, 5, 15), today, -1, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (waymark_timeline_export (&chart, png, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  {
    cairo_surface_t *image = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) WAYMARK_TIMELINE_EXPORT_WIDTH);
    cairo_surface_destroy (image);
  }
  g_clear_pointer (&contents, g_free);

  g_assert_true (waymark_timeline_export (&chart, pdf, TRUE, &error));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* On paper the markers need their legend: every kind, by name. */
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
    g_autofree char *out = NULL;
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    for (WaymarkJourneyEventKind kind = 0; kind < WAYMARK_N_JOURNEY_EVENT_KINDS; kind++)
      if (strstr (out, waymark_journey_event_kind_get_name (kind)) == NULL)
        g_error ("the exported timeline has no legend for “%s”:\n%s",
                 waymark_journey_event_kind_get_name (kind), out);
  }

  /* Both private to the person. */
  {
    const char *written[] = { png, pdf };

    for (guint i = 0; i < G_N_ELEMENTS (written); i++)
      {
        GStatBuf st;

        g_assert_cmpint (g_stat (written[i], &st), ==, 0);
        g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      }
  }

  /* The disk fills while the PDF is written: the earlier one stays
   * whole, and nothing half-written is left beside it. */
  {
    g_autofree char *before = NULL;
    g_autofree char *listing = NULL;

    waymark_atomic_file_inject_fault (WAYMARK_ATOMIC_FAULT_WRITE, length / 3, ENOSPC);
    g_assert_false (waymark_timeline_export (&chart, pdf, TRUE, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (pdf, &before, NULL, NULL));
    g_assert_cmpmem (before, length, contents, length);
    listing = waymark_test_list_dir (tmp);
    g_assert_null (strstr (listing, ".new-"));
  }

  /* Nowhere to write: a message, and no file, not even a half one. */
  g_assert_false (waymark_timeline_export (&chart, missing, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "timeline.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  waymark_test_remove_tree (tmp);
}

/* The time shown stays within the journey, with a small margin:
 * panning stops at the first day and at today, the span is kept. */
static void
test_clamp_to_the_journey (void)
{
  guint32 today = julian_of (2026, 5, 1);
  g_autoptr(WaymarkJourney) journey = journey_back_and_forth (today);
  double extent_first, extent_last, first, last;

  waymark_timeline_chart_get_extent (journey, NULL, today, &extent_first, &extent_last);
  g_assert_cmpfloat (extent_first, ==, waymark_journey_get_episode (journey, 0)->first_julian);
  g_assert_cmpfloat (extent_last, ==, today + 1.0);

  /* Inside: left alone. */
  first = extent_first + 10.0, last = extent_first + 40.0;
  waymark_timeline_chart_clamp_range (extent_first, extent_last, &first, &last);
  g_assert_cmpfloat (first, ==, extent_first + 10.0);
  g_assert_cmpfloat (last, ==, extent_first + 40.0);

  /* Far into the future: back to today, with a margin of a twentieth
   * of the 30 days shown (1.5 days), the span kept. */
  first = today + 400.0, last = today + 430.0;
  waymark_timeline_chart_clamp_range (extent_first, extent_last, &first, &last);
  g_assert_cmpfloat_with_epsilon (last, today + 1.0 + 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (last - first, 30.0, 1e-9);

  /* Far into the past: to the first day, with the same margin. */
  first = extent_first - 5000.0, last = extent_first - 4970.0;
  waymark_timeline_chart_clamp_range (extent_first, extent_last, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, extent_first - 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (last - first, 30.0, 1e-9);

  /* A margin is at least a day. */
  first = today - 5.0, last = today + 9.0;
  waymark_timeline_chart_clamp_range (extent_first, extent_last, &first, &last);
  g_assert_cmpfloat_with_epsilon (last, today + 2.0, 1e-9);

  /* Wider than the whole journey: it ends at today's margin. */
  first = extent_first - 3000.0, last = extent_last + 3000.0;
  waymark_timeline_chart_clamp_range (extent_first, extent_last, &first, &last);
  g_assert_cmpfloat_with_epsilon (last - first, extent_last - extent_first + 6000.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (last, extent_last + (last - first) * 0.05, 1e-9);

  /* Nothing recorded: the last two weeks. */
  waymark_timeline_chart_get_extent (NULL, NULL, today, &extent_first, &extent_last);
  g_assert_cmpfloat (extent_first, ==, today - 13.0);
  g_assert_cmpfloat (extent_last, ==, today + 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/timeline/bands-go-back-and-forth", test_bands_go_back_and_forth);
  g_test_add_func ("/waymark/timeline/empty-and-one-event", test_empty_and_one_event);
  g_test_add_func ("/waymark/timeline/ten-years-of-sample", test_ten_years_of_sample);
  g_test_add_func ("/waymark/timeline/export-png-and-pdf", test_export_png_and_pdf);
  g_test_add_func ("/waymark/timeline/clamp-to-the-journey", test_clamp_to_the_journey);

  return g_test_run ();
}
