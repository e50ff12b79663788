/* waymark-file-name.h: the names suggested for files Waymark saves
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-store.h"

G_BEGIN_DECLS

char *waymark_file_name_make_safe     (const char   *text);
char *waymark_file_name_suggest       (const char   *owner,
                                       const char   *document,
                                       const char   *iso_date,
                                       const char   *extension);
char *waymark_file_name_owner         (WaymarkStore *store,
                                       const char   *path);
char *waymark_file_name_for_store     (WaymarkStore *store,
                                       const char   *path,
                                       const char   *document,
                                       const char   *extension);

G_END_DECLS
