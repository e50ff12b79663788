/* test-sample-plan.c: the sample plan in its temporary folder, gone when
 * it is discarded, never backed up
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <utime.h>

#include "waymark-backup.h"
#include "waymark-plan-lock.h"
#include "waymark-sample-plan.h"
#include "waymark-store.h"
#include "waymark-test-utils.h"

static guint
count_sample_folders (const char *tmp)
{
  g_autoptr(GDir) dir = g_dir_open (tmp, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "waymark-sample-"))
      n++;
  return n;
}

/* $TMPDIR is a folder of this test's own (set in main (), before GLib
 * reads it once and for all): the samples go there. */
static char *
use_private_tmpdir (void)
{
  g_assert_cmpuint (count_sample_folders (g_get_tmp_dir ()), ==, 0);
  return g_strdup (g_get_tmp_dir ());
}

static void
test_lifecycle (void)
{
  g_autofree char *tmp = use_private_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkSamplePlan) sample = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lock = NULL;
  g_autofree char *owner = NULL;
  GStatBuf st;

  sample = waymark_sample_plan_new (30, &error);
  g_assert_no_error (error);
  folder = g_strdup (waymark_sample_plan_get_folder (sample));
  path = g_strdup (waymark_sample_plan_get_path (sample));

  /* In a folder of its own under $TMPDIR, readable by nobody else. */
  g_assert_true (g_str_has_prefix (folder, tmp));
  g_assert_true (g_str_has_prefix (path, folder));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_true (waymark_sample_plan_is_sample (path));

  /* It holds Sam Sample's plan, and opens like any plan. */
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  owner = waymark_store_dup_owner_name (store);
  g_assert_cmpstr (owner, ==, "Sam Sample");
  lock = waymark_plan_lock_path_for (path);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM goal"), >, 0);

  /* Closed and discarded: the plan, -wal, -shm, lock and folder go. */
  waymark_store_close (store);
  waymark_sample_plan_discard (sample);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_false (waymark_sample_plan_is_sample (path));
  g_assert_cmpuint (count_sample_folders (tmp), ==, 0);
}

static void
test_freed_removes_folder (void)
{
  g_autofree char *tmp = use_private_tmpdir ();
  g_autoptr(GError) error = NULL;
  WaymarkSamplePlan *sample;
  g_autofree char *folder = NULL;

  sample = waymark_sample_plan_new (3, &error);
  g_assert_no_error (error);
  folder = g_strdup (waymark_sample_plan_get_folder (sample));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_object_unref (sample);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* And all at once as Waymark quits. */
  sample = waymark_sample_plan_new (3, &error);
  g_assert_no_error (error);
  g_clear_pointer (&folder, g_free);
  folder = g_strdup (waymark_sample_plan_get_folder (sample));
  waymark_sample_plan_discard_all ();
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_object_unref (sample);
}

/* Never backed up, on the hour or when asked. */
static void
test_never_backed_up (void)
{
  g_autofree char *tmp = use_private_tmpdir ();
  g_autofree char *backups = g_build_filename (tmp, "backups", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkSamplePlan) sample = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *made = NULL;

  g_setenv ("WAYMARK_BACKUP_DIR", backups, TRUE);
  sample = waymark_sample_plan_new (3, &error);
  g_assert_no_error (error);
  store = waymark_store_open (waymark_sample_plan_get_path (sample), WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  made = waymark_backup_run_if_due (store, now, &error);
  g_assert_no_error (error);
  g_assert_null (made);
  made = waymark_backup_make (store, now, FALSE, &error);
  g_assert_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED);
  g_assert_null (made);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  waymark_store_close (store);
}

/* A folder left by a Waymark that was killed goes at the next start; one
 * a running Waymark holds open stays. */
static void
test_clean_stale (void)
{
  g_autofree char *tmp = use_private_tmpdir ();
  g_autofree char *stale = g_build_filename (tmp, "waymark-sample-Old123", NULL);
  g_autofree char *stale_plan = g_build_filename (stale, "Sample plan.waymark", NULL);
  g_autofree char *other = g_build_filename (tmp, "not-waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkSamplePlan) live = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  struct utimbuf old = { .actime = 1000000000, .modtime = 1000000000 };
  g_autofree char *live_folder = NULL;

  g_assert_cmpint (g_mkdir (stale, 0700), ==, 0);
  g_assert_true (g_file_set_contents (stale_plan, "whatever was there", -1, NULL));
  g_assert_cmpint (utime (stale, &old), ==, 0);
  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);

  live = waymark_sample_plan_new (3, &error);
  g_assert_no_error (error);
  store = waymark_store_open (waymark_sample_plan_get_path (live), WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  live_folder = g_strdup (waymark_sample_plan_get_folder (live));
  g_assert_cmpint (utime (live_folder, &old), ==, 0);

  g_assert_cmpuint (waymark_sample_plan_clean_stale (), ==, 1);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (waymark_sample_plan_get_path (live), G_FILE_TEST_EXISTS));

  waymark_store_close (store);
  waymark_sample_plan_discard (live);
  waymark_test_remove_tree (other);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = g_build_filename (g_getenv ("TMPDIR") ? g_getenv ("TMPDIR") : "/tmp",
                                           "waymark-test-sample-plan-XXXXXX", NULL);
  int status;

  g_assert_nonnull (g_mkdtemp (tmp));
  g_setenv ("TMPDIR", tmp, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample-plan/lifecycle", test_lifecycle);
  g_test_add_func ("/sample-plan/freed-removes-folder", test_freed_removes_folder);
  g_test_add_func ("/sample-plan/never-backed-up", test_never_backed_up);
  g_test_add_func ("/sample-plan/clean-stale", test_clean_stale);

  status = g_test_run ();
  waymark_test_remove_tree (tmp);
  return status;
}
