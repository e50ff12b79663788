/* waymark-atomic-cairo.c: cairo documents written through the atomic writer
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-atomic-cairo.h"

/**
 * waymark_atomic_file_cairo_write:
 * @writer: a #WaymarkAtomicWriter
 *
 * A #cairo_write_func_t for cairo_pdf_surface_create_for_stream () and
 * cairo_surface_write_to_png_stream (): PDFs and images reach the disk
 * through waymark_atomic_file_write () like every file Waymark writes.
 */
cairo_status_t
waymark_atomic_file_cairo_write (void                *writer,
                                 const unsigned char *data,
                                 unsigned int         length)
{
  return waymark_atomic_writer_write (writer, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}
