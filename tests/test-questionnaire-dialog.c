/* test-questionnaire-dialog.c: PHQ-9 and GAD-7 filled in through the
 * real radio buttons, scored as they are answered, saved as one record,
 * and PHQ-9's last item showing who the person can reach
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-autosave.h"
#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-language.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-resources.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static guint
count_css_class (GtkWidget  *root,
                 const char *css_class)
{
  guint count = gtk_widget_has_css_class (root, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    count += count_css_class (child, css_class);

  return count;
}

static GtkWidget *
find (GtkWindow  *dialog,
      const char *name)
{
  GtkWidget *widget = find_by_name (GTK_WIDGET (dialog), name);

  g_assert_nonnull (widget);
  return widget;
}

/* Answers @item (1-based, as printed) with @value, as a click would. */
static void
answer (GtkWindow *dialog,
        guint      item,
        int        value)
{
  g_autofree char *name = g_strdup_printf ("answer-%u-%d", item, value);
  GtkCheckButton *button = GTK_CHECK_BUTTON (find (dialog, name));

  gtk_check_button_set_active (button, TRUE);
  g_assert_true (gtk_check_button_get_active (button));
}

static const char *
score_text (GtkWindow *dialog)
{
  return gtk_label_get_text (GTK_LABEL (find (dialog, "score-label")));
}

static gboolean
support_shown (GtkWindow *dialog)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (find (dialog, "support-revealer")));
}

static gboolean
can_save (GtkWindow *dialog)
{
  return gtk_widget_get_sensitive (find (dialog, "save-button"));
}

static void
add_crisis_contact (WaymarkStore *store,
                    const char   *section,
                    const char   *name,
                    const char   *phone)
{
  g_autoptr(WaymarkRecord) contact = WAYMARK_RECORD (waymark_contact_new ());
  g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (contact, WAYMARK_CONTACT_NAME, name);
  waymark_record_set_text (contact, WAYMARK_CONTACT_PHONE, phone);
  g_assert_true (waymark_store_save (store, contact, &error));
  g_assert_no_error (error);

  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, section);
  waymark_record_set_reference (entry, WAYMARK_CRISIS_ENTRY_CONTACT_ID, waymark_record_get_id (contact));
  g_assert_true (waymark_store_save (store, entry, &error));
  g_assert_no_error (error);
}

static void
add_emergency_number (WaymarkStore *store,
                      const char   *number)
{
  g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, "emergency-number");
  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, number);
  g_assert_true (waymark_store_save (store, entry, &error));
  g_assert_no_error (error);
}

static void
saved_cb (GtkWindow                   *dialog,
          WaymarkQuestionnaireResult  *result,
          WaymarkQuestionnaireResult **out)
{
  g_assert_true (WAYMARK_IS_QUESTIONNAIRE_RESULT (result));
  g_set_object (out, result);
}

/* Saves through the action Save and Ctrl+Enter use; returns the one
 * result the store then holds. */
static WaymarkRecord *
save_and_read_back (GtkWindow    *dialog,
                    WaymarkStore *store)
{
  g_autoptr(WaymarkQuestionnaireResult) emitted = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *alive = dialog;

  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &emitted);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &alive);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "questionnaire.save", NULL));

  /* Saved, said, and closed. */
  g_assert_null (alive);
  g_assert_nonnull (emitted);
  g_assert_cmpint (waymark_record_get_id (WAYMARK_RECORD (emitted)), >, 0);

  results = waymark_store_list (store, WAYMARK_TYPE_QUESTIONNAIRE_RESULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);

  return g_list_model_get_item (results, 0);
}

static void
assert_taken_just_now (WaymarkRecord *result)
{
  const char *taken_at = waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT);
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (taken_at, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_nonnull (when);
  g_assert_cmpint (ABS (g_date_time_difference (now, when)), <, 120 * G_TIME_SPAN_SECOND);
}

static void
test_phq9_scores_and_saves (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkRecord) result = NULL;
  const int answers[] = { 1, 2, 0, 3, 1, 0, 2, 1 };
  GtkWindow *dialog;

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  gtk_window_present (dialog);

  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "PHQ-9");
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (score_text (dialog), ==, "Answered 0 of 9");
  g_assert_false (can_save (dialog));
  /* The published answers, on the buttons themselves. */
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (find (dialog, "answer-1-0"))), ==, "Not at all");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (find (dialog, "answer-9-3"))), ==, "Nearly every day");
  g_assert_null (find_by_name (GTK_WIDGET (dialog), "answer-10-0"));

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    answer (dialog, i + 1, answers[i]);

  /* Eight of nine: no score is made up for a partial questionnaire. */
  g_assert_cmpstr (score_text (dialog), ==, "Answered 8 of 9");
  g_assert_false (can_save (dialog));
  g_assert_false (support_shown (dialog));

  answer (dialog, 9, 0);
  g_assert_cmpstr (score_text (dialog), ==, "Score: 10 of 27 · Moderate");
  g_assert_true (can_save (dialog));
  g_assert_false (support_shown (dialog));

  /* One answer per item: choosing another replaces it. */
  answer (dialog, 1, 3);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-1-1"))));
  g_assert_cmpstr (score_text (dialog), ==, "Score: 12 of 27 · Moderate");
  answer (dialog, 4, 0);
  answer (dialog, 2, 0);
  g_assert_cmpstr (score_text (dialog), ==, "Score: 7 of 27 · Mild");

  result = save_and_read_back (dialog, store);
  g_assert_cmpstr (waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT), ==, "phq9");
  g_assert_cmpstr (waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS), ==, "3,0,0,0,1,0,2,1,0");
  g_assert_cmpint (waymark_record_get_int (result, WAYMARK_QUESTIONNAIRE_RESULT_TOTAL), ==, 7);
  assert_taken_just_now (result);

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

static void
test_phq9_item9_shows_crisis_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkRecord) result = NULL;
  GtkWidget *card;
  GtkLabel *phone;
  GtkAdjustment *adjustment;
  GtkWindow *dialog;

  add_crisis_contact (store, "help-people", "Jo Example", "07700 900123");
  add_crisis_contact (store, "professionals", "Example Crisis Line", "0800 000 1234");
  add_emergency_number (store, "999");

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  gtk_window_set_default_size (dialog, 600, 800);
  gtk_window_present (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  /* Scrolled down to the last item, as a person answering would be. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (find_by_type (GTK_WIDGET (dialog),
                                                                                        GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* The moment item 9 is above "Not at all", before anything else is
   * answered, the card shows at the top, scrolled into view. */
  answer (dialog, 9, 1);
  g_assert_true (support_shown (dialog));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
  g_assert_cmpstr (score_text (dialog), ==, "Answered 1 of 9");

  card = find (dialog, "support-card");
  g_assert_nonnull (waymark_test_find_label (card, "You don’t have to carry this alone", FALSE));
  g_assert_nonnull (waymark_test_find_label (card, "Jo Example", FALSE));
  g_assert_nonnull (waymark_test_find_label (card, "Example Crisis Line", FALSE));
  phone = waymark_test_find_label (card, "07700 900123", FALSE);
  g_assert_nonnull (phone);
  g_assert_true (gtk_label_get_selectable (phone));
  g_assert_nonnull (waymark_test_find_label (card, "0800 000 1234", FALSE));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find (dialog, "support-now"))), "call 999"));
  g_assert_false (gtk_widget_get_visible (find (dialog, "support-empty")));
  g_assert_true (gtk_widget_get_visible (find (dialog, "support-people")));

  /* It stays while the answer is above 0, and goes when it is 0. */
  answer (dialog, 9, 3);
  g_assert_true (support_shown (dialog));
  answer (dialog, 9, 0);
  g_assert_false (support_shown (dialog));
  answer (dialog, 9, 2);
  g_assert_true (support_shown (dialog));

  /* Nothing about the card gets in the way of saving. */
  for (guint item = 1; item <= 8; item++)
    answer (dialog, item, 1);
  g_assert_cmpstr (score_text (dialog), ==, "Score: 10 of 27 · Moderate");
  result = save_and_read_back (dialog, store);
  g_assert_cmpint (waymark_record_get_int (result, WAYMARK_QUESTIONNAIRE_RESULT_TOTAL), ==, 10);
  g_assert_cmpstr (waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS), ==, "1,1,1,1,1,1,1,1,2");

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* On a new plan, item 9 names the crisis line suggested for the
 * person's country, labelled as a suggestion, not a made-up contact. */
static void
test_phq9_empty_plan_names_the_countrys_line (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  GtkWindow *dialog;
  GtkWidget *card;
  const char *text;

  g_setenv ("LC_ALL", "en_GB.UTF-8", TRUE);
  store = waymark_test_new_plan (&tmp);
  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  gtk_window_present (dialog);
  answer (dialog, 9, 1);
  g_assert_true (support_shown (dialog));

  card = find (dialog, "support-card");
  text = gtk_label_get_text (GTK_LABEL (find (dialog, "support-empty")));
  g_assert_nonnull (strstr (text, "You could call Samaritans on 116\u00a0123"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find (dialog, "support-now"))), "call 999."));
  g_assert_nonnull (waymark_test_find_label (card, "Suggested for United Kingdom", TRUE));
  g_assert_nonnull (waymark_test_find_label (card, "116 123", FALSE));

  gtk_window_destroy (dialog);
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

static void
test_phq9_empty_crisis_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  GtkWindow *dialog;
  GtkWidget *card;
  const char *text;

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  gtk_window_present (dialog);
  answer (dialog, 9, 1);
  g_assert_true (support_shown (dialog));

  /* Where help is, in general words, and no number made up. */
  card = find (dialog, "support-card");
  g_assert_true (gtk_widget_get_visible (find (dialog, "support-empty")));
  text = gtk_label_get_text (GTK_LABEL (find (dialog, "support-empty")));
  g_assert_nonnull (strstr (text, "a crisis line in your country"));
  g_assert_nonnull (strstr (text, "your doctor"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find (dialog, "support-now"))),
                            "call your local emergency number"));
  g_assert_cmpuint (count_css_class (card, "numeric"), ==, 0);
  g_assert_false (gtk_widget_get_visible (find (dialog, "support-people")));

  /* Someone added to the crisis plan meanwhile appears at once. */
  add_crisis_contact (store, "help-people", "Sam Example", "01632 960000");
  g_assert_nonnull (waymark_test_find_label (card, "Sam Example", FALSE));
  g_assert_nonnull (waymark_test_find_label (card, "01632 960000", FALSE));
  g_assert_false (gtk_widget_get_visible (find (dialog, "support-empty")));

  gtk_window_destroy (dialog);
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

static void
test_gad7_scores_to_21 (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkRecord) result = NULL;
  GtkWindow *dialog;

  add_crisis_contact (store, "help-people", "Jo Example", "07700 900123");

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_GAD7);
  gtk_window_present (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "GAD-7");
  g_assert_cmpint (waymark_questionnaire_dialog_get_kind (WAYMARK_QUESTIONNAIRE_DIALOG (dialog)), ==,
                   WAYMARK_QUESTIONNAIRE_GAD7);
  g_assert_cmpstr (score_text (dialog), ==, "Answered 0 of 7");
  g_assert_null (find_by_name (GTK_WIDGET (dialog), "answer-8-0"));

  for (guint item = 1; item <= 7; item++)
    {
      g_assert_false (can_save (dialog));
      answer (dialog, item, 3);
    }

  /* The most GAD-7 can score; its support card is PHQ-9's item 9 only. */
  g_assert_cmpstr (score_text (dialog), ==, "Score: 21 of 21 · Severe");
  g_assert_true (can_save (dialog));
  g_assert_false (support_shown (dialog));

  answer (dialog, 3, 1);
  g_assert_cmpstr (score_text (dialog), ==, "Score: 19 of 21 · Severe");
  answer (dialog, 3, 3);

  result = save_and_read_back (dialog, store);
  g_assert_cmpstr (waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT), ==, "gad7");
  g_assert_cmpint (waymark_record_get_int (result, WAYMARK_QUESTIONNAIRE_RESULT_TOTAL), ==, 21);
  assert_taken_just_now (result);

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* Tab goes from item to item, landing on the chosen answer; the arrow
 * keys choose within an item, as radio buttons do. */
static void
test_keyboard (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  GtkWindow *dialog;

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_GAD7);
  gtk_window_present (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  answer (dialog, 1, 1);
  answer (dialog, 2, 2);
  answer (dialog, 3, 0);

  gtk_widget_grab_focus (find (dialog, "answer-1-1"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_DOWN));
  g_assert_true (gtk_window_get_focus (dialog) == find (dialog, "answer-1-2"));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-1-2"))));
  g_assert_cmpstr (score_text (dialog), ==, "Answered 3 of 7");

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (dialog) == find (dialog, "answer-2-2"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (dialog) == find (dialog, "answer-3-0"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_window_get_focus (dialog) == find (dialog, "answer-2-2"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_UP));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-2-1"))));

  /* Save (and Ctrl+Enter) does nothing until every item is answered. */
  g_assert_false (can_save (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "questionnaire.save", NULL);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire"), ==, 0);

  gtk_window_destroy (dialog);
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  AdwMessageDialog *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      found = l->data;

  return found;
}

static void
test_cancel_asks_before_discarding (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  AdwMessageDialog *question;
  GtkWindow *dialog;
  GtkWindow *alive;

  /* Nothing answered: Cancel (and Escape) simply close. */
  dialog = alive = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &alive);
  gtk_window_present (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_null (alive);
  g_assert_null (find_message_dialog ());

  /* One answer: asked first; "Keep Answering" keeps everything. */
  dialog = alive = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &alive);
  gtk_window_present (dialog);
  answer (dialog, 2, 1);
  gtk_window_close (dialog);
  g_assert_nonnull (alive);
  question = find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard Your Answers?");
  /* (A click on a response also closes the question, as here.) */
  adw_message_dialog_response (question, "keep");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_nonnull (alive);
  g_assert_null (find_message_dialog ());
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-2-1"))));

  /* "Discard" closes without writing anything. */
  gtk_window_close (dialog);
  question = find_message_dialog ();
  g_assert_nonnull (question);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *) &question);
  adw_message_dialog_response (question, "discard");
  if (question != NULL)
    gtk_window_destroy (GTK_WINDOW (question));
  /* The window goes once the question has answered and gone. */
  for (int i = 0; i < 100 && alive != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (alive);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire"), ==, 0);
  /* Nor kept as a draft to offer back. */
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM draft"), ==, 0);

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* The answers are a draft as they are given: a dialog that goes
 * without Save or Discard (the application quit) leaves it, and the
 * dialog made from it shows them; Save writes the result and deletes
 * the draft. */
static void
test_draft_kept_and_resumed (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(WaymarkRecord) result = NULL;
  GtkWindow *dialog;

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_GAD7);
  gtk_window_present (dialog);
  answer (dialog, 1, 2);
  answer (dialog, 2, 1);
  answer (dialog, 3, 3);
  /* As on SIGTERM or the session's end. */
  waymark_autosave_flush_all ();
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM draft WHERE kind = 'questionnaire'"), ==, 1);
  answer (dialog, 4, 0);
  gtk_window_destroy (dialog);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire"), ==, 0);

  drafts = waymark_store_load_drafts (store, NULL, NULL);
  g_assert_cmpuint (drafts->len, ==, 1);
  dialog = waymark_questionnaire_dialog_new_from_draft (NULL, store, drafts->pdata[0]);
  g_assert_nonnull (dialog);
  gtk_window_present (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "GAD-7");
  g_assert_cmpstr (score_text (dialog), ==, "Answered 4 of 7");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-3-3"))));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-4-0"))));

  for (guint item = 5; item <= 7; item++)
    answer (dialog, item, 1);
  result = save_and_read_back (dialog, store);
  g_assert_cmpstr (waymark_record_get_text (result, WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS), ==, "2,1,3,0,1,1,1");
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM draft"), ==, 0);

  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

static void
test_open_crisis_plan_keeps_answers (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  WaymarkWindow *window;
  AdwViewStack *stack;
  GtkWindow *dialog;
  GtkWindow *alive;

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "journal");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "journal");

  dialog = alive = waymark_questionnaire_dialog_new (GTK_WINDOW (window), store, WAYMARK_QUESTIONNAIRE_PHQ9);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &alive);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_window_present (dialog);
  answer (dialog, 9, 2);

  g_signal_emit_by_name (find (dialog, "open-crisis-plan"), "clicked");

  /* The plan's window shows the crisis plan and can be used; the
   * answers wait in the dialog. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "crisis");
  g_assert_nonnull (alive);
  g_assert_false (gtk_window_get_modal (dialog));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, "answer-9-2"))));
  g_assert_true (support_shown (dialog));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

static void
test_save_error_keeps_answers (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  GtkWindow *dialog;
  GtkWindow *alive;

  dialog = alive = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_GAD7);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &alive);
  gtk_window_present (dialog);
  for (guint item = 1; item <= 7; item++)
    answer (dialog, item, 1);

  /* The plan refuses the write, as a full disk would. */
  g_assert_true (waymark_sqlite_exec (waymark_store_get_db (store),
                                      "CREATE TEMP TRIGGER refuse BEFORE INSERT ON questionnaire "
                                      "BEGIN SELECT RAISE (ABORT, 'database or disk is full'); END",
                                      NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "questionnaire.save", NULL));

  /* Said in the dialog, with every answer kept to try again. */
  g_assert_nonnull (alive);
  g_assert_true (gtk_widget_get_visible (find (dialog, "error-label")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find (dialog, "error-label"))), "disk is full"));
  g_assert_true (can_save (dialog));
  g_assert_cmpstr (score_text (dialog), ==, "Score: 7 of 21 · Mild");
  for (guint item = 1; item <= 7; item++)
    {
      g_autofree char *name = g_strdup_printf ("answer-%u-1", item);
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find (dialog, name))));
    }

  gtk_window_destroy (dialog);
  g_assert_null (alive);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire"), ==, 0);
  waymark_store_close (store);
  waymark_test_remove_tree (tmp);
}

/* In another language the published English items are said to be the
 * English original; in English nothing needs saying. */
static void
test_english_original_labelled (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  const char *note = "Shown in the English original: Waymark includes no validated translation "
                     "of this questionnaire, and its wording must not change.";
  GtkWindow *dialog;
  GtkLabel *label;

  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  label = waymark_test_find_label (GTK_WIDGET (dialog), note, FALSE);
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
  gtk_window_destroy (dialog);

  waymark_language_push ("de");
  dialog = waymark_questionnaire_dialog_new (NULL, store, WAYMARK_QUESTIONNAIRE_PHQ9);
  waymark_language_pop ();
  label = waymark_test_find_label (GTK_WIDGET (dialog), note, FALSE);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  gtk_window_destroy (dialog);

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/questionnaire-dialog/phq9-scores-and-saves", test_phq9_scores_and_saves);
  g_test_add_func ("/waymark/questionnaire-dialog/phq9-item9-shows-crisis-plan", test_phq9_item9_shows_crisis_plan);
  g_test_add_func ("/waymark/questionnaire-dialog/phq9-empty-crisis-plan", test_phq9_empty_crisis_plan);
  g_test_add_func ("/waymark/questionnaire-dialog/phq9-empty-plan-names-the-countrys-line",
                   test_phq9_empty_plan_names_the_countrys_line);
  g_test_add_func ("/waymark/questionnaire-dialog/gad7-scores-to-21", test_gad7_scores_to_21);
  g_test_add_func ("/waymark/questionnaire-dialog/keyboard", test_keyboard);
  g_test_add_func ("/waymark/questionnaire-dialog/cancel-asks", test_cancel_asks_before_discarding);
  g_test_add_func ("/waymark/questionnaire-dialog/open-crisis-plan", test_open_crisis_plan_keeps_answers);
  g_test_add_func ("/waymark/questionnaire-dialog/draft", test_draft_kept_and_resumed);
  g_test_add_func ("/waymark/questionnaire-dialog/save-error-keeps-answers", test_save_error_keeps_answers);
  g_test_add_func ("/waymark/questionnaire-dialog/english-original-labelled", test_english_original_labelled);

  return g_test_run ();
}
