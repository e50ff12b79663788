/* waymark-report.h: what the journal says about a stretch of days, gathered for the appointment report
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-day-series.h"
#include "waymark-questionnaire.h"
#include "waymark-store.h"

G_BEGIN_DECLS

/* The report's range when none is chosen: since the last plan review,
 * or else the last 30 days. */
#define WAYMARK_REPORT_DEFAULT_DAYS 30

typedef enum
{
  WAYMARK_REPORT_NONE = 0,
  /* The notes of check-ins the person marked "share with my care team";
   * never any other note. */
  WAYMARK_REPORT_SHARED_NOTES = 1 << 0,
} WaymarkReportFlags;

/* How a medication went on a day, from that day's check-ins. */
typedef enum
{
  WAYMARK_REPORT_DOSE_UNRECORDED,
  WAYMARK_REPORT_DOSE_TAKEN,
  WAYMARK_REPORT_DOSE_MISSED,
} WaymarkReportDose;

typedef struct
{
  gint64  id;
  char   *name;
  char   *dose;          /* as prescribed now; "" when not given */
  guint   n_taken;       /* days in the range it was ticked as taken */
  guint   n_recorded;    /* days in the range it was ticked either way */
} WaymarkReportMedication;

/* A change of dose from the medication's dose history. */
typedef struct
{
  guint32  julian;
  gint64   medication_id;
  char    *medication;
  char    *dose;
  char    *previous_dose;  /* "" for the first dose */
  char    *note;
} WaymarkReportDoseChange;

/* One calendar day of the range; every day has one, recorded or not.
 * Values are the means of the day's check-ins, NAN when none said. */
typedef struct
{
  guint32  julian;
  guint    n_checkins;
  double   mood;
  double   anxiety;
  double   energy;
  double   sleep_hours;
  guint    routine_done;  /* items of the routine done that day */
} WaymarkReportDay;

typedef struct
{
  guint32                     julian;    /* the local day it was taken */
  const WaymarkQuestionnaire *questionnaire;
  int                         total;
  /* PHQ-9 only: its last item (thoughts of being better off dead or of
   * hurting oneself) answered above "Not at all". */
  gboolean                    item9_flag;
  int                         item9_answer;
} WaymarkReportScore;

typedef struct
{
  char    *title;
  char    *dimension;        /* as stored: "health", … */
  char    *status;           /* as stored: "active", … */
  int      progress;         /* 0-100, now */
  int      progress_before;  /* at the range's start, from its notes; -1 when unknown */
  guint    n_notes;          /* progress notes written in the range */
} WaymarkReportGoal;

typedef enum
{
  WAYMARK_REPORT_EVENT_STAGE,       /* text is a stage key (waymark-stage.h) */
  WAYMARK_REPORT_EVENT_MILESTONE,   /* text is the person's title */
} WaymarkReportEventKind;

typedef struct
{
  guint32                 julian;
  WaymarkReportEventKind  kind;
  char                   *text;
  char                   *detail;   /* the milestone's kind, or the stage's note */
} WaymarkReportEvent;

typedef struct
{
  guint32  julian;
  char    *text;
} WaymarkReportNote;

/* A snapshot: what is printed is exactly what was read. */
typedef struct
{
  char              *person_name;      /* "" when the plan names nobody */
  guint32            first;            /* the range, both days included */
  guint32            last;
  GDateTime         *made_at;          /* local time */
  WaymarkReportFlags flags;

  GArray            *days;             /* WaymarkReportDay, first to last */
  GPtrArray         *medications;      /* WaymarkReportMedication * */
  /* days->len × medications->len, day by day: WaymarkReportDose */
  guint8            *doses;
  GPtrArray         *dose_changes;     /* WaymarkReportDoseChange *, by day */
  guint              n_routine_items;  /* items in the routine now */
  GArray            *scores;           /* WaymarkReportScore, by day */
  GPtrArray         *goals;            /* WaymarkReportGoal *, as the plan orders them */
  GPtrArray         *events;           /* WaymarkReportEvent *, by day */
  GPtrArray         *notes;            /* WaymarkReportNote *, by day; only when asked */

  /* The range's days as the journal's charts read them. */
  WaymarkDaySeries  *series;
} WaymarkReport;

gboolean       waymark_report_default_range     (WaymarkStore        *store,
                                                 guint32              today,
                                                 guint32             *first,
                                                 guint32             *last,
                                                 GError             **error);
WaymarkReport *waymark_report_load              (WaymarkStore        *store,
                                                 guint32              first,
                                                 guint32              last,
                                                 WaymarkReportFlags   flags,
                                                 GError             **error);
void           waymark_report_free              (WaymarkReport       *report);

guint          waymark_report_get_n_recorded_days (WaymarkReport     *report);
WaymarkReportDose waymark_report_get_dose       (WaymarkReport       *report,
                                                 guint                day_index,
                                                 guint                medication_index);
gboolean       waymark_report_dose_changed_on   (WaymarkReport       *report,
                                                 guint32              julian,
                                                 gint64               medication_id);
double         waymark_report_adherence         (WaymarkReport       *report,
                                                 guint               *n_taken,
                                                 guint               *n_recorded);
double         waymark_report_routine_completion (WaymarkReport      *report,
                                                  guint              *n_done,
                                                  guint              *n_possible);
guint          waymark_report_count_item9_flags (WaymarkReport       *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkReport, waymark_report_free)

G_END_DECLS
