/* waymark-checkin.h: one check-in of the journal: how the day is going
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

/* Columns, for waymark_record_get_int () and friends. The scales are
 * 0-10 and WAYMARK_UNSET when the person skipped them; sleep is hours. */
typedef enum
{
  WAYMARK_CHECKIN_AT,             /* UTC, "2026-03-31T20:15:00Z" */
  WAYMARK_CHECKIN_LOCAL_DATE,     /* the person's calendar day it belongs to */
  WAYMARK_CHECKIN_MOOD,
  WAYMARK_CHECKIN_ANXIETY,
  WAYMARK_CHECKIN_ENERGY,
  WAYMARK_CHECKIN_SLEEP_HOURS,
  WAYMARK_CHECKIN_SLEEP_QUALITY,
  WAYMARK_CHECKIN_CRAVING,
  WAYMARK_CHECKIN_NOTE,
  /* The note may go in the appointment report, when the person asks for
   * shared notes there (boolean). */
  WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM,
  WAYMARK_CHECKIN_N_COLUMNS
} WaymarkCheckinColumn;

#define WAYMARK_CHECKIN_SCALE_MAX 10

/* A plan item (a medication, a routine item) ticked or not. */
typedef struct
{
  gint64   id;
  gboolean done;
} WaymarkTick;

typedef struct
{
  gint64 tracker_id;
  double value;          /* 0 or 1 for yes/no trackers, 0-10 for scales */
} WaymarkTrackerValue;

/* What a check-in says besides its own columns: kept in other tables,
 * saved and loaded with it (waymark_store_save_checkin ()). Routine
 * ticks belong to the check-in's day rather than to the check-in, as
 * the plan's routine streak counts days. */
typedef struct
{
  GPtrArray *tags;          /* char *, without duplicates */
  GArray    *medications;   /* WaymarkTick: intervention id, taken */
  GArray    *routine;       /* WaymarkTick: routine item id, done that day */
  GArray    *trackers;      /* WaymarkTrackerValue */
} WaymarkCheckinDetails;

WaymarkCheckinDetails *waymark_checkin_details_new  (void);
void                   waymark_checkin_details_free (WaymarkCheckinDetails *details);
void                   waymark_checkin_details_add_tag (WaymarkCheckinDetails *details,
                                                        const char            *tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkCheckinDetails, waymark_checkin_details_free)

#define WAYMARK_TYPE_CHECKIN (waymark_checkin_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCheckin, waymark_checkin, WAYMARK, CHECKIN, WaymarkRecord)

WaymarkCheckin *waymark_checkin_new            (void);
void            waymark_checkin_set_time       (WaymarkCheckin *self,
                                                GDateTime      *time);
GDateTime      *waymark_checkin_dup_local_time (WaymarkCheckin *self);

gboolean        waymark_checkin_is_empty       (WaymarkCheckin              *self,
                                                const WaymarkCheckinDetails *details);

gboolean        waymark_checkin_note_is_shared (WaymarkCheckin *self);

const char     *waymark_mood_word              (int             mood);
const char     *waymark_scale_word             (int             value);
const char     *waymark_quality_word           (int             value);

G_END_DECLS
