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
#include "waymark-progress-ring.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/charts/style/defaults", test_style_defaults);
  g_test_add_func ("/waymark/charts/progress-ring/quarter", test_quarter);
  g_test_add_func ("/waymark/charts/progress-ring/half", test_half);
  g_test_add_func ("/waymark/charts/progress-ring/full", test_full);
  g_test_add_func ("/waymark/charts/progress-ring/empty", test_empty);
  g_test_add_func ("/waymark/charts/progress-ring/inside-box", test_inside_box);
  g_test_add_func ("/waymark/charts/progress-ring/centre-empty-without-label", test_centre_empty_without_label);
  g_test_add_func ("/waymark/charts/progress-ring/label-inside-ring", test_label_inside_ring);
  g_test_add_func ("/waymark/charts/progress-ring/tiny", test_tiny);
  g_test_add_func ("/waymark/charts/progress-ring/describe", test_describe);

  return g_test_run ();
}
