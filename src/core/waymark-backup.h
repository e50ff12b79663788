/* waymark-backup.h: automatic, consistent copies of a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_BACKUP_ERROR (waymark_backup_error_quark ())

/**
 * WaymarkBackupError:
 * @WAYMARK_BACKUP_ERROR_SHARED_LOCATION: the backups folder would be in a
 *   cloud-synced or network folder nobody chose for them
 * @WAYMARK_BACKUP_ERROR_NOT_A_BACKUP: the file is not a readable Waymark plan
 * @WAYMARK_BACKUP_ERROR_FAILED: copying failed; the message says why
 */
typedef enum
{
  WAYMARK_BACKUP_ERROR_SHARED_LOCATION,
  WAYMARK_BACKUP_ERROR_NOT_A_BACKUP,
  WAYMARK_BACKUP_ERROR_FAILED,
} WaymarkBackupError;

/* How long after the last backup a new one is made, and how many are kept. */
#define WAYMARK_BACKUP_INTERVAL (24 * G_TIME_SPAN_HOUR)
#define WAYMARK_BACKUP_KEEP_DAILY  7
#define WAYMARK_BACKUP_KEEP_WEEKLY 4

/* One backup, as read from the file itself. */
typedef struct
{
  char      *path;
  GDateTime *time;            /* when it was made, from its name */
  goffset    size;
  gboolean   before_restore;  /* made just before a restore replaced the plan */
  gboolean   readable;        /* FALSE: damaged or not a plan; the counts are 0 */
  guint      n_goals;
  guint      n_checkins;
  char      *last_checkin;    /* "YYYY-MM-DD", or NULL when there is none */
} WaymarkBackupInfo;

GQuark             waymark_backup_error_quark        (void);
void               waymark_backup_info_free          (WaymarkBackupInfo  *info);
WaymarkBackupInfo *waymark_backup_info_read          (const char         *path,
                                                      GError            **error);

gboolean           waymark_backup_copy_database      (sqlite3            *db,
                                                      const char         *out_path,
                                                      GError            **error);
gboolean           waymark_backup_plan_file          (const char         *plan_path,
                                                      const char         *out_path,
                                                      GError            **error);
gboolean           waymark_store_backup              (WaymarkStore       *store,
                                                      const char         *out_path,
                                                      GError            **error);

char              *waymark_backup_folder_for_plan    (const char         *plan_path);
gboolean           waymark_backup_check_location     (const char         *folder,
                                                      GError            **error);
char              *waymark_backup_file_name          (GDateTime          *time,
                                                      gboolean            before_restore);
GDateTime         *waymark_backup_parse_file_name    (const char         *basename,
                                                      gboolean           *before_restore);
GPtrArray         *waymark_backup_list               (const char         *folder);
GDateTime         *waymark_backup_newest_time        (const char         *folder);

GArray            *waymark_backup_select_pruned      (GPtrArray          *times,
                                                      GTimeZone          *zone);
guint              waymark_backup_prune              (const char         *folder,
                                                      GTimeZone          *zone);

char              *waymark_backup_make               (WaymarkStore       *store,
                                                      GDateTime          *now,
                                                      gboolean            before_restore,
                                                      GError            **error);
char              *waymark_backup_run_if_due         (WaymarkStore       *store,
                                                      GDateTime          *now,
                                                      GError            **error);

gboolean           waymark_backup_restore_to_file    (const char         *backup_path,
                                                      const char         *out_path,
                                                      GError            **error);
gboolean           waymark_backup_restore_into_store (WaymarkStore       *store,
                                                      const char         *backup_path,
                                                      char              **saved_first,
                                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkBackupInfo, waymark_backup_info_free)

G_END_DECLS
