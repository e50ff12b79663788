/* test-crisis-template.c: a blank crisis plan prints as a template to
 * fill in by hand, headed with the numbers of the person's country
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-crisis-template.h"
#include "waymark-test-utils.h"

#define A4_WIDTH  595.28
#define A4_HEIGHT 841.89

static char *
run_output (const char * const *argv,
            const char * const *envp)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

  return run_output (argv, NULL);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_output (argv, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* pdftotext may space words out: compare without runs of spaces. */
static gboolean
contains (const char *text,
          const char *wanted)
{
  g_autoptr(GString) squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!(g_ascii_isspace (*p) && squeezed->len > 0 && squeezed->str[squeezed->len - 1] == ' '))
      g_string_append_c (squeezed, g_ascii_isspace (*p) ? ' ' : *p);

  return strstr (squeezed->str, wanted) != NULL;
}

static void
assert_contains (const char *text,
                 const char *wanted)
{
  if (!contains (text, wanted))
    g_error ("The PDF does not say “%s”:\n%s", wanted, text);
}

static void
test_page_template (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_crisis_template_export (WAYMARK_CRISIS_LAYOUT_PAGE, waymark_safety_net_lookup ("GB"),
                                                 path, A4_WIDTH, A4_HEIGHT, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  assert_contains (text, "In an emergency call 999");
  assert_contains (text, "Samaritans: 116 123");
  assert_contains (text, "Suggested for United Kingdom, checked 6 December 2026");
  /* Every step of the plan, with lines to write on. */
  assert_contains (text, "1. Signs a Crisis May Be Coming");
  assert_contains (text, "6. ");
  assert_contains (text, "What Matters Most to Me");
  assert_contains (text, "When This Plan Is No Longer Needed");
  g_assert_cmpuint (pdf_pages (path), >=, 2);

  waymark_test_remove_tree (dir);
}

/* Where Waymark has no checked numbers, lines to write them on, and no
 * number made up. */
static void
test_template_without_country (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (waymark_crisis_template_export (WAYMARK_CRISIS_LAYOUT_PAGE, NULL, path,
                                                 A4_WIDTH, A4_HEIGHT, NULL));
  text = pdf_text (path);
  assert_contains (text, "In an emergency call: ____");
  assert_contains (text, "A crisis line I trust: ____");
  g_assert_false (contains (text, "Suggested for"));
  g_assert_false (contains (text, "999"));

  waymark_test_remove_tree (dir);
}

static void
test_card_template (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "card.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (waymark_crisis_template_export (WAYMARK_CRISIS_LAYOUT_CARD, waymark_safety_net_lookup ("DE"),
                                                 path, A4_WIDTH, A4_HEIGHT, NULL));
  text = pdf_text (path);
  assert_contains (text, "In an emergency call 112");
  assert_contains (text, "0800 111 0 111");
  assert_contains (text, "People I Can Ask for Help");
  g_assert_cmpuint (pdf_pages (path), ==, 1);

  waymark_test_remove_tree (dir);
}

/* `waymark --export-crisis-plan=FILE --blank` needs no plan file and
 * takes the country from the locale. */
static void
assert_blank_from_command_line (const char *locale,
                                const char *layout,
                                const char *wanted)
{
  const char *waymark = g_getenv ("WAYMARK_BIN");
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *export_arg = g_strconcat ("--export-crisis-plan=", path, NULL);
  g_autofree char *layout_arg = g_strconcat ("--layout=", layout, NULL);
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { waymark, export_arg, layout_arg, "--blank", NULL };

  g_assert_nonnull (waymark);
  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);

  out = run_output (argv, (const char * const *) envp);
  g_assert_nonnull (strstr (out, "Saved a blank crisis plan to"));

  text = pdf_text (path);
  assert_contains (text, wanted);

  /* No plan was made to print it. */
  g_assert_false (g_file_test (data_home, G_FILE_TEST_EXISTS));

  waymark_test_remove_tree (dir);
}

static void
test_command_line (void)
{
  assert_blank_from_command_line ("en_US.UTF-8", "page", "988");
  assert_blank_from_command_line ("en_US.UTF-8", "page", "In an emergency call 911");
  assert_blank_from_command_line ("de_DE.UTF-8", "page", "0800 111 0 111");
  assert_blank_from_command_line ("en_GB.UTF-8", "page", "116 123");
  assert_blank_from_command_line ("en_GB.UTF-8", "card", "116 123");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/print/template/page", test_page_template);
  g_test_add_func ("/waymark/print/template/without-country", test_template_without_country);
  g_test_add_func ("/waymark/print/template/card", test_card_template);
  g_test_add_func ("/waymark/print/template/command-line", test_command_line);

  return g_test_run ();
}
