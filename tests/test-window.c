/* test-window.c: the window shows whose plan is open, its four pages,
 * and why a plan could not be opened
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "waymark-crisis-page.h"
#include "waymark-journal-page.h"
#include "waymark-language.h"
#include "waymark-plan-page.h"
#include "waymark-print-operation.h"
#include "waymark-preferences-window.h"
#include "waymark-sample-data.h"
#include "waymark-resources.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"
#include "waymark-timeline-page.h"
#include "waymark-today-page.h"
#include "waymark-window.h"


static void
test_title_names_the_person (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "client-42.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  /* No name yet: a new plan, never the file's name. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New Plan — Waymark");

  /* The person names themselves; the title follows at once. */
  waymark_person_set_name (person, "Robin Example");
  g_assert_true (waymark_store_save_person (store, person, &error));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Robin Example — Waymark");

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

static void
test_four_pages_and_show_page (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  const char * const names[] = { "today", "plan", "journal", "crisis", "timeline" };
  const GType types[] = { WAYMARK_TYPE_TODAY_PAGE, WAYMARK_TYPE_PLAN_PAGE, WAYMARK_TYPE_JOURNAL_PAGE,
                          WAYMARK_TYPE_CRISIS_PAGE, WAYMARK_TYPE_TIMELINE_PAGE };
  WaymarkWindow *window;
  AdwViewStack *stack;
  g_autoptr(GListModel) pages = NULL;

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  stack = ADW_VIEW_STACK (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (names));

  /* The window opens on Today; the other pages are made when first
   * shown, so a start costs only the page seen. */
  g_assert_nonnull (find_by_type (GTK_WIDGET (window), types[0]));
  for (guint i = 1; i < G_N_ELEMENTS (types); i++)
    g_assert_null (find_by_type (GTK_WIDGET (window), types[i]));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", names[i]);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, names[i]);
      g_assert_nonnull (find_by_type (GTK_WIDGET (window), types[i]));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

static void
test_open_error_replaces_the_plan (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "notes.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  WaymarkWindow *window;
  GtkStack *content;
  AdwStatusPage *error_page;

  g_assert_true (g_file_set_contents (path, "not a plan", -1, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);

  window = waymark_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_open_error (window, path, error);

  g_assert_null (waymark_window_get_store (window));
  content = GTK_STACK (find_by_name (GTK_WIDGET (window), "content-stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "error");
  error_page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (content));
  g_assert_cmpstr (adw_status_page_get_description (error_page), ==, error->message);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "notes.waymark — Waymark");

  /* A page switch asked for now does nothing: there is no plan. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "journal");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "error");

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* Another program's log beside the plan was moved aside as it opened:
 * the window says so, in the store's own words. */
static void
test_leftover_notice (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (tmp, "photos.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog = NULL;
  WaymarkWindow *window;
  sqlite3 *db = NULL;
  gsize length = 0;

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 "CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (wal, contents, length, NULL));
  sqlite3_close (db);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_nonnull (waymark_store_get_open_notice (store));

  window = waymark_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_set_store (window, store);

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "A Leftover File Was Moved Aside");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, waymark_store_get_open_notice (store));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "plan.waymark-wal"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

static void
test_preferences_style_row (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  WaymarkPreferencesWindow *preferences;
  AdwComboRow *style_row;
  char *style;

  g_settings_set_string (settings, "style-variant", "dark");

  preferences = waymark_preferences_window_new (settings, NULL);
  style_row = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (style_row);

  /* The row shows the setting, and choosing in the row changes it. */
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 2);
  adw_combo_row_set_selected (style_row, 1);
  style = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (style, ==, "light");
  g_free (style);
  adw_combo_row_set_selected (style_row, 0);
  style = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (style, ==, "system");
  g_free (style);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_crisis_export_opens_chooser (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  WaymarkWindow *window;
  GtkWidget *page;
  gboolean found = FALSE;

  g_assert_true (waymark_sample_data_write_file (path, 7, NULL, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  /* A page is made when first shown. */
  waymark_window_show_page (window, "crisis");

  page = find_by_type (GTK_WIDGET (window), WAYMARK_TYPE_CRISIS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (page, "crisis.export", "s", "card"));

  /* The action opens a real file chooser... */
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (GTK_IS_FILE_CHOOSER (l->data))
      {
        found = TRUE;
        gtk_window_destroy (l->data);
      }
  g_assert_true (found);

  /* ...and the path it gives is written with the plan in it. */
  {
    g_autofree char *pdf = g_build_filename (tmp, "card.pdf", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (waymark_crisis_page_export (WAYMARK_CRISIS_PAGE (page), WAYMARK_CRISIS_LAYOUT_CARD, pdf));
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_cmpuint (length, >, 1000);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* Export Everything… in the primary menu: a chooser suggesting a zip
 * named for the person (the zip itself: test-export-all). */
static void
test_export_everything (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *zip = g_build_filename (tmp, "all.zip", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  WaymarkWindow *window;
  GtkWidget *dialog = NULL;

  g_assert_true (waymark_sample_data_write_file (path, 7, NULL, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-all"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-all", NULL));

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (GTK_IS_FILE_CHOOSER (l->data) && GTK_IS_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));

    g_assert_true (g_str_has_suffix (name, ".zip"));
  }

  /* Cancelled: nothing written. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_false (g_file_test (zip, G_FILE_TEST_EXISTS));

  /* No plan, nothing to export. */
  waymark_window_set_store (window, NULL);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-all"));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* About Me's "Language I read" is kept in the plan, for its printouts. */
static void
test_language_row_saves (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = NULL;
  WaymarkWindow *window;
  AdwComboRow *row;
  guint n;
  const WaymarkLanguage *languages = waymark_languages (&n);

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, NULL);
  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  /* A new plan opens on the welcome: Start My Plan, then About Me. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-plan", NULL);
  waymark_window_show_page (window, "plan");
  waymark_test_pump ();

  row = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, n + 1);

  /* Español, kept in the file once the row settles. */
  for (guint i = 0; i < n; i++)
    if (g_str_equal (languages[i].code, "es"))
      adw_combo_row_set_selected (row, i + 1);
  g_usleep (900 * 1000);
  waymark_test_pump ();

  person = waymark_store_load_person (store, NULL);
  g_assert_cmpstr (waymark_person_get_language (person), ==, "es");

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* The crisis plan printed in the language its person reads: the PDF
 * export follows About Me, and the print dialog's Language tab starts
 * there and lets the clinician pick another. */
static void
test_crisis_plan_in_the_persons_language (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *pdf = g_build_filename (tmp, "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(WaymarkPrintOperation) operation = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  WaymarkWindow *window;
  GtkWidget *page, *tab;
  GtkDropDown *dropdown;

  g_assert_true (waymark_sample_data_write_file (path, 7, NULL, NULL));
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, NULL);
  person = waymark_store_load_person (store, NULL);
  waymark_person_set_language (person, "fr");
  g_assert_true (waymark_store_save_person (store, person, NULL));

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "crisis");
  page = find_by_type (GTK_WIDGET (window), WAYMARK_TYPE_CRISIS_PAGE);
  g_assert_true (waymark_crisis_page_export (WAYMARK_CRISIS_PAGE (page), WAYMARK_CRISIS_LAYOUT_PAGE, pdf));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, NULL, NULL));
  waymark_language_push ("fr");
  heading = g_strdup (g_dgettext (GETTEXT_PACKAGE, "My Crisis Plan"));
  waymark_language_pop ();
  g_assert_cmpstr (heading, !=, "My Crisis Plan");
  g_assert_nonnull (strstr (text, heading));
  /* ...and the window stays in its own language. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "My Crisis Plan"), ==, "My Crisis Plan");

  /* The print dialog's Language tab. */
  plan = waymark_crisis_plan_load (store, NULL);
  operation = waymark_print_operation_new (plan, WAYMARK_CRISIS_LAYOUT_PAGE);
  waymark_print_operation_set_language (operation, "fr");
  tab = GTK_PRINT_OPERATION_GET_CLASS (operation)->create_custom_widget (GTK_PRINT_OPERATION (operation));
  g_object_ref_sink (tab);
  dropdown = GTK_DROP_DOWN (find_by_type (tab, GTK_TYPE_DROP_DOWN));
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==, "Français");
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)); i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (gtk_drop_down_get_model (dropdown), i);

      if (g_str_equal (gtk_string_object_get_string (name), "Deutsch"))
        gtk_drop_down_set_selected (dropdown, i);
    }
  GTK_PRINT_OPERATION_GET_CLASS (operation)->custom_widget_apply (GTK_PRINT_OPERATION (operation), tab);
  g_assert_cmpstr (waymark_print_operation_get_language (operation), ==, "de");
  g_object_unref (tab);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* The icons a window opening on Today shows have pictures of their own
 * at the sizes asked for: an SVG would load librsvg (6.5 MB) to draw. */
static void
test_start_icons_are_pictures (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  const struct { const char *name; int size; } icons[] = {
    { APPLICATION_ID, 48 },                   /* the window's icon on X11 */
    { "adw-expander-arrow-symbolic", 16 },    /* Today's Yesterday row */
  };

  /* As GtkApplication adds it for the application's resources. */
  gtk_icon_theme_add_resource_path (theme, "/io/github/waymark/Waymark/icons");
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, icons[i].name, NULL, icons[i].size,
                                                                     1, GTK_TEXT_DIR_NONE, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

      g_assert_nonnull (uri);
      g_assert_true (g_str_has_suffix (uri, ".png"));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init () chose the C locale, under which gettext ignores
   * LANGUAGE; the printouts' languages need a real one. */
  setlocale (LC_ALL, "C.UTF-8");
  /* The catalogues built in the build folder (tests/meson.build). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/window/title-names-the-person", test_title_names_the_person);
  g_test_add_func ("/waymark/window/four-pages", test_four_pages_and_show_page);
  g_test_add_func ("/waymark/window/open-error", test_open_error_replaces_the_plan);
  g_test_add_func ("/waymark/window/leftover-notice", test_leftover_notice);
  g_test_add_func ("/waymark/preferences/style-row", test_preferences_style_row);
  g_test_add_func ("/waymark/crisis/export-opens-chooser", test_crisis_export_opens_chooser);
  g_test_add_func ("/waymark/window/export-everything", test_export_everything);
  g_test_add_func ("/waymark/window/start-icons-are-pictures", test_start_icons_are_pictures);
  g_test_add_func ("/waymark/plan/language-row-saves", test_language_row_saves);
  g_test_add_func ("/waymark/crisis/in-the-persons-language", test_crisis_plan_in_the_persons_language);

  return g_test_run ();
}
