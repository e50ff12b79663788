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
#include "waymark-date-row.h"
#include "waymark-feedback.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-language.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-page.h"
#include "waymark-plan-page-print.h"
#include "waymark-plan-sections.h"
#include "waymark-plan-review.h"
#include "waymark-plan-statistics.h"
#include "waymark-progress-note.h"
#include "waymark-progress-ring-view.h"
#include "waymark-progress-ring.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-routine-item.h"
#include "waymark-text-row.h"

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
  WaymarkDateRow *birth_row;
  WaymarkTextRow *meaning_row;
  WaymarkTextRow *diagnosis_row;
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

/* The person's rows, each the property of WaymarkPerson it edits: an
 * AdwEntryRow for a word or two, a WaymarkTextRow for sentences. */
static const struct {
  const char *property;
  gsize       row_offset;
} person_rows[] = {
  { "name", G_STRUCT_OFFSET (WaymarkPlanPage, name_row) },
  { "pronouns", G_STRUCT_OFFSET (WaymarkPlanPage, pronouns_row) },
  { "date-of-birth", G_STRUCT_OFFSET (WaymarkPlanPage, birth_row) },
  { "recovery-meaning", G_STRUCT_OFFSET (WaymarkPlanPage, meaning_row) },
  { "diagnosis", G_STRUCT_OFFSET (WaymarkPlanPage, diagnosis_row) },
};

#define PERSON_ROW(self, i) (G_STRUCT_MEMBER (GtkWidget *, (self), person_rows[i].row_offset))

/* The page -------------------------------------------------------------- */

/* NULL until the sections are made; their records, their rows made or
 * not yet. */
static WaymarkRecordSection *
find_section (WaymarkPlanPage *self,
              const char      *name)
{
  return waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (self), name);
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
  WaymarkRecord *goal;

  if (self->goal_filter == NULL)
    return TRUE;

  goal = waymark_record_section_get_row_record (find_section (self, "goals"), row);
  return goal != NULL && g_strcmp0 (waymark_record_get_text (goal, WAYMARK_GOAL_DIMENSION), self->goal_filter) == 0;
}

static void
dimension_toggled_cb (GtkToggleButton *button,
                      WaymarkPlanPage *self)
{
  WaymarkRecordSection *goals = find_section (self, "goals");
  guint index = 0;

  while (index + 1 < G_N_ELEMENTS (self->dimension_buttons) && self->dimension_buttons[index] != GTK_WIDGET (button))
    index++;

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

static char *
dup_row_text (GtkWidget *row)
{
  if (WAYMARK_IS_DATE_ROW (row))
    return g_strdup (waymark_date_row_get_date (WAYMARK_DATE_ROW (row)));
  if (WAYMARK_IS_TEXT_ROW (row))
    return waymark_text_row_dup_text (WAYMARK_TEXT_ROW (row));

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  if (WAYMARK_IS_DATE_ROW (row))
    waymark_date_row_set_date (WAYMARK_DATE_ROW (row), text);
  else if (WAYMARK_IS_TEXT_ROW (row))
    waymark_text_row_set_text (WAYMARK_TEXT_ROW (row), text);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
person_row_changed_cb (GtkWidget       *row,
                       WaymarkPlanPage *self)
{
  const char *property = NULL;
  g_autofree char *text = dup_row_text (row);

  for (guint i = 0; i < G_N_ELEMENTS (person_rows); i++)
    if (PERSON_ROW (self, i) == row)
      property = person_rows[i].property;
  g_return_if_fail (property != NULL);

  if (self->loading_person || self->person == NULL)
    return;

  /* A date still being typed is not written, and does not hold back
   * the other fields; the row says how to write it. */
  if (WAYMARK_IS_DATE_ROW (row) && !waymark_date_row_is_readable (WAYMARK_DATE_ROW (row)))
    return;

  g_object_set (self->person, property, text, NULL);
  waymark_autosave_changed (self->person_autosave);
}

static void
load_person (WaymarkPlanPage *self)
{
  g_clear_object (&self->person);
  if (waymark_page_get_store (WAYMARK_PAGE (self)) != NULL)
    self->person = waymark_store_load_person (waymark_page_get_store (WAYMARK_PAGE (self)), NULL);
  if (self->person == NULL)
    return;

  self->loading_person = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (person_rows); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->person, person_rows[i].property, &value, NULL);
      set_row_text (PERSON_ROW (self, i), value ? value : "");
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
  /* What is above the sections is filled in: those on screen now. */
  WAYMARK_PAGE_CLASS (waymark_plan_page_parent_class)->load (page);
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

/* Ctrl+P (the window's win.print): the whole plan, as Print or Export's
 * Print does. */
static void
page_print_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_widget_activate_action (widget, "plan-print.print", "s", "plan");
}

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

  g_type_ensure (WAYMARK_TYPE_DATE_ROW);
  g_type_ensure (WAYMARK_TYPE_TEXT_ROW);

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

  gtk_widget_class_install_action (widget_class, "page.print", NULL, page_print_action_cb);
}

static void
waymark_plan_page_init (WaymarkPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->person_autosave = waymark_autosave_new (save_person_cb, self);

  for (guint i = 0; i < G_N_ELEMENTS (person_rows); i++)
    {
      g_signal_connect (PERSON_ROW (self, i), "changed", G_CALLBACK (person_row_changed_cb), self);
      waymark_autosave_flush_on_focus_leave (self->person_autosave, PERSON_ROW (self, i));
    }

  fill_language_row (self);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_row_changed_cb), self);

  waymark_sections_page_set_box (WAYMARK_SECTIONS_PAGE (self), self->sections_box);
  waymark_plan_page_print_setup (WAYMARK_PAGE (self));
}

static void
waymark_plan_page_build (WaymarkPage *page)
{
  WaymarkPlanPage *self = WAYMARK_PLAN_PAGE (page);
  const WaymarkSectionSpec * const *sections;
  guint n_sections;

  sections = waymark_plan_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    waymark_sections_page_add (WAYMARK_SECTIONS_PAGE (self), waymark_record_section_new (sections[i]));

  waymark_record_section_set_header (find_section (self, "goals"), make_dimension_header (self));
  section_reloaded_cb (self);
}
