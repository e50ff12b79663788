/* waymark-checkin-row.h: one check-in in the journal's list
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHECKIN_ROW (waymark_checkin_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCheckinRow, waymark_checkin_row, WAYMARK, CHECKIN_ROW, GtkWidget)

WaymarkCheckinRow *waymark_checkin_row_new         (void);
void               waymark_checkin_row_set_checkin (WaymarkCheckinRow *self,
                                                    WaymarkStore      *store,
                                                    WaymarkCheckin    *checkin);
WaymarkCheckin    *waymark_checkin_row_get_checkin (WaymarkCheckinRow *self);
char              *waymark_format_clock            (GDateTime         *time);
char              *waymark_checkin_describe_time   (WaymarkCheckin    *checkin);
char              *waymark_checkin_describe        (WaymarkCheckin    *checkin,
                                                    const char * const *tags);

G_END_DECLS
