/* waymark-date-row.h: a date, typed in the locale's order or picked from
 * a calendar
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_DATE_ROW (waymark_date_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkDateRow, waymark_date_row, WAYMARK, DATE_ROW, AdwEntryRow)

GtkWidget  *waymark_date_row_new          (const char     *title);
const char *waymark_date_row_get_date     (WaymarkDateRow *self);
void        waymark_date_row_set_date     (WaymarkDateRow *self,
                                           const char     *iso_date);
gboolean    waymark_date_row_is_readable  (WaymarkDateRow *self);

G_END_DECLS
