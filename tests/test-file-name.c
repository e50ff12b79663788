/* test-file-name.c: the names suggested for saved files, and dates in
 * the print language's own words
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-file-name.h"
#include "waymark-language.h"
#include "waymark-person.h"
#include "waymark-store.h"
#include "waymark-test-utils.h"

#define DASH " \xe2\x80\x93 "

static void
test_suggest (void)
{
  g_autofree char *name = waymark_file_name_suggest ("Sam Sample", "Crisis Plan", "2026-12-05", "pdf");
  g_autofree char *no_owner = waymark_file_name_suggest (NULL, "Journal", "2026-12-05", "csv");
  g_autofree char *today = waymark_file_name_suggest ("Sam", "Journal", NULL, "csv");
  char iso[16];

  g_assert_cmpstr (name, ==, "Sam Sample" DASH "Crisis Plan" DASH "2026-12-05.pdf");
  g_assert_cmpstr (no_owner, ==, "Journal" DASH "2026-12-05.csv");

  waymark_local_today_iso (iso);
  g_assert_nonnull (strstr (today, iso));
  g_assert_true (g_str_has_suffix (today, ".csv"));
}

static void
test_unsafe_characters (void)
{
  struct {
    const char *owner;
    const char *safe;
  } cases[] = {
    { "Sam / Alex", "Sam - Alex" },
    { "a\\b:c*d?e\"f<g>h|i", "a-b-c-d-e-f-g-h-i" },
    { "..hidden", "hidden" },
    { "trailing. . ", "trailing" },
    { "  many   spaces\there ", "many spaces here" },
    { "line\nbreak", "line break" },
    { "ctrl\x01" "char", "ctrl-char" },
    { "Zoë Ñúñez 李", "Zoë Ñúñez 李" },
    { "////", "-" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = waymark_file_name_make_safe (cases[i].owner);

      g_assert_cmpstr (safe, ==, cases[i].safe);
    }

  /* Nothing of a file name's path survives into it. */
  {
    g_autofree char *name = waymark_file_name_suggest ("../../etc/passwd", "Crisis Plan", "2026-12-05", "pdf");

    g_assert_null (strchr (name, '/'));
    g_assert_false (g_str_has_prefix (name, "."));
  }

  /* A very long name is cut short, on a character's edge. */
  {
    g_autoptr(GString) lots = g_string_new (NULL);
    g_autofree char *safe = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append (lots, "é");
    safe = waymark_file_name_make_safe (lots->str);
    g_assert_cmpuint (strlen (safe), <=, 80);
    g_assert_true (g_utf8_validate (safe, -1, NULL));
  }
}

static void
test_owner_from_store (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "client-042.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_autoptr(WaymarkPerson) person = NULL;
  g_autofree char *by_file = NULL;
  g_autofree char *by_name = NULL;
  g_autofree char *suggested = NULL;

  g_assert_no_error (error);

  /* No name yet: the file's, without its ending. */
  by_file = waymark_file_name_owner (store, NULL);
  g_assert_cmpstr (by_file, ==, "client-042");

  person = waymark_store_load_person (store, &error);
  g_assert_no_error (error);
  waymark_person_set_name (person, "Sam Sample");
  g_assert_true (waymark_store_save_person (store, person, &error));
  g_assert_no_error (error);

  by_name = waymark_file_name_owner (store, NULL);
  g_assert_cmpstr (by_name, ==, "Sam Sample");

  suggested = waymark_file_name_for_store (store, NULL, "Crisis Plan", "pdf");
  g_assert_true (g_str_has_prefix (suggested, "Sam Sample" DASH "Crisis Plan" DASH));
  g_assert_true (g_str_has_suffix (suggested, ".pdf"));

  g_clear_object (&store);
  waymark_test_remove_tree (dir);
}

/* The month and weekday names follow the print language, not the
 * workstation's locale (issue 14, item 22). */
static void
test_date_in_print_language (void)
{
  g_autofree char *english = waymark_date_format ("2026-12-05");
  g_autofree char *german = NULL;
  g_autofree char *german_weekday = NULL;
  g_autofree char *spanish = NULL;
  g_autofree char *french = NULL;

  g_assert_cmpstr (english, ==, "5 December 2026");

  waymark_language_push ("de");
  german = waymark_date_format ("2026-12-05");
  german_weekday = waymark_date_format_julian (waymark_date_to_julian ("2026-12-05"),
                                               WAYMARK_DATE_WEEKDAY_MONTH_YEAR);
  waymark_language_pop ();
  g_assert_cmpstr (german, ==, "5. Dezember 2026");
  g_assert_cmpstr (german_weekday, ==, "Samstag, 5. Dezember 2026");

  waymark_language_push ("es");
  spanish = waymark_date_format ("2026-03-03");
  waymark_language_pop ();
  g_assert_cmpstr (spanish, ==, "3 de marzo de 2026");

  waymark_language_push ("fr");
  french = waymark_date_format ("2026-08-15");
  waymark_language_pop ();
  g_assert_nonnull (strstr (french, "août"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/file-name/suggest", test_suggest);
  g_test_add_func ("/waymark/file-name/unsafe-characters", test_unsafe_characters);
  g_test_add_func ("/waymark/file-name/owner-from-store", test_owner_from_store);
  g_test_add_func ("/waymark/date/print-language", test_date_in_print_language);

  return g_test_run ();
}
