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

#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-page.h"
#include "waymark-gui-test-utils.h"
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

static void
open_plan (Fixture    *f,
           const char *page)
{
  f->window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 900);
  waymark_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  waymark_window_show_page (f->window, page);
  wait_until (page_found, f);
  g_assert_nonnull (f->page);
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
  GtkLabel *label = waymark_test_find_label (wait->root, wait->text, FALSE);

  return label != NULL && gtk_widget_get_mapped (GTK_WIDGET (label));
}

static gboolean
section_has_rows (gpointer data)
{
  GListModel *records = waymark_record_section_get_records (data);

  return records != NULL && g_list_model_get_n_items (records) > 0;
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

  g_test_add_func ("/waymark/crisis-modes/deleting-a-person-names-them", test_deleting_a_person_names_them);
  g_test_add_func ("/waymark/crisis-modes/deleting-a-review-names-its-date", test_deleting_a_review_names_its_date);

  return g_test_run ();
}
