/* waymark-atomic-file.c: a file written whole or not at all
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "waymark-atomic-file.h"

/* Every file Waymark writes (exports, images, reports, backups) goes
 * through here. The document is written to a temporary file beside the
 * one asked for, created new (O_EXCL) with the caller's mode, 0600
 * unless it chooses otherwise; it is written whole, synced, renamed over
 * the target, and the folder is synced so the rename itself survives a
 * power cut. On any failure the temporary file is removed and the target
 * is left exactly as it was: whatever happens, the path holds the old
 * file or the whole new one, never half of one.
 *
 * Temporary files are named "NAME.new-PID-XXXXXX" (the writer's process
 * and six letters or digits), the pattern the plan file's own creation
 * uses, so one rule finds Waymark's leftovers after a crash:
 * waymark_atomic_file_is_temp_name ().
 * The name is not hidden on purpose: a leftover beside an export is
 * plainly related to it, and never mistaken for a finished document. */

#define TEMP_SUFFIX ".new-"
#define TEMP_RANDOM "XXXXXX"

static WaymarkAtomicFault fault;
static gsize fault_after_bytes;
static int fault_errno;
static gsize fault_written;

/**
 * waymark_atomic_file_inject_fault:
 * @after_bytes: for %WAYMARK_ATOMIC_FAULT_WRITE, how many bytes are
 *   written before writes fail
 * @error_number: the error the failing step reports, such as %ENOSPC
 *
 * For tests: makes the next atomic write fail at @fault, once.
 */
void
waymark_atomic_file_inject_fault (WaymarkAtomicFault fault_,
                                  gsize              after_bytes,
                                  int                error_number)
{
  fault = fault_;
  fault_after_bytes = after_bytes;
  fault_errno = error_number;
  fault_written = 0;
}

static gboolean
take_fault (WaymarkAtomicFault step)
{
  if (fault != step)
    return FALSE;
  fault = WAYMARK_ATOMIC_FAULT_NONE;
  errno = fault_errno;
  return TRUE;
}

/**
 * waymark_atomic_writer_write:
 * @writer: a #WaymarkAtomicWriter
 *
 * Writes all of @data; on failure remembers the first error in
 * @writer->saved_errno.
 *
 * Returns: whether every byte was written
 */
gboolean
waymark_atomic_writer_write (WaymarkAtomicWriter *writer,
                             const void          *data,
                             gsize                length)
{
  const guint8 *bytes = data;

  g_return_val_if_fail (writer != NULL, FALSE);

  if (writer->saved_errno != 0)
    return FALSE;

  while (length > 0)
    {
      gsize chunk = length;
      ssize_t written;

      if (fault == WAYMARK_ATOMIC_FAULT_WRITE)
        {
          if (fault_written >= fault_after_bytes)
            {
              take_fault (WAYMARK_ATOMIC_FAULT_WRITE);
              writer->saved_errno = fault_errno;
              return FALSE;
            }
          chunk = MIN (chunk, fault_after_bytes - fault_written);
        }

      written = write (writer->fd, bytes, chunk);
      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          writer->saved_errno = errno;
          return FALSE;
        }

      fault_written += written;
      bytes += written;
      length -= written;
    }

  return TRUE;
}

/**
 * waymark_atomic_file_set_error:
 * @saved_errno: the system's reason, or 0
 * @reason: (nullable): said when there is no @saved_errno
 */
void
waymark_atomic_file_set_error (GError     **error,
                               const char  *path,
                               int          saved_errno,
                               const char  *reason)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   /* Translators: %s is a file name. */
                   _("Waymark could not write “%s”: the disk is full. Free some space, "
                     "or choose another place, and try again."),
                   name);
      return;
    }

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second why it failed,
                * as in "Waymark could not write “plan.pdf”: Permission denied". */
               _("Waymark could not write “%s”: %s"),
               name, saved_errno != 0 ? g_strerror (saved_errno) : reason ? reason : "");
}

static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      /* Some file systems cannot sync a folder (EINVAL); the file itself
       * is already on disk, so that is not a failure. */
      fsync (fd);
      close (fd);
    }
}

/**
 * waymark_atomic_file_write_full:
 * @path: the file to write; an existing file there is replaced
 * @mode: the new file's mode, such as %WAYMARK_ATOMIC_FILE_MODE
 * @write_func: writes the document into the writer it is given; it may
 *   also write the file at @writer->tmp_path itself (as a database copy
 *   does), as long as it does so before returning
 *
 * Returns: whether @path now holds the whole document; on failure it is
 *   left as it was, and no temporary file is left behind
 */
gboolean
waymark_atomic_file_write_full (const char              *path,
                                mode_t                   mode,
                                WaymarkAtomicWriteFunc   write_func,
                                gpointer                 user_data,
                                GError                 **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  WaymarkAtomicWriter writer = { -1, 0, NULL };
  int saved_errno;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (write_func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Beside the final file: on the same file system, so the rename is
   * atomic. g_mkstemp_full () opens with O_CREAT | O_EXCL. */
  dir = g_path_get_dirname (path);
  tmp_path = g_strdup_printf ("%s" TEMP_SUFFIX "%d-" TEMP_RANDOM, path, (int) getpid ());
  writer.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, mode);
  if (writer.fd < 0)
    {
      waymark_atomic_file_set_error (error, path, errno, NULL);
      return FALSE;
    }
  writer.tmp_path = tmp_path;

  /* The umask must not loosen or tighten what was asked for. */
  if (fchmod (writer.fd, mode) != 0)
    {
      saved_errno = errno;
      close (writer.fd);
      goto failed;
    }

  if (!write_func (&writer, path, user_data, error))
    {
      close (writer.fd);
      g_unlink (tmp_path);
      if (error != NULL && *error == NULL)
        waymark_atomic_file_set_error (error, path, writer.saved_errno, NULL);
      return FALSE;
    }

  if (writer.saved_errno != 0)
    {
      saved_errno = writer.saved_errno;
      close (writer.fd);
      goto failed;
    }

  if (take_fault (WAYMARK_ATOMIC_FAULT_FSYNC) || fsync (writer.fd) != 0)
    {
      saved_errno = errno;
      close (writer.fd);
      goto failed;
    }

  if (close (writer.fd) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  if (take_fault (WAYMARK_ATOMIC_FAULT_RENAME) || g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  sync_folder (dir);
  return TRUE;

failed:
  g_unlink (tmp_path);
  waymark_atomic_file_set_error (error, path, saved_errno, NULL);
  return FALSE;
}

/**
 * waymark_atomic_file_write:
 *
 * waymark_atomic_file_write_full () with mode 0600.
 */
gboolean
waymark_atomic_file_write (const char              *path,
                           WaymarkAtomicWriteFunc   write_func,
                           gpointer                 user_data,
                           GError                 **error)
{
  return waymark_atomic_file_write_full (path, WAYMARK_ATOMIC_FILE_MODE, write_func, user_data, error);
}

typedef struct
{
  const char *contents;
  gsize       length;
} Contents;

static gboolean
write_contents (WaymarkAtomicWriter  *writer,
                const char           *path,
                gpointer              user_data,
                GError              **error)
{
  Contents *contents = user_data;

  return waymark_atomic_writer_write (writer, contents->contents, contents->length);
}

/**
 * waymark_atomic_file_set_contents:
 * @length: the length of @contents, or -1 if it is nul-terminated
 * @mode: the file's mode, such as %WAYMARK_ATOMIC_FILE_MODE
 *
 * Returns: whether @path now holds @contents; on failure it is left as
 *   it was
 */
gboolean
waymark_atomic_file_set_contents (const char  *path,
                                  const char  *contents,
                                  gssize       length,
                                  mode_t       mode,
                                  GError     **error)
{
  Contents data = { contents, length < 0 ? strlen (contents) : (gsize) length };

  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  return waymark_atomic_file_write_full (path, mode, write_contents, &data, error);
}

/**
 * waymark_atomic_file_is_temp_name:
 * @basename: a file name, without its folder
 *
 * Returns: whether @basename is one of Waymark's temporary files,
 *   "NAME.new-XXXXXX", or SQLite's -journal, -wal or -shm beside one
 */
gboolean
waymark_atomic_file_is_temp_name (const char *basename)
{
  static const char * const companions[] = { "-journal", "-wal", "-shm" };
  gsize length, suffix = strlen (TEMP_SUFFIX), random = strlen (TEMP_RANDOM);
  const char *tail;

  g_return_val_if_fail (basename != NULL, FALSE);

  length = strlen (basename);
  /* SQLite's own files beside a database copy being written. */
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (basename, companions[i]))
      {
        length -= strlen (companions[i]);
        break;
      }
  if (length <= suffix + random)
    return FALSE;

  tail = basename + length - random;
  for (gsize i = 0; i < random; i++)
    if (!g_ascii_isalnum (tail[i]))
      return FALSE;

  /* NAME.new-XXXXXX, or NAME.new-PID-XXXXXX */
  if (strncmp (tail - suffix, TEMP_SUFFIX, suffix) == 0)
    return TRUE;
  if (tail[-1] != '-')
    return FALSE;
  {
    const char *dash = tail - 1, *p = dash;

    while (p > basename && g_ascii_isdigit (p[-1]))
      p--;
    return p < dash && p - suffix > basename && strncmp (p - suffix, TEMP_SUFFIX, suffix) == 0;
  }
}

/**
 * waymark_atomic_file_remove_leftovers:
 * @dir: a folder Waymark writes into
 *
 * Removes Waymark's temporary files that a crash left in @dir; one
 * younger than ten minutes may be another Waymark writing right now,
 * and is left alone (the plan's own, whose writer has gone, the store
 * removes when it opens that plan).
 *
 * Returns: how many were removed
 */
guint
waymark_atomic_file_remove_leftovers (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  if (listing == NULL)
    return 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!waymark_atomic_file_is_temp_name (name))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid ())
        continue;
      if (now - st.st_mtime < 10 * 60)
        continue;
      if (g_unlink (path) == 0)
        removed++;
    }

  return removed;
}
