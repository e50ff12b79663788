/* waymark-store.h: one person's plan file, kept in SQLite
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "waymark-checkin.h"
#include "waymark-day-series.h"
#include "waymark-person.h"
#include "waymark-plan-lock.h"
#include "waymark-record.h"
#include "waymark-store-error.h"
#include "waymark-store-open-mode.h"

G_BEGIN_DECLS


#define WAYMARK_TYPE_STORE (waymark_store_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStore, waymark_store, WAYMARK, STORE, GObject)

char          *waymark_store_default_path        (void);
WaymarkStore  *waymark_store_open                (const char            *path,
                                                  WaymarkStoreOpenMode   mode,
                                                  GError               **error);
void           waymark_store_open_async          (const char            *path,
                                                  WaymarkStoreOpenMode   mode,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
WaymarkStore  *waymark_store_open_finish         (GAsyncResult          *result,
                                                  GError               **error);
WaymarkStore  *waymark_store_open_full           (const char            *path,
                                                  WaymarkStoreOpenMode   mode,
                                                  WaymarkPlanLockChoice  choice,
                                                  GError               **error);
void           waymark_store_open_full_async     (const char            *path,
                                                  WaymarkStoreOpenMode   mode,
                                                  WaymarkPlanLockChoice  choice,
                                                  int                    io_priority,
                                                  GCancellable          *cancellable,
                                                  GAsyncReadyCallback    callback,
                                                  gpointer               user_data);
gboolean       waymark_store_is_read_only        (WaymarkStore          *self);
WaymarkPlanLock *waymark_store_get_lock          (WaymarkStore          *self);
const char    *waymark_store_get_path            (WaymarkStore          *self);
guint          waymark_store_get_schema_version  (WaymarkStore          *self);
const char    *waymark_store_get_open_notice     (WaymarkStore          *self);
gboolean       waymark_store_is_empty            (WaymarkStore          *self,
                                                  gboolean              *is_empty,
                                                  GError               **error);
WaymarkPerson *waymark_store_load_person         (WaymarkStore          *self,
                                                  GError               **error);
gboolean       waymark_store_save_person         (WaymarkStore          *self,
                                                  WaymarkPerson         *person,
                                                  GError               **error);
char          *waymark_store_dup_owner_name      (WaymarkStore          *self);
void           waymark_store_close               (WaymarkStore          *self);
gboolean       waymark_store_begin_batch         (WaymarkStore          *self,
                                                  GError               **error);
gboolean       waymark_store_end_batch           (WaymarkStore          *self,
                                                  gboolean               keep,
                                                  GError               **error);

/* Records of the plan (waymark-store-records.c). */
typedef struct _WaymarkDeletion WaymarkDeletion;

GListModel      *waymark_store_list             (WaymarkStore     *self,
                                                 GType             record_type,
                                                 const char       *scope,
                                                 GError          **error);
GListModel      *waymark_store_list_children    (WaymarkStore     *self,
                                                 GType             record_type,
                                                 gint64            parent_id,
                                                 GError          **error);
WaymarkRecord   *waymark_store_get              (WaymarkStore     *self,
                                                 GType             record_type,
                                                 gint64            id,
                                                 GError          **error);
gboolean         waymark_store_save             (WaymarkStore     *self,
                                                 WaymarkRecord    *record,
                                                 GError          **error);
WaymarkDeletion *waymark_store_delete           (WaymarkStore     *self,
                                                 WaymarkRecord    *record,
                                                 GError          **error);
gboolean         waymark_store_undo_delete      (WaymarkStore     *self,
                                                 WaymarkDeletion  *deletion,
                                                 GError          **error);
gboolean         waymark_store_move             (WaymarkStore     *self,
                                                 WaymarkRecord    *record,
                                                 guint             new_index,
                                                 GError          **error);
void             waymark_deletion_free          (WaymarkDeletion  *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkDeletion, waymark_deletion_free)

/* The daily routine's record of days done (waymark-store-routine.c). */
gboolean         waymark_store_set_routine_done (WaymarkStore     *self,
                                                 gint64            routine_item_id,
                                                 const GDate      *day,
                                                 gboolean          done,
                                                 GError          **error);
GArray          *waymark_store_list_routine_days (WaymarkStore    *self,
                                                 gint64            routine_item_id,
                                                 GError          **error);
GHashTable      *waymark_store_list_all_routine_days (WaymarkStore *self,
                                                 GError          **error);
GArray          *waymark_store_list_routine_done_on (WaymarkStore *self,
                                                 const GDate      *day,
                                                 GError          **error);

/* Tags on wellness tools, such as "calming" (waymark-store-tags.c). */
char           **waymark_store_get_tags         (WaymarkStore     *self,
                                                 gint64            plan_entry_id,
                                                 GError          **error);
gboolean         waymark_store_set_tags         (WaymarkStore     *self,
                                                 gint64            plan_entry_id,
                                                 const char * const *tags,
                                                 GError          **error);

/* The check-in journal (waymark-store-journal.c). */
typedef struct
{
  const char *search;   /* words the note must contain; NULL or "" for any */
  const char *tag;      /* an activity tag; NULL for any */
  const char *from;     /* the first local day, "YYYY-MM-DD"; NULL for no limit */
  const char *to;       /* the last local day; NULL for no limit */
} WaymarkJournalFilter;

gboolean               waymark_store_save_checkin         (WaymarkStore                *self,
                                                           WaymarkCheckin              *checkin,
                                                           const WaymarkCheckinDetails *details,
                                                           GError                     **error);
WaymarkCheckinDetails *waymark_store_load_checkin_details (WaymarkStore                *self,
                                                           gint64                       checkin_id,
                                                           GError                     **error);
GArray                *waymark_store_list_checkin_ids     (WaymarkStore                *self,
                                                           const WaymarkJournalFilter  *filter,
                                                           GError                     **error);
char                 **waymark_store_get_checkin_tags     (WaymarkStore                *self,
                                                           gint64                       checkin_id,
                                                           GError                     **error);
char                 **waymark_store_list_checkin_tags    (WaymarkStore                *self,
                                                           GError                     **error);
WaymarkDaySeries      *waymark_store_load_day_series      (WaymarkStore                *self,
                                                           GError                     **error);
void                   waymark_store_load_day_series_async (WaymarkStore               *self,
                                                            GCancellable               *cancellable,
                                                            GAsyncReadyCallback         callback,
                                                            gpointer                    user_data);
WaymarkDaySeries      *waymark_store_load_day_series_finish (WaymarkStore              *self,
                                                             GAsyncResult              *result,
                                                             GError                   **error);
WaymarkDaySeries      *waymark_store_peek_day_series      (WaymarkStore                *self);
char                  *waymark_store_find_sign_in_notes   (WaymarkStore                *self,
                                                           const char                  *since,
                                                           char                       **day,
                                                           GError                     **error);

G_END_DECLS
