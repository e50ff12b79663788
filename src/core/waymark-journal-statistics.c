/* waymark-journal-statistics.c: when the journal suggests looking at the early warning plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-statistics"

#include "config.h"

#include <math.h>
#include <string.h>

#include "waymark-journal-statistics.h"

/**
 * waymark_recent_mood_is_low:
 * @series: the journal by day
 * @today: the person's today, as a julian day
 * @threshold: the mood the person chose (Preferences); below it counts
 * @average: (out) (optional): the average of the recent days' moods,
 *   NAN when too few days have one
 *
 * A single hard day is not a pattern: this looks at the daily moods of
 * the last WAYMARK_RECENT_DAYS days, and says nothing until at least
 * WAYMARK_RECENT_MIN_DAYS of them have a mood.
 *
 * Returns: whether the recent average is below @threshold
 */
gboolean
waymark_recent_mood_is_low (WaymarkDaySeries *series,
                            guint32           today,
                            double            threshold,
                            double           *average)
{
  guint n_days = 0;
  double mean;

  g_return_val_if_fail (WAYMARK_IS_DAY_SERIES (series), FALSE);

  mean = waymark_day_series_mean (series, WAYMARK_MEASURE_MOOD,
                                  today - (WAYMARK_RECENT_DAYS - 1), today, &n_days);
  if (n_days < WAYMARK_RECENT_MIN_DAYS)
    mean = NAN;

  if (average != NULL)
    *average = mean;

  return !isnan (mean) && mean < threshold;
}

/* Words too common to say anything about a sign on their own. */
static gboolean
is_small_word (const char *word)
{
  static const char * const small[] = {
    "about", "again", "been", "being", "from", "have", "having", "into", "just", "more",
    "much", "than", "that", "them", "then", "there", "they", "this", "very", "what",
    "when", "with", "without", NULL
  };

  return g_utf8_strlen (word, -1) < 4 || g_strv_contains (small, word);
}

static char **
meaningful_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GPtrArray) words = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = normal; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || c == '\''))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0 && !is_small_word (word->str))
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);

      if (c == 0)
        break;
    }

  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * waymark_note_mentions_sign:
 * @note: a check-in's note
 * @sign: one of the person's early warning signs, in their words
 *
 * A note mentions a sign when it holds the sign's words, ignoring case,
 * accents' composition and the order and small words between them:
 * "I've been isolating myself again" mentions "Isolating myself".
 * Long words are matched on all but their last three letters, a rough
 * stem, so "isolating" in a sign finds "isolated" in a note.
 *
 * Returns: whether it does
 */
gboolean
waymark_note_mentions_sign (const char *note,
                            const char *sign)
{
  g_auto(GStrv) sign_words = NULL;
  g_auto(GStrv) note_words = NULL;

  if (note == NULL || sign == NULL)
    return FALSE;

  sign_words = meaningful_words (sign);
  if (sign_words[0] == NULL)
    return FALSE;

  note_words = meaningful_words (note);
  for (guint i = 0; sign_words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      glong length = g_utf8_strlen (sign_words[i], -1);
      const char *stem_end = g_utf8_offset_to_pointer (sign_words[i], length > 5 ? length - 3 : length);
      gsize stem_bytes = stem_end - sign_words[i];

      for (guint j = 0; note_words[j] != NULL && !found; j++)
        found = strncmp (note_words[j], sign_words[i], stem_bytes) == 0;

      if (!found)
        return FALSE;
    }

  return TRUE;
}
