/* waymark-store-private.h: what the store's own files and tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "waymark-store.h"

G_BEGIN_DECLS

sqlite3      *waymark_store_get_db          (WaymarkStore  *self);
sqlite3_stmt *waymark_store_prepare         (WaymarkStore  *self,
                                             const char    *sql,
                                             GError       **error);
gboolean      waymark_store_begin           (WaymarkStore  *self,
                                             GError       **error);
gboolean      waymark_store_commit          (WaymarkStore  *self,
                                             GError       **error);
void          waymark_store_rollback        (WaymarkStore  *self);
gboolean      waymark_store_step_done       (WaymarkStore  *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
char        **waymark_store_query_strings   (WaymarkStore  *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
GArray       *waymark_store_query_ids       (WaymarkStore  *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
void          waymark_store_set_sql_error   (WaymarkStore  *self,
                                             GError       **error);
WaymarkDaySeries *waymark_store_get_cached_day_series (WaymarkStore     *self);
void          waymark_store_cache_day_series (WaymarkStore    *self,
                                              WaymarkDaySeries *series);
guint         waymark_store_get_day_series_stamp (WaymarkStore *self,
                                                  int          *data_version);
gboolean      waymark_store_begin_reader    (WaymarkStore  *self,
                                             GCancellable **closing);
void          waymark_store_end_reader      (WaymarkStore  *self);
WaymarkDaySeries *waymark_store_read_day_series_beside (const char    *path,
                                                       GCancellable  *closing,
                                                       GCancellable  *cancellable,
                                                       GError       **error);
void          waymark_store_emit_changed    (WaymarkStore  *self,
                                             const char    *kind);
void          waymark_store_note_insert     (WaymarkStore  *self,
                                             WaymarkRecord *record);
char         *waymark_store_timestamp_now   (void);
const char   *waymark_store_intern_sql      (WaymarkStore  *self,
                                             char          *sql);

/* The safety banner a new record may raise (waymark-store-today.c). */
gboolean      waymark_store_raise_safety_banner (WaymarkStore  *self,
                                                 WaymarkRecord *record,
                                                 const char    *now,
                                                 GError       **error);

/* One writer (waymark-store-lock.c). */
gboolean      waymark_store_lock_opened     (WaymarkStore  *self,
                                             GError       **error);
gboolean      waymark_store_lock_check      (WaymarkStore  *self,
                                             GError       **error);

G_END_DECLS
