/* waymark-trend-chart-data.c: the trend chart's data and scale: the
 * days in columns, a mean per column, where a day or a value goes, the
 * ranges and the chart in words
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-trend-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-chart-text.h"
#include "waymark-trend-chart-private.h"

/* A column is at least this wide, so ten years in a thousand pixels is
 * a few days a column rather than a line too dense to read. */
#define MIN_COLUMN_PX   3.0

/* Up to this many days with nothing recorded are bridged; a longer gap
 * breaks the line. */
#define MAX_MISSING_DAYS 3

G_DEFINE_ENUM_TYPE (WaymarkChartRange, waymark_chart_range,
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_TWO_WEEKS, "two-weeks"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_THREE_MONTHS, "three-months"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_YEAR, "year"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CHART_RANGE_ALL, "all"))

/* "6" for a whole number and "6.5" otherwise, with the locale's
 * decimal separator. */
static char *
format_value (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

void
waymark_trend_layout_init (Layout                  *layout,
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

guint32
waymark_trend_layout_column_first_day (const Layout *layout,
                                       guint         column)
{
  guint64 n = layout->n_days;
  guint64 c = layout->n_columns;

  return layout->first + (guint32) ((column * n + c - 1) / c);
}

guint32
waymark_trend_layout_column_last_day (const Layout *layout,
                                      guint         column)
{
  return waymark_trend_layout_column_first_day (layout, column + 1) - 1;
}

guint
waymark_trend_layout_column_of_day (const Layout *layout,
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

double
waymark_trend_layout_value_y (const Layout   *layout,
                              WaymarkMeasure  measure,
                              double          value)
{
  double max = waymark_measure_get_maximum (measure);

  value = CLAMP (value, 0.0, max);
  return layout->plot.y + layout->plot.height * (1.0 - value / max);
}

/* Two drawn columns of @line, @a before @b, are joined unless the empty
 * columns between them hold more than MAX_MISSING_DAYS days: a short gap never
 * breaks the line, and a long one always does once it empties a column.
 * G_MAXUINT for @a, or n_columns for @b, is no column, joined to none. */
static gboolean
columns_join (const Line *line,
              guint       a,
              guint       b)
{
  const Layout *layout = line->layout;

  if (a == G_MAXUINT || b >= layout->n_columns)
    return FALSE;

  /* The 7-day average bridges what its window bridges, and no more. */
  if (line->series != NULL)
    return !waymark_day_series_mood_average_breaks (line->series,
                                                    waymark_trend_layout_column_last_day (layout, a),
                                                    waymark_trend_layout_column_first_day (layout, b));

  return waymark_trend_layout_column_first_day (layout, b) -
         waymark_trend_layout_column_first_day (layout, a + 1) <= MAX_MISSING_DAYS;
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
gboolean
waymark_trend_line_next_point (const Line *line,
                               Point      *point)
{
  const Layout *layout = line->layout;
  guint previous = point->column;
  guint column = next_drawn (layout, line->values, previous);
  guint next;

  if (column >= layout->n_columns)
    return FALSE;

  next = next_drawn (layout, line->values, column);

  point->previous_y = columns_join (line, previous, column) ? point->y : NAN;
  point->column = column;
  point->x = column_x (layout, column);
  point->y = waymark_trend_layout_value_y (layout, line->measure, line->values[column]);
  point->next_y = columns_join (line, column, next)
                  ? waymark_trend_layout_value_y (layout, line->measure, line->values[next])
                  : NAN;

  return TRUE;
}

/* The mean of @measure in each column: two binary searches a column,
 * whatever the number of check-ins. NAN where nothing was recorded. */
double *
waymark_trend_layout_column_means (const Layout     *layout,
                                   WaymarkDaySeries *series,
                                   WaymarkMeasure    measure,
                                   guint            *n_drawn)
{
  double *values = g_new (double, layout->n_columns);

  *n_drawn = 0;
  for (guint c = 0; c < layout->n_columns; c++)
    {
      values[c] = series != NULL ? waymark_day_series_mean (series, measure,
                                                            waymark_trend_layout_column_first_day (layout, c),
                                                            waymark_trend_layout_column_last_day (layout, c),
                                                            NULL)
                                 : NAN;
      if (!isnan (values[c]))
        (*n_drawn)++;
    }

  return values;
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

  waymark_trend_layout_init (&layout, chart, width, 1.0);
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

  waymark_trend_layout_init (&layout, chart, width, 1.0);
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
  return waymark_trend_layout_value_y (&layout, measure, value);
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

/* Whether @julian has no 7-day average while moods were recorded before
 * and after it: the average's line breaks over it. */
static gboolean
in_average_break (WaymarkDaySeries *series,
                  guint32           julian)
{
  guint32 before, after;

  return series != NULL && julian > 0 &&
         waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, julian, &before) &&
         waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, julian, &after) &&
         waymark_day_series_mood_average_breaks (series, julian - 1, julian + 1);
}

/**
 * waymark_trend_chart_describe_breaks:
 * @series: (nullable): the journal
 * @measure: what the chart shows
 * @first: the first day shown
 * @last: the last day shown
 *
 * Returns: (transfer full) (nullable): for the mood chart, a sentence
 *   saying that the 7-day average's line breaks where a week or more
 *   went by without a mood, when it does between @first and @last;
 *   %NULL otherwise
 */
char *
waymark_trend_chart_describe_breaks (WaymarkDaySeries *series,
                                     WaymarkMeasure    measure,
                                     guint32           first,
                                     guint32           last)
{
  guint32 first_mood, last_mood;

  if (series == NULL || measure != WAYMARK_MEASURE_MOOD ||
      !waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, first, &first_mood) ||
      !waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, last, &last_mood) ||
      first_mood >= last_mood ||
      !waymark_day_series_mood_average_breaks (series, first_mood, last_mood))
    return NULL;

  /* Translators: said to screen readers about the mood chart */
  return g_strdup (_("The 7-day average line breaks where a week or more went by without a mood."));
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

  /* A day in a break of the average's line says why the line breaks. */
  if (measure == WAYMARK_MEASURE_MOOD && isnan (v) && in_average_break (series, julian))
    /* Translators: a day on the mood chart in a gap of a week or more,
     * as in "Monday 3 March: no mood recorded for a week or more, so
     * the 7-day average line breaks here". */
    return g_strdup_printf (_("%s: no mood recorded for a week or more, so the 7-day average line breaks here"), day);

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
