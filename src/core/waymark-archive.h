/* waymark-archive.h: reading the files of a zip, within limits
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* More than any plan's export, far less than a zip bomb unpacks to. */
#define WAYMARK_ARCHIVE_MAX_BYTES (512 * 1024 * 1024)

GHashTable *waymark_archive_read_files (const char  *path,
                                        gsize        max_bytes,
                                        GError     **error);
GHashTable *waymark_archive_read_only  (const char         *path,
                                        const char * const *names,
                                        gsize               max_bytes,
                                        GError            **error);

G_END_DECLS
