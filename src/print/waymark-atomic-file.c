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
#include <unistd.h>

#include "waymark-atomic-file.h"

/* A document is written to a hidden file beside the one asked for,
 * synced, and renamed over it only when every byte is there: whatever
 * happens, the path holds the old file or the whole new one, never half
 * of one. The file is the person's own (0600), as their plan is. */

/**
 * waymark_atomic_file_cairo_write:
 * @writer: a #WaymarkAtomicWriter
 *
 * A #cairo_write_func_t for cairo_pdf_surface_create_for_stream () and
 * cairo_surface_write_to_png_stream ().
 */
cairo_status_t
waymark_atomic_file_cairo_write (void                *writer,
                                 const unsigned char *data,
                                 unsigned int         length)
{
  WaymarkAtomicWriter *self = writer;

  while (length > 0)
    {
      ssize_t written = write (self->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          if (self->saved_errno == 0)
            self->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
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

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second why it failed,
                * as in "Waymark could not write “plan.pdf”: Permission denied". */
               _("Waymark could not write “%s”: %s"),
               name, saved_errno != 0 ? g_strerror (saved_errno) : reason ? reason : "");
}

/**
 * waymark_atomic_file_write:
 * @path: the file to write; an existing file there is replaced
 * @write_func: writes the document
 *
 * Returns: whether @path now holds the whole document; on failure it is
 *   left as it was
 */
gboolean
waymark_atomic_file_write (const char              *path,
                           WaymarkAtomicWriteFunc   write_func,
                           gpointer                 user_data,
                           GError                 **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  WaymarkAtomicWriter writer = { -1, 0 };
  int saved_errno;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);

  /* Hidden, beside the final file: on the same file system, so the
   * rename is atomic, and never mistaken for a finished document. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  writer.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (writer.fd < 0)
    {
      waymark_atomic_file_set_error (error, path, errno, NULL);
      return FALSE;
    }

  if (!write_func (&writer, path, user_data, error))
    {
      close (writer.fd);
      g_unlink (tmp_path);
      return FALSE;
    }

  if (fsync (writer.fd) != 0)
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

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  return TRUE;

failed:
  g_unlink (tmp_path);
  waymark_atomic_file_set_error (error, path, saved_errno, NULL);
  return FALSE;
}
