/* waymark-journey.c: the recovery journey over time: stage episodes and
 * dated events, ready for the timeline to draw
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journey"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-journey.h"
#include "waymark-milestone.h"

/* A stage event as recorded; finish () turns them into episodes. */
typedef struct
{
  guint32                 julian;
  gint64                  id;
  const WaymarkStageInfo *stage;
} StageChange;

struct _WaymarkJourney
{
  GObject parent_instance;

  /* Owned */
  GArray                 *changes;    /* StageChange, sorted by finish () */
  GArray                 *episodes;   /* WaymarkStageEpisode, oldest first */
  GArray                 *events;     /* WaymarkJourneyEvent, sorted by finish () */
  const WaymarkStageInfo *highest;
};

G_DEFINE_FINAL_TYPE (WaymarkJourney, waymark_journey, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (WaymarkJourneyEventKind, waymark_journey_event_kind,
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT, "first-appointment"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE, "treatment-change"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE, "sobriety-date"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED, "goal-achieved"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_SETBACK, "setback"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_PLAN_REVIEW, "plan-review"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_JOURNEY_EVENT_OWN, "own-event"))

/* In the order of WaymarkJourneyEventKind. */
static const struct
{
  const char *key;
  const char *name;
} event_kinds[] = {
  /* Translators: kinds of event on the recovery timeline, said before
   * the event's date and title to screen readers and shown in lists. */
  [WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT] = { WAYMARK_MILESTONE_FIRST_APPOINTMENT, N_("First appointment") },
  [WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE] = { WAYMARK_MILESTONE_TREATMENT_CHANGE, N_("Treatment change") },
  [WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE] = { WAYMARK_MILESTONE_SOBRIETY_DATE, N_("Sobriety date") },
  [WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED] = { WAYMARK_MILESTONE_GOAL_ACHIEVED, N_("Goal achieved") },
  [WAYMARK_JOURNEY_EVENT_SETBACK] = { WAYMARK_MILESTONE_SETBACK, N_("Setback") },
  [WAYMARK_JOURNEY_EVENT_PLAN_REVIEW] = { WAYMARK_MILESTONE_PLAN_REVIEW, N_("Plan review") },
  [WAYMARK_JOURNEY_EVENT_OWN] = { WAYMARK_MILESTONE_OWN_EVENT, N_("Personal event") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (event_kinds) == WAYMARK_N_JOURNEY_EVENT_KINDS);

static void
clear_event (gpointer data)
{
  WaymarkJourneyEvent *event = data;

  g_clear_pointer (&event->title, g_free);
  g_clear_pointer (&event->note, g_free);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const StageChange *ca = a;
  const StageChange *cb = b;

  if (ca->julian != cb->julian)
    return ca->julian < cb->julian ? -1 : 1;
  if (ca->id != cb->id)
    return ca->id < cb->id ? -1 : 1;

  return 0;
}

/* By day, then kind, then record, so the order never depends on the
 * order the queries returned them in. */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const WaymarkJourneyEvent *ea = a;
  const WaymarkJourneyEvent *eb = b;

  if (ea->julian != eb->julian)
    return ea->julian < eb->julian ? -1 : 1;
  if (ea->kind != eb->kind)
    return ea->kind < eb->kind ? -1 : 1;
  if (ea->record_type != eb->record_type)
    return ea->record_type < eb->record_type ? -1 : 1;
  if (ea->record_id != eb->record_id)
    return ea->record_id < eb->record_id ? -1 : 1;

  return 0;
}

/* The index of the first event on or after @julian (n_events when none). */
static guint
events_lower_bound (WaymarkJourney *self,
                    guint32         julian)
{
  guint lo = 0;
  guint hi = self->events->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->events, WaymarkJourneyEvent, mid).julian < julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The index of the first event after @julian (n_events when none). */
static guint
events_upper_bound (WaymarkJourney *self,
                    guint32         julian)
{
  guint lo = 0;
  guint hi = self->events->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->events, WaymarkJourneyEvent, mid).julian <= julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Stage events become episodes: on a day with several, the last one
 * recorded is the stage of that day (the others lasted no time at all);
 * a change to the stage the person is already in continues the episode. */
static void
compute_episodes (WaymarkJourney *self,
                  guint32         today)
{
  WaymarkStageEpisode *last = NULL;

  g_array_set_size (self->episodes, 0);
  self->highest = NULL;

  g_array_sort (self->changes, compare_changes);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const StageChange *change = &g_array_index (self->changes, StageChange, i);
      WaymarkStageEpisode episode = { 0, };

      if (i + 1 < self->changes->len &&
          g_array_index (self->changes, StageChange, i + 1).julian == change->julian)
        continue;

      if (last != NULL && last->stage == change->stage)
        continue;

      if (last != NULL)
        last->last_julian = change->julian - 1;

      episode.first_julian = change->julian;
      episode.last_julian = change->julian;
      episode.stage = change->stage;
      episode.event_id = change->id;
      episode.went_back = last != NULL && change->stage->order < last->stage->order;
      g_array_append_val (self->episodes, episode);
      last = &g_array_index (self->episodes, WaymarkStageEpisode, self->episodes->len - 1);

      if (self->highest == NULL || change->stage->order > self->highest->order)
        self->highest = change->stage;
    }

  if (last != NULL)
    last->last_julian = MAX (today, last->first_julian);
}

static void
waymark_journey_finalize (GObject *object)
{
  WaymarkJourney *self = WAYMARK_JOURNEY (object);

  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->episodes, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);

  G_OBJECT_CLASS (waymark_journey_parent_class)->finalize (object);
}

static void
waymark_journey_class_init (WaymarkJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_journey_finalize;
}

static void
waymark_journey_init (WaymarkJourney *self)
{
  self->changes = g_array_new (FALSE, FALSE, sizeof (StageChange));
  self->episodes = g_array_new (FALSE, FALSE, sizeof (WaymarkStageEpisode));
  self->events = g_array_new (FALSE, FALSE, sizeof (WaymarkJourneyEvent));
  g_array_set_clear_func (self->events, clear_event);
}

/**
 * waymark_journey_event_kind_get_name:
 * @kind: a #WaymarkJourneyEventKind
 *
 * Returns: (transfer none): the kind's name for a person, translated
 */
const char *
waymark_journey_event_kind_get_name (WaymarkJourneyEventKind kind)
{
  g_return_val_if_fail (kind < WAYMARK_N_JOURNEY_EVENT_KINDS, NULL);

  return _(event_kinds[kind].name);
}

/**
 * waymark_journey_event_kind_get_key:
 * @kind: a #WaymarkJourneyEventKind
 *
 * Returns: (transfer none): the milestone kind stored for @kind
 */
const char *
waymark_journey_event_kind_get_key (WaymarkJourneyEventKind kind)
{
  g_return_val_if_fail (kind < WAYMARK_N_JOURNEY_EVENT_KINDS, NULL);

  return event_kinds[kind].key;
}

/**
 * waymark_journey_event_kind_from_key:
 * @key: (nullable): a stored milestone kind, such as "setback"
 * @kind: (out) (optional): its #WaymarkJourneyEventKind
 *
 * Returns: whether @key is a kind this Waymark knows
 */
gboolean
waymark_journey_event_kind_from_key (const char              *key,
                                     WaymarkJourneyEventKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    if (g_strcmp0 (event_kinds[i].key, key) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * waymark_journey_new:
 *
 * Returns: (transfer full): an empty journey; add stage events and
 *   events, then finish it
 */
WaymarkJourney *
waymark_journey_new (void)
{
  return g_object_new (WAYMARK_TYPE_JOURNEY, NULL);
}

/**
 * waymark_journey_add_stage_event:
 * @self: a #WaymarkJourney
 * @julian: the day the stage began
 * @stage: its key, such as "awareness"; a key this Waymark doesn't
 *   know (from a newer one) is left out
 * @event_id: the stage event's id; of two on one day, the higher wins
 */
void
waymark_journey_add_stage_event (WaymarkJourney *self,
                                 guint32         julian,
                                 const char     *stage,
                                 gint64          event_id)
{
  StageChange change;

  g_return_if_fail (WAYMARK_IS_JOURNEY (self));
  g_return_if_fail (julian > 0);

  change.julian = julian;
  change.id = event_id;
  change.stage = waymark_stage_find (stage);
  if (change.stage != NULL)
    g_array_append_val (self->changes, change);
}

/**
 * waymark_journey_add_event:
 * @self: a #WaymarkJourney
 * @event: the event to copy in; its title and note may be %NULL
 */
void
waymark_journey_add_event (WaymarkJourney            *self,
                           const WaymarkJourneyEvent *event)
{
  WaymarkJourneyEvent copy;

  g_return_if_fail (WAYMARK_IS_JOURNEY (self));
  g_return_if_fail (event != NULL);
  g_return_if_fail (event->julian > 0);
  g_return_if_fail (event->kind < WAYMARK_N_JOURNEY_EVENT_KINDS);

  copy = *event;
  copy.title = g_strdup (event->title ? event->title : "");
  copy.note = g_strdup (event->note ? event->note : "");
  g_array_append_val (self->events, copy);
}

/**
 * waymark_journey_finish:
 * @self: a #WaymarkJourney
 * @today: the person's calendar day today, where the last episode ends
 *
 * Sorts the events and turns the stage events into episodes. Calling it
 * again (after adding more) is harmless.
 */
void
waymark_journey_finish (WaymarkJourney *self,
                        guint32         today)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));

  g_array_sort (self->events, compare_events);
  compute_episodes (self, today);
}

guint
waymark_journey_get_n_episodes (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), 0);

  return self->episodes->len;
}

/**
 * waymark_journey_get_episode:
 * @self: a finished #WaymarkJourney
 * @index: from 0, the oldest, to n_episodes - 1, the current one
 *
 * Returns: (transfer none): the episode at @index
 */
const WaymarkStageEpisode *
waymark_journey_get_episode (WaymarkJourney *self,
                             guint           index)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (index < self->episodes->len, NULL);

  return &g_array_index (self->episodes, WaymarkStageEpisode, index);
}

/**
 * waymark_journey_episode_at:
 * @self: a finished #WaymarkJourney
 * @julian: a day
 *
 * Finds the episode holding @julian by binary search.
 *
 * Returns: (transfer none) (nullable): the episode, or %NULL on a day
 *   before the first stage recorded or after today
 */
const WaymarkStageEpisode *
waymark_journey_episode_at (WaymarkJourney *self,
                            guint32         julian)
{
  const WaymarkStageEpisode *episode;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  /* The first episode that begins after @julian; the one before it is
   * the only one that can hold it. */
  hi = self->episodes->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->episodes, WaymarkStageEpisode, mid).first_julian <= julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo == 0)
    return NULL;

  episode = &g_array_index (self->episodes, WaymarkStageEpisode, lo - 1);
  return julian <= episode->last_julian ? episode : NULL;
}

/**
 * waymark_journey_get_current_stage:
 * @self: a finished #WaymarkJourney
 *
 * Returns: (nullable): the stage the person is in now, or %NULL when
 *   they haven't recorded one
 */
const WaymarkStageInfo *
waymark_journey_get_current_stage (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  if (self->episodes->len == 0)
    return NULL;

  return g_array_index (self->episodes, WaymarkStageEpisode, self->episodes->len - 1).stage;
}

/**
 * waymark_journey_get_highest_stage:
 * @self: a finished #WaymarkJourney
 *
 * The ground gained: a later step back leaves it where it was.
 *
 * Returns: (nullable): the furthest stage of any episode, or %NULL when
 *   no stage was recorded
 */
const WaymarkStageInfo *
waymark_journey_get_highest_stage (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return self->highest;
}

guint
waymark_journey_get_n_events (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), 0);

  return self->events->len;
}

/**
 * waymark_journey_get_event:
 * @self: a finished #WaymarkJourney
 * @index: from 0 to n_events - 1, in the order of days
 *
 * Returns: (transfer none): the event at @index
 */
const WaymarkJourneyEvent *
waymark_journey_get_event (WaymarkJourney *self,
                           guint           index)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (index < self->events->len, NULL);

  return &g_array_index (self->events, WaymarkJourneyEvent, index);
}

/**
 * waymark_journey_find_events:
 * @self: a finished #WaymarkJourney
 * @from: the first day
 * @to: the last day, included
 * @first_index: (out): the index of the first event on or after @from
 *
 * Finds the events a visible range shows in O(log n), so drawing costs
 * what is on screen, however long the journey.
 *
 * Returns: how many events fall in [@from, @to], from @first_index on
 */
guint
waymark_journey_find_events (WaymarkJourney *self,
                             guint32         from,
                             guint32         to,
                             guint          *first_index)
{
  guint first;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), 0);
  g_return_val_if_fail (first_index != NULL, 0);

  first = events_lower_bound (self, from);
  *first_index = first;

  if (from > to)
    return 0;

  return events_upper_bound (self, to) - first;
}

/**
 * waymark_journey_get_sobriety_days:
 * @self: a finished #WaymarkJourney
 * @today: the person's calendar day today
 * @days: (out) (optional): whole days since the sobriety date: 0 on
 *   the day itself
 *
 * For people who want a day counter: it counts from the latest
 * sobriety date, so a new start simply starts a new count.
 *
 * Returns: whether there is a sobriety date on or before @today
 */
gboolean
waymark_journey_get_sobriety_days (WaymarkJourney *self,
                                   guint32         today,
                                   guint          *days)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), FALSE);

  for (guint i = events_upper_bound (self, today); i-- > 0;)
    {
      const WaymarkJourneyEvent *event = &g_array_index (self->events, WaymarkJourneyEvent, i);

      if (event->kind != WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE)
        continue;

      if (days != NULL)
        *days = today - event->julian;
      return TRUE;
    }

  return FALSE;
}

/**
 * waymark_journey_describe_event:
 * @event: an event of a journey
 *
 * Returns: (transfer full): its kind, date and title in words, the
 *   accessible name of its marker: "Setback, 3 March 2026: Lost my job"
 */
char *
waymark_journey_describe_event (const WaymarkJourneyEvent *event)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (g_date_valid_julian (event->julian), NULL);
  g_return_val_if_fail (event->kind < WAYMARK_N_JOURNEY_EVENT_KINDS, NULL);

  date = waymark_date_format_julian (event->julian, WAYMARK_DATE_DAY_MONTH_YEAR);
  if (*date == '\0')
    {
      g_free (date);
      date = g_malloc (11);
      waymark_date_from_julian (event->julian, date);
    }

  /* A title that only repeats the kind ("Plan review") is said once. */
  if (event->title == NULL || *event->title == '\0' ||
      g_str_equal (event->title, waymark_journey_event_kind_get_name (event->kind)))
    /* Translators: an event on the timeline without a title, for
     * screen readers: its kind, then its date ("Plan review, 3 March 2026"). */
    return g_strdup_printf (_("%s, %s"), waymark_journey_event_kind_get_name (event->kind), date);

  /* Translators: an event on the timeline, for screen readers: its
   * kind, its date and its title ("Setback, 3 March 2026: Lost my job"). */
  return g_strdup_printf (_("%s, %s: %s"), waymark_journey_event_kind_get_name (event->kind), date, event->title);
}
