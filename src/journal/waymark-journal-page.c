/* waymark-journal-page.c: the Journal page: check-ins, their charts, and
 * the gentle note when a run of hard days shows
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-checkin-editor.h"
#include "waymark-checkin-highlight.h"
#include "waymark-checkin-list.h"
#include "waymark-checkin-row.h"
#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-journal-export.h"
#include "waymark-report-dialog.h"
#include "waymark-journal-page.h"
#include "waymark-journal-statistics.h"
#include "waymark-low-mood-note.h"
#include "waymark-safety-banner.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-questionnaire-result.h"
#include "waymark-record-section.h"
#include "waymark-routine-heat-map-view.h"
#include "waymark-settings.h"
#include "waymark-tracker.h"
#include "waymark-trend-chart-view.h"
#include "waymark-width-first-bin.h"

/* The page reads the journal twice over: the list holds only ids and
 * reads the check-ins on screen (WaymarkCheckinList), and the charts
 * draw from one summary a day (WaymarkDaySeries), read again when
 * check-ins, the routine or medications change. */

struct _WaymarkJournalPage
{
  WaymarkPage         parent_instance;

  WaymarkCheckinList *checkins;
  GtkNoSelection     *selection;    /* of checkins, for the list view */
  WaymarkDaySeries   *series;
  GSettings          *settings;
  GSimpleActionGroup *actions;
  gboolean            warning_dismissed;
  GtkFileChooserNative *chooser;
  WaymarkCheckinHighlight *highlight;
  guint                fit_chart_source;
  gboolean             chart_fits;

  /* Template widgets */
  WaymarkSafetyBanner  *safety_banner;
  GtkStack             *stack;
  GtkRevealer          *warning_revealer;
  WaymarkLowMoodNote   *warning_note;
  GtkLabel             *latest_questionnaires_label;
  GtkLabel             *latest_questionnaires_below;
  AdwSqueezer          *latest_questionnaires_squeezer;
  GtkRevealer          *chart_revealer;
  GtkFlowBox           *chart_header;
  GtkFlowBox           *filter_bar;
  GtkDropDown          *measure_dropdown;
  GtkStack             *chart_stack;
  WaymarkTrendChartView *trend_view;
  WaymarkRoutineHeatMapView *heat_map_view;
  GtkLabel             *trend_label;
  WaymarkChartView     *chart_views[2];   /* the two above, as what they share */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *tag_dropdown;
  GtkDropDown          *period_dropdown;
  GtkStack             *list_stack;
  GtkListView          *list_view;
};

G_DEFINE_FINAL_TYPE (WaymarkJournalPage, waymark_journal_page, WAYMARK_TYPE_PAGE)

static WaymarkStore *
get_store (WaymarkJournalPage *self)
{
  return waymark_page_get_store (WAYMARK_PAGE (self));
}

/* The chart's choices, in the order of the dropdown. */
static const WaymarkMeasure measures[] = {
  WAYMARK_MEASURE_MOOD, WAYMARK_MEASURE_SLEEP, WAYMARK_MEASURE_ANXIETY,
  WAYMARK_MEASURE_ENERGY, WAYMARK_MEASURE_ROUTINE,
};

/* The list's period filter, in the order of its dropdown: days back,
 * 0 for any time. */
static const guint period_days[] = { 0, 7, 30, 91, 365 };

static const struct
{
  const char        *name;   /* the journal-range setting */
  WaymarkChartRange  range;
} ranges[] = {
  { "two-weeks", WAYMARK_CHART_RANGE_TWO_WEEKS },
  { "three-months", WAYMARK_CHART_RANGE_THREE_MONTHS },
  { "year", WAYMARK_CHART_RANGE_YEAR },
  { "all", WAYMARK_CHART_RANGE_ALL },
};

static void
update_warning (WaymarkJournalPage *self)
{
  g_autofree char *sign = NULL;
  g_autoptr(GError) error = NULL;
  gboolean enabled = self->settings == NULL || g_settings_get_boolean (self->settings, "early-warning-enabled");
  int threshold = self->settings ? g_settings_get_int (self->settings, "early-warning-mood") : 4;
  double average = NAN;
  guint32 today = waymark_local_today_julian ();
  gboolean shown = FALSE;

  /* The note says what, and where to go from there (its own buttons,
   * and the crisis line suggested for the person's country). */
  waymark_low_mood_note_set_store (self->warning_note, get_store (self));
  if (get_store (self) == NULL || self->series == NULL || self->warning_dismissed)
    {
      gtk_revealer_set_reveal_child (self->warning_revealer, FALSE);
      return;
    }

  if (enabled && waymark_recent_mood_is_low (self->series, today, threshold, &average))
    {
      waymark_low_mood_note_set_low_mood (self->warning_note, average, threshold);
      shown = TRUE;
    }
  else
    {
      char since_iso[16];

      waymark_date_from_julian (today - (WAYMARK_RECENT_DAYS - 1), since_iso);

      sign = waymark_store_find_sign_in_notes (get_store (self), since_iso, NULL, &error);
      if (error != NULL)
        g_warning ("Could not read recent notes: %s", error->message);
      else if (sign != NULL)
        {
          waymark_low_mood_note_set_sign (self->warning_note, sign);
          shown = TRUE;
        }
    }

  gtk_revealer_set_reveal_child (self->warning_revealer, shown);
}

/* Beside the buttons when the results fit whole, else on their own line. */
static void
latest_questionnaires_fit_cb (WaymarkJournalPage *self)
{
  gboolean beside = adw_squeezer_get_visible_child (self->latest_questionnaires_squeezer) != NULL;
  const char *text = gtk_label_get_label (self->latest_questionnaires_below);

  gtk_widget_set_visible (GTK_WIDGET (self->latest_questionnaires_below), !beside && *text != '\0');
}

static void
update_latest_questionnaires (WaymarkJournalPage *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean seen[2] = { FALSE, FALSE };

  if (get_store (self) != NULL)
    results = waymark_store_list (get_store (self), WAYMARK_TYPE_QUESTIONNAIRE_RESULT, NULL, &error);

  for (guint i = 0; results != NULL && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(WaymarkQuestionnaireResult) result = g_list_model_get_item (results, i);
      const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_result_get_questionnaire (result);
      int total = waymark_record_get_int (WAYMARK_RECORD (result), WAYMARK_QUESTIONNAIRE_RESULT_TOTAL);
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *day = NULL;

      if (questionnaire == NULL || seen[questionnaire->kind])
        continue;
      seen[questionnaire->kind] = TRUE;

      utc = g_date_time_new_from_iso8601 (waymark_record_get_text (WAYMARK_RECORD (result),
                                                                   WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT), NULL);
      local = utc ? g_date_time_to_local (utc) : NULL;
      /* Translators: a short date, as in "3 Nov"; see g_date_time_format ()
       * for the codes (%-d: no padding) */
      day = local ? waymark_date_time_format (local, _("%-d %b")) : g_strdup ("");

      if (text->len > 0)
        g_string_append (text, "  ·  ");
      /* Translators: the latest questionnaire: "PHQ-9 on 3 Nov: 7, mild" */
      g_string_append_printf (text, _("%s on %s: %d, %s"), questionnaire->name, day, total,
                              waymark_questionnaire_band (questionnaire, total));
    }

  gtk_label_set_label (self->latest_questionnaires_label, text->str);
  gtk_label_set_label (self->latest_questionnaires_below, text->str);
  latest_questionnaires_fit_cb (self);
}

static void
update_chart (WaymarkJournalPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->measure_dropdown);
  WaymarkMeasure measure = measures[MIN (selected, G_N_ELEMENTS (measures) - 1)];
  g_autofree char *description = NULL;

  if (self->series == NULL)
    return;

  if (measure == WAYMARK_MEASURE_ROUTINE)
    {
      gtk_stack_set_visible_child_name (self->chart_stack, "routine");
    }
  else
    {
      waymark_trend_chart_view_set_measure (self->trend_view, measure);
      gtk_stack_set_visible_child_name (self->chart_stack, "trend");
    }

  description = waymark_day_series_describe_trend (self->series, measure, waymark_local_today_julian ());
  gtk_label_set_label (self->trend_label, description);
}

static void
reload_series (WaymarkJournalPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;
  guint32 today = waymark_local_today_julian ();

  if (get_store (self) == NULL)
    return;

  series = waymark_store_load_day_series (get_store (self), &error);
  if (series == NULL)
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  g_set_object (&self->series, series);
  for (guint i = 0; i < G_N_ELEMENTS (self->chart_views); i++)
    {
      waymark_chart_view_set_series (self->chart_views[i], series);
      waymark_chart_view_set_today (self->chart_views[i], today);
    }

  update_chart (self);
  update_warning (self);
}

static void
reload_tags (WaymarkJournalPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_auto(GStrv) tags = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringObject *current = gtk_drop_down_get_selected_item (self->tag_dropdown);
  g_autofree char *selected = NULL;
  guint position = 0;

  if (current != NULL && gtk_drop_down_get_selected (self->tag_dropdown) > 0)
    selected = g_strdup (gtk_string_object_get_string (current));

  gtk_string_list_append (model, _("Any tag"));
  if (get_store (self) != NULL)
    tags = waymark_store_list_checkin_tags (get_store (self), &error);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gtk_string_list_append (model, tags[i]);
      if (g_strcmp0 (tags[i], selected) == 0)
        position = i + 1;
    }

  g_signal_handlers_block_matched (self->tag_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->tag_dropdown, position);
  g_signal_handlers_unblock_matched (self->tag_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
update_visible (WaymarkJournalPage *self)
{
  guint n = self->checkins ? g_list_model_get_n_items (G_LIST_MODEL (self->checkins)) : 0;
  gboolean filtered = self->checkins && waymark_checkin_list_is_filtered (self->checkins);
  gboolean anything = n > 0 || filtered || (self->series && waymark_day_series_get_n_days (self->series) > 0);

  if (!waymark_page_is_loaded (WAYMARK_PAGE (self)))
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack, anything ? "journal" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 || !filtered ? "list" : "no-match");
}

/* Everything but the list, which follows the store by itself. */
static void
waymark_journal_page_reload (WaymarkPage *page)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (page);

  reload_series (self);
  reload_tags (self);
  update_latest_questionnaires (self);
  update_visible (self);
}

static const char * const reload_on[] = {
  "checkin", "routine", "intervention", "plan-entry", "questionnaire", "milestone", NULL
};

/* A new check-in is news: a note hidden for the last one shows again. */
static void
waymark_journal_page_changed (WaymarkPage *page,
                              const char  *kind)
{
  if (g_str_equal (kind, "checkin"))
    WAYMARK_JOURNAL_PAGE (page)->warning_dismissed = FALSE;
}

static void
apply_filter (WaymarkJournalPage *self)
{
  WaymarkJournalFilter filter = { 0, };
  g_autoptr(GError) error = NULL;
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  char from[16];

  if (self->checkins == NULL)
    return;

  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (tag > 0 && tag != GTK_INVALID_LIST_POSITION)
    filter.tag = gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->tag_dropdown));
  if (period > 0 && period < G_N_ELEMENTS (period_days))
    {
      waymark_date_from_julian (waymark_local_today_julian () - (period_days[period] - 1), from);
      filter.from = from;
    }

  /* A new filter can change the whole list: the view lets go of the
   * model meanwhile, so it makes only the rows it shows instead of
   * comparing every old row with every new one. */
  gtk_list_view_set_model (self->list_view, NULL);
  if (!waymark_checkin_list_set_filter (self->checkins, &filter, &error))
    waymark_show_error (GTK_WIDGET (self), error->message);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_visible (self);
}

/* An edited check-in keeps its place; its row is drawn again. A saved
 * one, new or edited, is scrolled to and lit for a moment: a new one is
 * added above what the list shows, a back-dated one among its days. */
static void
checkin_saved_cb (WaymarkJournalPage *self,
                  WaymarkCheckin     *checkin)
{
  gint64 id = waymark_record_get_id (WAYMARK_RECORD (checkin));
  guint position;

  if (self->checkins == NULL)
    return;

  waymark_checkin_list_refresh (self->checkins, id);
  position = waymark_checkin_list_find (self->checkins, id);
  if (position != G_MAXUINT)
    waymark_checkin_highlight_show (self->highlight, position, id);
}

static void
open_editor (WaymarkJournalPage *self,
             WaymarkCheckin     *checkin)
{
  GtkWindow *editor;

  if (get_store (self) == NULL)
    return;

  editor = waymark_checkin_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       get_store (self), checkin,
                                       self->settings && g_settings_get_boolean (self->settings, "track-cravings"));
  g_signal_connect_object (editor, "saved", G_CALLBACK (checkin_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

static void questionnaire_saved_cb (WaymarkJournalPage *self);

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
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(WaymarkDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  g_return_if_fail (WAYMARK_IS_JOURNAL_PAGE (self));

  if (get_store (self) == NULL)
    return;
  draft = waymark_store_load_draft (get_store (self), draft_id, &error);
  if (draft == NULL)
    {
      if (error != NULL)
        waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  if (g_str_equal (draft->kind, WAYMARK_DRAFT_CHECKIN))
    {
      editor = waymark_checkin_editor_new_from_draft (parent, get_store (self), draft,
                                                      self->settings && g_settings_get_boolean (self->settings, "track-cravings"));
      g_signal_connect_object (editor, "saved", G_CALLBACK (checkin_saved_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      editor = waymark_questionnaire_dialog_new_from_draft (parent, get_store (self), draft);
      if (editor == NULL)
        return;
      g_signal_connect_object (editor, "saved", G_CALLBACK (questionnaire_saved_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (editor);
}

static void
list_activate_cb (WaymarkJournalPage *self,
                  guint               position)
{
  g_autoptr(WaymarkCheckin) checkin = g_list_model_get_item (G_LIST_MODEL (self->checkins), position);

  if (checkin != NULL && waymark_record_get_id (WAYMARK_RECORD (checkin)) > 0)
    open_editor (self, checkin);
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

  if (get_store (self) == NULL)
    return;

  deletion = waymark_store_delete (get_store (self), WAYMARK_RECORD (checkin), &error);
  if (deletion == NULL)
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }

  waymark_offer_undo (GTK_WIDGET (self), get_store (self), deletion, _("Check-in deleted"));
}

/* Delete on the focused check-in. The list has no selection model that
 * would remember a selected row: GtkSingleSelection in GTK 4.8 reads
 * every item of the list when it changes, which costs seconds at
 * 100,000 check-ins. The focused row says which check-in it shows. */
static gboolean
list_key_pressed_cb (WaymarkJournalPage *self,
                     guint               keyval,
                     guint               keycode,
                     GdkModifierType     state,
                     GtkEventController *controller)
{
  GtkWidget *focus;
  WaymarkCheckin *checkin;

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return GDK_EVENT_PROPAGATE;

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  while (focus != NULL && !WAYMARK_IS_CHECKIN_ROW (focus) && gtk_widget_get_first_child (focus) != NULL &&
         focus != GTK_WIDGET (self->list_view))
    focus = gtk_widget_get_first_child (focus);

  if (focus == NULL || !WAYMARK_IS_CHECKIN_ROW (focus))
    return GDK_EVENT_PROPAGATE;

  checkin = waymark_checkin_row_get_checkin (WAYMARK_CHECKIN_ROW (focus));
  if (checkin == NULL || waymark_record_get_id (WAYMARK_RECORD (checkin)) == 0)
    return GDK_EVENT_PROPAGATE;

  waymark_journal_page_delete_checkin (self, checkin);
  return GDK_EVENT_STOP;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WaymarkJournalPage       *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (waymark_checkin_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             WaymarkJournalPage       *self)
{
  WaymarkCheckinRow *row = WAYMARK_CHECKIN_ROW (gtk_list_item_get_child (item));

  waymark_checkin_row_set_checkin (row, get_store (self), gtk_list_item_get_item (item));
  waymark_checkin_highlight_bind_row (self->highlight, GTK_WIDGET (row));
}

static void
new_checkin_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  waymark_journal_page_new_checkin (WAYMARK_JOURNAL_PAGE (user_data));
}

static void
questionnaire_saved_cb (WaymarkJournalPage *self)
{
  waymark_show_toast (GTK_WIDGET (self), _("Questionnaire saved"));
}

static void
questionnaire_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_find (g_variant_get_string (param, NULL));
  GtkWindow *dialog;

  if (get_store (self) == NULL || questionnaire == NULL)
    return;

  dialog = waymark_questionnaire_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                             get_store (self), questionnaire->kind);
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

  if (get_store (self) == NULL)
    return;

  section = waymark_record_section_new (&trackers_spec);
  waymark_record_section_set_store (section, get_store (self));

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Trackers"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
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

  if (response == GTK_RESPONSE_ACCEPT && get_store (self) != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!waymark_journal_export_csv (get_store (self), file, &n_rows, &error))
        {
          AdwMessageDialog *dialog;

          /* The message names the file and says what to do; the old
           * file, if there was one, is left as it was. */
          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
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
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (get_store (self) == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Journal"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  {
    /* Translators: what a saved file is, in its suggested name,
     * as in "Sam Sample – Journal – 2026-12-05.csv". */
    g_autofree char *name = waymark_file_name_for_store (get_store (self), NULL, C_("file name", "Journal"), "csv");

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
report_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  if (get_store (self) != NULL)
    gtk_window_present (GTK_WINDOW (waymark_report_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                               get_store (self))));
}

static void
range_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);
  const char *name = g_variant_get_string (param, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    if (g_str_equal (ranges[i].name, name))
      {
        g_simple_action_set_state (action, param);
        for (guint v = 0; v < G_N_ELEMENTS (self->chart_views); v++)
          waymark_chart_view_set_range (self->chart_views[v], ranges[i].range);
        if (self->settings != NULL)
          g_settings_set_string (self->settings, "journal-range", name);
        return;
      }
}

static void
dismiss_warning_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (user_data);

  self->warning_dismissed = TRUE;
  update_warning (self);
}

/* A check-in's row asks for these with the check-in's id. */
static WaymarkCheckin *
get_checkin (WaymarkJournalPage *self,
             GVariant           *param)
{
  g_autoptr(GError) error = NULL;
  WaymarkRecord *checkin;

  if (get_store (self) == NULL)
    return NULL;

  checkin = waymark_store_get (get_store (self), WAYMARK_TYPE_CHECKIN, g_variant_get_int64 (param), &error);
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
    open_editor (self, checkin);
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

static void
settings_changed_cb (WaymarkJournalPage *self,
                     const char         *key)
{
  if (g_str_has_prefix (key, "early-warning"))
    update_warning (self);
}

/* Reads the journal of the store and shows it. */
static void
waymark_journal_page_load (WaymarkPage *page)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (page);

  waymark_safety_banner_set_store (self->safety_banner, get_store (self));
  self->checkins = waymark_checkin_list_new (get_store (self));
  /* Attached to the view by apply_filter () below, once. */
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->checkins)));
  g_signal_connect_swapped (self->checkins, "items-changed", G_CALLBACK (update_visible), self);

  /* The filters belong to the plan that was open. */
  g_signal_handlers_block_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  waymark_journal_page_reload (page);
  apply_filter (self);
}

static void
waymark_journal_page_unload (WaymarkPage *page)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (page);

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->checkins);
  g_clear_object (&self->series);
  self->warning_dismissed = FALSE;
  waymark_low_mood_note_set_store (self->warning_note, NULL);
  waymark_safety_banner_set_store (self->safety_banner, NULL);
  update_visible (self);
}

static gboolean
fit_chart_cb (gpointer data)
{
  WaymarkJournalPage *self = data;

  self->fit_chart_source = 0;
  gtk_revealer_set_reveal_child (self->chart_revealer, self->chart_fits);
  /* Hidden, not only folded: no spacing kept for it either. */
  gtk_widget_set_visible (GTK_WIDGET (self->chart_revealer), self->chart_fits);

  return G_SOURCE_REMOVE;
}

/* The chart card's height at the page's @width: what showing it costs. */
static int
chart_height (WaymarkJournalPage *self,
              int                 width)
{
  GtkWidget *card = gtk_revealer_get_child (self->chart_revealer);
  int card_width = gtk_widget_get_width (GTK_WIDGET (self->filter_bar));
  int height = 0;

  /* As wide as the filters below it, in the same column; before the
   * first layout, as the page. */
  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, MAX (card_width > 0 ? card_width : width, 1),
                      &height, NULL, NULL, NULL);

  /* With the box's spacing above it. */
  return height + gtk_box_get_spacing (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->chart_revealer))));
}

/* The chart is shown when the page is tall enough for it above a useful
 * part of the list; in a shorter window, such as a phone's, the list
 * stays and the chart steps aside. So the page may be given less than
 * its height with the chart; it decides once it knows its size, and
 * shows or hides the chart just after (never while being laid out). */
static void
waymark_journal_page_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (widget);

  GTK_WIDGET_CLASS (waymark_journal_page_parent_class)->measure (widget, orientation, for_size,
                                                                 minimum, natural,
                                                                 minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_VERTICAL && gtk_revealer_get_reveal_child (self->chart_revealer))
    *minimum = MAX (0, *minimum - chart_height (self, for_size));
}

static void
waymark_journal_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (widget);
  gboolean shown = gtk_revealer_get_reveal_child (self->chart_revealer);
  int needed = 0;

  gtk_widget_measure (GTK_WIDGET (self->stack), GTK_ORIENTATION_VERTICAL, width, &needed, NULL, NULL, NULL);

  /* Until the chart goes, laid out as tall as it needs (one frame). */
  GTK_WIDGET_CLASS (waymark_journal_page_parent_class)->size_allocate (widget, width, MAX (height, needed), baseline);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "journal") != 0)
    return;

  if (!shown)
    needed += chart_height (self, width);
  self->chart_fits = height >= needed;
  if (self->chart_fits != shown && self->fit_chart_source == 0)
    self->fit_chart_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_chart_cb, self, NULL);
}

static void
waymark_journal_page_dispose (GObject *object)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (object);

  g_clear_handle_id (&self->fit_chart_source, g_source_remove);
  waymark_page_set_store (WAYMARK_PAGE (self), NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->highlight);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (waymark_journal_page_parent_class)->dispose (object);
}

/* Ctrl+P (the window's win.print): what the journal prints is the
 * appointment report. */
static void
page_print_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_widget_activate_action (widget, "journal.report", NULL);
}

static void
waymark_journal_page_class_init (WaymarkJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_journal_page_dispose;
  widget_class->measure = waymark_journal_page_measure;
  widget_class->size_allocate = waymark_journal_page_size_allocate;

  page_class->reload_on = reload_on;
  page_class->load = waymark_journal_page_load;
  page_class->unload = waymark_journal_page_unload;
  page_class->changed = waymark_journal_page_changed;
  page_class->reload = waymark_journal_page_reload;

  g_type_ensure (WAYMARK_TYPE_TREND_CHART_VIEW);
  g_type_ensure (WAYMARK_TYPE_ROUTINE_HEAT_MAP_VIEW);
  g_type_ensure (WAYMARK_TYPE_LOW_MOOD_NOTE);
  g_type_ensure (WAYMARK_TYPE_WIDTH_FIRST_BIN);
  g_type_ensure (WAYMARK_TYPE_SAFETY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, safety_banner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, warning_note);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, latest_questionnaires_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, latest_questionnaires_below);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, latest_questionnaires_squeezer);
  gtk_widget_class_bind_template_callback (widget_class, latest_questionnaires_fit_cb);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, chart_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, chart_header);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, measure_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, trend_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, heat_map_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, trend_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkJournalPage, list_view);

  gtk_widget_class_install_action (widget_class, "page.print", NULL, page_print_action_cb);
}

static void
waymark_journal_page_init (WaymarkJournalPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GSettings *settings = waymark_settings_get ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->chart_views[0] = WAYMARK_CHART_VIEW (self->trend_view);
  self->chart_views[1] = WAYMARK_CHART_VIEW (self->heat_map_view);
  self->highlight = waymark_checkin_highlight_new (self->list_view);

  /* The flow boxes only lay out; Tab goes straight to their controls. */
  for (GtkFlowBox *box = self->chart_header; box != NULL; box = box == self->chart_header ? self->filter_bar : NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child; child = gtk_widget_get_next_sibling (child))
      gtk_widget_set_focusable (child, FALSE);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), journal_actions,
                                   G_N_ELEMENTS (journal_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "journal", G_ACTION_GROUP (self->actions));

  if (settings != NULL)
    {
      g_autofree char *range = NULL;

      self->settings = g_object_ref (settings);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb),
                               self, G_CONNECT_SWAPPED);
      range = g_settings_get_string (self->settings, "journal-range");
      g_action_group_activate_action (G_ACTION_GROUP (self->actions), "range", g_variant_new_string (range));
    }
  else
    g_action_group_activate_action (G_ACTION_GROUP (self->actions), "range", g_variant_new_string ("three-months"));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  g_signal_connect_swapped (self->measure_dropdown, "notify::selected", G_CALLBACK (update_chart), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (apply_filter), self);

  reload_tags (self);
}

/**
 * waymark_journal_page_new_checkin:
 *
 * Opens the editor for a check-in now.
 */
void
waymark_journal_page_new_checkin (WaymarkJournalPage *self)
{
  g_return_if_fail (WAYMARK_IS_JOURNAL_PAGE (self));

  open_editor (self, NULL);
}

/**
 * waymark_journal_page_edit_checkin:
 *
 * Opens the editor on a saved check-in.
 */
void
waymark_journal_page_edit_checkin (WaymarkJournalPage *self,
                                   WaymarkCheckin     *checkin)
{
  g_return_if_fail (WAYMARK_IS_JOURNAL_PAGE (self));
  g_return_if_fail (WAYMARK_IS_CHECKIN (checkin));

  open_editor (self, checkin);
}

/**
 * waymark_journal_page_get_checkins:
 *
 * Returns: (transfer none) (nullable): the listed check-ins, for tests
 */
GListModel *
waymark_journal_page_get_checkins (WaymarkJournalPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNAL_PAGE (self), NULL);

  return self->checkins ? G_LIST_MODEL (self->checkins) : NULL;
}
