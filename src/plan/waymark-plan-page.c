/* waymark-plan-page.c: the recovery plan, every section on one page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-autosave-focus.h"
#include "waymark-contact.h"
#include "waymark-crisis-plan.h"
#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-language.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-page.h"
#include "waymark-plan-review.h"
#include "waymark-plan-statistics.h"
#include "waymark-progress-note.h"
#include "waymark-progress-ring-view.h"
#include "waymark-progress-ring.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-routine-item.h"

/* The page is a list of sections, each described below as data; the few
 * things particular to one kind (a goal's ring, a routine item's tick
 * and streak, a medication's dose history) are small functions. */

struct _WaymarkPlanPage
{
  WaymarkSectionsPage parent_instance;

  /* Template widgets */
  GtkBox        *sections_box;
  GtkRevealer   *review_revealer;
  GtkLabel      *review_label;
  AdwEntryRow   *name_row;
  AdwEntryRow   *pronouns_row;
  AdwEntryRow   *birth_row;
  AdwEntryRow   *meaning_row;
  AdwEntryRow   *diagnosis_row;
  AdwComboRow   *language_row;
  GtkLabel      *about_error_label;

  /* Owned */
  WaymarkPerson *person;
  WaymarkAutosave *person_autosave;
  gboolean       loading_person;
  char          *goal_filter;      /* a dimension, or NULL for all goals */
  GtkWidget     *dimension_buttons[4];
  WaymarkProgressRingView *dimension_rings[4];
};

G_DEFINE_FINAL_TYPE (WaymarkPlanPage, waymark_plan_page, WAYMARK_TYPE_SECTIONS_PAGE)

/* The sections, filled in once at first use: GTypes are not constants. */
static WaymarkSectionSpec specs[9];
static gsize specs_ready = 0;

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
  { WAYMARK_GOAL_TARGET, WAYMARK_FIELD_ENTRY, N_("What success looks like") },
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
  g_object_set_data_full (G_OBJECT (row), "waymark-dimension",
                          g_strdup (waymark_record_get_text (goal, WAYMARK_GOAL_DIMENSION)), g_free);
}

static void
add_progress_note_cb (AdwEntryRow         *row,
                      WaymarkRecordEditor *editor)
{
  WaymarkRecord *goal = waymark_record_editor_get_record (editor);
  WaymarkStore *store = g_object_get_data (G_OBJECT (row), "waymark-store");
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

/* A list of dated child records in an editor (a goal's progress notes,
 * a medication's dose history), with a row to add one more. */
static gboolean
apply_pending_row_cb (AdwEntryRow         *row,
                      WaymarkRecordEditor *editor)
{
  void (*apply) (AdwEntryRow *, WaymarkRecordEditor *) = g_object_get_data (G_OBJECT (row), "waymark-apply");

  if (*gtk_editable_get_text (GTK_EDITABLE (row)) != '\0' && gtk_widget_get_visible (GTK_WIDGET (row)))
    apply (row, editor);

  return FALSE;   /* go on closing */
}

static AdwPreferencesGroup *
add_history_group (WaymarkRecordSection *section,
                   WaymarkRecordEditor  *editor,
                   GType                 child_type,
                   const char           *title,
                   const char           *add_title,
                   guint                 date_column,
                   guint                 text_column,
                   GCallback             add_callback)
{
  WaymarkStore *store = waymark_record_section_get_store (section);
  WaymarkRecord *parent = waymark_record_editor_get_record (editor);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add_row = adw_entry_row_new ();

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
  g_object_set_data (G_OBJECT (add_row), "waymark-store", store);
  g_signal_connect (add_row, "apply", add_callback, editor);
  adw_preferences_group_add (group, add_row);

  /* A note typed but not applied is kept when the editor closes. */
  g_object_set_data (G_OBJECT (add_row), "waymark-apply", add_callback);
  g_signal_connect_object (editor, "close-request", G_CALLBACK (apply_pending_row_cb), add_row,
                           G_CONNECT_SWAPPED);

  waymark_record_editor_add_group (editor, group);
  return group;
}

static void
extend_goal_editor (WaymarkRecordSection *section,
                    WaymarkRecordEditor  *editor)
{
  add_history_group (section, editor, WAYMARK_TYPE_PROGRESS_NOTE,
                     _("Progress Notes"), _("Add a note on how it is going"),
                     WAYMARK_PROGRESS_NOTE_DATE, WAYMARK_PROGRESS_NOTE_NOTE,
                     G_CALLBACK (add_progress_note_cb));
}

static const WaymarkSectionSpec goals_spec = {
  "goals", G_TYPE_INVALID, NULL,
  N_("Goals"),
  N_("Goals are the steps you want to take, in your health, your home, your purpose and your "
     "community. Small ones count. Say what success will look like, so you can see it when it comes."),
  N_("_Add a Goal"), N_("Goal"),
  WAYMARK_GOAL_TITLE, WAYMARK_GOAL_TARGET,
  goal_fields, G_N_ELEMENTS (goal_fields),
  decorate_goal, extend_goal_editor,
};

/* Daily routine -------------------------------------------------------- */

static const WaymarkField routine_fields[] = {
  { WAYMARK_ROUTINE_ITEM_TITLE, WAYMARK_FIELD_ENTRY, N_("What I do") },
};

static void
routine_toggled_cb (GtkCheckButton       *check,
                    WaymarkRecordSection *section)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "waymark-id"));
  g_autoptr(GError) error = NULL;
  GDate today;

  waymark_local_today (NULL, NULL, &today);
  if (!waymark_store_set_routine_done (waymark_record_section_get_store (section), id, &today,
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
  g_object_set_data (G_OBJECT (check), "waymark-id", GSIZE_TO_POINTER (id));
  /* Translators: the accessible name of a routine item's tick; %s is the item. */
  check_label = g_strdup_printf (_("Done today: %s"), waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_signal_connect (check, "toggled", G_CALLBACK (routine_toggled_cb), section);
  adw_action_row_add_prefix (row, check);

  if (streak > 1)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u day in a row", "%u days in a row",
                                                            streak), streak);
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
  "routine", G_TYPE_INVALID, NULL,
  N_("Daily Routine"),
  N_("The small things that keep you well each day, like going to bed on time, a walk, your "
     "medication or a call with a friend. Tick them off as you do them."),
  N_("_Add to My Routine"), N_("Routine"),
  WAYMARK_ROUTINE_ITEM_TITLE, -1,
  routine_fields, G_N_ELEMENTS (routine_fields),
  decorate_routine_item, NULL,
  NULL, NULL, NULL,
  read_routine_days, (GDestroyNotify) g_hash_table_unref,
};

/* Toolbox, triggers, warning signs, breakdown signs --------------------- */

static const WaymarkField tool_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("What helps") },
};

static const WaymarkField trigger_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Trigger") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_ENTRY, N_("What I will do if it happens") },
};

static const WaymarkField warning_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Early warning sign") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_ENTRY, N_("My action plan") },
};

static const WaymarkField breakdown_fields[] = {
  { WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("Sign") },
  { WAYMARK_PLAN_ENTRY_RESPONSE, WAYMARK_FIELD_ENTRY, N_("My action plan") },
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

static void
tag_switched_cb (GtkSwitch           *widget,
                 GParamSpec          *pspec,
                 WaymarkRecordEditor *editor)
{
  AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (widget), "waymark-group");
  WaymarkStore *store = g_object_get_data (G_OBJECT (group), "waymark-store");
  WaymarkRecord *tool = waymark_record_editor_get_record (editor);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  g_autoptr(GError) error = NULL;

  if (!waymark_record_editor_save_now (editor) || waymark_record_get_id (tool) == 0)
    return;

  for (guint i = 0; tag_values[i] != NULL; i++)
    {
      GtkSwitch *other = g_object_get_data (G_OBJECT (group), tag_values[i]);
      if (gtk_switch_get_active (other))
        g_ptr_array_add (tags, (gpointer) tag_values[i]);
    }

  if (!waymark_store_set_tags (store, waymark_record_get_id (tool),
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
  g_auto(GStrv) tags = NULL;

  if (waymark_record_get_id (tool) != 0)
    tags = waymark_store_get_tags (store, waymark_record_get_id (tool), NULL);

  adw_preferences_group_set_title (group, _("What Kind of Help"));
  g_object_set_data (G_OBJECT (group), "waymark-store", store);

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
      g_object_set_data (G_OBJECT (widget), "waymark-group", group);
      g_object_set_data (G_OBJECT (group), tag_values[i], widget);
      g_signal_connect (widget, "notify::active", G_CALLBACK (tag_switched_cb), editor);
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
  "toolbox", G_TYPE_INVALID, WAYMARK_PLAN_ENTRY_WELLNESS_TOOL,
  N_("Wellness Toolbox"),
  N_("Things you can do to feel better or stay well: music, a walk, a bath, talking to a "
     "friend, breathing slowly. Collect what works for you."),
  N_("_Add a Wellness Tool"), N_("Wellness Tool"),
  WAYMARK_PLAN_ENTRY_TEXT, -1,
  tool_fields, G_N_ELEMENTS (tool_fields),
  decorate_tool, extend_tool_editor,
};

static const WaymarkSectionSpec triggers_spec = {
  "triggers", G_TYPE_INVALID, WAYMARK_PLAN_ENTRY_TRIGGER,
  N_("Triggers"),
  N_("Events or situations that can knock you off balance, such as an anniversary or a row, "
     "and what you will do if they happen."),
  N_("_Add a Trigger"), N_("Trigger"),
  WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_PLAN_ENTRY_RESPONSE,
  trigger_fields, G_N_ELEMENTS (trigger_fields),
  NULL, NULL,
};

static const WaymarkSectionSpec warning_spec = {
  "warning-signs", G_TYPE_INVALID, WAYMARK_PLAN_ENTRY_WARNING_SIGN,
  N_("Early Warning Signs"),
  N_("Small changes that tell you things may be getting harder, like sleeping badly or not "
     "answering messages, and what you will do when you notice them."),
  N_("_Add a Warning Sign"), N_("Early Warning Sign"),
  WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_PLAN_ENTRY_RESPONSE,
  warning_fields, G_N_ELEMENTS (warning_fields),
  NULL, NULL,
};

static const WaymarkSectionSpec breakdown_spec = {
  "breakdown-signs", G_TYPE_INVALID, WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN,
  N_("When Things Are Breaking Down"),
  N_("Signs that things have become very hard, and the plan that helps you, and the people "
     "around you, act early."),
  N_("_Add a Sign"), N_("When Things Are Breaking Down"),
  WAYMARK_PLAN_ENTRY_TEXT, WAYMARK_PLAN_ENTRY_RESPONSE,
  breakdown_fields, G_N_ELEMENTS (breakdown_fields),
  NULL, NULL,
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
  { WAYMARK_INTERVENTION_NOTES, WAYMARK_FIELD_ENTRY, N_("Notes") },
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
add_dose_cb (AdwEntryRow         *row,
             WaymarkRecordEditor *editor)
{
  WaymarkRecord *medication = waymark_record_editor_get_record (editor);
  WaymarkStore *store = g_object_get_data (G_OBJECT (row), "waymark-store");
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
  g_object_set_data_full (G_OBJECT (editor), "waymark-dose", g_strdup (text), g_free);
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
record_dose_change_cb (WaymarkRecordEditor *editor)
{
  WaymarkRecord *treatment = waymark_record_editor_get_record (editor);
  WaymarkStore *store = g_object_get_data (G_OBJECT (editor), "waymark-store");
  const char *opened_with = g_object_get_data (G_OBJECT (editor), "waymark-dose");
  const char *dose = waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE);
  g_autoptr(GError) error = NULL;

  if (!waymark_medication_dose_is_new (treatment, opened_with) ||
      !waymark_record_editor_save_now (editor) || waymark_record_get_id (treatment) == 0)
    return FALSE;

  if (!waymark_medication_dose_record (store, treatment, dose, &error))
    waymark_show_error (GTK_WIDGET (editor), error->message);
  else
    g_object_set_data_full (G_OBJECT (editor), "waymark-dose", g_strdup (dose), g_free);

  return FALSE;
}

static void
extend_treatment_editor (WaymarkRecordSection *section,
                         WaymarkRecordEditor  *editor)
{
  WaymarkRecord *treatment = waymark_record_editor_get_record (editor);
  AdwPreferencesGroup *group;

  group = add_history_group (section, editor, WAYMARK_TYPE_MEDICATION_DOSE,
                             _("Dose History"), _("Record a new dose, such as 50 mg"),
                             WAYMARK_MEDICATION_DOSE_DATE, WAYMARK_MEDICATION_DOSE_DOSE,
                             G_CALLBACK (add_dose_cb));
  treatment_kind_changed_cb (treatment, NULL, GTK_WIDGET (group));
  g_signal_connect_object (treatment, "notify::kind", G_CALLBACK (treatment_kind_changed_cb), group, 0);

  g_object_set_data (G_OBJECT (editor), "waymark-store", waymark_record_section_get_store (section));
  g_object_set_data_full (G_OBJECT (editor), "waymark-dose",
                          g_strdup (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE)), g_free);
  g_signal_connect (editor, "close-request", G_CALLBACK (record_dose_change_cb), NULL);
}

static const WaymarkSectionSpec treatments_spec = {
  "treatments", G_TYPE_INVALID, NULL,
  N_("Treatments and Supports"),
  N_("Talking therapies, medication, complementary therapies and the groups and services that "
     "support you, with who provides them and when."),
  N_("_Add a Treatment or Support"), N_("Treatment or Support"),
  WAYMARK_INTERVENTION_NAME, -1,
  treatment_fields, G_N_ELEMENTS (treatment_fields),
  decorate_treatment, extend_treatment_editor,
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
  "care-team", G_TYPE_INVALID, "1",
  N_("My Care Team"),
  N_("The people who support your care, such as your GP, therapist, psychiatrist, peer mentor "
     "or support group, and how to reach them."),
  N_("_Add Someone"), N_("Care Team"),
  WAYMARK_CONTACT_NAME, -1,
  contact_fields, G_N_ELEMENTS (contact_fields),
  decorate_contact, NULL,
  NULL, NULL, delete_contact,
};

/* Reviews ---------------------------------------------------------------- */

static const WaymarkField review_fields[] = {
  { WAYMARK_PLAN_REVIEW_DATE, WAYMARK_FIELD_DATE, N_("Date of the review") },
  { WAYMARK_PLAN_REVIEW_PARTICIPANTS, WAYMARK_FIELD_ENTRY, N_("Who took part") },
  { WAYMARK_PLAN_REVIEW_CHANGES, WAYMARK_FIELD_ENTRY, N_("What changed") },
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
  "reviews", G_TYPE_INVALID, NULL,
  N_("Plan Reviews"),
  N_("Looking at your plan again every few months, alone or with someone you trust, keeps it "
     "yours. Note what changed and when to look again."),
  N_("_Record a Review"), N_("Plan Review"),
  WAYMARK_PLAN_REVIEW_DATE, -1,
  review_fields, G_N_ELEMENTS (review_fields),
  decorate_review, NULL,
};

/* The page -------------------------------------------------------------- */

/* NULL until the sections are made. */
static WaymarkRecordSection *
find_section (WaymarkPlanPage *self,
              const char      *name)
{
  return waymark_sections_page_find (WAYMARK_SECTIONS_PAGE (self), name);
}

static void
update_review_banner (WaymarkPlanPage *self)
{
  WaymarkRecordSection *reviews = find_section (self, "reviews");
  GListModel *records = reviews ? waymark_record_section_get_records (reviews) : NULL;
  g_autoptr(WaymarkRecord) latest = NULL;
  const char *next;
  char today[16];

  if (records == NULL || g_list_model_get_n_items (records) == 0)
    {
      gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
      return;
    }

  /* Reviews are listed newest first. */
  latest = g_list_model_get_item (records, 0);
  next = waymark_record_get_text (latest, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE);
  waymark_local_today_iso (today);

  if (*next != '\0' && g_strcmp0 (next, today) < 0)
    {
      g_autofree char *when = waymark_date_format (next);
      g_autofree char *text = g_strdup_printf (_("It’s time to look at your plan again: you planned "
                                                 "your next review for %s."), when);

      gtk_label_set_label (self->review_label, text);
      gtk_revealer_set_reveal_child (self->review_revealer, TRUE);
    }
  else
    gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
}

static void
review_clicked_cb (WaymarkPlanPage *self)
{
  WaymarkRecordSection *reviews = find_section (self, "reviews");

  if (reviews != NULL)
    waymark_record_section_add (reviews);
}

static void
update_dimension_rings (WaymarkPlanPage *self)
{
  WaymarkRecordSection *section = find_section (self, "goals");
  GListModel *goals = section ? waymark_record_section_get_records (section) : NULL;

  if (section == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (self->dimension_rings); i++)
    {
      double fraction = goals ? waymark_goals_progress (goals, waymark_goal_dimensions[i], NULL) : NAN;
      g_autofree char *label = isnan (fraction) ? g_strdup ("–") : waymark_progress_ring_format_label (fraction);
      g_autofree char *described = isnan (fraction) ? g_strdup (_("no goals yet"))
                                                    : waymark_progress_ring_describe (fraction);
      /* Translators: e.g. "Health: 45 percent". */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), _(waymark_goal_dimension_labels[i]), described);

      waymark_progress_ring_view_set_fraction (self->dimension_rings[i], isnan (fraction) ? 0 : fraction);
      waymark_progress_ring_view_set_label (self->dimension_rings[i], label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->dimension_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static gboolean
goal_filter (GtkListBoxRow *row,
             gpointer       user_data)
{
  WaymarkPlanPage *self = user_data;

  return self->goal_filter == NULL ||
         g_strcmp0 (g_object_get_data (G_OBJECT (row), "waymark-dimension"), self->goal_filter) == 0;
}

static void
dimension_toggled_cb (GtkToggleButton *button,
                      WaymarkPlanPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "waymark-index"));
  WaymarkRecordSection *goals = find_section (self, "goals");

  g_clear_pointer (&self->goal_filter, g_free);

  if (gtk_toggle_button_get_active (button))
    {
      self->goal_filter = g_strdup (waymark_goal_dimensions[index]);
      for (guint i = 0; i < G_N_ELEMENTS (self->dimension_buttons); i++)
        if (i != index)
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->dimension_buttons[i]), FALSE);
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (self->dimension_buttons); i++)
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->dimension_buttons[i])))
        self->goal_filter = g_strdup (waymark_goal_dimensions[i]);

  waymark_record_section_set_filter (goals, goal_filter, self);
}

/* Four across when there is room, two by two on a phone. */
static GtkWidget *
make_dimension_header (WaymarkPlanPage *self)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 4);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);

  for (guint i = 0; i < G_N_ELEMENTS (self->dimension_buttons); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *ring = waymark_progress_ring_view_new ();
      GtkWidget *label = gtk_label_new (_(waymark_goal_dimension_labels[i]));
      /* Translators: a tooltip; %s is Health, Home, Purpose or Community. */
      g_autofree char *tooltip = g_strdup_printf (_("Show only goals for %s"), _(waymark_goal_dimension_labels[i]));

      gtk_widget_set_size_request (ring, 56, 56);
      gtk_widget_set_halign (ring, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (ring), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(waymark_goal_dimension_labels[i]), -1);
      gtk_box_append (GTK_BOX (content), ring);
      gtk_box_append (GTK_BOX (content), label);
      gtk_widget_set_margin_top (content, 6);
      gtk_widget_set_margin_bottom (content, 6);
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data (G_OBJECT (button), "waymark-index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (dimension_toggled_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (box), button);
      /* The flow box's own child need not take focus: the button does. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);

      self->dimension_buttons[i] = button;
      self->dimension_rings[i] = WAYMARK_PROGRESS_RING_VIEW (ring);
    }

  return box;
}

/* About me ----------------------------------------------------------------- */

static gboolean
save_person_cb (gpointer user_data)
{
  WaymarkPlanPage *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (waymark_page_get_store (WAYMARK_PAGE (self)) == NULL || self->person == NULL)
    return TRUE;

  saved = waymark_store_save_person (waymark_page_get_store (WAYMARK_PAGE (self)), self->person, &error);
  if (!saved)
    gtk_label_set_label (self->about_error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->about_error_label), !saved);

  return saved;
}

static void
flush_person (WaymarkPlanPage *self)
{
  if (self->person_autosave != NULL)
    waymark_autosave_flush (self->person_autosave);
}

/* The language row's choices: this computer's, then each translation. */
static void
fill_language_row (WaymarkPlanPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n;
  const WaymarkLanguage *languages = waymark_languages (&n);

  gtk_string_list_append (names, _("Same as this computer"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (names, languages[i].native_name);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

static void
language_row_changed_cb (WaymarkPlanPage *self)
{
  guint n, selected = adw_combo_row_get_selected (self->language_row);
  const WaymarkLanguage *languages = waymark_languages (&n);

  if (self->loading_person || self->person == NULL)
    return;

  waymark_person_set_language (self->person, selected > 0 && selected <= n ? languages[selected - 1].code : "");
  waymark_autosave_changed (self->person_autosave);
}

static void
person_row_changed_cb (GtkEditable     *row,
                       WaymarkPlanPage *self)
{
  const char *property = g_object_get_data (G_OBJECT (row), "waymark-property");
  const char *text = gtk_editable_get_text (row);

  if (self->loading_person || self->person == NULL)
    return;

  /* A date still being typed is not written, and does not hold back
   * the other fields; the row says what it expects. */
  if (GTK_WIDGET (row) == GTK_WIDGET (self->birth_row))
    {
      g_autofree char *date = g_strstrip (g_strdup (text));
      gboolean valid = *date == '\0' || waymark_date_is_valid (date);

      if (valid)
        gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      if (!valid)
        return;
      text = date;
      g_object_set (self->person, property, text, NULL);
    }
  else
    g_object_set (self->person, property, text, NULL);
  waymark_autosave_changed (self->person_autosave);
}

static void
load_person (WaymarkPlanPage *self)
{
  AdwEntryRow *rows[] = { self->name_row, self->pronouns_row, self->birth_row,
                          self->meaning_row, self->diagnosis_row };

  g_clear_object (&self->person);
  if (waymark_page_get_store (WAYMARK_PAGE (self)) != NULL)
    self->person = waymark_store_load_person (waymark_page_get_store (WAYMARK_PAGE (self)), NULL);
  if (self->person == NULL)
    return;

  self->loading_person = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->person, g_object_get_data (G_OBJECT (rows[i]), "waymark-property"), &value, NULL);
      gtk_editable_set_text (GTK_EDITABLE (rows[i]), value ? value : "");
    }
  {
    const WaymarkLanguage *language = waymark_language_find (waymark_person_get_language (self->person));
    guint n;
    const WaymarkLanguage *languages = waymark_languages (&n);

    adw_combo_row_set_selected (self->language_row, language ? (guint) (language - languages) + 1 : 0);
  }
  self->loading_person = FALSE;
}

static void
section_reloaded_cb (WaymarkPlanPage *self)
{
  update_review_banner (self);
  update_dimension_rings (self);
}

static void
waymark_plan_page_dispose (GObject *object)
{
  WaymarkPlanPage *self = WAYMARK_PLAN_PAGE (object);

  flush_person (self);
  g_clear_object (&self->person_autosave);
  g_clear_object (&self->person);
  g_clear_pointer (&self->goal_filter, g_free);

  /* The template's child is AdwBin's child too; let go of it once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_PLAN_PAGE);

  G_OBJECT_CLASS (waymark_plan_page_parent_class)->dispose (object);
}

static void
waymark_plan_page_flush (WaymarkPage *page)
{
  flush_person (WAYMARK_PLAN_PAGE (page));
}

static void
waymark_plan_page_load (WaymarkPage *page)
{
  WaymarkPlanPage *self = WAYMARK_PLAN_PAGE (page);

  load_person (self);
  section_reloaded_cb (self);
}

static void
waymark_plan_page_unload (WaymarkPage *page)
{
  g_clear_object (&WAYMARK_PLAN_PAGE (page)->person);
}

static void
waymark_plan_page_changed (WaymarkPage *page,
                           const char  *kind)
{
  WaymarkPlanPage *self = WAYMARK_PLAN_PAGE (page);

  /* Only when the change came from elsewhere; typing here is the source. */
  if (g_str_equal (kind, "person") && self->person_autosave != NULL &&
      !waymark_autosave_is_pending (self->person_autosave))
    load_person (self);
}

static void
waymark_plan_page_reload (WaymarkPage *page)
{
  /* The sections have read the change already. */
  section_reloaded_cb (WAYMARK_PLAN_PAGE (page));
}

static void waymark_plan_page_build (WaymarkPage *page);

static void
waymark_plan_page_class_init (WaymarkPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_plan_page_dispose;
  page_class->build = waymark_plan_page_build;
  page_class->load = waymark_plan_page_load;
  page_class->flush = waymark_plan_page_flush;
  page_class->unload = waymark_plan_page_unload;
  page_class->changed = waymark_plan_page_changed;
  page_class->reload = waymark_plan_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, review_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, birth_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, meaning_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, diagnosis_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPlanPage, about_error_label);
  gtk_widget_class_bind_template_callback (widget_class, review_clicked_cb);
}

static void
waymark_plan_page_init (WaymarkPlanPage *self)
{
  const struct { const char *property; AdwEntryRow **row; } person_rows[] = {
    { "name", &self->name_row },
    { "pronouns", &self->pronouns_row },
    { "date-of-birth", &self->birth_row },
    { "recovery-meaning", &self->meaning_row },
    { "diagnosis", &self->diagnosis_row },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->person_autosave = waymark_autosave_new (save_person_cb, self);

  if (g_once_init_enter (&specs_ready))
    {
      const WaymarkSectionSpec *templates[] = {
        &care_team_spec, &goals_spec, &routine_spec, &toolbox_spec, &triggers_spec,
        &warning_spec, &breakdown_spec, &treatments_spec, &reviews_spec,
      };
      GType types[] = {
        WAYMARK_TYPE_CONTACT, WAYMARK_TYPE_GOAL, WAYMARK_TYPE_ROUTINE_ITEM, WAYMARK_TYPE_PLAN_ENTRY,
        WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_TYPE_PLAN_ENTRY,
        WAYMARK_TYPE_INTERVENTION, WAYMARK_TYPE_PLAN_REVIEW,
      };

      for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
        {
          specs[i] = *templates[i];
          specs[i].record_type = types[i];
        }
      g_once_init_leave (&specs_ready, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (person_rows); i++)
    {
      g_object_set_data (G_OBJECT (*person_rows[i].row), "waymark-property", (gpointer) person_rows[i].property);
      g_signal_connect (*person_rows[i].row, "changed", G_CALLBACK (person_row_changed_cb), self);
      waymark_autosave_flush_on_focus_leave (self->person_autosave, GTK_WIDGET (*person_rows[i].row));
    }

  fill_language_row (self);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_row_changed_cb), self);

  waymark_sections_page_set_box (WAYMARK_SECTIONS_PAGE (self), self->sections_box);
}

static void
waymark_plan_page_build (WaymarkPage *page)
{
  WaymarkPlanPage *self = WAYMARK_PLAN_PAGE (page);

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    waymark_sections_page_add (WAYMARK_SECTIONS_PAGE (self), waymark_record_section_new (&specs[i]));

  waymark_record_section_set_header (find_section (self, "goals"), make_dimension_header (self));
  section_reloaded_cb (self);
}
