/* waymark-sample-plan.c: the sample plan a person can look around in,
 * kept in a temporary folder that goes when it is closed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sample-plan"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "waymark-plan-lock.h"
#include "waymark-sample-data.h"
#include "waymark-sample-plan.h"

/* "Look Around With a Sample Plan" writes Sam Sample's plan into a
 * folder of its own under the temporary folder ($TMPDIR), 0700. The
 * plan, its -wal and -shm, its lock file and anything else SQLite or
 * Waymark put beside it live only there, and the whole folder goes when
 * the sample is discarded (its window closes, or shows another plan).
 *
 * The sample is never backed up and never anyone's default plan: the
 * paths of the samples alive in this process are kept here, and
 * waymark_sample_plan_is_sample () answers for them. A folder left by a
 * Waymark that was killed is removed the next time Waymark starts
 * (waymark_sample_plan_clean_stale ()). */

#define FOLDER_PREFIX "waymark-sample-"

struct _WaymarkSamplePlan
{
  GObject parent_instance;

  char *folder;
  char *path;
};

G_DEFINE_FINAL_TYPE (WaymarkSamplePlan, waymark_sample_plan, G_TYPE_OBJECT)

static GMutex samples_lock;
static GHashTable *samples;     /* path → WaymarkSamplePlan (unowned) */

static void
register_sample (WaymarkSamplePlan *self)
{
  g_mutex_lock (&samples_lock);
  if (samples == NULL)
    samples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (samples, g_strdup (self->path), self);
  g_mutex_unlock (&samples_lock);
}

static void
unregister_sample (WaymarkSamplePlan *self)
{
  g_mutex_lock (&samples_lock);
  if (samples != NULL && self->path != NULL &&
      g_hash_table_lookup (samples, self->path) == self)
    g_hash_table_remove (samples, self->path);
  g_mutex_unlock (&samples_lock);
}

/* Everything in @folder (no subfolders are ever made there), then the
 * folder itself. */
static gboolean
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (folder, name, NULL);

        if (g_unlink (file) != 0 && errno != ENOENT)
          g_warning ("Could not remove %s: %s", file, g_strerror (errno));
      }

  if (g_rmdir (folder) != 0 && errno != ENOENT)
    {
      g_warning ("Could not remove the sample plan’s folder %s: %s", folder, g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

static void
waymark_sample_plan_finalize (GObject *object)
{
  WaymarkSamplePlan *self = WAYMARK_SAMPLE_PLAN (object);

  waymark_sample_plan_discard (self);
  g_free (self->folder);
  g_free (self->path);

  G_OBJECT_CLASS (waymark_sample_plan_parent_class)->finalize (object);
}

static void
waymark_sample_plan_class_init (WaymarkSamplePlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = waymark_sample_plan_finalize;
}

static void
waymark_sample_plan_init (WaymarkSamplePlan *self)
{
}

/**
 * waymark_sample_plan_new:
 * @days: how many days of history the sample has
 * @error: return location for an error
 *
 * Writes the fictional sample plan into a new temporary folder. The
 * folder and everything in it are removed when the returned object is
 * discarded or freed.
 *
 * Returns: (transfer full) (nullable): the sample, or %NULL with @error
 */
WaymarkSamplePlan *
waymark_sample_plan_new (guint    days,
                         GError **error)
{
  g_autoptr(WaymarkSamplePlan) self = g_object_new (WAYMARK_TYPE_SAMPLE_PLAN, NULL);
  g_autoptr(GError) local_error = NULL;

  self->folder = g_dir_make_tmp (FOLDER_PREFIX "XXXXXX", &local_error);
  if (self->folder == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s says why, such as "No space left on device". */
                   _("The sample plan could not be made: %s"), local_error->message);
      return NULL;
    }

  /* Translators: the file name of the temporary sample plan; keep the .waymark ending. */
  self->path = g_build_filename (self->folder, _("Sample plan.waymark"), NULL);
  register_sample (self);

  if (!waymark_sample_data_write_file (self->path, days, NULL, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The sample plan could not be made: %s"), local_error->message);
      return NULL;   /* finalize removes the folder */
    }

  return g_steal_pointer (&self);
}

static void
new_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  WaymarkSamplePlan *self = waymark_sample_plan_new (GPOINTER_TO_UINT (task_data), &error);

  if (self != NULL)
    g_task_return_pointer (task, self, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * waymark_sample_plan_new_async:
 *
 * waymark_sample_plan_new () in a worker thread.
 */
void
waymark_sample_plan_new_async (guint                days,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, waymark_sample_plan_new_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (days), NULL);
  g_task_run_in_thread (task, new_thread);
}

WaymarkSamplePlan *
waymark_sample_plan_new_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
waymark_sample_plan_get_path (WaymarkSamplePlan *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAMPLE_PLAN (self), NULL);

  return self->path;
}

const char *
waymark_sample_plan_get_folder (WaymarkSamplePlan *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAMPLE_PLAN (self), NULL);

  return self->folder;
}

/**
 * waymark_sample_plan_discard:
 *
 * Removes the sample's folder and everything in it: the plan, its -wal,
 * -shm and lock files. The plan should be closed first. Safe to call
 * twice.
 */
void
waymark_sample_plan_discard (WaymarkSamplePlan *self)
{
  g_return_if_fail (WAYMARK_IS_SAMPLE_PLAN (self));

  unregister_sample (self);
  if (self->folder != NULL)
    remove_folder (self->folder);
  g_clear_pointer (&self->folder, g_free);
}

/**
 * waymark_sample_plan_is_sample:
 * @plan_path: a plan file
 *
 * Returns: whether @plan_path is a sample plan of this process, which is
 *   never backed up and never anyone's own plan
 */
gboolean
waymark_sample_plan_is_sample (const char *plan_path)
{
  gboolean found;

  if (plan_path == NULL)
    return FALSE;

  g_mutex_lock (&samples_lock);
  found = samples != NULL && g_hash_table_contains (samples, plan_path);
  g_mutex_unlock (&samples_lock);

  return found;
}

/**
 * waymark_sample_plan_discard_all:
 *
 * Removes the folders of every sample still alive in this process, as
 * Waymark quits (a window that was never closed still owns one).
 */
void
waymark_sample_plan_discard_all (void)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_mutex_lock (&samples_lock);
  if (samples != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, samples);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (all, g_object_ref (value));
    }
  g_mutex_unlock (&samples_lock);

  for (guint i = 0; i < all->len; i++)
    waymark_sample_plan_discard (all->pdata[i]);
}

/* Whether a sample folder still belongs to a running Waymark: its plan's
 * lock names a live process on this computer. */
static gboolean
folder_in_use (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *plan = NULL;
      g_autoptr(WaymarkPlanLockOwner) owner = NULL;

      if (!g_str_has_suffix (name, ".waymark") || name[0] == '.')
        continue;

      plan = g_build_filename (folder, name, NULL);
      owner = waymark_plan_lock_read_owner (plan);
      if (owner != NULL &&
          (!waymark_plan_lock_owner_is_this_host (owner) ||
           owner->pid <= 0 || kill ((pid_t) owner->pid, 0) == 0 || errno == EPERM))
        return TRUE;
    }

  return FALSE;
}

/**
 * waymark_sample_plan_clean_stale:
 *
 * Removes the sample folders of this account left in the temporary
 * folder by a Waymark that stopped without closing them (killed, or the
 * computer lost power), keeping those a running Waymark still has open.
 *
 * Returns: how many folders were removed
 */
guint
waymark_sample_plan_clean_stale (void)
{
  const char *tmp = g_get_tmp_dir ();
  g_autoptr(GDir) dir = g_dir_open (tmp, 0, NULL);
  const char *name;
  guint removed = 0;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *folder = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, FOLDER_PREFIX))
        continue;

      folder = g_build_filename (tmp, name, NULL);
      if (g_lstat (folder, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_uid != getuid ())
        continue;

      /* Just made by another Waymark that is writing it. */
      if (st.st_mtime > (g_get_real_time () / G_USEC_PER_SEC) - 60)
        continue;

      if (folder_in_use (folder))
        continue;

      if (remove_folder (folder))
        removed++;
    }

  return removed;
}
