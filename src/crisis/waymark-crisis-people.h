/* waymark-crisis-people.h: the crisis plan's entries about people
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record-section.h"

G_BEGIN_DECLS

void waymark_crisis_people_decorate_row (WaymarkRecordSection *section,
                                         AdwActionRow         *row,
                                         WaymarkRecord        *entry);
void waymark_crisis_people_open         (WaymarkRecordSection *section,
                                         WaymarkRecord        *entry);

G_END_DECLS
