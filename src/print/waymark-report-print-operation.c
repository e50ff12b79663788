/* waymark-report-print-operation.c: printing the appointment report, with GTK's dialog and preview
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-language.h"
#include "waymark-report-print-operation.h"

/* As the crisis plan prints: the whole paper in points (the layout
 * keeps its own margins), paginated in one step, each page drawn by the
 * layout the PDF uses, in the person's print language. */

struct _WaymarkReportPrintOperation
{
  GtkPrintOperation    parent_instance;

  /* Owned */
  WaymarkReportLayout *layout;
  char                *language;   /* NULL: the window's */
};

G_DEFINE_FINAL_TYPE (WaymarkReportPrintOperation, waymark_report_print_operation, GTK_TYPE_PRINT_OPERATION)

static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  WaymarkReportPrintOperation *self = WAYMARK_REPORT_PRINT_OPERATION (operation);

  if (self->language != NULL)
    waymark_language_push (self->language);
  gtk_print_operation_set_n_pages (operation, waymark_report_layout_paginate (self->layout));
  if (self->language != NULL)
    waymark_language_pop ();

  return TRUE;
}

static void
waymark_report_print_operation_begin_print (GtkPrintOperation *operation,
                                            GtkPrintContext   *context)
{
  WaymarkReportPrintOperation *self = WAYMARK_REPORT_PRINT_OPERATION (operation);

  waymark_report_layout_set_paper_size (self->layout,
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));
}

static void
waymark_report_print_operation_draw_page (GtkPrintOperation *operation,
                                          GtkPrintContext   *context,
                                          int                page_nr)
{
  WaymarkReportPrintOperation *self = WAYMARK_REPORT_PRINT_OPERATION (operation);

  if (self->language != NULL)
    waymark_language_push (self->language);
  waymark_report_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
  if (self->language != NULL)
    waymark_language_pop ();
}

static void
waymark_report_print_operation_done (GtkPrintOperation       *operation,
                                     GtkPrintOperationResult  result)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *application;
  GtkWindow *parent = NULL;
  GtkWidget *dialog;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  g_warning ("Could not print the appointment report: %s", error ? error->message : "unknown error");

  application = GTK_IS_APPLICATION (g_application_get_default ())
              ? GTK_APPLICATION (g_application_get_default ()) : NULL;
  if (application != NULL)
    parent = gtk_application_get_active_window (application);
  if (parent == NULL)
    return;

  dialog = adw_message_dialog_new (parent, _("Could Not Print the Report"),
                                   error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
waymark_report_print_operation_finalize (GObject *object)
{
  WaymarkReportPrintOperation *self = WAYMARK_REPORT_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (waymark_report_print_operation_parent_class)->finalize (object);
}

static void
waymark_report_print_operation_class_init (WaymarkReportPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = waymark_report_print_operation_finalize;

  operation_class->begin_print = waymark_report_print_operation_begin_print;
  operation_class->draw_page = waymark_report_print_operation_draw_page;
  operation_class->done = waymark_report_print_operation_done;
}

static void
waymark_report_print_operation_init (WaymarkReportPrintOperation *self)
{
  /* GTK only paginates when a handler is connected to the signal. */
  g_signal_connect (self, "paginate", G_CALLBACK (paginate_cb), NULL);
}

/**
 * waymark_report_print_operation_new:
 * @report: (transfer full): the report's data
 * @language: (nullable): the printout's language, such as "de"; %NULL
 *   for the window's
 *
 * Returns: (transfer full): a print operation for
 *   gtk_print_operation_run (), on the locale's default paper
 */
WaymarkReportPrintOperation *
waymark_report_print_operation_new (WaymarkReport *report,
                                    const char    *language)
{
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *job_name = NULL;
  WaymarkReportPrintOperation *self;

  g_return_val_if_fail (report != NULL, NULL);

  if (language != NULL && waymark_language_find (language) != NULL)
    waymark_language_push (language);
  job_name = waymark_report_layout_dup_title (report);
  if (language != NULL && waymark_language_find (language) != NULL)
    waymark_language_pop ();

  paper = gtk_paper_size_new (NULL);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  self = g_object_new (WAYMARK_TYPE_REPORT_PRINT_OPERATION,
                       "allow-async", TRUE,
                       "default-page-setup", page_setup,
                       "embed-page-setup", TRUE,
                       "job-name", job_name,
                       "unit", GTK_UNIT_POINTS,
                       "use-full-page", TRUE,
                       NULL);

  self->layout = waymark_report_layout_new (report,
                                            gtk_paper_size_get_width (paper, GTK_UNIT_POINTS),
                                            gtk_paper_size_get_height (paper, GTK_UNIT_POINTS));
  self->language = language != NULL && waymark_language_find (language) != NULL
                 ? g_strdup (waymark_language_find (language)->code) : NULL;

  return self;
}
