/* waymark-checkin.c: one check-in of the journal: how the day is going
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-checkin.h"
#include "waymark-store-error.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_CHECKIN_AT] = { "at", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CHECKIN_LOCAL_DATE] = { "local_date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_CHECKIN_MOOD] = { "mood", WAYMARK_COLUMN_SCALE, NULL, 0, WAYMARK_CHECKIN_SCALE_MAX },
  [WAYMARK_CHECKIN_ANXIETY] = { "anxiety", WAYMARK_COLUMN_SCALE, NULL, 0, WAYMARK_CHECKIN_SCALE_MAX },
  [WAYMARK_CHECKIN_ENERGY] = { "energy", WAYMARK_COLUMN_SCALE, NULL, 0, WAYMARK_CHECKIN_SCALE_MAX },
  [WAYMARK_CHECKIN_SLEEP_HOURS] = { "sleep_hours", WAYMARK_COLUMN_REAL, NULL, 0, 24 },
  [WAYMARK_CHECKIN_SLEEP_QUALITY] = { "sleep_quality", WAYMARK_COLUMN_SCALE, NULL, 0, WAYMARK_CHECKIN_SCALE_MAX },
  [WAYMARK_CHECKIN_CRAVING] = { "craving", WAYMARK_COLUMN_SCALE, NULL, 0, WAYMARK_CHECKIN_SCALE_MAX },
  [WAYMARK_CHECKIN_NOTE] = { "note", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM] = { "share_with_care_team", WAYMARK_COLUMN_BOOLEAN, NULL },
};

/* Tags, medications taken and the person's trackers belong to the
 * check-in: deleting it keeps them for undo. */
static const WaymarkChildTable children[] = {
  { "checkin_tag", "checkin_id" },
  { "checkin_medication", "checkin_id" },
  { "tracker_value", "checkin_id" },
};

static const WaymarkTable table = {
  "checkin", "checkin", NULL, "at DESC, id DESC",
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

static gboolean
waymark_checkin_validate (WaymarkRecord  *record,
                          GError        **error)
{
  const char *at = waymark_record_get_text (record, WAYMARK_CHECKIN_AT);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = NULL;

  if (time == NULL || *waymark_record_get_text (record, WAYMARK_CHECKIN_LOCAL_DATE) == '\0')
    {
      g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                           _("A check-in needs the day and time it is about."));
      return FALSE;
    }

  /* Back-dating is welcome; a check-in for tomorrow is a slip of the
   * keyboard. A day's grace allows for time zones. */
  soon = g_date_time_add_days (now, 1);
  if (g_date_time_compare (time, soon) > 0)
    {
      g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                           _("That day hasn’t come yet. A check-in can be for today or any day before."));
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkCheckin, waymark_checkin, table, waymark_checkin_validate)

/**
 * waymark_checkin_set_time:
 * @time: when the check-in is about, in any time zone
 *
 * Sets the UTC time and the calendar day it falls on where the person
 * is (@time's own time zone).
 */
void
waymark_checkin_set_time (WaymarkCheckin *self,
                          GDateTime      *time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *at = NULL;
  g_autofree char *day = NULL;

  g_return_if_fail (WAYMARK_IS_CHECKIN (self));
  g_return_if_fail (time != NULL);

  utc = g_date_time_to_utc (time);
  at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  day = g_date_time_format (time, "%Y-%m-%d");

  waymark_record_set_text (WAYMARK_RECORD (self), WAYMARK_CHECKIN_AT, at);
  waymark_record_set_text (WAYMARK_RECORD (self), WAYMARK_CHECKIN_LOCAL_DATE, day);
}

/**
 * waymark_checkin_dup_local_time:
 *
 * Returns: (transfer full) (nullable): when the check-in is about, in
 *   the local time zone
 */
GDateTime *
waymark_checkin_dup_local_time (WaymarkCheckin *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (WAYMARK_IS_CHECKIN (self), NULL);

  utc = g_date_time_new_from_iso8601 (waymark_record_get_text (WAYMARK_RECORD (self), WAYMARK_CHECKIN_AT), NULL);
  if (utc == NULL)
    return NULL;

  return g_date_time_to_local (utc);
}

/**
 * waymark_checkin_is_empty:
 * @details: (nullable): what the check-in says besides its columns
 *
 * Whether a check-in says nothing at all: no scale set, no hours of
 * sleep, no note, no tag, no medication taken, nothing of the routine
 * done and no tracker answered. Such a check-in would be a row of
 * dashes in the journal and a point of nothing in its charts, so it is
 * not saved. (A yes/no tracker left at "no" and a tracker scale at 0
 * can't be told apart from one left alone, so neither counts.)
 *
 * Returns: %TRUE when there is nothing in it to keep
 */
gboolean
waymark_checkin_is_empty (WaymarkCheckin              *self,
                          const WaymarkCheckinDetails *details)
{
  static const WaymarkCheckinColumn scales[] = {
    WAYMARK_CHECKIN_MOOD, WAYMARK_CHECKIN_ANXIETY, WAYMARK_CHECKIN_ENERGY,
    WAYMARK_CHECKIN_SLEEP_QUALITY, WAYMARK_CHECKIN_CRAVING,
  };
  WaymarkRecord *record;
  const char *note;

  g_return_val_if_fail (WAYMARK_IS_CHECKIN (self), FALSE);

  record = WAYMARK_RECORD (self);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (waymark_record_get_int (record, scales[i]) != WAYMARK_UNSET)
      return FALSE;

  if (waymark_record_get_real (record, WAYMARK_CHECKIN_SLEEP_HOURS) != WAYMARK_UNSET)
    return FALSE;

  note = waymark_record_get_text (record, WAYMARK_CHECKIN_NOTE);
  for (; note != NULL && *note != '\0'; note = g_utf8_next_char (note))
    if (!g_unichar_isspace (g_utf8_get_char (note)))
      return FALSE;

  if (details == NULL)
    return TRUE;

  if (details->tags->len > 0)
    return FALSE;

  for (guint i = 0; i < details->medications->len; i++)
    if (g_array_index (details->medications, WaymarkTick, i).done)
      return FALSE;

  for (guint i = 0; i < details->routine->len; i++)
    if (g_array_index (details->routine, WaymarkTick, i).done)
      return FALSE;

  for (guint i = 0; i < details->trackers->len; i++)
    if (g_array_index (details->trackers, WaymarkTrackerValue, i).value != 0)
      return FALSE;

  return TRUE;
}

/**
 * waymark_checkin_note_is_shared:
 *
 * Whether the check-in has a note and the person marked it "Share with
 * my care team": the one rule for the journal's list and the report.
 *
 * Returns: %TRUE when the note may go in the appointment report
 */
gboolean
waymark_checkin_note_is_shared (WaymarkCheckin *self)
{
  WaymarkRecord *record;

  g_return_val_if_fail (WAYMARK_IS_CHECKIN (self), FALSE);

  record = WAYMARK_RECORD (self);
  return waymark_record_get_int (record, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM) &&
         *waymark_record_get_text (record, WAYMARK_CHECKIN_NOTE) != '\0';
}

/**
 * waymark_mood_word:
 * @mood: 0 to 10
 *
 * Returns: the word for a mood on the scale, from “Very low” to “Very
 *   good”, or %NULL when @mood is not on it
 */
const char *
waymark_mood_word (int mood)
{
  static const char * const words[] = {
    N_("Very low"), N_("Very low"),
    N_("Low"), N_("Low"),
    N_("A bit low"),
    N_("Okay"),
    N_("Fairly good"),
    N_("Good"), N_("Good"),
    N_("Very good"), N_("Very good"),
  };

  if (mood < 0 || mood > WAYMARK_CHECKIN_SCALE_MAX)
    return NULL;

  return _(words[mood]);
}

/**
 * waymark_scale_word:
 * @value: 0 to 10
 *
 * Returns: a word for how much, for anxiety, energy, sleep quality and
 *   cravings: from “None” to “Very high”; %NULL when not on the scale
 */
const char *
waymark_scale_word (int value)
{
  static const char * const words[] = {
    N_("None"),
    N_("Very little"), N_("Very little"),
    N_("A little"), N_("A little"),
    N_("Some"), N_("Some"),
    N_("Quite a lot"), N_("Quite a lot"),
    N_("Very high"), N_("Very high"),
  };

  if (value < 0 || value > WAYMARK_CHECKIN_SCALE_MAX)
    return NULL;

  return _(words[value]);
}

/**
 * waymark_quality_word:
 * @value: 0 to 10
 *
 * Returns: a word for how good something was, for sleep: from “Very
 *   poor” to “Very good”; %NULL when not on the scale
 */
const char *
waymark_quality_word (int value)
{
  static const char * const words[] = {
    N_("Very poor"), N_("Very poor"),
    N_("Poor"), N_("Poor"),
    N_("Fair"), N_("Fair"), N_("Fair"),
    N_("Good"), N_("Good"),
    N_("Very good"), N_("Very good"),
  };

  if (value < 0 || value > WAYMARK_CHECKIN_SCALE_MAX)
    return NULL;

  return _(words[value]);
}

WaymarkCheckinDetails *
waymark_checkin_details_new (void)
{
  WaymarkCheckinDetails *details = g_new0 (WaymarkCheckinDetails, 1);

  details->tags = g_ptr_array_new_with_free_func (g_free);
  details->medications = g_array_new (FALSE, TRUE, sizeof (WaymarkTick));
  details->routine = g_array_new (FALSE, TRUE, sizeof (WaymarkTick));
  details->trackers = g_array_new (FALSE, TRUE, sizeof (WaymarkTrackerValue));

  return details;
}

void
waymark_checkin_details_free (WaymarkCheckinDetails *details)
{
  if (details == NULL)
    return;

  g_ptr_array_unref (details->tags);
  g_array_unref (details->medications);
  g_array_unref (details->routine);
  g_array_unref (details->trackers);
  g_free (details);
}

/**
 * waymark_checkin_details_add_tag:
 * @tag: an activity tag, such as “walk”; spaces around it are dropped,
 *   and an empty or repeated tag is ignored
 */
void
waymark_checkin_details_add_tag (WaymarkCheckinDetails *details,
                                 const char            *tag)
{
  g_autofree char *clean = g_strstrip (g_strdup (tag));

  if (*clean == '\0')
    return;

  for (guint i = 0; i < details->tags->len; i++)
    if (g_str_equal (g_ptr_array_index (details->tags, i), clean))
      return;

  g_ptr_array_add (details->tags, g_steal_pointer (&clean));
}
