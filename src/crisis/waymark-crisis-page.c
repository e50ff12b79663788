/* waymark-crisis-page.c: the crisis plan, a ladder to climb in a hard hour
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-page"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-autosave-focus.h"
#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-layout.h"
#include "waymark-crisis-page.h"
#include "waymark-crisis-people.h"
#include "waymark-crisis-pdf.h"
#include "waymark-crisis-plan.h"
#include "waymark-crisis-read-view.h"
#include "waymark-crisis-template.h"
#include "waymark-emergency-number.h"
#include "waymark-file-name.h"
#include "waymark-feedback.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-plain-export.h"
#include "waymark-print-operation.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-safety-net-box.h"

/* The page shows the sections in the order they are climbed, the first
 * six numbered, each one of the plan's ordinary sections (the same
 * adding, reordering, deleting and Undo as the Plan page). Entries about
 * people edit the person's shared contact record. The emergency number
 * sits at the top, large, and is what the page opens with.
 *
 * All that is for writing the plan. A plan with something in it opens
 * to be read (WaymarkCrisisReadView: numbers first, then the steps as
 * plain text); Edit (crisis.edit, Ctrl+E) shows the sections. An empty
 * plan opens to be written, with a short guide above the sections. */


struct _WaymarkCrisisPage
{
  WaymarkSectionsPage parent_instance;

  /* Template widgets */
  GtkBox       *sections_box;
  GtkWidget    *guide;
  GtkWidget    *edit_button;
  WaymarkCrisisReadView *read_view;
  GtkLabel     *now_label;
  AdwEntryRow  *emergency_row;
  GtkLabel     *emergency_error_label;
  WaymarkSafetyNetBox *safety_net;

  /* Owned */
  WaymarkAutosave *emergency_autosave;
  gboolean      loading;
  gboolean      editing;
  gboolean      opened_empty;   /* the plan had nothing in it when it was opened */
};

G_DEFINE_FINAL_TYPE (WaymarkCrisisPage, waymark_crisis_page, WAYMARK_TYPE_SECTIONS_PAGE)

enum {
  PROP_0,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *key;
  const char *add_label;
} add_labels[] = {
  { "warning-signs", N_("_Add a Sign") },
  { "coping", N_("_Add Something I Can Do") },
  { "distraction", N_("_Add a Person or Place") },
  { "help-people", N_("_Add Someone to Ask") },
  { "professionals", N_("_Add a Professional or Service") },
  { "safe-environment", N_("_Add a Step") },
  { "reasons", N_("_Add What Matters") },
  { "takeover-signs", N_("_Add a Sign Others Can See") },
  { "supporters", N_("_Add a Supporter") },
  { "supporters-do", N_("_Add What Helps") },
  { "supporters-avoid", N_("_Add What Doesn’t Help") },
  { "medications", N_("_Add a Medication Note") },
  { "treatments-preferred", N_("_Add a Preference") },
  { "treatments-avoid", N_("_Add One to Avoid") },
  { "plan-ends", N_("_Add a Sign I’m Well Again") },
};

static const WaymarkField text_fields[] = {
  { WAYMARK_CRISIS_ENTRY_TEXT, WAYMARK_FIELD_TEXT, N_("In my own words") },
};

static const WaymarkField text_and_detail_fields[] = {
  { WAYMARK_CRISIS_ENTRY_TEXT, WAYMARK_FIELD_TEXT, N_("In my own words") },
  { WAYMARK_CRISIS_ENTRY_DETAIL, WAYMARK_FIELD_ENTRY, N_("Who helps") },
};

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The emergency number ------------------------------------------------------ */

static void
update_now_label (WaymarkCrisisPage *self,
                  const char        *number)
{
  const WaymarkSafetyNetCountry *suggested = waymark_safety_net_box_get_country (self->safety_net);
  gboolean own = number != NULL && *number != '\0';
  g_autofree char *text = NULL;

  /* The person's own number wins; until they write one, the number
   * suggested for their country, shown with its country and date below. */
  waymark_safety_net_box_set_show_emergency (self->safety_net, !own);
  if (own)
    /* Translators: %s is the emergency number the person entered, such as 999. */
    text = g_strdup_printf (_("If you are in danger right now, call %s."), number);
  else if (suggested != NULL)
    text = g_strdup_printf (_("If you are in danger right now, call %s."), suggested->emergency_number);
  else
    text = g_strdup (_("If you are in danger right now, call your local emergency number."));

  gtk_label_set_label (self->now_label, text);
}

static void
country_changed_cb (WaymarkCrisisPage *self)
{
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->emergency_row))));

  update_now_label (self, number);
}

static gboolean
save_emergency_cb (gpointer user_data)
{
  WaymarkCrisisPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  gboolean ok;

  if (waymark_page_get_store (WAYMARK_PAGE (self)) == NULL)
    return TRUE;

  number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->emergency_row))));
  ok = waymark_emergency_number_set (waymark_page_get_store (WAYMARK_PAGE (self)), number, &error);

  gtk_widget_set_visible (GTK_WIDGET (self->emergency_error_label), !ok);
  if (!ok)
    gtk_label_set_label (self->emergency_error_label, error->message);
  else
    update_now_label (self, number);

  return ok;
}

static void
flush_emergency (WaymarkCrisisPage *self)
{
  if (self->emergency_autosave != NULL)
    waymark_autosave_flush (self->emergency_autosave);
}

static void
emergency_changed_cb (WaymarkCrisisPage *self)
{
  if (self->loading)
    return;

  waymark_autosave_changed (self->emergency_autosave);
}

static void
load_emergency (WaymarkCrisisPage *self)
{
  WaymarkStore *store = waymark_page_get_store (WAYMARK_PAGE (self));
  g_autofree char *number = store ? waymark_emergency_number_get (store, NULL) : NULL;

  if (number == NULL)
    number = g_strdup ("");

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->emergency_row), number);
  self->loading = FALSE;
  update_now_label (self, number);
}

/* Printing and exporting ------------------------------------------------------ */

static WaymarkCrisisLayoutKind
kind_from_param (GVariant *param)
{
  return g_strcmp0 (g_variant_get_string (param, NULL), "card") == 0
    ? WAYMARK_CRISIS_LAYOUT_CARD : WAYMARK_CRISIS_LAYOUT_PAGE;
}

/* The plan as it is now, or NULL after telling the person why not. An
 * empty plan prints as a blank one, to fill in by hand. */
static WaymarkCrisisPlan *
load_printable_plan (WaymarkCrisisPage *self)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  flush_emergency (self);
  plan = waymark_crisis_plan_load (waymark_page_get_store (WAYMARK_PAGE (self)), &error);
  if (plan == NULL)
    {
      waymark_tell (GTK_WIDGET (self), _("Can’t Read the Crisis Plan"), error->message);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/* The language the plan's person reads, recorded in About Me; NULL when
 * none is, or Waymark has no translation for it. */
static char *
dup_plan_language (WaymarkCrisisPage *self)
{
  WaymarkStore *store = waymark_page_get_store (WAYMARK_PAGE (self));
  g_autoptr(WaymarkPerson) person = store ? waymark_store_load_person (store, NULL) : NULL;
  const WaymarkLanguage *language = person ? waymark_language_find (waymark_person_get_language (person)) : NULL;

  return language ? g_strdup (language->code) : NULL;
}

static void
run_print (WaymarkCrisisPage       *self,
           WaymarkCrisisPlan       *plan,
           WaymarkCrisisLayoutKind  kind)
{
  g_autoptr(WaymarkPrintOperation) operation = waymark_print_operation_new (plan, kind);
  g_autoptr(GError) error = NULL;
  g_autofree char *language = dup_plan_language (self);

  /* In the client's language, whatever the workstation's. */
  waymark_print_operation_set_language (operation, language);
  if (waymark_crisis_plan_is_empty (plan))
    waymark_print_operation_set_blank (operation, waymark_safety_net_box_get_country (self->safety_net));

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (GTK_WIDGET (self)), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    waymark_tell (GTK_WIDGET (self), _("Can’t Print"), error->message);
}

/* What a question before printing or exporting acts on when answered. */
typedef struct
{
  GWeakRef                 page;
  WaymarkCrisisPlan       *plan;   /* or NULL */
  WaymarkCrisisLayoutKind  kind;
} PrintJob;

static PrintJob *
print_job_new (WaymarkCrisisPage       *page,
               WaymarkCrisisPlan       *plan,
               WaymarkCrisisLayoutKind  kind)
{
  PrintJob *job = g_new0 (PrintJob, 1);

  g_weak_ref_init (&job->page, page);
  job->plan = plan;
  job->kind = kind;

  return job;
}

static void
free_print_job (gpointer  data,
                GClosure *closure)
{
  PrintJob *job = data;

  g_weak_ref_clear (&job->page);
  g_clear_pointer (&job->plan, waymark_crisis_plan_free);
  g_free (job);
}

static void
card_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PrintJob         *job)
{
  g_autoptr(WaymarkCrisisPage) self = g_weak_ref_get (&job->page);

  if (self != NULL && g_strcmp0 (response, "print") == 0)
    run_print (self, job->plan, job->kind);
}

/* Before a card is printed, the person is told what will not fit. */
static char *
describe_left_off (WaymarkCrisisPlan *plan)
{
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *left_off;
  double width, height;

  waymark_paper_size_default (&width, &height);
  layout = waymark_crisis_layout_new (plan, WAYMARK_CRISIS_LAYOUT_CARD, width, height,
                                      pango_cairo_font_map_get_default ());
  waymark_crisis_layout_paginate (layout);
  left_off = waymark_crisis_layout_get_left_off (layout);
  if (left_off == NULL || left_off->len == 0)
    return NULL;

  for (guint i = 0; i < left_off->len; i++)
    g_string_append_printf (text, "• %s\n", (const char *) left_off->pdata[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void print_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param);

/* Ctrl+P (the window's win.print): the full page, as Print does. */
static void
page_print_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  g_autoptr(GVariant) page = g_variant_ref_sink (g_variant_new_string ("page"));

  print_action_cb (widget, "crisis.print", page);
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (widget);
  g_autoptr(WaymarkCrisisPlan) plan = load_printable_plan (self);
  WaymarkCrisisLayoutKind kind = kind_from_param (param);
  g_autofree char *left_off = NULL;
  GtkWidget *dialog;

  if (plan == NULL)
    return;

  if (kind == WAYMARK_CRISIS_LAYOUT_CARD && (left_off = describe_left_off (plan)) != NULL)
    {
      g_autofree char *body = g_strdup_printf ("%s\n\n%s",
                                               _("The card is small, so these will be shortened or left off. "
                                                 "The full page has everything."),
                                               left_off);

      dialog = adw_message_dialog_new (parent_window (widget), _("Not Everything Fits on the Card"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "print", _("_Print the Card"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "print", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "print");
      g_signal_connect_data (dialog, "response", G_CALLBACK (card_response_cb),
                             print_job_new (self, g_steal_pointer (&plan), kind), free_print_job, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  run_print (self, plan, kind);
}

/**
 * waymark_crisis_page_export:
 * @self: the page
 * @kind: the full page or the wallet card
 * @path: the PDF to write
 *
 * Saves the crisis plan as it is now, on the locale's paper, and says
 * how it went: a toast when saved, a dialog with the reason when not.
 *
 * Returns: whether the PDF was written
 */
gboolean
waymark_crisis_page_export (WaymarkCrisisPage       *self,
                            WaymarkCrisisLayoutKind  kind,
                            const char              *path)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GPtrArray) left_off = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  double width, height;

  g_return_val_if_fail (WAYMARK_IS_CRISIS_PAGE (self), FALSE);

  if ((plan = load_printable_plan (self)) == NULL)
    return FALSE;

  waymark_paper_size_default (&width, &height);
  {
    g_autofree char *language = dup_plan_language (self);
    gboolean exported;

    /* In the client's language, whatever the workstation's. */
    if (language != NULL)
      waymark_language_push (language);
    if (waymark_crisis_plan_is_empty (plan))
      exported = waymark_crisis_template_export (kind, waymark_safety_net_box_get_country (self->safety_net),
                                                 path, width, height, &error);
    else
      exported = waymark_crisis_pdf_export (plan, kind, path, width, height, &left_off, &error);
    if (language != NULL)
      waymark_language_pop ();

    if (!exported)
      {
        waymark_tell (GTK_WIDGET (self), _("Can’t Save the PDF"), error->message);
        return FALSE;
      }
  }

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  if (left_off != NULL && left_off->len > 0)
    /* Translators: a toast; %s is a file name. */
    message = g_strdup_printf (_("Saved “%s”; some things were shortened to fit the card"), name);
  else
    /* Translators: a toast; %s is a file name. */
    message = g_strdup_printf (_("Saved “%s”"), name);

  waymark_show_toast (GTK_WIDGET (self), message);

  return TRUE;
}

static void
export_response_cb (GtkFileChooserNative *chooser,
                    int                   response,
                    PrintJob             *job)
{
  g_autoptr(WaymarkCrisisPage) self = g_weak_ref_get (&job->page);
  WaymarkCrisisLayoutKind kind = job->kind;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL && self != NULL)
    waymark_crisis_page_export (self, kind, path);

  g_object_unref (chooser);
}

static void
choose_where (GtkWidget *widget,
              GVariant  *param)
{
  WaymarkCrisisLayoutKind kind = kind_from_param (param);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export the Crisis Plan"), parent_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  {
    /* Translators: what a saved file is, in its suggested name,
     * as in "Sam Sample – Crisis Plan – 2026-12-05.pdf". */
    g_autofree char *name = waymark_file_name_for_store (waymark_page_get_store (WAYMARK_PAGE (widget)), NULL,
                                                         kind == WAYMARK_CRISIS_LAYOUT_CARD
                                                           ? C_("file name", "Crisis Card")
                                                           : C_("file name", "Crisis Plan"), "pdf");

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  }
  g_signal_connect_data (chooser, "response", G_CALLBACK (export_response_cb),
                         print_job_new (WAYMARK_CRISIS_PAGE (widget), NULL, kind), free_print_job, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A protected plan's export is said to be plain first. */
static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  waymark_export_plainly (widget, waymark_page_get_store (WAYMARK_PAGE (widget)), choose_where, param);
}

/* The page ------------------------------------------------------------------- */

static const WaymarkSectionSpec *
crisis_specs (guint *n_specs)
{
  static WaymarkSectionSpec *specs = NULL;
  static guint count = 0;

  if (g_once_init_enter (&specs))
    {
      const WaymarkCrisisSectionInfo *infos;
      guint n_infos;
      WaymarkSectionSpec *made;
      guint step = 0;

      infos = waymark_crisis_sections (&n_infos);
      made = g_new0 (WaymarkSectionSpec, n_infos);

      for (guint i = 0; i < n_infos; i++)
        {
          const WaymarkCrisisSectionInfo *info = &infos[i];
          WaymarkSectionSpec *spec = &made[count];

          if (g_str_equal (info->key, WAYMARK_CRISIS_EMERGENCY_SECTION))
            continue;

          spec->name = info->key;
          spec->record_type = waymark_crisis_entry_get_type;
          spec->scope = info->key;
          /* The first six are the ladder: numbered, climbed in order. */
          if (!info->for_supporters && !g_str_equal (info->key, "reasons"))
            /* Translators: a numbered step of the crisis plan, such as "1. Signs a Crisis May Be Coming". */
            spec->title = g_strdup_printf (_("%u. %s"), ++step, _(info->title));
          else
            spec->title = info->title;
          spec->guidance = info->guidance;
          spec->editor_title = info->title;
          spec->title_column = WAYMARK_CRISIS_ENTRY_TEXT;
          spec->subtitle_column = info->detail_label ? WAYMARK_CRISIS_ENTRY_DETAIL : -1;
          spec->fields = info->detail_label ? text_and_detail_fields : text_fields;
          spec->n_fields = info->detail_label ? G_N_ELEMENTS (text_and_detail_fields) : G_N_ELEMENTS (text_fields);
          spec->add_label = N_("_Add");
          for (guint j = 0; j < G_N_ELEMENTS (add_labels); j++)
            if (g_str_equal (add_labels[j].key, info->key))
              spec->add_label = add_labels[j].add_label;

          if (info->about_people)
            {
              spec->decorate_row = waymark_crisis_people_decorate_row;
              spec->open_record = waymark_crisis_people_open;
              spec->also_reload_on = "contact";
            }
          count++;
        }

      g_once_init_leave (&specs, made);
    }

  *n_specs = count;
  return specs;
}

static void
waymark_crisis_page_changed (WaymarkPage *page,
                             const char  *kind)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (page);

  if (g_str_equal (kind, "crisis") && self->emergency_autosave != NULL &&
      !waymark_autosave_is_pending (self->emergency_autosave))
    load_emergency (self);
}

static void
waymark_crisis_page_flush (WaymarkPage *page)
{
  flush_emergency (WAYMARK_CRISIS_PAGE (page));
}

/* Reading or editing: which half of the page shows. The guide shows
 * while a plan that was empty when opened is being written. */
static void
show_mode (WaymarkCrisisPage *self)
{
  GtkWidget *hidden = self->editing ? GTK_WIDGET (self->read_view) : GTK_WIDGET (self->sections_box);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean focus_goes = focus != NULL && (focus == hidden || gtk_widget_is_ancestor (focus, hidden));

  gtk_widget_set_visible (GTK_WIDGET (self->read_view), !self->editing);
  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), self->editing);
  gtk_widget_set_visible (self->guide, self->editing && self->opened_empty);

  /* A keyboard's place is not lost with the half of the page it was in:
   * it goes to the Edit button, which brings that half back. */
  if (focus_goes)
    gtk_widget_grab_focus (self->edit_button);
}

/* After a burst of changes: what is read follows what was written. A
 * plan emptied while it is read (from another window) opens to be
 * written; one being written stays as it is. */
static void
waymark_crisis_page_reload (WaymarkPage *page)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (page);

  if (!waymark_crisis_read_view_refresh (self->read_view) && !self->editing)
    {
      self->opened_empty = TRUE;
      waymark_crisis_page_set_editing (self, TRUE);
    }
}

static void
waymark_crisis_page_load (WaymarkPage *page)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (page);

  waymark_safety_net_box_set_store (self->safety_net, waymark_page_get_store (page));
  load_emergency (self);

  /* Each plan opens to be read, or, with nothing in it yet, written. */
  waymark_crisis_read_view_set_store (self->read_view, waymark_page_get_store (page));
  self->opened_empty = !waymark_crisis_read_view_refresh (self->read_view);
  self->editing = !self->opened_empty;   /* so that the setter shows it, and notifies */
  waymark_crisis_page_set_editing (self, self->opened_empty);
  WAYMARK_PAGE_CLASS (waymark_crisis_page_parent_class)->load (page);
}

static void
waymark_crisis_page_unload (WaymarkPage *page)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (page);

  /* The base lets go of the store in its dispose, after the template's
   * widgets are gone: nothing is left to empty then. */
  if (self->emergency_row == NULL)
    return;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->emergency_row), "");
  self->loading = FALSE;
  waymark_safety_net_box_set_store (self->safety_net, NULL);
  update_now_label (self, "");
  waymark_crisis_read_view_set_store (self->read_view, NULL);
}

static void
waymark_crisis_page_dispose (GObject *object)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (object);

  flush_emergency (self);
  g_clear_object (&self->emergency_autosave);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_CRISIS_PAGE);

  G_OBJECT_CLASS (waymark_crisis_page_parent_class)->dispose (object);
}

static void waymark_crisis_page_build (WaymarkPage *page);

static void
waymark_crisis_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_crisis_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      waymark_crisis_page_set_editing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_crisis_page_class_init (WaymarkCrisisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_crisis_page_dispose;
  object_class->get_property = waymark_crisis_page_get_property;
  object_class->set_property = waymark_crisis_page_set_property;
  page_class->build = waymark_crisis_page_build;
  page_class->reload = waymark_crisis_page_reload;
  page_class->load = waymark_crisis_page_load;
  /* Its sections open hidden, behind the plan as read, or empty: no
   * need to wait for a frame to see which are on screen. */
  page_class->load_when_laid_out = FALSE;
  page_class->flush = waymark_crisis_page_flush;
  page_class->unload = waymark_crisis_page_unload;
  page_class->changed = waymark_crisis_page_changed;

  /**
   * WaymarkCrisisPage:editing:
   *
   * Whether the plan shows to be written (its sections, with their Add
   * buttons and menus) or to be read.
   */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-crisis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, guide);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, read_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, now_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, emergency_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, emergency_error_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, safety_net);

  gtk_widget_class_install_action (widget_class, "crisis.print", "s", print_action_cb);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, page_print_action_cb);
  gtk_widget_class_install_action (widget_class, "crisis.export", "s", export_action_cb);
  gtk_widget_class_install_property_action (widget_class, "crisis.edit", "editing");

  g_type_ensure (WAYMARK_TYPE_SAFETY_NET_BOX);
  g_type_ensure (WAYMARK_TYPE_CRISIS_READ_VIEW);
}

static void
waymark_crisis_page_init (WaymarkCrisisPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->emergency_autosave = waymark_autosave_new (save_emergency_cb, self);
  g_signal_connect_swapped (self->emergency_row, "changed", G_CALLBACK (emergency_changed_cb), self);
  g_signal_connect_swapped (self->safety_net, "country-changed", G_CALLBACK (country_changed_cb), self);
  waymark_autosave_flush_on_focus_leave (self->emergency_autosave, GTK_WIDGET (self->emergency_row));
  update_now_label (self, NULL);

  waymark_sections_page_set_box (WAYMARK_SECTIONS_PAGE (self), self->sections_box);

  /* Ctrl+E from anywhere in the window while the page shows: a shortcut
   * of the window's, run only while this page is mapped. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>e"),
                                                            gtk_named_action_new ("crisis.edit")));
    gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  }
  show_mode (self);
}

static void
waymark_crisis_page_build (WaymarkPage *page)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (page);
  const WaymarkSectionSpec *specs;
  gboolean supporters_heading = FALSE;
  guint n_specs;

  specs = crisis_specs (&n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      const WaymarkCrisisSectionInfo *info = waymark_crisis_section_find (specs[i].name);

      if (info->for_supporters && !supporters_heading)
        {
          GtkWidget *heading = gtk_label_new (_("If Others Need to Step In"));
          GtkWidget *intro = gtk_label_new (_("For the people who support me, when I can’t make decisions for "
                                              "myself. Written by me, while I’m well."));

          gtk_widget_add_css_class (heading, "title-2");
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
          gtk_label_set_xalign (GTK_LABEL (intro), 0);
          gtk_widget_set_margin_top (heading, 18);
          gtk_box_append (self->sections_box, heading);
          gtk_box_append (self->sections_box, intro);
          supporters_heading = TRUE;
        }

      waymark_sections_page_add (WAYMARK_SECTIONS_PAGE (page), waymark_record_section_new (&specs[i]));
    }
}

/**
 * waymark_crisis_page_get_editing:
 *
 * Returns: whether the plan shows to be written rather than read
 */
gboolean
waymark_crisis_page_get_editing (WaymarkCrisisPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_PAGE (self), FALSE);

  return self->editing;
}

/**
 * waymark_crisis_page_set_editing:
 * @editing: %TRUE to show the plan's sections to write in, %FALSE to
 *   read it
 */
void
waymark_crisis_page_set_editing (WaymarkCrisisPage *self,
                                 gboolean           editing)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_PAGE (self));

  editing = !!editing;
  if (self->editing == editing)
    return;

  self->editing = editing;
  if (!editing)
    {
      /* What was typed is kept, then read back as it now is. */
      flush_emergency (self);
      self->opened_empty = FALSE;
      if (waymark_page_get_store (WAYMARK_PAGE (self)) != NULL)
        waymark_crisis_read_view_refresh (self->read_view);
    }
  show_mode (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}
