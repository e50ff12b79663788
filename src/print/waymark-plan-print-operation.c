/* waymark-plan-print-operation.c: printing the whole recovery plan, with GTK's dialog
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-language.h"
#include "waymark-plan-layout.h"
#include "waymark-plan-print-operation.h"

/* As the crisis plan prints (waymark-print-operation.c): the page is
 * the whole paper, in points, and the layout keeps its own margins;
 * the same layout as the PDF, in the person's print language. */

struct _WaymarkPlanPrintOperation
{
  GtkPrintOperation  parent_instance;

  WaymarkPlanLayout *layout;
  char              *language;   /* or NULL for the window's */
};

G_DEFINE_FINAL_TYPE (WaymarkPlanPrintOperation, waymark_plan_print_operation, GTK_TYPE_PRINT_OPERATION)

static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  WaymarkPlanPrintOperation *self = WAYMARK_PLAN_PRINT_OPERATION (operation);

  if (self->language != NULL)
    waymark_language_push (self->language);
  gtk_print_operation_set_n_pages (operation, waymark_plan_layout_paginate (self->layout));
  if (self->language != NULL)
    waymark_language_pop ();

  return TRUE;
}

static void
waymark_plan_print_operation_begin_print (GtkPrintOperation *operation,
                                          GtkPrintContext   *context)
{
  WaymarkPlanPrintOperation *self = WAYMARK_PLAN_PRINT_OPERATION (operation);

  waymark_plan_layout_set_paper_size (self->layout,
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));
}

static void
waymark_plan_print_operation_draw_page (GtkPrintOperation *operation,
                                        GtkPrintContext   *context,
                                        int                page_nr)
{
  WaymarkPlanPrintOperation *self = WAYMARK_PLAN_PRINT_OPERATION (operation);

  waymark_plan_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
waymark_plan_print_operation_finalize (GObject *object)
{
  WaymarkPlanPrintOperation *self = WAYMARK_PLAN_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (waymark_plan_print_operation_parent_class)->finalize (object);
}

static void
waymark_plan_print_operation_class_init (WaymarkPlanPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = waymark_plan_print_operation_finalize;
  operation_class->begin_print = waymark_plan_print_operation_begin_print;
  operation_class->draw_page = waymark_plan_print_operation_draw_page;
}

static void
waymark_plan_print_operation_init (WaymarkPlanPrintOperation *self)
{
  /* GTK only paginates when a handler is connected to the signal. */
  g_signal_connect (self, "paginate", G_CALLBACK (paginate_cb), NULL);
}

/**
 * waymark_plan_print_operation_new:
 * @print: (transfer full): the plan, or a blank one; taken
 * @language: (nullable): the print language, or %NULL for the window's
 *
 * Returns: (transfer full): a print operation on the locale's paper
 */
WaymarkPlanPrintOperation *
waymark_plan_print_operation_new (WaymarkPlanPrint *print,
                                  const char       *language)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (NULL);
  g_autofree char *job_name = NULL;
  WaymarkPlanPrintOperation *self;

  g_return_val_if_fail (print != NULL, NULL);

  if (!print->blank && *print->person_name != '\0')
    /* Translators: the print job's name, with the person's name. */
    job_name = g_strdup_printf (_("Recovery plan — %s"), print->person_name);
  else
    job_name = g_strdup (_("Recovery plan"));

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);

  self = g_object_new (WAYMARK_TYPE_PLAN_PRINT_OPERATION,
                       "allow-async", TRUE,
                       "default-page-setup", page_setup,
                       "embed-page-setup", TRUE,
                       "job-name", job_name,
                       "unit", GTK_UNIT_POINTS,
                       "use-full-page", TRUE,
                       NULL);

  self->language = waymark_language_find (language) ? g_strdup (waymark_language_find (language)->code) : NULL;
  self->layout = waymark_plan_layout_new (print,
                                          gtk_paper_size_get_width (paper, GTK_UNIT_POINTS),
                                          gtk_paper_size_get_height (paper, GTK_UNIT_POINTS),
                                          NULL);

  return self;
}
