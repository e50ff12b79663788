/* waymark-questionnaire-dialog.c: filling in a PHQ-9 or GAD-7
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-questionnaire-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-autosave.h"
#include "waymark-editor-keys.h"
#include "waymark-crisis-plan.h"
#include "waymark-feedback.h"
#include "waymark-language.h"
#include "waymark-draft.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-safety-net-box.h"

/* The items, answers, stem and attribution are shown exactly as
 * published (see waymark-questionnaire.c); everything around them is
 * Waymark's own. Each item is a group of four radio buttons, so Tab
 * moves from item to item and the arrow keys choose within one. The
 * answers are kept as a draft as they are given (offered back after a
 * crash); Save writes them as one record and deletes the draft.
 *
 * When PHQ-9's last item is answered above "Not at all", a card at the
 * top shows, at once, who the person can reach: the emergency number,
 * the people and the services from their own crisis plan. It never
 * makes up a number; with nobody in the plan yet it says where help
 * can be found. */

/* The published scales have at most nine items. */
#define MAX_ITEMS 16

struct _WaymarkQuestionnaireDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkScrolledWindow *scroller;
  GtkRevealer       *support_revealer;
  GtkLabel          *support_now_label;
  GtkBox            *support_people_box;
  GtkLabel          *support_empty_label;
  GtkWidget         *open_crisis_button;
  GtkLabel          *error_label;
  GtkLabel          *intro_label;
  GtkLabel          *stem_label;
  GtkLabel          *original_label;
  GtkBox            *items_box;
  GtkLabel          *score_label;
  GtkLabel          *score_note_label;
  GtkLabel          *attribution_label;

  /* Borrowed */
  const WaymarkQuestionnaire *questionnaire;

  /* Owned */
  WaymarkStore      *store;
  int                answers[MAX_ITEMS];   /* -1 until answered */
  GtkCheckButton    *buttons[MAX_ITEMS][WAYMARK_QUESTIONNAIRE_MAX_ANSWER + 1];
  WaymarkAutosave   *draft_autosave;
  gint64             draft_id;             /* 0 until the draft is first written */
  gboolean           closing;
};

G_DEFINE_FINAL_TYPE (WaymarkQuestionnaireDialog, waymark_questionnaire_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
count_answered (WaymarkQuestionnaireDialog *self)
{
  guint answered = 0;

  for (guint i = 0; i < self->questionnaire->n_items; i++)
    if (self->answers[i] >= 0)
      answered++;

  return answered;
}

static void
scroll_to_top (WaymarkQuestionnaireDialog *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* The support card ------------------------------------------------------- */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* One person or service: the name, the number large and selectable to
 * copy, then who they are and when to call. Stacked, so a long name
 * and a long number both fit on a narrow screen. */
static GtkWidget *
make_person (const WaymarkCrisisItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (item->text);
  g_autoptr(GString) about = g_string_new (item->detail);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_box_append (GTK_BOX (box), name);

  if (*item->phone != '\0')
    {
      GtkWidget *phone = gtk_label_new (item->phone);
      g_autofree char *spoken = NULL;

      gtk_label_set_selectable (GTK_LABEL (phone), TRUE);
      gtk_label_set_wrap (GTK_LABEL (phone), TRUE);
      gtk_label_set_xalign (GTK_LABEL (phone), 0);
      gtk_widget_add_css_class (phone, "title-3");
      gtk_widget_add_css_class (phone, "numeric");
      /* Translators: what a screen reader says for a number in the
       * crisis plan, such as "Phone number of Jo: 0161 496 0000". */
      spoken = g_strdup_printf (_("Phone number of %s: %s"), item->text, item->phone);
      gtk_accessible_update_property (GTK_ACCESSIBLE (phone),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                      -1);
      gtk_box_append (GTK_BOX (box), phone);
    }

  if (*item->hours != '\0')
    g_string_append_printf (about, "%s%s", about->len ? " · " : "", item->hours);
  if (about->len > 0)
    {
      GtkWidget *label = gtk_label_new (about->str);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

/* Fills the card from the crisis plan as it is now. */
static void
fill_support_card (WaymarkQuestionnaireDialog *self)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const WaymarkSafetyNetCountry *suggested = waymark_safety_net_for_plan (self->store);
  g_autofree char *now = NULL;
  gboolean anyone = FALSE;

  plan = waymark_crisis_plan_load (self->store, &error);
  if (plan == NULL)
    g_message ("Could not read the crisis plan: %s", error->message);

  if (plan != NULL && *plan->emergency_number != '\0')
    /* Translators: %s is the emergency number from the person's crisis plan, such as 999. */
    now = g_strdup_printf (_("If you are in danger right now, or might act on these thoughts, call %s."),
                           plan->emergency_number);
  else if (suggested != NULL)
    now = g_strdup_printf (_("If you are in danger right now, or might act on these thoughts, call %s."),
                           suggested->emergency_number);
  else
    now = g_strdup (_("If you are in danger right now, or might act on these thoughts, "
                      "call your local emergency number."));
  gtk_label_set_label (self->support_now_label, now);

  clear_box (self->support_people_box);

  /* The steps of the safety plan about reaching out: the people to ask,
   * then the professionals and crisis lines. */
  for (guint i = 0; plan != NULL && i < plan->sections->len; i++)
    {
      WaymarkCrisisSection *section = plan->sections->pdata[i];
      GtkWidget *heading;
      GtkWidget *list;

      if (!section->info->about_people || section->info->for_supporters || section->items->len == 0)
        continue;

      heading = gtk_label_new (_(section->info->title));
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, anyone ? 6 : 0);
      gtk_box_append (self->support_people_box, heading);

      list = g_object_new (GTK_TYPE_BOX,
                           "orientation", GTK_ORIENTATION_VERTICAL,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                           NULL);
      gtk_widget_add_css_class (list, "card");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                      -1);
      for (guint j = 0; j < section->items->len; j++)
        {
          if (j > 0)
            gtk_box_append (GTK_BOX (list), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
          gtk_box_append (GTK_BOX (list), make_person (section->items->pdata[j]));
        }
      gtk_box_append (self->support_people_box, list);

      anyone = TRUE;
    }

  /* The crisis lines of the person's country, whether or not the plan
   * names anyone: labelled as suggested, with the date they were checked. */
  if (suggested != NULL)
    {
      const WaymarkCrisisLine *line = waymark_safety_net_country_get_line (suggested);
      g_autofree char *empty = NULL;
      g_autofree char *number = waymark_safety_net_unbroken (line->number);
      GtkWidget *lines = waymark_safety_net_box_new (FALSE);

      waymark_safety_net_box_set_show_emergency (WAYMARK_SAFETY_NET_BOX (lines), FALSE);
      waymark_safety_net_box_set_store (WAYMARK_SAFETY_NET_BOX (lines), self->store);
      gtk_widget_set_margin_top (lines, anyone ? 6 : 0);
      gtk_box_append (self->support_people_box, lines);

      /* Translators: the first %s is a crisis line's name, such as
       * Samaritans, the second its number. */
      empty = g_strdup_printf (_("Your crisis plan doesn’t list anyone to call yet. You could call %s on %s, "
                                 "talk to your doctor, or tell someone you trust how you are feeling. When you "
                                 "feel ready, adding them to your crisis plan keeps them close."),
                               line->name, number);
      gtk_label_set_label (self->support_empty_label, empty);
    }
  else
    /* The template's words: where help is, in general, and no number made up. */
    gtk_label_set_label (self->support_empty_label,
                         _("Your crisis plan doesn’t list anyone to call yet. You could call a crisis line in your "
                           "country, talk to your doctor, or tell someone you trust how you are feeling. When you "
                           "feel ready, adding them to your crisis plan keeps them close."));

  gtk_widget_set_visible (GTK_WIDGET (self->support_people_box), anyone || suggested != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->support_empty_label), !anyone);
}

static void
update_support (WaymarkQuestionnaireDialog *self)
{
  gboolean asks = self->questionnaire->kind == WAYMARK_QUESTIONNAIRE_PHQ9 &&
                  waymark_phq9_asks_for_support (self->answers, self->questionnaire->n_items);

  if (asks == gtk_revealer_get_reveal_child (self->support_revealer))
    return;

  if (asks)
    {
      fill_support_card (self);
      gtk_revealer_set_reveal_child (self->support_revealer, TRUE);
      /* At once, where it can't be missed; the focus stays where it is,
       * so the answer can still be changed with the arrow keys. */
      scroll_to_top (self);
    }
  else
    gtk_revealer_set_reveal_child (self->support_revealer, FALSE);
}

/* The person added someone to the crisis plan while the card is up. */
static void
store_changed_cb (WaymarkQuestionnaireDialog *self,
                  const char                 *kind,
                  WaymarkStore               *store)
{
  if (gtk_revealer_get_reveal_child (self->support_revealer))
    fill_support_card (self);
}

static void
open_crisis_plan_cb (WaymarkQuestionnaireDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-page", "s", "crisis");

  /* The plan is there to be used, not looked at behind a locked dialog:
   * the window is let go, and the answers wait here. */
  gtk_window_set_modal (GTK_WINDOW (self), FALSE);
}

/* Answers and score ---------------------------------------------------------- */

static void
update_state (WaymarkQuestionnaireDialog *self)
{
  const WaymarkQuestionnaire *questionnaire = self->questionnaire;
  g_autofree char *text = NULL;
  guint answered = count_answered (self);
  int total;

  if (waymark_questionnaire_score (questionnaire, self->answers, questionnaire->n_items, &total))
    /* Translators: "Score: 7 of 27 · Mild"; the last part is the published band the score falls in. */
    text = g_strdup_printf (_("Score: %d of %d · %s"), total,
                            (int) questionnaire->n_items * WAYMARK_QUESTIONNAIRE_MAX_ANSWER,
                            waymark_questionnaire_band (questionnaire, total));
  else
    /* Translators: how many of the questionnaire's items have an answer, such as "Answered 4 of 9". */
    text = g_strdup_printf (_("Answered %u of %u"), answered, questionnaire->n_items);

  gtk_label_set_label (self->score_label, text);
  adw_window_title_set_subtitle (self->window_title, text);
  gtk_widget_set_visible (GTK_WIDGET (self->score_note_label), answered == questionnaire->n_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire.save", answered == questionnaire->n_items);

  update_support (self);
}

static void
answer_toggled_cb (GtkCheckButton             *button,
                   WaymarkQuestionnaireDialog *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "waymark-item"));
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "waymark-value"));

  /* The button left behind reports too; only the chosen one counts. */
  if (!gtk_check_button_get_active (button))
    return;

  self->answers[item] = value;
  update_state (self);
  if (self->draft_autosave != NULL)
    waymark_autosave_changed (self->draft_autosave);
}

static GtkWidget *
make_item (WaymarkQuestionnaireDialog *self,
           guint                       item)
{
  const WaymarkQuestionnaire *questionnaire = self->questionnaire;
  const char *wording = questionnaire->items[item];
  g_autofree char *heading_text = NULL;
  g_autofree char *group_label = NULL;
  GtkWidget *group;
  GtkWidget *heading;
  GtkWidget *answers_box;
  GtkCheckButton *first = NULL;

  /* Translators: an item of a questionnaire, such as "1. Trouble relaxing";
   * the item itself is the published wording. */
  heading_text = g_strdup_printf (_("%u. %s"), item + 1, wording);
  /* Translators: what a screen reader says for an item, such as
   * "Question 1 of 7: Trouble relaxing". */
  group_label = g_strdup_printf (_("Question %u of %u: %s"), item + 1, questionnaire->n_items, wording);

  group = g_object_new (GTK_TYPE_BOX,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        "spacing", 12,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO_GROUP,
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, group_label,
                                  -1);

  heading = gtk_label_new (heading_text);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (group), heading);

  answers_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (answers_box, "card");
  gtk_box_append (GTK_BOX (group), answers_box);

  for (int value = 0; value <= WAYMARK_QUESTIONNAIRE_MAX_ANSWER; value++)
    {
      g_autofree char *name = g_strdup_printf ("answer-%u-%d", item + 1, value);
      /* One answer of four, as a screen reader should say it: a radio
       * button (GTK 4.8 calls a check button in a group a check box). */
      GtkWidget *button = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                        "label", questionnaire->answers[value],
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                        NULL);

      if (value > 0)
        gtk_box_append (GTK_BOX (answers_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

      /* Named for the tests, which answer through the real buttons. */
      gtk_widget_set_name (button, name);
      gtk_widget_set_margin_start (button, 12);
      gtk_widget_set_margin_end (button, 12);
      gtk_widget_set_margin_top (button, 9);
      gtk_widget_set_margin_bottom (button, 9);
      /* Named by the answer, described by the item it answers. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, questionnaire->answers[value],
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, group_label,
                                      -1);
      if (first == NULL)
        first = GTK_CHECK_BUTTON (button);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), first);

      self->buttons[item][value] = GTK_CHECK_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "waymark-item", GUINT_TO_POINTER (item));
      g_object_set_data (G_OBJECT (button), "waymark-value", GINT_TO_POINTER (value));
      g_signal_connect (button, "toggled", G_CALLBACK (answer_toggled_cb), self);
      gtk_box_append (GTK_BOX (answers_box), button);
    }

  return group;
}

/* Saving and closing ------------------------------------------------------- */

/* The draft autosave's writer: the answers given so far, one row. */
static gboolean
write_draft (gpointer user_data)
{
  WaymarkQuestionnaireDialog *self = user_data;
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  g_variant_dict_insert (&dict, "questionnaire", "s", self->questionnaire->key);
  g_variant_dict_insert_value (&dict, "answers",
                               g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, self->answers,
                                                          self->questionnaire->n_items, sizeof (int)));
  if (!waymark_store_save_draft (self->store, &self->draft_id, WAYMARK_DRAFT_QUESTIONNAIRE, 0, day,
                                 g_variant_dict_end (&dict), &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  return TRUE;
}

static void
drop_draft (WaymarkQuestionnaireDialog *self)
{
  g_autoptr(GError) error = NULL;

  waymark_autosave_forget (self->draft_autosave);
  if (!waymark_store_delete_draft (self->store, self->draft_id, &error))
    g_message ("Could not delete a questionnaire's draft: %s", error->message);
  self->draft_id = 0;
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  WaymarkQuestionnaireDialog *self = WAYMARK_QUESTIONNAIRE_DIALOG (widget);
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (!waymark_questionnaire_result_set_answers (result, self->questionnaire, self->answers, now))
    return;   /* not every item answered: Save is not offered then */

  /* The result is written and the draft deleted in one transaction. */
  if (!waymark_store_save_from_draft (self->store, WAYMARK_RECORD (result), self->draft_id, &error))
    {
      /* Said here, above the answers, which are all kept to try again. */
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      waymark_show_error (GTK_WIDGET (self), error->message);
      scroll_to_top (self);
      return;
    }

  g_object_ref (self);
  waymark_autosave_forget (self->draft_autosave);
  self->draft_id = 0;
  self->closing = TRUE;
  g_signal_emit (self, signals[SAVED], 0, result);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
discard_cb (GtkWindow *window)
{
  drop_draft (WAYMARK_QUESTIONNAIRE_DIALOG (window));
  WAYMARK_QUESTIONNAIRE_DIALOG (window)->closing = TRUE;
  gtk_window_destroy (window);
}

static gboolean
waymark_questionnaire_dialog_close_request (GtkWindow *window)
{
  WaymarkQuestionnaireDialog *self = WAYMARK_QUESTIONNAIRE_DIALOG (window);

  if (self->closing || count_answered (self) == 0)
    return GTK_WINDOW_CLASS (waymark_questionnaire_dialog_parent_class)->close_request (window);

  /* Nothing answered is lost without the person saying so. */
  waymark_ask_to_discard (window, _("Discard Your Answers?"),
                          _("Your answers to this questionnaire have not been saved."),
                          _("_Keep Answering"), discard_cb);

  return TRUE;
}

static void
waymark_questionnaire_dialog_dispose (GObject *object)
{
  WaymarkQuestionnaireDialog *self = WAYMARK_QUESTIONNAIRE_DIALOG (object);

  /* Gone without Save or Discard: the answers stay as a draft. */
  if (self->draft_autosave != NULL && !self->closing)
    waymark_autosave_flush (self->draft_autosave);
  g_clear_object (&self->draft_autosave);

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_QUESTIONNAIRE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_questionnaire_dialog_parent_class)->dispose (object);
}

static void
waymark_questionnaire_dialog_class_init (WaymarkQuestionnaireDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = waymark_questionnaire_dialog_dispose;
  window_class->close_request = waymark_questionnaire_dialog_close_request;

  /**
   * WaymarkQuestionnaireDialog::saved:
   * @self: the dialog
   * @result: the result just written
   *
   * Emitted once the answers are written, just before the dialog
   * closes, so the page that opened it can say so.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                 WAYMARK_TYPE_QUESTIONNAIRE_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-questionnaire-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, support_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, support_now_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, support_people_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, support_empty_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, open_crisis_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, stem_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, original_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, items_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, score_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, score_note_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkQuestionnaireDialog, attribution_label);
  gtk_widget_class_bind_template_callback (widget_class, open_crisis_plan_cb);

  gtk_widget_class_install_action (widget_class, "questionnaire.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
waymark_questionnaire_dialog_init (WaymarkQuestionnaireDialog *self)
{
  for (guint i = 0; i < MAX_ITEMS; i++)
    self->answers[i] = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  waymark_editor_keys_install (GTK_WIDGET (self), "questionnaire.save");
}

/**
 * waymark_questionnaire_dialog_new:
 * @parent: the plan's window; "Open My Crisis Plan" shows its crisis page
 * @store: where the result is written
 * @kind: PHQ-9 or GAD-7
 *
 * Returns: (transfer none): the dialog, not yet shown; it emits
 *   #WaymarkQuestionnaireDialog::saved when the answers are written
 */
GtkWindow *
waymark_questionnaire_dialog_new (GtkWindow                *parent,
                                  WaymarkStore             *store,
                                  WaymarkQuestionnaireKind  kind)
{
  const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_get (kind);
  WaymarkQuestionnaireDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);
  g_return_val_if_fail (questionnaire != NULL && questionnaire->n_items <= MAX_ITEMS, NULL);

  /* It belongs to the application, so it goes with the plan's window. */
  self = g_object_new (WAYMARK_TYPE_QUESTIONNAIRE_DIALOG,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "destroy-with-parent", TRUE,
                       "title", questionnaire->name,
                       NULL);
  self->store = g_object_ref (store);
  self->questionnaire = questionnaire;

  adw_window_title_set_title (self->window_title, questionnaire->name);
  gtk_label_set_label (self->intro_label,
                       kind == WAYMARK_QUESTIONNAIRE_PHQ9
                         ? _("A standard questionnaire many clinicians use to ask about mood. It isn’t a "
                             "diagnosis: it is one way to notice how the last two weeks have been. There "
                             "are no right or wrong answers.")
                         : _("A standard questionnaire many clinicians use to ask about worry and anxiety. "
                             "It isn’t a diagnosis: it is one way to notice how the last two weeks have "
                             "been. There are no right or wrong answers."));
  gtk_label_set_label (self->stem_label, questionnaire->stem);
  /* The published items stay in English; said so where the window is
   * in another language. */
  gtk_widget_set_visible (GTK_WIDGET (self->original_label), !g_str_equal (waymark_language_current (), "en"));
  gtk_label_set_label (self->attribution_label, questionnaire->attribution);
  gtk_widget_set_visible (self->open_crisis_button, parent != NULL);

  for (guint i = 0; i < questionnaire->n_items; i++)
    gtk_box_append (self->items_box, make_item (self, i));

  g_signal_connect_object (store, "changed::crisis", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::contact", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  update_state (self);
  self->draft_autosave = waymark_autosave_new (write_draft, self);

  return GTK_WINDOW (self);
}

/**
 * waymark_questionnaire_dialog_new_from_draft:
 * @parent: the plan's window
 * @store: the plan
 * @draft: a questionnaire's draft from @store
 *
 * Returns: (transfer none) (nullable): the dialog with the draft's
 *   answers, not yet shown; %NULL if the draft names no questionnaire
 *   Waymark knows
 */
GtkWindow *
waymark_questionnaire_dialog_new_from_draft (GtkWindow    *parent,
                                             WaymarkStore *store,
                                             WaymarkDraft *draft)
{
  const WaymarkQuestionnaire *questionnaire = NULL;
  WaymarkQuestionnaireDialog *self;
  g_autoptr(GVariant) answers = NULL;
  const char *key = NULL;

  g_return_val_if_fail (draft != NULL, NULL);

  if (g_variant_lookup (draft->payload, "questionnaire", "&s", &key))
    questionnaire = waymark_questionnaire_find (key);
  if (questionnaire == NULL)
    return NULL;

  self = WAYMARK_QUESTIONNAIRE_DIALOG (waymark_questionnaire_dialog_new (parent, store, questionnaire->kind));
  answers = g_variant_lookup_value (draft->payload, "answers", G_VARIANT_TYPE ("ai"));
  if (answers != NULL)
    {
      gsize n;
      const gint32 *values = g_variant_get_fixed_array (answers, &n, sizeof (gint32));

      for (gsize i = 0; i < n && i < questionnaire->n_items; i++)
        if (values[i] >= 0 && values[i] <= WAYMARK_QUESTIONNAIRE_MAX_ANSWER)
          gtk_check_button_set_active (self->buttons[i][values[i]], TRUE);
    }

  /* Shown as it was; the draft already holds it. */
  self->draft_id = draft->id;
  waymark_autosave_forget (self->draft_autosave);

  return GTK_WINDOW (self);
}

/**
 * waymark_questionnaire_dialog_get_kind:
 *
 * Returns: which questionnaire the dialog asks
 */
WaymarkQuestionnaireKind
waymark_questionnaire_dialog_get_kind (WaymarkQuestionnaireDialog *self)
{
  g_return_val_if_fail (WAYMARK_IS_QUESTIONNAIRE_DIALOG (self), WAYMARK_QUESTIONNAIRE_PHQ9);

  return self->questionnaire->kind;
}
