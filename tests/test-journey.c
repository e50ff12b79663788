/* test-journey.c: the recovery journey: stages, stage episodes from stage
 * events (going back, same-day changes, repeats), the current and the
 * highest stage, refused records, events from the plan, range queries,
 * the words said to screen readers, the sobriety day counter and the
 * sample journey
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-journey.h"
#include "waymark-medication-dose.h"
#include "waymark-milestone.h"
#include "waymark-plan-review.h"
#include "waymark-progress-note.h"
#include "waymark-sample-data.h"
#include "waymark-sqlite.h"
#include "waymark-stage-event.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
  guint32       today;   /* the real local today: records refuse later days */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GDate today;

  f->store = waymark_test_new_plan (&f->tmp);
  waymark_local_today (NULL, NULL, &today);
  f->today = g_date_get_julian (&today);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

#define count_rows waymark_test_count_rows

static guint32
julian_of_dmy (int          day,
               GDateMonth   month,
               int          year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* The day @offset days from the fixture's today, as stored. */
static char *
iso_day (Fixture *f,
         int      offset)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, f->today + offset);
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

static gint64
save_record (Fixture       *f,
             WaymarkRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_save (f->store, record, &error));
  g_assert_no_error (error);

  return waymark_record_get_id (record);
}

static WaymarkRecord *
stage_event (Fixture    *f,
             int         offset,
             const char *stage)
{
  WaymarkRecord *event = WAYMARK_RECORD (waymark_stage_event_new ());
  g_autofree char *date = iso_day (f, offset);

  waymark_record_set_text (event, WAYMARK_STAGE_EVENT_DATE, date);
  waymark_record_set_text (event, WAYMARK_STAGE_EVENT_STAGE, stage);
  return event;
}

static gint64
save_stage (Fixture    *f,
            int         offset,
            const char *stage)
{
  g_autoptr(WaymarkRecord) event = stage_event (f, offset, stage);

  return save_record (f, event);
}

static WaymarkRecord *
milestone (Fixture    *f,
           int         offset,
           const char *kind,
           const char *title)
{
  WaymarkRecord *record = WAYMARK_RECORD (waymark_milestone_new ());
  g_autofree char *date = iso_day (f, offset);

  waymark_record_set_text (record, WAYMARK_MILESTONE_DATE, date);
  waymark_record_set_text (record, WAYMARK_MILESTONE_KIND, kind);
  waymark_record_set_text (record, WAYMARK_MILESTONE_TITLE, title);
  return record;
}

static gint64
save_milestone (Fixture    *f,
                int         offset,
                const char *kind,
                const char *title)
{
  g_autoptr(WaymarkRecord) record = milestone (f, offset, kind, title);

  return save_record (f, record);
}

static WaymarkJourney *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_journey_load (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (journey);
  return journey;
}

static void
assert_episode (WaymarkJourney *journey,
                guint           index,
                guint32         first,
                guint32         last,
                const char     *stage,
                gboolean        went_back)
{
  const WaymarkStageEpisode *episode = waymark_journey_get_episode (journey, index);

  g_assert_nonnull (episode);
  g_assert_cmpstr (episode->stage->key, ==, stage);
  g_assert_cmpuint (episode->first_julian, ==, first);
  g_assert_cmpuint (episode->last_julian, ==, last);
  g_assert_cmpint (episode->went_back, ==, went_back);
}

static void
test_stages (void)
{
  static const char * const keys[] = {
    "moratorium", "awareness", "preparation", "action", "healing", "commitment",
  };
  const WaymarkStageInfo *stages;
  guint n = 0;

  stages = waymark_stages (&n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (keys));

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (stages[i].key, ==, keys[i]);
      g_assert_cmpuint (stages[i].order, ==, i);
      g_assert_true (waymark_stage_find (keys[i]) == &stages[i]);

      /* A name, and two or three warm sentences of each. */
      g_assert_cmpstr (stages[i].name, !=, "");
      g_assert_cmpuint (strlen (stages[i].feels_like), >, 60);
      g_assert_cmpuint (strlen (stages[i].what_helps), >, 60);
      g_assert_null (strstr (stages[i].feels_like, "fail"));
    }

  /* Going back is named as part of the way, where it is most likely. */
  g_assert_nonnull (strstr (waymark_stage_find ("action")->what_helps, "Going back"));

  g_assert_null (waymark_stage_find ("rebuilding"));
  g_assert_null (waymark_stage_find (""));
  g_assert_null (waymark_stage_find (NULL));
}

static void
test_event_kinds (void)
{
  const char * const *kinds = waymark_milestone_get_kinds ();
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (WAYMARK_TYPE_JOURNEY_EVENT_KIND);
  WaymarkJourneyEventKind kind;

  g_assert_cmpuint (g_strv_length ((char **) kinds), ==, WAYMARK_N_JOURNEY_EVENT_KINDS);
  g_assert_cmpuint (enum_class->n_values, ==, WAYMARK_N_JOURNEY_EVENT_KINDS);

  for (guint i = 0; i < WAYMARK_N_JOURNEY_EVENT_KINDS; i++)
    {
      g_assert_cmpstr (waymark_journey_event_kind_get_key (i), ==, kinds[i]);
      g_assert_true (waymark_journey_event_kind_from_key (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (waymark_journey_event_kind_get_name (i), !=, "");
    }

  g_assert_cmpstr (waymark_journey_event_kind_get_name (WAYMARK_JOURNEY_EVENT_SETBACK), ==, "Setback");
  g_assert_cmpstr (waymark_journey_event_kind_get_name (WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT), ==,
                   "First appointment");
  g_assert_false (waymark_journey_event_kind_from_key ("personal", &kind));
  g_assert_false (waymark_journey_event_kind_from_key (NULL, NULL));
}

/* Forward, back, a repeat and forward again; added out of order. */
static void
test_episodes_going_back (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  const guint32 d = julian_of_dmy (1, G_DATE_JANUARY, 2025);
  const WaymarkStageEpisode *episode;

  waymark_journey_add_stage_event (journey, d + 60, "action", 7);
  waymark_journey_add_stage_event (journey, d + 40, "preparation", 5);
  waymark_journey_add_stage_event (journey, d + 0, "moratorium", 1);
  waymark_journey_add_stage_event (journey, d + 30, "action", 4);
  waymark_journey_add_stage_event (journey, d + 10, "awareness", 2);
  waymark_journey_add_stage_event (journey, d + 50, "preparation", 6);
  waymark_journey_add_stage_event (journey, d + 20, "preparation", 3);
  waymark_journey_finish (journey, d + 100);

  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 6);
  assert_episode (journey, 0, d + 0, d + 9, "moratorium", FALSE);
  assert_episode (journey, 1, d + 10, d + 19, "awareness", FALSE);
  assert_episode (journey, 2, d + 20, d + 29, "preparation", FALSE);
  assert_episode (journey, 3, d + 30, d + 39, "action", FALSE);
  /* Back to preparation, and the repeat on day 50 carries it on. */
  assert_episode (journey, 4, d + 40, d + 59, "preparation", TRUE);
  g_assert_cmpint (waymark_journey_get_episode (journey, 4)->event_id, ==, 5);
  /* The last episode runs to today. */
  assert_episode (journey, 5, d + 60, d + 100, "action", FALSE);

  g_assert_cmpstr (waymark_journey_get_current_stage (journey)->key, ==, "action");
  g_assert_cmpstr (waymark_journey_get_highest_stage (journey)->key, ==, "action");

  /* Every day falls in one episode, found at the boundaries. */
  g_assert_null (waymark_journey_episode_at (journey, d - 1));
  g_assert_null (waymark_journey_episode_at (journey, d + 101));
  for (guint32 day = d; day <= d + 100; day++)
    {
      episode = waymark_journey_episode_at (journey, day);
      g_assert_nonnull (episode);
      g_assert_cmpuint (episode->first_julian, <=, day);
      g_assert_cmpuint (episode->last_julian, >=, day);
    }
  g_assert_true (waymark_journey_episode_at (journey, d + 9) == waymark_journey_get_episode (journey, 0));
  g_assert_true (waymark_journey_episode_at (journey, d + 10) == waymark_journey_get_episode (journey, 1));
  g_assert_true (waymark_journey_episode_at (journey, d + 59) == waymark_journey_get_episode (journey, 4));
  g_assert_true (waymark_journey_episode_at (journey, d + 100) == waymark_journey_get_episode (journey, 5));
}

/* A setback never erases the ground gained. */
static void
test_highest_stage_stays (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  const guint32 d = julian_of_dmy (28, G_DATE_FEBRUARY, 2024);

  waymark_journey_add_stage_event (journey, d, "awareness", 1);
  waymark_journey_add_stage_event (journey, d + 1, "healing", 2);
  waymark_journey_add_stage_event (journey, d + 2, "moratorium", 3);
  waymark_journey_finish (journey, d + 2);

  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 3);
  assert_episode (journey, 0, d, d, "awareness", FALSE);
  assert_episode (journey, 1, d + 1, d + 1, "healing", FALSE);
  assert_episode (journey, 2, d + 2, d + 2, "moratorium", TRUE);
  g_assert_cmpstr (waymark_journey_get_current_stage (journey)->key, ==, "moratorium");
  g_assert_cmpstr (waymark_journey_get_highest_stage (journey)->key, ==, "healing");
}

static void
test_same_day_changes (void)
{
  const guint32 d = julian_of_dmy (31, G_DATE_DECEMBER, 2025);

  /* The later one recorded that day wins; the earlier lasted no time,
   * so it is no episode and reaches no stage. */
  {
    g_autoptr(WaymarkJourney) journey = waymark_journey_new ();

    waymark_journey_add_stage_event (journey, d + 10, "preparation", 9);
    waymark_journey_add_stage_event (journey, d, "awareness", 1);
    waymark_journey_add_stage_event (journey, d + 10, "action", 4);
    waymark_journey_finish (journey, d + 20);

    g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 2);
    assert_episode (journey, 0, d, d + 9, "awareness", FALSE);
    assert_episode (journey, 1, d + 10, d + 20, "preparation", FALSE);
    g_assert_cmpint (waymark_journey_get_episode (journey, 1)->event_id, ==, 9);
    g_assert_cmpstr (waymark_journey_get_highest_stage (journey)->key, ==, "preparation");
  }

  /* A change made and taken back the same day leaves one episode. */
  {
    g_autoptr(WaymarkJourney) journey = waymark_journey_new ();

    waymark_journey_add_stage_event (journey, d, "awareness", 1);
    waymark_journey_add_stage_event (journey, d + 5, "action", 2);
    waymark_journey_add_stage_event (journey, d + 5, "awareness", 3);
    waymark_journey_finish (journey, d + 20);

    g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 1);
    assert_episode (journey, 0, d, d + 20, "awareness", FALSE);
    g_assert_cmpstr (waymark_journey_get_highest_stage (journey)->key, ==, "awareness");
  }

  /* The first day of all can change its mind too. */
  {
    g_autoptr(WaymarkJourney) journey = waymark_journey_new ();

    waymark_journey_add_stage_event (journey, d, "commitment", 1);
    waymark_journey_add_stage_event (journey, d, "moratorium", 2);
    waymark_journey_add_stage_event (journey, d, "awareness", 3);
    waymark_journey_finish (journey, d);

    g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 1);
    assert_episode (journey, 0, d, d, "awareness", FALSE);
  }
}

static void
test_repeats_merge (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  const guint32 d = julian_of_dmy (1, G_DATE_MARCH, 2026);

  for (guint i = 0; i < 10; i++)
    waymark_journey_add_stage_event (journey, d + i * 3, "awareness", i + 1);
  /* A stage this Waymark doesn't know (from a newer one) is left out. */
  waymark_journey_add_stage_event (journey, d + 31, "rebuilding", 11);
  waymark_journey_finish (journey, d + 40);

  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 1);
  assert_episode (journey, 0, d, d + 40, "awareness", FALSE);
  g_assert_cmpint (waymark_journey_get_episode (journey, 0)->event_id, ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  guint first = 99, days = 99;

  waymark_journey_finish (journey, julian_of_dmy (1, G_DATE_MARCH, 2026));

  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 0);
  g_assert_cmpuint (waymark_journey_get_n_events (journey), ==, 0);
  g_assert_null (waymark_journey_get_current_stage (journey));
  g_assert_null (waymark_journey_get_highest_stage (journey));
  g_assert_null (waymark_journey_episode_at (journey, julian_of_dmy (1, G_DATE_MARCH, 2026)));
  g_assert_cmpuint (waymark_journey_find_events (journey, 0, G_MAXUINT32, &first), ==, 0);
  g_assert_cmpuint (first, ==, 0);
  g_assert_false (waymark_journey_get_sobriety_days (journey, julian_of_dmy (1, G_DATE_MARCH, 2026), &days));
}

static void
changed_cb (WaymarkStore *store,
            const char   *kind,
            guint        *count)
{
  (*count)++;
}

/* Episodes from the file, where the last one ends today. */
static void
test_episodes_from_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  guint stage_changes = 0;
  gint64 action, back;

  g_signal_connect (f->store, "changed::stage-event", G_CALLBACK (changed_cb), &stage_changes);

  save_stage (f, -30, "awareness");
  action = save_stage (f, -20, "action");
  back = save_stage (f, -10, "preparation");
  save_stage (f, -10, "action");          /* the same day: this one wins, and carries on */
  save_stage (f, -5, "preparation");      /* back after all */
  save_stage (f, 0, "preparation");       /* today is allowed; a repeat */
  g_assert_cmpuint (stage_changes, ==, 6);

  journey = load (f);
  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), ==, 3);
  assert_episode (journey, 0, f->today - 30, f->today - 21, "awareness", FALSE);
  assert_episode (journey, 1, f->today - 20, f->today - 6, "action", FALSE);
  assert_episode (journey, 2, f->today - 5, f->today, "preparation", TRUE);
  g_assert_cmpint (waymark_journey_get_episode (journey, 1)->event_id, ==, action);
  g_assert_cmpstr (waymark_journey_get_current_stage (journey)->key, ==, "preparation");
  g_assert_cmpstr (waymark_journey_get_highest_stage (journey)->key, ==, "action");

  /* Listed oldest first, then in the order recorded. */
  events = waymark_store_list (f->store, WAYMARK_TYPE_STAGE_EVENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 6);
  {
    g_autoptr(WaymarkRecord) third = g_list_model_get_item (events, 2);
    g_autoptr(WaymarkRecord) fourth = g_list_model_get_item (events, 3);

    g_assert_cmpint (waymark_record_get_id (third), ==, back);
    g_assert_cmpint (waymark_record_get_id (fourth), ==, back + 1);
  }
}

static void
assert_refused (Fixture       *f,
                WaymarkRecord *record,
                const char    *table,
                const char    *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  int before = count_rows (f->store, sql);

  g_assert_false (waymark_store_save (f->store, record, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_cmpint (waymark_record_get_id (record), ==, 0);
  g_assert_cmpint (count_rows (f->store, sql), ==, before);
}

static void
test_future_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WaymarkRecord) tomorrow = stage_event (f, 1, "awareness");
  g_autoptr(WaymarkRecord) next_year = stage_event (f, 366, "healing");
  g_autoptr(WaymarkRecord) planned = milestone (f, 1, WAYMARK_MILESTONE_FIRST_APPOINTMENT, "GP");
  g_autoptr(WaymarkRecord) today = stage_event (f, 0, "awareness");
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), &changes);

  assert_refused (f, tomorrow, "stage_event", "hasn’t come yet");
  assert_refused (f, next_year, "stage_event", "hasn’t come yet");
  assert_refused (f, planned, "milestone", "hasn’t come yet");
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM stage_event"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM milestone"), ==, 0);
  g_assert_cmpuint (changes, ==, 0);

  /* Today is a day that has come. */
  save_record (f, today);
  save_milestone (f, 0, WAYMARK_MILESTONE_FIRST_APPOINTMENT, "GP");

  /* Moving a saved one into the future is refused too, and leaves it. */
  {
    g_autofree char *later = iso_day (f, 2);
    g_autofree char *now = iso_day (f, 0);
    g_autoptr(WaymarkRecord) read = NULL;

    waymark_record_set_text (today, WAYMARK_STAGE_EVENT_DATE, later);
    g_assert_false (waymark_store_save (f->store, today, &error));
    g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);

    read = waymark_store_get (f->store, WAYMARK_TYPE_STAGE_EVENT, waymark_record_get_id (today), NULL);
    g_assert_cmpstr (waymark_record_get_text (read, WAYMARK_STAGE_EVENT_DATE), ==, now);
  }
}

static void
test_refused_records (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(WaymarkRecord) unknown = stage_event (f, -1, "rebuilding");
  g_autoptr(WaymarkRecord) no_stage = stage_event (f, -1, "");
  g_autoptr(WaymarkRecord) no_date = stage_event (f, -1, "awareness");
  g_autoptr(WaymarkRecord) not_a_day = stage_event (f, -1, "awareness");
  g_autoptr(WaymarkRecord) no_title = milestone (f, -1, WAYMARK_MILESTONE_SETBACK, "  ");
  g_autoptr(WaymarkRecord) undated = milestone (f, -1, WAYMARK_MILESTONE_SETBACK, "Lost my job");
  g_autoptr(WaymarkRecord) odd_kind = milestone (f, -1, "personal", "Moved house");
  g_autoptr(WaymarkMilestone) fresh = waymark_milestone_new ();

  waymark_record_set_text (no_date, WAYMARK_STAGE_EVENT_DATE, "");
  waymark_record_set_text (not_a_day, WAYMARK_STAGE_EVENT_DATE, "2025-02-29");
  waymark_record_set_text (undated, WAYMARK_MILESTONE_DATE, "");

  assert_refused (f, unknown, "stage_event", "“rebuilding”");
  assert_refused (f, no_stage, "stage_event", "stage");
  assert_refused (f, no_date, "stage_event", "day");
  assert_refused (f, not_a_day, "stage_event", "2025-02-29");
  assert_refused (f, no_title, "milestone", "title");
  assert_refused (f, undated, "milestone", "day");
  assert_refused (f, odd_kind, "milestone", "“personal”");

  /* A new milestone is the person's own until they say otherwise. */
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (fresh), WAYMARK_MILESTONE_KIND), ==,
                   WAYMARK_MILESTONE_OWN_EVENT);
}

static const WaymarkJourneyEvent *
find_event (WaymarkJourney *journey,
            GType           record_type,
            gint64          record_id)
{
  for (guint i = 0; i < waymark_journey_get_n_events (journey); i++)
    {
      const WaymarkJourneyEvent *event = waymark_journey_get_event (journey, i);

      if (event->record_type == record_type && event->record_id == record_id)
        return event;
    }

  return NULL;
}

static gint64
save_goal (Fixture    *f,
           const char *title,
           const char *status,
           int         progress_day,
           int         progress)
{
  g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
  gint64 id;

  waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, title);
  waymark_record_set_text (goal, WAYMARK_GOAL_STATUS, status);
  id = save_record (f, goal);

  if (progress > 0)
    {
      g_autoptr(WaymarkRecord) note = WAYMARK_RECORD (waymark_progress_note_new ());
      g_autofree char *date = iso_day (f, progress_day);

      waymark_record_set_reference (note, WAYMARK_PROGRESS_NOTE_GOAL_ID, id);
      waymark_record_set_text (note, WAYMARK_PROGRESS_NOTE_DATE, date);
      waymark_record_set_int (note, WAYMARK_PROGRESS_NOTE_PROGRESS, progress);
      waymark_record_set_text (note, WAYMARK_PROGRESS_NOTE_NOTE, "Done!");
      save_record (f, note);
    }

  return id;
}

static gint64
save_intervention (Fixture    *f,
                   const char *kind,
                   const char *name,
                   const char *dose,
                   int         start_day)
{
  g_autoptr(WaymarkRecord) treatment = WAYMARK_RECORD (waymark_intervention_new ());
  g_autofree char *date = iso_day (f, start_day);

  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_KIND, kind);
  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_NAME, name);
  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_DOSE, dose);
  waymark_record_set_text (treatment, WAYMARK_INTERVENTION_START_DATE, date);
  return save_record (f, treatment);
}

static gint64
save_dose (Fixture    *f,
           gint64      intervention_id,
           int         day,
           const char *dose)
{
  g_autoptr(WaymarkRecord) record = WAYMARK_RECORD (waymark_medication_dose_new ());
  g_autofree char *date = iso_day (f, day);

  waymark_record_set_reference (record, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID, intervention_id);
  waymark_record_set_text (record, WAYMARK_MEDICATION_DOSE_DATE, date);
  waymark_record_set_text (record, WAYMARK_MEDICATION_DOSE_DOSE, dose);
  waymark_record_set_text (record, WAYMARK_MEDICATION_DOSE_NOTE, "As planned.");
  return save_record (f, record);
}

/* Milestones of every kind, and what the plan itself says happened. */
static void
test_events_from_plan (Fixture       *f,
                       gconstpointer  data)
{
  const char * const *kinds = waymark_milestone_get_kinds ();
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());
  g_autofree char *review_day = iso_day (f, -50);
  const WaymarkJourneyEvent *event;
  gint64 milestone_ids[WAYMARK_N_JOURNEY_EVENT_KINDS];
  gint64 achieved, unmarked, active, sertraline, plain, therapy, start_dose, change, review_id;
  guint32 previous = 0;

  for (guint i = 0; kinds[i] != NULL; i++)
    milestone_ids[i] = save_milestone (f, -100 + (int) i, kinds[i], kinds[i]);

  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, review_day);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_CHANGES, "Added yoga.");
  review_id = save_record (f, review);

  achieved = save_goal (f, "Sleep by 23:00", "achieved", -40, 100);
  unmarked = save_goal (f, "Cook three times a week", "achieved", 0, 0);
  active = save_goal (f, "Walk every day", "active", -30, 100);

  sertraline = save_intervention (f, WAYMARK_INTERVENTION_MEDICATION, "Sertraline", "50 mg", -90);
  start_dose = save_dose (f, sertraline, -90, "25 mg");
  change = save_dose (f, sertraline, -76, "50 mg");
  plain = save_intervention (f, WAYMARK_INTERVENTION_MEDICATION, "Propranolol", "10 mg", -60);
  therapy = save_intervention (f, WAYMARK_INTERVENTION_PSYCHOTHERAPY, "CBT", "", -70);

  /* A kind from a newer Waymark, written behind the store's back. */
  g_assert_true (waymark_sqlite_exec (waymark_store_get_db (f->store),
                                      "INSERT INTO milestone (date, kind, title, created_at, updated_at) "
                                      "VALUES ('2020-01-01', 'personal', 'Moved house', 'x', 'x')",
                                      NULL));

  journey = load (f);
  g_assert_cmpuint (waymark_journey_get_n_events (journey), ==, 7 + 1 + 1 + 3 + 1);

  for (guint i = 0; i < waymark_journey_get_n_events (journey); i++)
    {
      event = waymark_journey_get_event (journey, i);
      g_assert_cmpuint (event->julian, >=, previous);
      g_assert_nonnull (event->note);
      previous = event->julian;
    }

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      event = find_event (journey, WAYMARK_TYPE_MILESTONE, milestone_ids[i]);
      g_assert_nonnull (event);
      g_assert_cmpint (event->kind, ==, i);
      g_assert_cmpstr (event->title, ==, kinds[i]);
      g_assert_cmpuint (event->julian, ==, f->today - 100 + i);
    }

  event = waymark_journey_get_event (journey, 0);
  g_assert_cmpint (event->kind, ==, WAYMARK_JOURNEY_EVENT_OWN);
  g_assert_cmpstr (event->title, ==, "Moved house");

  event = find_event (journey, WAYMARK_TYPE_PLAN_REVIEW, review_id);
  g_assert_nonnull (event);
  g_assert_cmpint (event->kind, ==, WAYMARK_JOURNEY_EVENT_PLAN_REVIEW);
  g_assert_cmpstr (event->note, ==, "Added yoga.");
  g_assert_cmpuint (event->julian, ==, f->today - 50);

  /* An achieved goal shows on the day it reached 100%; without such a
   * day, or while still active, it doesn't. */
  event = find_event (journey, WAYMARK_TYPE_GOAL, achieved);
  g_assert_nonnull (event);
  g_assert_cmpint (event->kind, ==, WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED);
  g_assert_cmpstr (event->title, ==, "Sleep by 23:00");
  g_assert_cmpstr (event->note, ==, "Done!");
  g_assert_cmpuint (event->julian, ==, f->today - 40);
  g_assert_null (find_event (journey, WAYMARK_TYPE_GOAL, unmarked));
  g_assert_null (find_event (journey, WAYMARK_TYPE_GOAL, active));

  /* A medication's start says its first dose (the dose recorded that
   * day is the start itself); each later dose is a change. Therapies
   * are the person's own milestones. */
  event = find_event (journey, WAYMARK_TYPE_INTERVENTION, sertraline);
  g_assert_nonnull (event);
  g_assert_cmpint (event->kind, ==, WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE);
  g_assert_cmpstr (event->title, ==, "Started Sertraline 25 mg");
  g_assert_null (find_event (journey, WAYMARK_TYPE_MEDICATION_DOSE, start_dose));
  event = find_event (journey, WAYMARK_TYPE_MEDICATION_DOSE, change);
  g_assert_nonnull (event);
  g_assert_cmpstr (event->title, ==, "Sertraline: dose changed to 50 mg");
  g_assert_cmpstr (event->note, ==, "As planned.");
  g_assert_cmpuint (event->julian, ==, f->today - 76);
  event = find_event (journey, WAYMARK_TYPE_INTERVENTION, plain);
  g_assert_nonnull (event);
  g_assert_cmpstr (event->title, ==, "Started Propranolol 10 mg");
  g_assert_null (find_event (journey, WAYMARK_TYPE_INTERVENTION, therapy));
}

static void
add_event (WaymarkJourney          *journey,
           guint32                  julian,
           WaymarkJourneyEventKind  kind,
           const char              *title,
           gint64                   id)
{
  WaymarkJourneyEvent event = { julian, kind, (char *) title, NULL, id, WAYMARK_TYPE_MILESTONE };

  waymark_journey_add_event (journey, &event);
}

/* The range's ends are both included. */
static void
test_find_events_boundaries (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  const guint32 d = julian_of_dmy (1, G_DATE_JANUARY, 2026);
  guint first = 99;

  add_event (journey, d + 30, WAYMARK_JOURNEY_EVENT_OWN, "d", 4);
  add_event (journey, d + 10, WAYMARK_JOURNEY_EVENT_SETBACK, "b", 2);
  add_event (journey, d + 10, WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT, "a", 3);
  add_event (journey, d + 20, WAYMARK_JOURNEY_EVENT_OWN, "c", 1);
  waymark_journey_finish (journey, d + 40);

  /* Sorted by day, then kind. */
  g_assert_cmpstr (waymark_journey_get_event (journey, 0)->title, ==, "a");
  g_assert_cmpstr (waymark_journey_get_event (journey, 1)->title, ==, "b");
  g_assert_cmpstr (waymark_journey_get_event (journey, 1)->note, ==, "");
  g_assert_cmpstr (waymark_journey_get_event (journey, 3)->title, ==, "d");

  g_assert_cmpuint (waymark_journey_find_events (journey, d + 10, d + 10, &first), ==, 2);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 10, d + 20, &first), ==, 3);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 11, d + 19, &first), ==, 0);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 11, d + 20, &first), ==, 1);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 20, d + 30, &first), ==, 2);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 30, d + 30, &first), ==, 1);
  g_assert_cmpuint (first, ==, 3);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 31, d + 400, &first), ==, 0);
  g_assert_cmpuint (first, ==, 4);
  g_assert_cmpuint (waymark_journey_find_events (journey, 0, d + 9, &first), ==, 0);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (waymark_journey_find_events (journey, 0, G_MAXUINT32, &first), ==, 4);
  g_assert_cmpuint (waymark_journey_find_events (journey, d + 30, d + 10, &first), ==, 0);
}

/* Thousands of events: a visible range is found by binary search, so
 * its cost doesn't grow with the journey. */
static void
test_many_events (Fixture       *f,
                  gconstpointer  data)
{
  const guint n = 5000;
  const guint span = 3650;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) dice = g_rand_new_with_seed (7);
  gint64 start;
  guint total = 0;
  double load_ms, query_us;

  start = g_get_monotonic_time ();
  g_assert_true (waymark_store_begin_batch (f->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("A day worth remembering, number %u", i);
      int day = -(int) ((i * 7919u) % span);

      save_milestone (f, day, waymark_journey_event_kind_get_key (i % WAYMARK_N_JOURNEY_EVENT_KINDS), title);
    }
  g_assert_true (waymark_store_end_batch (f->store, TRUE, &error));
  g_assert_no_error (error);
  g_test_message ("%u milestones written in one batch in %.1f ms", n,
                  (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  journey = load (f);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (waymark_journey_get_n_events (journey), ==, n);

  /* Checked against counting by hand, at every boundary. */
  for (guint q = 0; q < 200; q++)
    {
      guint32 from = f->today - g_rand_int_range (dice, 0, span + 10);
      guint32 to = from + g_rand_int_range (dice, 0, 120);
      guint first, count, expected = 0, expected_first = G_MAXUINT;

      count = waymark_journey_find_events (journey, from, to, &first);
      for (guint i = 0; i < n; i++)
        {
          guint32 julian = waymark_journey_get_event (journey, i)->julian;

          if (julian >= from && expected_first == G_MAXUINT)
            expected_first = i;
          expected += julian >= from && julian <= to;
        }
      g_assert_cmpuint (count, ==, expected);
      g_assert_cmpuint (first, ==, MIN (expected_first, n));
    }

  start = g_get_monotonic_time ();
  for (guint q = 0; q < 1000; q++)
    {
      guint32 from = f->today - g_rand_int_range (dice, 0, span);
      guint first;

      total += waymark_journey_find_events (journey, from, from + 90, &first);
    }
  query_us = (double) (g_get_monotonic_time () - start);

  g_test_message ("%u events loaded in %.1f ms; 1,000 range queries of 91 days in %.0f µs "
                  "(%.2f µs each, %u events found)",
                  n, load_ms, query_us, query_us / 1000, total);
  g_assert_cmpuint (total, >, 0);
  /* Microseconds each; 50 ms for all of them leaves room for a busy machine. */
  g_assert_cmpfloat (query_us, <, 50000);
}

static void
test_describe_event (void)
{
  WaymarkJourneyEvent event = {
    julian_of_dmy (3, G_DATE_MARCH, 2026), WAYMARK_JOURNEY_EVENT_SETBACK,
    (char *) "Lost my job", (char *) "", 1, G_TYPE_NONE,
  };
  g_autofree char *setback = NULL;
  g_autofree char *review = NULL;
  g_autofree char *untitled = NULL;
  g_autofree char *goal = NULL;

  setback = waymark_journey_describe_event (&event);
  g_assert_cmpstr (setback, ==, "Setback, 3 March 2026: Lost my job");

  /* A title that only repeats the kind is said once. */
  event.kind = WAYMARK_JOURNEY_EVENT_PLAN_REVIEW;
  event.title = (char *) "Plan review";
  event.julian = julian_of_dmy (29, G_DATE_FEBRUARY, 2024);
  review = waymark_journey_describe_event (&event);
  g_assert_cmpstr (review, ==, "Plan review, 29 February 2024");

  event.kind = WAYMARK_JOURNEY_EVENT_OWN;
  event.title = (char *) "";
  untitled = waymark_journey_describe_event (&event);
  g_assert_cmpstr (untitled, ==, "Personal event, 29 February 2024");

  event.kind = WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED;
  event.title = (char *) "Walk 30 minutes, 5 days a week";
  event.julian = julian_of_dmy (1, G_DATE_DECEMBER, 2025);
  goal = waymark_journey_describe_event (&event);
  g_assert_cmpstr (goal, ==, "Goal achieved, 1 December 2025: Walk 30 minutes, 5 days a week");
}

static void
test_sobriety_days (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  const guint32 d = julian_of_dmy (10, G_DATE_JANUARY, 2025);
  guint days = 0;

  add_event (journey, d, WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE, "Sober since", 1);
  add_event (journey, d + 100, WAYMARK_JOURNEY_EVENT_SETBACK, "A drink after a funeral", 2);
  add_event (journey, d + 101, WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE, "Starting again", 3);
  add_event (journey, d + 150, WAYMARK_JOURNEY_EVENT_OWN, "Birthday", 4);
  waymark_journey_finish (journey, d + 200);

  /* Before any: nothing to count. */
  g_assert_false (waymark_journey_get_sobriety_days (journey, d - 1, &days));

  /* The day itself is day 0; a new start starts a new count. */
  g_assert_true (waymark_journey_get_sobriety_days (journey, d, &days));
  g_assert_cmpuint (days, ==, 0);
  g_assert_true (waymark_journey_get_sobriety_days (journey, d + 100, &days));
  g_assert_cmpuint (days, ==, 100);
  g_assert_true (waymark_journey_get_sobriety_days (journey, d + 101, &days));
  g_assert_cmpuint (days, ==, 0);
  g_assert_true (waymark_journey_get_sobriety_days (journey, d + 200, &days));
  g_assert_cmpuint (days, ==, 99);
  g_assert_true (waymark_journey_get_sobriety_days (journey, d + 200, NULL));
}

/* Every stage and milestone of the sample lies in its history. */
static void
check_sample_dates (Fixture *f,
                    guint    days)
{
  g_autofree char *first = iso_day (f, -(int) days + 1);
  g_autofree char *last = iso_day (f, 0);
  g_autofree char *stages = g_strdup_printf ("SELECT count(*) FROM stage_event WHERE date < '%s' OR date > '%s'",
                                             first, last);
  g_autofree char *milestones = g_strdup_printf ("SELECT count(*) FROM milestone WHERE date < '%s' OR date > '%s'",
                                                 first, last);

  g_assert_cmpint (count_rows (f->store, stages), ==, 0);
  g_assert_cmpint (count_rows (f->store, milestones), ==, 0);
}

static void
test_sample_journey (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;
  gboolean kinds_seen[WAYMARK_N_JOURNEY_EVENT_KINDS] = { FALSE, };
  guint went_back = 0;
  guint sober = 0;

  g_assert_true (waymark_sample_data_fill (f->store, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, NULL, &error));
  g_assert_no_error (error);
  check_sample_dates (f, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);

  /* A milestone of every kind, written by the person. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(DISTINCT kind) FROM milestone"), ==,
                   WAYMARK_N_JOURNEY_EVENT_KINDS);

  journey = load (f);
  for (guint i = 0; i < waymark_journey_get_n_episodes (journey); i++)
    {
      const WaymarkStageEpisode *episode = waymark_journey_get_episode (journey, i);

      g_test_message ("%s from %u to %u%s", episode->stage->key, episode->first_julian,
                      episode->last_julian, episode->went_back ? ", going back" : "");
      went_back += episode->went_back;
    }
  g_assert_cmpuint (waymark_journey_get_n_episodes (journey), >=, 5);
  g_assert_cmpuint (went_back, >=, 1);
  g_assert_cmpstr (waymark_journey_get_episode (journey, 0)->stage->key, ==, "moratorium");
  g_assert_cmpuint (waymark_journey_get_episode (journey, 0)->first_julian, ==,
                    f->today - WAYMARK_SAMPLE_DATA_DEFAULT_DAYS + 1);
  g_assert_nonnull (waymark_journey_get_current_stage (journey));
  g_assert_nonnull (waymark_journey_episode_at (journey, f->today));
  g_assert_cmpuint (waymark_journey_get_current_stage (journey)->order, >=,
                    waymark_stage_find ("action")->order);

  for (guint i = 0; i < waymark_journey_get_n_events (journey); i++)
    {
      const WaymarkJourneyEvent *event = waymark_journey_get_event (journey, i);
      g_autofree char *name = waymark_journey_describe_event (event);

      g_test_message ("%s", name);
      kinds_seen[event->kind] = TRUE;
      g_assert_cmpstr (event->title, !=, "");
      g_assert_cmpuint (event->julian, <=, f->today);
    }
  for (guint k = 0; k < WAYMARK_N_JOURNEY_EVENT_KINDS; k++)
    g_assert_true (kinds_seen[k]);

  /* The plan's own events are there too. */
  g_assert_cmpuint (waymark_journey_get_n_events (journey), >,
                    (guint) count_rows (f->store, "SELECT count(*) FROM milestone"));

  g_assert_true (waymark_journey_get_sobriety_days (journey, f->today, &sober));
  g_assert_cmpuint (sober, >, 0);
}

/* A squeezed history keeps its journey in order, in the past. */
static void
test_sample_short_histories (void)
{
  const guint lengths[] = { 1, 2, 7, 30, 120 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(WaymarkJourney) journey = NULL;
      g_autoptr(GError) error = NULL;
      Fixture f;

      fixture_set_up (&f, NULL);
      g_assert_true (waymark_sample_data_fill (f.store, lengths[i], NULL, &error));
      g_assert_no_error (error);
      check_sample_dates (&f, lengths[i]);

      journey = load (&f);
      g_test_message ("%u days: %u episodes, %u events", lengths[i],
                      waymark_journey_get_n_episodes (journey), waymark_journey_get_n_events (journey));
      g_assert_cmpuint (waymark_journey_get_n_episodes (journey), >=, 1);
      g_assert_cmpstr (waymark_journey_get_current_stage (journey)->key, ==, "healing");
      g_assert_cmpint (count_rows (f.store, "SELECT count(DISTINCT kind) FROM milestone"), ==,
                       WAYMARK_N_JOURNEY_EVENT_KINDS);
      if (lengths[i] >= 30)
        g_assert_cmpuint (waymark_journey_get_n_episodes (journey), >=, 5);

      g_clear_object (&journey);
      fixture_tear_down (&f, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/journey/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/waymark/journey/stages", test_stages);
  g_test_add_func ("/waymark/journey/event-kinds", test_event_kinds);
  g_test_add_func ("/waymark/journey/episodes/going-back", test_episodes_going_back);
  g_test_add_func ("/waymark/journey/episodes/highest-stays", test_highest_stage_stays);
  g_test_add_func ("/waymark/journey/episodes/same-day", test_same_day_changes);
  g_test_add_func ("/waymark/journey/episodes/repeats-merge", test_repeats_merge);
  g_test_add_func ("/waymark/journey/empty", test_empty);
  ADD ("episodes/from-store", test_episodes_from_store);
  ADD ("refused/future", test_future_refused);
  ADD ("refused/invalid", test_refused_records);
  ADD ("events/from-plan", test_events_from_plan);
  g_test_add_func ("/waymark/journey/events/boundaries", test_find_events_boundaries);
  ADD ("events/many", test_many_events);
  g_test_add_func ("/waymark/journey/describe", test_describe_event);
  g_test_add_func ("/waymark/journey/sobriety-days", test_sobriety_days);
  ADD ("sample", test_sample_journey);
  g_test_add_func ("/waymark/journey/sample/short-histories", test_sample_short_histories);
#undef ADD

  return g_test_run ();
}
