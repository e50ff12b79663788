/* waymark-crisis-pdf.c: the crisis plan exported as a PDF file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "waymark-atomic-cairo.h"
#include "waymark-crisis-pdf.h"

/* The PDF is written whole or not at all (waymark-atomic-file.c). */

G_DEFINE_QUARK (waymark-crisis-pdf-error-quark, waymark_crisis_pdf_error)

static void
set_metadata (cairo_surface_t   *surface,
              WaymarkCrisisPlan *plan)
{
  g_autofree char *title = NULL;

  if (*plan->person_name != '\0')
    /* Translators: the title of the PDF, with the person's name. */
    title = g_strdup_printf (_("Crisis plan — %s"), plan->person_name);
  else
    title = g_strdup (_("Crisis plan"));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark " PACKAGE_VERSION);
  if (*plan->person_name != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, plan->person_name);
}

typedef struct
{
  WaymarkCrisisLayout *layout;
  WaymarkCrisisPlan   *plan;
} Job;

/* Draws every page into @writer; returns the first error. */
static gboolean
render (WaymarkAtomicWriter  *writer,
        const char           *path,
        gpointer              user_data,
        GError              **error)
{
  Job *job = user_data;
  WaymarkCrisisLayout *layout = job->layout;
  WaymarkCrisisPlan *plan = job->plan;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  waymark_crisis_layout_get_paper_size (layout, &width, &height);
  n_pages = waymark_crisis_layout_paginate (layout);

  surface = cairo_pdf_surface_create_for_stream (waymark_atomic_file_cairo_write, writer, width, height);
  set_metadata (surface, plan);
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      waymark_crisis_layout_draw_page (layout, cr, i);
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
 * waymark_crisis_pdf_export:
 * @plan: the crisis plan
 * @kind: full pages, or a sheet of wallet cards
 * @path: the PDF file to write; an existing file there is replaced
 * @paper_width: in points, such as %WAYMARK_PAPER_A4_WIDTH
 * @paper_height: in points
 * @left_off: (out) (optional) (transfer full) (element-type utf8): what
 *   the wallet card could not fit, one line each; empty for full pages
 * @error: return location for an error
 *
 * Writes the plan as a PDF. An empty plan is refused, and no file is
 * made; on any failure @path is left as it was.
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_crisis_pdf_export (WaymarkCrisisPlan        *plan,
                           WaymarkCrisisLayoutKind   kind,
                           const char               *path,
                           double                    paper_width,
                           double                    paper_height,
                           GPtrArray               **left_off,
                           GError                  **error)
{
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  GPtrArray *layout_left_off;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (paper_width > 0 && paper_height > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (left_off != NULL)
    *left_off = NULL;

  if (waymark_crisis_plan_is_empty (plan))
    {
      g_set_error_literal (error, WAYMARK_CRISIS_PDF_ERROR, WAYMARK_CRISIS_PDF_ERROR_EMPTY_PLAN,
                           _("The crisis plan is empty, so there is nothing to export yet."));
      return FALSE;
    }

  layout = waymark_crisis_layout_new (plan, kind, paper_width, paper_height, NULL);

  {
    Job job = { layout, plan };

    if (!waymark_atomic_file_write (path, render, &job, error))
      return FALSE;
  }

  layout_left_off = waymark_crisis_layout_get_left_off (layout);
  if (left_off != NULL)
    {
      *left_off = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < layout_left_off->len; i++)
        g_ptr_array_add (*left_off, g_strdup (layout_left_off->pdata[i]));
    }

  return TRUE;
}
