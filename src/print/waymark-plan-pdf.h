/* waymark-plan-pdf.h: the whole recovery plan exported as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-plan-print.h"

G_BEGIN_DECLS

gboolean waymark_plan_pdf_export (WaymarkPlanPrint  *print,
                                  const char        *path,
                                  double             paper_width,
                                  double             paper_height,
                                  guint             *n_pages,
                                  GError           **error);

G_END_DECLS
