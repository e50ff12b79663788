/* test-day-series.c: the journal's days, averaged and summed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-day-series"

#include "config.h"

#include <math.h>

#include "waymark-day-series.h"

/* 1 March 2026, a Sunday; any day would do. */
static guint32
base_day (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2026);
  return g_date_get_julian (&date);
}

static WaymarkDay
make_day (guint32 julian,
          double  mood)
{
  WaymarkDay day = { .julian = julian, .n_checkins = 1 };

  for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
    day.values[m] = NAN;
  day.values[WAYMARK_MEASURE_MOOD] = mood;

  return day;
}

static void
append_mood (WaymarkDaySeries *series,
             guint32           julian,
             double            mood)
{
  WaymarkDay day = make_day (julian, mood);

  waymark_day_series_append (series, &day);
}

/* Moods on the given days after base_day (), one a day. */
static WaymarkDaySeries *
series_of_moods (const guint  *offsets,
                 const double *moods,
                 guint         n)
{
  WaymarkDaySeries *series = waymark_day_series_new ();

  for (guint i = 0; i < n; i++)
    append_mood (series, base_day () + offsets[i], moods[i]);
  waymark_day_series_finish (series);

  return series;
}

static double
average_on (WaymarkDaySeries *series,
            guint             offset)
{
  const WaymarkDay *day = waymark_day_series_lookup (series, base_day () + offset);

  g_assert_nonnull (day);
  return day->values[WAYMARK_MEASURE_MOOD_AVERAGE];
}

static void
test_empty (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autofree char *sentence = NULL;
  guint32 first = 7, last = 7;
  guint n = 99;

  waymark_day_series_finish (series);

  g_assert_cmpuint (waymark_day_series_get_n_days (series), ==, 0);
  g_assert_cmpuint (waymark_day_series_get_n_markers (series), ==, 0);
  g_assert_false (waymark_day_series_get_bounds (series, &first, &last));
  g_assert_cmpuint (first, ==, 7);
  g_assert_cmpuint (last, ==, 7);
  g_assert_null (waymark_day_series_lookup (series, base_day ()));
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, &n)));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, 0, &first));
  g_assert_false (waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, G_MAXUINT32, &first));

  sentence = waymark_day_series_describe_trend (series, WAYMARK_MEASURE_MOOD, base_day ());
  g_assert_cmpstr (sentence, ==, "No moods recorded in the last 30 days.");
}

static void
test_rolling_average (void)
{
  const guint offsets[] = { 0, 1, 2, 10, 12, 16, 17, 30 };
  const double moods[] = { 2, 4, 6, 8, NAN, 0, NAN, NAN };
  g_autoptr(WaymarkDaySeries) series = series_of_moods (offsets, moods, G_N_ELEMENTS (offsets));

  /* A window that has only begun: the days there are. */
  g_assert_cmpfloat_with_epsilon (average_on (series, 0), 2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (average_on (series, 1), 3.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (average_on (series, 2), 4.0, 1e-12);

  /* After a gap: days 4 to 10 hold only day 10. */
  g_assert_cmpfloat_with_epsilon (average_on (series, 10), 8.0, 1e-12);

  /* A day without a mood still has the mean of its week. */
  g_assert_cmpfloat_with_epsilon (average_on (series, 12), 8.0, 1e-12);

  /* Days 10 to 16: day 10 is the window's first day, and counts. */
  g_assert_cmpfloat_with_epsilon (average_on (series, 16), 4.0, 1e-12);

  /* Days 11 to 17: day 10 has left the window. */
  g_assert_cmpfloat_with_epsilon (average_on (series, 17), 0.0, 1e-12);

  /* No mood in days 24 to 30. */
  g_assert_true (isnan (average_on (series, 30)));

  /* Whatever was passed in for the average is replaced. */
  {
    g_autoptr(WaymarkDaySeries) other = waymark_day_series_new ();
    WaymarkDay day = make_day (base_day (), 5.0);

    day.values[WAYMARK_MEASURE_MOOD_AVERAGE] = 99.0;
    waymark_day_series_append (other, &day);
    waymark_day_series_finish (other);
    g_assert_cmpfloat (waymark_day_series_get_day (other, 0)->values[WAYMARK_MEASURE_MOOD_AVERAGE], ==, 5.0);
  }
}

static void
test_mean (void)
{
  const guint offsets[] = { 0, 1, 2, 10, 12, 16 };
  const double moods[] = { 2, 4, 6, 8, NAN, 0 };
  g_autoptr(WaymarkDaySeries) series = series_of_moods (offsets, moods, G_N_ELEMENTS (offsets));
  guint32 b = base_day ();
  guint n = 0;

  /* Both ends are included. */
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b, b + 2, &n), 4.0, 1e-12);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 2, b + 10, &n), 7.0, 1e-12);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b, b, &n), 2.0, 1e-12);
  g_assert_cmpuint (n, ==, 1);

  /* A day with no mood is not a zero. */
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 10, b + 12, &n), 8.0, 1e-12);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 12, b + 12, &n)));
  g_assert_cmpuint (n, ==, 0);

  /* Everything, and everything by its widest possible range. */
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b, b + 16, &n), 4.0, 1e-12);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, &n), 4.0, 1e-12);
  g_assert_cmpuint (n, ==, 5);

  /* Gaps, and ranges before, after and between the days. */
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 3, b + 9, &n)));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b - 100, b - 1, &n)));
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 17, b + 1000, &n)));
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + 2, b + 1, &n)));
  g_assert_cmpuint (n, ==, 0);

  /* Measures nobody recorded. */
  g_assert_true (isnan (waymark_day_series_mean (series, WAYMARK_MEASURE_SLEEP, b, b + 16, NULL)));

  /* The 7-day average is a measure like the others. */
  g_assert_cmpfloat_with_epsilon (waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD_AVERAGE, b, b + 2, &n),
                                  3.0, 1e-12);
  g_assert_cmpuint (n, ==, 3);
}

/* A long series: every range's mean equals the mean added up by hand. */
static void
test_mean_matches_sum (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (WaymarkDay));
  guint32 b = base_day ();

  for (guint i = 0; i < 2000; i++)
    {
      WaymarkDay day;

      if (g_rand_int_range (rand, 0, 4) == 0)
        continue;

      day = make_day (b + i, g_rand_int_range (rand, 0, 11));
      day.values[WAYMARK_MEASURE_SLEEP] = g_rand_int_range (rand, 0, 5) == 0 ? NAN : g_rand_double_range (rand, 4, 10);
      waymark_day_series_append (series, &day);
      g_array_append_val (days, day);
    }
  waymark_day_series_finish (series);

  for (guint q = 0; q < 300; q++)
    {
      guint32 from = b - 10 + g_rand_int_range (rand, 0, 2020);
      guint32 to = from + g_rand_int_range (rand, 0, 400);
      double sum = 0.0;
      guint count = 0, n = 0;
      double mean;

      for (guint i = 0; i < days->len; i++)
        {
          const WaymarkDay *day = &g_array_index (days, WaymarkDay, i);

          if (day->julian >= from && day->julian <= to && !isnan (day->values[WAYMARK_MEASURE_SLEEP]))
            {
              sum += day->values[WAYMARK_MEASURE_SLEEP];
              count++;
            }
        }

      mean = waymark_day_series_mean (series, WAYMARK_MEASURE_SLEEP, from, to, &n);
      g_assert_cmpuint (n, ==, count);
      if (count == 0)
        g_assert_true (isnan (mean));
      else
        g_assert_cmpfloat_with_epsilon (mean, sum / count, 1e-9);
    }
}

static void
test_lookup_and_bounds (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  guint32 b = base_day ();
  guint32 first = 0, last = 0;

  /* Every third day, a thousand of them. */
  for (guint i = 0; i < 1000; i++)
    append_mood (series, b + 3 * i, i % 11);
  waymark_day_series_finish (series);

  g_assert_cmpuint (waymark_day_series_get_n_days (series), ==, 1000);
  g_assert_true (waymark_day_series_get_bounds (series, &first, &last));
  g_assert_cmpuint (first, ==, b);
  g_assert_cmpuint (last, ==, b + 3 * 999);
  g_assert_true (waymark_day_series_get_bounds (series, NULL, NULL));

  for (guint i = 0; i < 1000; i++)
    {
      const WaymarkDay *day = waymark_day_series_lookup (series, b + 3 * i);

      g_assert_nonnull (day);
      g_assert_true (day == waymark_day_series_get_day (series, i));
      g_assert_cmpuint (day->julian, ==, b + 3 * i);
      g_assert_cmpfloat (day->values[WAYMARK_MEASURE_MOOD], ==, i % 11);
      g_assert_null (waymark_day_series_lookup (series, b + 3 * i + 1));
      g_assert_null (waymark_day_series_lookup (series, b + 3 * i + 2));
    }

  g_assert_null (waymark_day_series_lookup (series, b - 1));
  g_assert_null (waymark_day_series_lookup (series, 0));
  g_assert_null (waymark_day_series_lookup (series, G_MAXUINT32));
}

static void
test_find (void)
{
  const guint offsets[] = { 0, 5, 6, 9 };
  const double moods[] = { 1, NAN, 3, 4 };
  g_autoptr(WaymarkDaySeries) series = series_of_moods (offsets, moods, G_N_ELEMENTS (offsets));
  guint32 b = base_day ();
  guint32 found = 0;

  g_assert_true (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, 0, &found));
  g_assert_cmpuint (found, ==, b);
  g_assert_true (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, b, &found));
  g_assert_cmpuint (found, ==, b);
  /* Day 5 has a row but no mood. */
  g_assert_true (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, b + 1, &found));
  g_assert_cmpuint (found, ==, b + 6);
  g_assert_true (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, b + 7, &found));
  g_assert_cmpuint (found, ==, b + 9);
  g_assert_false (waymark_day_series_find_next (series, WAYMARK_MEASURE_MOOD, b + 10, &found));

  g_assert_true (waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, G_MAXUINT32, &found));
  g_assert_cmpuint (found, ==, b + 9);
  g_assert_true (waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, b + 8, &found));
  g_assert_cmpuint (found, ==, b + 6);
  g_assert_true (waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, b + 5, &found));
  g_assert_cmpuint (found, ==, b);
  g_assert_false (waymark_day_series_find_previous (series, WAYMARK_MEASURE_MOOD, b - 1, &found));

  g_assert_false (waymark_day_series_find_next (series, WAYMARK_MEASURE_SLEEP, 0, &found));
  g_assert_false (waymark_day_series_find_previous (series, WAYMARK_MEASURE_SLEEP, G_MAXUINT32, &found));
}

static void
test_markers (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  guint32 b = base_day ();
  guint first_index = 99;

  waymark_day_series_add_marker (series, b + 30, WAYMARK_MARKER_MILESTONE, "Back at work");
  waymark_day_series_add_marker (series, b, WAYMARK_MARKER_MEDICATION, "Sertraline 50 mg");
  waymark_day_series_add_marker (series, b + 60, WAYMARK_MARKER_MEDICATION, NULL);
  waymark_day_series_add_marker (series, b + 14, WAYMARK_MARKER_MEDICATION, "Sertraline 100 mg");
  waymark_day_series_finish (series);

  g_assert_cmpuint (waymark_day_series_get_n_markers (series), ==, 4);
  g_assert_cmpuint (waymark_day_series_get_marker (series, 0)->julian, ==, b);
  g_assert_cmpstr (waymark_day_series_get_marker (series, 0)->label, ==, "Sertraline 50 mg");
  g_assert_cmpuint (waymark_day_series_get_marker (series, 1)->julian, ==, b + 14);
  g_assert_cmpstr (waymark_day_series_get_marker (series, 1)->label, ==, "Sertraline 100 mg");
  g_assert_cmpuint (waymark_day_series_get_marker (series, 2)->julian, ==, b + 30);
  g_assert_cmpint (waymark_day_series_get_marker (series, 2)->kind, ==, WAYMARK_MARKER_MILESTONE);
  g_assert_cmpuint (waymark_day_series_get_marker (series, 3)->julian, ==, b + 60);
  g_assert_cmpstr (waymark_day_series_get_marker (series, 3)->label, ==, "");

  g_assert_cmpuint (waymark_day_series_find_markers (series, b + 1, b + 30, &first_index), ==, 2);
  g_assert_cmpuint (first_index, ==, 1);
  g_assert_cmpuint (waymark_day_series_find_markers (series, 0, G_MAXUINT32, &first_index), ==, 4);
  g_assert_cmpuint (first_index, ==, 0);
  g_assert_cmpuint (waymark_day_series_find_markers (series, b + 61, b + 100, &first_index), ==, 0);
  g_assert_cmpuint (waymark_day_series_find_markers (series, b + 30, b + 1, &first_index), ==, 0);
}

static void
test_append_in_order (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();

  append_mood (series, base_day (), 5);

  g_test_expect_message ("waymark-day-series", G_LOG_LEVEL_CRITICAL, "*julian*");
  append_mood (series, base_day (), 6);
  g_test_assert_expected_messages ();

  g_test_expect_message ("waymark-day-series", G_LOG_LEVEL_CRITICAL, "*julian*");
  append_mood (series, base_day () - 1, 6);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (waymark_day_series_get_n_days (series), ==, 1);
}

/* Thirty days up to today against the thirty before: a mood every day. */
static WaymarkDaySeries *
series_of_two_months (double earlier,
                      double recent,
                      WaymarkMeasure measure)
{
  WaymarkDaySeries *series = waymark_day_series_new ();
  guint32 today = base_day () + 59;

  for (guint32 julian = base_day (); julian <= today; julian++)
    {
      WaymarkDay day = make_day (julian, NAN);
      double value = julian + 30 <= today ? earlier : recent;

      day.values[measure] = value;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  return series;
}

static void
assert_trend (double          earlier,
              double          recent,
              WaymarkMeasure  measure,
              const char     *expected)
{
  g_autoptr(WaymarkDaySeries) series = series_of_two_months (earlier, recent, measure);
  g_autofree char *sentence = waymark_day_series_describe_trend (series, measure, base_day () + 59);

  g_assert_cmpstr (sentence, ==, expected);
}

static void
test_describe_trend (void)
{
  assert_trend (5.1, 6.2, WAYMARK_MEASURE_MOOD, "Mood averaged 6.2 over the last 30 days, up from 5.1.");
  assert_trend (6.2, 5.1, WAYMARK_MEASURE_MOOD, "Mood averaged 5.1 over the last 30 days, down from 6.2.");
  assert_trend (6.1, 6.2, WAYMARK_MEASURE_MOOD,
                "Mood averaged 6.2 over the last 30 days, about the same as the 30 days before (6.1).");
  assert_trend (NAN, 6.2, WAYMARK_MEASURE_MOOD, "Mood averaged 6.2 over the last 30 days.");
  assert_trend (6.2, NAN, WAYMARK_MEASURE_MOOD, "No moods recorded in the last 30 days.");

  assert_trend (6.8, 7.5, WAYMARK_MEASURE_SLEEP,
                "Sleep averaged 7.5 hours over the last 30 days, up from 6.8.");
  assert_trend (4.0, 3.0, WAYMARK_MEASURE_ANXIETY,
                "Anxiety averaged 3.0 over the last 30 days, down from 4.0.");
  assert_trend (NAN, NAN, WAYMARK_MEASURE_ENERGY, "Nothing recorded for energy in the last 30 days.");
  assert_trend (0.65, 0.8, WAYMARK_MEASURE_ROUTINE,
                "Your routine averaged 80% over the last 30 days, up from 65%.");
  assert_trend (0.78, 0.8, WAYMARK_MEASURE_ROUTINE,
                "Your routine averaged 80% over the last 30 days, about the same as the 30 days before (78%).");

  /* The 7-day average is described as the mood it averages. */
  {
    g_autoptr(WaymarkDaySeries) series = series_of_two_months (5.1, 6.2, WAYMARK_MEASURE_MOOD);
    g_autofree char *sentence = waymark_day_series_describe_trend (series, WAYMARK_MEASURE_MOOD_AVERAGE,
                                                                   base_day () + 59);

    g_assert_cmpstr (sentence, ==, "Mood averaged 6.2 over the last 30 days, up from 5.1.");
  }

  /* The windows end on today: a day after it is not counted. */
  {
    g_autoptr(WaymarkDaySeries) series = series_of_two_months (5.1, 6.2, WAYMARK_MEASURE_MOOD);
    g_autofree char *sentence = waymark_day_series_describe_trend (series, WAYMARK_MEASURE_MOOD,
                                                                   base_day () + 29);

    g_assert_cmpstr (sentence, ==, "Mood averaged 5.1 over the last 30 days.");
  }
}

static void
test_measure_names (void)
{
  GEnumClass *klass;

  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_MOOD), ==, "Mood");
  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_ANXIETY), ==, "Anxiety");
  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_ENERGY), ==, "Energy");
  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_SLEEP), ==, "Sleep");
  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_ROUTINE), ==, "Routine");
  g_assert_cmpstr (waymark_measure_get_name (WAYMARK_MEASURE_MOOD_AVERAGE), ==, "Mood, 7-day average");

  g_assert_cmpfloat (waymark_measure_get_maximum (WAYMARK_MEASURE_MOOD), ==, 10.0);
  g_assert_cmpfloat (waymark_measure_get_maximum (WAYMARK_MEASURE_SLEEP), ==, 12.0);
  g_assert_cmpfloat (waymark_measure_get_maximum (WAYMARK_MEASURE_ROUTINE), ==, 1.0);

  klass = g_type_class_ref (WAYMARK_TYPE_MEASURE);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "mood-average")->value, ==, WAYMARK_MEASURE_MOOD_AVERAGE);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "sleep")->value, ==, WAYMARK_MEASURE_SLEEP);
  g_type_class_unref (klass);
}

/* Not an assertion: how long range queries take on a long journal, to
 * show the cost does not grow with the range. */
static void
test_mean_timing (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  guint32 b = base_day ();
  double total = 0.0;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    append_mood (series, b + i, i % 11);
  start = g_get_monotonic_time ();
  waymark_day_series_finish (series);
  g_test_message ("finish () on 100000 days: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 100000; i++)
    total += waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD, b + i / 2, b + 50000 + i / 2, NULL);
  g_test_message ("100000 means of 50000 days each: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_false (isnan (total));
}

/* The 7-day average has a value on a day while a mood is in its window
 * (the day and the six before); its line breaks over any day without. */
static void
test_average_breaks (void)
{
  const guint week_offsets[] = { 0, 7, 15, 16 };
  const double moods[] = { 5, 6, 7, 8 };
  g_autoptr(WaymarkDaySeries) series = series_of_moods (week_offsets, moods, G_N_ELEMENTS (moods));
  guint32 b = base_day ();

  /* Seven days apart: every day between still sees day 0's mood. */
  g_assert_false (waymark_day_series_mood_average_breaks (series, b, b + 7));
  /* Eight apart: day 14 sees none of 8..14. */
  g_assert_true (waymark_day_series_mood_average_breaks (series, b + 7, b + 15));
  g_assert_true (waymark_day_series_mood_average_breaks (series, b, b + 16));
  g_assert_false (waymark_day_series_mood_average_breaks (series, b + 15, b + 16));
  g_assert_false (waymark_day_series_mood_average_breaks (series, b + 7, b + 8));
  /* Before the first mood there is no average either. */
  g_assert_true (waymark_day_series_mood_average_breaks (series, b - 3, b));
  g_assert_false (waymark_day_series_mood_average_breaks (series, b - 1, b));
  /* Going on past the last mood: a week later it has stopped. */
  g_assert_false (waymark_day_series_mood_average_breaks (series, b + 16, b + 23));
  g_assert_true (waymark_day_series_mood_average_breaks (series, b + 16, b + 24));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/day-series/empty", test_empty);
  g_test_add_func ("/waymark/day-series/rolling-average", test_rolling_average);
  g_test_add_func ("/waymark/day-series/mean", test_mean);
  g_test_add_func ("/waymark/day-series/mean-matches-sum", test_mean_matches_sum);
  g_test_add_func ("/waymark/day-series/lookup-and-bounds", test_lookup_and_bounds);
  g_test_add_func ("/waymark/day-series/find", test_find);
  g_test_add_func ("/waymark/day-series/average-breaks", test_average_breaks);
  g_test_add_func ("/waymark/day-series/markers", test_markers);
  g_test_add_func ("/waymark/day-series/append-in-order", test_append_in_order);
  g_test_add_func ("/waymark/day-series/describe-trend", test_describe_trend);
  g_test_add_func ("/waymark/day-series/measure-names", test_measure_names);
  g_test_add_func ("/waymark/day-series/mean-timing", test_mean_timing);

  return g_test_run ();
}
