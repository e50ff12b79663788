/* waymark-today-page.c: what today holds, at a glance
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-checkin.h"
#include "waymark-clock.h"
#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-list-box.h"
#include "waymark-routine-item.h"
#include "waymark-safety-banner.h"
#include "waymark-store-today.h"
#include "waymark-title-layout.h"
#include "waymark-today-page.h"

/* The first page: what a person does with Waymark on an ordinary day.
 * It reads a handful of rows (the routine, today's and yesterday's
 * ticks, the day's medications, the goals under way, the next review)
 * so it opens at once, and every tap writes to the plan file at once,
 * where the journal and the plan keep it: a routine tick is the
 * routine's day done, a mood is a check-in, a medication taken is a tick
 * in the day's check-in. It counts what was done ("3 of 5 done"), never
 * what was not, and nothing on it is red. */

#define MAX_GOALS 5

struct _WaymarkTodayPage
{
  WaymarkPage parent_instance;

  /* Template widgets */
  WaymarkSafetyBanner  *safety_banner;
  GtkLabel             *greeting_label;
  GtkLabel             *date_label;
  GtkFlowBox           *mood_box;
  GtkLabel             *mood_status;
  GtkButton            *checkin_button;
  AdwPreferencesGroup  *routine_group;
  GtkListBox           *routine_list;
  GtkWidget            *first_step_box;
  GtkWidget            *medications_group;
  GtkListBox           *medications_list;
  GtkWidget            *goals_group;
  GtkListBox           *goals_list;
  AdwActionRow         *review_row;
  AdwActionRow         *crisis_row;

  /* Borrowed: the rows' check buttons, in the order of the ids */
  GtkWidget            *mood_buttons[WAYMARK_N_QUICK_MOODS];
  GPtrArray            *today_checks;
  GPtrArray            *yesterday_checks;
  GPtrArray            *medication_checks;
  AdwExpanderRow       *yesterday_row;

  /* Owned */
  WaymarkStore         *store;            /* the page's store, once loaded */
  GArray               *routine_ids;      /* gint64, the rows shown */
  GArray               *medication_ids;   /* gint64 */
  char                 *routine_shown;    /* what the rows say, to keep them when only ticks change */
  char                 *medications_shown;
  guint32               today;            /* the day shown, julian */
  gint64                mood_checkin_id;  /* the check-in a tap here made today, to correct */
  gint64                day_checkin_id;   /* today's latest check-in with a mood */

  guint                 updating : 1;     /* setting ticks from the file, not from a tap */
};

G_DEFINE_FINAL_TYPE (WaymarkTodayPage, waymark_today_page, WAYMARK_TYPE_PAGE)

static const char * const reload_on[] = {
  "routine", "checkin", "intervention", "goal", "plan-review", "person", NULL
};

static void
show_error (WaymarkTodayPage *self,
            const GError     *error)
{
  waymark_show_error (GTK_WIDGET (self), error->message);
}

/* The greeting ------------------------------------------------------------ */

static void
update_greeting (WaymarkTodayPage *self,
                 GDateTime        *now)
{
  g_autofree char *name = waymark_store_dup_owner_name (self->store);
  g_autofree char *date = waymark_date_format_julian (self->today, WAYMARK_DATE_WEEKDAY_MONTH_YEAR);
  g_autofree char *greeting = NULL;
  int hour = g_date_time_get_hour (now);
  const char *hello;

  if (hour >= 5 && hour < 12)
    hello = _("Good morning");
  else if (hour >= 12 && hour < 18)
    hello = _("Good afternoon");
  else if (hour >= 18)
    hello = _("Good evening");
  else
    hello = _("Hello");

  if (name != NULL)
    /* Translators: the Today page's greeting: "Good morning, Sam". */
    greeting = g_strdup_printf (_("%s, %s"), hello, name);
  else
    greeting = g_strdup (hello);

  gtk_label_set_label (self->greeting_label, greeting);
  gtk_label_set_label (self->date_label, date);
}

/* One tap for the day's mood ------------------------------------------- */

static void
update_mood (WaymarkTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  char today[11];
  int mood = WAYMARK_UNSET;
  int shown = -1;

  waymark_date_from_julian (self->today, today);
  if (!waymark_store_get_mood_on (self->store, today, &mood, &self->day_checkin_id, &error))
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < WAYMARK_N_QUICK_MOODS; i++)
    if (waymark_quick_moods[i] == mood)
      shown = i;

  self->updating = TRUE;
  for (guint i = 0; i < WAYMARK_N_QUICK_MOODS; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->mood_buttons[i]), (int) i == shown);
  self->updating = FALSE;

  if (mood == WAYMARK_UNSET)
    {
      gtk_label_set_label (self->mood_status, _("One tap is enough. You can say more whenever you like."));
      gtk_button_set_label (self->checkin_button, _("Full _Check-in…"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->checkin_button), _("A check-in with sleep, energy, notes and more"));
    }
  else
    {
      g_autofree char *status = NULL;

      /* Translators: on the Today page once a mood is noted; %s is a
       * mood's word, such as "Okay". */
      status = g_strdup_printf (_("Today’s mood: %s. Thank you for checking in."), waymark_mood_word (mood));
      gtk_label_set_label (self->mood_status, status);
      gtk_button_set_label (self->checkin_button, _("_Add More…"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->checkin_button), _("Add sleep, energy, notes and more to today’s check-in"));
    }
}

static void
mood_toggled_cb (WaymarkTodayPage *self,
                 GtkToggleButton  *button)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  guint i;

  if (self->updating || self->store == NULL || !gtk_toggle_button_get_active (button))
    return;

  for (i = 0; i < WAYMARK_N_QUICK_MOODS; i++)
    if (self->mood_buttons[i] == GTK_WIDGET (button))
      break;
  g_assert (i < WAYMARK_N_QUICK_MOODS);

  now = g_date_time_new_now_local ();
  if (!waymark_store_record_mood (self->store, &self->mood_checkin_id, waymark_quick_moods[i], now, &error))
    {
      show_error (self, error);
      update_mood (self);
    }
}

static void
checkin_clicked_cb (WaymarkTodayPage *self)
{
  if (self->day_checkin_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-checkin", "x", self->day_checkin_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-checkin", NULL);
}

/* The routine: today, and yesterday for a late tick ------------------- */

static GtkWidget *
check_row_new (const char  *title,
               const char  *accessible_name,
               GtkWidget  **check)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  GtkWidget *row = adw_action_row_new ();

  *check = gtk_check_button_new ();
  gtk_widget_set_valign (*check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);
  waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));
  /* Its own name, not the row's title added to it: today's and
   * yesterday's ticks of an item are told apart. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (*check), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);

  return row;
}

static void routine_toggled_cb (WaymarkTodayPage *self,
                                GtkCheckButton   *check);

static void
build_routine_rows (WaymarkTodayPage *self,
                    GListModel       *items)
{
  guint n = g_list_model_get_n_items (items);

  waymark_list_box_remove_all (self->routine_list);
  g_ptr_array_set_size (self->today_checks, 0);
  g_ptr_array_set_size (self->yesterday_checks, 0);
  g_array_set_size (self->routine_ids, 0);
  self->yesterday_row = NULL;

  if (n == 0)
    return;

  self->yesterday_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->yesterday_row), _("Yesterday"));
  waymark_expander_row_lay_out_titles (self->yesterday_row);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) item = g_list_model_get_item (items, i);
      const char *title = waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE);
      gint64 id = waymark_record_get_id (item);
      /* Translators: what a screen reader says for the tick of a routine
       * item on yesterday's list; %s is the item, such as "Walk". */
      g_autofree char *late_name = g_strdup_printf (_("%s, yesterday"), title);
      GtkWidget *check;
      GtkWidget *row;

      row = check_row_new (title, title, &check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (routine_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->routine_list, row);
      g_ptr_array_add (self->today_checks, check);

      row = check_row_new (title, late_name, &check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (routine_toggled_cb), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->yesterday_row, row);
      g_ptr_array_add (self->yesterday_checks, check);

      g_array_append_val (self->routine_ids, id);
    }

  gtk_list_box_append (self->routine_list, GTK_WIDGET (self->yesterday_row));
}

static char *
count_done (guint done,
            guint total)
{
  /* Translators: how much of the daily routine was done, as in "3 of 5
   * done"; never what was not. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done", "%u of %u done", total), done, total);
}

static guint
set_ticks (WaymarkTodayPage *self,
           GPtrArray        *checks,
           GArray           *done_ids)
{
  guint done = 0;

  self->updating = TRUE;
  for (guint i = 0; i < checks->len; i++)
    {
      gint64 id = g_array_index (self->routine_ids, gint64, i);
      gboolean is_done = FALSE;

      for (guint j = 0; j < done_ids->len && !is_done; j++)
        is_done = g_array_index (done_ids, gint64, j) == id;

      gtk_check_button_set_active (checks->pdata[i], is_done);
      done += is_done;
    }
  self->updating = FALSE;

  return done;
}

static void
update_routine (WaymarkTodayPage *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListStore) items = g_list_store_new (WAYMARK_TYPE_ROUTINE_ITEM);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GArray) done_today = NULL;
  g_autoptr(GArray) done_yesterday = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today_count = NULL;
  g_autofree char *yesterday_count = NULL;
  GDate day;
  guint n;

  all = waymark_store_list (self->store, WAYMARK_TYPE_ROUTINE_ITEM, NULL, &error);
  if (all == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(WaymarkRecord) item = g_list_model_get_item (all, i);

      if (waymark_record_get_int (item, WAYMARK_ROUTINE_ITEM_ARCHIVED))
        continue;
      g_list_store_append (items, item);
      g_string_append_printf (shown, "%" G_GINT64_FORMAT "\x1f%s\x1e",
                              waymark_record_get_id (item),
                              waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE));
    }

  /* Only the ticks changed (a tap here, a check-in in the journal): the
   * rows stay, and so does the keyboard's place in them. */
  if (g_strcmp0 (shown->str, self->routine_shown) != 0)
    {
      build_routine_rows (self, G_LIST_MODEL (items));
      g_free (self->routine_shown);
      self->routine_shown = g_strdup (shown->str);
    }

  n = self->routine_ids->len;
  gtk_widget_set_visible (GTK_WIDGET (self->routine_list), n > 0);
  gtk_widget_set_visible (self->first_step_box, n == 0);
  if (n == 0)
    {
      adw_preferences_group_set_description (self->routine_group, NULL);
      return;
    }

  g_date_clear (&day, 1);
  g_date_set_julian (&day, self->today);
  done_today = waymark_store_list_routine_done_on (self->store, &day, &error);
  if (done_today != NULL)
    {
      g_date_subtract_days (&day, 1);
      done_yesterday = waymark_store_list_routine_done_on (self->store, &day, &error);
    }
  if (done_yesterday == NULL)
    {
      show_error (self, error);
      return;
    }

  today_count = count_done (set_ticks (self, self->today_checks, done_today), n);
  yesterday_count = count_done (set_ticks (self, self->yesterday_checks, done_yesterday), n);
  adw_preferences_group_set_description (self->routine_group, today_count);
  adw_expander_row_set_subtitle (self->yesterday_row, yesterday_count);
}

static void
routine_toggled_cb (WaymarkTodayPage *self,
                    GtkCheckButton   *check)
{
  g_autoptr(GError) error = NULL;
  guint32 julian = self->today;
  guint index;
  GDate day;

  if (self->updating || self->store == NULL)
    return;

  if (!g_ptr_array_find (self->today_checks, check, &index))
    {
      if (!g_ptr_array_find (self->yesterday_checks, check, &index))
        return;
      julian--;
    }

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  if (!waymark_store_set_routine_done (self->store, g_array_index (self->routine_ids, gint64, index),
                                       &day, gtk_check_button_get_active (check), &error))
    {
      show_error (self, error);
      update_routine (self);
    }
}

/* The day's medications ------------------------------------------------- */

static void
medication_toggled_cb (WaymarkTodayPage *self,
                       GtkCheckButton   *check)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  if (self->updating || self->store == NULL ||
      !g_ptr_array_find (self->medication_checks, check, &index))
    return;

  now = g_date_time_new_now_local ();
  if (!waymark_store_set_medication_taken (self->store, g_array_index (self->medication_ids, gint64, index),
                                           now, gtk_check_button_get_active (check), &error))
    show_error (self, error);
}

static void
update_medications (WaymarkTodayPage *self)
{
  g_autoptr(GListModel) medications = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char today[11];
  guint n;

  waymark_date_from_julian (self->today, today);
  medications = waymark_store_list_medications_on (self->store, today, &error);
  if (medications != NULL)
    taken = waymark_store_list_medications_taken_on (self->store, today, &error);
  if (taken == NULL)
    {
      show_error (self, error);
      return;
    }

  n = g_list_model_get_n_items (medications);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) medication = g_list_model_get_item (medications, i);

      g_string_append_printf (shown, "%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1e",
                              waymark_record_get_id (medication),
                              waymark_record_get_text (medication, WAYMARK_INTERVENTION_NAME),
                              waymark_record_get_text (medication, WAYMARK_INTERVENTION_DOSE),
                              waymark_record_get_text (medication, WAYMARK_INTERVENTION_SCHEDULE));
    }

  if (g_strcmp0 (shown->str, self->medications_shown) != 0)
    {
      waymark_list_box_remove_all (self->medications_list);
      g_ptr_array_set_size (self->medication_checks, 0);
      g_array_set_size (self->medication_ids, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaymarkRecord) medication = g_list_model_get_item (medications, i);
          const char *name = waymark_record_get_text (medication, WAYMARK_INTERVENTION_NAME);
          const char *dose = waymark_record_get_text (medication, WAYMARK_INTERVENTION_DOSE);
          const char *schedule = waymark_record_get_text (medication, WAYMARK_INTERVENTION_SCHEDULE);
          g_autofree char *escaped_name = g_markup_escape_text (name, -1);
          g_autofree char *subtitle = NULL;
          /* Translators: what a screen reader says for the "Taken" tick
           * beside a medication; %s is its name. */
          g_autofree char *check_name = g_strdup_printf (_("Taken today: %s"), name);
          gint64 id = waymark_record_get_id (medication);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Taken"));

          if (*dose != '\0' && *schedule != '\0')
            /* Translators: a medication's dose and when it is taken: "20 mg · each morning". */
            subtitle = g_strdup_printf (_("%s · %s"), dose, schedule);
          else
            subtitle = g_strdup (*dose != '\0' ? dose : schedule);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_name);
          if (*subtitle != '\0')
            {
              g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
            }
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, check_name,
                                          -1);
          g_signal_connect_object (check, "toggled", G_CALLBACK (medication_toggled_cb), self, G_CONNECT_SWAPPED);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_list_box_append (self->medications_list, row);

          g_ptr_array_add (self->medication_checks, check);
          g_array_append_val (self->medication_ids, id);
        }

      g_free (self->medications_shown);
      self->medications_shown = g_strdup (shown->str);
    }

  self->updating = TRUE;
  for (guint i = 0; i < self->medication_checks->len; i++)
    {
      gint64 id = g_array_index (self->medication_ids, gint64, i);
      gboolean is_taken = FALSE;

      for (guint j = 0; j < taken->len && !is_taken; j++)
        is_taken = g_array_index (taken, gint64, j) == id;
      gtk_check_button_set_active (self->medication_checks->pdata[i], is_taken);
    }
  self->updating = FALSE;

  gtk_widget_set_visible (self->medications_group, n > 0);
}

/* Goals under way, and the next review ------------------------------- */

static void
update_goals (WaymarkTodayPage *self)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  waymark_list_box_remove_all (self->goals_list);

  goals = waymark_store_list_goals_in_progress (self->store, &error);
  if (goals == NULL)
    {
      show_error (self, error);
      return;
    }

  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < MIN (n, MAX_GOALS); i++)
    {
      g_autoptr(WaymarkRecord) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = g_markup_escape_text (waymark_record_get_text (goal, WAYMARK_GOAL_TITLE), -1);
      g_autofree char *next = g_markup_escape_text (waymark_record_get_text (goal, WAYMARK_GOAL_TARGET), -1);
      int progress = waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "go-next-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (*next != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), next);
      if (progress > 0)
        {
          /* Translators: how far a goal has come, as in "40%". */
          g_autofree char *percent = g_strdup_printf (_("%d%%"), progress);
          GtkWidget *label = gtk_label_new (percent);

          gtk_widget_add_css_class (label, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), image);
      waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-plan-section");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", "goals");
      gtk_list_box_append (self->goals_list, row);
    }

  gtk_widget_set_visible (self->goals_group, n > 0);
}

static void
update_review (WaymarkTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *next = waymark_store_dup_next_review_date (self->store, &error);
  g_autofree char *date = NULL;

  if (next == NULL)
    {
      show_error (self, error);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->review_row), *next != '\0');
  if (*next == '\0')
    return;

  date = waymark_date_format (next);
  adw_action_row_set_subtitle (self->review_row, date);
}

static void
reload (WaymarkTodayPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = waymark_clock_get_today (waymark_clock_get_default ());

  /* A new day: a tap starts a new check-in. */
  if (today != self->today)
    self->mood_checkin_id = 0;
  self->today = today;

  update_greeting (self, now);
  update_mood (self);
  update_routine (self);
  update_medications (self);
  update_goals (self);
  update_review (self);
}

/* WaymarkPage -------------------------------------------------------------- */

static void
waymark_today_page_build (WaymarkPage *page)
{
  WaymarkTodayPage *self = WAYMARK_TODAY_PAGE (page);
  GtkToggleButton *group = NULL;

  for (guint i = 0; i < WAYMARK_N_QUICK_MOODS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (waymark_mood_word (waymark_quick_moods[i]));

      gtk_widget_add_css_class (button, "waymark-quick-mood");
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (mood_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->mood_box, button);
      /* The button takes the keyboard, not the box's place around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->mood_buttons[i] = button;
    }
}

static void
waymark_today_page_load (WaymarkPage *page)
{
  WaymarkTodayPage *self = WAYMARK_TODAY_PAGE (page);

  g_set_object (&self->store, waymark_page_get_store (page));
  waymark_safety_banner_set_store (self->safety_banner, self->store);
  self->today = 0;
  reload (self);
}

static void
waymark_today_page_reload (WaymarkPage *page)
{
  reload (WAYMARK_TODAY_PAGE (page));
}

static void
waymark_today_page_unload (WaymarkPage *page)
{
  WaymarkTodayPage *self = WAYMARK_TODAY_PAGE (page);

  waymark_list_box_remove_all (self->routine_list);
  waymark_list_box_remove_all (self->medications_list);
  waymark_list_box_remove_all (self->goals_list);
  g_ptr_array_set_size (self->today_checks, 0);
  g_ptr_array_set_size (self->yesterday_checks, 0);
  g_ptr_array_set_size (self->medication_checks, 0);
  g_array_set_size (self->routine_ids, 0);
  g_array_set_size (self->medication_ids, 0);
  g_clear_pointer (&self->routine_shown, g_free);
  g_clear_pointer (&self->medications_shown, g_free);
  self->yesterday_row = NULL;
  self->mood_checkin_id = 0;
  self->day_checkin_id = 0;
  gtk_label_set_label (self->greeting_label, "");
  gtk_label_set_label (self->date_label, "");
  waymark_safety_banner_set_store (self->safety_banner, NULL);
  g_clear_object (&self->store);
}

/* GObject ---------------------------------------------------------------- */

static void
waymark_today_page_dispose (GObject *object)
{
  WaymarkTodayPage *self = WAYMARK_TODAY_PAGE (object);

  g_clear_pointer (&self->today_checks, g_ptr_array_unref);
  g_clear_pointer (&self->yesterday_checks, g_ptr_array_unref);
  g_clear_pointer (&self->medication_checks, g_ptr_array_unref);
  self->yesterday_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_TODAY_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_today_page_parent_class)->dispose (object);
}

static void
waymark_today_page_finalize (GObject *object)
{
  WaymarkTodayPage *self = WAYMARK_TODAY_PAGE (object);

  g_clear_pointer (&self->routine_ids, g_array_unref);
  g_clear_pointer (&self->medication_ids, g_array_unref);
  g_clear_pointer (&self->routine_shown, g_free);
  g_clear_pointer (&self->medications_shown, g_free);

  G_OBJECT_CLASS (waymark_today_page_parent_class)->finalize (object);
}

static void
waymark_today_page_class_init (WaymarkTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_today_page_dispose;
  object_class->finalize = waymark_today_page_finalize;

  page_class->reload_on = reload_on;
  page_class->build = waymark_today_page_build;
  page_class->load = waymark_today_page_load;
  page_class->reload = waymark_today_page_reload;
  page_class->unload = waymark_today_page_unload;

  g_type_ensure (WAYMARK_TYPE_SAFETY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, safety_banner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, mood_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, mood_status);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, checkin_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, routine_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, routine_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, first_step_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, medications_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, medications_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, review_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTodayPage, crisis_row);
  gtk_widget_class_bind_template_callback (widget_class, checkin_clicked_cb);
}

static void
waymark_today_page_init (WaymarkTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Their titles laid out without GtkBox's search for a width to fit
   * each height (see WaymarkTitleLayout), as every row made here. */
  waymark_action_row_lay_out_titles (self->review_row);
  waymark_action_row_lay_out_titles (self->crisis_row);

  self->today_checks = g_ptr_array_new ();
  self->yesterday_checks = g_ptr_array_new ();
  self->medication_checks = g_ptr_array_new ();
  self->routine_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->medication_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}
