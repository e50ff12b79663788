/* waymark-report-pdf.h: the appointment report saved as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-report-layout.h"

G_BEGIN_DECLS

gboolean waymark_report_pdf_export (WaymarkReportLayout  *layout,
                                    const char           *path,
                                    guint                *n_pages,
                                    GError              **error);

G_END_DECLS
