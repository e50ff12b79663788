/* waymark-day-series.h: the journal as one summary per calendar day,
 * which is all a chart ever needs to read
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a day can say. MOOD_AVERAGE is the 7-day rolling mean of the
 * daily moods (computed by the series, never stored); ROUTINE is the
 * share of the plan's routine items done that day, 0 to 1. The others
 * are the means of that day's check-ins on their own scales: 0-10, and
 * hours for SLEEP. */
typedef enum
{
  WAYMARK_MEASURE_MOOD,
  WAYMARK_MEASURE_ANXIETY,
  WAYMARK_MEASURE_ENERGY,
  WAYMARK_MEASURE_SLEEP,
  WAYMARK_MEASURE_ROUTINE,
  WAYMARK_MEASURE_MOOD_AVERAGE,
  WAYMARK_N_MEASURES
} WaymarkMeasure;

/* One calendar day that has something recorded. A value is NAN when
 * nothing was recorded for it that day. */
typedef struct
{
  guint32 julian;                        /* g_date_get_julian () of the day */
  guint   n_checkins;
  double  values[WAYMARK_N_MEASURES];
} WaymarkDay;

typedef enum
{
  WAYMARK_MARKER_MEDICATION,   /* a medication started or its dose changed */
  WAYMARK_MARKER_MILESTONE,    /* an event of the timeline */
} WaymarkMarkerKind;

typedef struct
{
  guint32            julian;
  WaymarkMarkerKind  kind;
  char              *label;      /* for a person: "Sertraline 50 mg" */
} WaymarkMarker;

#define WAYMARK_TYPE_MEASURE (waymark_measure_get_type ())

GType                waymark_measure_get_type        (void) G_GNUC_CONST;

#define WAYMARK_TYPE_DAY_SERIES (waymark_day_series_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkDaySeries, waymark_day_series, WAYMARK, DAY_SERIES, GObject)

WaymarkDaySeries    *waymark_day_series_new          (void);

/* Building: days must be appended in increasing julian order, each at
 * most once; then finish () computes the rolling average and the
 * running sums that make every range query O(log n). */
void                 waymark_day_series_append       (WaymarkDaySeries   *self,
                                                      const WaymarkDay   *day);
void                 waymark_day_series_add_marker   (WaymarkDaySeries   *self,
                                                      guint32             julian,
                                                      WaymarkMarkerKind   kind,
                                                      const char         *label);
void                 waymark_day_series_finish       (WaymarkDaySeries   *self);

guint                waymark_day_series_get_n_days   (WaymarkDaySeries   *self);
const WaymarkDay    *waymark_day_series_get_day      (WaymarkDaySeries   *self,
                                                      guint               index);
/* The day recorded for @julian, or NULL. */
const WaymarkDay    *waymark_day_series_lookup       (WaymarkDaySeries   *self,
                                                      guint32             julian);
/* The first and last recorded day; FALSE when the series is empty. */
gboolean             waymark_day_series_get_bounds   (WaymarkDaySeries   *self,
                                                      guint32            *first,
                                                      guint32            *last);
/* The mean of @measure over the days in [@from, @to] (inclusive) that
 * recorded it, in O(log n); NAN when none did. *@n_days (optional) gets
 * how many days recorded it. */
double               waymark_day_series_mean         (WaymarkDaySeries   *self,
                                                      WaymarkMeasure      measure,
                                                      guint32             from,
                                                      guint32             to,
                                                      guint              *n_days);

/* The first day on or after @from (the last on or before @to) that
 * recorded @measure, in O(log n); FALSE when there is none. */
gboolean             waymark_day_series_find_next     (WaymarkDaySeries  *self,
                                                       WaymarkMeasure     measure,
                                                       guint32            from,
                                                       guint32           *julian);
gboolean             waymark_day_series_find_previous (WaymarkDaySeries  *self,
                                                       WaymarkMeasure     measure,
                                                       guint32            to,
                                                       guint32           *julian);

/* Whether the 7-day average has no value on some day strictly between
 * @from and @to: a week or more went by without a mood, so its line
 * breaks there rather than drawing across. */
gboolean             waymark_day_series_mood_average_breaks (WaymarkDaySeries *self,
                                                             guint32           from,
                                                             guint32           to);

/* Markers sorted by day. */
guint                waymark_day_series_get_n_markers (WaymarkDaySeries  *self);
const WaymarkMarker *waymark_day_series_get_marker    (WaymarkDaySeries  *self,
                                                       guint              index);
/* How many markers fall in [@from, @to]; *@first_index gets the first. */
guint                waymark_day_series_find_markers  (WaymarkDaySeries  *self,
                                                       guint32            from,
                                                       guint32            to,
                                                       guint             *first_index);

/* A sentence for a person (and a screen reader) on how @measure went in
 * the 30 days up to @today against the 30 before: "Mood averaged 6.2
 * over the last 30 days, up from 5.1." */
char                *waymark_day_series_describe_trend (WaymarkDaySeries *self,
                                                        WaymarkMeasure    measure,
                                                        guint32           today);

const char          *waymark_measure_get_name        (WaymarkMeasure      measure);
/* The top of the measure's scale: 10; 12 (hours) for SLEEP; 1 for ROUTINE. */
double               waymark_measure_get_maximum     (WaymarkMeasure      measure);

G_END_DECLS
