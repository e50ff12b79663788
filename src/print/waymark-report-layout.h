/* waymark-report-layout.h: the appointment report laid out on paper
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "waymark-report.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_REPORT_LAYOUT (waymark_report_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReportLayout, waymark_report_layout, WAYMARK, REPORT_LAYOUT, GObject)

WaymarkReportLayout *waymark_report_layout_new            (WaymarkReport       *report,
                                                           double               paper_width,
                                                           double               paper_height);
WaymarkReport       *waymark_report_layout_get_report     (WaymarkReportLayout *self);
void                 waymark_report_layout_set_paper_size (WaymarkReportLayout *self,
                                                           double               paper_width,
                                                           double               paper_height);
void                 waymark_report_layout_get_paper_size (WaymarkReportLayout *self,
                                                           double              *paper_width,
                                                           double              *paper_height);
guint                waymark_report_layout_paginate       (WaymarkReportLayout *self);
void                 waymark_report_layout_draw_page      (WaymarkReportLayout *self,
                                                           cairo_t             *cr,
                                                           guint                page);
char                *waymark_report_layout_dup_title      (WaymarkReport       *report);

G_END_DECLS
