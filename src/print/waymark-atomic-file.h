/* waymark-atomic-file.h: a file written whole or not at all
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Where cairo writes a document, through waymark_atomic_file_cairo_write ():
 * the descriptor, and the first error met, told to the person. */
typedef struct
{
  int fd;
  int saved_errno;
} WaymarkAtomicWriter;

/* Writes the document into @writer; returns FALSE with @error set. */
typedef gboolean (*WaymarkAtomicWriteFunc) (WaymarkAtomicWriter  *writer,
                                            const char           *path,
                                            gpointer              user_data,
                                            GError              **error);

gboolean       waymark_atomic_file_write       (const char              *path,
                                                WaymarkAtomicWriteFunc   write_func,
                                                gpointer                 user_data,
                                                GError                 **error);
cairo_status_t waymark_atomic_file_cairo_write (void                    *writer,
                                                const unsigned char     *data,
                                                unsigned int             length);
void           waymark_atomic_file_set_error   (GError                 **error,
                                                const char              *path,
                                                int                      saved_errno,
                                                const char              *reason);

G_END_DECLS
