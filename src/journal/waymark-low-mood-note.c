/* waymark-low-mood-note.c: the journal's calm note on a hard week, with
 * where to go from there
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-low-mood-note"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-plan.h"
#include "waymark-feedback.h"
#include "waymark-list-box.h"
#include "waymark-low-mood-note.h"
#include "waymark-number-row.h"
#include "waymark-plan-entry.h"
#include "waymark-safety-net.h"

/* Shown by the journal when the past week's moods are below what the
 * person chose to notice, or a recent note mentions one of their early
 * warning signs. It says so in calm words, and offers the way on: their
 * early warning plan, their crisis plan, and the crisis line suggested
 * for their country, to call or copy. It never sends anyone to an empty
 * section without saying so: with no warning signs written yet, it says
 * writing them down can help and its button says "Write"; the crisis
 * plan, empty, opens with a guide. The note reads what it needs from
 * the plan itself, and follows it when it changes. */

typedef enum
{
  NOTE_NONE,
  NOTE_LOW_MOOD,
  NOTE_SIGN,
} NoteKind;

struct _WaymarkLowMoodNote
{
  GtkBox parent_instance;

  /* Borrowed: children of the note */
  GtkLabel   *message_label;
  GtkButton  *plan_button;
  GtkButton  *crisis_button;
  GtkLabel   *line_caption;
  GtkListBox *line_list;

  /* Owned */
  WaymarkStore *store;
  char         *sign;

  NoteKind      kind;
  double        average;
  int           threshold;
};

G_DEFINE_FINAL_TYPE (WaymarkLowMoodNote, waymark_low_mood_note, GTK_TYPE_BOX)

static guint
count_warning_signs (WaymarkStore *store)
{
  g_autoptr(GListModel) signs = NULL;
  g_autoptr(GError) error = NULL;

  signs = waymark_store_list (store, WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_PLAN_ENTRY_WARNING_SIGN, &error);
  if (signs == NULL)
    {
      g_message ("Could not read the early warning signs: %s", error->message);
      return 1;   /* say nothing wrong about them */
    }

  return g_list_model_get_n_items (signs);
}

static gboolean
crisis_plan_is_empty (WaymarkStore *store)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = waymark_crisis_plan_load (store, &error);
  if (plan == NULL)
    {
      g_message ("Could not read the crisis plan: %s", error->message);
      return FALSE;
    }

  return waymark_crisis_plan_is_empty (plan);
}

static void
clear_line (WaymarkLowMoodNote *self)
{

  waymark_list_box_remove_all (self->line_list);
  gtk_widget_set_visible (GTK_WIDGET (self->line_list), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->line_caption), FALSE);
}

static void
update (WaymarkLowMoodNote *self)
{
  const WaymarkSafetyNetCountry *country;
  g_autofree char *message = NULL;
  gboolean has_signs;

  clear_line (self);
  if (self->store == NULL || self->kind == NOTE_NONE)
    {
      gtk_label_set_label (self->message_label, "");
      return;
    }

  has_signs = count_warning_signs (self->store) > 0;
  if (self->kind == NOTE_LOW_MOOD && has_signs)
    /* Translators: a calm note in the journal; %.1f is an average mood
     * from 0 to 10, %d the mood the person chose in Preferences. */
    message = g_strdup_printf (_("Your moods this past week averaged %.1f, below the %d you chose to notice. "
                                 "Your early warning plan has the steps you wrote for times like this."),
                               self->average, self->threshold);
  else if (self->kind == NOTE_LOW_MOOD)
    /* Translators: a calm note in the journal, when the person has not
     * written any early warning signs yet; %.1f is an average mood from
     * 0 to 10, %d the mood the person chose in Preferences. */
    message = g_strdup_printf (_("Your moods this past week averaged %.1f, below the %d you chose to notice. "
                                 "Writing down the first signs that things are getting harder, and what "
                                 "helps when you notice them, can make weeks like this easier."),
                               self->average, self->threshold);
  else
    {
      g_autofree char *short_sign = waymark_ellipsize (self->sign, 60);

      /* Translators: a calm note in the journal; %s is one of the
       * person's own early warning signs, in their words. */
      message = g_strdup_printf (_("A recent note mentions “%s”, one of your early warning signs. "
                                   "Your plan has what you decided to do about it."),
                                 short_sign);
    }

  /* On a hard week, a number to call is part of the note: the crisis
   * line suggested for the person's country, when Waymark has one. */
  country = waymark_safety_net_for_plan (self->store);
  if (country != NULL)
    {
      const WaymarkCrisisLine *line = waymark_safety_net_country_get_line (country);
      g_autofree char *number = waymark_safety_net_unbroken (line->number);
      g_autofree char *checked = waymark_safety_net_country_format_checked (country);
      g_autofree char *with_line = NULL;
      g_autofree char *caption = NULL;
      char *joined;

      /* Translators: follows the journal's calm note; the first %s is
       * a crisis line's name, such as Samaritans, the second its number. */
      with_line = g_strdup_printf (_("If it gets to be too much, you can call %s on %s."), line->name, number);
      joined = g_strconcat (message, " ", with_line, NULL);
      g_free (message);
      message = joined;

      caption = g_strdup_printf (_("Suggested for %s, checked %s"),
                                 waymark_safety_net_country_get_name (country), checked);
      gtk_label_set_label (self->line_caption, caption);
      gtk_list_box_append (self->line_list,
                           waymark_number_row_new (line->name, waymark_crisis_line_get_hours_label (line),
                                                   line->number));
      gtk_widget_set_visible (GTK_WIDGET (self->line_list), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->line_caption), TRUE);
    }
  gtk_label_set_label (self->message_label, message);

  /* Where the buttons go says what is there. */
  gtk_button_set_label (self->plan_button, has_signs ? _("_Open Early Warning Plan")
                                                     : _("_Write My Early Warning Signs"));
  gtk_button_set_label (self->crisis_button, crisis_plan_is_empty (self->store) ? _("Write My _Crisis Plan")
                                                                               : _("Open My _Crisis Plan"));
}

static void
store_changed_cb (WaymarkLowMoodNote *self,
                  const char         *kind)
{
  if (self->kind != NOTE_NONE &&
      (g_strcmp0 (kind, "plan-entry") == 0 || g_strcmp0 (kind, "crisis") == 0 ||
       g_strcmp0 (kind, "contact") == 0 || g_strcmp0 (kind, "person") == 0))
    update (self);
}

static GtkWidget *
action_button (const char *action,
               const char *target)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

static void
waymark_low_mood_note_dispose (GObject *object)
{
  WaymarkLowMoodNote *self = WAYMARK_LOW_MOOD_NOTE (object);

  waymark_low_mood_note_set_store (self, NULL);
  g_clear_pointer (&self->sign, g_free);

  G_OBJECT_CLASS (waymark_low_mood_note_parent_class)->dispose (object);
}

static void
waymark_low_mood_note_class_init (WaymarkLowMoodNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_low_mood_note_dispose;
}

static void
waymark_low_mood_note_init (WaymarkLowMoodNote *self)
{
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 8);

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message_label));

  /* One under the other: they fit a narrow window, and read in order. */
  gtk_widget_set_halign (actions, GTK_ALIGN_START);
  self->plan_button = GTK_BUTTON (action_button ("win.show-plan-section", "warning-signs"));
  gtk_widget_set_name (GTK_WIDGET (self->plan_button), "low-mood-plan");
  self->crisis_button = GTK_BUTTON (action_button ("win.show-page", "crisis"));
  gtk_widget_set_name (GTK_WIDGET (self->crisis_button), "low-mood-crisis");
  gtk_box_append (GTK_BOX (actions), GTK_WIDGET (self->plan_button));
  gtk_box_append (GTK_BOX (actions), GTK_WIDGET (self->crisis_button));
  gtk_box_append (GTK_BOX (self), actions);

  self->line_caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->line_caption, TRUE);
  gtk_label_set_xalign (self->line_caption, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->line_caption), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->line_caption), "caption");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->line_caption));

  self->line_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->line_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->line_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->line_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggested numbers"), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->line_list));

  clear_line (self);
}

/**
 * waymark_low_mood_note_set_store:
 * @store: (nullable): the plan the note is about
 */
void
waymark_low_mood_note_set_store (WaymarkLowMoodNote *self,
                                 WaymarkStore       *store)
{
  g_return_if_fail (WAYMARK_IS_LOW_MOOD_NOTE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  self->kind = NOTE_NONE;
  update (self);
}

/**
 * waymark_low_mood_note_set_low_mood:
 * @average: the past week's average mood, 0 to 10
 * @threshold: the mood below which the person chose to be told
 */
void
waymark_low_mood_note_set_low_mood (WaymarkLowMoodNote *self,
                                    double              average,
                                    int                 threshold)
{
  g_return_if_fail (WAYMARK_IS_LOW_MOOD_NOTE (self));

  self->kind = NOTE_LOW_MOOD;
  self->average = average;
  self->threshold = threshold;
  update (self);
}

/**
 * waymark_low_mood_note_set_sign:
 * @sign: one of the person's early warning signs, which a recent note
 *   mentions
 */
void
waymark_low_mood_note_set_sign (WaymarkLowMoodNote *self,
                                const char         *sign)
{
  g_return_if_fail (WAYMARK_IS_LOW_MOOD_NOTE (self));
  g_return_if_fail (sign != NULL);

  g_free (self->sign);
  self->sign = g_strdup (sign);
  self->kind = NOTE_SIGN;
  update (self);
}
