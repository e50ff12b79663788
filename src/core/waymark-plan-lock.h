/* waymark-plan-lock.h: one writer for a plan, across windows, processes
 * and workstations
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * WaymarkPlanLockChoice:
 * @WAYMARK_PLAN_LOCK_ASK: refuse with %WAYMARK_STORE_ERROR_LOCKED when the
 *   plan is open somewhere else, so the person can be asked
 * @WAYMARK_PLAN_LOCK_READ_ONLY: open it for reading only
 * @WAYMARK_PLAN_LOCK_TAKE_OVER: take it over; the other one stops saving
 */
typedef enum
{
  WAYMARK_PLAN_LOCK_ASK,
  WAYMARK_PLAN_LOCK_READ_ONLY,
  WAYMARK_PLAN_LOCK_TAKE_OVER,
} WaymarkPlanLockChoice;

/**
 * WaymarkPlanLockOwner:
 * @host: the computer's name
 * @user: the account's login name
 * @pid: the process
 * @since: (nullable): when it opened the plan
 * @token: unique to that one opening of the plan
 *
 * Who has a plan open, as written in its lock file.
 */
typedef struct
{
  char      *host;
  char      *user;
  gint64     pid;
  GDateTime *since;
  char      *token;
} WaymarkPlanLockOwner;

void                  waymark_plan_lock_owner_free     (WaymarkPlanLockOwner *owner);
WaymarkPlanLockOwner *waymark_plan_lock_owner_copy     (const WaymarkPlanLockOwner *owner);
gboolean              waymark_plan_lock_owner_is_this_host (const WaymarkPlanLockOwner *owner);
char                 *waymark_plan_lock_owner_describe (const WaymarkPlanLockOwner *owner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkPlanLockOwner, waymark_plan_lock_owner_free)

#define WAYMARK_TYPE_PLAN_LOCK (waymark_plan_lock_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanLock, waymark_plan_lock, WAYMARK, PLAN_LOCK, GObject)

char                 *waymark_plan_lock_path_for    (const char             *plan_path);
WaymarkPlanLockOwner *waymark_plan_lock_read_owner  (const char             *plan_path);
WaymarkPlanLock      *waymark_plan_lock_acquire     (const char             *plan_path,
                                                     WaymarkPlanLockChoice   choice,
                                                     GError                **error);
gboolean              waymark_plan_lock_retake      (WaymarkPlanLock        *self,
                                                     GError                **error);
gboolean              waymark_plan_lock_get_read_only (WaymarkPlanLock      *self);
gboolean              waymark_plan_lock_get_taken_over (WaymarkPlanLock     *self);
const WaymarkPlanLockOwner *waymark_plan_lock_get_other (WaymarkPlanLock    *self);
char                 *waymark_plan_lock_dup_message (WaymarkPlanLock        *self);
gboolean              waymark_plan_lock_check       (WaymarkPlanLock        *self,
                                                     GError                **error);
void                  waymark_plan_lock_release     (WaymarkPlanLock        *self);

G_END_DECLS
