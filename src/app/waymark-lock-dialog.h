/* waymark-lock-dialog.h: asking what to do with a plan open elsewhere
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-plan-lock.h"

G_BEGIN_DECLS

/* @choice is %WAYMARK_PLAN_LOCK_ASK when the person cancelled. */
typedef void (*WaymarkLockDialogCallback) (WaymarkPlanLockChoice  choice,
                                           gpointer               user_data);

void waymark_lock_dialog_ask               (GtkWindow                 *parent,
                                            const char                *path,
                                            WaymarkLockDialogCallback  callback,
                                            gpointer                   user_data);
void waymark_lock_dialog_confirm_take_over (GtkWindow                 *parent,
                                            const char                *path,
                                            WaymarkLockDialogCallback  callback,
                                            gpointer                   user_data);

G_END_DECLS
