/* waymark-choice-descriptions.h: a line of plain words under each
 * choice of a combo row, and under the row for the one chosen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void waymark_combo_row_describe_choices (AdwComboRow        *row,
                                         const char * const *descriptions);

G_END_DECLS
