/* waymark-plan-page-print.c: the Plan page's Print and Export actions
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-autosave.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-plain-export.h"
#include "waymark-plan-page-print.h"
#include "waymark-plan-pdf.h"
#include "waymark-plan-print-operation.h"
#include "waymark-plan-print.h"

/* The whole recovery plan, printed or saved as a PDF, or a blank one to
 * fill in together on paper (issue 15, item 4): the "plan-print" group
 * of actions on the Plan page, "print" and "export" with "plan" or
 * "blank", and "review-line", whether it ends with a "Reviewed with
 * ______ on ______" line. Always in the person's print language. */

#define GROUP "plan-print"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
wants_review_line (WaymarkPage *page)
{
  GActionGroup *group = g_object_get_data (G_OBJECT (page), GROUP);
  g_autoptr(GVariant) state = group ? g_action_group_get_action_state (group, "review-line") : NULL;

  return state != NULL && g_variant_get_boolean (state);
}

/* The plan as it is now, everything typed saved first; or a blank one,
 * in the person's language. NULL after telling why not. */
static WaymarkPlanPrint *
load_print (WaymarkPage  *page,
            gboolean      blank,
            char        **language)
{
  WaymarkStore *store = waymark_page_get_store (page);
  g_autoptr(WaymarkPlanPrint) print = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return NULL;

  waymark_autosave_flush_all ();
  print = waymark_plan_print_load (store, &error);
  if (print == NULL)
    {
      waymark_tell (GTK_WIDGET (page), _("Can’t Read the Plan"), error->message);
      return NULL;
    }

  *language = g_strdup (print->language);
  if (blank)
    {
      waymark_plan_print_free (print);
      print = waymark_plan_print_new_blank ();
    }
  print->reviewed_line = print->reviewed_line || wants_review_line (page);

  return g_steal_pointer (&print);
}

static gboolean
is_blank (GVariant *param)
{
  return param != NULL && g_str_equal (g_variant_get_string (param, NULL), "blank");
}

static void
print_cb (GSimpleAction *action,
          GVariant      *param,
          gpointer       user_data)
{
  WaymarkPage *page = user_data;
  g_autoptr(WaymarkPlanPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  WaymarkPlanPrint *print = load_print (page, is_blank (param), &language);

  if (print == NULL)
    return;

  operation = waymark_plan_print_operation_new (print, language);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (GTK_WIDGET (page)), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    waymark_tell (GTK_WIDGET (page), _("Can’t Print"), error->message);
}

/**
 * waymark_plan_page_export_pdf:
 * @page: the Plan page
 * @blank: a blank plan instead of the person's
 * @path: the PDF to write
 *
 * Saves the plan as it is now, on the locale's paper, in the person's
 * language, and says how it went: a toast, or a dialog with the reason.
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_plan_page_export_pdf (WaymarkPage *page,
                              gboolean     blank,
                              const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  WaymarkPlanPrint *print = load_print (page, blank, &language);
  gboolean exported;
  double width, height;

  if (print == NULL)
    return FALSE;

  waymark_paper_size_default (&width, &height);
  if (waymark_language_find (language) != NULL)
    waymark_language_push (waymark_language_find (language)->code);
  exported = waymark_plan_pdf_export (print, path, width, height, NULL, &error);
  if (waymark_language_find (language) != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      waymark_tell (GTK_WIDGET (page), _("Can’t Save the PDF"), error->message);
      return FALSE;
    }

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  /* Translators: a toast; %s is a file name. */
  message = g_strdup_printf (_("Saved “%s”"), name);
  waymark_show_toast (GTK_WIDGET (page), message);

  return TRUE;
}

typedef struct
{
  GWeakRef page;
  gboolean blank;
} ExportJob;

static void
free_export_job (gpointer data,
                 GClosure *closure)
{
  ExportJob *job = data;

  g_weak_ref_clear (&job->page);
  g_free (job);
}

static void
export_response_cb (GtkFileChooserNative *chooser,
                    int                   response,
                    ExportJob            *job)
{
  g_autoptr(WaymarkPage) page = g_weak_ref_get (&job->page);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL && page != NULL)
    waymark_plan_page_export_pdf (page, job->blank, path);

  g_object_unref (chooser);
}

static void
choose_where (GtkWidget *widget,
              GVariant  *param)
{
  WaymarkPage *page = WAYMARK_PAGE (widget);
  gboolean blank = is_blank (param);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  ExportJob *job;

  if (waymark_page_get_store (page) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Recovery Plan"), parent_window (GTK_WIDGET (page)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);

  /* Translators: what a saved file is, in its suggested name,
   * as in "Sam Sample – Recovery Plan – 2026-12-05.pdf". */
  name = waymark_file_name_for_store (waymark_page_get_store (page), NULL,
                                      blank ? C_("file name", "Blank Recovery Plan")
                                            : C_("file name", "Recovery Plan"), "pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  job = g_new0 (ExportJob, 1);
  g_weak_ref_init (&job->page, page);
  job->blank = blank;
  g_signal_connect_data (chooser, "response", G_CALLBACK (export_response_cb), job, free_export_job, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A protected plan's export is said to be plain first. */
static void
export_cb (GSimpleAction *action,
           GVariant      *param,
           gpointer       user_data)
{
  waymark_export_plainly (GTK_WIDGET (user_data), waymark_page_get_store (user_data), choose_where, param);
}

/**
 * waymark_plan_page_print_setup:
 * @page: the Plan page
 *
 * Adds the "plan-print" actions to @page, for its Print or Export menu.
 */
void
waymark_plan_page_print_setup (WaymarkPage *page)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const GActionEntry entries[] = {
    { "print", print_cb, "s" },
    { "export", export_cb, "s" },
    { "review-line", NULL, NULL, "false" },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), page);
  gtk_widget_insert_action_group (GTK_WIDGET (page), GROUP, G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (page), GROUP, g_object_ref (group), g_object_unref);
}
