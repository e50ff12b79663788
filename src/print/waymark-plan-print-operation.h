/* waymark-plan-print-operation.h: printing the whole recovery plan, with GTK's dialog
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-plan-print.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PLAN_PRINT_OPERATION (waymark_plan_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanPrintOperation, waymark_plan_print_operation,
                      WAYMARK, PLAN_PRINT_OPERATION, GtkPrintOperation)

WaymarkPlanPrintOperation *waymark_plan_print_operation_new (WaymarkPlanPrint *print,
                                                             const char       *language);

G_END_DECLS
