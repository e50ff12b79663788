/* waymark-trend-chart.c: how one measure went, day by day, as a line
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-trend-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-chart-text.h"
#include "waymark-trend-chart-private.h"

/* Least room between two date labels. */
#define X_LABEL_GAP     16.0

#define LINE_WIDTH      2.0
#define DAILY_WIDTH     1.5    /* daily moods, under their 7-day average */
#define DAILY_ALPHA     0.35
#define AVERAGE_WIDTH   3.0
#define DOTS_SPACING    14.0   /* points at least this far apart get dots */
#define FOCUS_RADIUS    5.0
#define MARKER_SIZE     4.5

/* The days of the week the day labels are anchored to. */
#define WEEK_START      G_DATE_MONDAY

typedef enum
{
  TICK_DAY,
  TICK_MONTH,
  TICK_YEAR,
} TickUnit;

typedef struct
{
  TickUnit unit;
  guint    step;
  double   days;     /* roughly how many days apart the labels are */
} TickScheme;

/* From the finest to the coarsest; the first whose labels fit is used. */
static const TickScheme tick_schemes[] = {
  { TICK_DAY, 1, 1.0 },
  { TICK_DAY, 2, 2.0 },
  { TICK_DAY, 7, 7.0 },
  { TICK_DAY, 14, 14.0 },
  { TICK_MONTH, 1, 30.4 },
  { TICK_MONTH, 2, 60.9 },
  { TICK_MONTH, 3, 91.3 },
  { TICK_MONTH, 6, 182.6 },
  { TICK_YEAR, 1, 365.25 },
  { TICK_YEAR, 2, 730.5 },
  { TICK_YEAR, 5, 1826.3 },
  { TICK_YEAR, 10, 3652.5 },
  { TICK_YEAR, 20, 7305.0 },
  { TICK_YEAR, 50, 18262.5 },
};

static double
text_width (PangoLayout *text,
            const char  *string)
{
  int width;

  pango_layout_set_text (text, string, -1);
  pango_layout_get_pixel_size (text, &width, NULL);
  return width;
}

/* Shows @text in the current source with its left edge at @x and its
 * middle at @cy, on a whole pixel so hinted glyphs stay crisp. */
static void
show_text (cairo_t     *cr,
           PangoLayout *text,
           double       x,
           double       cy)
{
  int height;

  pango_layout_get_pixel_size (text, NULL, &height);
  cairo_move_to (cr, round (x), round (cy - height / 2.0));
  pango_cairo_show_layout (cr, text);
}

static void
draw_grid (cairo_t                 *cr,
           const Layout            *layout,
           WaymarkMeasure           measure,
           PangoLayout             *text,
           const WaymarkChartStyle *style)
{
  double max = waymark_measure_get_maximum (measure);

  cairo_set_line_width (cr, 1.0);

  for (guint i = 0; i <= 2; i++)
    {
      double value = max * i / 2.0;
      /* On a pixel's middle, so a one-pixel line is one pixel. */
      double y = floor (waymark_trend_layout_value_y (layout, measure, value)) + 0.5;
      g_autofree char *label = NULL;

      cairo_move_to (cr, layout->plot.x, y);
      cairo_line_to (cr, layout->plot.x + layout->plot.width, y);
      waymark_chart_color_set_source (cr, &style->track);
      cairo_stroke (cr);

      if (measure == WAYMARK_MEASURE_SLEEP)
        /* Translators: a number of hours on a chart's axis, such as
         * "12 h"; keep it short. */
        label = g_strdup_printf (_("%d h"), (int) value);
      else
        label = g_strdup_printf ("%d", (int) value);

      waymark_chart_set_dim_source (cr, style);
      show_text (cr, text, layout->plot.x - Y_LABEL_GAP - text_width (text, label), y);
    }
}

static gboolean
is_tick (const TickScheme *scheme,
         const GDate      *date)
{
  switch (scheme->unit)
    {
    case TICK_DAY:
      if (scheme->step == 1)
        return TRUE;
      if (scheme->step < 7)
        return g_date_get_julian (date) % scheme->step == 0;
      /* Weeks start on WEEK_START; every other one is one of a pair
       * counted from a fixed Monday, so labels don't jump about as the
       * range moves on a day. */
      return g_date_get_weekday (date) == WEEK_START &&
             (g_date_get_julian (date) / 7) % (scheme->step / 7) == 0;

    case TICK_MONTH:
      return g_date_get_day (date) == 1 && (g_date_get_month (date) - 1) % scheme->step == 0;

    case TICK_YEAR:
    default:
      return g_date_get_day (date) == 1 && g_date_get_month (date) == G_DATE_JANUARY &&
             g_date_get_year (date) % scheme->step == 0;
    }
}

static char *
format_tick (const TickScheme *scheme,
             guint32           julian)
{
  GDate date;

  waymark_chart_date_from_julian (&date, julian);

  /* A year begins with its number instead of "Jan", so a chart across
   * years says which is which without a label twice as long. */
  if (scheme->unit == TICK_YEAR ||
      (scheme->unit == TICK_MONTH && g_date_get_month (&date) == G_DATE_JANUARY))
    return waymark_chart_format_julian (julian, "%Y");

  if (scheme->unit == TICK_MONTH)
    /* Translators: a month on a chart's time axis, as in "Mar"; see
     * g_date_time_format () for the codes. */
    /* xgettext:no-c-format */
    return waymark_chart_format_julian (julian, C_("chart axis", "%b"));

  /* Translators: a day on a chart's time axis, as in "3 Mar"; see
   * g_date_time_format () for the codes. Keep it short. */
  /* xgettext:no-c-format */
  return waymark_chart_format_julian (julian, _("%-d %b"));
}

/* How wide this scheme's labels can be: its widest month, or a
 * two-digit day in it. */
static double
widest_tick (const TickScheme *scheme,
             PangoLayout      *text)
{
  double widest = 0.0;
  GDate date;

  for (guint month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    {
      g_autofree char *label = NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, scheme->unit == TICK_DAY ? 28 : 1, month, 2000);
      label = format_tick (scheme, g_date_get_julian (&date));
      widest = MAX (widest, text_width (text, label));

      if (scheme->unit == TICK_YEAR)
        break;
    }

  return widest;
}

static const TickScheme *
choose_ticks (const Layout *layout,
              PangoLayout  *text)
{
  double px_per_day = layout->plot.width / layout->n_days;

  for (guint i = 0; i < G_N_ELEMENTS (tick_schemes); i++)
    {
      const TickScheme *scheme = &tick_schemes[i];

      /* No label is narrower than two digits; skip measuring those that
       * could never fit. */
      if (scheme->days * px_per_day < 2 * WAYMARK_CHART_LABEL_PX + X_LABEL_GAP)
        continue;

      if (scheme->days * px_per_day >= widest_tick (scheme, text) + X_LABEL_GAP)
        return scheme;
    }

  return &tick_schemes[G_N_ELEMENTS (tick_schemes) - 1];
}

static void
draw_x_labels (cairo_t                 *cr,
               const Layout            *layout,
               double                   width,
               PangoLayout             *text,
               const WaymarkChartStyle *style)
{
  const TickScheme *scheme = choose_ticks (layout, text);
  double cy = layout->plot.y + layout->plot.height + MARKER_STRIP + X_LABEL_ROW / 2.0;
  double previous_end = -G_MAXDOUBLE;
  GDate date;

  waymark_chart_set_dim_source (cr, style);

  /* Walk the range by whole days: a tick is at most once a day, and the
   * chosen scheme keeps the labels few. A long range steps through the
   * ticks by month instead. */
  waymark_chart_date_from_julian (&date, layout->first);
  if (scheme->unit != TICK_DAY)
    {
      if (g_date_get_day (&date) != 1)
        {
          g_date_set_day (&date, 1);
          g_date_add_months (&date, 1);
        }
    }

  while (g_date_get_julian (&date) < layout->first + layout->n_days)
    {
      guint32 julian = g_date_get_julian (&date);

      if (is_tick (scheme, &date))
        {
          g_autofree char *label = format_tick (scheme, julian);
          double w = text_width (text, label);
          double x = layout->plot.x + (julian - layout->first + 0.5) * layout->plot.width / layout->n_days;
          double left = x - w / 2.0;

          /* Centred under its day, and left out rather than cut off at
           * either edge or laid over its neighbour. */
          if (left >= 0.0 && left + w <= width && left >= previous_end + X_LABEL_GAP / 2.0)
            {
              show_text (cr, text, left, cy);
              previous_end = left + w;
            }
        }

      if (scheme->unit == TICK_DAY)
        g_date_add_days (&date, 1);
      else
        g_date_add_months (&date, 1);
    }
}

static void
draw_marker_shape (cairo_t           *cr,
                   WaymarkMarkerKind  kind,
                   double             x,
                   double             y)
{
  if (kind == WAYMARK_MARKER_MEDICATION)
    {
      /* A diamond, like a tablet on its side. */
      cairo_move_to (cr, x, y - MARKER_SIZE);
      cairo_line_to (cr, x + MARKER_SIZE, y);
      cairo_line_to (cr, x, y + MARKER_SIZE);
      cairo_line_to (cr, x - MARKER_SIZE, y);
      cairo_close_path (cr);
    }
  else
    {
      /* A triangle pointing up, like a flag on a path. */
      cairo_move_to (cr, x, y - MARKER_SIZE);
      cairo_line_to (cr, x + MARKER_SIZE, y + MARKER_SIZE * 0.8);
      cairo_line_to (cr, x - MARKER_SIZE, y + MARKER_SIZE * 0.8);
      cairo_close_path (cr);
    }
}

/* Markers: a faint dashed line up through the plot, so a change can be
 * read against what happened, and a small shape on the time axis. */
static void
draw_markers (cairo_t                 *cr,
              const Layout            *layout,
              WaymarkDaySeries        *series,
              gboolean                 shapes,
              const WaymarkChartStyle *style)
{
  const double dashes[] = { 2.0, 3.0 };
  guint32 last = layout->first + layout->n_days - 1;
  double y = layout->plot.y + layout->plot.height + MARKER_STRIP / 2.0 + 1.0;
  guint first_index;
  guint n;

  if (series == NULL)
    return;

  n = waymark_day_series_find_markers (series, layout->first, last, &first_index);
  if (n == 0)
    return;

  cairo_save (cr);

  for (guint i = first_index; i < first_index + n; i++)
    {
      const WaymarkMarker *marker = waymark_day_series_get_marker (series, i);
      double x = layout->plot.x + (marker->julian - layout->first + 0.5) * layout->plot.width / layout->n_days;

      if (shapes)
        draw_marker_shape (cr, marker->kind, round (x), y);
      else
        {
          x = floor (x) + 0.5;
          cairo_move_to (cr, x, layout->plot.y);
          cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
        }
    }

  if (shapes)
    {
      waymark_chart_set_dim_source (cr, style);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      waymark_chart_color_set_source (cr, &style->track);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

/* The values as a line, broken across gaps; a point with nothing joined
 * on either side is a dot, and with @dots, when points are far enough
 * apart, every one gets a dot. */
static void
draw_values (cairo_t    *cr,
             const Line *line,
             double      line_width,
             gboolean    dots)
{
  gboolean all_dots = dots && line->layout->column_width >= DOTS_SPACING;
  double dot_radius = MAX (2.5, line_width * 1.25);
  Point point = { .column = G_MAXUINT };

  cairo_set_line_width (cr, line_width);
  /* A dense line turns at every column, a few hundred times: cairo's
   * finest antialiasing then costs 2-5 ms a line at 1280 px, its fast
   * one a third of that, and at two pixels a turn the eye can't tell
   * them apart. Round joins there would only add an arc at each turn. */
  cairo_save (cr);
  if (line->layout->column_width < DOTS_SPACING)
    {
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
    }
  else
    {
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }

  while (waymark_trend_line_next_point (line, &point))
    {
      if (isnan (point.previous_y))
        cairo_move_to (cr, point.x, point.y);
      else
        cairo_line_to (cr, point.x, point.y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  point.column = G_MAXUINT;
  while (waymark_trend_line_next_point (line, &point))
    {
      if (all_dots || (isnan (point.previous_y) && isnan (point.next_y)))
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, point.x, point.y, dot_radius, 0.0, 2.0 * G_PI);
        }
    }
  cairo_fill (cr);
}

/* The daily values of a long range as a faint trace: each column a
 * pixel-aligned bar from half-way to its neighbours' values. Rectangles
 * on whole pixels are cairo's cheapest shape: a few hundred cost a
 * tenth of the zigzag line through the same points (2-3 ms at 1280 px
 * in cairo 1.16), which keeps a ten-year chart under 4 ms. */
static void
draw_trace (cairo_t    *cr,
            const Line *line,
            double      line_width)
{
  double half_column = line->layout->column_width / 2.0;
  Point point = { .column = G_MAXUINT };

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);

  while (waymark_trend_line_next_point (line, &point))
    {
      /* From half-way to the previous value to half-way to the next,
       * so the bars meet like a line. */
      double to_previous = isnan (point.previous_y) ? point.y : (point.previous_y + point.y) / 2.0;
      double to_next = isnan (point.next_y) ? point.y : (point.next_y + point.y) / 2.0;
      double top = round (MIN (point.y, MIN (to_previous, to_next)) - line_width / 2.0);
      double bottom = round (MAX (point.y, MAX (to_previous, to_next)) + line_width / 2.0);
      double left = round (point.x - half_column);
      double right = round (point.x + half_column);

      cairo_rectangle (cr, left, top, MAX (1.0, right - left), MAX (1.0, bottom - top));
    }

  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_empty (cairo_t                 *cr,
            const Layout            *layout,
            PangoLayout             *text,
            const WaymarkChartStyle *style)
{
  int text_height;

  pango_layout_set_width (text, (int) MAX (0.0, layout->plot.width - 16.0) * PANGO_SCALE);
  pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  /* Translators: shown on a chart with no check-ins in the time it
   * shows; gentle, never a reproach. */
  pango_layout_set_text (text, _("Nothing recorded in this period yet"), -1);
  pango_layout_get_pixel_size (text, NULL, &text_height);

  /* Between the top and middle lines of the grid, clear of both. */
  cairo_move_to (cr,
                 round (layout->plot.x + 8.0),
                 round (layout->plot.y + (layout->plot.height / 2.0 - text_height) / 2.0));
  waymark_chart_set_dim_source (cr, style);
  pango_cairo_show_layout (cr, text);

  pango_layout_set_width (text, -1);
  pango_layout_set_alignment (text, PANGO_ALIGN_LEFT);
}

/**
 * waymark_trend_chart_draw:
 * @chart: what to draw
 * @cr: the cairo context; the chart fills (0, 0, @width, @height) of its
 *   user space, so translate it first to draw elsewhere
 * @width: the chart's width
 * @height: the chart's height
 * @style: the colours and font to draw with
 *
 * Draws a faint grid with its scale, the dates along the bottom, any
 * markers in the range, and @chart's measure as a line in the accent
 * colour, broken where more than three days went unrecorded; a mood
 * chart draws the daily moods faintly under their 7-day average. Then
 * the focused day, if any, as waymark_trend_chart_draw_focus () does.
 * The days are averaged into columns of at least two pixels, so the
 * cost follows @width and never the number of days in the series.
 */
void
waymark_trend_chart_draw (const WaymarkTrendChart *chart,
                          cairo_t                 *cr,
                          double                   width,
                          double                   height,
                          const WaymarkChartStyle *style)
{
  g_autoptr(PangoLayout) text = NULL;
  g_autofree double *values = NULL;
  g_autofree double *average = NULL;
  guint n_drawn = 0;
  Line daily, rolling;
  Layout layout;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->measure < WAYMARK_N_MEASURES);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (!isfinite (width) || !isfinite (height) || width <= 0.0 || height <= 0.0)
    return;

  waymark_trend_layout_init (&layout, chart, width, height);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  text = waymark_chart_create_text (cr, style, TRUE);
  draw_grid (cr, &layout, chart->measure, text, style);
  draw_x_labels (cr, &layout, width, text, style);

  if (layout.plot.width < 1.0 || layout.plot.height < 1.0)
    {
      cairo_restore (cr);
      return;
    }

  draw_markers (cr, &layout, chart->series, FALSE, style);

  values = waymark_trend_layout_column_means (&layout, chart->series, chart->measure, &n_drawn);
  daily = (Line) { &layout, chart->measure, values };

  if (n_drawn == 0)
    {
      /* No series yet (a page still reading it): the grid alone,
       * quietly; the message is for a period with nothing in it. */
      if (chart->series != NULL)
        draw_empty (cr, &layout, text, style);
    }
  else if (chart->measure == WAYMARK_MEASURE_MOOD)
    {
      guint n_average;

      average = waymark_trend_layout_column_means (&layout, chart->series, WAYMARK_MEASURE_MOOD_AVERAGE, &n_average);
      rolling = (Line) { &layout, chart->measure, average, chart->series };

      /* Drawn whole, then laid down faint, so where line and dots
       * overlap they don't add up into darker spots. The group is only
       * as big as the plot (and a dot's overhang). */
      if (layout.n_days >= 2 * layout.n_columns)
        {
          /* Several days a column: the daily moods as a faint trace of
           * bars, read as how much the days varied around the average. */
          WaymarkChartColor faint = style->accent;

          faint.a *= DAILY_ALPHA;
          waymark_chart_color_set_source (cr, &faint);
          draw_trace (cr, &daily, DAILY_WIDTH);
        }
      else
        {
          cairo_save (cr);
          cairo_rectangle (cr, layout.plot.x - 8.0, layout.plot.y - 8.0,
                           layout.plot.width + 16.0, layout.plot.height + 16.0);
          cairo_clip (cr);
          cairo_push_group (cr);
          waymark_chart_color_set_source (cr, &style->accent);
          draw_values (cr, &daily, DAILY_WIDTH, TRUE);
          cairo_pop_group_to_source (cr);
          cairo_paint_with_alpha (cr, DAILY_ALPHA);
          cairo_restore (cr);
        }

      waymark_chart_color_set_source (cr, &style->accent);
      draw_values (cr, &rolling, AVERAGE_WIDTH, FALSE);
    }
  else
    {
      waymark_chart_color_set_source (cr, &style->accent);
      draw_values (cr, &daily, LINE_WIDTH, TRUE);
    }

  draw_markers (cr, &layout, chart->series, TRUE, style);

  cairo_restore (cr);

  waymark_trend_chart_draw_focus (chart, cr, width, height, style);
}

/**
 * waymark_trend_chart_draw_focus:
 * @chart: what is drawn; nothing is drawn unless its focus is in range
 * @cr: the cairo context the chart was drawn on
 * @width: the chart's width
 * @height: the chart's height
 * @style: the colours to draw with
 *
 * Draws only the focused day: a faint guide down through the plot and a
 * dot on the line, ringed in the background colour so it stands clear.
 * A widget can keep the rest of the chart and draw just this on a hover.
 */
void
waymark_trend_chart_draw_focus (const WaymarkTrendChart *chart,
                                cairo_t                 *cr,
                                double                   width,
                                double                   height,
                                const WaymarkChartStyle *style)
{
  WaymarkChartColor guide;
  Layout layout;
  guint column;
  double value = NAN;
  double x;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->measure < WAYMARK_N_MEASURES);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (!isfinite (width) || !isfinite (height) || width <= 0.0 || height <= 0.0)
    return;

  waymark_trend_layout_init (&layout, chart, width, height);
  if (chart->focus < layout.first || chart->focus - layout.first >= layout.n_days ||
      layout.plot.width < 1.0 || layout.plot.height < 1.0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  x = layout.plot.x + (chart->focus - layout.first + 0.5) * layout.plot.width / layout.n_days;

  guide = style->foreground;
  guide.a *= 0.35;
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, floor (x) + 0.5, layout.plot.y);
  cairo_line_to (cr, floor (x) + 0.5, layout.plot.y + layout.plot.height);
  waymark_chart_color_set_source (cr, &guide);
  cairo_stroke (cr);

  /* The dot sits on the line as drawn: the mean of the focused day's
   * column, which is the day itself when columns are days. */
  column = waymark_trend_layout_column_of_day (&layout, chart->focus);
  if (chart->series != NULL)
    value = waymark_day_series_mean (chart->series, chart->measure,
                                     waymark_trend_layout_column_first_day (&layout, column),
                                     waymark_trend_layout_column_last_day (&layout, column),
                                     NULL);

  if (!isnan (value))
    {
      double y = waymark_trend_layout_value_y (&layout, chart->measure, value);

      cairo_arc (cr, x, y, FOCUS_RADIUS + 2.0, 0.0, 2.0 * G_PI);
      waymark_chart_color_set_source (cr, &style->background);
      cairo_fill (cr);

      cairo_arc (cr, x, y, FOCUS_RADIUS, 0.0, 2.0 * G_PI);
      waymark_chart_color_set_source (cr, &style->accent);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}
