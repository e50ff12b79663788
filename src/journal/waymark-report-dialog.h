/* waymark-report-dialog.h: choosing the days of the appointment report, then printing or saving it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_REPORT_DIALOG (waymark_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReportDialog, waymark_report_dialog, WAYMARK, REPORT_DIALOG, AdwWindow)

WaymarkReportDialog *waymark_report_dialog_new        (GtkWindow           *parent,
                                                       WaymarkStore        *store);
char                *waymark_report_dialog_dup_file_name (WaymarkReportDialog *self);
gboolean             waymark_report_dialog_save_to    (WaymarkReportDialog *self,
                                                       GFile               *file,
                                                       GError             **error);

G_END_DECLS
