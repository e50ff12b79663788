/* waymark-plan-page.h: the recovery plan, every section on one page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-sections-page.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PLAN_PAGE (waymark_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanPage, waymark_plan_page, WAYMARK, PLAN_PAGE, WaymarkSectionsPage)

G_END_DECLS
