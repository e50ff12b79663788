/* waymark-atomic-file.h: a file written whole or not at all
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sys/types.h>

G_BEGIN_DECLS

/* The mode of every file Waymark writes, unless the caller chooses
 * another: the person's own, as their plan is. */
#define WAYMARK_ATOMIC_FILE_MODE 0600

/* Where a document is written: the temporary file's descriptor and path
 * (beside the target, named as waymark_atomic_file_is_temp_name ()
 * recognises), and the first error met, told to the person. */
typedef struct
{
  int         fd;
  int         saved_errno;
  const char *tmp_path;
} WaymarkAtomicWriter;

/* Writes the document into @writer; returns FALSE with @error set. */
typedef gboolean (*WaymarkAtomicWriteFunc) (WaymarkAtomicWriter  *writer,
                                            const char           *path,
                                            gpointer              user_data,
                                            GError              **error);

gboolean  waymark_atomic_file_write        (const char              *path,
                                            WaymarkAtomicWriteFunc   write_func,
                                            gpointer                 user_data,
                                            GError                 **error);
gboolean  waymark_atomic_file_write_full   (const char              *path,
                                            mode_t                   mode,
                                            WaymarkAtomicWriteFunc   write_func,
                                            gpointer                 user_data,
                                            GError                 **error);
gboolean  waymark_atomic_file_set_contents (const char              *path,
                                            const char              *contents,
                                            gssize                   length,
                                            mode_t                   mode,
                                            GError                 **error);
gboolean  waymark_atomic_writer_write      (WaymarkAtomicWriter     *writer,
                                            const void              *data,
                                            gsize                    length);
void      waymark_atomic_file_set_error    (GError                 **error,
                                            const char              *path,
                                            int                      saved_errno,
                                            const char              *reason);
gboolean  waymark_atomic_file_is_temp_name (const char              *basename);
guint     waymark_atomic_file_remove_leftovers (const char          *dir);

/* For tests: the next write fails as a full disk or a failing drive
 * would, at the step named, with @error_number. */
typedef enum
{
  WAYMARK_ATOMIC_FAULT_NONE,
  WAYMARK_ATOMIC_FAULT_WRITE,
  WAYMARK_ATOMIC_FAULT_FSYNC,
  WAYMARK_ATOMIC_FAULT_RENAME,
} WaymarkAtomicFault;

void      waymark_atomic_file_inject_fault (WaymarkAtomicFault       fault,
                                            gsize                    after_bytes,
                                            int                      error_number);

G_END_DECLS
