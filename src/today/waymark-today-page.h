/* waymark-today-page.h: what today holds, at a glance: the routine to
 * tick, a mood in one tap, the day's medications, goals under way, the
 * next review and the crisis plan one step away
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-page.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TODAY_PAGE (waymark_today_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTodayPage, waymark_today_page, WAYMARK, TODAY_PAGE, WaymarkPage)

G_END_DECLS
