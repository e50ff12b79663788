/* waymark-import-checkins.h: check-ins read from another app, previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-daylio.h"
#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

typedef struct _WaymarkCheckins WaymarkCheckins;

/* One check-in as another app's export said it; what it didn't say is
 * -1 (sleep_hours < 0). */
typedef struct
{
  guint      line;            /* the file's line it starts on */
  char       day[11];         /* YYYY-MM-DD, as written */
  int        hour, minute;    /* local time, as written */
  int        mood;            /* 0-10 */
  int        anxiety;
  int        energy;
  int        sleep_quality;
  double     sleep_hours;
  GPtrArray *tags;            /* char * */
  GString   *note;
} WaymarkCheckinEntry;

/* What became what, for the preview: a column or reading of the file
 * and where it goes in Waymark (both for people). */
typedef struct
{
  char *from;
  char *to;
} WaymarkImportMapping;

WaymarkCheckins     *waymark_checkins_new          (const char           *format,
                                                    const char           *app_name,
                                                    const char           *file_name);
WaymarkCheckinEntry *waymark_checkins_add          (WaymarkCheckins      *checkins,
                                                    guint                 line,
                                                    const GDate          *day,
                                                    int                   hour,
                                                    int                   minute);
gboolean             waymark_checkins_check_day    (WaymarkCheckins      *checkins,
                                                    guint                 line,
                                                    const GDate          *day);
void                 waymark_checkins_add_skip     (WaymarkCheckins      *checkins,
                                                    guint                 line,
                                                    char                 *reason);
void                 waymark_checkins_add_mapping  (WaymarkCheckins      *checkins,
                                                    const char           *from,
                                                    const char           *to);
void                 waymark_checkin_entry_add_tag (WaymarkCheckinEntry  *entry,
                                                    const char           *tag);
void                 waymark_checkin_entry_add_note (WaymarkCheckinEntry *entry,
                                                    const char           *text);
int                  waymark_checkins_scale        (int                   value,
                                                    int                   lowest,
                                                    int                   highest);

const char          *waymark_checkins_get_format   (WaymarkCheckins      *checkins);
const char          *waymark_checkins_get_app_name (WaymarkCheckins      *checkins);
guint                waymark_checkins_get_n_entries (WaymarkCheckins     *checkins);
guint                waymark_checkins_get_n_days   (WaymarkCheckins      *checkins,
                                                    const char          **first,
                                                    const char          **last);
guint                waymark_checkins_get_n_tags   (WaymarkCheckins      *checkins);
GPtrArray           *waymark_checkins_get_entries  (WaymarkCheckins      *checkins);
GPtrArray           *waymark_checkins_get_mappings (WaymarkCheckins      *checkins);
GPtrArray           *waymark_checkins_get_skipped  (WaymarkCheckins      *checkins);
char                *waymark_checkins_describe     (WaymarkCheckins      *checkins);
gboolean             waymark_checkins_import       (WaymarkCheckins      *checkins,
                                                    WaymarkStore         *store,
                                                    WaymarkImportResult  *result,
                                                    GError              **error);
void                 waymark_checkins_free         (WaymarkCheckins      *checkins);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkCheckins, waymark_checkins_free)

G_END_DECLS
