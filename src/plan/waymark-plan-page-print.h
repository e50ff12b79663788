/* waymark-plan-page-print.h: the Plan page's Print and Export actions
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-page.h"

G_BEGIN_DECLS

void     waymark_plan_page_print_setup  (WaymarkPage *page);
gboolean waymark_plan_page_export_pdf   (WaymarkPage *page,
                                         gboolean     blank,
                                         const char  *path);

G_END_DECLS
