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
#include "waymark-trend-chart.h"

/* The plot sits inside fixed margins, so hit-testing needs only the
 * width and never a font: y labels to the left, then below the plot a
 * strip for markers and a row for dates. */
#define GUTTER_LEFT     36.0
#define PAD_RIGHT       14.0
#define PAD_TOP         10.0
#define MARKER_STRIP    16.0
#define X_LABEL_ROW     20.0
#define Y_LABEL_GAP     8.0

/* Least room between two date labels. */
#define X_LABEL_GAP     16.0

/* A column is at least this wide, so ten years in a thousand pixels is
 * a few days a column rather than a line too dense to read. */
#define MIN_COLUMN_PX   3.0

/* Up to this many days with nothing recorded are bridged; a longer gap
 * breaks the line. */
#define MAX_MISSING_DAYS 3

#define LINE_WIDTH      2.0
#define DAILY_WIDTH     1.5    /* daily moods, under their 7-day average */
#define DAILY_ALPHA     0.35
#define AVERAGE_WIDTH   3.0
#define DOTS_SPACING    14.0   /* points at least this far apart get dots */
#define FOCUS_RADIUS    5.0
#define MARKER_SIZE     4.5

/* The days of the week the day labels are anchored to. */
#define WEEK_START      G_DATE_MONDAY

G_DEFINE_ENUM_TYPE (WaymarkChartRange, waymark_chart_range,
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_TWO_WEEKS, "two-weeks"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_THREE_MONTHS, "three-months"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_YEAR, "year"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_ALL, "all"))

/* Where everything goes for one size of chart. Columns split the days
 * evenly: day i of the range is in column i * n_columns / n_days, so a
 * column is one day when they fit and a few days when they don't. */
typedef struct
{
  cairo_rectangle_t plot;
  guint32           first;
  guint32           n_days;
  guint             n_columns;
  double            column_width;
} Layout;

/* A line to draw: a value a column on @measure's scale, NAN where
 * nothing was recorded. */
typedef struct
{
  const Layout   *layout;
  WaymarkMeasure  measure;
  const double   *values;
} Line;

/* A column of a line with a value, and the y of the points it is
 * joined to on either side, NAN where the line breaks or ends. */
typedef struct
{
  guint  column;   /* G_MAXUINT before the first */
  double x;
  double y;
  double previous_y;
  double next_y;
} Point;

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

/* "6" for a whole number and "6.5" otherwise, with the locale's
 * decimal separator. */
static char *
format_value (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

static void
layout_init (Layout                  *layout,
             const WaymarkTrendChart *chart,
             double                   width,
             double                   height)
{
  guint max_columns;

  waymark_trend_chart_get_plot_area (width, height, &layout->plot);

  layout->first = chart->first;
  layout->n_days = chart->last >= chart->first ? chart->last - chart->first + 1 : 1;

  max_columns = (guint) MAX (1.0, floor (layout->plot.width / MIN_COLUMN_PX));
  layout->n_columns = MIN (layout->n_days, max_columns);
  layout->column_width = layout->plot.width / layout->n_columns;
}

static guint32
column_first_day (const Layout *layout,
                  guint         column)
{
  guint64 n = layout->n_days;
  guint64 c = layout->n_columns;

  return layout->first + (guint32) ((column * n + c - 1) / c);
}

static guint32
column_last_day (const Layout *layout,
                 guint         column)
{
  return column_first_day (layout, column + 1) - 1;
}

static guint
column_of_day (const Layout *layout,
               guint32       julian)
{
  g_assert (julian >= layout->first);

  return (guint) ((guint64) (julian - layout->first) * layout->n_columns / layout->n_days);
}

static double
column_x (const Layout *layout,
          guint         column)
{
  return layout->plot.x + (column + 0.5) * layout->column_width;
}

static double
value_y (const Layout   *layout,
         WaymarkMeasure  measure,
         double          value)
{
  double max = waymark_measure_get_maximum (measure);

  value = CLAMP (value, 0.0, max);
  return layout->plot.y + layout->plot.height * (1.0 - value / max);
}

/* Two drawn columns, @a before @b, are joined unless the empty columns
 * between them hold more than MAX_MISSING_DAYS days: a short gap never
 * breaks the line, and a long one always does once it empties a column.
 * G_MAXUINT for @a, or n_columns for @b, is no column, joined to none. */
static gboolean
columns_join (const Layout *layout,
              guint         a,
              guint         b)
{
  if (a == G_MAXUINT || b >= layout->n_columns)
    return FALSE;

  return column_first_day (layout, b) - column_first_day (layout, a + 1) <= MAX_MISSING_DAYS;
}

/* The next column after @column with a value, or n_columns for none;
 * G_MAXUINT for @column starts from the first. */
static guint
next_drawn (const Layout *layout,
            const double *values,
            guint         column)
{
  guint next = column == G_MAXUINT ? 0 : column + 1;

  while (next < layout->n_columns && isnan (values[next]))
    next++;

  return next;
}

/* Moves @point on to the next column of @line with a value; FALSE when
 * there is none. Start from a point whose column is G_MAXUINT. */
static gboolean
next_point (const Line *line,
            Point      *point)
{
  const Layout *layout = line->layout;
  guint previous = point->column;
  guint column = next_drawn (layout, line->values, previous);
  guint next;

  if (column >= layout->n_columns)
    return FALSE;

  next = next_drawn (layout, line->values, column);

  point->previous_y = columns_join (layout, previous, column) ? point->y : NAN;
  point->column = column;
  point->x = column_x (layout, column);
  point->y = value_y (layout, line->measure, line->values[column]);
  point->next_y = columns_join (layout, column, next)
                  ? value_y (layout, line->measure, line->values[next])
                  : NAN;

  return TRUE;
}

/* The mean of @measure in each column: two binary searches a column,
 * whatever the number of check-ins. NAN where nothing was recorded. */
static double *
column_means (const Layout     *layout,
              WaymarkDaySeries *series,
              WaymarkMeasure    measure,
              guint            *n_drawn)
{
  double *values = g_new (double, layout->n_columns);

  *n_drawn = 0;
  for (guint c = 0; c < layout->n_columns; c++)
    {
      values[c] = series != NULL ? waymark_day_series_mean (series, measure,
                                                            column_first_day (layout, c),
                                                            column_last_day (layout, c),
                                                            NULL)
                                 : NAN;
      if (!isnan (values[c]))
        (*n_drawn)++;
    }

  return values;
}

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
      double y = floor (value_y (layout, measure, value)) + 0.5;
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

  while (next_point (line, &point))
    {
      if (isnan (point.previous_y))
        cairo_move_to (cr, point.x, point.y);
      else
        cairo_line_to (cr, point.x, point.y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  point.column = G_MAXUINT;
  while (next_point (line, &point))
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

  while (next_point (line, &point))
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

  layout_init (&layout, chart, width, height);

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

  values = column_means (&layout, chart->series, chart->measure, &n_drawn);
  daily = (Line) { &layout, chart->measure, values };

  if (n_drawn == 0)
    draw_empty (cr, &layout, text, style);
  else if (chart->measure == WAYMARK_MEASURE_MOOD)
    {
      guint n_average;

      average = column_means (&layout, chart->series, WAYMARK_MEASURE_MOOD_AVERAGE, &n_average);
      rolling = (Line) { &layout, chart->measure, average };

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

  layout_init (&layout, chart, width, height);
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
  column = column_of_day (&layout, chart->focus);
  if (chart->series != NULL)
    value = waymark_day_series_mean (chart->series, chart->measure,
                                     column_first_day (&layout, column),
                                     column_last_day (&layout, column),
                                     NULL);

  if (!isnan (value))
    {
      double y = value_y (&layout, chart->measure, value);

      cairo_arc (cr, x, y, FOCUS_RADIUS + 2.0, 0.0, 2.0 * G_PI);
      waymark_chart_color_set_source (cr, &style->background);
      cairo_fill (cr);

      cairo_arc (cr, x, y, FOCUS_RADIUS, 0.0, 2.0 * G_PI);
      waymark_chart_color_set_source (cr, &style->accent);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

/**
 * waymark_trend_chart_get_plot_area:
 * @width: the chart's width
 * @height: the chart's height
 * @area: (out caller-allocates): where the lines are drawn, inside the
 *   labels and the marker strip; its edges are the scale's 0 and top
 */
void
waymark_trend_chart_get_plot_area (double             width,
                                   double             height,
                                   cairo_rectangle_t *area)
{
  g_return_if_fail (area != NULL);

  area->x = GUTTER_LEFT;
  area->y = PAD_TOP;
  area->width = MAX (0.0, width - GUTTER_LEFT - PAD_RIGHT);
  area->height = MAX (0.0, height - PAD_TOP - MARKER_STRIP - X_LABEL_ROW);
}

/**
 * waymark_trend_chart_x_for_julian:
 * @chart: what is drawn
 * @width: the chart's width
 * @julian: a day, inside the range or not
 *
 * Returns: the x of the middle of @julian's place on the time axis
 */
double
waymark_trend_chart_x_for_julian (const WaymarkTrendChart *chart,
                                  double                   width,
                                  guint32                  julian)
{
  Layout layout;

  g_return_val_if_fail (chart != NULL, 0.0);

  layout_init (&layout, chart, width, 1.0);
  return layout.plot.x + ((double) julian - layout.first + 0.5) * layout.plot.width / layout.n_days;
}

/**
 * waymark_trend_chart_julian_at_x:
 * @chart: what is drawn
 * @width: the chart's width
 * @x: a point's x, such as the pointer's
 *
 * Returns: the day under @x; left of the plot counts as its first day,
 *   right of it as its last
 */
guint32
waymark_trend_chart_julian_at_x (const WaymarkTrendChart *chart,
                                 double                   width,
                                 double                   x)
{
  Layout layout;
  double index;

  g_return_val_if_fail (chart != NULL, 0);

  layout_init (&layout, chart, width, 1.0);
  if (layout.plot.width <= 0.0 || isnan (x))
    return layout.first;

  index = floor ((x - layout.plot.x) / layout.plot.width * layout.n_days);
  return layout.first + (guint32) CLAMP (index, 0.0, layout.n_days - 1.0);
}

/**
 * waymark_trend_chart_y_for_value:
 * @measure: the measure drawn
 * @height: the chart's height
 * @value: a value on @measure's scale; clamped to it
 *
 * Returns: the y at which the line draws @value
 */
double
waymark_trend_chart_y_for_value (WaymarkMeasure measure,
                                 double         height,
                                 double         value)
{
  Layout layout = { 0 };

  waymark_trend_chart_get_plot_area (1.0, height, &layout.plot);
  return value_y (&layout, measure, value);
}

/**
 * waymark_chart_range_get_days:
 * @range: how much to show
 * @series: (nullable): the journal, for %WAYMARK_CHART_RANGE_ALL
 * @today: the last day of the fixed ranges
 * @first: (out): the first day shown
 * @last: (out): the last day shown
 *
 * The fixed ranges end on @today and go back two weeks, three calendar
 * months or a calendar year. ALL runs from the first day recorded to the
 * last, and is at least two weeks (two weeks to @today when there is
 * nothing recorded).
 */
void
waymark_chart_range_get_days (WaymarkChartRange  range,
                              WaymarkDaySeries  *series,
                              guint32            today,
                              guint32           *first,
                              guint32           *last)
{
  guint32 series_first, series_last;
  GDate date;

  g_return_if_fail (first != NULL && last != NULL);

  today = MAX (today, 14);
  *last = today;

  switch (range)
    {
    case WAYMARK_CHART_RANGE_THREE_MONTHS:
    case WAYMARK_CHART_RANGE_YEAR:
      waymark_chart_date_from_julian (&date, today);
      if (range == WAYMARK_CHART_RANGE_YEAR)
        g_date_subtract_years (&date, 1);
      else
        g_date_subtract_months (&date, 3);
      *first = g_date_get_julian (&date) + 1;
      return;

    case WAYMARK_CHART_RANGE_ALL:
      if (series != NULL && waymark_day_series_get_bounds (series, &series_first, &series_last))
        {
          *last = MAX (series_last, 14);
          *first = MIN (series_first, *last - 13);
          return;
        }
      G_GNUC_FALLTHROUGH;

    case WAYMARK_CHART_RANGE_TWO_WEEKS:
    default:
      *first = today - 13;
      return;
    }
}

/**
 * waymark_chart_range_get_label:
 * @range: how much a chart shows
 *
 * Returns: (transfer none): the range for a person, such as "Last 3 months"
 */
const char *
waymark_chart_range_get_label (WaymarkChartRange range)
{
  /* Translators: how much of the journal a chart shows; also read out
   * in a chart's name, as in "Mood, Last 3 months". */
  switch (range)
    {
    case WAYMARK_CHART_RANGE_TWO_WEEKS:
      return _("Last 2 weeks");
    case WAYMARK_CHART_RANGE_THREE_MONTHS:
      return _("Last 3 months");
    case WAYMARK_CHART_RANGE_YEAR:
      return _("Last year");
    case WAYMARK_CHART_RANGE_ALL:
    default:
      return _("All time");
    }
}

/**
 * waymark_trend_chart_get_title:
 * @measure: what a chart shows
 * @range: over how long
 *
 * Returns: (transfer full): a name for the chart, such as "Mood, last
 *   3 months", for its accessible label
 */
char *
waymark_trend_chart_get_title (WaymarkMeasure    measure,
                               WaymarkChartRange range)
{
  /* Translators: a chart's name: what it shows, then over how long, as
   * in "Mood, Last 3 months". */
  return g_strdup_printf (_("%s, %s"),
                          waymark_measure_get_name (measure),
                          waymark_chart_range_get_label (range));
}

/**
 * waymark_trend_chart_describe_day:
 * @series: (nullable): the journal
 * @measure: what the chart shows
 * @julian: the day
 * @today: today, or 0 (see waymark_chart_format_day ())
 *
 * Returns: (transfer full): the day's exact value for a tooltip and a
 *   screen reader, such as "Monday 3 March: mood 6 out of 10, 7-day
 *   average 5.8"
 */
char *
waymark_trend_chart_describe_day (WaymarkDaySeries *series,
                                  WaymarkMeasure    measure,
                                  guint32           julian,
                                  guint32           today)
{
  g_autofree char *day = waymark_chart_format_day (julian, today);
  g_autofree char *value = NULL;
  g_autofree char *average = NULL;
  const WaymarkDay *recorded = NULL;
  double v = NAN;
  double a = NAN;

  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, NULL);

  if (series != NULL)
    recorded = waymark_day_series_lookup (series, julian);
  if (recorded != NULL)
    {
      v = recorded->values[measure];
      a = recorded->values[WAYMARK_MEASURE_MOOD_AVERAGE];
    }
  value = format_value (v);
  average = format_value (a);

  if (measure == WAYMARK_MEASURE_MOOD && !isnan (a))
    {
      if (isnan (v))
        /* Translators: a day on the mood chart, then the mean of the
         * moods of the seven days up to it, as in "Monday 3 March: no
         * mood recorded, 7-day average 5.8". */
        return g_strdup_printf (_("%s: no mood recorded, 7-day average %s"), day, average);

      /* Translators: a day, its mood and the mean of the moods of the
       * seven days up to it, as in "Monday 3 March: mood 6 out of 10,
       * 7-day average 5.8". */
      return g_strdup_printf (_("%s: mood %s out of 10, 7-day average %s"), day, value, average);
    }

  if (isnan (v))
    /* Translators: a day with nothing on the chart, as in "Monday
     * 3 March: nothing recorded". */
    return g_strdup_printf (_("%s: nothing recorded"), day);

  switch (measure)
    {
    case WAYMARK_MEASURE_MOOD:
      return g_strdup_printf (_("%s: mood %s out of 10"), day, value);
    case WAYMARK_MEASURE_ANXIETY:
      return g_strdup_printf (_("%s: anxiety %s out of 10"), day, value);
    case WAYMARK_MEASURE_ENERGY:
      return g_strdup_printf (_("%s: energy %s out of 10"), day, value);
    case WAYMARK_MEASURE_SLEEP:
      /* Translators: a day and how long the person slept, as in
       * "Monday 3 March: 7.5 hours of sleep". */
      return g_strdup_printf (_("%s: %s hours of sleep"), day, value);
    case WAYMARK_MEASURE_ROUTINE:
      /* Translators: a day and how much of the routine was done, as in
       * "Monday 3 March: 80% of your routine". */
      return g_strdup_printf (_("%s: %.0f%% of your routine"), day, v * 100.0);
    case WAYMARK_MEASURE_MOOD_AVERAGE:
    case WAYMARK_N_MEASURES:
    default:
      /* Translators: a day and the mean of the moods of the seven days
       * up to it, as in "Monday 3 March: 7-day average mood 5.8". */
      return g_strdup_printf (_("%s: 7-day average mood %s"), day, value);
    }
}
