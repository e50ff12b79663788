/* waymark-crisis-pdf.h: the crisis plan exported as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-crisis-layout.h"
#include "waymark-crisis-plan.h"
#include "waymark-paper-size.h"

G_BEGIN_DECLS

#define WAYMARK_CRISIS_PDF_ERROR (waymark_crisis_pdf_error_quark ())

typedef enum
{
  WAYMARK_CRISIS_PDF_ERROR_EMPTY_PLAN,
} WaymarkCrisisPdfError;

GQuark   waymark_crisis_pdf_error_quark (void);

gboolean waymark_crisis_pdf_export      (WaymarkCrisisPlan        *plan,
                                         WaymarkCrisisLayoutKind   kind,
                                         const char               *path,
                                         double                    paper_width,
                                         double                    paper_height,
                                         GPtrArray               **left_off,
                                         GError                  **error);

G_END_DECLS
