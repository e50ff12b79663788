/* waymark-plan-pdf.c: the whole recovery plan exported as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "waymark-atomic-cairo.h"
#include "waymark-plan-layout.h"
#include "waymark-plan-pdf.h"

/* Written whole or not at all, readable by its owner only
 * (waymark-atomic-file.c): a recovery plan is health information. */

typedef struct
{
  WaymarkPlanLayout *layout;
  WaymarkPlanPrint  *print;
  guint              n_pages;
} Job;

static gboolean
render (WaymarkAtomicWriter  *writer,
        const char           *path,
        gpointer              user_data,
        GError              **error)
{
  Job *job = user_data;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  waymark_plan_layout_get_paper_size (job->layout, &width, &height);
  job->n_pages = waymark_plan_layout_paginate (job->layout);

  surface = cairo_pdf_surface_create_for_stream (waymark_atomic_file_cairo_write, writer, width, height);

  if (job->print->blank)
    title = g_strdup (_("Recovery plan (blank)"));
  else if (*job->print->person_name != '\0')
    /* Translators: the title of the PDF, with the person's name. */
    title = g_strdup_printf (_("Recovery plan — %s"), job->print->person_name);
  else
    title = g_strdup (_("Recovery plan"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
  if (!job->print->blank && *job->print->person_name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, job->print->person_name);

  cr = cairo_create (surface);
  for (guint i = 0; i < job->n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      waymark_plan_layout_draw_page (job->layout, cr, i);
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
 * waymark_plan_pdf_export:
 * @print: (transfer full): the plan, or a blank one; taken
 * @path: the PDF file to write; an existing file there is replaced
 * @paper_width: in points, such as %WAYMARK_PAPER_A4_WIDTH
 * @paper_height: in points
 * @n_pages: (out) (optional): how many pages it has
 * @error: return location for an error
 *
 * Writes the plan as a PDF, in the language Waymark speaks now; on any
 * failure @path is left as it was.
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_plan_pdf_export (WaymarkPlanPrint  *print,
                         const char        *path,
                         double             paper_width,
                         double             paper_height,
                         guint             *n_pages,
                         GError           **error)
{
  g_autoptr(WaymarkPlanLayout) layout = NULL;
  Job job = { 0 };

  g_return_val_if_fail (print != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (paper_width > 0 && paper_height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = waymark_plan_layout_new (print, paper_width, paper_height, NULL);
  job.layout = layout;
  job.print = print;

  if (!waymark_atomic_file_write (path, render, &job, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = job.n_pages;

  return TRUE;
}
