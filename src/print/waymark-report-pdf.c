/* waymark-report-pdf.c: the appointment report saved as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report-pdf"

#include "config.h"

#include <cairo-pdf.h>

#include "waymark-atomic-cairo.h"
#include "waymark-report-pdf.h"

typedef struct
{
  WaymarkReportLayout *layout;
  guint                n_pages;
} Job;

/* Draws every page into @writer; the PDF is written whole, 0600, or
 * not at all (waymark-atomic-file.c). */
static gboolean
render (WaymarkAtomicWriter  *writer,
        const char           *path,
        gpointer              user_data,
        GError              **error)
{
  Job *job = user_data;
  WaymarkReport *report = waymark_report_layout_get_report (job->layout);
  g_autofree char *title = waymark_report_layout_dup_title (report);
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  waymark_report_layout_get_paper_size (job->layout, &width, &height);
  job->n_pages = waymark_report_layout_paginate (job->layout);

  surface = cairo_pdf_surface_create_for_stream (waymark_atomic_file_cairo_write, writer, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
  if (*report->person_name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->person_name);
  cr = cairo_create (surface);

  for (guint i = 0; i < job->n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      waymark_report_layout_draw_page (job->layout, cr, i);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || writer->saved_errno != 0)
    {
      waymark_atomic_file_set_error (error, path, writer->saved_errno, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_report_pdf_export:
 * @layout: the report, on its paper
 * @path: the PDF file to write; an existing file there is replaced
 * @n_pages: (out) (optional): how many pages it has
 * @error: return location for an error
 *
 * Writes the report as a PDF, in the current language. On any failure
 * @path is left as it was.
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_report_pdf_export (WaymarkReportLayout  *layout,
                           const char           *path,
                           guint                *n_pages,
                           GError              **error)
{
  Job job = { layout, 0 };

  g_return_val_if_fail (WAYMARK_IS_REPORT_LAYOUT (layout), FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!waymark_atomic_file_write (path, render, &job, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = job.n_pages;
  return TRUE;
}
