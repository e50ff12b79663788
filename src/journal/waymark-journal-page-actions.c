/* waymark-journal-page-actions.c: the Journal page's journal.* actions and
 * what they open: the check-in editor (from a row, or a draft left
 * unfinished), a questionnaire, the trackers, the CSV export, the report
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-checkin-editor.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-journal-export.h"
#include "waymark-journal-page-private.h"
#include "waymark-plain-export.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-record-section.h"
#include "waymark-report-dialog.h"
#include "waymark-tracker.h"

static GtkWindow *
get_parent (WaymarkJournalPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static gboolean
track_cravings (WaymarkJournalPage *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "track-cravings");
}

/* A saved check-in is shown in the list, lit for a moment. */
static void
checkin_saved_cb (WaymarkJournalPage *self,
                  WaymarkCheckin     *checkin)
{
  _waymark_journal_page_show_saved (self, checkin);
}

static void
questionnaire_saved_cb (WaymarkJournalPage *self)
{
  waymark_show_toast (GTK_WIDGET (self), _("Questionnaire saved"));
}

/* The check-in editor on @checkin, or on a new one when %NULL. */
void
_waymark_journal_page_open_editor (WaymarkJournalPage *self,
                                   WaymarkCheckin     *checkin)
{
  GtkWindow *editor;

  if (_waymark_journal_page_get_store (self) == NULL)
    return;

  editor = waymark_checkin_editor_new (get_parent (self), _waymark_journal_page_get_store (self), checkin,
                                       track_cravings (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (checkin_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

/**
 * waymark_journal_page_resume_draft:
 * @draft_id: a draft of this page's plan
 *
 * Opens the check-in editor or questionnaire the draft was written in,
 * as the person left it.
 */
void
waymark_journal_page_resume_draft (WaymarkJournalPage *self,
                                   gint64              draft_id)
{
  g_autoptr(WaymarkDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;
  GtkWindow *editor;

  g_return_if_fail (WAYMARK_IS_JOURNAL_PAGE (self));

  store = _waymark_journal_page_get_store (self);
  if (store == NULL)
    return;
  draft = waymark_store_load_draft (store, draft_id, &error);
  if (draft == NULL)
    {
      if (error != NULL)
        waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  if (g_str_equal (draft->kind, WAYMARK_DRAFT_CHECKIN))
    {
      editor = waymark_checkin_editor_new_from_draft (get_parent (self), store, draft, track_cravings (self));
      g_signal_connect_object (editor, "saved", G_CALLBACK (checkin_saved_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      editor = waymark_questionnaire_dialog_new_from_draft (get_parent (self), store, draft);
      if (editor == NULL)
        return;
      g_signal_connect_object (editor, "saved", G_CALLBACK (questionnaire_saved_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (editor);
}

/**
 * waymark_journal_page_delete_checkin:
 * @checkin: a check-in of this page's plan
 *
 * Deletes it, with Undo in a toast.
 */
void
waymark_journal_page_delete_checkin (WaymarkJournalPage *self,
                                     WaymarkCheckin     *checkin)
{
  g_autoptr(GError) error = NULL;
  WaymarkDeletion *deletion;

  g_return_if_fail (WAYMARK_IS_JOURNAL_PAGE (self));

  if (_waymark_journal_page_get_store (self) == NULL)
    return;

  deletion = waymark_store_delete (_waymark_journal_page_get_store (self), WAYMARK_RECORD (checkin), &error);
  if (deletion == NULL)
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  waymark_offer_undo (GTK_WIDGET (self), _waymark_journal_page_get_store (self), deletion, _("Check-in deleted"));
}

static void
new_checkin_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  waymark_journal_page_new_checkin (WAYMARK_JOURNAL_PAGE (user_data));
}

static void
questionnaire_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_find (g_variant_get_string (param, NULL));
  GtkWindow *dialog;

  if (_waymark_journal_page_get_store (self) == NULL || questionnaire == NULL)
    return;

  dialog = waymark_questionnaire_dialog_new (get_parent (self), _waymark_journal_page_get_store (self),
                                             questionnaire->kind);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (questionnaire_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* The person's trackers are a list of the plan like any other: the
 * section of the plan page, in a window of its own. */
static const char * const tracker_kinds[] = { WAYMARK_TRACKER_YES_NO, WAYMARK_TRACKER_SCALE, NULL };
static const char * const tracker_kind_labels[] = { N_("Yes or no"), N_("A scale from 0 to 10"), NULL };

static const WaymarkField tracker_fields[] = {
  { WAYMARK_TRACKER_NAME, WAYMARK_FIELD_ENTRY, N_("Name") },
  { WAYMARK_TRACKER_KIND, WAYMARK_FIELD_CHOICE, N_("Answered as"), tracker_kinds, tracker_kind_labels },
  { WAYMARK_TRACKER_ARCHIVED, WAYMARK_FIELD_SWITCH, N_("No longer asked (its history is kept)") },
};

static const WaymarkSectionSpec trackers_spec = {
  .name = "trackers",
  .record_type = waymark_tracker_get_type,
  .title = N_("Your Trackers"),
  .guidance = N_("Anything you want to keep an eye on in your check-ins, in your own words: “Went outside”, “Pain”, “Called someone”."),
  .add_label = N_("Add a Tracker"),
  .editor_title = N_("Tracker"),
  .title_column = WAYMARK_TRACKER_NAME,
  .subtitle_column = -1,
  .fields = tracker_fields,
  .n_fields = G_N_ELEMENTS (tracker_fields),
};

static void
trackers_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  GtkWidget *window, *box, *header, *scrolled, *clamp;
  WaymarkRecordSection *section;

  if (_waymark_journal_page_get_store (self) == NULL)
    return;

  section = waymark_record_section_new (&trackers_spec);
  waymark_record_section_set_store (section, _waymark_journal_page_get_store (self));

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Trackers"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), get_parent (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 480);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  clamp = adw_clamp_new ();
  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (section));
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  /* Its toasts (Undo after deleting a tracker) are the main window's. */
  adw_window_set_content (ADW_WINDOW (window), box);

  gtk_window_present (GTK_WINDOW (window));
}

static void
export_response_cb (WaymarkJournalPage *self,
                    int                 response,
                    GtkNativeDialog    *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gsize n_rows = 0;

  if (response == GTK_RESPONSE_ACCEPT && _waymark_journal_page_get_store (self) != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!waymark_journal_export_csv (_waymark_journal_page_get_store (self), file, &n_rows, &error))
        {
          AdwMessageDialog *dialog;

          /* The message names the file and says what to do; the old
           * file, if there was one, is left as it was. */
          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent (self),
                                                               _("Can’t Save the Journal"), error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      else
        {
          /* Translators: a toast after exporting the journal. */
          message = g_strdup_printf (ngettext ("Exported %zu check-in", "Exported %zu check-ins", n_rows), n_rows);
          waymark_show_toast (GTK_WIDGET (self), message);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
choose_where (GtkWidget *widget,
              GVariant  *param)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (_waymark_journal_page_get_store (self) == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Journal"), get_parent (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  {
    /* Translators: what a saved file is, in its suggested name,
     * as in "Sam Sample – Journal – 2026-12-05.csv". */
    g_autofree char *name = waymark_file_name_for_store (_waymark_journal_page_get_store (self), NULL,
                                                         C_("file name", "Journal"), "csv");

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A protected plan's export is said to be plain first. */
static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  waymark_export_plainly (GTK_WIDGET (self), _waymark_journal_page_get_store (self), choose_where, NULL);
}

static void
report_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  if (_waymark_journal_page_get_store (self) != NULL)
    gtk_window_present (GTK_WINDOW (waymark_report_dialog_new (get_parent (self),
                                                               _waymark_journal_page_get_store (self))));
}

static void
range_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  if (_waymark_journal_page_set_range (self, g_variant_get_string (param, NULL)))
    g_simple_action_set_state (action, param);
}

static void
dismiss_warning_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  self->warning_dismissed = TRUE;
  _waymark_journal_page_update_warning (self);
}

/* A check-in's row asks for these with the check-in's id. */
static WaymarkCheckin *
get_checkin (WaymarkJournalPage *self,
             GVariant           *param)
{
  g_autoptr(GError) error = NULL;
  WaymarkRecord *checkin;

  if (_waymark_journal_page_get_store (self) == NULL)
    return NULL;

  checkin = waymark_store_get (_waymark_journal_page_get_store (self), WAYMARK_TYPE_CHECKIN,
                               g_variant_get_int64 (param), &error);
  if (checkin == NULL)
    waymark_show_error (GTK_WIDGET (self), error->message);

  return WAYMARK_CHECKIN (checkin);
}

static void
edit_checkin_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  g_autoptr(WaymarkCheckin) checkin = get_checkin (self, param);

  if (checkin != NULL)
    _waymark_journal_page_open_editor (self, checkin);
}

static void
delete_checkin_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  g_autoptr(WaymarkCheckin) checkin = get_checkin (self, param);

  if (checkin != NULL)
    waymark_journal_page_delete_checkin (self, checkin);
}

static const GActionEntry journal_actions[] = {
  { "new-checkin", new_checkin_action },
  { "edit-checkin", edit_checkin_action, "x" },
  { "delete-checkin", delete_checkin_action, "x" },
  { "questionnaire", questionnaire_action, "s" },
  { "trackers", trackers_action },
  { "export", export_action },
  { "report", report_action },
  { "range", NULL, "s", "'three-months'", range_action },
  { "dismiss-warning", dismiss_warning_action },
};

/* The journal.* actions, the chart's range among them: the one kept in
 * the settings, or three months. */
void
_waymark_journal_page_init_actions (WaymarkJournalPage *self)
{
  g_autofree char *range = NULL;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), journal_actions,
                                   G_N_ELEMENTS (journal_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "journal", G_ACTION_GROUP (self->actions));

  range = self->settings != NULL ? g_settings_get_string (self->settings, "journal-range")
                                 : g_strdup ("three-months");
  g_action_group_activate_action (G_ACTION_GROUP (self->actions), "range", g_variant_new_string (range));
}
