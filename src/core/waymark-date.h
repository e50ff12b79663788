/* waymark-date.h: the person's calendar day, dates as the plan file
 * keeps them, and dates in words
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of a day to say. */
typedef enum
{
  WAYMARK_DATE_DAY_MONTH_YEAR,     /* "3 March 2026" */
  WAYMARK_DATE_DAY_MONTH,          /* "3 March" */
  WAYMARK_DATE_WEEKDAY_MONTH_YEAR, /* "Tuesday 3 March 2026" */
  WAYMARK_DATE_WEEKDAY_MONTH,      /* "Tuesday 3 March" */
} WaymarkDateStyle;

void      waymark_local_today         (GTimeZone        *tz,
                                       GDateTime        *now,
                                       GDate            *today);
guint32   waymark_local_today_julian  (void);
void      waymark_local_today_iso     (char             *iso_date);

gboolean  waymark_date_is_valid       (const char       *iso_date);
gboolean  waymark_date_is_after_today (const char       *iso_date);
guint32   waymark_date_to_julian      (const char       *iso_date);
void      waymark_date_from_julian    (guint32           julian,
                                       char             *iso_date);

char     *waymark_date_format_julian  (guint32           julian,
                                       WaymarkDateStyle  style);
char     *waymark_date_format         (const char       *iso_date);
char     *waymark_date_time_format    (GDateTime        *time,
                                       const char       *format);
char     *waymark_date_format_julian_as (guint32         julian,
                                         const char     *format);

char     *waymark_date_to_typed       (const char       *iso_date);
char     *waymark_date_to_typed_full  (const char       *iso_date,
                                       const char       *locale_format);
gboolean  waymark_date_parse_typed    (const char       *text,
                                       char             *iso_date);
gboolean  waymark_date_parse_typed_full (const char     *text,
                                         const char     *locale_format,
                                         guint32         today_julian,
                                         char           *iso_date);

G_END_DECLS
