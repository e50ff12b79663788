/* test-journal-page.c: the Journal page and the check-in editor, in-process
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "waymark-checkin-editor.h"
#include "waymark-checkin-editor-private.h"
#include "waymark-draft.h"
#include "waymark-checkin-highlight.h"
#include "waymark-questionnaire-dialog.h"
#include "waymark-checkin-row.h"
#include "waymark-clock.h"
#include "waymark-text-preview.h"
#include "waymark-journal-page.h"
#include "waymark-page.h"
#include "waymark-plan-entry.h"
#include "waymark-record-section.h"
#include "waymark-resources.h"
#include "waymark-gui-test-utils.h"
#include "waymark-date.h"
#include "waymark-test-utils.h"
#include "waymark-trend-chart-view.h"
#include "waymark-window.h"

static GtkWindow *
find_editor (void)
{
  GtkWindow *editor = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (WAYMARK_IS_CHECKIN_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);

  return editor;
}

typedef struct
{
  char          *tmp;
  WaymarkStore  *store;
  WaymarkWindow *window;
  GtkWidget     *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
  f->window = waymark_window_new (NULL);
  waymark_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  waymark_window_show_page (f->window, "journal");
  f->page = find_by_type (GTK_WIDGET (f->window), WAYMARK_TYPE_JOURNAL_PAGE);
  g_assert_nonnull (f->page);
  waymark_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *editor;

  while ((editor = find_editor ()) != NULL)
    gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

static void
test_new_checkin_from_the_window (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *scale;

  g_assert_null (find_editor ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();

  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (editor)), ==, GTK_ACCESSIBLE_ROLE_WINDOW);

  /* The mood scale has the focus, unrecorded until it moves. */
  scale = gtk_window_get_focus (editor);
  g_assert_true (GTK_IS_SCALE (scale));
  gtk_range_set_value (GTK_RANGE (scale), 8);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();

  g_assert_null (find_editor ());
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (f->page))), ==, 1);
}

/* What the plan file itself says, read through a connection of its
 * own, as another program (or the next start) would read it. */
static int
share_mark_in_file (Fixture *f)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int mark;

  g_assert_cmpint (sqlite3_open_v2 (waymark_store_get_path (f->store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT share_with_care_team FROM checkin", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  mark = sqlite3_column_int (stmt, 0);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return mark;
}

static void
save_with_share (Fixture  *f,
                 gboolean  toggle)
{
  GtkWindow *editor = find_editor ();
  GtkWidget *share, *row;

  g_assert_nonnull (editor);
  share = find_by_name (editor, "share-switch");
  g_assert_nonnull (share);
  row = gtk_widget_get_ancestor (share, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);

  /* Off for a new check-in: a note stays private unless marked. */
  if (toggle)
    {
      gboolean was = gtk_switch_get_active (GTK_SWITCH (share));
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      /* As a click on the row, or its mnemonic, does; the switch moves
       * when its slide ends. */
      adw_action_row_activate (ADW_ACTION_ROW (row));
      while (gtk_switch_get_active (GTK_SWITCH (share)) == was && g_get_monotonic_time () < deadline)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
      g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (share)), !=, was);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();
  g_assert_null (find_editor ());
}

/* The journal's list says which notes are shared, to the eye and in
 * the row's accessible name. */
static void
assert_row_says_shared (Fixture  *f,
                        gboolean  shared)
{
  GtkWidget *row = find_by_type (f->window, WAYMARK_TYPE_CHECKIN_ROW);
  GtkLabel *label;
  g_autofree char *spoken = NULL;
  g_autofree char *mismatch = NULL;

  g_assert_nonnull (row);
  label = waymark_test_find_label (row, "Shared with your care team", FALSE);
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (label)), ==, shared);

  spoken = waymark_checkin_describe (waymark_checkin_row_get_checkin (WAYMARK_CHECKIN_ROW (row)), NULL);
  g_assert_cmpint (strstr (spoken, "Shared with your care team.") != NULL, ==, shared);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
  g_assert_null (mismatch);
}

/* The "Share with my care team" mark, set in the editor as a person
 * sets it, is in the plan file once saved, shows again when the
 * check-in is opened, and comes off the same way. */
static void
test_share_mark (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *mismatch = NULL;
  GtkWindow *editor;
  GtkWidget *share;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  share = find_by_name (editor, "share-switch");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (share)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (share)), ==, GTK_ACCESSIBLE_ROLE_SWITCH);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (share), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "Share with my care team");
  g_assert_null (mismatch);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (editor, GTK_TYPE_TEXT_VIEW))),
                            "Worth telling Dr Okafor about the dizziness", -1);
  save_with_share (f, TRUE);
  g_assert_cmpint (share_mark_in_file (f), ==, 1);
  assert_row_says_shared (f, TRUE);

  /* Opened again, it says so; switched off, the file says so too. */
  id = waymark_test_count_rows (f->store, "SELECT id FROM checkin");
  g_assert_true (gtk_widget_activate_action (f->page, "journal.edit-checkin", "x", id));
  waymark_test_pump ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (find_by_name (editor, "share-switch"))));
  save_with_share (f, TRUE);
  g_assert_cmpint (share_mark_in_file (f), ==, 0);
  assert_row_says_shared (f, FALSE);

  /* Saved untouched, an edit leaves the mark as it was. */
  g_assert_true (gtk_widget_activate_action (f->page, "journal.edit-checkin", "x", id));
  waymark_test_pump ();
  save_with_share (f, FALSE);
  g_assert_cmpint (share_mark_in_file (f), ==, 0);
}

/* The mark is kept in the check-in's draft as it is set, and the
 * editor offered back from the draft shows it again. */
static void
test_share_mark_in_draft (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor, *again;
  WaymarkDraft *draft;
  gboolean share = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (editor, GTK_TYPE_TEXT_VIEW))),
                            "Ask about the side effects", -1);
  gtk_switch_set_active (GTK_SWITCH (find_by_name (editor, "share-switch")), TRUE);
  g_assert_true (_waymark_checkin_editor_write_draft (editor));

  drafts = waymark_store_load_drafts (f->store, WAYMARK_DRAFT_CHECKIN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = drafts->pdata[0];
  g_assert_true (g_variant_lookup (draft->payload, "share", "b", &share));
  g_assert_true (share);

  /* As if Waymark had stopped there: the draft, offered back. */
  gtk_window_destroy (editor);
  waymark_test_pump ();
  again = waymark_checkin_editor_new_from_draft (GTK_WINDOW (f->window), f->store, draft, FALSE);
  gtk_window_present (again);
  waymark_test_pump ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (find_by_name (again, "share-switch"))));
}

static void
add_checkin_to (WaymarkStore *store,
                int           days_ago,
                int           mood,
                const char   *note)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) at = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (at, -5);

  waymark_checkin_set_time (checkin, earlier);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, mood);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, NULL));
}

static void
add_checkin (Fixture    *f,
             int         days_ago,
             int         mood,
             const char *note)
{
  add_checkin_to (f->store, days_ago, mood, note);
}

/* Until the page has its day series (read in another thread). */
static void
wait_for_charts (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;

  waymark_test_pump ();
  while (waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (f->page)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (f->page)));
  waymark_test_pump ();
}

/* Until the page has begun reading its day series again, after a
 * change: the read is then under way. */
static void
wait_for_reading (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;

  while (!waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (f->page)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (f->page)));
}

static GtkWidget *
find_revealer_with_text (GtkWidget  *root,
                         const char *text)
{
  if (GTK_IS_REVEALER (root))
    {
      GtkWidget *child = gtk_revealer_get_child (GTK_REVEALER (root));

      if (child != NULL && waymark_test_find_label (child, text, TRUE) != NULL)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_revealer_with_text (child, text);
      if (found)
        return found;
    }

  return NULL;
}

static GtkWidget *
warning_revealer (Fixture *f)
{
  GtkWidget *revealer = find_revealer_with_text (f->page, "");

  g_assert_nonnull (revealer);
  return revealer;
}

/* The note's message: the first label in it. */
static const char *
warning_text (Fixture *f)
{
  GtkWidget *box = gtk_revealer_get_child (GTK_REVEALER (warning_revealer (f)));
  GtkWidget *label = find_by_type (box, GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
test_early_warning_note (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(WaymarkRecord) sign = WAYMARK_RECORD (waymark_plan_entry_new ());

  /* Nothing to say yet. */
  add_checkin (f, 2, 6, "Fine");
  wait_for_charts (f);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));

  /* A note that mentions one of the person's own signs. */
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_KIND, WAYMARK_PLAN_ENTRY_WARNING_SIGN);
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_TEXT, "Skipping meals");
  g_assert_true (waymark_store_save (f->store, sign, NULL));
  add_checkin (f, 1, 6, "Skipped meals again, not hungry");
  wait_for_charts (f);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));
  g_assert_nonnull (strstr (warning_text (f), "“Skipping meals”"));
  /* No country, no crisis line made up. */
  g_assert_null (strstr (warning_text (f), "you can call"));

  /* Three low days: the mood the person chose, in calm words, and the
   * crisis line of the country the plan says. */
  {
    g_autoptr(WaymarkPerson) person = waymark_store_load_person (f->store, NULL);

    waymark_person_set_country (person, "GB");
    g_assert_true (waymark_store_save_person (f->store, person, NULL));
  }
  add_checkin (f, 0, 2, "");
  add_checkin (f, 1, 2, "");
  add_checkin (f, 2, 2, "");
  wait_for_charts (f);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));
  g_assert_nonnull (strstr (warning_text (f), "below the 4 you chose"));
  g_assert_nonnull (strstr (warning_text (f), "If it gets to be too much, you can call Samaritans on 116\u00a0123."));

  /* Hidden on request, until the next check-in. */
  g_assert_true (gtk_widget_activate_action (f->page, "journal.dismiss-warning", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));

  /* Its button leads to the plan's early warning signs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-plan-section", "s", "warning-signs"));
  waymark_test_pump ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (find_by_type (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK))), ==, "plan");
}

/* When the day changes, the page reads the journal again: here three
 * low days written by another connection to the file, which the page's
 * store never announced, show once the clock says so. */
static void
test_follows_the_day (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* The window's store holds the plan's lock; the other writer takes
   * it over, as another program would after asking. */
  g_autoptr(WaymarkStore) other = waymark_store_open_full (waymark_store_get_path (f->store),
                                                           WAYMARK_STORE_OPEN_EXISTING,
                                                           WAYMARK_PLAN_LOCK_TAKE_OVER, &error);

  g_assert_no_error (error);
  add_checkin_to (other, 0, 2, "");
  add_checkin_to (other, 1, 2, "");
  add_checkin_to (other, 2, 2, "");
  wait_for_charts (f);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));

  g_signal_emit_by_name (waymark_clock_get_default (), "day-changed");
  wait_for_charts (f);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (warning_revealer (f))));
  g_assert_nonnull (strstr (warning_text (f), "below the 4 you chose"));
}

static void
test_list_search_and_delete (Fixture       *f,
                             gconstpointer  data)
{
  GListModel *checkins;
  g_autoptr(WaymarkCheckin) newest = NULL;

  add_checkin (f, 3, 5, "Garden with Jo");
  add_checkin (f, 2, 6, "Library");
  add_checkin (f, 1, 7, "Garden again");
  waymark_test_pump ();

  checkins = waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 3);
  newest = g_list_model_get_item (checkins, 0);
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (newest), WAYMARK_CHECKIN_NOTE), ==, "Garden again");

  /* Delete, with the toast's Undo behind it. */
  waymark_journal_page_delete_checkin (WAYMARK_JOURNAL_PAGE (f->page), newest);
  waymark_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (checkins), ==, 2);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 2);
}

/* A 200 kB note: the row shows and names its start, never the whole of it
 * (that gave a Gtk-CRITICAL from the label, fatal here, and a name of
 * 204,800 characters), and the note is kept whole. */
static void
test_long_note (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(WaymarkCheckin) saved = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *mismatch = NULL;
  GtkWidget *row;
  GtkLabel *label;
  const char *shown;

  while (note->len < 200 * 1024)
    g_string_append (note, "Walked by the river and thought about the week ahead. ");
  g_string_truncate (note, 200 * 1024);
  add_checkin (f, 1, 6, note->str);
  waymark_test_pump ();

  row = find_by_type (f->window, WAYMARK_TYPE_CHECKIN_ROW);
  g_assert_nonnull (row);
  label = waymark_test_find_label (row, "Walked by the river", TRUE);
  g_assert_nonnull (label);
  shown = gtk_label_get_label (label);
  g_assert_cmpint (g_utf8_strlen (shown, -1), <=, WAYMARK_PREVIEW_CHARS + 1);
  g_assert_cmpint (g_utf8_strlen (shown, -1), >=, WAYMARK_PREVIEW_CHARS * 3 / 4);
  g_assert_true (g_str_has_suffix (shown, "…"));
  g_assert_true (g_str_has_prefix (note->str, "Walked by the river and thought about the week ahead. Walked"));
  /* Cut after a whole word. */
  g_assert_true (g_str_has_suffix (shown, "river…") || g_str_has_suffix (shown, "thought…") ||
                 g_str_has_suffix (shown, "about…") || g_str_has_suffix (shown, "the…") ||
                 g_str_has_suffix (shown, "week…") || g_str_has_suffix (shown, "ahead.…") ||
                 g_str_has_suffix (shown, "Walked…") || g_str_has_suffix (shown, "by…") ||
                 g_str_has_suffix (shown, "and…"));

  /* The row's accessible name is the spoken summary, bounded too. */
  saved = g_object_ref (waymark_checkin_row_get_checkin (WAYMARK_CHECKIN_ROW (row)));
  spoken = waymark_checkin_describe (saved, NULL);
  g_assert_cmpint (g_utf8_strlen (spoken, -1), <, WAYMARK_PREVIEW_CHARS + 200);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
  g_assert_null (mismatch);

  /* The plan keeps every character. */
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT length(note) FROM checkin"), ==, 200 * 1024);
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (saved), WAYMARK_CHECKIN_NOTE), ==, note->str);
}

static void
test_trackers_and_export (Fixture       *f,
                          gconstpointer  data)
{
  GList *toplevels;
  gboolean chooser = FALSE;
  GtkWindow *trackers = NULL;

  add_checkin (f, 1, 6, "");
  waymark_test_pump ();

  /* Trackers: a window with the plan's list of them. */
  g_assert_true (gtk_widget_activate_action (f->page, "journal.trackers", NULL));
  waymark_test_pump ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (g_strcmp0 (gtk_window_get_title (l->data), "Trackers") == 0)
      trackers = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (trackers);
  g_assert_nonnull (find_by_type (GTK_WIDGET (trackers), WAYMARK_TYPE_RECORD_SECTION));
  gtk_window_destroy (trackers);

  /* Export: a real file chooser asks where. */
  g_assert_true (gtk_widget_activate_action (f->page, "journal.export", NULL));
  waymark_test_pump ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data))
      {
        chooser = TRUE;
        g_autofree char *name = gtk_file_chooser_get_current_name (l->data);
        g_autofree char *ending = NULL;
        char today[16];

        /* Named for whose it is, what and when (issue 15, item 3). */
        waymark_local_today_iso (today);
        ending = g_strdup_printf (" \xe2\x80\x93 Journal \xe2\x80\x93 %s.csv", today);
        g_assert_true (g_str_has_suffix (name, ending));
        g_assert_false (g_str_has_prefix (name, ending));
      }
  g_list_free (toplevels);
  g_assert_true (chooser);
}

/* A check-in for a day not yet come is refused, said in full in the
 * editor, and what was entered stays. */
static void
test_future_checkin_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 3);
  GtkWindow *editor;
  GtkWidget *scale;
  GtkLabel *message = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();
  editor = find_editor ();
  scale = gtk_window_get_focus (editor);
  gtk_range_set_value (GTK_RANGE (scale), 7);
  gtk_calendar_select_day (GTK_CALENDAR (find_by_type (GTK_WIDGET (editor), GTK_TYPE_CALENDAR)), later);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();

  g_assert_true (find_editor () == editor);
  {
    /* The first visible label carrying the message. */
    GPtrArray *stack = g_ptr_array_new ();
    g_ptr_array_add (stack, editor);
    while (stack->len > 0 && message == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w) &&
            g_str_has_prefix (gtk_label_get_label (GTK_LABEL (w)), "That day hasn’t come yet."))
          message = GTK_LABEL (w);
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "That day hasn’t come yet. A check-in can be for today or any day before.");
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 7);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 0);
}

static GtkLabel *
find_visible_label_with_prefix (GtkWidget  *root,
                                const char *prefix)
{
  GtkLabel *found = NULL;
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w) &&
          g_str_has_prefix (gtk_label_get_label (GTK_LABEL (w)), prefix))
        found = GTK_LABEL (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);

  return found;
}

/* A check-in with nothing in it is not saved as a row of dashes: the
 * editor says so calmly and stays open; once something is set, the
 * message goes and the check-in saves. */
static void
test_empty_checkin_refused (Fixture       *f,
                            gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *scale;
  GtkLabel *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  scale = gtk_window_get_focus (editor);
  g_assert_true (GTK_IS_SCALE (scale));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();
  g_assert_true (find_editor () == editor);
  message = find_visible_label_with_prefix (GTK_WIDGET (editor), "There is nothing in this check-in yet.");
  g_assert_nonnull (message);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (message)), ==, GTK_ACCESSIBLE_ROLE_ALERT);
  /* Calm: not in the red of an error. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 0);

  /* A note of only spaces is still nothing. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_by_type (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW))),
                            "   ", -1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();
  g_assert_true (find_editor () == editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 0);

  gtk_range_set_value (GTK_RANGE (scale), 4);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  waymark_test_pump ();
  g_assert_null (find_editor ());
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin WHERE mood = 4"), ==, 1);
}

/* When a check-in was, as the row and the editor say it: no padding
 * ("Saturday   5 December"), in English and in German. */
static void
test_days_unpadded (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_assert_nonnull (setlocale (LC_ALL, locales[l]));
      for (int year = 2025; year <= 2026; year++)
        for (int d = 1; d <= 9; d++)
          {
            g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
            g_autoptr(GDateTime) at = g_date_time_new_local (year, 12, d, 8, 5, 0);
            g_autofree char *text = NULL;

            waymark_checkin_set_time (checkin, at);
            text = waymark_checkin_describe_time (checkin);
            if (strstr (text, "  ") != NULL || text[0] == ' ')
              g_error ("“%s” is padded with spaces (%s)", text, locales[l]);
            if (l == 1 && d == 5 && year == 2025)
              g_assert_cmpstr (text, ==, "Freitag, 5. Dezember 2025, 08:05");
          }
    }
  setlocale (LC_ALL, saved);
}

/* The list's row lit as just saved, or NULL. */
static WaymarkCheckinRow *
lit_row (GtkWidget *root)
{
  if (gtk_widget_has_css_class (root, WAYMARK_CHECKIN_HIGHLIGHT_CSS_CLASS) && gtk_widget_get_mapped (root))
    {
      for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
        if (WAYMARK_IS_CHECKIN_ROW (c))
          return WAYMARK_CHECKIN_ROW (c);
    }

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      WaymarkCheckinRow *row = lit_row (c);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* A check-in saved while the list shows older ones: the list scrolls
 * up to it and lights its row for a moment, then the light goes. */
static void
test_saved_checkin_shown (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *list_view = NULL;
  GtkAdjustment *vadjustment;
  GtkWindow *editor;
  GtkWidget *scale;
  WaymarkCheckinRow *row = NULL;
  gint64 id, deadline;

  for (int i = 1; i <= 60; i++)
    add_checkin (f, i, 5, "An older day");
  waymark_test_pump ();

  /* The list of check-ins (the drop-downs have list views of their own). */
  {
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, f->page);
    while (stack->len > 0 && list_view == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_LIST_VIEW (w) && gtk_widget_has_css_class (w, "waymark-checkin-list"))
          list_view = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (list_view);
  g_assert_true (gtk_widget_get_mapped (list_view));
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  waymark_test_pump ();
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  g_assert_null (lit_row (list_view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-checkin", NULL));
  waymark_test_pump ();
  editor = find_editor ();
  scale = gtk_window_get_focus (editor);
  gtk_range_set_value (GTK_RANGE (scale), 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  id = waymark_test_count_rows (f->store, "SELECT max(id) FROM checkin");

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline &&
         (gtk_adjustment_get_value (vadjustment) > 0 || (row = lit_row (list_view)) == NULL))
    waymark_test_pump ();
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_nonnull (row);
  g_assert_cmpint (waymark_record_get_id (WAYMARK_RECORD (waymark_checkin_row_get_checkin (row))), ==, id);

  /* Only a moment: the light goes by itself. */
  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline && lit_row (list_view) != NULL)
    waymark_test_pump ();
  g_assert_null (lit_row (list_view));
}

static void
series_seen_cb (GObject    *view,
                GParamSpec *pspec,
                GPtrArray  *seen)
{
  WaymarkDaySeries *series = waymark_chart_view_get_series (WAYMARK_CHART_VIEW (view));

  if (series != NULL)
    g_ptr_array_add (seen, g_object_ref (series));
}

static void
note_shown_cb (GObject    *revealer,
               GParamSpec *pspec,
               gboolean   *shown)
{
  if (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)))
    *shown = TRUE;
}

/* The charts' day series is read in another thread. A clinic's next
 * client's plan opened while the last one's is being read, or the plan
 * closed, must never show what was read of it: here the first plan has
 * six low days, the second two good ones, a month apart. */
static void
test_plan_switched_while_reading (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) next = waymark_test_new_plan (&tmp);
  GtkWidget *chart = find_by_type (f->page, WAYMARK_TYPE_TREND_CHART_VIEW);
  GtkWidget *note = warning_revealer (f);
  GtkWidget *card = gtk_revealer_get_child (GTK_REVEALER (gtk_widget_get_template_child (f->page, WAYMARK_TYPE_JOURNAL_PAGE, "chart_revealer")));
  GtkWidget *trend_label = GTK_WIDGET (gtk_widget_get_template_child (f->page, WAYMARK_TYPE_JOURNAL_PAGE, "trend_label"));
  const int widths[] = { 300, 1000 };
  int heights[G_N_ELEMENTS (widths)] = { 0, };
  gboolean note_shown = FALSE;

  for (int i = 0; i < 5; i++)
    add_checkin (f, i, 2, "");
  add_checkin_to (next, 0, 9, "");
  add_checkin_to (next, 40, 9, "");
  wait_for_charts (f);
  g_assert_cmpuint (waymark_day_series_get_n_days (waymark_chart_view_get_series (WAYMARK_CHART_VIEW (chart))), ==, 5);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (note)));

  /* One more low day: the page reads the first plan again... */
  add_checkin (f, 5, 2, "");
  wait_for_reading (f);
  g_signal_connect (chart, "notify::series", G_CALLBACK (series_seen_cb), seen);
  g_signal_connect (note, "notify::reveal-child", G_CALLBACK (note_shown_cb), &note_shown);

  /* ...and the next client's plan is opened meanwhile. Until its
   * series comes, the chart card keeps the height it will have: nothing
   * below it moves when the series comes. */
  waymark_window_set_store (f->window, next);
  g_assert_true (waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (f->page)));
  g_assert_cmpfloat (gtk_widget_get_opacity (trend_label), ==, 0.0);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, widths[i], &heights[i], NULL, NULL, NULL);
  wait_for_charts (f);
  g_assert_cmpfloat (gtk_widget_get_opacity (trend_label), ==, 1.0);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (trend_label)), "9.0"));
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      int height = 0;

      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, widths[i], &height, NULL, NULL, NULL);
      g_assert_cmpint (height, ==, heights[i]);
    }
  g_assert_cmpuint (seen->len, >, 0);
  for (guint i = 0; i < seen->len; i++)
    g_assert_cmpuint (waymark_day_series_get_n_days (g_ptr_array_index (seen, i)), ==, 2);
  g_assert_false (note_shown);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (note)));

  /* The plan closed while the page reads it: nothing more is shown. */
  add_checkin_to (next, 2, 1, "");
  wait_for_reading (f);
  g_ptr_array_set_size (seen, 0);
  waymark_store_close (next);
  wait_for_charts (f);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_false (note_shown);

  g_signal_handlers_disconnect_by_data (chart, seen);
  g_signal_handlers_disconnect_by_data (note, &note_shown);
  waymark_window_set_store (f->window, NULL);
  g_clear_object (&next);
  waymark_test_remove_tree (tmp);
}

static guint
view_n_items (Fixture *f)
{
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (f->page, WAYMARK_TYPE_JOURNAL_PAGE, "list_view"));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

static void
wait_for_view_items (Fixture *f,
                     guint    n)
{
  gint64 deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;

  while (view_n_items (f) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (view_n_items (f), ==, n);
}

/* A long journal is given to the list a few rows a frame, the first
 * rows first, until the list has it whole; so is what a search finds. */
static void
test_long_list_grows (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) long_journal = waymark_test_new_plan (&tmp);
  GtkEditable *search;

  g_assert_true (waymark_store_begin_batch (long_journal, NULL));
  for (int i = 0; i < 300; i++)
    add_checkin_to (long_journal, i, 5, i % 3 == 0 ? "A walk by the river" : "");
  g_assert_true (waymark_store_end_batch (long_journal, TRUE, NULL));

  waymark_window_set_store (f->window, long_journal);
  g_assert_true (waymark_page_is_loaded (WAYMARK_PAGE (f->page)));
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (f->page))),
                    ==, 300);
  /* Read, but not yet given to the list, which has no rows to make. */
  g_assert_cmpuint (view_n_items (f), <, 300);
  wait_for_view_items (f, 300);

  search = GTK_EDITABLE (gtk_widget_get_template_child (f->page, WAYMARK_TYPE_JOURNAL_PAGE, "search_entry"));
  gtk_editable_set_text (search, "river");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (f->page))),
                    ==, 100);
  g_assert_cmpuint (view_n_items (f), <, 100);
  wait_for_view_items (f, 100);

  waymark_window_set_store (f->window, NULL);
  g_clear_object (&long_journal);
  waymark_test_remove_tree (tmp);
}

/* Intake often starts with a questionnaire: the empty journal offers
 * both, before any check-in. */
static void
test_questionnaires_from_empty_journal (Fixture       *f,
                                        gconstpointer  data)
{
  const char *names[] = { "PHQ-9", "GAD-7" };

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_by_type (f->page, GTK_TYPE_STACK))), ==, "empty");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *empty = gtk_stack_get_visible_child (GTK_STACK (find_by_type (f->page, GTK_TYPE_STACK)));
      GtkWidget *button = NULL;
      GtkWindow *dialog = NULL;
      GList *toplevels;
      GPtrArray *stack = g_ptr_array_new ();

      g_ptr_array_add (stack, empty);
      while (stack->len > 0 && button == NULL)
        {
          GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

          if (GTK_IS_BUTTON (w) && gtk_widget_is_visible (w) && gtk_button_get_label (GTK_BUTTON (w)) &&
              strstr (gtk_button_get_label (GTK_BUTTON (w)), names[i]) != NULL)
            button = w;
          for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
            g_ptr_array_add (stack, c);
        }
      g_ptr_array_unref (stack);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_is_sensitive (button));

      g_signal_emit_by_name (button, "clicked");
      waymark_test_pump ();

      toplevels = gtk_window_list_toplevels ();
      for (GList *l = toplevels; l; l = l->next)
        if (WAYMARK_IS_QUESTIONNAIRE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          dialog = l->data;
      g_list_free (toplevels);
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (gtk_window_get_title (dialog), names[i]));
      gtk_window_destroy (dialog);
      waymark_test_pump ();
    }
}


static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *row)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, row, &bounds));
  return bounds;
}

static void
assert_apart (const graphene_rect_t *a,
              const graphene_rect_t *b)
{
  graphene_rect_t overlap;

  if (graphene_rect_intersection (a, b, &overlap))
    g_assert_true (overlap.size.width < 0.5 || overlap.size.height < 0.5);
}

/* The row lays its children out itself: at its narrowest (a phone's
 * width) and at a desktop's, left to right and right to left, every child is inside
 * the row, none covers another, the lines of text go down in order and
 * the row is as tall as its text. */
static void
test_row_layout (void)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) at = g_date_time_new_local (2025, 9, 24, 20, 15, 0);
  int widths[] = { 0, 900 };

  waymark_checkin_set_time (checkin, at);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 7);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_ANXIETY, 3);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE,
                           "Walked to the park with Jo, then cooked soup and called Mum about the weekend");
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM, 1);

  for (guint d = 0; d < 2; d++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        GtkWidget *window = gtk_window_new ();
        WaymarkCheckinRow *row = waymark_checkin_row_new ();
        GtkWidget *badge, *title, *mood, *summary, *note, *shared, *button;
        graphene_rect_t b_badge, b_title, b_mood, b_summary, b_note, b_shared, b_button, b_row;
        int height;

        gtk_widget_set_direction (GTK_WIDGET (row), d == 0 ? GTK_TEXT_DIR_LTR : GTK_TEXT_DIR_RTL);
        waymark_checkin_row_set_checkin (row, NULL, checkin);
        gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
        gtk_window_present (GTK_WINDOW (window));
        waymark_test_pump ();

        /* Placed by hand, margins included, at exactly that width. */
        gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_HORIZONTAL, -1, &widths[0], NULL, NULL, NULL);
        g_assert_cmpint (widths[0], <, 360);
        gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_VERTICAL, widths[w], NULL, &height, NULL, NULL);
        gtk_widget_size_allocate (GTK_WIDGET (row), &(GtkAllocation) { 0, 0, widths[w], height }, -1);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (row)), ==,
                         widths[w] - gtk_widget_get_margin_start (GTK_WIDGET (row)) - gtk_widget_get_margin_end (GTK_WIDGET (row)));

        badge = gtk_widget_get_first_child (GTK_WIDGET (row));
        title = gtk_widget_get_next_sibling (badge);
        mood = gtk_widget_get_next_sibling (title);
        summary = gtk_widget_get_next_sibling (mood);
        note = gtk_widget_get_next_sibling (summary);
        shared = gtk_widget_get_next_sibling (note);
        button = gtk_widget_get_next_sibling (shared);
        g_assert_true (GTK_IS_BUTTON (button));
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "7");
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (mood)), ==, waymark_mood_word (7));
        g_assert_true (gtk_widget_get_visible (shared));

        b_row = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (row)),
                                    gtk_widget_get_height (GTK_WIDGET (row)));
        b_badge = bounds_in (badge, GTK_WIDGET (row));
        b_title = bounds_in (title, GTK_WIDGET (row));
        b_mood = bounds_in (mood, GTK_WIDGET (row));
        b_summary = bounds_in (summary, GTK_WIDGET (row));
        b_note = bounds_in (note, GTK_WIDGET (row));
        b_shared = bounds_in (shared, GTK_WIDGET (row));
        b_button = bounds_in (button, GTK_WIDGET (row));

        {
          const graphene_rect_t *all[] = { &b_badge, &b_title, &b_mood, &b_summary, &b_note, &b_shared, &b_button };

          for (guint i = 0; i < G_N_ELEMENTS (all); i++)
            {
              g_assert_true (graphene_rect_contains_rect (&b_row, all[i]));
              g_assert_cmpfloat (all[i]->size.width, >, 0);
              g_assert_cmpfloat (all[i]->size.height, >, 0);
              for (guint j = i + 1; j < G_N_ELEMENTS (all); j++)
                assert_apart (all[i], all[j]);
            }
        }

        /* Reading order: the badge first, the button last, on the reading side. */
        if (d == 0)
          g_assert_true (b_badge.origin.x < b_title.origin.x && b_title.origin.x < b_button.origin.x &&
                         b_title.origin.x < b_mood.origin.x);
        else
          g_assert_true (b_badge.origin.x > b_title.origin.x && b_title.origin.x > b_button.origin.x &&
                         b_title.origin.x > b_mood.origin.x);
        g_assert_cmpfloat (b_title.origin.y, <, b_summary.origin.y);
        g_assert_cmpfloat (b_summary.origin.y, <, b_note.origin.y);
        g_assert_cmpfloat (b_note.origin.y, <, b_shared.origin.y);

        /* As tall as its text, the note's two lines at most included. */
        g_assert_cmpfloat (fabs (b_shared.origin.y + b_shared.size.height - gtk_widget_get_height (GTK_WIDGET (row))), <, 1);
        g_assert_cmpfloat (b_note.size.height, <, 3 * b_shared.size.height);

        /* The button opens the row's menu, made then, by the button. */
        if (w == 0)
          {
            GtkWidget *menu;
            GMenuModel *model;
            graphene_rect_t b_menu;
            GdkRectangle at;

            g_assert_null (gtk_widget_get_next_sibling (button));
            g_signal_emit_by_name (button, "clicked");
            waymark_test_pump ();
            menu = gtk_widget_get_next_sibling (button);
            g_assert_true (GTK_IS_POPOVER_MENU (menu));
            g_assert_true (gtk_widget_get_visible (menu));
            model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
            g_assert_cmpint (g_menu_model_get_n_items (g_menu_model_get_item_link (model, 0, G_MENU_LINK_SECTION)), ==, 2);
            g_assert_true (gtk_popover_get_pointing_to (GTK_POPOVER (menu), &at));
            b_menu = GRAPHENE_RECT_INIT (at.x, at.y, at.width, at.height);
            g_assert_true (graphene_rect_equal (&b_menu, &b_button));
            gtk_popover_popdown (GTK_POPOVER (menu));
            waymark_test_pump ();
          }

        gtk_window_destroy (GTK_WINDOW (window));
      }
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

  g_test_add_func ("/waymark/journal/row-layout", test_row_layout);
  g_test_add ("/waymark/journal/new-checkin", Fixture, NULL,
              fixture_set_up, test_new_checkin_from_the_window, fixture_tear_down);

  g_test_add ("/waymark/journal/early-warning-note", Fixture, NULL,
              fixture_set_up, test_early_warning_note, fixture_tear_down);
  g_test_add ("/waymark/journal/follows-the-day", Fixture, NULL,
              fixture_set_up, test_follows_the_day, fixture_tear_down);
  g_test_add ("/waymark/journal/list-and-delete", Fixture, NULL,
              fixture_set_up, test_list_search_and_delete, fixture_tear_down);

  g_test_add ("/waymark/journal/share-mark", Fixture, NULL,
              fixture_set_up, test_share_mark, fixture_tear_down);
  g_test_add ("/waymark/journal/share-mark-in-draft", Fixture, NULL,
              fixture_set_up, test_share_mark_in_draft, fixture_tear_down);
  g_test_add ("/waymark/journal/long-note", Fixture, NULL,
              fixture_set_up, test_long_note, fixture_tear_down);
  g_test_add ("/waymark/journal/trackers-and-export", Fixture, NULL,
              fixture_set_up, test_trackers_and_export, fixture_tear_down);

  g_test_add ("/waymark/journal/future-checkin-refused", Fixture, NULL,
              fixture_set_up, test_future_checkin_refused, fixture_tear_down);

  g_test_add ("/waymark/journal/empty-checkin-refused", Fixture, NULL,
              fixture_set_up, test_empty_checkin_refused, fixture_tear_down);
  g_test_add ("/waymark/journal/days-unpadded", Fixture, NULL,
              fixture_set_up, test_days_unpadded, fixture_tear_down);

  g_test_add ("/waymark/journal/plan-switched-while-reading", Fixture, NULL,
              fixture_set_up, test_plan_switched_while_reading, fixture_tear_down);
  g_test_add ("/waymark/journal/long-list-grows", Fixture, NULL,
              fixture_set_up, test_long_list_grows, fixture_tear_down);
  g_test_add ("/waymark/journal/saved-checkin-shown", Fixture, NULL,
              fixture_set_up, test_saved_checkin_shown, fixture_tear_down);
  g_test_add ("/waymark/journal/questionnaires-from-empty-journal", Fixture, NULL,
              fixture_set_up, test_questionnaires_from_empty_journal, fixture_tear_down);

  return g_test_run ();
}
