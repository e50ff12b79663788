/* waymark-journey.h: the recovery journey over time: stage episodes and
 * dated events, ready for the timeline to draw
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-stage.h"
#include "waymark-store.h"

G_BEGIN_DECLS

/* A stretch of days spent in one stage, from the stage events: a run of
 * events in the same stage is one episode. */
typedef struct
{
  guint32                 first_julian;  /* g_date_get_julian () of its first day */
  guint32                 last_julian;   /* its last day, included; the last episode runs to today */
  const WaymarkStageInfo *stage;
  gint64                  event_id;      /* the stage event it began with */
  gboolean                went_back;     /* its stage comes before the previous episode's */
} WaymarkStageEpisode;

/* What a marker on the timeline stands for. The first seven are the
 * kinds of milestone a person records (see waymark-milestone.h); plan
 * reviews, achieved goals and medication changes also come from the
 * plan itself. */
typedef enum
{
  WAYMARK_JOURNEY_EVENT_FIRST_APPOINTMENT,
  WAYMARK_JOURNEY_EVENT_TREATMENT_CHANGE,   /* also a medication started or its dose changed */
  WAYMARK_JOURNEY_EVENT_SOBRIETY_DATE,
  WAYMARK_JOURNEY_EVENT_GOAL_ACHIEVED,      /* also a goal of the plan, on the day its progress reached 100% */
  WAYMARK_JOURNEY_EVENT_SETBACK,
  WAYMARK_JOURNEY_EVENT_PLAN_REVIEW,        /* also a review of the plan */
  WAYMARK_JOURNEY_EVENT_OWN,                /* also a milestone of a kind this Waymark doesn't know */
  WAYMARK_N_JOURNEY_EVENT_KINDS
} WaymarkJourneyEventKind;

typedef struct
{
  guint32                  julian;
  WaymarkJourneyEventKind  kind;
  char                    *title;        /* for a person: "Lost my job", "Sertraline: dose changed to 50 mg" */
  char                    *note;         /* "" when there is none */
  gint64                   record_id;    /* the record it was read from, to open it */
  GType                    record_type;  /* WAYMARK_TYPE_MILESTONE, _PLAN_REVIEW, _GOAL,
                                          * _INTERVENTION or _MEDICATION_DOSE */
} WaymarkJourneyEvent;

#define WAYMARK_TYPE_JOURNEY_EVENT_KIND (waymark_journey_event_kind_get_type ())

GType        waymark_journey_event_kind_get_type  (void) G_GNUC_CONST;
const char  *waymark_journey_event_kind_get_name  (WaymarkJourneyEventKind  kind);
/* The milestone kind stored for @kind, such as "setback". */
const char  *waymark_journey_event_kind_get_key   (WaymarkJourneyEventKind  kind);
/* FALSE when @key is none of them. */
gboolean     waymark_journey_event_kind_from_key  (const char              *key,
                                                   WaymarkJourneyEventKind *kind);

#define WAYMARK_TYPE_JOURNEY (waymark_journey_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkJourney, waymark_journey, WAYMARK, JOURNEY, GObject)

/* Reads the plan's stage events, milestones, reviews, achieved goals
 * and medication changes (waymark-store-journey.c), and finishes the
 * journey with today as the end of the last episode. Reload it when the
 * store's "changed" names "stage-event", "milestone", "plan-review",
 * "goal" or "intervention". */
WaymarkJourney            *waymark_journey_load                (WaymarkStore        *store,
                                                                GError             **error);

/* Building one by hand: add in any order, then finish (). */
WaymarkJourney            *waymark_journey_new                 (void);
void                       waymark_journey_add_stage_event     (WaymarkJourney      *self,
                                                                guint32              julian,
                                                                const char          *stage,
                                                                gint64               event_id);
void                       waymark_journey_add_event           (WaymarkJourney      *self,
                                                                const WaymarkJourneyEvent *event);
void                       waymark_journey_finish              (WaymarkJourney      *self,
                                                                guint32              today);

/* Stage episodes, oldest first. */
guint                      waymark_journey_get_n_episodes      (WaymarkJourney      *self);
const WaymarkStageEpisode *waymark_journey_get_episode         (WaymarkJourney      *self,
                                                                guint                index);
/* The episode that holds @julian, in O(log n); NULL before the first
 * stage was recorded and after today. */
const WaymarkStageEpisode *waymark_journey_episode_at          (WaymarkJourney      *self,
                                                                guint32              julian);
/* The stage of the last episode; NULL when no stage was recorded. */
const WaymarkStageInfo    *waymark_journey_get_current_stage   (WaymarkJourney      *self);
/* The furthest stage reached in any episode, which going back never
 * lowers; NULL when no stage was recorded. */
const WaymarkStageInfo    *waymark_journey_get_highest_stage   (WaymarkJourney      *self);

/* Events sorted by day (then kind, then record), oldest first. */
guint                      waymark_journey_get_n_events        (WaymarkJourney      *self);
const WaymarkJourneyEvent *waymark_journey_get_event           (WaymarkJourney      *self,
                                                                guint                index);
/* How many events fall in [@from, @to]; *@first_index gets the index of
 * the first. Two binary searches, whatever the number of events. */
guint                      waymark_journey_find_events         (WaymarkJourney      *self,
                                                                guint32              from,
                                                                guint32              to,
                                                                guint               *first_index);
/* The days since the latest sobriety date on or before @today; FALSE
 * when there is none. */
gboolean                   waymark_journey_get_sobriety_days   (WaymarkJourney      *self,
                                                                guint32              today,
                                                                guint               *days);

/* An accessible name for a marker: "Setback, 3 March 2026: Lost my job". */
char                      *waymark_journey_describe_event      (const WaymarkJourneyEvent *event);

G_END_DECLS
