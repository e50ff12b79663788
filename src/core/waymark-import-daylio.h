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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkDaylio, waymark_daylio_free)

G_END_DECLS
