/* waymark-report-print-operation.h: printing the appointment report, with GTK's dialog and preview
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-report-layout.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_REPORT_PRINT_OPERATION (waymark_report_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReportPrintOperation, waymark_report_print_operation,
                      WAYMARK, REPORT_PRINT_OPERATION, GtkPrintOperation)

WaymarkReportPrintOperation *waymark_report_print_operation_new (WaymarkReport *report,
                                                                 const char    *language);

G_END_DECLS
