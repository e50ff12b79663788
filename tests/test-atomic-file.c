/* test-atomic-file.c: every file Waymark writes is whole or not there
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "waymark-atomic-file.h"
#include "waymark-test-utils.h"

static const char old_text[] = "the old file, whole\n";

static char *
big_text (void)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < 20000; i++)
    g_string_append_printf (text, "line %d of the new document\n", i);
  return g_string_free (text, FALSE);
}

static void
assert_mode (const char *path,
             mode_t      mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, mode);
}

static void
test_writes_private (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (0);

  /* Even with a umask of 0, the file is the person's own. */
  g_assert_true (waymark_atomic_file_set_contents (path, "hello\n", -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  umask (old_umask);
  g_assert_no_error (error);
  assert_mode (path, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello\n");

  /* Replacing a file readable by everyone leaves a private one. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (waymark_atomic_file_set_contents (path, "again\n", -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  assert_mode (path, 0600);

  /* A caller may choose another mode. */
  g_assert_true (waymark_atomic_file_set_contents (path, "shared\n", -1, 0644, &error));
  assert_mode (path, 0644);

  listing = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "report.txt");
  waymark_test_remove_tree (dir);
}

/* Each failing step: the old file is as it was, and nothing else is left. */
static void
test_fault (gconstpointer data)
{
  WaymarkAtomicFault fault = GPOINTER_TO_INT (data);
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "journal.csv", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.csv", NULL);
  g_autofree char *text = big_text ();
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, old_text, -1, NULL));

  /* Half the document is written when the disk fills. */
  waymark_atomic_file_inject_fault (fault, strlen (text) / 2, ENOSPC);
  g_assert_false (waymark_atomic_file_set_contents (path, text, -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "journal.csv"));
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_text);
  listing = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "journal.csv");
  g_clear_pointer (&listing, g_free);

  /* Where there was no file, none is made. */
  waymark_atomic_file_inject_fault (fault, 100, EIO);
  g_assert_false (waymark_atomic_file_set_contents (fresh, text, -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EIO));
  g_clear_error (&error);
  listing = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "journal.csv");

  /* The fault was once: the next write goes through whole. */
  g_assert_true (waymark_atomic_file_set_contents (path, text, -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, text);

  waymark_test_remove_tree (dir);
}

static void
test_no_folder (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (waymark_atomic_file_set_contents (path, "x", -1, WAYMARK_ATOMIC_FILE_MODE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  waymark_test_remove_tree (dir);
}

static void
test_leftovers (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *ours = g_strdup_printf ("young.pdf.new-%d-AAAAAA", (int) getpid ());
  const char *names[] = { "plan.waymark.new-Ab12Cd", "old.csv.new-zzzzzz", "young.csv.new-QQQQQQ",
                          "plan.waymark", "notes.new-abc", "x.new-abc!de", ours,
                          "young.png.new-2147483646-BBBBBB" };
  g_autofree char *listing = NULL;

  g_assert_true (waymark_atomic_file_is_temp_name ("journal.csv.new-a1B2c3"));
  g_assert_false (waymark_atomic_file_is_temp_name (".new-a1B2c3"));
  g_assert_false (waymark_atomic_file_is_temp_name ("journal.csv"));
  g_assert_false (waymark_atomic_file_is_temp_name ("journal.csv.new-a1B2c"));
  g_assert_false (waymark_atomic_file_is_temp_name ("journal.csv.old-a1B2c3"));
  g_assert_true (waymark_atomic_file_is_temp_name ("2026-03-02T090000Z.waymark.new-a1B2c3-journal"));
  g_assert_true (waymark_atomic_file_is_temp_name ("journal.csv.new-4242-a1B2c3"));
  g_assert_true (waymark_atomic_file_is_temp_name ("plan.waymark.new-4242-a1B2c3-wal"));
  g_assert_false (waymark_atomic_file_is_temp_name ("journal.csv.new--a1B2c3"));
  g_assert_false (waymark_atomic_file_is_temp_name ("journal.csv.new-42x-a1B2c3"));
  g_assert_false (waymark_atomic_file_is_temp_name (".new-4242-a1B2c3"));
  g_assert_false (waymark_atomic_file_is_temp_name ("plan.waymark-journal"));
  g_assert_false (waymark_atomic_file_is_temp_name ("x.new-a1B2-journal"));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      struct utimbuf old = { 1000000000, 1000000000 };

      g_assert_true (g_file_set_contents (path, "x", -1, NULL));
      if (!g_str_has_prefix (names[i], "young"))
        g_assert_cmpint (g_utime (path, &old), ==, 0);
    }

  /* Old leftovers go; one that may be being written right now, and
   * anything not Waymark's, stay. */
  g_assert_cmpuint (waymark_atomic_file_remove_leftovers (dir), ==, 2);
  listing = waymark_test_list_dir (dir);
  {
    g_autofree char *expected = g_strdup_printf ("notes.new-abc\nplan.waymark\nx.new-abc!de\n"
                                                 "young.csv.new-QQQQQQ\n%s\nyoung.png.new-2147483646-BBBBBB",
                                                 ours);

    g_assert_cmpstr (listing, ==, expected);
  }
  waymark_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/atomic-file/private", test_writes_private);
  g_test_add_data_func ("/waymark/atomic-file/fault/write", GINT_TO_POINTER (WAYMARK_ATOMIC_FAULT_WRITE), test_fault);
  g_test_add_data_func ("/waymark/atomic-file/fault/fsync", GINT_TO_POINTER (WAYMARK_ATOMIC_FAULT_FSYNC), test_fault);
  g_test_add_data_func ("/waymark/atomic-file/fault/rename", GINT_TO_POINTER (WAYMARK_ATOMIC_FAULT_RENAME), test_fault);
  g_test_add_func ("/waymark/atomic-file/no-folder", test_no_folder);
  g_test_add_func ("/waymark/atomic-file/leftovers", test_leftovers);

  return g_test_run ();
}
