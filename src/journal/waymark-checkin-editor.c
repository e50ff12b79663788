/* waymark-checkin-editor.c: a check-in, new or edited, in under half a minute
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-checkin-editor-private.h"
#include "waymark-autosave-focus.h"
#include "waymark-editor-keys.h"
#include "waymark-draft.h"
#include "waymark-date.h"
#include "waymark-checkin-row.h"
#include "waymark-feedback.h"
#include "waymark-intervention.h"
#include "waymark-routine-item.h"
#include "waymark-tracker.h"

/* Every control is in the Tab order from the mood down, and Ctrl+Enter
 * saves from anywhere: a whole check-in is a few arrow keys, some Tabs
 * and one chord. A scale the person hasn't touched is "not recorded",
 * never a made-up middle value: it is dimmed until moved (or clicked,
 * or Enter pressed on it), and Backspace clears it again. */

G_DEFINE_FINAL_TYPE (WaymarkCheckinEditor, waymark_checkin_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Something was entered: it is kept as a draft as it is typed. */
void
_waymark_checkin_editor_mark_dirty (WaymarkCheckinEditor *self)
{
  self->dirty = TRUE;
  if (self->said_empty)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
      self->said_empty = FALSE;
    }
  if (self->draft_autosave != NULL)
    waymark_autosave_changed (self->draft_autosave);
}

static int
field_value (Field *field)
{
  if (GTK_IS_SPIN_BUTTON (field->control))
    return (int) gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->control));

  return (int) gtk_range_get_value (GTK_RANGE (field->control));
}

void
_waymark_checkin_editor_field_update (Field *field)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *value_text = NULL;

  if (!field->set)
    {
      subtitle = g_strdup (_("Not recorded"));
      value_text = g_strdup (_("Not recorded"));
      gtk_widget_add_css_class (field->control, "dim-label");
    }
  else if (GTK_IS_SPIN_BUTTON (field->control))
    {
      /* Translators: hours of sleep; %.1f follows the locale ("7,5") */
      subtitle = g_strdup_printf (_("%.1f hours"), gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->control)));
      gtk_widget_remove_css_class (field->control, "dim-label");
    }
  else
    {
      int value = field_value (field);
      const char *word = field->words == WORDS_MOOD ? waymark_mood_word (value)
                       : field->words == WORDS_AMOUNT ? waymark_scale_word (value)
                       : field->words == WORDS_QUALITY ? waymark_quality_word (value)
                       : NULL;

      if (word != NULL)
        /* Translators: a scale's value and its word: "7 of 10 · Good" */
        subtitle = g_strdup_printf (_("%d of 10 · %s"), value, word);
      else
        /* Translators: a scale's value: "7 of 10" */
        subtitle = g_strdup_printf (_("%d of 10"), value);
      value_text = g_strdup (subtitle);
      gtk_widget_remove_css_class (field->control, "dim-label");
    }

  adw_action_row_set_subtitle (field->row, subtitle);
  if (value_text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->control),
                                    GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text, -1);
}

static void
field_value_changed_cb (Field *field)
{
  field->set = TRUE;
  _waymark_checkin_editor_mark_dirty (field->editor);
  _waymark_checkin_editor_field_update (field);
}

static void
field_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  Field           *field)
{
  if (!field->set)
    field_value_changed_cb (field);
}

static gboolean
field_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      Field                 *field)
{
  switch (keyval)
    {
    case GDK_KEY_BackSpace:
    case GDK_KEY_Delete:
      if (GTK_IS_SPIN_BUTTON (field->control))
        return GDK_EVENT_PROPAGATE;
      field->set = FALSE;
      _waymark_checkin_editor_mark_dirty (field->editor);
      _waymark_checkin_editor_field_update (field);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if ((state & GDK_CONTROL_MASK) || GTK_IS_SPIN_BUTTON (field->control))
        return GDK_EVENT_PROPAGATE;
      field_value_changed_cb (field);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static Field *
add_field (WaymarkCheckinEditor *self,
           AdwPreferencesGroup  *group,
           const char           *title,
           Words                 words,
           int                   column,
           gint64                tracker_id,
           double                value)
{
  Field *field = g_new0 (Field, 1);
  GtkEventController *keys;
  GtkGesture *click;

  field->editor = self;
  field->words = words;
  field->column = column;
  field->tracker_id = tracker_id;
  field->set = value >= 0;
  field->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (field->row), TRUE);

  if (column == WAYMARK_CHECKIN_SLEEP_HOURS)
    {
      field->control = gtk_spin_button_new_with_range (0, 24, 0.5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (field->control), 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (field->control), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->control), value >= 0 ? value : 7.5);
      g_signal_connect_swapped (field->control, "value-changed", G_CALLBACK (field_value_changed_cb), field);
      gtk_widget_set_valign (field->control, GTK_ALIGN_CENTER);
    }
  else
    {
      field->control = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, WAYMARK_CHECKIN_SCALE_MAX, 1);
      gtk_scale_set_draw_value (GTK_SCALE (field->control), FALSE);
      gtk_range_set_round_digits (GTK_RANGE (field->control), 0);
      for (int mark = 0; mark <= WAYMARK_CHECKIN_SCALE_MAX; mark += 5)
        gtk_scale_add_mark (GTK_SCALE (field->control), mark, GTK_POS_BOTTOM, NULL);
      gtk_range_set_value (GTK_RANGE (field->control), value >= 0 ? value : 5);
      /* Wide enough to aim at a value, narrow enough that the row fits
       * a phone's 360 px beside its title. */
      gtk_widget_set_size_request (field->control, 160, -1);
      gtk_widget_set_hexpand (field->control, FALSE);
      gtk_widget_set_valign (field->control, GTK_ALIGN_CENTER);
      g_signal_connect_swapped (field->control, "value-changed", G_CALLBACK (field_value_changed_cb), field);

      click = gtk_gesture_click_new ();
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
      g_signal_connect (click, "pressed", G_CALLBACK (field_pressed_cb), field);
      gtk_widget_add_controller (field->control, GTK_EVENT_CONTROLLER (click));
    }

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (field_key_pressed_cb), field);
  gtk_widget_add_controller (field->control, keys);

  /* Its accessible name is the row's title (the activatable widget). */
  adw_action_row_add_suffix (field->row, field->control);
  adw_action_row_set_activatable_widget (field->row, field->control);
  /* Tab goes from control to control, not through the rows too. */
  gtk_widget_set_focusable (GTK_WIDGET (field->row), FALSE);
  adw_preferences_group_add (group, GTK_WIDGET (field->row));
  g_ptr_array_add (self->fields, field);

  _waymark_checkin_editor_field_update (field);
  return field;
}

static GtkWidget *
add_tick (WaymarkCheckinEditor *self,
          AdwPreferencesGroup  *group,
          GArray               *ticks,
          gint64                id,
          const char           *title,
          const char           *subtitle,
          gboolean              active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  Tick tick = { id, check };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (_waymark_checkin_editor_mark_dirty), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (group, row);
  g_array_append_val (ticks, tick);

  return check;
}

static gboolean
ticks_contain (GArray *ticks,
               gint64  id,
               gboolean *done)
{
  for (guint i = 0; ticks != NULL && i < ticks->len; i++)
    if (g_array_index (ticks, WaymarkTick, i).id == id)
      {
        if (done != NULL)
          *done = g_array_index (ticks, WaymarkTick, i).done;
        return TRUE;
      }

  return FALSE;
}

GDateTime *
_waymark_checkin_editor_time (WaymarkCheckinEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);
}

static void
update_when (WaymarkCheckinEditor *self)
{
  g_autoptr(GDateTime) time = _waymark_checkin_editor_time (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = NULL;
  g_autofree char *described = NULL;
  g_autoptr(WaymarkCheckin) probe = waymark_checkin_new ();

  if (g_date_time_get_year (time) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (time) == g_date_time_get_day_of_year (now))
    day = g_strdup (_("Today"));
  else
    /* Translators: the day of a back-dated check-in, "Mon 3 Nov 2025";
     * see g_date_time_format () for the codes (%-d: no padding) */
    day = waymark_date_time_format (time, _("%a %-d %b %Y"));

  gtk_label_set_label (self->day_label, day);
  waymark_checkin_set_time (probe, time);
  described = waymark_checkin_describe_time (probe);
  adw_window_title_set_subtitle (self->window_title, described);
  adw_action_row_set_subtitle (self->when_row, described);
  {
    /* Translators: accessible name of the day button; %s is the day */
    g_autofree char *label = g_strdup_printf (_("Day: %s"), day);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
}

static void
fill_routine (WaymarkCheckinEditor  *self,
              WaymarkCheckinDetails *details)
{
  g_autoptr(GListModel) items = waymark_store_list (self->store, WAYMARK_TYPE_ROUTINE_ITEM, NULL, NULL);
  g_autoptr(GArray) done_ids = NULL;
  g_autoptr(GDateTime) time = _waymark_checkin_editor_time (self);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  if (details == NULL)
    done_ids = waymark_store_list_routine_done_on (self->store, &day, NULL);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkRecord) item = g_list_model_get_item (items, i);
      gint64 id = waymark_record_get_id (item);
      gboolean done = FALSE;

      if (waymark_record_get_int (item, WAYMARK_ROUTINE_ITEM_ARCHIVED))
        continue;

      if (details != NULL)
        ticks_contain (details->routine, id, &done);
      for (guint j = 0; done_ids != NULL && j < done_ids->len; j++)
        done = done || g_array_index (done_ids, gint64, j) == id;

      add_tick (self, self->routine_group, self->routine, id,
                waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE), NULL, done);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->routine_group), self->routine->len > 0);
}

/* A back-dated check-in shows that day's routine, unless the person
 * has already ticked things here. */
static void
day_changed_cb (WaymarkCheckinEditor *self)
{
  g_autoptr(GArray) done_ids = NULL;
  g_autoptr(GDateTime) time = _waymark_checkin_editor_time (self);
  GDate day;

  _waymark_checkin_editor_mark_dirty (self);
  update_when (self);

  if (self->routine_touched || waymark_record_get_id (WAYMARK_RECORD (self->checkin)) > 0)
    return;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  done_ids = waymark_store_list_routine_done_on (self->store, &day, NULL);

  for (guint i = 0; i < self->routine->len; i++)
    {
      Tick *tick = &g_array_index (self->routine, Tick, i);
      gboolean done = FALSE;

      for (guint j = 0; done_ids != NULL && j < done_ids->len; j++)
        done = done || g_array_index (done_ids, gint64, j) == tick->id;

      g_signal_handlers_block_by_func (tick->check, _waymark_checkin_editor_mark_dirty, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (tick->check), done);
      g_signal_handlers_unblock_by_func (tick->check, _waymark_checkin_editor_mark_dirty, self);
    }
}

static void
routine_toggled_cb (WaymarkCheckinEditor *self)
{
  self->routine_touched = TRUE;
}

static void
fill_medications (WaymarkCheckinEditor  *self,
                  WaymarkCheckinDetails *details)
{
  g_autoptr(GListModel) interventions = waymark_store_list (self->store, WAYMARK_TYPE_INTERVENTION, NULL, NULL);
  const char *day = waymark_record_get_text (WAYMARK_RECORD (self->checkin), WAYMARK_CHECKIN_LOCAL_DATE);

  for (guint i = 0; interventions != NULL && i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(WaymarkRecord) medication = g_list_model_get_item (interventions, i);
      const char *end = waymark_record_get_text (medication, WAYMARK_INTERVENTION_END_DATE);
      gint64 id = waymark_record_get_id (medication);
      gboolean taken = FALSE;
      gboolean recorded;

      if (!g_str_equal (waymark_record_get_text (medication, WAYMARK_INTERVENTION_KIND),
                        WAYMARK_INTERVENTION_MEDICATION))
        continue;

      /* Active on the check-in's day, or recorded in it already. */
      recorded = details != NULL && ticks_contain (details->medications, id, &taken);
      if (!recorded && *end != '\0' && g_strcmp0 (end, day) < 0)
        continue;

      add_tick (self, self->medication_group, self->medications, id,
                waymark_record_get_text (medication, WAYMARK_INTERVENTION_NAME),
                waymark_record_get_text (medication, WAYMARK_INTERVENTION_DOSE), taken);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->medication_group), self->medications->len > 0);
}

static void
fill_trackers (WaymarkCheckinEditor  *self,
               WaymarkCheckinDetails *details)
{
  g_autoptr(GListModel) trackers = waymark_store_list (self->store, WAYMARK_TYPE_TRACKER, NULL, NULL);
  guint shown = 0;

  for (guint i = 0; trackers != NULL && i < g_list_model_get_n_items (trackers); i++)
    {
      g_autoptr(WaymarkRecord) tracker = g_list_model_get_item (trackers, i);
      gint64 id = waymark_record_get_id (tracker);
      double value = -1;

      for (guint j = 0; details != NULL && j < details->trackers->len; j++)
        if (g_array_index (details->trackers, WaymarkTrackerValue, j).tracker_id == id)
          value = g_array_index (details->trackers, WaymarkTrackerValue, j).value;

      if (waymark_record_get_int (tracker, WAYMARK_TRACKER_ARCHIVED) && value < 0)
        continue;

      if (waymark_tracker_is_scale (WAYMARK_TRACKER (tracker)))
        add_field (self, self->trackers_group, waymark_record_get_text (tracker, WAYMARK_TRACKER_NAME),
                   WORDS_NONE, -1, id, value);
      else
        add_tick (self, self->trackers_group, self->yes_no, id,
                  waymark_record_get_text (tracker, WAYMARK_TRACKER_NAME), NULL, value > 0);
      shown++;
    }

  adw_preferences_group_set_description (self->trackers_group,
                                         shown == 0 ? _("Add your own, such as “Went outside” or “Pain”, from the journal’s menu: Trackers.") : NULL);
}

static void
suggestion_clicked_cb (GtkButton            *button,
                       WaymarkCheckinEditor *self)
{
  const char *tag = gtk_button_get_label (button);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_row));
  g_auto(GStrv) tags = g_strsplit (text, ",", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  gboolean present = FALSE;
  g_autofree char *joined = NULL;

  /* A suggestion toggles its tag in the entry. */
  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *clean = g_strstrip (g_strdup (tags[i]));

      if (*clean == '\0')
        continue;
      if (g_str_equal (clean, tag))
        present = TRUE;
      else
        g_ptr_array_add (kept, g_steal_pointer (&clean));
    }
  if (!present)
    g_ptr_array_add (kept, g_strdup (tag));

  joined = g_strjoinv (", ", (char **) kept->pdata);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), joined);
}

static void
fill_suggestions (WaymarkCheckinEditor *self)
{
  g_auto(GStrv) tags = waymark_store_list_checkin_tags (self->store, NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL && i < 10; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (tags[i]);
      g_autofree char *label = g_strdup_printf (_("Add or remove the tag %s"), tags[i]);

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_signal_connect (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self);
      gtk_flow_box_append (self->suggestions_box, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), tags != NULL && tags[0] != NULL);
}

static WaymarkCheckinDetails *
collect (WaymarkCheckinEditor *self)
{
  WaymarkCheckinDetails *details = waymark_checkin_details_new ();
  WaymarkRecord *record = WAYMARK_RECORD (self->checkin);
  g_autoptr(GDateTime) time = _waymark_checkin_editor_time (self);
  g_auto(GStrv) tags = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), ",", -1);
  g_autofree char *note = NULL;
  GtkTextIter start, end;

  waymark_checkin_set_time (self->checkin, time);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->column == WAYMARK_CHECKIN_SLEEP_HOURS)
        waymark_record_set_real (record, field->column,
                                 field->set ? gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->control)) : WAYMARK_UNSET);
      else if (field->column >= 0)
        waymark_record_set_int (record, field->column, field->set ? field_value (field) : WAYMARK_UNSET);
      else if (field->set)
        {
          WaymarkTrackerValue value = { field->tracker_id, field_value (field) };
          g_array_append_val (details->trackers, value);
        }
    }

  for (guint i = 0; i < self->yes_no->len; i++)
    {
      Tick *tick = &g_array_index (self->yes_no, Tick, i);
      WaymarkTrackerValue value = { tick->id, gtk_check_button_get_active (GTK_CHECK_BUTTON (tick->check)) };

      g_array_append_val (details->trackers, value);
    }

  for (guint i = 0; i < self->medications->len; i++)
    {
      Tick *tick = &g_array_index (self->medications, Tick, i);
      WaymarkTick taken = { tick->id, gtk_check_button_get_active (GTK_CHECK_BUTTON (tick->check)) };

      g_array_append_val (details->medications, taken);
    }

  for (guint i = 0; i < self->routine->len; i++)
    {
      Tick *tick = &g_array_index (self->routine, Tick, i);
      WaymarkTick done = { tick->id, gtk_check_button_get_active (GTK_CHECK_BUTTON (tick->check)) };

      g_array_append_val (details->routine, done);
    }

  for (guint i = 0; tags[i] != NULL; i++)
    waymark_checkin_details_add_tag (details, tags[i]);

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->note_view), &start, &end);
  note = gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->note_view), &start, &end, FALSE);
  waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, g_strstrip (note));
  waymark_record_set_int (record, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM,
                          gtk_switch_get_active (self->share_switch));

  return details;
}

static void
close_now (WaymarkCheckinEditor *self)
{
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (widget);
  g_autoptr(WaymarkCheckinDetails) details = collect (self);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean is_new = waymark_record_get_id (WAYMARK_RECORD (self->checkin)) == 0;

  /* A check-in that says nothing would be a row of dashes: said calmly
   * where the eye goes, and the editor stays open as it was. */
  if (waymark_checkin_is_empty (self->checkin, details))
    {
      gtk_label_set_label (self->error_label,
                           _("There is nothing in this check-in yet. Set one of the scales, tick something "
                             "or write a note, then save — or Cancel if you’d rather not check in now."));
      /* Not an error: said in the page's own colour, not in red. */
      gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0.0);
      self->said_empty = TRUE;
      return;
    }

  /* The check-in is written and its draft deleted in one transaction. */
  if (!waymark_store_save_checkin_from_draft (self->store, self->checkin, details, self->draft_id, &error))
    {
      /* Said in full at the top, where the eye goes; everything entered
       * stays as it is. */
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0.0);
      self->said_empty = FALSE;
      return;
    }

  waymark_autosave_forget (self->draft_autosave);
  self->draft_id = 0;
  g_signal_emit (self, signals[SAVED], 0, self->checkin);
  if (parent != NULL)
    waymark_show_toast (GTK_WIDGET (parent), is_new ? _("Check-in saved") : _("Check-in updated"));
  close_now (self);
}

static void
discard_cb (GtkWindow *window)
{
  _waymark_checkin_editor_drop_draft (WAYMARK_CHECKIN_EDITOR (window));
  close_now (WAYMARK_CHECKIN_EDITOR (window));
}

static void
ask_to_discard (WaymarkCheckinEditor *self)
{
  gboolean is_new = waymark_record_get_id (WAYMARK_RECORD (self->checkin)) == 0;

  waymark_ask_to_discard (GTK_WINDOW (self),
                          is_new ? _("Discard This Check-in?") : _("Discard Your Changes?"),
                          is_new ? _("What you entered here will not be kept.")
                                 : _("The check-in stays as it was before you opened it."),
                          _("_Keep Editing"), discard_cb);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (widget);

  if (self->dirty)
    ask_to_discard (self);
  else
    {
      _waymark_checkin_editor_drop_draft (self);
      close_now (self);
    }
}

static gboolean
waymark_checkin_editor_close_request (GtkWindow *window)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (window);

  if (self->closing || !self->dirty)
    return GDK_EVENT_PROPAGATE;

  ask_to_discard (self);
  return GDK_EVENT_STOP;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  WaymarkDeletion *deletion;

  deletion = waymark_store_delete (self->store, WAYMARK_RECORD (self->checkin), &error);
  if (deletion == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  if (parent != NULL)
    waymark_offer_undo (GTK_WIDGET (parent), self->store, deletion, _("Check-in deleted"));
  else
    waymark_deletion_free (deletion);

  /* Its draft went with it. */
  _waymark_checkin_editor_drop_draft (self);
  close_now (self);
}

static void
field_free (gpointer data)
{
  g_free (data);
}

static void
waymark_checkin_editor_dispose (GObject *object)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (object);

  /* Gone without Save or Discard (the application quit, the window
   * went): what was entered stays as a draft, offered back next time. */
  if (self->draft_autosave != NULL && !self->closing)
    waymark_autosave_flush (self->draft_autosave);
  g_clear_object (&self->draft_autosave);

  gtk_widget_dispose_template (GTK_WIDGET (object), WAYMARK_TYPE_CHECKIN_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->checkin);

  G_OBJECT_CLASS (waymark_checkin_editor_parent_class)->dispose (object);
}

static void
waymark_checkin_editor_finalize (GObject *object)
{
  WaymarkCheckinEditor *self = WAYMARK_CHECKIN_EDITOR (object);

  g_ptr_array_unref (self->fields);
  g_array_unref (self->medications);
  g_array_unref (self->routine);
  g_array_unref (self->yes_no);

  G_OBJECT_CLASS (waymark_checkin_editor_parent_class)->finalize (object);
}

static void
waymark_checkin_editor_class_init (WaymarkCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = waymark_checkin_editor_dispose;
  object_class->finalize = waymark_checkin_editor_finalize;
  window_class->close_request = waymark_checkin_editor_close_request;

  /**
   * WaymarkCheckinEditor::saved:
   * @checkin: the check-in as written
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, WAYMARK_TYPE_CHECKIN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, scrolled);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, feelings_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, sleep_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, medication_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, routine_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, trackers_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, share_switch);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, when_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, day_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCheckinEditor, delete_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
waymark_checkin_editor_init (WaymarkCheckinEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Ctrl+Enter saves from the note too, before it takes it as a new line. */
  waymark_editor_keys_install (GTK_WIDGET (self), "editor.save");

  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->medications = g_array_new (FALSE, TRUE, sizeof (Tick));
  self->routine = g_array_new (FALSE, TRUE, sizeof (Tick));
  self->yes_no = g_array_new (FALSE, TRUE, sizeof (Tick));
}

static double
initial (WaymarkCheckin *checkin,
         guint           column)
{
  if (column == WAYMARK_CHECKIN_SLEEP_HOURS)
    return waymark_record_get_real (WAYMARK_RECORD (checkin), column);

  return waymark_record_get_int (WAYMARK_RECORD (checkin), column);
}

/**
 * waymark_checkin_editor_new:
 * @parent: the plan's window
 * @store: the plan
 * @checkin: (nullable): a saved check-in to edit, or %NULL for a new one
 *   for now
 * @ask_cravings: whether to ask about cravings (Preferences); a check-in
 *   that has them shows them anyway
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
waymark_checkin_editor_new (GtkWindow      *parent,
                            WaymarkStore   *store,
                            WaymarkCheckin *checkin,
                            gboolean        ask_cravings)
{
  WaymarkCheckinEditor *self;
  g_autoptr(WaymarkCheckinDetails) details = NULL;
  g_autoptr(GDateTime) time = NULL;
  gboolean is_new = checkin == NULL || waymark_record_get_id (WAYMARK_RECORD (checkin)) == 0;
  Field *mood;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  /* In GTK 4.8 this window's accessible is made while its template is
   * built, before it knows it is a window: said here, so screen readers
   * (and the end-to-end tests) see a window, not a blank panel. */
  self = g_object_new (WAYMARK_TYPE_CHECKIN_EDITOR,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  if (is_new)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->checkin = waymark_checkin_new ();
      waymark_checkin_set_time (self->checkin, now);
    }
  else
    {
      self->checkin = WAYMARK_CHECKIN (waymark_record_copy (WAYMARK_RECORD (checkin)));
      details = waymark_store_load_checkin_details (store, waymark_record_get_id (WAYMARK_RECORD (checkin)), NULL);
    }

  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Check-in") : _("Check-in"));
  adw_window_title_set_title (self->window_title, is_new ? _("New Check-in") : _("Check-in"));
  gtk_widget_set_visible (self->delete_button, !is_new);

  time = waymark_checkin_dup_local_time (self->checkin);
  gtk_calendar_select_day (self->calendar, time);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (time));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (time));
  update_when (self);

  mood = add_field (self, self->feelings_group, _("_Mood"), WORDS_MOOD, WAYMARK_CHECKIN_MOOD, 0,
                    initial (self->checkin, WAYMARK_CHECKIN_MOOD));
  add_field (self, self->feelings_group, _("_Anxiety"), WORDS_AMOUNT, WAYMARK_CHECKIN_ANXIETY, 0,
             initial (self->checkin, WAYMARK_CHECKIN_ANXIETY));
  add_field (self, self->feelings_group, _("_Energy"), WORDS_AMOUNT, WAYMARK_CHECKIN_ENERGY, 0,
             initial (self->checkin, WAYMARK_CHECKIN_ENERGY));
  if (ask_cravings || initial (self->checkin, WAYMARK_CHECKIN_CRAVING) >= 0)
    add_field (self, self->feelings_group, _("C_ravings"), WORDS_AMOUNT, WAYMARK_CHECKIN_CRAVING, 0,
               initial (self->checkin, WAYMARK_CHECKIN_CRAVING));
  add_field (self, self->sleep_group, _("_Hours of sleep"), WORDS_NONE, WAYMARK_CHECKIN_SLEEP_HOURS, 0,
             initial (self->checkin, WAYMARK_CHECKIN_SLEEP_HOURS));
  add_field (self, self->sleep_group, _("Sleep _quality"), WORDS_QUALITY, WAYMARK_CHECKIN_SLEEP_QUALITY, 0,
             initial (self->checkin, WAYMARK_CHECKIN_SLEEP_QUALITY));

  fill_medications (self, details);
  fill_routine (self, details);
  for (guint i = 0; i < self->routine->len; i++)
    g_signal_connect_swapped (g_array_index (self->routine, Tick, i).check, "toggled",
                              G_CALLBACK (routine_toggled_cb), self);
  fill_trackers (self, details);
  fill_suggestions (self);

  if (details != NULL)
    {
      g_autofree char *tags = NULL;

      g_ptr_array_add (details->tags, NULL);
      tags = g_strjoinv (", ", (char **) details->tags->pdata);

      gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            waymark_record_get_text (WAYMARK_RECORD (self->checkin), WAYMARK_CHECKIN_NOTE), -1);
  gtk_switch_set_active (self->share_switch,
                         waymark_record_get_int (WAYMARK_RECORD (self->checkin), WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM));

  g_signal_connect_swapped (self->tags_row, "changed", G_CALLBACK (_waymark_checkin_editor_mark_dirty), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed", G_CALLBACK (_waymark_checkin_editor_mark_dirty), self);
  g_signal_connect_swapped (self->share_switch, "notify::active", G_CALLBACK (_waymark_checkin_editor_mark_dirty), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_changed_cb), self);
  g_signal_connect_swapped (self->hour_spin, "value-changed", G_CALLBACK (day_changed_cb), self);
  g_signal_connect_swapped (self->minute_spin, "value-changed", G_CALLBACK (day_changed_cb), self);

  self->dirty = FALSE;
  self->draft_autosave = waymark_autosave_new (_waymark_checkin_editor_write_draft, self);
  waymark_autosave_flush_on_focus_leave (self->draft_autosave, GTK_WIDGET (self->note_view));
  waymark_autosave_flush_on_focus_leave (self->draft_autosave, GTK_WIDGET (self->tags_row));
  gtk_window_set_focus (GTK_WINDOW (self), mood->control);

  return GTK_WINDOW (self);
}
