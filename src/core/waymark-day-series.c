/* waymark-day-series.c: the journal as one summary per calendar day,
 * which is all a chart ever needs to read
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-day-series"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-day-series.h"

/* The rolling average covers the day itself and the six before it. */
#define AVERAGE_DAYS 7

/* describe_trend () compares this many days up to today with as many
 * before them. */
#define TREND_DAYS 30

/* Running totals over days[0 .. i - 1], one entry more than there are
 * days, so the sum over days[i .. j - 1] is totals[j] - totals[i]. */
typedef struct
{
  double sum[WAYMARK_N_MEASURES];
  guint  count[WAYMARK_N_MEASURES];
} RunningTotals;

struct _WaymarkDaySeries
{
  GObject parent_instance;

  /* Owned */
  GArray   *days;      /* WaymarkDay, in increasing julian order */
  GArray   *markers;   /* WaymarkMarker, sorted by finish () */
  GArray   *totals;    /* RunningTotals, n_days + 1 of them */
  gboolean  finished;
};

G_DEFINE_FINAL_TYPE (WaymarkDaySeries, waymark_day_series, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (WaymarkMeasure, waymark_measure,
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_MOOD, "mood"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_ANXIETY, "anxiety"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_ENERGY, "energy"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_SLEEP, "sleep"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_ROUTINE, "routine"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_MEASURE_MOOD_AVERAGE, "mood-average"))

static void
clear_marker (gpointer data)
{
  WaymarkMarker *marker = data;

  g_clear_pointer (&marker->label, g_free);
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const WaymarkMarker *ma = a;
  const WaymarkMarker *mb = b;

  if (ma->julian != mb->julian)
    return ma->julian < mb->julian ? -1 : 1;

  return (int) ma->kind - (int) mb->kind;
}

/* A day number moved by @delta, kept inside guint32 instead of wrapping
 * round, so a range near either end of time is merely clipped. */
static guint32
add_days (guint32 julian,
          gint64  delta)
{
  return (guint32) CLAMP ((gint64) julian + delta, 0, (gint64) G_MAXUINT32);
}

static gboolean
is_recorded (double value)
{
  return isfinite (value);
}

/* The index of the first day on or after @julian (n_days when none). */
static guint
lower_bound (WaymarkDaySeries *self,
             guint32           julian)
{
  guint lo = 0;
  guint hi = self->days->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->days, WaymarkDay, mid).julian < julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static const RunningTotals *
totals_at (WaymarkDaySeries *self,
           guint             index)
{
  return &g_array_index (self->totals, RunningTotals, index);
}

/* The mood of each day averaged with the six days before it. A window
 * holds at most seven recorded days, so looking back from each day is
 * linear overall and exact (no running sum to drift). */
static void
compute_mood_average (WaymarkDaySeries *self)
{
  for (guint i = 0; i < self->days->len; i++)
    {
      WaymarkDay *day = &g_array_index (self->days, WaymarkDay, i);
      guint32 window_start = add_days (day->julian, -(AVERAGE_DAYS - 1));
      double sum = 0.0;
      guint count = 0;

      for (guint j = i + 1; j-- > 0;)
        {
          const WaymarkDay *earlier = &g_array_index (self->days, WaymarkDay, j);

          if (earlier->julian < window_start)
            break;

          if (is_recorded (earlier->values[WAYMARK_MEASURE_MOOD]))
            {
              sum += earlier->values[WAYMARK_MEASURE_MOOD];
              count++;
            }
        }

      day->values[WAYMARK_MEASURE_MOOD_AVERAGE] = count > 0 ? sum / count : NAN;
    }
}

static void
compute_totals (WaymarkDaySeries *self)
{
  RunningTotals running = { 0 };

  g_array_set_size (self->totals, 0);
  g_array_append_val (self->totals, running);

  for (guint i = 0; i < self->days->len; i++)
    {
      const WaymarkDay *day = &g_array_index (self->days, WaymarkDay, i);

      for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
        if (is_recorded (day->values[m]))
          {
            running.sum[m] += day->values[m];
            running.count[m]++;
          }

      g_array_append_val (self->totals, running);
    }
}

static void
waymark_day_series_finalize (GObject *object)
{
  WaymarkDaySeries *self = WAYMARK_DAY_SERIES (object);

  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->totals, g_array_unref);

  G_OBJECT_CLASS (waymark_day_series_parent_class)->finalize (object);
}

static void
waymark_day_series_class_init (WaymarkDaySeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_day_series_finalize;
}

static void
waymark_day_series_init (WaymarkDaySeries *self)
{
  self->days = g_array_new (FALSE, FALSE, sizeof (WaymarkDay));
  self->markers = g_array_new (FALSE, FALSE, sizeof (WaymarkMarker));
  g_array_set_clear_func (self->markers, clear_marker);
  self->totals = g_array_new (FALSE, TRUE, sizeof (RunningTotals));
  compute_totals (self);
}

/**
 * waymark_day_series_new:
 *
 * Returns: (transfer full): an empty series; append days, then finish it
 */
WaymarkDaySeries *
waymark_day_series_new (void)
{
  return g_object_new (WAYMARK_TYPE_DAY_SERIES, NULL);
}

/**
 * waymark_day_series_append:
 * @self: a #WaymarkDaySeries
 * @day: the day to copy in; its julian must be after the last one's
 *
 * Adds a day. Its MOOD_AVERAGE is ignored: finish () computes it.
 */
void
waymark_day_series_append (WaymarkDaySeries *self,
                           const WaymarkDay *day)
{
  g_return_if_fail (WAYMARK_IS_DAY_SERIES (self));
  g_return_if_fail (day != NULL);
  g_return_if_fail (self->days->len == 0 ||
                    g_array_index (self->days, WaymarkDay, self->days->len - 1).julian < day->julian);

  g_array_append_vals (self->days, day, 1);
  self->finished = FALSE;
}

/**
 * waymark_day_series_add_marker:
 * @self: a #WaymarkDaySeries
 * @julian: the day it happened
 * @kind: what kind of event it was
 * @label: (nullable): a few words for a person, copied
 *
 * Adds an event to show on the time axis; markers may come in any order.
 */
void
waymark_day_series_add_marker (WaymarkDaySeries  *self,
                               guint32            julian,
                               WaymarkMarkerKind  kind,
                               const char        *label)
{
  WaymarkMarker marker;

  g_return_if_fail (WAYMARK_IS_DAY_SERIES (self));

  marker.julian = julian;
  marker.kind = kind;
  marker.label = g_strdup (label ? label : "");
  g_array_append_val (self->markers, marker);
  self->finished = FALSE;
}

/**
 * waymark_day_series_finish:
 * @self: a #WaymarkDaySeries
 *
 * Sorts the markers, computes the 7-day mood average and the running
 * totals behind waymark_day_series_mean (). Call it once the days are
 * in, before handing the series to a chart; calling it again is harmless.
 */
void
waymark_day_series_finish (WaymarkDaySeries *self)
{
  g_return_if_fail (WAYMARK_IS_DAY_SERIES (self));

  g_array_sort (self->markers, compare_markers);
  compute_mood_average (self);
  compute_totals (self);
  self->finished = TRUE;
}

/**
 * waymark_day_series_get_n_days:
 * @self: a #WaymarkDaySeries
 *
 * Returns: how many days have something recorded
 */
guint
waymark_day_series_get_n_days (WaymarkDaySeries *self)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), 0);

  return self->days->len;
}

/**
 * waymark_day_series_get_day:
 * @self: a #WaymarkDaySeries
 * @index: from 0 to n_days - 1, in the order of the days
 *
 * Returns: (transfer none): the day at @index
 */
const WaymarkDay *
waymark_day_series_get_day (WaymarkDaySeries *self,
                            guint             index)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), NULL);
  g_return_val_if_fail (index < self->days->len, NULL);

  return &g_array_index (self->days, WaymarkDay, index);
}

/**
 * waymark_day_series_lookup:
 * @self: a #WaymarkDaySeries
 * @julian: a day
 *
 * Finds a day by binary search.
 *
 * Returns: (transfer none) (nullable): the day recorded for @julian
 */
const WaymarkDay *
waymark_day_series_lookup (WaymarkDaySeries *self,
                           guint32           julian)
{
  guint index;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), NULL);

  index = lower_bound (self, julian);
  if (index < self->days->len && g_array_index (self->days, WaymarkDay, index).julian == julian)
    return &g_array_index (self->days, WaymarkDay, index);

  return NULL;
}

/**
 * waymark_day_series_get_bounds:
 * @self: a #WaymarkDaySeries
 * @first: (out) (optional): the first recorded day
 * @last: (out) (optional): the last recorded day
 *
 * Returns: %FALSE when the series is empty, and then sets neither
 */
gboolean
waymark_day_series_get_bounds (WaymarkDaySeries *self,
                               guint32          *first,
                               guint32          *last)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), FALSE);

  if (self->days->len == 0)
    return FALSE;

  if (first != NULL)
    *first = g_array_index (self->days, WaymarkDay, 0).julian;
  if (last != NULL)
    *last = g_array_index (self->days, WaymarkDay, self->days->len - 1).julian;

  return TRUE;
}

/**
 * waymark_day_series_mean:
 * @self: a finished #WaymarkDaySeries
 * @measure: what to average
 * @from: the first day of the range
 * @to: the last day of the range, included
 * @n_days: (out) (optional): how many days in the range recorded @measure
 *
 * Two binary searches and a subtraction, however long the range.
 *
 * Returns: the mean, or NAN when no day in the range recorded @measure
 *   (or @from is after @to)
 */
double
waymark_day_series_mean (WaymarkDaySeries *self,
                         WaymarkMeasure    measure,
                         guint32           from,
                         guint32           to,
                         guint            *n_days)
{
  const RunningTotals *start;
  const RunningTotals *end;
  guint count;

  if (n_days != NULL)
    *n_days = 0;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), NAN);
  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, NAN);
  g_return_val_if_fail (self->finished, NAN);

  if (from > to)
    return NAN;

  start = totals_at (self, lower_bound (self, from));
  end = totals_at (self, to == G_MAXUINT32 ? self->days->len : lower_bound (self, to + 1));
  count = end->count[measure] - start->count[measure];

  if (n_days != NULL)
    *n_days = count;

  if (count == 0)
    return NAN;

  return (end->sum[measure] - start->sum[measure]) / count;
}

/**
 * waymark_day_series_find_next:
 * @self: a finished #WaymarkDaySeries
 * @measure: what must have been recorded
 * @from: the first day to look at
 * @julian: (out): the day found
 *
 * Finds the first day on or after @from that recorded @measure, by a
 * binary search over the running counts.
 *
 * Returns: %FALSE when there is none
 */
gboolean
waymark_day_series_find_next (WaymarkDaySeries *self,
                              WaymarkMeasure    measure,
                              guint32           from,
                              guint32          *julian)
{
  guint start, lo, hi;
  guint base;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), FALSE);
  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, FALSE);
  g_return_val_if_fail (self->finished, FALSE);
  g_return_val_if_fail (julian != NULL, FALSE);

  start = lower_bound (self, from);
  base = totals_at (self, start)->count[measure];
  if (totals_at (self, self->days->len)->count[measure] == base)
    return FALSE;

  /* The smallest i > start whose running count passes base: day i - 1
   * is the one. */
  lo = start + 1;
  hi = self->days->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (totals_at (self, mid)->count[measure] > base)
        hi = mid;
      else
        lo = mid + 1;
    }

  *julian = g_array_index (self->days, WaymarkDay, lo - 1).julian;
  return TRUE;
}

/**
 * waymark_day_series_mood_average_breaks:
 * @self: a finished #WaymarkDaySeries
 * @from: a day
 * @to: a later day
 *
 * A day has a 7-day average when a mood was recorded on it or on one of
 * the six days before. Between two days that have one, the average's
 * line is whole only if every day between them has one too; after a
 * week or more with no mood it breaks, rather than a diagonal drawn
 * across the time nothing was said. In O(log n) for each week between.
 *
 * Returns: whether some day strictly between @from and @to has no
 *   7-day average
 */
gboolean
waymark_day_series_mood_average_breaks (WaymarkDaySeries *self,
                                        guint32           from,
                                        guint32           to)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), FALSE);
  g_return_val_if_fail (self->finished, FALSE);

  for (guint32 day = from + 1; day < to;)
    {
      guint32 mood;

      /* The latest mood on or before the day: the day has an average
       * while it is in the window, so the first day that might not is
       * the one after the window has passed it. */
      if (!waymark_day_series_find_previous (self, WAYMARK_MEASURE_MOOD, day, &mood) ||
          mood + (AVERAGE_DAYS - 1) < day)
        return TRUE;

      day = mood + AVERAGE_DAYS;
    }

  return FALSE;
}

/**
 * waymark_day_series_find_previous:
 * @self: a finished #WaymarkDaySeries
 * @measure: what must have been recorded
 * @to: the last day to look at
 * @julian: (out): the day found
 *
 * Finds the last day on or before @to that recorded @measure.
 *
 * Returns: %FALSE when there is none
 */
gboolean
waymark_day_series_find_previous (WaymarkDaySeries *self,
                                  WaymarkMeasure    measure,
                                  guint32           to,
                                  guint32          *julian)
{
  guint end, lo, hi;
  guint target;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), FALSE);
  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, FALSE);
  g_return_val_if_fail (self->finished, FALSE);
  g_return_val_if_fail (julian != NULL, FALSE);

  end = to == G_MAXUINT32 ? self->days->len : lower_bound (self, to + 1);
  target = totals_at (self, end)->count[measure];
  if (target == 0)
    return FALSE;

  /* The smallest i whose running count reaches target: day i - 1 is
   * the last one recorded at or before @to. */
  lo = 1;
  hi = end;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (totals_at (self, mid)->count[measure] >= target)
        hi = mid;
      else
        lo = mid + 1;
    }

  *julian = g_array_index (self->days, WaymarkDay, lo - 1).julian;
  return TRUE;
}

/**
 * waymark_day_series_get_n_markers:
 * @self: a #WaymarkDaySeries
 *
 * Returns: how many markers there are
 */
guint
waymark_day_series_get_n_markers (WaymarkDaySeries *self)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), 0);

  return self->markers->len;
}

/**
 * waymark_day_series_get_marker:
 * @self: a #WaymarkDaySeries
 * @index: from 0 to n_markers - 1; sorted by day once finished
 *
 * Returns: (transfer none): the marker at @index
 */
const WaymarkMarker *
waymark_day_series_get_marker (WaymarkDaySeries *self,
                               guint             index)
{
  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), NULL);
  g_return_val_if_fail (index < self->markers->len, NULL);

  return &g_array_index (self->markers, WaymarkMarker, index);
}

/**
 * waymark_day_series_find_markers:
 * @self: a finished #WaymarkDaySeries
 * @from: the first day
 * @to: the last day, included
 * @first_index: (out): the index of the first marker on or after @from
 *
 * Returns: how many markers fall in [@from, @to], from @first_index on
 */
guint
waymark_day_series_find_markers (WaymarkDaySeries *self,
                                 guint32           from,
                                 guint32           to,
                                 guint            *first_index)
{
  guint lo = 0;
  guint hi;
  guint n = 0;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), 0);
  g_return_val_if_fail (first_index != NULL, 0);

  hi = self->markers->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->markers, WaymarkMarker, mid).julian < from)
        lo = mid + 1;
      else
        hi = mid;
    }

  *first_index = lo;
  while (lo + n < self->markers->len &&
         g_array_index (self->markers, WaymarkMarker, lo + n).julian <= to)
    n++;

  return from <= to ? n : 0;
}

/* How far apart two means must be before the sentence says "up" or
 * "down" rather than "about the same": a quarter of a point on the 0-10
 * scales, a quarter of an hour of sleep, five points of routine. */
static double
same_threshold (WaymarkMeasure measure)
{
  switch (measure)
    {
    case WAYMARK_MEASURE_ROUTINE:
      return 0.05;
    case WAYMARK_MEASURE_SLEEP:
    case WAYMARK_MEASURE_MOOD:
    case WAYMARK_MEASURE_ANXIETY:
    case WAYMARK_MEASURE_ENERGY:
    case WAYMARK_MEASURE_MOOD_AVERAGE:
    case WAYMARK_N_MEASURES:
    default:
      return 0.25;
    }
}

typedef enum
{
  TREND_NONE,
  TREND_ONLY,
  TREND_UP,
  TREND_DOWN,
  TREND_SAME,
} Trend;

/* Each sentence whole, so a translator can give each measure its own
 * grammar; each printed where it is written, so the compiler checks its
 * conversions against the numbers it is given. @current and @earlier are
 * already on the scale the sentence says (hours, percent). */
static char *
format_trend (WaymarkMeasure measure,
              Trend          trend,
              double         current,
              double         earlier)
{
  switch (measure)
    {
    case WAYMARK_MEASURE_MOOD:
    case WAYMARK_MEASURE_MOOD_AVERAGE:
      switch (trend)
        {
        case TREND_NONE:
          return g_strdup (_("No moods recorded in the last 30 days."));
        case TREND_ONLY:
          /* Translators: %.1f is the mean mood on a scale of 0 to 10,
           * such as "6.2"; keep it as it is and the locale writes the
           * decimal separator. */
          return g_strdup_printf (_("Mood averaged %.1f over the last 30 days."), current);
        case TREND_UP:
          /* Translators: the mean mood of the last 30 days, then of the
           * 30 days before them. */
          return g_strdup_printf (_("Mood averaged %.1f over the last 30 days, up from %.1f."),
                                  current, earlier);
        case TREND_DOWN:
          return g_strdup_printf (_("Mood averaged %.1f over the last 30 days, down from %.1f."),
                                  current, earlier);
        case TREND_SAME:
        default:
          return g_strdup_printf (_("Mood averaged %.1f over the last 30 days, "
                                    "about the same as the 30 days before (%.1f)."),
                                  current, earlier);
        }

    case WAYMARK_MEASURE_ANXIETY:
      switch (trend)
        {
        case TREND_NONE:
          return g_strdup (_("Nothing recorded for anxiety in the last 30 days."));
        case TREND_ONLY:
          /* Translators: %.1f is the mean anxiety on a scale of 0 to 10. */
          return g_strdup_printf (_("Anxiety averaged %.1f over the last 30 days."), current);
        case TREND_UP:
          return g_strdup_printf (_("Anxiety averaged %.1f over the last 30 days, up from %.1f."),
                                  current, earlier);
        case TREND_DOWN:
          return g_strdup_printf (_("Anxiety averaged %.1f over the last 30 days, down from %.1f."),
                                  current, earlier);
        case TREND_SAME:
        default:
          return g_strdup_printf (_("Anxiety averaged %.1f over the last 30 days, "
                                    "about the same as the 30 days before (%.1f)."),
                                  current, earlier);
        }

    case WAYMARK_MEASURE_ENERGY:
      switch (trend)
        {
        case TREND_NONE:
          return g_strdup (_("Nothing recorded for energy in the last 30 days."));
        case TREND_ONLY:
          /* Translators: %.1f is the mean energy on a scale of 0 to 10. */
          return g_strdup_printf (_("Energy averaged %.1f over the last 30 days."), current);
        case TREND_UP:
          return g_strdup_printf (_("Energy averaged %.1f over the last 30 days, up from %.1f."),
                                  current, earlier);
        case TREND_DOWN:
          return g_strdup_printf (_("Energy averaged %.1f over the last 30 days, down from %.1f."),
                                  current, earlier);
        case TREND_SAME:
        default:
          return g_strdup_printf (_("Energy averaged %.1f over the last 30 days, "
                                    "about the same as the 30 days before (%.1f)."),
                                  current, earlier);
        }

    case WAYMARK_MEASURE_SLEEP:
      switch (trend)
        {
        case TREND_NONE:
          return g_strdup (_("Nothing recorded for sleep in the last 30 days."));
        case TREND_ONLY:
          /* Translators: %.1f is a number of hours, such as "7.5". */
          return g_strdup_printf (_("Sleep averaged %.1f hours over the last 30 days."), current);
        case TREND_UP:
          /* Translators: hours of sleep in the last 30 days, then in
           * the 30 days before them. */
          return g_strdup_printf (_("Sleep averaged %.1f hours over the last 30 days, up from %.1f."),
                                  current, earlier);
        case TREND_DOWN:
          return g_strdup_printf (_("Sleep averaged %.1f hours over the last 30 days, down from %.1f."),
                                  current, earlier);
        case TREND_SAME:
        default:
          return g_strdup_printf (_("Sleep averaged %.1f hours over the last 30 days, "
                                    "about the same as the 30 days before (%.1f)."),
                                  current, earlier);
        }

    case WAYMARK_MEASURE_ROUTINE:
    case WAYMARK_N_MEASURES:
    default:
      switch (trend)
        {
        case TREND_NONE:
          return g_strdup (_("Nothing recorded for your routine in the last 30 days."));
        case TREND_ONLY:
          /* Translators: "%.0f%%" is a percentage, such as "80%"; write
           * the sign as your language does, "%%" stands for it. */
          return g_strdup_printf (_("Your routine averaged %.0f%% over the last 30 days."),
                                  current);
        case TREND_UP:
          return g_strdup_printf (_("Your routine averaged %.0f%% over the last 30 days, "
                                    "up from %.0f%%."),
                                  current, earlier);
        case TREND_DOWN:
          return g_strdup_printf (_("Your routine averaged %.0f%% over the last 30 days, "
                                    "down from %.0f%%."),
                                  current, earlier);
        case TREND_SAME:
        default:
          return g_strdup_printf (_("Your routine averaged %.0f%% over the last 30 days, "
                                    "about the same as the 30 days before (%.0f%%)."),
                                  current, earlier);
        }
    }
}

/**
 * waymark_day_series_describe_trend:
 * @self: a finished #WaymarkDaySeries
 * @measure: what to describe; MOOD_AVERAGE is described as MOOD
 * @today: the last day of the 30 described
 *
 * Compares the mean of @measure over the 30 days up to and including
 * @today with the 30 days before them, in a calm sentence: "up from",
 * "down from" or "about the same", never a judgement.
 *
 * Returns: (transfer full): the sentence
 */
char *
waymark_day_series_describe_trend (WaymarkDaySeries *self,
                                   WaymarkMeasure    measure,
                                   guint32           today)
{
  double current, earlier;
  double scale = 1.0;
  Trend trend;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (self), NULL);
  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, NULL);

  if (measure == WAYMARK_MEASURE_MOOD_AVERAGE)
    measure = WAYMARK_MEASURE_MOOD;

  current = waymark_day_series_mean (self, measure, add_days (today, -(TREND_DAYS - 1)), today, NULL);
  earlier = waymark_day_series_mean (self, measure,
                                     add_days (today, -(2 * TREND_DAYS - 1)),
                                     add_days (today, -TREND_DAYS),
                                     NULL);

  if (isnan (current))
    trend = TREND_NONE;
  else if (isnan (earlier))
    trend = TREND_ONLY;
  else if (current - earlier >= same_threshold (measure))
    trend = TREND_UP;
  else if (earlier - current >= same_threshold (measure))
    trend = TREND_DOWN;
  else
    trend = TREND_SAME;

  if (measure == WAYMARK_MEASURE_ROUTINE)
    scale = 100.0;

  return format_trend (measure, trend, current * scale, earlier * scale);
}

/**
 * waymark_measure_get_name:
 * @measure: a #WaymarkMeasure
 *
 * Returns: (transfer none): the measure's name for a person, translated
 */
const char *
waymark_measure_get_name (WaymarkMeasure measure)
{
  static const char * const names[] = {
    [WAYMARK_MEASURE_MOOD] = N_("Mood"),
    [WAYMARK_MEASURE_ANXIETY] = N_("Anxiety"),
    [WAYMARK_MEASURE_ENERGY] = N_("Energy"),
    [WAYMARK_MEASURE_SLEEP] = N_("Sleep"),
    [WAYMARK_MEASURE_ROUTINE] = N_("Routine"),
    [WAYMARK_MEASURE_MOOD_AVERAGE] = N_("Mood, 7-day average"),
  };

  g_return_val_if_fail (measure < WAYMARK_N_MEASURES, NULL);

  return _(names[measure]);
}

/**
 * waymark_measure_get_maximum:
 * @measure: a #WaymarkMeasure
 *
 * Returns: the top of the measure's scale: 10, 12 hours for SLEEP, and
 *   1 for ROUTINE
 */
double
waymark_measure_get_maximum (WaymarkMeasure measure)
{
  switch (measure)
    {
    case WAYMARK_MEASURE_SLEEP:
      return 12.0;
    case WAYMARK_MEASURE_ROUTINE:
      return 1.0;
    case WAYMARK_MEASURE_MOOD:
    case WAYMARK_MEASURE_ANXIETY:
    case WAYMARK_MEASURE_ENERGY:
    case WAYMARK_MEASURE_MOOD_AVERAGE:
    case WAYMARK_N_MEASURES:
    default:
      return 10.0;
    }
}
