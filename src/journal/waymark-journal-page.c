/* waymark-journal-page.c: the Journal page: reading the plan's journal
 * when shown, the gentle note when a run of hard days shows, the latest
 * questionnaires; the list, the charts and the actions have files of
 * their own (waymark-journal-page-{list,charts,actions}.c)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-date.h"
#include "waymark-journal-page-private.h"
#include "waymark-journal-statistics.h"
#include "waymark-questionnaire-result.h"
#include "waymark-settings.h"
#include "waymark-width-first-bin.h"

G_DEFINE_FINAL_TYPE (WaymarkJournalPage, waymark_journal_page, WAYMARK_TYPE_PAGE)

/* The gentle note, when a run of hard days or a warning sign shows. */
void
_waymark_journal_page_update_warning (WaymarkJournalPage *self)
{
  WaymarkStore *store = _waymark_journal_page_get_store (self);
  g_autofree char *sign = NULL;
  g_autoptr(GError) error = NULL;
  gboolean enabled = self->settings == NULL || g_settings_get_boolean (self->settings, "early-warning-enabled");
  int threshold = self->settings ? g_settings_get_int (self->settings, "early-warning-mood") : 4;
  double average = NAN;
  guint32 today = waymark_local_today_julian ();
  gboolean shown = FALSE;

  /* The note says what, and where to go from there (its own buttons,
   * and the crisis line suggested for the person's country). */
  waymark_low_mood_note_set_store (self->warning_note, store);
  if (store == NULL || self->series == NULL || self->warning_dismissed)
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

      sign = waymark_store_find_sign_in_notes (store, since_iso, NULL, &error);
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
  WaymarkStore *store = _waymark_journal_page_get_store (self);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean seen[2] = { FALSE, FALSE };

  if (store != NULL)
    results = waymark_store_list (store, WAYMARK_TYPE_QUESTIONNAIRE_RESULT, NULL, &error);

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

void
_waymark_journal_page_update_visible (WaymarkJournalPage *self)
{
  guint n = self->checkins ? g_list_model_get_n_items (G_LIST_MODEL (self->checkins)) : 0;
  gboolean filtered = self->checkins && waymark_checkin_list_is_filtered (self->checkins);
  gboolean anything = n > 0 || filtered || (self->series && waymark_day_series_get_n_days (self->series) > 0);

  /* Without check-ins, whether there is a journal to show (days of the
   * routine) waits for the day series. */
  if (!waymark_page_is_loaded (WAYMARK_PAGE (self)) || (!anything && self->series_read != NULL))
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

  /* The low-mood note follows the series, which may come later. */
  _waymark_journal_page_reload_series (self);
  _waymark_journal_page_reload_tags (self);
  update_latest_questionnaires (self);
  _waymark_journal_page_update_visible (self);
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
settings_changed_cb (WaymarkJournalPage *self,
                     const char         *key)
{
  if (g_str_has_prefix (key, "early-warning"))
    _waymark_journal_page_update_warning (self);
}

/* Reads the journal of the store and shows it. */
static void
waymark_journal_page_load (WaymarkPage *page)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (page);

  waymark_safety_banner_set_store (self->safety_banner, _waymark_journal_page_get_store (self));
  _waymark_journal_page_load_list (self);
  waymark_journal_page_reload (page);
  _waymark_journal_page_apply_filter (self);
}

static void
waymark_journal_page_unload (WaymarkPage *page)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (page);

  _waymark_journal_page_unload_list (self);
  _waymark_journal_page_unload_series (self);
  self->warning_dismissed = FALSE;
  waymark_low_mood_note_set_store (self->warning_note, NULL);
  waymark_safety_banner_set_store (self->safety_banner, NULL);
  _waymark_journal_page_update_visible (self);
}

static void
waymark_journal_page_dispose (GObject *object)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (object);

  g_clear_handle_id (&self->fit_chart_source, g_source_remove);
  waymark_page_set_store (WAYMARK_PAGE (self), NULL);
  g_cancellable_cancel (self->series_read);
  g_clear_object (&self->series_read);
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
  widget_class->measure = _waymark_journal_page_measure;
  widget_class->size_allocate = _waymark_journal_page_size_allocate;

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
  GSettings *settings = waymark_settings_get ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The flow boxes only lay out; Tab goes straight to their controls. */
  for (GtkFlowBox *box = self->chart_header; box != NULL; box = box == self->chart_header ? self->filter_bar : NULL)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child; child = gtk_widget_get_next_sibling (child))
      gtk_widget_set_focusable (child, FALSE);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  _waymark_journal_page_init_charts (self);
  _waymark_journal_page_init_list (self);
  _waymark_journal_page_init_actions (self);
  _waymark_journal_page_reload_tags (self);
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

  _waymark_journal_page_open_editor (self, NULL);
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

  _waymark_journal_page_open_editor (self, checkin);
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

/**
 * waymark_journal_page_is_reading:
 *
 * Returns: whether the charts' day series is still being read (in
 *   another thread), for tests and benchmarks
 */
gboolean
waymark_journal_page_is_reading (WaymarkJournalPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNAL_PAGE (self), FALSE);

  return self->series_read != NULL;
}
