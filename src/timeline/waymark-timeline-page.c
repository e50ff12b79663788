/* waymark-timeline-page.c: the Timeline page: the stages of recovery and
 * the days that mattered, over time
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-timeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-file-name.h"
#include "waymark-marker-legend.h"
#include "waymark-milestone.h"
#include "waymark-plain-export.h"
#include "waymark-record-editor.h"
#include "waymark-stage-event.h"
#include "waymark-timeline-export.h"
#include "waymark-timeline-page.h"
#include "waymark-timeline-view.h"

/* The page holds a WaymarkJourney read from the plan, shows it in a
 * WaymarkTimelineView or, one toggle away, as a plain list for screen
 * readers, and edits stage changes and milestones in the plan's own
 * record editor. */

struct _WaymarkTimelinePage
{
  WaymarkPage           parent_instance;

  WaymarkStore         *store;         /* the page's store, once loaded */
  WaymarkJourney       *journey;
  WaymarkDaySeries     *series;        /* the journal by day, for the mood line */
  GSimpleActionGroup   *actions;
  GtkStringList        *items;         /* the list's rows, newest first */
  GArray               *item_refs;     /* ItemRef, one per row */
  gboolean              ranged;        /* the view's range has been set once */
  double                menu_julian;
  GtkFileChooserNative *chooser;
  char                 *export_format;

  /* Template widgets */
  GtkStack             *stack;
  GtkLabel             *now_label;
  GtkLabel             *highest_label;
  GtkLabel             *sobriety_label;
  GtkStack             *view_stack;
  GtkWidget            *chart_controls;
  GtkBox               *legend_box;
  WaymarkTimelineView  *timeline_view;
  GtkListView          *list_view;
  GtkRevealer          *stage_revealer;
  GtkLabel             *stage_title;
  GtkLabel             *stage_feels;
  GtkLabel             *stage_helps;
};

G_DEFINE_FINAL_TYPE (WaymarkTimelinePage, waymark_timeline_page, WAYMARK_TYPE_PAGE)

/* What a row of the list stands for. */
typedef struct
{
  gboolean is_episode;
  guint    index;
} ItemRef;

static const char * const stage_keys[] = {
  WAYMARK_STAGE_MORATORIUM, WAYMARK_STAGE_AWARENESS, WAYMARK_STAGE_PREPARATION,
  WAYMARK_STAGE_ACTION, WAYMARK_STAGE_HEALING, WAYMARK_STAGE_COMMITMENT, NULL
};
static const char *stage_labels[G_N_ELEMENTS (stage_keys)];
static const char *stage_summaries[G_N_ELEMENTS (stage_keys)];

static const char * const milestone_kinds[] = {
  WAYMARK_MILESTONE_OWN_EVENT, WAYMARK_MILESTONE_FIRST_APPOINTMENT, WAYMARK_MILESTONE_TREATMENT_CHANGE,
  WAYMARK_MILESTONE_SOBRIETY_DATE, WAYMARK_MILESTONE_GOAL_ACHIEVED, WAYMARK_MILESTONE_SETBACK,
  WAYMARK_MILESTONE_PLAN_REVIEW, NULL
};
static const char * const milestone_kind_labels[] = {
  N_("Something of my own"), N_("First appointment"), N_("New treatment or medication change"),
  N_("Sobriety or clean date"), N_("Goal achieved"), N_("Setback"), N_("Plan review"), NULL
};

static WaymarkField stage_fields[] = {
  { WAYMARK_STAGE_EVENT_DATE, WAYMARK_FIELD_DATE, N_("From this day") },
  { WAYMARK_STAGE_EVENT_STAGE, WAYMARK_FIELD_CHOICE, N_("Stage"), stage_keys, stage_labels, stage_summaries },
  { WAYMARK_STAGE_EVENT_NOTE, WAYMARK_FIELD_TEXT, N_("What was happening (optional)") },
};

static const WaymarkField milestone_fields[] = {
  { WAYMARK_MILESTONE_TITLE, WAYMARK_FIELD_ENTRY, N_("What happened") },
  { WAYMARK_MILESTONE_DATE, WAYMARK_FIELD_DATE, N_("Day") },
  { WAYMARK_MILESTONE_KIND, WAYMARK_FIELD_CHOICE, N_("Kind of event"), milestone_kinds, milestone_kind_labels },
  { WAYMARK_MILESTONE_NOTE, WAYMARK_FIELD_TEXT, N_("Note (optional)") },
};

static void
set_day (WaymarkRecord *record,
         guint          column,
         guint32        julian)
{
  char iso[16];

  waymark_date_from_julian (julian, iso);
  waymark_record_set_text (record, column, iso);
}

static GtkWindow *
parent_window (WaymarkTimelinePage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
edit_record (WaymarkTimelinePage *self,
             WaymarkRecord       *record)
{
  WaymarkRecordEditor *editor;

  if (WAYMARK_IS_STAGE_EVENT (record))
    {
      /* The choice's labels are the stages' own names (N_(), translated
       * by the editor); pointers into another file's table. */
      for (guint i = 0; stage_keys[i] != NULL; i++)
        {
          stage_labels[i] = waymark_stage_find (stage_keys[i])->name;
          stage_summaries[i] = waymark_stage_find (stage_keys[i])->summary;
        }

      editor = waymark_record_editor_new (parent_window (self), self->store, record, _("Stage of Recovery"),
                                          stage_fields, G_N_ELEMENTS (stage_fields));
    }
  else
    editor = waymark_record_editor_new (parent_window (self), self->store, record, _("Event"),
                                        milestone_fields, G_N_ELEMENTS (milestone_fields));

  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * waymark_timeline_page_record_stage:
 * @julian: the day it starts, 0 for today
 *
 * Opens the editor for a new stage change.
 */
void
waymark_timeline_page_record_stage (WaymarkTimelinePage *self,
                                    guint32              julian)
{
  g_autoptr(WaymarkRecord) event = WAYMARK_RECORD (waymark_stage_event_new ());
  const WaymarkStageInfo *current = self->journey ? waymark_journey_get_current_stage (self->journey) : NULL;

  g_return_if_fail (WAYMARK_IS_TIMELINE_PAGE (self));

  if (self->store == NULL)
    return;

  set_day (event, WAYMARK_STAGE_EVENT_DATE, julian ? julian : waymark_local_today_julian ());
  waymark_record_set_text (event, WAYMARK_STAGE_EVENT_STAGE,
                           current ? current->key : WAYMARK_STAGE_AWARENESS);
  edit_record (self, event);
}

/**
 * waymark_timeline_page_add_event:
 * @julian: its day, 0 for today
 *
 * Opens the editor for a new event of the person's own.
 */
void
waymark_timeline_page_add_event (WaymarkTimelinePage *self,
                                 guint32              julian)
{
  g_autoptr(WaymarkRecord) milestone = WAYMARK_RECORD (waymark_milestone_new ());

  g_return_if_fail (WAYMARK_IS_TIMELINE_PAGE (self));

  if (self->store == NULL)
    return;

  set_day (milestone, WAYMARK_MILESTONE_DATE, julian ? julian : waymark_local_today_julian ());
  edit_record (self, milestone);
}

static void
show_stage (WaymarkTimelinePage    *self,
            const WaymarkStageInfo *stage)
{
  g_autofree char *feels = NULL;
  g_autofree char *helps = NULL;

  if (stage == NULL)
    {
      gtk_revealer_set_reveal_child (self->stage_revealer, FALSE);
      return;
    }

  /* Translators: the description of a stage of recovery */
  feels = g_strdup_printf (_("What it can feel like: %s"), _(stage->feels_like));
  helps = g_strdup_printf (_("What often helps: %s"), _(stage->what_helps));
  gtk_label_set_label (self->stage_title, _(stage->name));
  gtk_label_set_label (self->stage_feels, feels);
  gtk_label_set_label (self->stage_helps, helps);
  gtk_revealer_set_reveal_child (self->stage_revealer, TRUE);
}

static void
stage_selected_cb (WaymarkTimelinePage *self,
                   const char          *key)
{
  show_stage (self, key ? waymark_stage_find (key) : NULL);
}

static void
open_event (WaymarkTimelinePage *self,
            guint                index)
{
  const WaymarkJourneyEvent *event = waymark_journey_get_event (self->journey, index);
  g_autoptr(WaymarkRecord) record = NULL;

  /* Milestones are edited here; reviews, goals and medicines are parts
   * of the plan, edited where they live. */
  if (event->record_type != WAYMARK_TYPE_MILESTONE)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
      return;
    }

  record = waymark_store_get (self->store, WAYMARK_TYPE_MILESTONE, event->record_id, NULL);
  if (record != NULL)
    edit_record (self, record);
}

static void
event_activated_cb (WaymarkTimelinePage *self,
                    guint                index)
{
  open_event (self, index);
}

static void
list_activate_cb (WaymarkTimelinePage *self,
                  guint                position)
{
  const ItemRef *ref;

  if (position >= self->item_refs->len)
    return;

  ref = &g_array_index (self->item_refs, ItemRef, position);
  if (ref->is_episode)
    {
      const WaymarkStageEpisode *episode = waymark_journey_get_episode (self->journey, ref->index);
      g_autoptr(WaymarkRecord) record = waymark_store_get (self->store, WAYMARK_TYPE_STAGE_EVENT,
                                                           episode->event_id, NULL);

      show_stage (self, episode->stage);
      if (record != NULL)
        edit_record (self, record);
    }
  else
    open_event (self, ref->index);
}

static char *
describe_episode (const WaymarkStageEpisode *episode)
{
  g_autofree char *day = waymark_date_format_julian (episode->first_julian, WAYMARK_DATE_DAY_MONTH_YEAR);

  if (episode->went_back)
    /* Translators: a row of the timeline's list: a stage the person went
     * back to, said plainly and kindly */
    return g_strdup_printf (_("From %s: back to %s for a while"), day, _(episode->stage->name));

  /* Translators: a row of the timeline's list: the stage from that day */
  return g_strdup_printf (_("From %s: %s"), day, _(episode->stage->name));
}

/* The list, newest first: stage changes and events, merged by day. */
static void
fill_list (WaymarkTimelinePage *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_null_terminated (64, g_free, TRUE);
  guint n_episodes = waymark_journey_get_n_episodes (self->journey);
  guint n_events = waymark_journey_get_n_events (self->journey);
  guint e = n_episodes, v = n_events;

  g_array_set_size (self->item_refs, 0);

  while (e > 0 || v > 0)
    {
      const WaymarkStageEpisode *episode = e > 0 ? waymark_journey_get_episode (self->journey, e - 1) : NULL;
      const WaymarkJourneyEvent *event = v > 0 ? waymark_journey_get_event (self->journey, v - 1) : NULL;
      ItemRef ref;

      if (episode != NULL && (event == NULL || episode->first_julian >= event->julian))
        {
          ref = (ItemRef) { TRUE, --e };
          g_ptr_array_add (strings, describe_episode (episode));
        }
      else
        {
          ref = (ItemRef) { FALSE, --v };
          g_ptr_array_add (strings, waymark_journey_describe_event (event));
        }
      g_array_append_val (self->item_refs, ref);
    }

  gtk_string_list_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                          (const char * const *) strings->pdata);
}

static void
update_header (WaymarkTimelinePage *self)
{
  const WaymarkStageInfo *current = waymark_journey_get_current_stage (self->journey);
  const WaymarkStageInfo *highest = waymark_journey_get_highest_stage (self->journey);
  g_autofree char *now = NULL;
  g_autofree char *furthest = NULL;
  g_autofree char *sober = NULL;
  guint days;

  if (current != NULL)
    {
      /* Translators: the stage of recovery the person is in now */
      now = g_strdup_printf (_("Now: %s"), _(current->name));
      if (highest != current)
        /* Translators: the furthest stage reached, which a step back
         * never takes away */
        furthest = g_strdup_printf (_("Furthest so far: %s. The ground you gained is still yours."),
                                    _(highest->name));
      else
        furthest = g_strdup (_("The furthest you have come so far."));
    }
  else
    {
      now = g_strdup (_("No stage recorded yet"));
      furthest = g_strdup (_("Record the stage you feel you are in, whenever you like."));
    }

  gtk_label_set_label (self->now_label, now);
  gtk_label_set_label (self->highest_label, furthest);
  gtk_widget_set_sensitive (GTK_WIDGET (self->now_label), TRUE);

  if (waymark_journey_get_sobriety_days (self->journey, waymark_local_today_julian (), &days))
    /* Translators: the day counter from a sobriety or clean date */
    sober = g_strdup_printf (ngettext ("%u day since your sobriety date", "%u days since your sobriety date", days),
                             days);
  gtk_label_set_label (self->sobriety_label, sober ? sober : "");
}

static void
reload (WaymarkTimelinePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;
  gboolean anything;

  if (self->store == NULL)
    return;

  journey = waymark_journey_load (self->store, &error);
  if (journey == NULL)
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      return;
    }
  series = waymark_store_load_day_series (self->store, NULL);

  g_set_object (&self->journey, journey);
  g_set_object (&self->series, series);
  waymark_timeline_view_set_journey (self->timeline_view, journey, series);
  anything = waymark_journey_get_n_episodes (journey) > 0 || waymark_journey_get_n_events (journey) > 0;
  /* The whole journey, once there is one to show. */
  if (!self->ranged && anything)
    {
      waymark_timeline_view_show_all (self->timeline_view);
      self->ranged = TRUE;
    }

  update_header (self);
  fill_list (self);

  gtk_stack_set_visible_child_name (self->stack, anything ? "journey" : "empty");
}

static const char * const reload_on[] = {
  "stage-event", "milestone", "plan-review", "goal", "intervention", "checkin", NULL
};

static void
waymark_timeline_page_load (WaymarkPage *page)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (page);

  self->store = waymark_page_get_store (page);
  reload (self);
}

static void
waymark_timeline_page_reload (WaymarkPage *page)
{
  reload (WAYMARK_TIMELINE_PAGE (page));
}

static void
waymark_timeline_page_unload (WaymarkPage *page)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (page);

  self->store = NULL;
  self->ranged = FALSE;
  g_clear_object (&self->journey);
  g_clear_object (&self->series);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

/* Actions. */

static void
record_stage_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  waymark_timeline_page_record_stage (WAYMARK_TIMELINE_PAGE (user_data), 0);
}

static void
add_event_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  waymark_timeline_page_add_event (WAYMARK_TIMELINE_PAGE (user_data), 0);
}

static void
record_stage_here_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);

  waymark_timeline_page_record_stage (self, (guint32) MIN (self->menu_julian, waymark_local_today_julian ()));
}

static void
add_event_here_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);

  waymark_timeline_page_add_event (self, (guint32) MIN (self->menu_julian, waymark_local_today_julian ()));
}

static void
zoom_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);
  gboolean in = g_str_equal (g_action_get_name (G_ACTION (action)), "zoom-in");

  waymark_timeline_view_zoom (self->timeline_view, in ? 1.5 : 1.0 / 1.5, -1.0);
}

static void
today_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  waymark_timeline_view_go_to_today (WAYMARK_TIMELINE_PAGE (user_data)->timeline_view);
}

static void
show_all_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  waymark_timeline_view_show_all (WAYMARK_TIMELINE_PAGE (user_data)->timeline_view);
}

static void
as_list_action (GSimpleAction *action,
                GVariant      *state,
                gpointer       user_data)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);

  gboolean as_list = g_variant_get_boolean (state);
  const char * const chart_only[] = { "zoom-in", "zoom-out", "today", "show-all" };

  g_simple_action_set_state (action, state);
  gtk_stack_set_visible_child_name (self->view_stack, as_list ? "list" : "chart");

  /* What moves the chart does not apply to the list: hidden, and its
   * keys do nothing. */
  gtk_widget_set_visible (self->chart_controls, !as_list);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), !as_list);
  for (guint i = 0; i < G_N_ELEMENTS (chart_only); i++)
    {
      GAction *chart_action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), chart_only[i]);

      if (chart_action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (chart_action), !as_list);
    }
}

static void
describe_current_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);

  if (self->journey != NULL)
    show_stage (self, waymark_journey_get_current_stage (self->journey));
}

static void
hide_stage_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  show_stage (WAYMARK_TIMELINE_PAGE (user_data), NULL);
}

static void
export_response_cb (WaymarkTimelinePage *self,
                    int                  response,
                    GtkNativeDialog     *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT && self->journey != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      waymark_timeline_page_export (self, path, self->export_format);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
choose_where (GtkWidget *widget,
              GVariant  *param)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean pdf = g_str_equal (format, "pdf");

  if (self->journey == NULL || self->chooser != NULL)
    return;

  g_free (self->export_format);
  self->export_format = g_strdup (format);
  self->chooser = gtk_file_chooser_native_new (_("Export Timeline"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("PNG images"));
  gtk_file_filter_add_pattern (filter, pdf ? "*.pdf" : "*.png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  {
    /* Translators: what a saved file is, in its suggested name,
     * as in "Sam Sample – Timeline – 2026-12-05.pdf". */
    g_autofree char *name = waymark_file_name_for_store (self->store, NULL, C_("file name", "Timeline"),
                                                         pdf ? "pdf" : "png");

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
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (user_data);

  waymark_export_plainly (GTK_WIDGET (self), self->store, choose_where, param);
}

static const GActionEntry timeline_actions[] = {
  { "record-stage", record_stage_action },
  { "add-event", add_event_action },
  { "record-stage-here", record_stage_here_action },
  { "add-event-here", add_event_here_action },
  { "zoom-in", zoom_action },
  { "zoom-out", zoom_action },
  { "today", today_action },
  { "show-all", show_all_action },
  { "as-list", NULL, NULL, "false", as_list_action },
  { "describe-current", describe_current_action },
  { "hide-stage", hide_stage_action },
  { "export", export_action, "s" },
};

/* A right click on a day: record a stage or an event from it. */
static void
date_menu_requested_cb (WaymarkTimelinePage *self,
                        double               julian,
                        double               x,
                        double               y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *popover;

  self->menu_julian = julian;
  g_menu_append (menu, _("Record a Stage Change From This Day…"), "timeline.record-stage-here");
  g_menu_append (menu, _("Add an Event on This Day…"), "timeline.add-event-here");

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (self->timeline_view));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static void
waymark_timeline_page_dispose (GObject *object)
{
  WaymarkTimelinePage *self = WAYMARK_TIMELINE_PAGE (object);

  waymark_page_set_store (WAYMARK_PAGE (self), NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->actions);
  g_clear_object (&self->items);
  g_clear_pointer (&self->item_refs, g_array_unref);
  g_clear_pointer (&self->export_format, g_free);

  G_OBJECT_CLASS (waymark_timeline_page_parent_class)->dispose (object);
}

static void
waymark_timeline_page_class_init (WaymarkTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_timeline_page_dispose;

  page_class->reload_on = reload_on;
  page_class->load = waymark_timeline_page_load;
  page_class->reload = waymark_timeline_page_reload;
  page_class->unload = waymark_timeline_page_unload;

  g_type_ensure (WAYMARK_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, now_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, highest_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, sobriety_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, chart_controls);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, stage_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, stage_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, stage_feels);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTimelinePage, stage_helps);
}

static void
waymark_timeline_page_init (WaymarkTimelinePage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_box_append (self->legend_box, waymark_marker_legend_new ());

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), timeline_actions,
                                   G_N_ELEMENTS (timeline_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "timeline", G_ACTION_GROUP (self->actions));

  self->items = gtk_string_list_new (NULL);
  self->item_refs = g_array_new (FALSE, FALSE, sizeof (ItemRef));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);

  g_signal_connect_swapped (self->timeline_view, "event-activated", G_CALLBACK (event_activated_cb), self);
  g_signal_connect_swapped (self->timeline_view, "stage-selected", G_CALLBACK (stage_selected_cb), self);
  g_signal_connect_swapped (self->timeline_view, "date-menu-requested", G_CALLBACK (date_menu_requested_cb), self);
}

/**
 * waymark_timeline_page_export:
 * @path: where to write
 * @format: "png" or "pdf"
 *
 * Writes the timeline as the view shows it now; says how it went in a
 * toast, or why not in a dialog.
 *
 * Returns: whether the file was written
 */
gboolean
waymark_timeline_page_export (WaymarkTimelinePage *self,
                              const char          *path,
                              const char          *format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  WaymarkTimelineChart chart = { self->journey, NULL, 0, 0, waymark_local_today_julian (), -1, NULL };

  g_return_val_if_fail (WAYMARK_IS_TIMELINE_PAGE (self), FALSE);

  if (self->journey == NULL)
    return FALSE;

  waymark_timeline_view_get_range (self->timeline_view, &chart.first, &chart.last);
  /* The journal as the view shows it, not read again. */
  chart.series = self->series;

  if (!waymark_timeline_export (&chart, path, g_str_equal (format, "pdf"), &error))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                                             _("Can’t Save the Timeline"),
                                                                             error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  /* Translators: a toast; %s is a file name */
  message = g_strdup_printf (_("Saved “%s”"), name);
  waymark_show_toast (GTK_WIDGET (self), message);

  return TRUE;
}

/**
 * waymark_timeline_page_get_view:
 *
 * Returns: (transfer none): the timeline view, for tests
 */
WaymarkTimelineView *
waymark_timeline_page_get_view (WaymarkTimelinePage *self)
{
  g_return_val_if_fail (WAYMARK_IS_TIMELINE_PAGE (self), NULL);

  return self->timeline_view;
}
