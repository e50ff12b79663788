/* waymark-report-dialog.c: choosing the days of the appointment report, then printing or saving it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-plain-export.h"
#include "waymark-report-dialog.h"
#include "waymark-report-pdf.h"
#include "waymark-report-print-operation.h"

/* The days, from a choice of periods (since the last plan review first,
 * when there was one) or typed; notes only when the box is ticked. The
 * report is read from the plan when it is printed or saved, so it shows
 * what the plan holds at that moment, in the person's print language. */

struct _WaymarkReportDialog
{
  AdwWindow             parent_instance;

  /* Template */
  AdwComboRow          *period_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  GtkCheckButton       *notes_check;
  GtkLabel             *error_label;

  /* Owned */
  WaymarkStore         *store;
  GtkWindow            *parent;      /* weak: where the toast goes */
  GtkFileChooserNative *chooser;
  GArray               *period_firsts;   /* guint32: each period's first day */
  guint32               today;
};

G_DEFINE_FINAL_TYPE (WaymarkReportDialog, waymark_report_dialog, ADW_TYPE_WINDOW)

static void
set_day (AdwEntryRow *row,
         guint32      julian)
{
  char day[11];

  waymark_date_from_julian (julian, day);
  gtk_editable_set_text (GTK_EDITABLE (row), day);
}

static void
period_selected_cb (WaymarkReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  if (selected >= self->period_firsts->len)
    return;

  set_day (self->from_row, g_array_index (self->period_firsts, guint32, selected));
  set_day (self->to_row, self->today);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
fill_periods (WaymarkReportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint32 first = 0, last = 0;

  g_array_set_size (self->period_firsts, 0);

  if (waymark_report_default_range (self->store, self->today, &first, &last, NULL) &&
      first != self->today - (WAYMARK_REPORT_DEFAULT_DAYS - 1))
    {
      g_autofree char *day = waymark_date_format_julian (first, WAYMARK_DATE_DAY_MONTH_YEAR);
      /* Translators: a period for the appointment report; %s is a day, as in "3 August 2026". */
      g_autofree char *name = g_strdup_printf (_("Since the last plan review, on %s"), day);

      gtk_string_list_append (names, name);
      g_array_append_val (self->period_firsts, first);
    }

  {
    const struct { const char *name; guint days; } periods[] = {
      { N_("The last 30 days"), 30 },
      { N_("The last 3 months"), 91 },
      { N_("The last 12 months"), 365 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
      {
        guint32 from = self->today - (periods[i].days - 1);

        gtk_string_list_append (names, _(periods[i].name));
        g_array_append_val (self->period_firsts, from);
      }
  }

  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->period_row, 0);
  period_selected_cb (self);
}

static gboolean
read_days (WaymarkReportDialog *self,
           guint32             *first,
           guint32             *last)
{
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_row));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_row));
  const char *problem = NULL;

  *first = waymark_date_is_valid (from) ? waymark_date_to_julian (from) : 0;
  *last = waymark_date_is_valid (to) ? waymark_date_to_julian (to) : 0;

  if (*first == 0 || *last == 0)
    problem = _("Write each day as year-month-day, such as 2026-11-01.");
  else if (*first > *last)
    problem = _("The first day comes after the last. Swap them, or choose a period.");

  gtk_label_set_text (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);

  if (problem != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (*first == 0 || *first > *last ? self->from_row : self->to_row));
  return problem == NULL;
}

static WaymarkReport *
load_report (WaymarkReportDialog  *self,
             GError              **error)
{
  WaymarkReportFlags flags = WAYMARK_REPORT_NONE;
  guint32 first, last;

  if (!read_days (self, &first, &last))
    return NULL;

  if (gtk_check_button_get_active (self->notes_check))
    flags |= WAYMARK_REPORT_SHARED_NOTES;

  return waymark_report_load (self->store, first, last, flags, error);
}

/* The person's print language, or NULL for the window's. */
static const char *
print_language (WaymarkReportDialog *self)
{
  g_autoptr(WaymarkPerson) person = waymark_store_load_person (self->store, NULL);
  const WaymarkLanguage *language = person ? waymark_language_find (waymark_person_get_language (person)) : NULL;

  return language ? language->code : NULL;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WaymarkReportDialog *self = WAYMARK_REPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkReportPrintOperation) operation = NULL;
  GtkWindow *parent = self->parent;
  WaymarkReport *report;

  report = load_report (self, &error);
  if (report == NULL)
    {
      if (error != NULL)
        waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  operation = waymark_report_print_operation_new (report, print_language (self));
  /* The dialog is done; printing runs on with the window it came from. */
  gtk_window_close (GTK_WINDOW (self));
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

/**
 * waymark_report_dialog_save_to:
 * @file: a local file
 *
 * Saves the report of the days chosen as a PDF in @file (0600, whole
 * or not at all).
 *
 * Returns: whether it was saved; %FALSE without @error set when the
 *   days chosen are not days (the dialog says so)
 */
gboolean
waymark_report_dialog_save_to (WaymarkReportDialog  *self,
                               GFile                *file,
                               GError              **error)
{
  g_autoptr(WaymarkReportLayout) layout = NULL;
  g_autofree char *path = g_file_get_path (file);
  const char *language = print_language (self);
  WaymarkReport *report;
  double width, height;
  gboolean saved;

  g_return_val_if_fail (WAYMARK_IS_REPORT_DIALOG (self), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The report can only be saved in a folder on this computer. Choose another place."));
      return FALSE;
    }

  report = load_report (self, error);
  if (report == NULL)
    return FALSE;

  waymark_paper_size_default (&width, &height);
  layout = waymark_report_layout_new (report, width, height);
  if (language != NULL)
    waymark_language_push (language);
  saved = waymark_report_pdf_export (layout, path, NULL, error);
  if (language != NULL)
    waymark_language_pop ();

  return saved;
}

static void
save_response_cb (WaymarkReportDialog *self,
                  int                  response,
                  GtkNativeDialog     *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (waymark_report_dialog_save_to (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: a toast after saving the report; %s is the file's name. */
      g_autofree char *message = g_strdup_printf (_("Saved the report as “%s”"), name);

      if (self->parent != NULL)
        waymark_show_toast (GTK_WIDGET (self->parent), message);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (error != NULL)
    /* The old file, if any, is as it was; the message says what to do. */
    waymark_show_error (GTK_WIDGET (self), error->message);
}

/**
 * waymark_report_dialog_dup_file_name:
 *
 * Returns: (transfer full): the name the report is offered under, as
 *   every export is named (waymark-file-name.c), in the person's print
 *   language: "Sam Sample – Appointment Report – 2026-12-06.pdf"
 */
char *
waymark_report_dialog_dup_file_name (WaymarkReportDialog *self)
{
  const char *language = print_language (self);
  char *name;

  if (language != NULL)
    waymark_language_push (language);
  /* The document's part of the suggested file name. */
  name = waymark_file_name_for_store (self->store, NULL, _("Appointment Report"), "pdf");
  if (language != NULL)
    waymark_language_pop ();

  return name;
}

static void
choose_where (GtkWidget *widget,
              GVariant  *parameter)
{
  WaymarkReportDialog *self = WAYMARK_REPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  guint32 first, last;

  if (self->chooser != NULL || !read_days (self, &first, &last))
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save the Appointment Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), pdf);
  name = waymark_report_dialog_dup_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A protected plan's report is said to be plain first. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  waymark_export_plainly (widget, WAYMARK_REPORT_DIALOG (widget)->store, choose_where, parameter);
}

static void
waymark_report_dialog_dispose (GObject *object)
{
  WaymarkReportDialog *self = WAYMARK_REPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_REPORT_DIALOG);

  G_OBJECT_CLASS (waymark_report_dialog_parent_class)->dispose (object);
}

static void
waymark_report_dialog_finalize (GObject *object)
{
  WaymarkReportDialog *self = WAYMARK_REPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->period_firsts, g_array_unref);

  G_OBJECT_CLASS (waymark_report_dialog_parent_class)->finalize (object);
}

static void
waymark_report_dialog_class_init (WaymarkReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_report_dialog_dispose;
  object_class->finalize = waymark_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/waymark/Waymark/waymark-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkReportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkReportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkReportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkReportDialog, notes_check);
  gtk_widget_class_bind_template_child (widget_class, WaymarkReportDialog, error_label);

  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
waymark_report_dialog_init (WaymarkReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->period_firsts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->today = waymark_local_today_julian ();

  g_signal_connect_swapped (self->period_row, "notify::selected", G_CALLBACK (period_selected_cb), self);
}

/**
 * waymark_report_dialog_new:
 * @parent: the plan's window
 * @store: the plan
 *
 * Returns: (transfer none): the dialog, shown over @parent
 */
WaymarkReportDialog *
waymark_report_dialog_new (GtkWindow    *parent,
                           WaymarkStore *store)
{
  WaymarkReportDialog *self;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  self = g_object_new (WAYMARK_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->parent, parent);
  fill_periods (self);

  return self;
}
