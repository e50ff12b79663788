/* waymark-plan-protection-tasks.c: the slow steps of a protected plan
 * (deriving a key takes about half a second) in a worker thread
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-protection"

#include "config.h"

#include <string.h>

#include "waymark-plan-protection-tasks.h"

/* The window stays responsive (a spinner turns) while a key is derived;
 * passphrases are wiped from memory as soon as the step is done. */

typedef struct
{
  char                      *path;
  WaymarkPlanProtectionStep  step;
  char                      *secret;
  char                      *new_passphrase;
  /* Out */
  WaymarkPlanKey            *key;
  char                      *recovery_key;
} Step;

static void
wipe (char *text)
{
  if (text != NULL)
    {
      volatile char *p = text;

      while (*p != '\0')
        *p++ = '\0';
      g_free (text);
    }
}

static void
step_free (Step *step)
{
  g_free (step->path);
  wipe (step->secret);
  wipe (step->new_passphrase);
  g_clear_pointer (&step->key, waymark_plan_key_unref);
  wipe (step->recovery_key);
  g_free (step);
}

static void
run_step (GTask        *task,
          gpointer      source,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Step *step = task_data;
  g_autoptr(WaymarkPlanKey) old_key = NULL;
  GError *error = NULL;
  gboolean ok = FALSE;

  switch (step->step)
    {
    case WAYMARK_PLAN_UNLOCK:
      step->key = waymark_plan_key_unlock (step->path, step->secret, &error);
      ok = step->key != NULL;
      break;

    case WAYMARK_PLAN_UNLOCK_WITH_RECOVERY_KEY:
      step->key = waymark_plan_key_unlock_with_recovery_key (step->path, step->secret, &error);
      ok = step->key != NULL;
      break;

    case WAYMARK_PLAN_PROTECT:
      ok = waymark_plan_protect (step->path, step->new_passphrase, &step->recovery_key, &step->key, &error);
      break;

    case WAYMARK_PLAN_CHANGE_PASSPHRASE:
      old_key = waymark_plan_key_unlock (step->path, step->secret, &error);
      ok = old_key != NULL &&
           waymark_plan_change_passphrase (step->path, old_key, step->new_passphrase,
                                           &step->recovery_key, &step->key, &error);
      break;

    case WAYMARK_PLAN_UNPROTECT:
      old_key = waymark_plan_key_unlock (step->path, step->secret, &error);
      ok = old_key != NULL && waymark_plan_unprotect (step->path, old_key, &error);
      break;
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * waymark_plan_protection_run_async:
 * @path: the plan file (closed, for the steps that rewrite it)
 * @step: what to do
 * @secret: (nullable): the passphrase or recovery key that opens it now
 * @new_passphrase: (nullable): the passphrase to protect it with
 *
 * Runs @step in a worker thread. Unlocking registers nothing: the caller
 * adds the key (waymark_plan_keys_add ()) once it means to open the plan.
 */
void
waymark_plan_protection_run_async (const char                *path,
                                   WaymarkPlanProtectionStep  step,
                                   const char                *secret,
                                   const char                *new_passphrase,
                                   GCancellable              *cancellable,
                                   GAsyncReadyCallback        callback,
                                   gpointer                   user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Step *data = g_new0 (Step, 1);

  g_return_if_fail (path != NULL);

  data->path = g_strdup (path);
  data->step = step;
  data->secret = g_strdup (secret);
  data->new_passphrase = g_strdup (new_passphrase);
  g_task_set_source_tag (task, waymark_plan_protection_run_async);
  g_task_set_name (task, "[waymark] plan protection");
  g_task_set_task_data (task, data, (GDestroyNotify) step_free);
  g_task_run_in_thread (task, run_step);
}

/**
 * waymark_plan_protection_run_finish:
 * @key: (out) (optional) (transfer full): the key that opens the plan now
 * @recovery_key: (out) (optional) (transfer full): after protecting or a
 *   change of passphrase, the new recovery key, to show once
 *
 * Returns: whether the step was done
 */
gboolean
waymark_plan_protection_run_finish (GAsyncResult    *result,
                                    WaymarkPlanKey **key,
                                    char           **recovery_key,
                                    GError         **error)
{
  Step *step;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  step = g_task_get_task_data (G_TASK (result));
  if (key != NULL)
    *key = g_steal_pointer (&step->key);
  if (recovery_key != NULL)
    *recovery_key = g_steal_pointer (&step->recovery_key);

  return TRUE;
}
