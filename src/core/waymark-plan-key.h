/* waymark-plan-key.h: the key that opens a protected plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See waymark-plan-protection.h for what a protected plan is. Errors are
 * WAYMARK_STORE_ERROR_WRONG_PASSPHRASE for a passphrase, recovery key or
 * remembered key that does not open the plan, DAMAGED for a damaged
 * header, TOO_NEW for a newer format; the file is never changed.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _WaymarkPlanKey WaymarkPlanKey;   /* boxed, refcounted; the data key in locked memory */
#define WAYMARK_TYPE_PLAN_KEY (waymark_plan_key_get_type ())
GType           waymark_plan_key_get_type      (void) G_GNUC_CONST;
WaymarkPlanKey *waymark_plan_key_ref           (WaymarkPlanKey *key);
void            waymark_plan_key_unref         (WaymarkPlanKey *key);   /* zeroes the key when the last ref goes */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkPlanKey, waymark_plan_key_unref)

/* Whether @path is a protected plan (reads its first bytes only; FALSE for a
 * missing file or a plain plan). */
gboolean        waymark_plan_is_protected      (const char *path);

/* Derives the key from @passphrase (Argon2id, about half a second: call it
 * from a thread, e.g. g_task_run_in_thread) and checks it against the file.
 * Never locks anyone out: any number of tries. */
WaymarkPlanKey *waymark_plan_key_unlock        (const char *path,
                                                const char *passphrase,
                                                GError    **error);
/* The same with the recovery key (as shown: groups separated by '-' or spaces,
 * case and separators ignored). */
WaymarkPlanKey *waymark_plan_key_unlock_with_recovery_key (const char *path,
                                                const char *recovery_key,
                                                GError    **error);

/* For "Remember on this computer": the key as a string to keep in the
 * desktop keyring (libsecret), and back. _from_secret checks it against the
 * file and fails with WRONG_PASSPHRASE if it no longer fits (the passphrase
 * was changed). */
char           *waymark_plan_key_dup_secret    (WaymarkPlanKey *key);
WaymarkPlanKey *waymark_plan_key_new_from_secret (const char *path,
                                                const char *secret,
                                                GError    **error);

G_END_DECLS
