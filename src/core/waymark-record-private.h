/* waymark-record-private.h: what only the store may do to a record
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

void _waymark_record_set_id       (WaymarkRecord *self,
                                   gint64         id);
void _waymark_record_set_position (WaymarkRecord *self,
                                   int            position);

G_END_DECLS
