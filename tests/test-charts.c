/* test-charts.c: the GTK-free charts, checked pixel by pixel
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include "waymark-chart-style.h"
#include "waymark-chart-text.h"
#include "waymark-progress-ring.h"
#include "waymark-routine-heat-map.h"
#include "waymark-trend-chart.h"
#include "waymark-trend-chart-private.h"

/* Every ring is drawn this far inside a larger surface, so a pixel drawn
 * outside its box has somewhere to land and be caught. */
#define MARGIN 10

static const double ring_sizes[] = { 16.0, 48.0, 200.0 };
static const double all_fractions[] = { 0.0, 0.25, 0.5, 1.0, -1.0, 2.0, NAN };

typedef struct
{
  cairo_surface_t *surface;
  double           size;
} Render;

static void
render_clear (Render *render)
{
  g_clear_pointer (&render->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Render, render_clear)

static void
render_ring (Render                  *render,
             double                   size,
             double                   fraction,
             const char              *label,
             const WaymarkChartStyle *style)
{
  int extent = (int) ceil (MAX (size, 0.0)) + 2 * MARGIN;
  cairo_t *cr;

  render->size = size;
  render->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, extent, extent);
  g_assert_cmpint (cairo_surface_status (render->surface), ==, CAIRO_STATUS_SUCCESS);

  cr = cairo_create (render->surface);
  waymark_progress_ring_draw (cr, MARGIN, MARGIN, size, fraction, label, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (render->surface);
}

/* The pixel at (px, py), un-premultiplied back into the colour that was
 * drawn. */
static WaymarkChartColor
get_pixel (const Render *render,
           int           px,
           int           py)
{
  cairo_surface_t *surface = render->surface;
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;
  WaymarkChartColor color = { 0 };
  double a;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  argb = *(const guint32 *) (data + py * stride + px * 4);
  a = ((argb >> 24) & 0xff) / 255.0;
  color.a = a;
  if (a > 0.0)
    {
      color.r = MIN (1.0, ((argb >> 16) & 0xff) / 255.0 / a);
      color.g = MIN (1.0, ((argb >> 8) & 0xff) / 255.0 / a);
      color.b = MIN (1.0, (argb & 0xff) / 255.0 / a);
    }

  return color;
}

/* The pixel under the middle of the ring's stroke at a clock position
 * (in hours, 12 at the top, going clockwise). */
static WaymarkChartColor
get_ring_pixel (const Render *render,
                double        hours)
{
  double line_width = render->size / 8.0;
  double radius = (render->size - line_width) / 2.0;
  double centre = MARGIN + render->size / 2.0;
  double angle = hours / 12.0 * 2.0 * G_PI;

  return get_pixel (render,
                    (int) floor (centre + radius * sin (angle)),
                    (int) floor (centre - radius * cos (angle)));
}

static gboolean
color_is (const WaymarkChartColor *pixel,
          const WaymarkChartColor *expected)
{
  const double tolerance = 0.06;

  /* Antialiasing may leave a pixel under a small ring's thin stroke a
   * little short of fully covered; allow for that, in proportion. */
  if (fabs (pixel->a - expected->a) > tolerance + 0.1 * expected->a)
    return FALSE;

  /* A nearly transparent pixel's colour is mostly rounding. */
  if (expected->a < 0.3)
    return TRUE;

  return fabs (pixel->r - expected->r) <= tolerance &&
         fabs (pixel->g - expected->g) <= tolerance &&
         fabs (pixel->b - expected->b) <= tolerance;
}

static void
assert_ring_color (const Render            *render,
                   double                   hours,
                   const WaymarkChartColor *expected,
                   const char              *what)
{
  WaymarkChartColor pixel = get_ring_pixel (render, hours);

  if (!color_is (&pixel, expected))
    g_error ("ring of size %g at %g o'clock: expected %s (%.2f, %.2f, %.2f, %.2f), "
             "found (%.2f, %.2f, %.2f, %.2f)",
             render->size, hours, what,
             expected->r, expected->g, expected->b, expected->a,
             pixel.r, pixel.g, pixel.b, pixel.a);
}

static void
assert_ring_accent (const Render            *render,
                    double                   hours,
                    const WaymarkChartStyle *style)
{
  assert_ring_color (render, hours, &style->accent, "accent");
}

static void
assert_ring_track (const Render            *render,
                   double                   hours,
                   const WaymarkChartStyle *style)
{
  assert_ring_color (render, hours, &style->track, "track");
}

static void
test_quarter (void)
{
  WaymarkChartStyle styles[2];

  waymark_chart_style_init_light (&styles[0]);
  waymark_chart_style_init_dark (&styles[1]);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
      {
        g_auto(Render) render = { 0 };

        render_ring (&render, ring_sizes[i], 0.25, NULL, &styles[s]);

        /* From 12 o'clock clockwise to 3 o'clock, and no further. */
        assert_ring_accent (&render, 1.5, &styles[s]);
        assert_ring_accent (&render, 0.5, &styles[s]);
        assert_ring_accent (&render, 2.5, &styles[s]);
        assert_ring_track (&render, 4.0, &styles[s]);
        assert_ring_track (&render, 7.0, &styles[s]);
        assert_ring_track (&render, 9.0, &styles[s]);
        assert_ring_track (&render, 10.5, &styles[s]);
      }
}

static void
test_half (void)
{
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
    {
      g_auto(Render) render = { 0 };

      render_ring (&render, ring_sizes[i], 0.5, NULL, &style);

      assert_ring_accent (&render, 1.0, &style);
      assert_ring_accent (&render, 3.0, &style);
      assert_ring_accent (&render, 5.0, &style);
      assert_ring_track (&render, 7.0, &style);
      assert_ring_track (&render, 9.0, &style);
      assert_ring_track (&render, 11.0, &style);
    }
}

static void
test_full (void)
{
  const double full[] = { 1.0, 2.0, INFINITY };
  WaymarkChartStyle style;

  waymark_chart_style_init_dark (&style);

  for (guint f = 0; f < G_N_ELEMENTS (full); f++)
    for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
      {
        g_auto(Render) render = { 0 };

        render_ring (&render, ring_sizes[i], full[f], NULL, &style);

        for (guint hours = 0; hours < 12; hours += 3)
          assert_ring_accent (&render, hours, &style);
      }
}

static void
test_empty (void)
{
  const double empty[] = { 0.0, -1.0, NAN, -INFINITY };
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint f = 0; f < G_N_ELEMENTS (empty); f++)
    for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
      {
        g_auto(Render) render = { 0 };
        int extent;

        render_ring (&render, ring_sizes[i], empty[f], NULL, &style);

        for (guint hours = 0; hours < 12; hours += 3)
          assert_ring_track (&render, hours, &style);

        /* The light track is grey and the accent blue: no pixel anywhere
         * may have any blue in it, not even a round cap's dot. */
        extent = cairo_image_surface_get_width (render.surface);
        for (int py = 0; py < extent; py++)
          for (int px = 0; px < extent; px++)
            {
              WaymarkChartColor pixel = get_pixel (&render, px, py);
              g_assert_cmpfloat (pixel.b - pixel.r, <, 0.1);
            }
      }
}

static void
assert_nothing_outside_box (const Render *render)
{
  int extent = cairo_image_surface_get_width (render->surface);
  int box_end = MARGIN + (int) ceil (MAX (render->size, 0.0));
  gboolean drawn_inside = FALSE;

  for (int py = 0; py < extent; py++)
    for (int px = 0; px < extent; px++)
      {
        WaymarkChartColor pixel = get_pixel (render, px, py);
        gboolean inside = px >= MARGIN && px < box_end && py >= MARGIN && py < box_end;

        if (inside)
          drawn_inside |= pixel.a > 0.0;
        else if (pixel.a != 0.0)
          g_error ("ring of size %g drew at (%d, %d), outside its box",
                   render->size, px - MARGIN, py - MARGIN);
      }

  /* Otherwise a ring that draws nothing at all would pass. */
  if (render->size >= 1.0)
    g_assert_true (drawn_inside);
}

static void
test_inside_box (void)
{
  const char *labels[] = { NULL, "75%", "Community and belonging" };
  WaymarkChartStyle styles[2];

  waymark_chart_style_init_light (&styles[0]);
  waymark_chart_style_init_dark (&styles[1]);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
      for (guint f = 0; f < G_N_ELEMENTS (all_fractions); f++)
        for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
          {
            g_auto(Render) render = { 0 };

            render_ring (&render, ring_sizes[i], all_fractions[f], labels[l], &styles[s]);
            assert_nothing_outside_box (&render);

            /* The stroke reaches the edge of its box at 12 o'clock. */
            g_assert_cmpfloat (get_pixel (&render, MARGIN + (int) ring_sizes[i] / 2, MARGIN).a, >, 0.0);
          }
}

static void
test_centre_empty_without_label (void)
{
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint i = 0; i < G_N_ELEMENTS (ring_sizes); i++)
    for (guint f = 0; f < G_N_ELEMENTS (all_fractions); f++)
      {
        g_auto(Render) render = { 0 };
        int centre = MARGIN + (int) ring_sizes[i] / 2;

        render_ring (&render, ring_sizes[i], all_fractions[f], NULL, &style);

        g_assert_cmpfloat (get_pixel (&render, centre, centre).a, ==, 0.0);
        g_assert_cmpfloat (get_pixel (&render, centre - 1, centre - 1).a, ==, 0.0);
      }
}

/* The label is drawn, and only inside the ring's inner circle: every
 * pixel it changes is nearer the centre than the inner edge of the
 * stroke. */
static void
test_label_inside_ring (void)
{
  const char *labels[] = { "75%", "100%", "Community and belonging" };
  const double sizes[] = { 48.0, 96.0, 200.0 };
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
      {
        g_auto(Render) plain = { 0 };
        g_auto(Render) labelled = { 0 };
        double centre = MARGIN + sizes[i] / 2.0;
        double inner_radius = sizes[i] / 2.0 - sizes[i] / 8.0;
        int extent;
        guint changed = 0;

        render_ring (&plain, sizes[i], 0.75, NULL, &style);
        render_ring (&labelled, sizes[i], 0.75, labels[l], &style);

        extent = cairo_image_surface_get_width (plain.surface);
        for (int py = 0; py < extent; py++)
          for (int px = 0; px < extent; px++)
            {
              WaymarkChartColor a = get_pixel (&plain, px, py);
              WaymarkChartColor b = get_pixel (&labelled, px, py);

              if (a.a == b.a && a.r == b.r && a.g == b.g && a.b == b.b)
                continue;

              changed++;
              /* The far corner of the pixel must be inside the circle. */
              g_assert_cmpfloat (hypot (fabs (px + 0.5 - centre) + 0.5,
                                        fabs (py + 0.5 - centre) + 0.5), <=, inner_radius);
            }

        /* A short label is always big enough to show at these sizes. */
        if (strlen (labels[l]) <= 4)
          g_assert_cmpuint (changed, >, 10);
      }
}

/* Below a size where the stroke would be thinner than a pixel the ring
 * becomes a dot; nothing may go wrong at any size at all. */
static void
test_tiny (void)
{
  const double sizes[] = { 0.0, 0.5, 1.0, 4.0, 6.0, 7.9, 8.0, -5.0, NAN, INFINITY };
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint f = 0; f < G_N_ELEMENTS (all_fractions); f++)
      {
        g_auto(Render) render = { 0 };
        double size = isfinite (sizes[i]) ? sizes[i] : 0.0;
        cairo_surface_t *surface;
        cairo_t *cr;

        /* Draw the odd sizes for real, but keep the surface finite. */
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * MARGIN + 8, 2 * MARGIN + 8);
        cr = cairo_create (surface);
        waymark_progress_ring_draw (cr, MARGIN, MARGIN, sizes[i], all_fractions[f], "75%", &style);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        render.surface = surface;
        render.size = size;
        assert_nothing_outside_box (&render);
      }

  {
    g_auto(Render) full = { 0 };
    g_auto(Render) empty = { 0 };
    int centre = MARGIN + 3;

    render_ring (&full, 6.0, 1.0, NULL, &style);
    {
      WaymarkChartColor pixel = get_pixel (&full, centre, centre);
      g_assert_true (color_is (&pixel, &style.accent));
    }

    render_ring (&empty, 6.0, 0.0, NULL, &style);
    {
      WaymarkChartColor pixel = get_pixel (&empty, centre, centre);
      g_assert_true (color_is (&pixel, &style.track));
    }
  }
}

static void
test_describe (void)
{
  g_autofree char *three_quarters = waymark_progress_ring_describe (0.75);
  g_autofree char *nothing = waymark_progress_ring_describe (NAN);
  g_autofree char *label = waymark_progress_ring_format_label (0.75);

  g_assert_nonnull (strstr (three_quarters, "75"));
  g_assert_nonnull (strstr (nothing, "0"));
  g_assert_nonnull (strstr (label, "75"));

  g_assert_cmpint (waymark_progress_ring_get_percent (0.0), ==, 0);
  g_assert_cmpint (waymark_progress_ring_get_percent (0.29), ==, 29);
  g_assert_cmpint (waymark_progress_ring_get_percent (2.0 / 3.0), ==, 67);
  g_assert_cmpint (waymark_progress_ring_get_percent (1.0), ==, 100);
  g_assert_cmpint (waymark_progress_ring_get_percent (-1.0), ==, 0);
  g_assert_cmpint (waymark_progress_ring_get_percent (2.0), ==, 100);
  g_assert_cmpint (waymark_progress_ring_get_percent (NAN), ==, 0);

  /* Begun is never "0", and nearly is never "100". */
  g_assert_cmpint (waymark_progress_ring_get_percent (0.001), ==, 1);
  g_assert_cmpint (waymark_progress_ring_get_percent (0.999), ==, 99);
}

static void
test_style_defaults (void)
{
  WaymarkChartStyle light;
  WaymarkChartStyle dark;

  waymark_chart_style_init_light (&light);
  waymark_chart_style_init_dark (&dark);

  g_assert_cmpfloat_with_epsilon (light.accent.r, 0x35 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (light.accent.g, 0x84 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (light.accent.b, 0xe4 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dark.accent.r, 0x78 / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dark.accent.g, 0xae / 255.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dark.accent.b, 0xed / 255.0, 1e-9);

  /* The track is the text colour, faint. */
  g_assert_cmpfloat (light.foreground.r, ==, light.track.r);
  g_assert_cmpfloat (dark.foreground.r, ==, dark.track.r);
  g_assert_cmpfloat (light.track.a, >, 0.05);
  g_assert_cmpfloat (light.track.a, <, 0.25);
  g_assert_cmpfloat (dark.track.a, >, 0.05);
  g_assert_cmpfloat (dark.track.a, <, 0.25);
  g_assert_cmpfloat (light.foreground.a, >, 0.7);
  g_assert_cmpfloat (dark.foreground.r, ==, 1.0);
}

/* The days the charts write: the year only when it isn't this one's,
 * and never a day GDate can't hold. */
static void
test_text_days (void)
{
  g_autofree char *this_year = NULL;
  g_autofree char *last_year = NULL;
  g_autofree char *any_year = NULL;
  g_autofree char *month = NULL;
  guint32 julian;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2025);
  julian = g_date_get_julian (&date);

  this_year = waymark_chart_format_day (julian, julian + 10);
  g_assert_cmpstr (this_year, ==, "Monday 3 March");
  last_year = waymark_chart_format_day (julian, julian + 365);
  g_assert_cmpstr (last_year, ==, "Monday 3 March 2025");
  any_year = waymark_chart_format_day (julian, 0);
  g_assert_cmpstr (any_year, ==, "Monday 3 March 2025");
  month = waymark_chart_format_julian (julian, "%b %Y");
  g_assert_cmpstr (month, ==, "Mar 2025");

  waymark_chart_date_from_julian (&date, 0);
  g_assert_true (g_date_valid (&date));
  g_assert_cmpuint (g_date_get_julian (&date), ==, 1);
}

/* Labels: the style's font at a fixed size, tabular figures on request,
 * in the text colour dimmed. */
static void
test_text_labels (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) plain = NULL;
  g_autoptr(PangoLayout) tabular = NULL;
  const PangoFontDescription *font;
  WaymarkChartStyle style;
  double r, g, b, a;

  waymark_chart_style_init_light (&style);
  style.font_family = "Cantarell";

  plain = waymark_chart_create_text (cr, &style, FALSE);
  tabular = waymark_chart_create_text (cr, &style, TRUE);
  font = pango_layout_get_font_description (plain);
  g_assert_cmpstr (pango_font_description_get_family (font), ==, "Cantarell");
  g_assert_true (pango_font_description_get_size_is_absolute (font));
  g_assert_cmpint (pango_font_description_get_size (font), ==, (int) (WAYMARK_CHART_LABEL_PX * PANGO_SCALE));
  g_assert_null (pango_layout_get_attributes (plain));
  g_assert_nonnull (pango_layout_get_attributes (tabular));

  waymark_chart_set_dim_source (cr, &style);
  g_assert_cmpint (cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (r, ==, style.foreground.r);
  g_assert_cmpfloat (a, <, style.foreground.a);
  g_assert_cmpfloat (a, >, style.foreground.a / 3.0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Trend charts and routine heat maps. Days are counted from TODAY, a
 * Monday; series are built by the helpers below and always finished. */

static const int chart_sizes[][2] = { { 360, 200 }, { 1280, 400 } };

static const WaymarkChartRange all_ranges[] = {
  WAYMARK_CHART_RANGE_TWO_WEEKS,
  WAYMARK_CHART_RANGE_THREE_MONTHS,
  WAYMARK_CHART_RANGE_YEAR,
  WAYMARK_CHART_RANGE_ALL,
};

static guint32
today_julian (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 23, G_DATE_NOVEMBER, 2026);
  return g_date_get_julian (&date);
}

static WaymarkDay
blank_day (guint32 julian)
{
  WaymarkDay day = { .julian = julian, .n_checkins = 1 };

  for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
    day.values[m] = NAN;

  return day;
}

/* @value for @measure on every day from @from to @to, except the days
 * from @gap_from to @gap_to. */
static WaymarkDaySeries *
constant_series (WaymarkMeasure measure,
                 double         value,
                 guint32        from,
                 guint32        to,
                 guint32        gap_from,
                 guint32        gap_to)
{
  WaymarkDaySeries *series = waymark_day_series_new ();

  for (guint32 julian = from; julian <= to; julian++)
    {
      WaymarkDay day = blank_day (julian);

      if (julian >= gap_from && julian <= gap_to)
        continue;

      day.values[measure] = value;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  return series;
}

static void
render_trend (Render                  *render,
              int                      width,
              int                      height,
              const WaymarkTrendChart *chart,
              const WaymarkChartStyle *style)
{
  cairo_t *cr;

  render->size = width;
  render->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_assert_cmpint (cairo_surface_status (render->surface), ==, CAIRO_STATUS_SUCCESS);

  cr = cairo_create (render->surface);
  waymark_trend_chart_draw (chart, cr, width, height, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (render->surface);
}

static void
render_heat_map (Render                      *render,
                 int                          width,
                 int                          height,
                 const WaymarkRoutineHeatMap *map,
                 const WaymarkChartStyle     *style)
{
  cairo_t *cr;

  render->size = width;
  render->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (render->surface);
  waymark_routine_heat_map_draw (map, cr, width, height, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (render->surface);
}

static void
init_chart (WaymarkTrendChart *chart,
            WaymarkDaySeries  *series,
            WaymarkMeasure     measure,
            WaymarkChartRange  range)
{
  chart->series = series;
  chart->measure = measure;
  chart->focus = 0;
  waymark_chart_range_get_days (range, series, today_julian (), &chart->first, &chart->last);
}

static void
assert_pixel_color (const Render            *render,
                    int                      x,
                    int                      y,
                    const WaymarkChartColor *expected,
                    const char              *what)
{
  WaymarkChartColor pixel = get_pixel (render, x, y);

  if (!color_is (&pixel, expected))
    g_error ("chart %g px wide at (%d, %d): expected %s (%.2f, %.2f, %.2f, %.2f), "
             "found (%.2f, %.2f, %.2f, %.2f)",
             render->size, x, y, what,
             expected->r, expected->g, expected->b, expected->a,
             pixel.r, pixel.g, pixel.b, pixel.a);
}

/* In the light style the accent is blue and everything else grey: a
 * pixel with blue in it is the line's. */
static gboolean
is_bluish (const WaymarkChartColor *pixel)
{
  return pixel->a > 0.2 && pixel->b - pixel->r > 0.2;
}

static void
test_trend_range_days (void)
{
  g_autoptr(WaymarkDaySeries) series = NULL;
  g_autoptr(WaymarkDaySeries) short_series = NULL;
  g_autoptr(WaymarkDaySeries) empty = waymark_day_series_new ();
  guint32 today = today_julian ();
  guint32 first, last;
  GDate date;

  waymark_day_series_finish (empty);
  series = constant_series (WAYMARK_MEASURE_MOOD, 5, today - 1000, today - 3, 0, 0);
  short_series = constant_series (WAYMARK_MEASURE_MOOD, 5, today - 5, today - 3, 0, 0);

  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_TWO_WEEKS, series, today, &first, &last);
  g_assert_cmpuint (first, ==, today - 13);
  g_assert_cmpuint (last, ==, today);

  /* Three calendar months: 24 August to 23 November. */
  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_THREE_MONTHS, series, today, &first, &last);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 24, G_DATE_AUGUST, 2026);
  g_assert_cmpuint (first, ==, g_date_get_julian (&date));
  g_assert_cmpuint (last, ==, today);

  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_YEAR, series, today, &first, &last);
  g_date_set_dmy (&date, 24, G_DATE_NOVEMBER, 2025);
  g_assert_cmpuint (first, ==, g_date_get_julian (&date));
  g_assert_cmpuint (last, ==, today);

  /* All: the series' own days, and never less than two weeks. */
  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_ALL, series, today, &first, &last);
  g_assert_cmpuint (first, ==, today - 1000);
  g_assert_cmpuint (last, ==, today - 3);
  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_ALL, short_series, today, &first, &last);
  g_assert_cmpuint (first, ==, today - 16);
  g_assert_cmpuint (last, ==, today - 3);
  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_ALL, empty, today, &first, &last);
  g_assert_cmpuint (first, ==, today - 13);
  g_assert_cmpuint (last, ==, today);
  waymark_chart_range_get_days (WAYMARK_CHART_RANGE_ALL, NULL, today, &first, &last);
  g_assert_cmpuint (first, ==, today - 13);
  g_assert_cmpuint (last, ==, today);
}

/* x for a day and the day at an x agree, at every size and range. */
static void
test_trend_hit_testing (void)
{
  g_autoptr(WaymarkDaySeries) series = NULL;
  guint32 today = today_julian ();

  series = constant_series (WAYMARK_MEASURE_MOOD, 5, today - 3650, today, 0, 0);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        WaymarkTrendChart chart;
        double width = chart_sizes[s][0];
        cairo_rectangle_t plot;
        double previous = -1.0;

        init_chart (&chart, series, WAYMARK_MEASURE_MOOD, all_ranges[r]);
        waymark_trend_chart_get_plot_area (width, chart_sizes[s][1], &plot);

        for (guint32 julian = chart.first; julian <= chart.last; julian++)
          {
            double x = waymark_trend_chart_x_for_julian (&chart, width, julian);

            g_assert_cmpfloat (x, >, previous);
            g_assert_cmpfloat (x, >=, plot.x);
            g_assert_cmpfloat (x, <=, plot.x + plot.width);
            g_assert_cmpuint (waymark_trend_chart_julian_at_x (&chart, width, x), ==, julian);
            previous = x;
          }

        g_assert_cmpuint (waymark_trend_chart_julian_at_x (&chart, width, 0.0), ==, chart.first);
        g_assert_cmpuint (waymark_trend_chart_julian_at_x (&chart, width, width), ==, chart.last);
        g_assert_cmpuint (waymark_trend_chart_julian_at_x (&chart, width, -1000.0), ==, chart.first);
        g_assert_cmpuint (waymark_trend_chart_julian_at_x (&chart, width, 1e6), ==, chart.last);
      }
}

/* A mood of 10 every day draws the accent along the top of the plot,
 * and nothing lower down in the middle, at every size and range. */
static void
test_trend_constant_line (void)
{
  const WaymarkMeasure measures[] = { WAYMARK_MEASURE_MOOD, WAYMARK_MEASURE_ANXIETY, WAYMARK_MEASURE_SLEEP };
  WaymarkChartStyle styles[2];
  guint32 today = today_julian ();

  waymark_chart_style_init_light (&styles[0]);
  waymark_chart_style_init_dark (&styles[1]);

  for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
    {
      double top = waymark_measure_get_maximum (measures[m]);
      g_autoptr(WaymarkDaySeries) series = constant_series (measures[m], top, today - 800, today, 0, 0);

      for (guint st = 0; st < G_N_ELEMENTS (styles); st++)
        for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
          for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
            {
              g_auto(Render) render = { 0 };
              WaymarkTrendChart chart;
              cairo_rectangle_t plot;
              int w = chart_sizes[s][0], h = chart_sizes[s][1];
              int mid_x;
              int top_y;

              init_chart (&chart, series, measures[m], all_ranges[r]);
              render_trend (&render, w, h, &chart, &styles[st]);
              waymark_trend_chart_get_plot_area (w, h, &plot);

              mid_x = (int) (plot.x + plot.width / 2.0);
              top_y = (int) floor (waymark_trend_chart_y_for_value (measures[m], h, top));
              g_assert_cmpint (top_y, ==, (int) plot.y);

              assert_pixel_color (&render, mid_x, top_y, &styles[st].accent, "the line");
              /* From the first day's point to the last day's. */
              assert_pixel_color (&render, (int) ceil (waymark_trend_chart_x_for_julian (&chart, w, chart.first)) + 1,
                                  top_y, &styles[st].accent, "the line's start");
              assert_pixel_color (&render, (int) floor (waymark_trend_chart_x_for_julian (&chart, w, chart.last)) - 2,
                                  top_y, &styles[st].accent, "the line's end");

              /* A quarter of the way up: no grid line, no data. */
              g_assert_cmpfloat (get_pixel (&render, mid_x, (int) (plot.y + plot.height * 0.75)).a, ==, 0.0);
            }
    }
}

/* A gap of more than three days breaks the line; three or fewer don't. */
static void
test_trend_gaps (void)
{
  WaymarkChartStyle style;
  guint32 today = today_julian ();

  waymark_chart_style_init_light (&style);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        g_autoptr(WaymarkDaySeries) full = constant_series (WAYMARK_MEASURE_ENERGY, 10, today - 800, today, 0, 0);
        WaymarkTrendChart chart;
        cairo_rectangle_t plot;
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        guint32 middle, gap_from, gap_to;

        init_chart (&chart, full, WAYMARK_MEASURE_ENERGY, all_ranges[r]);
        waymark_trend_chart_get_plot_area (w, h, &plot);
        middle = waymark_trend_chart_julian_at_x (&chart, w, plot.x + plot.width / 2.0);

        /* A long gap: a third of the range (months, for the longer ones),
         * or a week of the two. */
        gap_from = middle - MAX (3, (chart.last - chart.first) / 6);
        gap_to = middle + MAX (3, (chart.last - chart.first) / 6);

        {
          g_autoptr(WaymarkDaySeries) gappy = NULL;
          g_auto(Render) render = { 0 };
          int mid_x;

          gappy = constant_series (WAYMARK_MEASURE_ENERGY, 10, today - 800, today, gap_from, gap_to);
          init_chart (&chart, gappy, WAYMARK_MEASURE_ENERGY, all_ranges[r]);
          render_trend (&render, w, h, &chart, &style);

          mid_x = (int) waymark_trend_chart_x_for_julian (&chart, w, middle);
          for (int y = (int) plot.y - 3; y <= (int) plot.y + 3; y++)
            {
              WaymarkChartColor pixel = get_pixel (&render, mid_x, y);

              if (is_bluish (&pixel))
                g_error ("chart %d px wide, range %d: line drawn across the gap at (%d, %d)",
                         w, all_ranges[r], mid_x, y);
            }

          /* Either side of the gap the line is there. */
          assert_pixel_color (&render,
                              (int) waymark_trend_chart_x_for_julian (&chart, w, gap_from - 3),
                              (int) plot.y, &style.accent, "the line before the gap");
          assert_pixel_color (&render,
                              (int) waymark_trend_chart_x_for_julian (&chart, w, gap_to + 3),
                              (int) plot.y, &style.accent, "the line after the gap");
        }

        {
          g_autoptr(WaymarkDaySeries) short_gap = NULL;
          g_auto(Render) render = { 0 };

          /* Three days missing: still one line. */
          short_gap = constant_series (WAYMARK_MEASURE_ENERGY, 10, today - 800, today, middle - 1, middle + 1);
          init_chart (&chart, short_gap, WAYMARK_MEASURE_ENERGY, all_ranges[r]);
          render_trend (&render, w, h, &chart, &style);
          assert_pixel_color (&render, (int) waymark_trend_chart_x_for_julian (&chart, w, middle),
                              (int) plot.y, &style.accent, "the line over a short gap");
        }
      }
}

/* No data, no series, one day: all drawn calmly, none an error. */
static void
test_trend_empty_and_one_point (void)
{
  g_autoptr(WaymarkDaySeries) empty = waymark_day_series_new ();
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);
  waymark_day_series_finish (empty);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        WaymarkDaySeries *cases[] = { empty, NULL };
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        cairo_rectangle_t plot;

        waymark_trend_chart_get_plot_area (w, h, &plot);

        for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
          {
            g_auto(Render) render = { 0 };
            WaymarkTrendChart chart;
            guint text_pixels = 0;

            init_chart (&chart, cases[c], WAYMARK_MEASURE_MOOD, all_ranges[r]);
            render_trend (&render, w, h, &chart, &style);

            /* No line anywhere, but the message in the upper half; with
             * no series at all (a page still reading it) the grid alone. */
            for (int y = 0; y < h; y++)
              for (int x = 0; x < w; x++)
                {
                  WaymarkChartColor pixel = get_pixel (&render, x, y);

                  g_assert_false (is_bluish (&pixel));
                  if (y > plot.y + 2 && y < plot.y + plot.height / 2.0 - 2 && x > plot.x && pixel.a > 0.2)
                    text_pixels++;
                }
            if (cases[c] != NULL)
              g_assert_cmpuint (text_pixels, >, 50);
            else
              g_assert_cmpuint (text_pixels, ==, 0);
          }

        {
          g_autoptr(WaymarkDaySeries) one = NULL;
          g_auto(Render) render = { 0 };
          WaymarkTrendChart chart;
          guint32 day;

          /* One check-in in the middle of the range: a dot. */
          init_chart (&chart, NULL, WAYMARK_MEASURE_MOOD, all_ranges[r]);
          day = chart.first + (chart.last - chart.first) / 2;
          one = constant_series (WAYMARK_MEASURE_MOOD, 5, day, day, 0, 0);
          if (all_ranges[r] == WAYMARK_CHART_RANGE_ALL)
            init_chart (&chart, one, WAYMARK_MEASURE_MOOD, all_ranges[r]);
          chart.series = one;
          render_trend (&render, w, h, &chart, &style);

          assert_pixel_color (&render,
                              (int) waymark_trend_chart_x_for_julian (&chart, w, day),
                              (int) waymark_trend_chart_y_for_value (WAYMARK_MEASURE_MOOD, h, 5),
                              &style.accent, "a single day's dot");
        }
      }
}

static void
test_trend_markers_and_focus (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  WaymarkChartStyle style;
  guint32 today = today_julian ();

  waymark_chart_style_init_light (&style);
  for (guint32 julian = today - 400; julian <= today; julian++)
    {
      WaymarkDay day = blank_day (julian);

      day.values[WAYMARK_MEASURE_SLEEP] = 7.5;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_add_marker (series, today - 6, WAYMARK_MARKER_MEDICATION, "Sertraline 50 mg");
  waymark_day_series_add_marker (series, today - 50, WAYMARK_MARKER_MILESTONE, "Back at work");
  waymark_day_series_finish (series);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        g_auto(Render) render = { 0 };
        g_auto(Render) focused = { 0 };
        WaymarkTrendChart chart;
        cairo_rectangle_t plot;
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        guint32 marker_day = today - 6;
        int marker_x, far_x;
        gboolean at_marker = FALSE;
        gboolean far_from_marker = FALSE;
        guint32 focus;
        int guide_x, guide_y;

        init_chart (&chart, series, WAYMARK_MEASURE_SLEEP, all_ranges[r]);
        render_trend (&render, w, h, &chart, &style);
        waymark_trend_chart_get_plot_area (w, h, &plot);

        /* The marker's shape is in the strip below the plot, at its day. */
        marker_x = (int) waymark_trend_chart_x_for_julian (&chart, w, marker_day);
        far_x = marker_x - 20;
        for (int y = (int) (plot.y + plot.height + 2); y < plot.y + plot.height + 16; y++)
          {
            at_marker |= get_pixel (&render, marker_x, y).a > 0.3;
            far_from_marker |= get_pixel (&render, far_x, y).a > 0.0;
          }
        g_assert_true (at_marker);
        g_assert_false (far_from_marker);

        /* A focused day draws a guide down through the plot. */
        focus = chart.first + (chart.last - chart.first) / 3;
        guide_x = (int) waymark_trend_chart_x_for_julian (&chart, w, focus);
        guide_y = (int) (plot.y + plot.height * 0.9);
        g_assert_cmpfloat (get_pixel (&render, guide_x, guide_y).a, ==, 0.0);

        chart.focus = focus;
        render_trend (&focused, w, h, &chart, &style);
        g_assert_cmpfloat (get_pixel (&focused, guide_x, guide_y).a, >, 0.1);
        assert_pixel_color (&focused, guide_x,
                            (int) waymark_trend_chart_y_for_value (WAYMARK_MEASURE_SLEEP, h, 7.5),
                            &style.accent, "the focused day's dot");
      }
}

/* Ten years of check-ins: drawn at every size, in a time that follows
 * the width (printed, not asserted). */
static void
test_trend_ten_years (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  WaymarkChartStyle style;
  guint32 today = today_julian ();

  waymark_chart_style_init_light (&style);
  for (guint32 julian = today - 3652; julian <= today; julian++)
    {
      WaymarkDay day = blank_day (julian);

      day.values[WAYMARK_MEASURE_MOOD] = g_rand_int_range (rand, 4, 9);
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        g_auto(Render) render = { 0 };
        WaymarkTrendChart chart;
        cairo_rectangle_t plot;
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        gboolean line = FALSE;
        gint64 start;

        init_chart (&chart, series, WAYMARK_MEASURE_MOOD, all_ranges[r]);
        start = g_get_monotonic_time ();
        render_trend (&render, w, h, &chart, &style);
        g_test_message ("trend chart, %dx%d, %u days: %.2f ms", w, h, chart.last - chart.first + 1,
                        (g_get_monotonic_time () - start) / 1000.0);

        waymark_trend_chart_get_plot_area (w, h, &plot);
        for (int y = (int) plot.y; y < plot.y + plot.height; y++)
          {
            WaymarkChartColor pixel = get_pixel (&render, (int) (plot.x + plot.width / 2.0), y);

            line |= is_bluish (&pixel);
          }
        g_assert_true (line);
      }
}

static void
test_trend_describe_day (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  guint32 today = today_julian ();
  WaymarkDay day = blank_day (today - 1);
  char *text;

  day.values[WAYMARK_MEASURE_MOOD] = 6;
  day.values[WAYMARK_MEASURE_SLEEP] = 7.5;
  day.values[WAYMARK_MEASURE_ROUTINE] = 0.8;
  waymark_day_series_append (series, &day);
  day = blank_day (today);
  day.values[WAYMARK_MEASURE_ANXIETY] = 3;
  waymark_day_series_append (series, &day);
  waymark_day_series_finish (series);

  text = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_MOOD, today - 1, today);
  g_assert_cmpstr (text, ==, "Sunday 22 November: mood 6 out of 10, 7-day average 6");
  g_free (text);

  text = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_MOOD, today, today);
  g_assert_cmpstr (text, ==, "Monday 23 November: no mood recorded, 7-day average 6");
  g_free (text);

  text = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_SLEEP, today - 1, 0);
  g_assert_cmpstr (text, ==, "Sunday 22 November 2026: 7.5 hours of sleep");
  g_free (text);

  text = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_ROUTINE, today - 1, today);
  g_assert_cmpstr (text, ==, "Sunday 22 November: 80% of your routine");
  g_free (text);

  text = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_ANXIETY, today - 1, today);
  g_assert_cmpstr (text, ==, "Sunday 22 November: nothing recorded");
  g_free (text);

  text = waymark_trend_chart_describe_day (NULL, WAYMARK_MEASURE_ENERGY, today - 400, today);
  g_assert_cmpstr (text, ==, "Sunday 19 October 2025: nothing recorded");
  g_free (text);

  text = waymark_trend_chart_get_title (WAYMARK_MEASURE_MOOD, WAYMARK_CHART_RANGE_THREE_MONTHS);
  g_assert_cmpstr (text, ==, "Mood, Last 3 months");
  g_free (text);
}

/* A routine of 1 every other day and 0 between, for a year and a half,
 * with a month of nothing recorded. */
static WaymarkDaySeries *
routine_series (guint32 *none_from,
                guint32 *none_to)
{
  WaymarkDaySeries *series = waymark_day_series_new ();
  guint32 today = today_julian ();

  *none_from = today - 60;
  *none_to = today - 31;

  for (guint32 julian = today - 550; julian <= today; julian++)
    {
      WaymarkDay day = blank_day (julian);

      if (julian >= *none_from && julian <= *none_to)
        continue;

      day.values[WAYMARK_MEASURE_MOOD] = 5;
      day.values[WAYMARK_MEASURE_ROUTINE] = julian % 2 == 0 ? 1.0 : 0.0;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  return series;
}

static void
test_heat_map_cell_colors (void)
{
  WaymarkChartStyle styles[2];
  WaymarkChartColor color;

  waymark_chart_style_init_light (&styles[0]);
  waymark_chart_style_init_dark (&styles[1]);

  for (guint st = 0; st < G_N_ELEMENTS (styles); st++)
    {
      waymark_routine_heat_map_get_cell_color (&styles[st], 1.0, &color);
      g_assert_true (color_is (&color, &styles[st].accent));
      waymark_routine_heat_map_get_cell_color (&styles[st], 0.0, &color);
      g_assert_true (color_is (&color, &styles[st].track));
      waymark_routine_heat_map_get_cell_color (&styles[st], 5.0, &color);
      g_assert_true (color_is (&color, &styles[st].accent));
      waymark_routine_heat_map_get_cell_color (&styles[st], NAN, &color);
      g_assert_cmpfloat (color.a, <, styles[st].track.a);
      g_assert_cmpfloat (color.a, >, 0.0);

      /* Halfway is more opaque than the track and less than the accent. */
      waymark_routine_heat_map_get_cell_color (&styles[st], 0.5, &color);
      g_assert_cmpfloat (color.a, >, styles[st].track.a);
      g_assert_cmpfloat (color.a, <, styles[st].accent.a);
    }
}

/* Every day's cell, drawn: the accent for 1, the track for 0, and a
 * hit test in its middle finds it again. */
static void
test_heat_map_days (void)
{
  const WaymarkChartRange ranges[] = { WAYMARK_CHART_RANGE_TWO_WEEKS, WAYMARK_CHART_RANGE_THREE_MONTHS };
  guint32 none_from, none_to;
  g_autoptr(WaymarkDaySeries) series = routine_series (&none_from, &none_to);
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
      {
        g_auto(Render) render = { 0 };
        WaymarkRoutineHeatMap map = { series, 0, 0, G_DATE_MONDAY, 0 };
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        WaymarkChartColor empty;

        waymark_chart_range_get_days (ranges[r], series, today_julian (), &map.first, &map.last);
        render_heat_map (&render, w, h, &map, &style);
        waymark_routine_heat_map_get_cell_color (&style, NAN, &empty);

        for (guint32 julian = map.first; julian <= map.last; julian++)
          {
            cairo_rectangle_t area;
            guint32 from, to;
            int cx, cy;
            GDate date;

            g_assert_true (waymark_routine_heat_map_get_cell_area (&map, w, h, julian, &area, &from, &to));
            g_assert_cmpuint (from, ==, julian);
            g_assert_cmpuint (to, ==, julian);
            g_assert_cmpfloat (area.width, >=, 8.0);

            cx = (int) (area.x + area.width / 2.0);
            cy = (int) (area.y + area.height / 2.0);
            g_assert_cmpuint (waymark_routine_heat_map_julian_at (&map, w, h, cx, cy), ==, julian);

            /* Rows are weekdays, Monday first. */
            g_date_clear (&date, 1);
            g_date_set_julian (&date, julian);
            if (g_date_get_weekday (&date) != G_DATE_MONDAY)
              g_assert_cmpfloat (area.y, >, 0.0);

            if (julian >= none_from && julian <= none_to)
              assert_pixel_color (&render, cx, cy, &empty, "a day with nothing recorded");
            else if (julian % 2 == 0)
              assert_pixel_color (&render, cx, cy, &style.accent, "a day with all its routine");
            else
              assert_pixel_color (&render, cx, cy, &style.track, "a day with none of its routine");
          }

        /* Outside the grid, nothing. */
        g_assert_cmpuint (waymark_routine_heat_map_julian_at (&map, w, h, 1, 1), ==, 0);
        g_assert_cmpuint (waymark_routine_heat_map_julian_at (&map, w, h, w - 1, h - 1), ==, 0);

        /* Moving: a column is a week, a row a day. */
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last - 7, 1, 0), ==, map.last);
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last, -1, 0), ==, map.last - 7);
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last - 7, 0, 1), ==, map.last - 6);
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last - 6, 0, -1), ==, map.last - 7);
        /* Not out of the range, nor past a Sunday into the next week. */
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last, 1, 0), ==, map.last);
        g_assert_cmpuint (waymark_routine_heat_map_move (&map, w, h, map.last - 1, 0, 1), ==, map.last - 1);
      }
}

/* A range too long for a cell a day: cells hold weeks or months, each
 * coloured with their mean. */
static void
test_heat_map_long_ranges (void)
{
  guint32 none_from, none_to;
  g_autoptr(WaymarkDaySeries) series = routine_series (&none_from, &none_to);
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    for (guint r = 0; r < G_N_ELEMENTS (all_ranges); r++)
      {
        g_auto(Render) render = { 0 };
        WaymarkRoutineHeatMap map = { series, 0, 0, G_DATE_MONDAY, 0 };
        int w = chart_sizes[s][0], h = chart_sizes[s][1];
        guint32 julian;

        waymark_chart_range_get_days (all_ranges[r], series, today_julian (), &map.first, &map.last);
        render_heat_map (&render, w, h, &map, &style);

        /* Every day of the range is in exactly one cell, in order. */
        julian = map.first;
        while (julian <= map.last)
          {
            cairo_rectangle_t area;
            guint32 from, to;
            WaymarkChartColor expected;
            double mean;

            g_assert_true (waymark_routine_heat_map_get_cell_area (&map, w, h, julian, &area, &from, &to));
            g_assert_cmpuint (from, ==, julian);
            g_assert_cmpuint (to, >=, from);
            g_assert_cmpuint (to, <=, map.last);

            mean = waymark_day_series_mean (series, WAYMARK_MEASURE_ROUTINE, from, to, NULL);
            waymark_routine_heat_map_get_cell_color (&style, mean, &expected);
            if (area.width >= 3.0)
              assert_pixel_color (&render, (int) (area.x + area.width / 2.0), (int) (area.y + area.height / 2.0),
                                  &expected, "a cell's mean");

            julian = to + 1;
          }
      }
}

static void
test_heat_map_describe (void)
{
  guint32 none_from, none_to;
  g_autoptr(WaymarkDaySeries) series = routine_series (&none_from, &none_to);
  guint32 today = today_julian ();
  GDate date;
  char *text;

  text = waymark_routine_heat_map_describe_cell (series, today, today, today);
  g_assert_cmpstr (text, ==, today % 2 == 0 ? "Monday 23 November: 100% of your routine"
                                            : "Monday 23 November: 0% of your routine");
  g_free (text);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2026);
  text = waymark_routine_heat_map_describe_cell (series, g_date_get_julian (&date), g_date_get_julian (&date) + 30, today);
  g_assert_cmpstr (text, ==, "March 2026: 52% of your routine on average");
  g_free (text);

  text = waymark_routine_heat_map_describe_cell (series, g_date_get_julian (&date), g_date_get_julian (&date) + 6, today);
  g_assert_cmpstr (text, ==, "1 March to 7 March 2026: 57% of your routine on average");
  g_free (text);

  text = waymark_routine_heat_map_describe_cell (series, none_from, none_from + 6, today);
  g_assert_nonnull (g_strrstr (text, ": nothing recorded"));
  g_free (text);
}

/* Eight days with no mood (only sleep) between two runs of moods: the
 * 7-day average runs on while its window still holds a mood, then has
 * no value, and its line breaks there instead of a diagonal across the
 * gap; the words for screen readers say so. */
static void
test_trend_average_breaks (void)
{
  guint32 start = today_julian () - 27;
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autofree double *average = NULL;
  g_autofree char *gap_day = NULL;
  g_autofree char *breaks = NULL;
  g_autofree char *none = NULL;
  WaymarkTrendChart chart = { 0 };
  Layout layout;
  Line rolling;
  Point point = { G_MAXUINT, 0, NAN, NAN, NAN };
  gboolean seen_after = FALSE;
  guint n_average;

  for (guint i = 0; i < 28; i++)
    {
      WaymarkDay day = blank_day (start + i);

      if (i < 10)
        day.values[WAYMARK_MEASURE_MOOD] = 8;
      else if (i < 18)
        day.values[WAYMARK_MEASURE_SLEEP] = 6;
      else
        day.values[WAYMARK_MEASURE_MOOD] = 2;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  chart.series = series;
  chart.measure = WAYMARK_MEASURE_MOOD;
  chart.first = start;
  chart.last = start + 27;
  waymark_trend_layout_init (&layout, &chart, 800, 300);
  g_assert_cmpuint (layout.n_columns, ==, 28);
  average = waymark_trend_layout_column_means (&layout, series, WAYMARK_MEASURE_MOOD_AVERAGE, &n_average);

  /* The window holds day 9's mood up to day 15; days 16 and 17 have none. */
  g_assert_false (isnan (average[15]));
  g_assert_true (isnan (average[16]) && isnan (average[17]));

  rolling = (Line) { &layout, WAYMARK_MEASURE_MOOD, average, series };
  while (waymark_trend_line_next_point (&rolling, &point))
    {
      if (point.column == 15)
        g_assert_true (isnan (point.next_y));
      else if (point.column == 18)
        {
          g_assert_true (isnan (point.previous_y));
          seen_after = TRUE;
        }
      else if (point.column > 0 && point.column != 27)
        g_assert_false (isnan (point.previous_y) || isnan (point.next_y));
    }
  g_assert_true (seen_after);

  gap_day = waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_MOOD, start + 16, today_julian ());
  g_assert_nonnull (strstr (gap_day, "no mood recorded for a week or more, so the 7-day average line breaks here"));
  breaks = waymark_trend_chart_describe_breaks (series, WAYMARK_MEASURE_MOOD, start, start + 27);
  g_assert_cmpstr (breaks, ==, "The 7-day average line breaks where a week or more went by without a mood.");
  /* Not when the stretch shown has no break, nor for other measures. */
  none = waymark_trend_chart_describe_breaks (series, WAYMARK_MEASURE_MOOD, start, start + 12);
  g_assert_null (none);
  g_assert_null (waymark_trend_chart_describe_breaks (series, WAYMARK_MEASURE_SLEEP, start, start + 27));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/charts/style/defaults", test_style_defaults);
  g_test_add_func ("/waymark/charts/text/days", test_text_days);
  g_test_add_func ("/waymark/charts/text/labels", test_text_labels);
  g_test_add_func ("/waymark/charts/progress-ring/quarter", test_quarter);
  g_test_add_func ("/waymark/charts/progress-ring/half", test_half);
  g_test_add_func ("/waymark/charts/progress-ring/full", test_full);
  g_test_add_func ("/waymark/charts/progress-ring/empty", test_empty);
  g_test_add_func ("/waymark/charts/progress-ring/inside-box", test_inside_box);
  g_test_add_func ("/waymark/charts/progress-ring/centre-empty-without-label", test_centre_empty_without_label);
  g_test_add_func ("/waymark/charts/progress-ring/label-inside-ring", test_label_inside_ring);
  g_test_add_func ("/waymark/charts/progress-ring/tiny", test_tiny);
  g_test_add_func ("/waymark/charts/progress-ring/describe", test_describe);
  g_test_add_func ("/waymark/charts/trend/range-days", test_trend_range_days);
  g_test_add_func ("/waymark/charts/trend/hit-testing", test_trend_hit_testing);
  g_test_add_func ("/waymark/charts/trend/constant-line", test_trend_constant_line);
  g_test_add_func ("/waymark/charts/trend/gaps", test_trend_gaps);
  g_test_add_func ("/waymark/charts/trend/average-breaks", test_trend_average_breaks);
  g_test_add_func ("/waymark/charts/trend/empty-and-one-point", test_trend_empty_and_one_point);
  g_test_add_func ("/waymark/charts/trend/markers-and-focus", test_trend_markers_and_focus);
  g_test_add_func ("/waymark/charts/trend/ten-years", test_trend_ten_years);
  g_test_add_func ("/waymark/charts/trend/describe-day", test_trend_describe_day);
  g_test_add_func ("/waymark/charts/heat-map/cell-colors", test_heat_map_cell_colors);
  g_test_add_func ("/waymark/charts/heat-map/days", test_heat_map_days);
  g_test_add_func ("/waymark/charts/heat-map/long-ranges", test_heat_map_long_ranges);
  g_test_add_func ("/waymark/charts/heat-map/describe", test_heat_map_describe);

  return g_test_run ();
}
