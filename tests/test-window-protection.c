/* test-window-protection.c: a window's protected plan: the lock screen, a
 * wrong and a right passphrase, locking (by hand and when left alone)
 * with nothing of the plan left in the widget tree, and the Protect,
 * Change Passphrase and Remove Protection dialogs
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "waymark-crisis-copy.h"
#include "waymark-crisis-read-view.h"
#include "waymark-idle-lock.h"
#include "waymark-plan-protection.h"
#include "waymark-protect-dialog.h"
#include "waymark-recovery-key-dialog.h"
#include "waymark-resources.h"
#include "waymark-settings.h"
#include "waymark-sample-data.h"
#include "waymark-store-error.h"
#include "waymark-unlock-page.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

#define PASSPHRASE "seven blue kites over the harbour"
#define DEADLINE (60 * G_USEC_PER_SEC)

typedef gboolean (*Condition) (gpointer data);

/* As a click on one of the dialog's buttons: its response, then it closes. */
static void
respond (gpointer    dialog,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
}

/* Waits on a condition, with a deadline for a loaded machine. */
static gboolean
wait_for (Condition condition,
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static const char *
content_page (WaymarkWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (find_by_name (window, "content-stack")));
}

/* Any text in @root's whole tree, shown or not, that holds @text: a
 * label, a field, a text view. What is not in the widget tree is not in
 * the accessibility tree either. */
static gboolean
tree_holds (GtkWidget  *root,
            const char *text)
{
  const char *have = NULL;
  g_autofree char *buffer_text = NULL;

  if (GTK_IS_LABEL (root))
    have = gtk_label_get_text (GTK_LABEL (root));
  else if (GTK_IS_EDITABLE (root))
    have = gtk_editable_get_text (GTK_EDITABLE (root));
  else if (GTK_IS_TEXT_VIEW (root))
    {
      GtkTextIter start, end;
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (root));

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      have = buffer_text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    }
  else if (GTK_IS_WINDOW (root) && gtk_window_get_title (GTK_WINDOW (root)) != NULL)
    have = gtk_window_get_title (GTK_WINDOW (root));

  if (have != NULL && strstr (have, text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (tree_holds (child, text))
      return TRUE;

  return FALSE;
}

/* The application opens the plan the window asks for; here, at once. */
static void
open_plan_cb (WaymarkWindow *window,
              const char    *path,
              gboolean       create,
              gpointer       user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);

  g_assert_no_error (error);
  waymark_window_set_store (window, store);
}

static WaymarkWindow *
new_window (void)
{
  WaymarkWindow *window = waymark_window_new (NULL);

  g_signal_connect (window, "open-plan", G_CALLBACK (open_plan_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Sam's plan, protected, its key forgotten as after a restart. */
static char *
make_protected_plan (const char *tmp,
                     char      **recovery_key)
{
  char *path = g_build_filename (tmp, "sam.waymark", NULL);
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;

  g_assert_true (waymark_sample_data_write_file (path, 14, NULL, NULL));
  g_assert_true (waymark_plan_protect (path, PASSPHRASE, &recovery, &key, &error));
  g_assert_no_error (error);
  g_assert_nonnull (recovery);
  waymark_plan_keys_forget (path);
  if (recovery_key != NULL)
    *recovery_key = g_steal_pointer (&recovery);

  return path;
}

static gboolean
has_store (gpointer window)
{
  return waymark_window_get_store (window) != NULL;
}

static gboolean
message_shown (gpointer page)
{
  GtkWidget *message = find_by_name (page, "unlock-message");

  return gtk_widget_get_visible (message) &&
         gtk_widget_is_sensitive (find_by_name (page, "unlock-button"));
}

static gboolean
is_locked (gpointer window)
{
  return g_strcmp0 (content_page (window), "locked") == 0;
}

static void
type_and_unlock (WaymarkUnlockPage *page,
                 const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_by_name (page, "unlock-entry")), text);
  g_signal_emit_by_name (find_by_name (page, "unlock-button"), "clicked");
}

static GtkWidget *
unlock_page (WaymarkWindow *window)
{
  return find_by_type (window, WAYMARK_TYPE_UNLOCK_PAGE);
}

/* The store refuses the plan without its key; the window shows only the
 * lock screen; a wrong passphrase says so under the field, which keeps
 * the focus, any number of times; the right one opens the plan. */
static void
test_unlock (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) refused = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  WaymarkWindow *window = new_window ();
  GtkWidget *page, *entry, *focus;
  gint64 started;

  g_assert_null (refused);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_PROTECTED);

  waymark_window_show_unlock (window, path);
  g_assert_cmpstr (content_page (window), ==, "locked");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "sam.waymark — Waymark");
  page = unlock_page (window);
  g_assert_nonnull (page);
  g_assert_false (tree_holds (GTK_WIDGET (window), "Sam Sample"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "lock-plan"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "protect-plan"));
  waymark_test_pump ();
  waymark_test_keep_screenshot (GTK_WIDGET (window), "unlock-wide-light.png");

  /* The field has the focus from the start. */
  entry = find_by_name (page, "unlock-entry");
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  for (int i = 0; i < 3; i++)
    {
      type_and_unlock (WAYMARK_UNLOCK_PAGE (page), "seven blue kites over the harbor");
      g_assert_true (wait_for (message_shown, page));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_by_name (page, "unlock-message"))), ==,
                       "That passphrase does not open this plan. Check Caps Lock and try again.");
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      g_assert_nonnull (focus);
      g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
      g_assert_null (waymark_window_get_store (window));
    }
  waymark_test_keep_screenshot (GTK_WIDGET (window), "unlock-wrong-light.png");

  started = g_get_monotonic_time ();
  type_and_unlock (WAYMARK_UNLOCK_PAGE (page), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  g_test_message ("Unlock to the plan open: %.2f s", (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  g_assert_cmpstr (content_page (window), ==, "plan");
  g_assert_null (unlock_page (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sam Sample — Waymark");
  g_assert_true (waymark_window_is_protected (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "lock-plan"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "change-passphrase"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "protect-plan"));

  /* Close Plan forgets the key: the plan asks again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL);
  g_clear_error (&error);
  refused = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_null (refused);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_PROTECTED);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);
}

/* The recovery key opens the plan from the lock screen too. */
static void
test_recovery_key (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *recovery = NULL;
  g_autofree char *path = make_protected_plan (tmp, &recovery);
  WaymarkWindow *window = new_window ();
  GtkWidget *page;

  waymark_window_show_unlock (window, path);
  page = unlock_page (window);
  g_signal_emit_by_name (find_by_name (page, "recovery-button"), "clicked");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (find_by_name (page, "unlock-entry"))),
                   ==, "Recovery Key");
  type_and_unlock (WAYMARK_UNLOCK_PAGE (page), recovery);
  g_assert_true (wait_for (has_store, window));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* Help stays one look away while the plan is locked: the numbers
 * suggested for the locale's country, no passphrase needed. */
static void
test_help_while_locked (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));
  g_autoptr(GString) text = g_string_new (NULL);
  WaymarkWindow *window;
  GtkWidget *net;

  g_setenv ("LC_ALL", "en_GB.UTF-8", TRUE);
  window = new_window ();
  waymark_window_show_unlock (window, path);
  net = find_by_name (unlock_page (window), "unlock-safety-net");
  g_assert_true (gtk_widget_is_visible (net));
  collect_labels (net, text);
  g_assert_nonnull (strstr (text->str, "United Kingdom"));
  g_assert_nonnull (strstr (text->str, "999"));
  g_assert_nonnull (strstr (text->str, "Samaritans"));

  gtk_window_destroy (GTK_WINDOW (window));
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  waymark_test_remove_tree (tmp);
}

/* Lock Plan: saved, closed, key forgotten, pages destroyed; nothing of
 * the plan anywhere in the window's tree. */
static void
test_lock (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) again = NULL;
  WaymarkWindow *window = new_window ();
  GtkWidget *page, *focus;
  gint64 started;

  waymark_window_show_unlock (window, path);
  type_and_unlock (WAYMARK_UNLOCK_PAGE (unlock_page (window)), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));

  /* Every page made and read, Sam's goals and check-ins on them. */
  for (const char * const *name = (const char * const[]) { "plan", "journal", "crisis", "timeline", "today", NULL };
       *name; name++)
    {
      waymark_window_show_page (window, *name);
      waymark_test_pump ();
    }
  waymark_window_show_page (window, "plan");
  waymark_test_wait_until_loaded (find_by_type (window, g_type_from_name ("WaymarkPlanPage")));
  waymark_window_show_page (window, "journal");
  waymark_test_wait_until_loaded (find_by_type (window, g_type_from_name ("WaymarkJournalPage")));
  g_assert_true (tree_holds (GTK_WIDGET (window), "Sam Sample"));
  g_assert_true (tree_holds (GTK_WIDGET (window), "Walk 30 minutes"));

  started = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.lock-plan", NULL);
  g_test_message ("Lock Plan with every page made: %.1f ms", (g_get_monotonic_time () - started) / 1000.0);
  g_assert_cmpstr (content_page (window), ==, "locked");
  g_assert_null (waymark_window_get_store (window));
  g_assert_cmpstr (waymark_window_get_path (window), ==, path);
  g_assert_false (tree_holds (GTK_WIDGET (window), "Sam Sample"));
  g_assert_false (tree_holds (GTK_WIDGET (window), "Walk 30 minutes"));
  g_assert_null (find_by_type (window, g_type_from_name ("WaymarkPlanPage")));
  g_assert_null (find_by_type (window, g_type_from_name ("WaymarkJournalPage")));
  g_assert_null (find_by_type (window, g_type_from_name ("WaymarkCrisisPage")));
  g_assert_null (find_by_type (window, g_type_from_name ("WaymarkTimelinePage")));

  /* The key is forgotten: the store refuses the plan again. */
  again = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_null (again);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_PROTECTED);

  /* And it unlocks again, from the field that has the focus. */
  page = unlock_page (window);
  waymark_test_pump ();
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, find_by_name (page, "unlock-entry")));
  type_and_unlock (WAYMARK_UNLOCK_PAGE (page), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  g_assert_true (tree_holds (GTK_WIDGET (window), "Sam Sample"));
  /* On the page it showed, made again. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find_by_type (window, ADW_TYPE_VIEW_STACK))),
                   ==, "journal");
  g_assert_nonnull (find_by_type (window, g_type_from_name ("WaymarkJournalPage")));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);
}

/* Left alone (WAYMARK_TEST_IDLE_LOCK_SECONDS), a protected plan locks;
 * a plain one never does. */
static void
test_idle_lock (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  g_autofree char *plain = g_build_filename (tmp, "plain.waymark", NULL);
  g_autoptr(WaymarkStore) plain_store = NULL;
  WaymarkWindow *window, *plain_window;
  gint64 until;

  /* Off by default; turned on while the plan is open. */
  g_setenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS", "1", TRUE);
  window = new_window ();
  plain_window = new_window ();
  g_assert_true (waymark_sample_data_write_file (plain, 3, NULL, NULL));
  plain_store = waymark_store_open (plain, WAYMARK_STORE_OPEN_EXISTING, NULL);
  waymark_window_set_store (plain_window, plain_store);

  waymark_window_show_unlock (window, path);
  type_and_unlock (WAYMARK_UNLOCK_PAGE (unlock_page (window)), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (is_locked (window));
  g_settings_set_int (waymark_settings_get (), "lock-idle-minutes", 2);
  g_assert_true (wait_for (is_locked, window));
  g_assert_false (tree_holds (GTK_WIDGET (window), "Sam Sample"));

  /* The plain plan stays open well past the time. */
  until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (waymark_window_get_store (plain_window));
  g_settings_reset (waymark_settings_get (), "lock-idle-minutes");
  g_unsetenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS");

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (plain_window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);
}

/* The dialog of @type on show (one closed a moment ago may linger). */
static GtkWindow *
shown (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
recovery_dialog_shown (gpointer data)
{
  return shown (WAYMARK_TYPE_RECOVERY_KEY_DIALOG) != NULL;
}

static gboolean
plan_reopened (gpointer window)
{
  return waymark_window_get_store (window) != NULL && g_strcmp0 (content_page (window), "plan") == 0;
}

static gboolean
told (gpointer data)
{
  GtkWindow *dialog = shown (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && !WAYMARK_IS_PROTECT_DIALOG (dialog);
}

static void
set_field (GtkWidget  *dialog,
           int         nth,
           const char *text)
{
  GtkWidget *list = find_by_type (dialog, GTK_TYPE_LIST_BOX);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), nth);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Protect This Plan…: typed twice, the same, before Protect can be
 * pressed; the plan is rewritten protected, opens again, and the
 * recovery key is shown once. Then Remove Protection… refuses a wrong
 * passphrase and takes the right one. */
static void
test_protect_and_remove (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  WaymarkWindow *window = new_window ();
  GtkWindow *dialog;
  GtkWidget *key_label;

  g_assert_true (waymark_sample_data_write_file (path, 3, NULL, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  waymark_window_set_store (window, store);
  g_clear_object (&store);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "protect-plan"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "remove-protection"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "lock-plan"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.protect-plan", NULL);
  dialog = shown (WAYMARK_TYPE_PROTECT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "protect"));
  set_field (GTK_WIDGET (dialog), 0, PASSPHRASE);
  set_field (GTK_WIDGET (dialog), 1, "seven blue kites");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "protect"));
  g_assert_true (tree_holds (GTK_WIDGET (dialog), "The two passphrases are not the same yet."));
  set_field (GTK_WIDGET (dialog), 1, PASSPHRASE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "protect"));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (find_by_type (dialog, GTK_TYPE_LEVEL_BAR))), >, 0);
  waymark_test_pump ();
  waymark_test_keep_screenshot (GTK_WIDGET (dialog), "protect-dialog-light.png");

  respond (dialog, "protect");
  g_assert_true (wait_for (recovery_dialog_shown, NULL));
  g_assert_true (wait_for (plan_reopened, window));
  g_assert_true (waymark_plan_is_protected (path));
  g_assert_true (waymark_window_is_protected (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "remove-protection"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "protect-plan"));

  dialog = shown (WAYMARK_TYPE_RECOVERY_KEY_DIALOG);
  key_label = find_by_name (dialog, "recovery-key");
  g_assert_nonnull (key_label);
  {
    g_auto(GStrv) words = g_strsplit (gtk_label_get_text (GTK_LABEL (key_label)), " ", -1);

    g_assert_cmpuint (g_strv_length (words), ==, 15);   /* the key's 15 words, as the core gives them */
  }
  waymark_test_pump ();
  waymark_test_keep_screenshot (GTK_WIDGET (dialog), "recovery-key-light.png");
  respond (dialog, "done");
  waymark_test_pump ();

  /* A wrong passphrase changes nothing, and says so. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-protection", NULL);
  dialog = shown (WAYMARK_TYPE_PROTECT_DIALOG);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "remove"));
  set_field (GTK_WIDGET (dialog), 0, "not it");
  respond (dialog, "remove");
  g_assert_true (wait_for (told, NULL));
  g_assert_true (wait_for (plan_reopened, window));
  g_assert_true (waymark_plan_is_protected (path));
  gtk_window_destroy (shown (ADW_TYPE_MESSAGE_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-protection", NULL);
  dialog = shown (WAYMARK_TYPE_PROTECT_DIALOG);
  set_field (GTK_WIDGET (dialog), 0, PASSPHRASE);
  respond (dialog, "remove");
  g_assert_true (wait_for (plan_reopened, window));
  while (waymark_plan_is_protected (path) || !plan_reopened (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (waymark_window_is_protected (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "protect-plan"));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

static GtkWindow *
toplevel_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return shown (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

/* Export Everything from a protected plan says first that the file it
 * writes is not protected; from a plain plan it asks where at once. */
static void
test_export_says_plain (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  g_autofree char *plain = g_build_filename (tmp, "plain.waymark", NULL);
  g_autoptr(WaymarkStore) plain_store = NULL;
  WaymarkWindow *window = new_window ();
  GtkWindow *note;

  waymark_window_show_unlock (window, path);
  type_and_unlock (WAYMARK_UNLOCK_PAGE (unlock_page (window)), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-all", NULL);
  note = toplevel_named ("plain-export-note");
  g_assert_nonnull (note);
  g_assert_true (tree_holds (GTK_WIDGET (note), "the file you export is not"));
  g_assert_null (shown (GTK_TYPE_FILE_CHOOSER_DIALOG));
  respond (note, "export");
  g_assert_true (wait_for (chooser_shown, NULL));
  gtk_window_destroy (shown (GTK_TYPE_FILE_CHOOSER_DIALOG));
  waymark_test_pump ();

  g_assert_true (waymark_sample_data_write_file (plain, 3, NULL, NULL));
  plain_store = waymark_store_open (plain, WAYMARK_STORE_OPEN_EXISTING, NULL);
  waymark_window_set_store (window, plain_store);
  g_assert_true (waymark_window_get_store (window) == plain_store);
  g_assert_false (waymark_window_is_protected (window));
  g_assert_null (toplevel_named ("plain-export-note"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-all", NULL);
  g_assert_null (toplevel_named ("plain-export-note"));
  g_assert_true (wait_for (chooser_shown, NULL));
  gtk_window_destroy (shown (GTK_TYPE_FILE_CHOOSER_DIALOG));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);
}

static gboolean
remember_answered (gpointer window)
{
  return tree_holds (window, "Remembered on this computer") ||
         tree_holds (window, "keyring is not available");
}

/* Remember on this computer: the plan opens whether or not the desktop
 * keyring can keep the key, and the window says which. */
static void
test_remember (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  WaymarkWindow *window = new_window ();
  GtkWidget *page, *check;

  waymark_window_show_unlock (window, path);
  page = unlock_page (window);
  check = find_by_name (page, "remember-check");
  g_assert_true (gtk_widget_get_visible (check));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  type_and_unlock (WAYMARK_UNLOCK_PAGE (page), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  g_assert_true (wait_for (remember_answered, window));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_plan_keys_forget (path);
  waymark_test_remove_tree (tmp);

  /* Never offered where it must not be (shared computer mode). */
  page = g_object_ref_sink (waymark_unlock_page_new ("/nowhere/plan.waymark", FALSE));
  g_assert_false (gtk_widget_get_visible (find_by_name (page, "remember-check")));
  g_object_unref (page);
}

static void
settle (void)
{
  for (int i = 0; i < 10; i++)
    waymark_test_pump ();
}

static void
keep (GtkWidget  *widget,
      const char *what,
      int         width,
      gboolean    dark)
{
  g_autofree char *name = g_strdup_printf ("%s-%d-%s.png", what, width, dark ? "dark" : "light");
  int minimum = 0;
  GtkWidget *page = find_by_type (widget, WAYMARK_TYPE_UNLOCK_PAGE);

  /* Everything of ours fits at 360 px (the lock screen in the window,
   * each dialog whole): nothing asks for more. */
  gtk_widget_measure (page ? page : widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  waymark_test_keep_screenshot (widget, name);
}

/* The lock screen, the protect dialog and the recovery key, at 360 px
 * and at a usual width, light and dark, for looking at by hand; each
 * fits in 360 px. */
static void
test_screenshots (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const int widths[] = { 360, 960 };

  for (int dark = 0; dark <= 1; dark++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        WaymarkWindow *window = waymark_window_new (NULL);
        GtkWidget *dialog;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 640);
        gtk_window_present (GTK_WINDOW (window));
        waymark_window_show_unlock (window, path);
        settle ();
        keep (GTK_WIDGET (window), "lock-screen", widths[w], dark);

        dialog = waymark_protect_dialog_new (GTK_WINDOW (window), WAYMARK_PROTECT_DIALOG_PROTECT);
        gtk_window_set_default_size (GTK_WINDOW (dialog), MIN (widths[w], 500), -1);
        gtk_window_present (GTK_WINDOW (dialog));
        set_field (dialog, 0, "seven blue");
        settle ();
        keep (dialog, "protect-dialog", widths[w], dark);
        gtk_window_destroy (GTK_WINDOW (dialog));

        dialog = waymark_recovery_key_dialog_new (GTK_WINDOW (window), 
                                                  /* 15 of the longest words (8 letters) */
                                                  "abstract accident acoustic activity business "
                                                  "category champion congress december document "
                                                  "electric elephant evidence exchange favorite");
        gtk_window_set_default_size (GTK_WINDOW (dialog), MIN (widths[w], 500), -1);
        gtk_window_present (GTK_WINDOW (dialog));
        settle ();
        keep (dialog, "recovery-key", widths[w], dark);
        gtk_window_destroy (GTK_WINDOW (dialog));

        gtk_window_destroy (GTK_WINDOW (window));
      }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  waymark_test_remove_tree (tmp);
}

/* Keep Crisis Plan Readable: explained before it is turned on; the lock
 * screen then shows the crisis plan without the passphrase; turned off,
 * the copy goes and so does the button. */
static void
test_readable_crisis_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = make_protected_plan (tmp, NULL);
  WaymarkWindow *window = new_window ();
  g_autoptr(GVariant) state = NULL;
  GtkWindow *dialog, *copy_window;
  GtkWidget *page, *view;

  waymark_window_show_unlock (window, path);
  g_assert_false (gtk_widget_get_visible (find_by_name (unlock_page (window), "crisis-copy-button")));
  type_and_unlock (WAYMARK_UNLOCK_PAGE (unlock_page (window)), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "readable-crisis-plan"));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "readable-crisis-plan");
  g_assert_false (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  g_action_group_change_action_state (G_ACTION_GROUP (window), "readable-crisis-plan", g_variant_new_boolean (TRUE));
  dialog = toplevel_named ("readable-crisis-plan-dialog");
  g_assert_nonnull (dialog);
  g_assert_false (waymark_crisis_copy_exists (path));
  respond (dialog, "readable");
  g_assert_true (waymark_crisis_copy_exists (path));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "readable-crisis-plan");
  g_assert_true (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* Locked: the crisis plan, one button away. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.lock-plan", NULL);
  page = unlock_page (window);
  g_assert_true (gtk_widget_get_visible (find_by_name (page, "crisis-copy-button")));
  g_signal_emit_by_name (find_by_name (page, "crisis-copy-button"), "clicked");
  copy_window = toplevel_named ("crisis-copy-window");
  g_assert_nonnull (copy_window);
  view = find_by_type (copy_window, g_type_from_name ("WaymarkCrisisReadView"));
  g_assert_nonnull (view);
  g_assert_false (waymark_crisis_read_view_is_empty (WAYMARK_CRISIS_READ_VIEW (view)));
  g_assert_null (waymark_window_get_store (window));
  settle ();
  waymark_test_keep_screenshot (GTK_WIDGET (copy_window), "crisis-copy-window.png");
  gtk_window_destroy (copy_window);

  /* Turned off: the copy goes. */
  type_and_unlock (WAYMARK_UNLOCK_PAGE (page), PASSPHRASE);
  g_assert_true (wait_for (has_store, window));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "readable-crisis-plan", g_variant_new_boolean (FALSE));
  g_assert_false (waymark_crisis_copy_exists (path));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.lock-plan", NULL);
  g_assert_false (gtk_widget_get_visible (find_by_name (unlock_page (window), "crisis-copy-button")));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* A new plan's welcome offers to protect it from the start; the neutral
 * start after Close Plan, with nothing to protect, does not. */
static void
test_welcome_offers_protection (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "new.waymark", NULL);
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  WaymarkWindow *window = new_window ();
  GtkWidget *welcome, *closed;

  waymark_window_set_store (window, store);
  g_assert_cmpstr (content_page (window), ==, "welcome");
  waymark_test_pump ();
  welcome = find_by_name (gtk_stack_get_visible_child (GTK_STACK (find_by_name (window, "content-stack"))),
                          "welcome-protect-button");
  g_assert_nonnull (welcome);
  g_assert_true (gtk_widget_get_visible (welcome));
  g_assert_true (gtk_widget_is_sensitive (welcome));
  g_signal_emit_by_name (welcome, "clicked");
  g_assert_nonnull (shown (WAYMARK_TYPE_PROTECT_DIALOG));
  respond (shown (WAYMARK_TYPE_PROTECT_DIALOG), "cancel");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-plan", NULL);
  waymark_test_pump ();
  closed = find_by_name (gtk_stack_get_visible_child (GTK_STACK (find_by_name (window, "content-stack"))),
                         "welcome-protect-button");
  g_assert_false (gtk_widget_get_visible (closed));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* The rule for locking when left alone. */
static void
test_idle_rule (void)
{
  g_unsetenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS");
  g_assert_cmpuint (waymark_idle_lock_seconds (0, FALSE, TRUE), ==, 0);
  g_assert_cmpuint (waymark_idle_lock_seconds (10, FALSE, TRUE), ==, 600);
  g_assert_cmpuint (waymark_idle_lock_seconds (0, TRUE, TRUE), ==, 300);
  g_assert_cmpuint (waymark_idle_lock_seconds (2, TRUE, TRUE), ==, 120);
  g_assert_cmpuint (waymark_idle_lock_seconds (10, TRUE, FALSE), ==, 0);
  g_setenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS", "1", TRUE);
  g_assert_cmpuint (waymark_idle_lock_seconds (3, FALSE, TRUE), ==, 3);
  g_assert_cmpuint (waymark_idle_lock_seconds (0, FALSE, TRUE), ==, 0);
  g_assert_cmpuint (waymark_idle_lock_seconds (0, TRUE, TRUE), ==, 5);
  g_assert_cmpuint (waymark_idle_lock_seconds (3, FALSE, FALSE), ==, 0);
  g_unsetenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();
  waymark_register_resource ();
  /* No desktop keyring here; what happens without one is tested apart. */
  g_setenv ("WAYMARK_TEST_NO_KEYRING", "1", TRUE);

  g_test_add_func ("/waymark/window-protection/idle-rule", test_idle_rule);
  g_test_add_func ("/waymark/window-protection/unlock", test_unlock);
  g_test_add_func ("/waymark/window-protection/recovery-key", test_recovery_key);
  g_test_add_func ("/waymark/window-protection/help-while-locked", test_help_while_locked);
  g_test_add_func ("/waymark/window-protection/lock", test_lock);
  g_test_add_func ("/waymark/window-protection/idle-lock", test_idle_lock);
  g_test_add_func ("/waymark/window-protection/protect-and-remove", test_protect_and_remove);
  g_test_add_func ("/waymark/window-protection/export-says-plain", test_export_says_plain);
  g_test_add_func ("/waymark/window-protection/remember", test_remember);
  g_test_add_func ("/waymark/window-protection/screenshots", test_screenshots);
  g_test_add_func ("/waymark/window-protection/readable-crisis-plan", test_readable_crisis_plan);
  g_test_add_func ("/waymark/window-protection/welcome-offers-protection", test_welcome_offers_protection);

  return g_test_run ();
}
