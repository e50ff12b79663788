/* waymark-import-daylio.h: Daylio's CSV export, read and previewed, then imported
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-import-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

typedef struct _WaymarkDaylio WaymarkDaylio;

typedef struct
{
  guint  line;      /* the file's line the entry starts on */
  char  *reason;    /* why it is left out, for the person */
} WaymarkImportSkip;

/* Waymark's 0-10 mood for Daylio's five default moods: the middle of each
 * fifth of the scale. */
#define WAYMARK_DAYLIO_DEFAULT_MOODS "rad=9,good=7,meh=5,bad=3,awful=1"

gboolean       waymark_daylio_sniff           (const char     *data,
                                               gsize           length);
WaymarkDaylio *waymark_daylio_parse           (const char     *data,
                                               gsize           length,
                                               const char     *file_name,
                                               GError        **error);
gboolean       waymark_daylio_set_moods       (WaymarkDaylio  *daylio,
                                               const char     *mapping,
                                               GError        **error);
char          *waymark_daylio_describe        (WaymarkDaylio  *daylio);
guint          waymark_daylio_get_n_entries   (WaymarkDaylio  *daylio);
guint          waymark_daylio_get_n_days      (WaymarkDaylio  *daylio,
                                               const char    **first,
                                               const char    **last);
guint          waymark_daylio_get_n_tags      (WaymarkDaylio  *daylio);
char         **waymark_daylio_dup_labels      (WaymarkDaylio  *daylio);
guint          waymark_daylio_count_label     (WaymarkDaylio  *daylio,
                                               const char     *label);
int            waymark_daylio_get_mood        (WaymarkDaylio  *daylio,
                                               const char     *label);
void           waymark_daylio_set_mood        (WaymarkDaylio  *daylio,
                                               const char     *label,
                                               int             value);
GPtrArray     *waymark_daylio_get_skipped     (WaymarkDaylio  *daylio);
gboolean       waymark_daylio_import          (WaymarkDaylio  *daylio,
                                               WaymarkStore   *store,
                                               WaymarkImportResult *result,
                                               GError        **error);
void           waymark_daylio_free            (WaymarkDaylio  *daylio);

/* For the readers of other apps' files that become the same check-ins
 * (waymark-import-daylio-backup.c, waymark-import-pixels.c). */
WaymarkDaylio *waymark_daylio_new             (const char     *file_name,
                                               const char     *format);
gboolean       waymark_daylio_add_entry       (WaymarkDaylio      *daylio,
                                               guint               where,
                                               gint64              year,
                                               gint64              month,
                                               gint64              day,
                                               gint64              hour,
                                               gint64              minute,
                                               const char         *label,
                                               const char * const *tags,
                                               const char         *note,
                                               const char         *key_text);
void           waymark_daylio_add_skip        (WaymarkDaylio  *daylio,
                                               guint           where,
                                               char           *reason);
const char    *waymark_daylio_get_format      (WaymarkDaylio  *daylio);
const char    *waymark_daylio_get_source_name (WaymarkDaylio  *daylio);
gboolean       waymark_daylio_skips_by_entry  (WaymarkDaylio  *daylio);
char          *waymark_daylio_json_reason     (const GError   *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkDaylio, waymark_daylio_free)

G_END_DECLS
