/* waymark-atomic-cairo.h: cairo documents written through the atomic writer
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "waymark-atomic-file.h"

G_BEGIN_DECLS

cairo_status_t waymark_atomic_file_cairo_write (void                *writer,
                                                const unsigned char *data,
                                                unsigned int         length);

G_END_DECLS
