/* waymark-print-operation.c: printing the crisis plan, with GTK's dialog and preview
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-print-operation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-crisis-template.h"
#include "waymark-language.h"
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
  char                *language;   /* the printout's, or NULL for the window's */
  GtkDropDown         *language_dropdown;
  /* An empty plan prints as a blank one, headed with these numbers. */
  gboolean             blank;
  const WaymarkSafetyNetCountry *country;
  double               width;
  double               height;
};

G_DEFINE_FINAL_TYPE (WaymarkPrintOperation, waymark_print_operation, GTK_TYPE_PRINT_OPERATION)

static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  if (self->language != NULL)
    waymark_language_push (self->language);
  if (self->blank)
    gtk_print_operation_set_n_pages (operation,
                                     waymark_crisis_template_paginate (gtk_print_context_get_cairo_context (context),
                                                                       waymark_crisis_layout_get_kind (self->layout),
                                                                       self->country, self->width, self->height));
  else
    gtk_print_operation_set_n_pages (operation, waymark_crisis_layout_paginate (self->layout));
  if (self->language != NULL)
    waymark_language_pop ();

  return TRUE;
}

static void
waymark_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  /* The paper the dialog ended on, in the operation's unit (points),
   * turned as the person chose. */
  self->width = gtk_print_context_get_width (context);
  self->height = gtk_print_context_get_height (context);
  waymark_crisis_layout_set_paper_size (self->layout, self->width, self->height);
}

static void
waymark_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);

  if (self->language != NULL)
    waymark_language_push (self->language);
  if (self->blank)
    waymark_crisis_template_draw_page (gtk_print_context_get_cairo_context (context),
                                       waymark_crisis_layout_get_kind (self->layout),
                                       self->country, self->width, self->height, page_nr);
  else
    waymark_crisis_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
  if (self->language != NULL)
    waymark_language_pop ();
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

/* A tab of the print dialog: the language of the printout, the client's
 * (from the plan) unless the clinician picks another. */
static GtkWidget *
waymark_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *current = self->language ? self->language : waymark_language_current ();
  GtkWidget *box, *label;
  guint n, selected = 0;
  const WaymarkLanguage *languages = waymark_languages (&n);

  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (names, languages[i].native_name);
      if (g_str_equal (languages[i].code, current))
        selected = i;
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  label = gtk_label_new_with_mnemonic (_("_Print the crisis plan in"));
  gtk_box_append (GTK_BOX (box), label);
  self->language_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (self->language_dropdown, selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->language_dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->language_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language of the printout"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->language_dropdown));

  return box;
}

static void
waymark_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                             GtkWidget         *widget)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);
  guint n, selected = gtk_drop_down_get_selected (self->language_dropdown);
  const WaymarkLanguage *languages = waymark_languages (&n);

  if (selected < n)
    waymark_print_operation_set_language (self, languages[selected].code);
}

static void
waymark_print_operation_finalize (GObject *object)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->language, g_free);

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
  operation_class->create_custom_widget = waymark_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = waymark_print_operation_custom_widget_apply;
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
                       /* Translators: the print dialog's tab for the printout's language */
                       "custom-tab-label", _("Language"),
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

/**
 * waymark_print_operation_set_language:
 * @language: (nullable): a code of waymark_languages (), such as "es";
 *   %NULL prints in the window's language
 *
 * Prints in @language, whatever the workstation's; the print dialog
 * starts on it, and the clinician may pick another there.
 */
void
waymark_print_operation_set_language (WaymarkPrintOperation *self,
                                      const char            *language)
{
  g_return_if_fail (WAYMARK_IS_PRINT_OPERATION (self));

  g_free (self->language);
  self->language = waymark_language_find (language) ? g_strdup (waymark_language_find (language)->code) : NULL;
}

/**
 * waymark_print_operation_get_language:
 *
 * Returns: (nullable): the printout's language, or %NULL for the window's
 */
const char *
waymark_print_operation_get_language (WaymarkPrintOperation *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_OPERATION (self), NULL);

  return self->language;
}

/**
 * waymark_print_operation_set_blank:
 * @self: the operation
 * @country: (nullable): whose numbers head the blank plan
 *
 * Prints a blank crisis plan to fill in by hand instead of the plan's
 * contents (for a plan with nothing in it yet).
 */
void
waymark_print_operation_set_blank (WaymarkPrintOperation         *self,
                                   const WaymarkSafetyNetCountry *country)
{
  g_return_if_fail (WAYMARK_IS_PRINT_OPERATION (self));

  self->blank = TRUE;
  self->country = country;
}
