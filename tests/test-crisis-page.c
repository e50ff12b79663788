/* test-crisis-page.c: a new crisis plan already shows a number to call,
 * the one suggested for the person's country, and the person can change
 * the country or write their own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-crisis-page.h"
#include "waymark-gui-test-utils.h"
#include "waymark-resources.h"
#include "waymark-safety-net-box.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

typedef struct
{
  char                *tmp;
  WaymarkStore        *store;
  WaymarkWindow       *window;
  GtkWidget           *page;
  WaymarkSafetyNetBox *box;
} Fixture;

/* A new, empty plan in a window, its crisis page showing, with the
 * locale given: the suggestion follows LC_ALL as the C library would. */
static void
open_new_plan (Fixture    *f,
               const char *locale)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("LC_ALL", locale, TRUE);

  f->tmp = waymark_test_make_tmpdir ();
  path = g_build_filename (f->tmp, "plan.waymark", NULL);
  f->store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  f->window = waymark_window_new (NULL);
  waymark_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  waymark_window_show_page (f->window, "crisis");
  waymark_test_pump ();

  f->page = find_by_type (f->window, WAYMARK_TYPE_CRISIS_PAGE);
  g_assert_nonnull (f->page);
  f->box = WAYMARK_SAFETY_NET_BOX (find_by_type (f->page, WAYMARK_TYPE_SAFETY_NET_BOX));
  g_assert_nonnull (f->box);
}

static void
close_plan (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_clear_pointer (&f->tmp, g_free);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  GtkLabel *label = waymark_test_find_label (root, text, TRUE);

  if (label == NULL)
    g_test_message ("No label says “%s”", text);
  else if (!gtk_widget_is_drawable (GTK_WIDGET (label)))
    g_test_message ("“%s” is not shown", gtk_label_get_label (label));

  return label != NULL && gtk_widget_is_drawable (GTK_WIDGET (label));
}

/* The number as a link to call, with its tel: URI. */
static GtkLinkButton *
find_number_link (GtkWidget  *root,
                  const char *number)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLinkButton *found;

      if (GTK_IS_LINK_BUTTON (child) && gtk_widget_is_drawable (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), number) == 0)
        return GTK_LINK_BUTTON (child);

      if ((found = find_number_link (child, number)) != NULL)
        return found;
    }

  return NULL;
}

static const char *
headline (Fixture *f)
{
  GtkLabel *label = waymark_test_find_label (f->page, "If you are in danger right now", TRUE);

  g_assert_nonnull (label);
  return gtk_label_get_label (label);
}

static void
test_us_plan_shows_988 (void)
{
  Fixture f = { 0 };
  GtkLinkButton *link;

  open_new_plan (&f, "en_US.UTF-8");

  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call 911.");
  link = find_number_link (f.page, "988");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "tel:988");
  g_assert_nonnull (find_number_link (f.page, "911"));
  g_assert_true (shows_text (f.page, "Suggested for United States, checked 6 December 2026"));
  g_assert_true (shows_text (f.page, "988 Suicide & Crisis Lifeline"));

  close_plan (&f);
}

static void
test_german_plan_shows_telefonseelsorge (void)
{
  Fixture f = { 0 };
  GtkLinkButton *link;

  open_new_plan (&f, "de_DE.UTF-8");

  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call 112.");
  link = find_number_link (f.page, "0800 111 0 111");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "tel:08001110111");
  g_assert_nonnull (find_number_link (f.page, "0800 111 0 222"));
  g_assert_true (shows_text (f.page, "Suggested for Germany"));

  close_plan (&f);
}

/* With no country in the locale Waymark suggests nothing, and says so. */
static void
test_no_country_suggests_nothing (void)
{
  Fixture f = { 0 };

  open_new_plan (&f, "C.UTF-8");

  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call your local emergency number.");
  g_assert_null (find_number_link (f.page, "911"));
  g_assert_null (find_number_link (f.page, "112"));
  g_assert_null (waymark_safety_net_box_get_country (f.box));

  close_plan (&f);
}

static AdwComboRow *
country_picker (Fixture *f)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_by_type (f->box, ADW_TYPE_COMBO_ROW));

  g_assert_nonnull (row);
  return row;
}

static guint
picker_position (AdwComboRow *row,
                 const char  *name)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
      return i;

  g_assert_not_reached ();
}

static char *
stored_country (WaymarkStore *store)
{
  g_autoptr(WaymarkPerson) person = waymark_store_load_person (store, NULL);

  g_assert_nonnull (person);
  return g_strdup (waymark_person_get_country (person));
}

/* Picking a country keeps it in the plan file, so the same plan shows
 * the same numbers on a computer set to another country. */
static void
test_picked_country_is_kept (void)
{
  Fixture f = { 0 };
  AdwComboRow *row;
  g_autofree char *before = NULL;
  g_autofree char *picked = NULL;
  g_autofree char *none = NULL;

  open_new_plan (&f, "en_US.UTF-8");
  row = country_picker (&f);
  before = stored_country (f.store);
  g_assert_cmpstr (before, ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, picker_position (row, "United States"));

  adw_combo_row_set_selected (row, picker_position (row, "United Kingdom"));
  picked = stored_country (f.store);
  g_assert_cmpstr (picked, ==, "GB");
  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call 999.");
  g_assert_nonnull (find_number_link (f.page, "116 123"));
  g_assert_null (find_number_link (f.page, "988"));

  /* The plan remembers it over the locale's country. */
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpstr (waymark_safety_net_for_plan (f.store)->code, ==, "GB");

  adw_combo_row_set_selected (row, picker_position (row, "Another Country"));
  none = stored_country (f.store);
  g_assert_cmpstr (none, ==, "-");
  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call your local emergency number.");
  g_assert_null (find_number_link (f.page, "116 123"));

  close_plan (&f);
}

/* The person's own number wins over the suggested one; the crisis lines
 * stay. */
static void
test_own_number_wins (void)
{
  Fixture f = { 0 };
  AdwEntryRow *row;
  gint64 deadline;

  open_new_plan (&f, "en_GB.UTF-8");
  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call 999.");

  row = ADW_ENTRY_ROW (find_by_type (f.page, ADW_TYPE_ENTRY_ROW));
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "112");

  /* Kept as the person types, after a short pause. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!g_str_equal (headline (&f), "If you are in danger right now, call 112.") &&
         g_get_monotonic_time () < deadline)
    waymark_test_pump ();
  g_assert_cmpstr (headline (&f), ==, "If you are in danger right now, call 112.");
  g_assert_null (find_number_link (f.page, "999"));
  g_assert_nonnull (find_number_link (f.page, "116 123"));

  close_plan (&f);
}

static void
test_copy_button (void)
{
  Fixture f = { 0 };
  GtkLinkButton *link;
  GtkWidget *copy;
  GdkClipboard *clipboard;
  g_autofree char *text = NULL;
  gint64 deadline;

  open_new_plan (&f, "en_GB.UTF-8");
  link = find_number_link (f.page, "116 123");
  g_assert_nonnull (link);
  copy = gtk_widget_get_next_sibling (GTK_WIDGET (link));
  g_assert_true (GTK_IS_BUTTON (copy));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (copy), ==, "Copy Number");

  g_signal_emit_by_name (copy, "clicked");

  clipboard = gtk_widget_get_clipboard (copy);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (text == NULL && g_get_monotonic_time () < deadline)
    {
      GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
      GValue value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_STRING);
      if (content != NULL && gdk_content_provider_get_value (content, &value, NULL))
        text = g_value_dup_string (&value);
      g_value_unset (&value);
      if (text == NULL)
        waymark_test_pump ();
    }
  g_assert_cmpstr (text, ==, "116 123");

  close_plan (&f);
}

/* An empty plan, exported from the window, is a blank one to fill in
 * by hand, headed with the country's numbers. */
static void
test_empty_plan_exports_a_template (void)
{
  Fixture f = { 0 };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", NULL, "-", NULL };
  int status = 0;

  open_new_plan (&f, "en_US.UTF-8");
  pdf = g_build_filename (f.tmp, "blank.pdf", NULL);
  g_assert_true (waymark_crisis_page_export (WAYMARK_CRISIS_PAGE (f.page), WAYMARK_CRISIS_LAYOUT_PAGE, pdf));

  argv[4] = pdf;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, NULL));
  g_assert_nonnull (strstr (text, "In an emergency call 911"));
  g_assert_nonnull (strstr (text, "988 Suicide & Crisis Lifeline: 988"));
  g_assert_nonnull (strstr (text, "Signs a Crisis May Be Coming"));

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

  g_test_add_func ("/waymark/crisis/safety-net/us-plan-shows-988", test_us_plan_shows_988);
  g_test_add_func ("/waymark/crisis/safety-net/german-plan-shows-telefonseelsorge", test_german_plan_shows_telefonseelsorge);
  g_test_add_func ("/waymark/crisis/safety-net/no-country-suggests-nothing", test_no_country_suggests_nothing);
  g_test_add_func ("/waymark/crisis/safety-net/picked-country-is-kept", test_picked_country_is_kept);
  g_test_add_func ("/waymark/crisis/safety-net/own-number-wins", test_own_number_wins);
  g_test_add_func ("/waymark/crisis/safety-net/copy-button", test_copy_button);
  g_test_add_func ("/waymark/crisis/safety-net/empty-plan-exports-a-template", test_empty_plan_exports_a_template);

  return g_test_run ();
}
