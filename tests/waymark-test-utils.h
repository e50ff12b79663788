/* waymark-test-utils.h: small helpers the tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *waymark_test_make_tmpdir     (void);
void     waymark_test_remove_tree     (const char *path);
char    *waymark_test_checksum_file   (const char *path);
char    *waymark_test_list_dir        (const char *path);
guint32  waymark_test_header_u32      (const char *path,
                                       gsize       offset);

typedef struct _WaymarkStore WaymarkStore;

WaymarkStore *waymark_test_new_plan   (char       **tmpdir);
int           waymark_test_count_rows (WaymarkStore *store,
                                       const char   *sql);

gboolean      waymark_test_mount_private_tmpfs (const char  *dir,
                                                const char  *size,
                                                char       **why);

G_END_DECLS
