/* waymark-plan-statistics.c: streaks and progress, as arithmetic on days
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-statistics"

#include "config.h"

#include <math.h>

#include "waymark-goal.h"
#include "waymark-plan-statistics.h"

/* Days are calendar days in the person's own time zone (see
 * waymark-date.c), held as GDate, so month ends, leap years and the
 * days clocks change count like any other day: one. */

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

static GArray *
sorted_julian_days (GArray *days)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (guint32), days->len);
  g_autoptr(GArray) copy = g_array_copy (days);

  g_array_sort (copy, compare_dates);
  for (guint i = 0; i < copy->len; i++)
    {
      guint32 julian = g_date_get_julian (&g_array_index (copy, GDate, i));

      if (sorted->len == 0 || g_array_index (sorted, guint32, sorted->len - 1) != julian)
        g_array_append_val (sorted, julian);
    }

  return sorted;
}

/**
 * waymark_streak_current:
 * @days: (element-type GDate): the days something was done, in any order
 * @today: the person's calendar day today
 *
 * The run of consecutive days that ends today, or yesterday when today
 * is not ticked yet: a streak is not lost until the day is over.
 *
 * Returns: the length of the current run, 0 when there is none
 */
guint
waymark_streak_current (GArray      *days,
                        const GDate *today)
{
  g_autoptr(GArray) julian = NULL;
  guint32 expected;
  guint streak = 0;

  g_return_val_if_fail (days != NULL, 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  julian = sorted_julian_days (days);
  expected = g_date_get_julian (today);

  for (guint i = julian->len; i > 0; i--)
    {
      guint32 day = g_array_index (julian, guint32, i - 1);

      if (day > expected)
        continue;                    /* ticked ahead of today: not counted */
      if (day == expected || (streak == 0 && day + 1 == expected))
        {
          streak++;
          expected = day - 1;
        }
      else
        break;
    }

  return streak;
}

/**
 * waymark_streak_longest:
 * @days: (element-type GDate): the days something was done, in any order
 *
 * Returns: the longest run of consecutive days
 */
guint
waymark_streak_longest (GArray *days)
{
  g_autoptr(GArray) julian = NULL;
  guint longest = 0;
  guint run = 0;

  g_return_val_if_fail (days != NULL, 0);

  julian = sorted_julian_days (days);
  for (guint i = 0; i < julian->len; i++)
    {
      if (i > 0 && g_array_index (julian, guint32, i) == g_array_index (julian, guint32, i - 1) + 1)
        run++;
      else
        run = 1;
      longest = MAX (longest, run);
    }

  return longest;
}

/* A goal at 0% that is not achieved has not started yet: it is new. */
static gboolean
goal_is_new (WaymarkRecord *goal)
{
  return !g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_STATUS), "achieved") &&
         waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS) <= 0;
}

static gboolean
goal_counts (WaymarkRecord *goal,
             const char    *dimension)
{
  if (dimension != NULL && !g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_DIMENSION), dimension))
    return FALSE;

  return !g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_STATUS), "let-go");
}

/**
 * waymark_goals_progress:
 * @goals: (element-type WaymarkGoal): goals
 * @dimension: (nullable): "health", "home", "purpose" or "community";
 *   %NULL for all
 * @n_counted: (out) (optional): how many goals were counted
 *
 * The average progress of the goals that are under way (some progress)
 * or were achieved (which count as complete). Paused goals keep the
 * progress they had; goals the person let go are not counted at all.
 *
 * A goal that has not started (0%) is not counted either: it is new
 * (waymark_goals_count_new ()). Starting something new must never look
 * like losing ground, so adding a goal never makes the progress drop;
 * it counts from its first step.
 *
 * Returns: a fraction from 0 to 1, or NAN when no goal counts
 */
double
waymark_goals_progress (GListModel *goals,
                        const char *dimension,
                        guint      *n_counted)
{
  guint n = g_list_model_get_n_items (goals);
  double total = 0;
  guint counted = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) goal = g_list_model_get_item (goals, i);
      const char *status = waymark_record_get_text (goal, WAYMARK_GOAL_STATUS);

      if (!goal_counts (goal, dimension) || goal_is_new (goal))
        continue;

      total += g_str_equal (status, "achieved") ? 100 : waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS);
      counted++;
    }

  if (n_counted)
    *n_counted = counted;

  return counted ? total / counted / 100.0 : NAN;
}

/**
 * waymark_goals_count_new:
 * @goals: (element-type WaymarkGoal): goals
 * @dimension: (nullable): a dimension, or %NULL for all
 *
 * Returns: how many goals (not let go) have not started yet: shown as
 *   new beside the progress, not in it
 */
guint
waymark_goals_count_new (GListModel *goals,
                         const char *dimension)
{
  guint n = g_list_model_get_n_items (goals);
  guint n_new = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) goal = g_list_model_get_item (goals, i);

      if (goal_counts (goal, dimension) && goal_is_new (goal))
        n_new++;
    }

  return n_new;
}

/**
 * waymark_goal_is_new:
 * @goal: a goal
 *
 * Returns: whether @goal has not started yet (0% and not achieved): it
 *   is shown as new, never as 0%
 */
gboolean
waymark_goal_is_new (WaymarkRecord *goal)
{
  g_return_val_if_fail (WAYMARK_IS_GOAL (goal), FALSE);

  return goal_is_new (goal);
}
