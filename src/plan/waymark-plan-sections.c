/* waymark-plan-sections.c: the sections of the Plan page, what each
 * holds, how its rows read and what its editor adds
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-sections"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-contact.h"
#include "waymark-crisis-plan.h"
#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-language.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-review.h"
#include "waymark-plan-sections.h"
#include "waymark-plan-statistics.h"
#include "waymark-progress-note.h"
#include "waymark-progress-ring-view.h"
#include "waymark-progress-ring.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-routine-item.h"

/* Each section is declared as data (WaymarkSectionSpec, with designated
 * initialisers) and shown by a WaymarkRecordSection. What an editor
 * adds to its fields (a goal's progress notes, a tool's tags, a
 * medication's dose history) keeps its state in a small struct the
 * editor owns, not on the widgets. */

/* Contacts are listed by their in_care_team column: the care team's is 1. */
#define CARE_TEAM_SCOPE "1"

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_action_row_set_subtitle (row, escaped);
}

/* The record's non-empty @columns, joined with " · " after @first. */
static void
set_details_subtitle (AdwActionRow  *row,
                      WaymarkRecord *record,
                      const char    *first,
                      const guint   *columns,
                      guint          n_columns)
{
  g_autoptr(GString) subtitle = g_string_new (first);

  for (guint i = 0; i < n_columns; i++)
    if (*waymark_record_get_text (record, columns[i]) != '\0')
      g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "",
                              waymark_record_get_text (record, columns[i]));

  set_subtitle (row, subtitle->str);
}

/* Goals ---------------------------------------------------------------- */

static const WaymarkField goal_fields[] = {
  { WAYMARK_GOAL_TITLE, WAYMARK_FIELD_ENTRY, N_("Goal") },
  { WAYMARK_GOAL_DIMENSION, WAYMARK_FIELD_CHOICE, N_("Part of life"),
    waymark_goal_dimensions, waymark_goal_dimension_labels },
  { WAYMARK_GOAL_HORIZON, WAYMARK_FIELD_CHOICE, N_("Time frame"), waymark_goal_horizons, waymark_goal_horizon_labels },
  { WAYMARK_GOAL_TARGET, WAYMARK_FIELD_TEXT, N_("What success looks like") },
  { WAYMARK_GOAL_START_DATE, WAYMARK_FIELD_DATE, N_("Start date") },
  { WAYMARK_GOAL_TARGET_DATE, WAYMARK_FIELD_DATE, N_("Target date") },
  { WAYMARK_GOAL_STATUS, WAYMARK_FIELD_CHOICE, N_("Status"), waymark_goal_statuses, waymark_goal_status_labels },
  { WAYMARK_GOAL_PROGRESS, WAYMARK_FIELD_PERCENT, N_("Progress (percent)") },
};

static double
goal_fraction (WaymarkRecord *goal)
{
  if (g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_STATUS), "achieved"))
    return 1.0;

  return waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS) / 100.0;
}

static void
decorate_goal (WaymarkRecordSection *section,
               AdwActionRow         *row,
               WaymarkRecord        *goal)
{
  GtkWidget *ring = waymark_progress_ring_view_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *target_date = waymark_date_format (waymark_record_get_text (goal, WAYMARK_GOAL_TARGET_DATE));
  g_autofree char *described = waymark_progress_ring_describe (goal_fraction (goal));
  const char *status = waymark_record_get_text (goal, WAYMARK_GOAL_STATUS);

  waymark_progress_ring_view_set_fraction (WAYMARK_PROGRESS_RING_VIEW (ring), goal_fraction (goal));
  gtk_widget_set_size_request (ring, 32, 32);
  gtk_widget_set_valign (ring, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ring), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"), -1);
  adw_action_row_add_prefix (row, ring);

  g_string_append (subtitle, waymark_goal_get_label (goal, WAYMARK_GOAL_DIMENSION));
  g_string_append_printf (subtitle, " · %s", waymark_goal_get_label (goal, WAYMARK_GOAL_HORIZON));
  if (!g_str_equal (status, "active"))
    g_string_append_printf (subtitle, " · %s", waymark_goal_get_label (goal, WAYMARK_GOAL_STATUS));
  else
    g_string_append_printf (subtitle, " · %s", described);
  if (*target_date != '\0')
    {
      /* Translators: part of a goal's summary; %s is a date. */
      g_autofree char *by = g_strdup_printf (_("by %s"), target_date);
      g_string_append_printf (subtitle, " · %s", by);
    }
  set_subtitle (row, subtitle->str);
}

/* A list of dated child records in an editor (a goal's progress notes,
 * a medication's dose history), with a row to add one more. The editor
 * owns it. */
typedef struct _History History;

typedef void (*HistoryAddFunc) (History *history);

struct _History
{
  WaymarkStore        *store;
  WaymarkRecordEditor *editor;
  AdwEntryRow         *add_row;
  HistoryAddFunc       add;
  char                *dose;   /* a medication's dose, as its history last had it */
};

static void
free_history (gpointer  data,
              GObject  *editor)
{
  History *history = data;

  g_object_unref (history->store);
  g_free (history->dose);
  g_free (history);
}

static void
add_progress_note (History *history)
{
  AdwEntryRow *row = history->add_row;
  WaymarkRecordEditor *editor = history->editor;
  WaymarkRecord *goal = waymark_record_editor_get_record (editor);
  WaymarkStore *store = history->store;
  g_autoptr(WaymarkProgressNote) note = waymark_progress_note_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  char today[16];

  if (*text == '\0' || !waymark_record_editor_save_now (editor) || waymark_record_get_id (goal) == 0)
    return;

  waymark_local_today_iso (today);
  waymark_record_set_reference (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_GOAL_ID, waymark_record_get_id (goal));
  waymark_record_set_text (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_DATE, today);
  waymark_record_set_text (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_NOTE, text);
  waymark_record_set_int (WAYMARK_RECORD (note), WAYMARK_PROGRESS_NOTE_PROGRESS,
                          waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS));

  if (waymark_store_save (store, WAYMARK_RECORD (note), &error))
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_GROUP));
      GtkWidget *added = adw_action_row_new ();
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_autofree char *when = waymark_date_format (today);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (added), escaped);
      set_subtitle (ADW_ACTION_ROW (added), when);
      adw_preferences_group_add (group, added);
      gtk_editable_set_text (GTK_EDITABLE (row), "");
    }
  else
    waymark_show_error (GTK_WIDGET (row), error->message);
}

static void
history_apply_cb (AdwEntryRow *row,
                  History     *history)
{
  history->add (history);
}

static gboolean
apply_pending_row_cb (WaymarkRecordEditor *editor,
                      History             *history)
{
  AdwEntryRow *row = history->add_row;

  if (*gtk_editable_get_text (GTK_EDITABLE (row)) != '\0' && gtk_widget_get_visible (GTK_WIDGET (row)))
    history->add (history);

  return FALSE;   /* go on closing */
}

static History *
add_history_group (WaymarkRecordSection *section,
                   WaymarkRecordEditor  *editor,
                   GType                 child_type,
                   const char           *title,
                   const char           *add_title,
                   guint                 date_column,
                   guint                 text_column,
                   HistoryAddFunc        add)
{
  WaymarkStore *store = waymark_record_section_get_store (section);
  WaymarkRecord *parent = waymark_record_editor_get_record (editor);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add_row = adw_entry_row_new ();
  History *history = g_new0 (History, 1);

  history->store = g_object_ref (store);
  history->editor = editor;
  history->add_row = ADW_ENTRY_ROW (add_row);
  history->add = add;
  g_object_weak_ref (G_OBJECT (editor), free_history, history);

  adw_preferences_group_set_title (group, title);

  if (waymark_record_get_id (parent) != 0)
    {
      g_autoptr(GListModel) children = waymark_store_list_children (store, child_type,
                                                                    waymark_record_get_id (parent), NULL);
      guint n = children ? g_list_model_get_n_items (children) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaymarkRecord) child = g_list_model_get_item (children, i);
          g_autofree char *escaped = g_markup_escape_text (waymark_record_get_text (child, text_column), -1);
          g_autofree char *when = waymark_date_format (waymark_record_get_text (child, date_column));
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
          set_subtitle (ADW_ACTION_ROW (row), when);
          adw_preferences_group_add (group, row);
        }
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), add_title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), TRUE);
  g_signal_connect (add_row, "apply", G_CALLBACK (history_apply_cb), history);
  adw_preferences_group_add (group, add_row);

  /* A note typed but not applied is kept when the editor closes. */
  g_signal_connect (editor, "close-request", G_CALLBACK (apply_pending_row_cb), history);

  waymark_record_editor_add_group (editor, group);
  return history;
}

static void
extend_goal_editor (WaymarkRecordSection *section,
                    WaymarkRecordEditor  *editor)
{
  add_history_group (section, editor, WAYMARK_TYPE_PROGRESS_NOTE,
                     _("Progress Notes"), _("Add a note on how it is going"),
                     WAYMARK_PROGRESS_NOTE_DATE, WAYMARK_PROGRESS_NOTE_NOTE,
                     add_progress_note);
}

static const WaymarkSectionSpec goals_spec = {
  .name = "goals",
  .record_type = waymark_goal_get_type,
  .title = N_("Goals"),
  .guidance = N_("Goals are the steps you want to take, in your health, your home, your purpose and your "
                 "community. Small ones count. Say what success will look like, so you can see it when it comes."),
  .add_label = N_("_Add a Goal"),
  .editor_title = N_("Goal"),
  .title_column = WAYMARK_GOAL_TITLE,
  .subtitle_column = WAYMARK_GOAL_TARGET,
  .fields = goal_fields,
  .n_fields = G_N_ELEMENTS (goal_fields),
  .decorate_row = decorate_goal,
  .extend_editor = extend_goal_editor,
};

/* Daily routine -------------------------------------------------------- */

static const WaymarkField routine_fields[] = {
  { WAYMARK_ROUTINE_ITEM_TITLE, WAYMARK_FIELD_ENTRY, N_("What I do") },
};

/* A routine item's tick: which item, in which section. */
typedef struct
{
  WaymarkRecordSection *section;
  gint64                id;
} RoutineTick;

static void
free_routine_tick (gpointer  tick,
                   GClosure *closure)
{
  g_free (tick);
}

static void
routine_toggled_cb (GtkCheckButton *check,
                    RoutineTick    *tick)
{
  WaymarkRecordSection *section = tick->section;
  g_autoptr(GError) error = NULL;
  GDate today;

  waymark_local_today (NULL, NULL, &today);
  if (!waymark_store_set_routine_done (waymark_record_section_get_store (section), tick->id, &today,
                                       gtk_check_button_get_active (check), &error))
    {
      waymark_show_error (GTK_WIDGET (section), error->message);
      waymark_record_section_reload (section);
    }
}

static void
decorate_routine_item (WaymarkRecordSection *section,
                       AdwActionRow         *row,
                       WaymarkRecord        *item)
{
  GHashTable *all_days = waymark_record_section_get_rows_data (section);
  gint64 id = waymark_record_get_id (item);
  GArray *days = all_days ? g_hash_table_lookup (all_days, &id) : NULL;
  g_autofree char *check_label = NULL;
  GtkWidget *check = gtk_check_button_new ();
  gboolean done_today = FALSE;
  guint streak = 0;
  GDate today;

  waymark_local_today (NULL, NULL, &today);
  if (days != NULL)
    {
      for (guint i = 0; i < days->len; i++)
        if (g_date_compare (&g_array_index (days, GDate, i), &today) == 0)
          done_today = TRUE;
      streak = waymark_streak_current (days, &today);
    }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done_today);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_name (check, "waymark-done-today");
  /* Translators: the accessible name of a routine item's tick; %s is the item. */
  check_label = g_strdup_printf (_("Done today: %s"), waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  {
    RoutineTick *tick = g_new0 (RoutineTick, 1);

    tick->section = section;
    tick->id = id;
    g_signal_connect_data (check, "toggled", G_CALLBACK (routine_toggled_cb), tick, free_routine_tick, 0);
  }
  adw_action_row_add_prefix (row, check);

  if (streak > 1)
    {
      /* ngettext (), not g_dngettext (): GLib's declines to translate for
       * good when the process started in C.UTF-8 with no LANGUAGE yet. */
      g_autofree char *text = g_strdup_printf (ngettext ("%u day in a row", "%u days in a row", streak),
                                               streak);
      set_subtitle (row, text);
    }
  else
    set_subtitle (row, done_today ? _("Done today") : _("Not yet today"));
}

/* Every item's days in one query, not one an item. */
static gpointer
read_routine_days (WaymarkRecordSection  *section,
                   GError               **error)
{
  return waymark_store_list_all_routine_days (waymark_record_section_get_store (section), error);
}

static const WaymarkSectionSpec routine_spec = {
  .name = "routine",
  .record_type = waymark_routine_item_get_type,
  .title = N_("Daily Routine"),
  .guidance = N_("The small things that keep you well each day, like going to bed on time, a walk, your "
                 "medication or a call with a friend. Tick them off as you do them."),
  .add_label = N_("_Add to My Routine"),
  .editor_title = N_("Routine"),
  .title_column = WAYMARK_ROUTINE_ITEM_TITLE,
  .subtitle_column = -1,
  .fields = routine_fields,
  .n_fields = G_N_ELEMENTS (routine_fields),
  .decorate_row = decorate_routine_item,
  .read_rows = read_routine_days,
  .free_rows = (GDestroyNotify) g_hash_table_unref,
};

/* Toolbox, triggers, warning signs, breakdown signs --------------------- */

static const WaymarkField tool_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("What helps") },
};

static const WaymarkField trigger_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Trigger") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_TEXT, N_("What I will do if it happens") },
};

static const WaymarkField warning_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Early warning sign") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_TEXT, N_("My action plan") },
};

static const WaymarkField breakdown_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Sign") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_TEXT, N_("My action plan") },
};

static const char * const tag_values[] = { "calming", "energising", "social", NULL };
static const char * const tag_labels[] = { N_("Calming"), N_("Energising"), N_("Social"), NULL };

static void
decorate_tool (WaymarkRecordSection *section,
               AdwActionRow         *row,
               WaymarkRecord        *tool)
{
  g_auto(GStrv) tags = waymark_store_get_tags (waymark_record_section_get_store (section),
                                               waymark_record_get_id (tool), NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_string_append_printf (subtitle, "%s%s", i ? ", " : "",
                            waymark_choice_get_label (tag_values, tag_labels, tags[i]));
  set_subtitle (row, subtitle->str);
}

/* A tool's "What Kind of Help" group: a switch a tag, all written
 * together. The editor owns it. */
typedef struct
{
  WaymarkStore        *store;
  WaymarkRecordEditor *editor;
  GtkSwitch           *switches[G_N_ELEMENTS (tag_values) - 1];
} ToolTags;

static void
free_tool_tags (gpointer  data,
                GObject  *editor)
{
  ToolTags *tool_tags = data;

  g_object_unref (tool_tags->store);
  g_free (tool_tags);
}

static void
tag_switched_cb (GtkSwitch  *widget,
                 GParamSpec *pspec,
                 ToolTags   *tool_tags)
{
  WaymarkRecordEditor *editor = tool_tags->editor;
  WaymarkRecord *tool = waymark_record_editor_get_record (editor);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  g_autoptr(GError) error = NULL;

  if (!waymark_record_editor_save_now (editor) || waymark_record_get_id (tool) == 0)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (tool_tags->switches); i++)
    if (gtk_switch_get_active (tool_tags->switches[i]))
      g_ptr_array_add (tags, (gpointer) tag_values[i]);

  if (!waymark_store_set_tags (tool_tags->store, waymark_record_get_id (tool),
                               (const char * const *) tags->pdata, &error))
    waymark_show_error (GTK_WIDGET (widget), error->message);
}

static void
tool_saved_cb (WaymarkRecordEditor *editor,
               AdwPreferencesGroup *group)
{
  gtk_widget_set_sensitive (GTK_WIDGET (group), TRUE);
  adw_preferences_group_set_description (group, NULL);
}

/* Tags say what kind of help a tool gives; they need the tool to exist,
 * so they wake up once what helps has been written. */
static void
extend_tool_editor (WaymarkRecordSection *section,
                    WaymarkRecordEditor  *editor)
{
  WaymarkStore *store = waymark_record_section_get_store (section);
  WaymarkRecord *tool = waymark_record_editor_get_record (editor);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  ToolTags *tool_tags = g_new0 (ToolTags, 1);
  g_auto(GStrv) tags = NULL;

  if (waymark_record_get_id (tool) != 0)
    tags = waymark_store_get_tags (store, waymark_record_get_id (tool), NULL);

  adw_preferences_group_set_title (group, _("What Kind of Help"));
  tool_tags->store = g_object_ref (store);
  tool_tags->editor = editor;
  /* Let go of with the editor, after its switches. */
  g_object_weak_ref (G_OBJECT (editor), free_tool_tags, tool_tags);

  for (guint i = 0; tag_values[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *widget = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(tag_labels[i]));
      gtk_switch_set_active (GTK_SWITCH (widget), tags != NULL && g_strv_contains ((const char * const *) tags, tag_values[i]));
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      /* Named by the row's title through the activatable widget. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
      tool_tags->switches[i] = GTK_SWITCH (widget);
      g_signal_connect (widget, "notify::active", G_CALLBACK (tag_switched_cb), tool_tags);
      adw_preferences_group_add (group, row);
    }

  if (waymark_record_get_id (tool) == 0)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (group), FALSE);
      adw_preferences_group_set_description (group, _("Write what helps first."));
    }
  g_signal_connect_object (editor, "saved", G_CALLBACK (tool_saved_cb), group, 0);

  waymark_record_editor_add_group (editor, group);
}

static const WaymarkSectionSpec toolbox_spec = {
  .name = "toolbox",
  .record_type = waymark_plan_entry_get_type,
  .scope = WAYMARK_PLAN_ENTRY_WELLNESS_TOOL,
  .title = N_("Wellness Toolbox"),
  .guidance = N_("Things you can do to feel better or stay well: music, a walk, a bath, talking to a "
                 "friend, breathing slowly. Collect what works for you."),
  .add_label = N_("_Add a Wellness Tool"),
  .editor_title = N_("Wellness Tool"),
  .title_column = WAYMARK_PLAN_ENTRY_TEXT,
  .subtitle_column = -1,
  .fields = tool_fields,
  .n_fields = G_N_ELEMENTS (tool_fields),
  .decorate_row = decorate_tool,
  .extend_editor = extend_tool_editor,
};

static const WaymarkSectionSpec triggers_spec = {
  .name = "triggers",
  .record_type = waymark_plan_entry_get_type,
  .scope = WAYMARK_PLAN_ENTRY_TRIGGER,
  .title = N_("Triggers"),
  .guidance = N_("Events or situations that can knock you off balance, such as an anniversary or a row, "
                 "and what you will do if they happen."),
  .add_label = N_("_Add a Trigger"),
  .editor_title = N_("Trigger"),
  .title_column = WAYMARK_PLAN_ENTRY_TEXT,
  .subtitle_column = WAYMARK_PLAN_ENTRY_RESPONSE,
  .fields = trigger_fields,
  .n_fields = G_N_ELEMENTS (trigger_fields),
};

static const WaymarkSectionSpec warning_spec = {
  .name = "warning-signs",
  .record_type = waymark_plan_entry_get_type,
  .scope = WAYMARK_PLAN_ENTRY_WARNING_SIGN,
  .title = N_("Early Warning Signs"),
  .guidance = N_("Small changes that tell you things may be getting harder, like sleeping badly or not "
                 "answering messages, and what you will do when you notice them."),
  .add_label = N_("_Add a Warning Sign"),
  .editor_title = N_("Early Warning Sign"),
  .title_column = WAYMARK_PLAN_ENTRY_TEXT,
  .subtitle_column = WAYMARK_PLAN_ENTRY_RESPONSE,
  .fields = warning_fields,
  .n_fields = G_N_ELEMENTS (warning_fields),
};

static const WaymarkSectionSpec breakdown_spec = {
  .name = "breakdown-signs",
  .record_type = waymark_plan_entry_get_type,
  .scope = WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN,
  .title = N_("When Things Are Breaking Down"),
  .guidance = N_("Signs that things have become very hard, and the plan that helps you, and the people "
                 "around you, act early."),
  .add_label = N_("_Add a Sign"),
  .editor_title = N_("When Things Are Breaking Down"),
  .title_column = WAYMARK_PLAN_ENTRY_TEXT,
  .subtitle_column = WAYMARK_PLAN_ENTRY_RESPONSE,
  .fields = breakdown_fields,
  .n_fields = G_N_ELEMENTS (breakdown_fields),
};

/* Treatments and supports ---------------------------------------------- */

static const WaymarkField treatment_fields[] = {
  { WAYMARK_INTERVENTION_NAME, WAYMARK_FIELD_ENTRY, N_("Name") },
  { WAYMARK_INTERVENTION_KIND, WAYMARK_FIELD_CHOICE, N_("Kind"),
    waymark_intervention_kinds, waymark_intervention_kind_labels },
  { WAYMARK_INTERVENTION_SUBTYPE, WAYMARK_FIELD_ENTRY, N_("Type, such as CBT, DBT or group") },
  { WAYMARK_INTERVENTION_PROVIDER, WAYMARK_FIELD_ENTRY, N_("Provider") },
  { WAYMARK_INTERVENTION_SCHEDULE, WAYMARK_FIELD_ENTRY, N_("When") },
  { WAYMARK_INTERVENTION_DOSE, WAYMARK_FIELD_ENTRY, N_("Dose (medication)") },
  { WAYMARK_INTERVENTION_PRESCRIBER, WAYMARK_FIELD_ENTRY, N_("Prescriber (medication)") },
  { WAYMARK_INTERVENTION_PURPOSE, WAYMARK_FIELD_ENTRY, N_("What it is for") },
  { WAYMARK_INTERVENTION_START_DATE, WAYMARK_FIELD_DATE, N_("Started") },
  { WAYMARK_INTERVENTION_END_DATE, WAYMARK_FIELD_DATE, N_("Stopped") },
  { WAYMARK_INTERVENTION_NOTES, WAYMARK_FIELD_TEXT, N_("Notes") },
};

static void
decorate_treatment (WaymarkRecordSection *section,
                    AdwActionRow         *row,
                    WaymarkRecord        *treatment)
{
  const guint details[] = { WAYMARK_INTERVENTION_SUBTYPE, WAYMARK_INTERVENTION_DOSE, WAYMARK_INTERVENTION_SCHEDULE };
  const char *kind = waymark_choice_get_label (waymark_intervention_kinds, waymark_intervention_kind_labels,
                                               waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND));
  g_autofree char *first = NULL;

  if (*waymark_record_get_text (treatment, WAYMARK_INTERVENTION_END_DATE) != '\0')
    /* Translators: a treatment's kind, such as "Medication", and that it was stopped. */
    first = g_strdup_printf (_("%s, stopped"), kind);
  else
    first = g_strdup (kind);

  set_details_subtitle (row, treatment, first, details, G_N_ELEMENTS (details));
}

static void
add_dose (History *history)
{
  AdwEntryRow *row = history->add_row;
  WaymarkRecordEditor *editor = history->editor;
  WaymarkRecord *medication = waymark_record_editor_get_record (editor);
  WaymarkStore *store = history->store;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0' || !waymark_record_editor_save_now (editor) || waymark_record_get_id (medication) == 0)
    return;

  if (!waymark_medication_dose_record (store, medication, text, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      waymark_show_error (GTK_WIDGET (row), error->message);
      return;
    }

  /* The new dose is the current one, already in the history. */
  g_free (history->dose);
  history->dose = g_strdup (text);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_DOSE, text);
  waymark_record_editor_save_now (editor);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
treatment_kind_changed_cb (WaymarkRecord *treatment,
                           GParamSpec    *pspec,
                           GtkWidget     *group)
{
  gtk_widget_set_visible (group, g_str_equal (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND),
                                              WAYMARK_INTERVENTION_MEDICATION));
}

/* A medication whose dose was changed in its Dose field gets that change
 * in its history too, once, when the editor closes. */
static gboolean
record_dose_change_cb (WaymarkRecordEditor *editor,
                       History             *history)
{
  WaymarkRecord *treatment = waymark_record_editor_get_record (editor);
  WaymarkStore *store = history->store;
  const char *opened_with = history->dose;
  const char *dose = waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE);
  g_autoptr(GError) error = NULL;

  if (!waymark_medication_dose_is_new (treatment, opened_with) ||
      !waymark_record_editor_save_now (editor) || waymark_record_get_id (treatment) == 0)
    return FALSE;

  if (!waymark_medication_dose_record (store, treatment, dose, &error))
    waymark_show_error (GTK_WIDGET (editor), error->message);
  else
    {
      g_free (history->dose);
      history->dose = g_strdup (dose);
    }

  return FALSE;
}

static void
extend_treatment_editor (WaymarkRecordSection *section,
                         WaymarkRecordEditor  *editor)
{
  WaymarkRecord *treatment = waymark_record_editor_get_record (editor);
  History *history;
  GtkWidget *group;

  history = add_history_group (section, editor, WAYMARK_TYPE_MEDICATION_DOSE,
                               _("Dose History"), _("Record a new dose, such as 50 mg"),
                               WAYMARK_MEDICATION_DOSE_DATE, WAYMARK_MEDICATION_DOSE_DOSE,
                               add_dose);
  group = gtk_widget_get_ancestor (GTK_WIDGET (history->add_row), ADW_TYPE_PREFERENCES_GROUP);
  treatment_kind_changed_cb (treatment, NULL, group);
  g_signal_connect_object (treatment, "notify::kind", G_CALLBACK (treatment_kind_changed_cb), group, 0);

  history->dose = g_strdup (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE));
  g_signal_connect (editor, "close-request", G_CALLBACK (record_dose_change_cb), history);
}

static const WaymarkSectionSpec treatments_spec = {
  .name = "treatments",
  .record_type = waymark_intervention_get_type,
  .title = N_("Treatments and Supports"),
  .guidance = N_("Talking therapies, medication, complementary therapies and the groups and services that "
                 "support you, with who provides them and when."),
  .add_label = N_("_Add a Treatment or Support"),
  .editor_title = N_("Treatment or Support"),
  .title_column = WAYMARK_INTERVENTION_NAME,
  .subtitle_column = -1,
  .fields = treatment_fields,
  .n_fields = G_N_ELEMENTS (treatment_fields),
  .decorate_row = decorate_treatment,
  .extend_editor = extend_treatment_editor,
};

/* Care team ------------------------------------------------------------- */

static const WaymarkField contact_fields[] = {
  { WAYMARK_CONTACT_NAME, WAYMARK_FIELD_ENTRY, N_("Name") },
  { WAYMARK_CONTACT_ROLE, WAYMARK_FIELD_ENTRY, N_("Role, such as GP, therapist or peer mentor") },
  { WAYMARK_CONTACT_ORGANISATION, WAYMARK_FIELD_ENTRY, N_("Organisation") },
  { WAYMARK_CONTACT_PHONE, WAYMARK_FIELD_ENTRY, N_("Phone") },
  { WAYMARK_CONTACT_OTHER_CONTACT, WAYMARK_FIELD_ENTRY, N_("Other ways to reach them") },
  { WAYMARK_CONTACT_AVAILABLE_HOURS, WAYMARK_FIELD_ENTRY, N_("When they are available") },
};

static void
decorate_contact (WaymarkRecordSection *section,
                  AdwActionRow         *row,
                  WaymarkRecord        *contact)
{
  const guint details[] = { WAYMARK_CONTACT_ROLE, WAYMARK_CONTACT_PHONE, WAYMARK_CONTACT_AVAILABLE_HOURS };

  set_details_subtitle (row, contact, NULL, details, G_N_ELEMENTS (details));
}

static void
set_in_care_team (WaymarkStore  *store,
                  WaymarkRecord *contact,
                  gboolean       in_team,
                  GtkWidget     *anywhere)
{
  g_autoptr(WaymarkRecord) copy = waymark_record_copy (contact);
  g_autoptr(GError) error = NULL;

  waymark_record_set_int (copy, WAYMARK_CONTACT_IN_CARE_TEAM, in_team);
  if (!waymark_store_save (store, copy, &error))
    waymark_show_error (anywhere, error->message);
}

/* What Undo of taking someone off the care team needs. */
typedef struct
{
  WaymarkStore  *store;
  WaymarkRecord *contact;
} LeaveTeam;

static void
free_leave_team (gpointer  data,
                 GClosure *closure)
{
  LeaveTeam *leave = data;

  g_object_unref (leave->store);
  g_object_unref (leave->contact);
  g_free (leave);
}

static void
undo_leave_team_cb (AdwToast  *toast,
                    LeaveTeam *leave)
{
  set_in_care_team (leave->store, leave->contact, TRUE, NULL);
}

/* Someone the crisis plan counts on is taken off the care team, not out
 * of the plan: deleting them would silently empty a crisis step. */
static void
delete_contact (WaymarkRecordSection *section,
                WaymarkRecord        *contact)
{
  WaymarkStore *store = waymark_record_section_get_store (section);
  g_autofree char *name = waymark_ellipsize (waymark_record_get_text (contact, WAYMARK_CONTACT_NAME), 40);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkDeletion *deletion;
  LeaveTeam *leave;
  AdwToast *toast;

  if (waymark_crisis_plan_count_mentions (store, waymark_record_get_id (contact)) == 0)
    {
      deletion = waymark_store_delete (store, contact, &error);
      /* Translators: a toast; %s is a name. */
      message = g_strdup_printf (_("Deleted “%s”"), name);
      if (deletion == NULL)
        waymark_show_error (GTK_WIDGET (section), error->message);
      else
        waymark_offer_undo (GTK_WIDGET (section), store, deletion, message);
      return;
    }

  set_in_care_team (store, contact, FALSE, GTK_WIDGET (section));

  /* Translators: a toast; %s is a name. */
  message = g_strdup_printf (_("“%s” is off your care team and still in your crisis plan"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  leave = g_new0 (LeaveTeam, 1);
  leave->store = g_object_ref (store);
  leave->contact = waymark_record_copy (contact);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_leave_team_cb),
                         leave, free_leave_team, 0);
  waymark_add_toast (GTK_WIDGET (section), toast);
}

static const WaymarkSectionSpec care_team_spec = {
  .name = "care-team",
  .record_type = waymark_contact_get_type,
  .scope = CARE_TEAM_SCOPE,
  .title = N_("My Care Team"),
  .guidance = N_("The people who support your care, such as your GP, therapist, psychiatrist, peer mentor "
                 "or support group, and how to reach them."),
  .add_label = N_("_Add Someone"),
  .editor_title = N_("Care Team"),
  .title_column = WAYMARK_CONTACT_NAME,
  .subtitle_column = -1,
  .fields = contact_fields,
  .n_fields = G_N_ELEMENTS (contact_fields),
  .decorate_row = decorate_contact,
  .delete_record = delete_contact,
};

/* Reviews ---------------------------------------------------------------- */

static const WaymarkField review_fields[] = {
  { WAYMARK_PLAN_REVIEW_DATE, WAYMARK_FIELD_DATE, N_("Date of the review") },
  { WAYMARK_PLAN_REVIEW_PARTICIPANTS, WAYMARK_FIELD_ENTRY, N_("Who took part") },
  { WAYMARK_PLAN_REVIEW_CHANGES, WAYMARK_FIELD_TEXT, N_("What changed") },
  { WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, WAYMARK_FIELD_DATE, N_("Next review") },
};

static void
decorate_review (WaymarkRecordSection *section,
                 AdwActionRow         *row,
                 WaymarkRecord        *review)
{
  g_autofree char *when = waymark_date_format (waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_DATE));
  g_autofree char *next = waymark_date_format (waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE));
  /* Translators: the title of a plan review; %s is its date. */
  g_autofree char *title = g_strdup_printf (_("Review on %s"), when);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autoptr(GString) subtitle = g_string_new (waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_CHANGES));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  if (*next != '\0')
    {
      /* Translators: %s is a date. */
      g_autofree char *next_text = g_strdup_printf (_("next review %s"), next);
      g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", next_text);
    }
  set_subtitle (row, subtitle->str);
}

static const WaymarkSectionSpec reviews_spec = {
  .name = "reviews",
  .record_type = waymark_plan_review_get_type,
  .title = N_("Plan Reviews"),
  .guidance = N_("Looking at your plan again every few months, alone or with someone you trust, keeps it "
                 "yours. Note what changed and when to look again."),
  .add_label = N_("_Record a Review"),
  .editor_title = N_("Plan Review"),
  .title_column = WAYMARK_PLAN_REVIEW_DATE,
  .subtitle_column = -1,
  .fields = review_fields,
  .n_fields = G_N_ELEMENTS (review_fields),
  .decorate_row = decorate_review,
};

static const WaymarkSectionSpec * const sections[] = {
  &care_team_spec, &goals_spec, &routine_spec, &toolbox_spec, &triggers_spec,
  &warning_spec, &breakdown_spec, &treatments_spec, &reviews_spec,
};

/**
 * waymark_plan_sections:
 * @n_sections: (out): how many
 *
 * Returns: the Plan page's sections, in the order shown
 */
const WaymarkSectionSpec * const *
waymark_plan_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}
