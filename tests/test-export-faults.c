/* test-export-faults.c: exports and backups on a full or failing disk
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Through tests/fault-shim.c (LD_PRELOADed by meson test), and on a real,
 * small tmpfs when this machine lets a test mount one (as root, or in a
 * user namespace): every file Waymark writes is refused whole, with a
 * message that says the disk is full, the file that was there before is
 * left as it was, and nothing half-written is left beside it.
 */

#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "waymark-backup.h"
#include "waymark-journal-export.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"

typedef void (*FaultSetFunc)   (const char *dir, int errno_value, long after, unsigned on);
typedef long (*FaultCountFunc) (void);

static FaultSetFunc fault_set;
static FaultCountFunc fault_count;

static const char old_text[] = "Date,Mood\r\n2026-01-01,5\r\n";

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

/* A plan with @days of sample history, outside the failing folder. */
static WaymarkStore *
sample_plan (const char *tmp,
             guint       days)
{
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;

  g_assert_true (waymark_sample_data_write_file (path, days, NULL, &error));
  g_assert_no_error (error);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  return store;
}

static void
assert_only (const char *dir,
             const char *expected)
{
  g_autofree char *listing = waymark_test_list_dir (dir);

  g_assert_cmpstr (listing, ==, expected);
}

/* In @out (on a full disk, real or through the shim): the journal as
 * CSV and a backup are both refused as a full disk; the earlier export
 * stays whole; nothing else is left. */
static void
run_disk_full (WaymarkStore *store,
               const char   *out,
               gboolean      real)
{
  g_autofree char *csv_path = g_build_filename (out, "journal.csv", NULL);
  g_autofree char *copy_path = g_build_filename (out, "copy.waymark", NULL);
  g_autofree char *backups = g_build_filename (out, "backups", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *contents = NULL;
  g_autofree char *made = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (csv_path, old_text, -1, NULL));
  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  if (!real)
    fault_set (out, ENOSPC, 0, 0);

  g_assert_false (waymark_journal_export_csv (store, csv, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_text);

  g_assert_false (waymark_backup_plan_file (waymark_store_get_path (store), copy_path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);

  g_setenv ("WAYMARK_BACKUP_DIR", backups, TRUE);
  made = waymark_backup_make (store, now, FALSE, &error);
  g_assert_null (made);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);
  g_unsetenv ("WAYMARK_BACKUP_DIR");

  if (!real)
    {
      g_assert_cmpint (fault_count (), >, 0);
      fault_set (NULL, 0, 0, 0);
    }

  assert_only (out, "backups\njournal.csv");
  {
    g_autofree char *folder = NULL;
    g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
    const char *name = g_dir_read_name (dir);

    /* The plan's backups folder was made, and is empty. */
    g_assert_nonnull (name);
    folder = g_build_filename (backups, name, NULL);
    assert_only (folder, "");
  }
}

static void
test_disk_full_shim (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autoptr(WaymarkStore) store = sample_plan (tmp, 60);

  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  run_disk_full (store, out, FALSE);
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* A failing drive: the sync fails after every byte was written. */
static void
test_sync_eio (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *csv_path = g_build_filename (out, "journal.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(WaymarkStore) store = sample_plan (tmp, 30);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  g_assert_true (g_file_set_contents (csv_path, old_text, -1, NULL));
  fault_set (out, EIO, 0, 2 /* sync */);
  g_assert_false (waymark_journal_export_csv (store, csv, NULL, &error));
  fault_set (NULL, 0, 0, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "journal.csv"));
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_text);
  assert_only (out, "journal.csv");

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* In a fresh process (--tmpfs-child DIR): a mount namespace of its own,
 * a 256 kB tmpfs on DIR/out, a ten-year plan beside it (its CSV and its
 * copy are both bigger than that), and the run. Exit 77 with the reason
 * when no tmpfs can be mounted here. */
static int
tmpfs_child (const char *dir)
{
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *why = NULL;

  g_mkdir (out, 0700);
  if (!waymark_test_mount_private_tmpfs (out, "256k", &why))
    {
      printf ("%s\n", why);
      return 77;
    }

  require_shim ();
  store = sample_plan (dir, 3652);
  run_disk_full (store, out, TRUE);
  waymark_store_close (store);
  umount (out);
  printf ("a 256 kB tmpfs: the CSV and the backups were refused as a full disk, the old export kept\n");
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
    /* Said out loud; the shim test above covers the same run. */
    g_test_skip (out);
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

  g_test_add_func ("/waymark/export/faults/disk-full", test_disk_full_shim);
  g_test_add_func ("/waymark/export/faults/sync-eio", test_sync_eio);
  g_test_add_func ("/waymark/export/faults/disk-full-tmpfs", test_disk_full_tmpfs);

  return g_test_run ();
}
