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

#include "waymark-crisis-pdf.h"

/* The PDF is written to a hidden file beside the one asked for, synced,
 * and renamed over it only when every byte is there: whatever happens,
 * the path holds the old file or the whole new one, never half of one. */

G_DEFINE_QUARK (waymark-crisis-pdf-error-quark, waymark_crisis_pdf_error)

typedef struct
{
  int fd;
  int saved_errno;   /* the first write error, told to the person */
} Writer;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = user_data;

  while (length > 0)
    {
      ssize_t written = write (writer->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          if (writer->saved_errno == 0)
            writer->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *reason)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file name, the second why it failed,
                * as in "Waymark could not write “plan.pdf”: Permission denied". */
               _("Waymark could not write “%s”: %s"),
               name, saved_errno != 0 ? g_strerror (saved_errno) : reason);
}

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

/* Draws every page into @fd; returns the first error. */
static gboolean
render (WaymarkCrisisLayout  *layout,
        WaymarkCrisisPlan    *plan,
        int                   fd,
        const char           *path,
        GError              **error)
{
  Writer writer = { fd, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  waymark_crisis_layout_get_paper_size (layout, &width, &height);
  n_pages = waymark_crisis_layout_paginate (layout);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, width, height);
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

  if (status != CAIRO_STATUS_SUCCESS || writer.saved_errno != 0)
    {
      set_write_error (error, path, writer.saved_errno, cairo_status_to_string (status));
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
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  GPtrArray *layout_left_off;
  int fd;

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

  /* Hidden, beside the final file: on the same file system, so the
   * rename is atomic, and never mistaken for a finished PDF. The file
   * is the person's own (0600), as their plan is. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_write_error (error, path, errno, NULL);
      return FALSE;
    }

  if (!render (layout, plan, fd, path, error))
    {
      close (fd);
      g_unlink (tmp_path);
      return FALSE;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      set_write_error (error, path, saved_errno, NULL);
      return FALSE;
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      set_write_error (error, path, saved_errno, NULL);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      set_write_error (error, path, saved_errno, NULL);
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
