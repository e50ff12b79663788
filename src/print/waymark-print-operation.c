/* waymark-print-operation.c: printing the crisis plan, with GTK's dialog and preview
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-print-operation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-print-operation.h"

/* As gnome-text-editor prints: set up in begin-print, paginate in one
 * step, draw each page with the same layout the PDF export uses, and
 * say what went wrong in done. The page is the whole paper (the
 * layout keeps its own 18 mm margins, wider than any printer's), in
 * points, the layout's unit. */

struct _WaymarkPrintOperation
{
  GtkPrintOperation    parent_instance;

  /* Owned */
  WaymarkCrisisLayout *layout;
};

G_DEFINE_FINAL_TYPE (WaymarkPrintOperation, waymark_print_operation, GTK_TYPE_PRINT_OPERATION)

static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, waymark_crisis_layout_paginate (self->layout));

  return TRUE;
}

static void
waymark_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  /* The paper the dialog ended on, in the operation's unit (points),
   * turned as the person chose. */
  waymark_crisis_layout_set_paper_size (self->layout,
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));
}

static void
waymark_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  waymark_crisis_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
waymark_print_operation_done (GtkPrintOperation       *operation,
                              GtkPrintOperationResult  result)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *application;
  GtkWindow *parent = NULL;
  GtkWidget *dialog;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  g_warning ("Could not print the crisis plan: %s", error ? error->message : "unknown error");

  /* Printing runs on after the dialog closes, so the window it came
   * from is found again to say so. */
  application = GTK_IS_APPLICATION (g_application_get_default ())
              ? GTK_APPLICATION (g_application_get_default ()) : NULL;
  if (application != NULL)
    parent = gtk_application_get_active_window (application);
  if (parent == NULL)
    return;

  dialog = adw_message_dialog_new (parent, _("Could Not Print the Crisis Plan"),
                                   error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
waymark_print_operation_finalize (GObject *object)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (waymark_print_operation_parent_class)->finalize (object);
}

static void
waymark_print_operation_class_init (WaymarkPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = waymark_print_operation_finalize;

  operation_class->begin_print = waymark_print_operation_begin_print;
  operation_class->draw_page = waymark_print_operation_draw_page;
  operation_class->done = waymark_print_operation_done;
}

static void
waymark_print_operation_init (WaymarkPrintOperation *self)
{
  /* GTK only paginates when it sees a handler connected to the signal,
   * overriding the vfunc is not enough. */
  g_signal_connect (self, "paginate", G_CALLBACK (paginate_cb), NULL);
}

/**
 * waymark_print_operation_new:
 * @plan: the crisis plan; it is copied, so it may be freed at once
 * @kind: full pages, or a sheet of wallet cards
 *
 * Returns: (transfer full): a print operation for
 *   gtk_print_operation_run(), on the locale's default paper
 */
WaymarkPrintOperation *
waymark_print_operation_new (WaymarkCrisisPlan       *plan,
                             WaymarkCrisisLayoutKind  kind)
{
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *job_name = NULL;
  WaymarkPrintOperation *self;

  g_return_val_if_fail (plan != NULL, NULL);

  if (*plan->person_name != '\0')
    /* Translators: the print job's name, with the person's name. */
    job_name = g_strdup_printf (_("Crisis plan — %s"), plan->person_name);
  else
    job_name = g_strdup (_("Crisis plan"));

  /* NULL is the locale's own paper: A4, or Letter where that is usual. */
  paper = gtk_paper_size_new (NULL);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  self = g_object_new (WAYMARK_TYPE_PRINT_OPERATION,
                       "allow-async", TRUE,
                       "default-page-setup", page_setup,
                       "embed-page-setup", TRUE,
                       "job-name", job_name,
                       "unit", GTK_UNIT_POINTS,
                       "use-full-page", TRUE,
                       NULL);

  self->layout = waymark_crisis_layout_new (plan, kind,
                                            gtk_paper_size_get_width (paper, GTK_UNIT_POINTS),
                                            gtk_paper_size_get_height (paper, GTK_UNIT_POINTS),
                                            NULL);

  return self;
}

WaymarkCrisisLayoutKind
waymark_print_operation_get_kind (WaymarkPrintOperation *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_OPERATION (self), WAYMARK_CRISIS_LAYOUT_PAGE);

  return waymark_crisis_layout_get_kind (self->layout);
}
