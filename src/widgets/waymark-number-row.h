/* waymark-number-row.h: a phone number to call or copy, in a row
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *waymark_number_row_new (const char *title,
                                   const char *subtitle,
                                   const char *number);

G_END_DECLS
