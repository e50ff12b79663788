/* waymark-print-operation.h: printing the crisis plan, with GTK's dialog and preview
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-crisis-layout.h"
#include "waymark-crisis-plan.h"
#include "waymark-safety-net.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PRINT_OPERATION (waymark_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPrintOperation, waymark_print_operation, WAYMARK, PRINT_OPERATION, GtkPrintOperation)

WaymarkPrintOperation   *waymark_print_operation_new      (WaymarkCrisisPlan       *plan,
                                                           WaymarkCrisisLayoutKind  kind);
WaymarkCrisisLayoutKind  waymark_print_operation_get_kind (WaymarkPrintOperation   *self);

void                    waymark_print_operation_set_language (WaymarkPrintOperation *self,
                                                              const char            *language);

const char             *waymark_print_operation_get_language (WaymarkPrintOperation *self);
void                    waymark_print_operation_set_blank    (WaymarkPrintOperation         *self,
                                                              const WaymarkSafetyNetCountry *country);

G_END_DECLS
