/* waymark-plan-protection-tasks.h: the slow steps of a protected plan
 * (deriving a key takes about half a second) in a worker thread
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "waymark-plan-protection.h"

G_BEGIN_DECLS

/**
 * WaymarkPlanProtectionStep:
 * @WAYMARK_PLAN_UNLOCK: check a passphrase (@secret) and return its key
 * @WAYMARK_PLAN_UNLOCK_WITH_RECOVERY_KEY: the same with the recovery key
 * @WAYMARK_PLAN_PROTECT: protect a plain, closed plan with @new_passphrase
 * @WAYMARK_PLAN_CHANGE_PASSPHRASE: check @secret, then protect with
 *   @new_passphrase instead (a new recovery key)
 * @WAYMARK_PLAN_UNPROTECT: check @secret, then make the closed plan plain
 */
typedef enum
{
  WAYMARK_PLAN_UNLOCK,
  WAYMARK_PLAN_UNLOCK_WITH_RECOVERY_KEY,
  WAYMARK_PLAN_PROTECT,
  WAYMARK_PLAN_CHANGE_PASSPHRASE,
  WAYMARK_PLAN_UNPROTECT,
} WaymarkPlanProtectionStep;

void     waymark_plan_protection_run_async  (const char                *path,
                                             WaymarkPlanProtectionStep  step,
                                             const char                *secret,
                                             const char                *new_passphrase,
                                             GCancellable              *cancellable,
                                             GAsyncReadyCallback        callback,
                                             gpointer                   user_data);
gboolean waymark_plan_protection_run_finish (GAsyncResult              *result,
                                             WaymarkPlanKey           **key,
                                             char                     **recovery_key,
                                             GError                   **error);

G_END_DECLS
