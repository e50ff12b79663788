/* waymark-clock.h: today, and a signal when it changes at midnight
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Returns the moment it is now, as g_date_time_new_now_local () does;
 * tests give a clock one of their own. */
typedef GDateTime *(*WaymarkClockNowFunc) (gpointer user_data);

#define WAYMARK_TYPE_CLOCK (waymark_clock_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkClock, waymark_clock, WAYMARK, CLOCK, GObject)

WaymarkClock *waymark_clock_get_default (void);
WaymarkClock *waymark_clock_new         (WaymarkClockNowFunc  now_func,
                                         gpointer             user_data,
                                         GDestroyNotify       destroy);
guint32       waymark_clock_get_today   (WaymarkClock        *self);
void          waymark_clock_check       (WaymarkClock        *self);

G_END_DECLS
