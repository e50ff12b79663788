/* waymark-store-lock.c: the store's side of one writer per plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include "waymark-sqlite.h"
#include "waymark-store-private.h"

/* A plan opened read-only, or one another took over, also has SQLite
 * refuse writes (query_only), so nothing can slip past the check below;
 * and it gives up SQLite's file lock, which on a network share it would
 * otherwise keep (locking_mode=EXCLUSIVE) while the new holder waits. */
static void
stop_writing (WaymarkStore *self)
{
  sqlite3 *db = waymark_store_get_db (self);

  if (db == NULL)
    return;

  sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  sqlite3_exec (db, "PRAGMA locking_mode = NORMAL; SELECT count(*) FROM sqlite_schema",
                NULL, NULL, NULL);
}

/* The lock file is also looked at every few seconds while the program
 * is idle, so a window whose plan was taken over says so at once, and
 * on a network share lets go of SQLite's lock before the new holder's
 * wait for it (BUSY_TIMEOUT_MS) runs out. */
#define WATCH_INTERVAL_S 2

static gboolean
watch_lock_cb (gpointer user_data)
{
  g_autoptr(WaymarkStore) self = g_weak_ref_get (user_data);
  sqlite3 *db;

  if (self == NULL || (db = waymark_store_get_db (self)) == NULL ||
      waymark_store_is_read_only (self))
    return G_SOURCE_REMOVE;

  /* Never in the middle of a transaction: the next one checks anyway. */
  if (sqlite3_get_autocommit (db))
    waymark_store_lock_check (self, NULL);

  return G_SOURCE_CONTINUE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

gboolean
waymark_store_lock_opened (WaymarkStore  *self,
                           GError       **error)
{
  GWeakRef *ref;

  /* A new plan in a new folder: the lock file can be made only now. */
  if (!waymark_plan_lock_retake (waymark_store_get_lock (self), error))
    return FALSE;

  if (waymark_store_is_read_only (self))
    {
      stop_writing (self);
      return TRUE;
    }

  /* The store is opened in a worker thread and used on the main one;
   * the watch runs there (the default main context). */
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  g_timeout_add_seconds_full (G_PRIORITY_LOW, WATCH_INTERVAL_S, watch_lock_cb, ref, weak_ref_free);

  return TRUE;
}

/* Before each outer transaction: one stat of the lock file. */
gboolean
waymark_store_lock_check (WaymarkStore  *self,
                          GError       **error)
{
  WaymarkPlanLock *lock = waymark_store_get_lock (self);
  gboolean was_read_only = waymark_store_is_read_only (self);

  if (waymark_plan_lock_check (lock, error))
    return TRUE;

  if (!was_read_only)
    stop_writing (self);

  return FALSE;
}

/**
 * waymark_store_is_read_only:
 * @self: the store
 *
 * Returns: whether this store may not write: the plan was opened
 *   read-only, or it was taken over elsewhere since (the store's
 * #WaymarkPlanLock notifies #WaymarkPlanLock:read-only then, at the first
 *   write that finds out)
 */
gboolean
waymark_store_is_read_only (WaymarkStore *self)
{
  WaymarkPlanLock *lock;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  lock = waymark_store_get_lock (self);
  return lock != NULL && waymark_plan_lock_get_read_only (lock);
}

typedef struct {
  char                  *path;
  WaymarkStoreOpenMode   mode;
  WaymarkPlanLockChoice  choice;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;

  store = waymark_store_open_full (data->path, data->mode, data->choice, &error);
  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, store, g_object_unref);
}

/**
 * waymark_store_open_full_async:
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @choice: what to do when the plan is open elsewhere
 * @io_priority: the priority at which @callback is called: below
 *   %GDK_PRIORITY_REDRAW (such as %G_PRIORITY_DEFAULT_IDLE), a frame
 *   already due is painted before the plan is handed over
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Opens a plan in a worker thread: checking a large plan's integrity
 * takes time that the window's first frame should not wait for. The
 * store's connection is then used from the main thread only.
 */
void
waymark_store_open_full_async (const char            *path,
                               WaymarkStoreOpenMode   mode,
                               WaymarkPlanLockChoice  choice,
                               int                    io_priority,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (path != NULL && *path != '\0');

  data = g_new0 (OpenData, 1);
  data->path = g_strdup (path);
  data->mode = mode;
  data->choice = choice;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_store_open_full_async);
  g_task_set_priority (task, io_priority);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * waymark_store_open_async:
 *
 * As waymark_store_open_full_async() with %WAYMARK_PLAN_LOCK_ASK.
 */
void
waymark_store_open_async (const char            *path,
                          WaymarkStoreOpenMode   mode,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  waymark_store_open_full_async (path, mode, WAYMARK_PLAN_LOCK_ASK, G_PRIORITY_DEFAULT,
                                 cancellable, callback, user_data);
}

/**
 * waymark_store_open_finish:
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
WaymarkStore *
waymark_store_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
