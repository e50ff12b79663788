/* test-crisis-modes.c: the crisis plan to read and to edit; what its
 * rows say when one goes
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-checkin.h"
#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-page.h"
#include "waymark-gui-test-utils.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-review.h"
#include "waymark-record-section.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

typedef struct
{
  char          *tmp;
  WaymarkStore  *store;
  WaymarkWindow *window;
  GtkWidget     *page;
} Fixture;

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
add_crisis_text (WaymarkStore *store,
                 const char   *section,
                 const char   *text)
{
  g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, section);
  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, text);
  g_assert_true (waymark_store_save (store, entry, &error));
  g_assert_no_error (error);
}

/* A label on show that says @text; others may say it hidden. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (GTK_IS_LABEL (root) && g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

/* Any editing control on show: a section (with its Add buttons and row
 * menus), or the emergency number's entry. */
static gboolean
shows_editing (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (WAYMARK_IS_RECORD_SECTION (root) || ADW_IS_ENTRY_ROW (root) ||
      (GTK_IS_MENU_BUTTON (root) &&
       g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root)), "view-more-symbolic") == 0))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_editing (child))
      return TRUE;

  return FALSE;
}

static GtkLinkButton *
find_number_link (GtkWidget  *root,
                  const char *number)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLinkButton *found;

      if (GTK_IS_LINK_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), number) == 0)
        return GTK_LINK_BUTTON (child);

      if ((found = find_number_link (child, number)) != NULL)
        return found;
    }

  return NULL;
}

static void
fill_plan (WaymarkStore *store)
{
  g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
  g_autoptr(GError) error = NULL;

  add_crisis_text (store, "emergency-number", "999");
  add_crisis_text (store, "warning-signs", "I stop answering messages");
  add_crisis_text (store, "coping", "A long walk by the river");
  add_crisis_contact (store, "help-people", "Jo Example", "07700 900123");
  add_crisis_contact (store, "professionals", "Example Crisis Team", "0800 000 1234");
  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, "safe-environment");
  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, "Give my tablets to Sam to keep");
  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_DETAIL, "Sam");
  g_assert_true (waymark_store_save (store, entry, &error));
  g_assert_no_error (error);
  add_crisis_text (store, "reasons", "My niece’s wedding in June");
}

static gboolean
page_is_editing (gpointer data)
{
  return waymark_crisis_page_get_editing (data);
}

static gboolean
page_is_reading (gpointer data)
{
  return !waymark_crisis_page_get_editing (data);
}


static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* Never blocked in the main loop: the deadline is looked at even when
   * nothing happens. */
  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  waymark_test_pump ();
}

static gboolean
page_found (gpointer data)
{
  Fixture *f = data;

  f->page = find_by_type (f->window, WAYMARK_TYPE_CRISIS_PAGE);
  return f->page != NULL && find_by_type (f->page, WAYMARK_TYPE_RECORD_SECTION) != NULL;
}

static gboolean
section_shown (gpointer data)
{
  Fixture *f = data;
  GtkWidget *section = find_by_type (f->window, WAYMARK_TYPE_RECORD_SECTION);

  return section != NULL && gtk_widget_get_mapped (section);
}

/* The window on @page, once its sections are made (for the crisis page,
 * also f->page). */
static void
open_plan (Fixture    *f,
           const char *page)
{
  f->window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 900);
  waymark_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  waymark_window_show_page (f->window, page);
  if (g_str_equal (page, "crisis"))
    {
      wait_until (page_found, f);
      g_assert_nonnull (f->page);
    }
  else
    {
      wait_until (section_shown, f);
      g_assert_true (section_shown (f));
    }
}

static void
close_plan (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  waymark_test_pump ();
  waymark_store_close (f->store);
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_clear_pointer (&f->tmp, g_free);
}

static GtkWidget *
first_row (GtkWidget *root)
{
  GtkWidget *row = find_by_type (root, ADW_TYPE_ACTION_ROW);

  g_assert_nonnull (row);
  return row;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return shows_label (wait->root, wait->text);
}

/* Its rows made, not only its records read: a section off screen makes
 * them after the page's first frame. */
static gboolean
section_has_rows (gpointer data)
{
  return find_by_type (data, ADW_TYPE_ACTION_ROW) != NULL;
}

/* Taking someone off a step of the crisis plan names them: the entry
 * holds no text of its own, only the person it is about. */
static void
test_deleting_a_person_names_them (void)
{
  Fixture f = { 0 };
  LabelWait toast;
  GtkWidget *section;

  f.store = waymark_test_new_plan (&f.tmp);
  open_plan (&f, "crisis");
  add_crisis_contact (f.store, "help-people", "Jo Example", "07700 900123");

  section = find_by_name (f.page, "help-people");
  g_assert_nonnull (section);
  wait_until (section_has_rows, section);
  g_assert_true (gtk_widget_activate_action (first_row (section), "row.delete", NULL));

  toast = (LabelWait) { GTK_WIDGET (f.window), "Deleted “Jo Example”" };
  wait_until (label_shown, &toast);
  g_assert_true (label_shown (&toast));
  g_assert_cmpint (waymark_test_count_rows (f.store, "SELECT count(*) FROM crisis_entry WHERE section = 'help-people'"),
                   ==, 0);

  close_plan (&f);
}

/* A review is named by its date, in words, as its row shows it. */
static void
test_deleting_a_review_names_its_date (void)
{
  Fixture f = { 0 };
  g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());
  g_autoptr(GError) error = NULL;
  LabelWait toast;
  GtkWidget *section;

  f.store = waymark_test_new_plan (&f.tmp);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, "2026-03-31");
  g_assert_true (waymark_store_save (f.store, review, &error));
  g_assert_no_error (error);
  open_plan (&f, "plan");

  section = find_by_name (f.window, "reviews");
  g_assert_nonnull (section);
  wait_until (section_has_rows, section);
  g_assert_true (gtk_widget_activate_action (first_row (section), "row.delete", NULL));

  toast = (LabelWait) { GTK_WIDGET (f.window), "Deleted “Review on 31 March 2026”" };
  wait_until (label_shown, &toast);
  g_assert_true (label_shown (&toast));

  close_plan (&f);
}

/* A plan with something in it opens to be read: the numbers first, as
 * links, the steps as text, and nothing to edit; Edit shows the rest. */
static void
test_full_plan_opens_to_read (void)
{
  Fixture f = { 0 };
  GtkLinkButton *link;

  f.store = waymark_test_new_plan (&f.tmp);
  fill_plan (f.store);
  open_plan (&f, "crisis");

  g_assert_false (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));
  g_assert_true (shows_label (f.page, "If you are in danger right now, call 999."));
  link = find_number_link (f.page, "07700 900123");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "tel:07700900123");
  g_assert_nonnull (find_number_link (f.page, "0800 000 1234"));
  g_assert_nonnull (find_number_link (f.page, "999"));
  g_assert_true (shows_label (f.page, "Jo Example"));
  g_assert_true (shows_label (f.page, "I stop answering messages"));
  g_assert_true (shows_label (f.page, "A long walk by the river"));
  g_assert_true (shows_label (f.page, "Give my tablets to Sam to keep"));
  g_assert_true (shows_label (f.page, "Who helps: Sam"));
  g_assert_true (shows_label (f.page, "My niece’s wedding in June"));
  g_assert_false (shows_editing (f.page));
  g_assert_false (shows_label (f.page, "Writing Your Crisis Plan"));

  /* Edit (Ctrl+E's action) shows the sections, without the guide. */
  g_assert_true (gtk_widget_activate_action (f.page, "crisis.edit", NULL));
  waymark_test_pump ();
  g_assert_true (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));
  g_assert_true (shows_editing (f.page));
  g_assert_false (shows_label (f.page, "Writing Your Crisis Plan"));
  g_assert_null (find_number_link (f.page, "07700 900123"));

  /* And back, with the keyboard's place kept on the Edit button rather
   * than lost with the sections. */
  {
    GtkWidget *row = first_row (find_by_name (f.page, "coping"));
    GtkWidget *focus;

    gtk_widget_grab_focus (row);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) == row);
    g_assert_true (gtk_widget_activate_action (f.page, "crisis.edit", NULL));
    waymark_test_pump ();
    focus = gtk_root_get_focus (GTK_ROOT (f.window));
    g_assert_true (GTK_IS_TOGGLE_BUTTON (focus));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Edit");
  }
  g_assert_false (shows_editing (f.page));
  g_assert_nonnull (find_number_link (f.page, "07700 900123"));

  close_plan (&f);
}

/* An empty plan opens to be written, with the guide; once something is
 * in it, turning Edit off reads it. */
static void
test_empty_plan_opens_to_write (void)
{
  Fixture f = { 0 };

  f.store = waymark_test_new_plan (&f.tmp);
  open_plan (&f, "crisis");

  g_assert_true (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));
  g_assert_true (shows_editing (f.page));
  g_assert_true (shows_label (f.page, "Writing Your Crisis Plan"));

  /* Writing doesn't take the page away from the person writing. */
  add_crisis_text (f.store, "warning-signs", "Sleeping past noon");
  waymark_test_pump ();
  g_assert_true (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));
  g_assert_true (shows_label (f.page, "Writing Your Crisis Plan"));

  waymark_crisis_page_set_editing (WAYMARK_CRISIS_PAGE (f.page), FALSE);
  waymark_test_pump ();
  g_assert_false (shows_editing (f.page));
  g_assert_true (shows_label (f.page, "Sleeping past noon"));

  close_plan (&f);
}

/* What is read follows the plan: a change made elsewhere, another plan
 * opened in the window, an empty one (which opens to be written). */
static void
test_read_view_follows_the_plan (void)
{
  Fixture f = { 0 };
  LabelWait wait;
  g_autofree char *tmp_b = NULL;
  g_autofree char *tmp_c = NULL;
  g_autoptr(WaymarkStore) b = waymark_test_new_plan (&tmp_b);
  g_autoptr(WaymarkStore) c = waymark_test_new_plan (&tmp_c);

  f.store = waymark_test_new_plan (&f.tmp);
  fill_plan (f.store);
  open_plan (&f, "crisis");
  g_assert_false (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));

  add_crisis_text (f.store, "coping", "Music, loud");
  wait = (LabelWait) { f.page, "Music, loud" };
  wait_until (label_shown, &wait);
  g_assert_true (shows_label (f.page, "Music, loud"));

  /* Another plan: its own words, none of the first's. */
  add_crisis_text (b, "reasons", "My dog, Pepper");
  waymark_window_set_store (f.window, b);
  wait = (LabelWait) { f.page, "My dog, Pepper" };
  wait_until (label_shown, &wait);
  g_assert_true (shows_label (f.page, "My dog, Pepper"));
  g_assert_false (shows_label (f.page, "Music, loud"));
  g_assert_null (find_number_link (f.page, "07700 900123"));
  g_assert_false (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));

  /* An empty one opens to be written, with the guide. */
  waymark_window_set_store (f.window, c);
  wait_until (page_is_editing, f.page);
  g_assert_true (waymark_crisis_page_get_editing (WAYMARK_CRISIS_PAGE (f.page)));
  g_assert_true (shows_label (f.page, "Writing Your Crisis Plan"));
  g_assert_false (shows_label (f.page, "My dog, Pepper"));

  /* And a full one to be read again. */
  waymark_window_set_store (f.window, b);
  wait_until (page_is_reading, f.page);
  g_assert_true (shows_label (f.page, "My dog, Pepper"));
  g_assert_false (shows_editing (f.page));

  gtk_window_destroy (GTK_WINDOW (f.window));
  waymark_test_pump ();
  waymark_store_close (b);
  waymark_store_close (c);
  waymark_test_remove_tree (tmp_b);
  waymark_test_remove_tree (tmp_c);
  f.window = NULL;
  waymark_store_close (f.store);
  g_clear_object (&f.store);
  waymark_test_remove_tree (f.tmp);
  g_free (f.tmp);
}

static void
add_checkin (WaymarkStore *store,
             int           days_ago,
             int           mood)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) at = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (at, -5);

  waymark_checkin_set_time (checkin, earlier);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, mood);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, NULL));
}

static const char *
button_label (GtkWidget  *root,
              const char *name)
{
  GtkWidget *button = find_by_name (root, name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  return gtk_button_get_label (GTK_BUTTON (button));
}

typedef struct
{
  GtkWidget  *root;
  const char *name;
  const char *label;
} ButtonWait;

static gboolean
button_says (gpointer data)
{
  ButtonWait *wait = data;
  GtkWidget *button = find_by_name (wait->root, wait->name);

  return button != NULL && gtk_widget_get_mapped (button) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), wait->label) == 0;
}

static gboolean
plan_page_shown (gpointer data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_by_type (data, ADW_TYPE_VIEW_STACK));

  return g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "plan") == 0;
}

/* The journal's low-mood note offers the early warning plan, the crisis
 * plan and the crisis line; a button to an empty section says what to
 * do there, and the section says what belongs in it. */
static void
test_low_mood_note (void)
{
  Fixture f = { 0 };
  g_autoptr(WaymarkRecord) sign = WAYMARK_RECORD (waymark_plan_entry_new ());
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  LabelWait wait;
  ButtonWait button;
  GtkWidget *note;

  f.store = waymark_test_new_plan (&f.tmp);
  person = waymark_store_load_person (f.store, NULL);
  waymark_person_set_country (person, "GB");
  g_assert_true (waymark_store_save_person (f.store, person, NULL));
  for (int days_ago = 0; days_ago < 3; days_ago++)
    add_checkin (f.store, days_ago, 2);

  f.window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1000, 900);
  waymark_window_set_store (f.window, f.store);
  gtk_window_present (GTK_WINDOW (f.window));
  waymark_window_show_page (f.window, "journal");

  button = (ButtonWait) { GTK_WIDGET (f.window), "low-mood-plan", "_Write My Early Warning Signs" };
  wait_until (button_says, &button);
  g_assert_cmpstr (button_label (GTK_WIDGET (f.window), "low-mood-plan"), ==, "_Write My Early Warning Signs");
  g_assert_cmpstr (button_label (GTK_WIDGET (f.window), "low-mood-crisis"), ==, "Write My _Crisis Plan");
  note = gtk_widget_get_parent (find_by_name (f.window, "low-mood-plan"));
  while (note != NULL && !GTK_IS_REVEALER (note))
    note = gtk_widget_get_parent (note);
  g_assert_nonnull (note);
  g_assert_nonnull (waymark_test_find_label (note, "Writing down the first signs that things are getting harder",
                                             TRUE));
  g_assert_nonnull (find_number_link (note, "116 123"));
  g_assert_true (shows_label (note, "Suggested for United Kingdom, checked 6 December 2026"));

  /* Once the person has written a sign and a crisis plan, the buttons
   * open them. */
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_KIND, WAYMARK_PLAN_ENTRY_WARNING_SIGN);
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_TEXT, "Skipping meals");
  g_assert_true (waymark_store_save (f.store, sign, &error));
  g_assert_no_error (error);
  add_crisis_text (f.store, "coping", "A long walk by the river");
  button = (ButtonWait) { GTK_WIDGET (f.window), "low-mood-plan", "_Open Early Warning Plan" };
  wait_until (button_says, &button);
  g_assert_cmpstr (button_label (GTK_WIDGET (f.window), "low-mood-plan"), ==, "_Open Early Warning Plan");
  g_assert_cmpstr (button_label (GTK_WIDGET (f.window), "low-mood-crisis"), ==, "Open My _Crisis Plan");
  g_assert_nonnull (waymark_test_find_label (note, "Your early warning plan has the steps you wrote", TRUE));

  /* An empty section, reached from the note, says what belongs in it. */
  {
    g_autoptr(WaymarkDeletion) deletion = waymark_store_delete (f.store, sign, NULL);

    g_assert_nonnull (deletion);
  }
  button = (ButtonWait) { GTK_WIDGET (f.window), "low-mood-plan", "_Write My Early Warning Signs" };
  wait_until (button_says, &button);
  gtk_widget_activate (find_by_name (f.window, "low-mood-plan"));
  wait_until (plan_page_shown, f.window);
  wait = (LabelWait) { find_by_name (f.window, "warning-signs"), "Small changes that tell you things may be "
                       "getting harder, like sleeping badly or not answering messages, and what you will do "
                       "when you notice them." };
  g_assert_nonnull (wait.root);
  wait_until (label_shown, &wait);
  g_assert_true (label_shown (&wait));

  /* The crisis button opens the crisis plan. */
  waymark_window_show_page (f.window, "journal");
  waymark_test_pump ();
  gtk_widget_activate (find_by_name (f.window, "low-mood-crisis"));
  f.page = NULL;
  wait_until (page_found, &f);
  g_assert_nonnull (f.page);
  g_assert_true (gtk_widget_get_mapped (f.page));

  close_plan (&f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/crisis-modes/full-plan-opens-to-read", test_full_plan_opens_to_read);
  g_test_add_func ("/waymark/crisis-modes/empty-plan-opens-to-write", test_empty_plan_opens_to_write);
  g_test_add_func ("/waymark/crisis-modes/read-view-follows-the-plan", test_read_view_follows_the_plan);
  g_test_add_func ("/waymark/crisis-modes/low-mood-note", test_low_mood_note);
  g_test_add_func ("/waymark/crisis-modes/deleting-a-person-names-them", test_deleting_a_person_names_them);
  g_test_add_func ("/waymark/crisis-modes/deleting-a-review-names-its-date", test_deleting_a_review_names_its_date);

  return g_test_run ();
}
