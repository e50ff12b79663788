/* waymark-test-utils.c: small helpers the tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare (), CLONE_NEWUSER */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "waymark-sqlite.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

char *
waymark_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("waymark-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
waymark_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      waymark_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* Every byte of a file, as a checksum; NULL if it can't be read. */
char *
waymark_test_checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup ("<folder>");

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in a folder, sorted, one per line. */
char *
waymark_test_list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  return g_strjoinv ("\n", (char **) names->pdata);
}

guint32
waymark_test_header_u32 (const char *path,
                         gsize       offset)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guint8 *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, offset + 4);
  p = (const guint8 *) contents + offset;

  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* A new, empty plan in a new temporary folder, for one test. */
WaymarkStore *
waymark_test_new_plan (char **tmpdir)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;

  *tmpdir = waymark_test_make_tmpdir ();
  path = g_build_filename (*tmpdir, "plan.waymark", NULL);
  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  return store;
}

int
waymark_test_count_rows (WaymarkStore *store,
                         const char   *sql)
{
  int n = -1;

  g_assert_true (waymark_sqlite_query_int (waymark_store_get_db (store), sql, &n, NULL));
  return n;
}

/**
 * waymark_test_mount_private_tmpfs:
 * @dir: an existing folder to mount on
 * @size: the tmpfs's size, as mount(8) writes it ("2m", "256k")
 * @why: (out): why it could not be mounted, for the test's output
 *
 * In a test's own child process: takes a mount namespace of its own (in
 * a user namespace of its own when not root) and mounts a small tmpfs on
 * @dir, so a test can fill a real disk. Nothing outside the process sees
 * it.
 *
 * Returns: whether @dir is now a tmpfs of @size
 */
gboolean
waymark_test_mount_private_tmpfs (const char  *dir,
                                  const char  *size,
                                  char       **why)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0700", size);
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (uid != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (unsigned) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (unsigned) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *why = g_strdup_printf ("no user namespace (unshare: %s)", g_strerror (errno));
          return FALSE;
        }
      if (!g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL) ||
          !g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL) ||
          !g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL))
        {
          *why = g_strdup ("could not map this user in a user namespace");
          return FALSE;
        }
    }
  else if (unshare (CLONE_NEWNS) != 0)
    {
      *why = g_strdup_printf ("no mount namespace (unshare: %s)", g_strerror (errno));
      return FALSE;
    }

  mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);
  if (mount ("waymark-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      *why = g_strdup_printf ("could not mount a tmpfs (mount: %s)", g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}
