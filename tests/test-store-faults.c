/* test-store-faults.c: a full disk and a failing disk lose nothing
 * that was saved, say what to do, and let the same change be saved
 * again once the disk is back
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with tests/fault-shim.c preloaded (meson sets LD_PRELOAD), which
 * fails writes and syncs on request. The full-disk test also runs on a
 * real, small tmpfs when this machine lets a test mount one (as root, or
 * in a user namespace); otherwise it says why and fills the disk through
 * the shim instead.
 */

#include "config.h"

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "waymark-goal.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

#define FAULT_ON_WRITE 1
#define FAULT_ON_SYNC  2

typedef void (*FaultSetFunc)   (const char *dir, int errno_value, long after, unsigned on);
typedef long (*FaultCountFunc) (void);

static FaultSetFunc fault_set;
static FaultCountFunc fault_count;

static void
require_shim (void)
{
  fault_set = (FaultSetFunc) dlsym (RTLD_DEFAULT, "waymark_fault_set");
  fault_count = (FaultCountFunc) dlsym (RTLD_DEFAULT, "waymark_fault_count");

  /* Not a skip: without the shim these tests would prove nothing. */
  if (fault_set == NULL || fault_count == NULL)
    g_error ("tests/fault-shim.c is not preloaded (LD_PRELOAD=%s); run this test from meson test",
             g_getenv ("LD_PRELOAD"));
}

static WaymarkRecord *
new_goal (const char *title)
{
  WaymarkRecord *goal = WAYMARK_RECORD (waymark_goal_new ());

  waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, title);
  return goal;
}

/* A plan with @n goals saved, each in its own transaction. */
static WaymarkStore *
plan_with_goals (const char *path,
                 guint       n)
{
  g_autoptr(GError) error = NULL;
  WaymarkStore *store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Saved goal %u", i + 1);
      g_autoptr(WaymarkRecord) goal = new_goal (title);

      g_assert_true (waymark_store_save (store, goal, &error));
      g_assert_no_error (error);
    }

  return store;
}

/* Reopens the plan and checks it is whole and holds every saved goal. */
static void
assert_plan_intact (const char *path,
                    guint       n_saved,
                    const char *retried)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  db = waymark_store_get_db (store);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  g_assert_cmpint (waymark_test_count_rows (store,
                                            "SELECT count(*) FROM goal WHERE title LIKE 'Saved goal %'"),
                   ==, n_saved);
  if (retried != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM goal WHERE title = '%s'", retried);

      g_assert_cmpint (waymark_test_count_rows (store, sql), ==, 1);
    }
}

/* The change fails with @expected_code; once the disk is back, saving
 * the very same record (what the editor still holds) keeps it. */
static void
check_failed_save_then_retry (int      errno_value,
                              unsigned on,
                              int      expected_code,
                              const char *expected_words)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = plan_with_goals (path, 20);
  g_autoptr(WaymarkRecord) goal = new_goal ("Typed while the disk failed");
  g_autoptr(GError) error = NULL;

  fault_set (tmp, errno_value, 0, on);
  g_assert_false (waymark_store_save (store, goal, &error));
  g_assert_cmpint (fault_count (), >, 0);
  g_assert_error (error, WAYMARK_STORE_ERROR, expected_code);
  g_assert_nonnull (strstr (error->message, expected_words));
  g_assert_nonnull (strstr (error->message, "still here"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* The record is new again, holding what was typed. */
  g_assert_cmpint (waymark_record_get_id (goal), ==, 0);

  fault_set (NULL, 0, 0, 0);
  g_assert_true (waymark_store_save (store, goal, &error));
  g_assert_no_error (error);
  waymark_store_close (store);

  assert_plan_intact (path, 20, "Typed while the disk failed");
  waymark_test_remove_tree (tmp);
}

static void
test_write_enospc (void)
{
  check_failed_save_then_retry (ENOSPC, FAULT_ON_WRITE, WAYMARK_STORE_ERROR_DISK_FULL, "is full");
}

static void
test_sync_enospc (void)
{
  check_failed_save_then_retry (ENOSPC, FAULT_ON_SYNC, WAYMARK_STORE_ERROR_DISK_FULL, "is full");
}

static void
test_write_eio (void)
{
  check_failed_save_then_retry (EIO, FAULT_ON_WRITE, WAYMARK_STORE_ERROR_IO, "could not be written");
}

static void
test_sync_eio (void)
{
  check_failed_save_then_retry (EIO, FAULT_ON_SYNC, WAYMARK_STORE_ERROR_IO, "could not be written");
}

/* Writes that fail part-way through a run of saves: each save either
 * keeps everything or nothing, and every one that said so is there. */
static void
test_fail_after_some_writes (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = plan_with_goals (path, 5);
  guint saved = 5;
  gboolean failed = FALSE;

  fault_set (tmp, ENOSPC, 7, FAULT_ON_WRITE | FAULT_ON_SYNC);
  for (guint i = 5; i < 40 && !failed; i++)
    {
      g_autofree char *title = g_strdup_printf ("Saved goal %u", i + 1);
      g_autoptr(WaymarkRecord) goal = new_goal (title);
      g_autoptr(GError) error = NULL;

      if (waymark_store_save (store, goal, &error))
        saved++;
      else
        {
          g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_DISK_FULL);
          failed = TRUE;
        }
    }
  g_assert_true (failed);
  g_test_message ("%u goals saved before the disk filled", saved);

  fault_set (NULL, 0, 0, 0);
  waymark_store_close (store);
  assert_plan_intact (path, saved, NULL);
  waymark_test_remove_tree (tmp);
}

/* Opening a plan on a full disk says so, and changes nothing. */
static void
test_open_on_full_disk (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkStore *store = plan_with_goals (path, 3);

  g_object_unref (store);
  before = waymark_test_checksum_file (path);

  fault_set (tmp, ENOSPC, 0, FAULT_ON_WRITE | FAULT_ON_SYNC);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  fault_set (NULL, 0, 0, 0);

  g_assert_null (store);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_DISK_FULL);
  g_assert_null (strstr (error->message, "disk I/O error"));
  g_test_message ("%s", error->message);

  after = waymark_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  assert_plan_intact (path, 3, NULL);
  waymark_test_remove_tree (tmp);
}

/* Fills the disk under @dir with a file until no byte more fits. */
static char *
fill_disk (const char *dir)
{
  char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096];
  int fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gsize total = 0;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  for (;;)
    {
      gssize n = write (fd, block, sizeof block);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
      total += n;
    }
  /* The last bytes that fit. */
  while (write (fd, block, 1) == 1)
    total++;
  g_close (fd, NULL);
  g_test_message ("filled the disk with %" G_GSIZE_FORMAT " bytes", total);

  return filler;
}

/* The full-disk run itself, in @dir: on a real tmpfs (@real) the disk is
 * filled with a file, else the shim says every write finds it full. */
static void
run_disk_full (const char *dir,
               gboolean    real)
{
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autofree char *filler = NULL;
  g_autoptr(WaymarkStore) store = plan_with_goals (path, 10);
  g_autoptr(WaymarkRecord) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_title = g_string_new ("Typed on a full disk ");

  /* More than the log has room for already, so it must grow. */
  for (guint i = 0; i < 64; i++)
    g_string_append (long_title, "and on and on, ");
  goal = new_goal ("Typed on a full disk");
  waymark_record_set_text (goal, WAYMARK_GOAL_TARGET, long_title->str);

  if (real)
    filler = fill_disk (dir);
  else
    fault_set (dir, ENOSPC, 0, FAULT_ON_WRITE | FAULT_ON_SYNC);

  g_assert_false (waymark_store_save (store, goal, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "Free some space"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  if (real)
    g_assert_cmpint (g_unlink (filler), ==, 0);
  else
    fault_set (NULL, 0, 0, 0);

  g_assert_true (waymark_store_save (store, goal, &error));
  g_assert_no_error (error);
  waymark_store_close (store);

  assert_plan_intact (path, 10, "Typed on a full disk");
}

/* In a fresh process (--tmpfs-child DIR): a mount namespace of its own,
 * a 2 MB tmpfs on DIR, and the run. Exit 77 with the reason on stdout
 * when no tmpfs can be mounted here. */
static int
tmpfs_child (const char *dir)
{
  g_autofree char *why = NULL;

  if (!waymark_test_mount_private_tmpfs (dir, "2m", &why))
    {
      printf ("%s\n", why);
      return 77;
    }

  require_shim ();
  run_disk_full (dir, TRUE);
  umount (dir);
  printf ("a 2 MB tmpfs filled: the change was refused as a full disk, kept once space was freed\n");
  return 0;
}

static void
test_disk_full_tmpfs (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self, "--tmpfs-child", tmp, NULL };
  int status = 0;

  g_assert_nonnull (self);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_strchomp (out);

  if (g_spawn_check_wait_status (status, NULL))
    g_test_message ("tmpfs: %s", out);
  else if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      /* Said out loud, and the same run goes through the shim. */
      g_test_message ("tmpfs: %s; filling the disk through the fault shim instead", out);
      run_disk_full (tmp, FALSE);
    }
  else
    {
      g_printerr ("%s\n%s\n", out, err);
      g_assert_not_reached ();
    }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--tmpfs-child"))
    return tmpfs_child (argv[2]);

  g_test_init (&argc, &argv, NULL);
  require_shim ();

  g_test_add_func ("/waymark/store/faults/write-enospc", test_write_enospc);
  g_test_add_func ("/waymark/store/faults/sync-enospc", test_sync_enospc);
  g_test_add_func ("/waymark/store/faults/write-eio", test_write_eio);
  g_test_add_func ("/waymark/store/faults/sync-eio", test_sync_eio);
  g_test_add_func ("/waymark/store/faults/fail-after-some-writes", test_fail_after_some_writes);
  g_test_add_func ("/waymark/store/faults/open-on-full-disk", test_open_on_full_disk);
  g_test_add_func ("/waymark/store/faults/disk-full-tmpfs", test_disk_full_tmpfs);

  return g_test_run ();
}
