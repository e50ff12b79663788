/* waymark-archive.c: reading the files of a zip, within limits
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-archive"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gi18n.h>

#include "waymark-archive.h"

/* An export, or another app's backup, is small enough to read whole; a
 * damaged or hostile archive is refused with what was wrong, never
 * unpacked onto the disk, and never allowed to grow past @max_bytes. */

static void
set_error (GError     **error,
           const char  *path,
           const char  *why)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: the first %s is a file name, the second what is wrong with it. */
               _("“%s” is not a zip archive Waymark can read: %s"), name, why);
}

static GHashTable *
read_files (const char         *path,
            const char * const *names,
            gsize               max_bytes,
            GError            **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize total = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  archive_read_support_format_zip (archive);
  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      int code = archive_errno (archive);

      if (code == ENOENT || code == EACCES || code == EISDIR)
        {
          g_autofree char *name = g_filename_display_basename (path);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code),
                       /* Translators: the first %s is a file name, the second why it failed. */
                       _("Waymark could not read “%s”: %s"), name, g_strerror (code));
        }
      else
        set_error (error, path, archive_error_string (archive) ? archive_error_string (archive) : "");
      archive_read_free (archive);
      return NULL;
    }

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname_utf8 (entry);
      g_autoptr(GByteArray) data = NULL;
      char buffer[64 * 1024];
      la_ssize_t n;

      if (name == NULL)
        name = archive_entry_pathname (entry);
      if (archive_entry_filetype (entry) != AE_IFREG || name == NULL ||
          (names != NULL && !g_strv_contains (names, name)))
        continue;

      data = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          total += n;
          if (total > max_bytes)
            {
              set_error (error, path, _("it unpacks to more than Waymark will read"));
              archive_read_free (archive);
              return NULL;
            }
          g_byte_array_append (data, (const guint8 *) buffer, n);
        }
      if (n < 0)
        break;

      g_hash_table_replace (files, g_strdup (name), g_byte_array_free_to_bytes (g_steal_pointer (&data)));
    }

  if (rc != ARCHIVE_EOF)
    {
      set_error (error, path, archive_error_string (archive) ? archive_error_string (archive) : "");
      archive_read_free (archive);
      return NULL;
    }

  archive_read_free (archive);
  return g_steal_pointer (&files);
}

/**
 * waymark_archive_read_files:
 * @path: a zip archive
 * @max_bytes: the most its files may hold together, unpacked
 *
 * Returns: (transfer full) (nullable): each regular file's path inside
 *   the archive to its contents (#GBytes); %NULL with @error set
 */
GHashTable *
waymark_archive_read_files (const char  *path,
                            gsize        max_bytes,
                            GError     **error)
{
  return read_files (path, NULL, max_bytes, error);
}

/**
 * waymark_archive_read_only:
 * @names: (array zero-terminated=1): the paths inside the archive to read
 * @max_bytes: the most they may hold together, unpacked
 *
 * As waymark_archive_read_files (), the other files passed over unread:
 * for the one file of a Daylio backup that isn't a photo, or the two
 * that tell what an archive is.
 *
 * Returns: (transfer full) (nullable): those of @names the archive has,
 *   to their contents; %NULL with @error set
 */
GHashTable *
waymark_archive_read_only (const char         *path,
                           const char * const *names,
                           gsize               max_bytes,
                           GError            **error)
{
  g_return_val_if_fail (names != NULL, NULL);

  return read_files (path, names, max_bytes, error);
}
