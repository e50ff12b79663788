/* test-print-plan.c: the whole recovery plan on paper, filled in from
 * the sample plan or blank, from the library and the command line
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-language.h"
#include "waymark-medication-dose.h"
#include "waymark-paper-size.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-layout.h"
#include "waymark-plan-pdf.h"
#include "waymark-plan-print.h"
#include "waymark-sample-data.h"
#include "waymark-store.h"
#include "waymark-test-utils.h"

/* The PDFs are read back with poppler-utils (pdfinfo, pdftotext), as in
 * test-print.c; WAYMARK_TEST_PRINT_KEEP=DIR keeps a copy of each. */

typedef struct
{
  char         *dir;
  char         *plan;
  WaymarkStore *store;
} Fixture;

static char *
run (const char * const *argv,
     int                *exit_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = status;
  else if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return out;
}

static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
      return run (argv, NULL);
    }
  else
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
      return run (argv, NULL);
    }
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* Every word, whatever space pdftotext put between them or where it
 * wrapped a line. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x2066 && c != 0x2069)
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
text_has (const char *text,
          const char *needle)
{
  g_autofree char *haystack = squeeze (text);
  g_autofree char *squeezed = squeeze (needle);

  return strstr (haystack, squeezed) != NULL;
}

static void
assert_text_has (const char *text,
                 const char *needle)
{
  if (!text_has (text, needle))
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

static void
keep_for_looking (const char *path,
                  const char *name)
{
  const char *keep = g_getenv ("WAYMARK_TEST_PRINT_KEEP");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length;

  if (keep == NULL)
    return;

  g_mkdir_with_parents (keep, 0700);
  target = g_build_filename (keep, name, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = waymark_test_make_tmpdir ();
  f->plan = g_build_filename (f->dir, "client.waymark", NULL);
  g_assert_true (waymark_sample_data_write_file (f->plan, 30, NULL, &error));
  g_assert_no_error (error);
  f->store = waymark_store_open (f->plan, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->dir);
  g_free (f->plan);
  g_free (f->dir);
}

/* The texts of @type's records (of @scope) in @column. */
static GPtrArray *
record_texts (WaymarkStore *store,
              GType         type,
              const char   *scope,
              guint         column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) records = waymark_store_list (store, type, scope, &error);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(WaymarkRecord) record = g_list_model_get_item (records, i);

      g_ptr_array_add (texts, g_strdup (waymark_record_get_text (record, column)));
    }

  return texts;
}

static char *
export (Fixture          *f,
        WaymarkPlanPrint *print,
        const char       *name,
        guint            *n_pages)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  struct stat st;

  g_assert_true (waymark_plan_pdf_export (print, path, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT,
                                          n_pages, &error));
  g_assert_no_error (error);

  /* Health information: the person's only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (pdf_pages (path), ==, *n_pages);

  keep_for_looking (path, name);
  return path;
}

static void
test_whole_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WaymarkPlanPrint *print = waymark_plan_print_load (f->store, &error);
  g_autoptr(GPtrArray) goals = record_texts (f->store, WAYMARK_TYPE_GOAL, NULL, WAYMARK_GOAL_TITLE);
  g_autoptr(GPtrArray) tools = record_texts (f->store, WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_PLAN_ENTRY_WELLNESS_TOOL,
                                             WAYMARK_PLAN_ENTRY_TEXT);
  g_autoptr(GPtrArray) signs = record_texts (f->store, WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_PLAN_ENTRY_WARNING_SIGN,
                                             WAYMARK_PLAN_ENTRY_TEXT);
  g_autoptr(GPtrArray) treatments = record_texts (f->store, WAYMARK_TYPE_INTERVENTION, NULL,
                                                  WAYMARK_INTERVENTION_NAME);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  const char *headings[] = { "My Care Team", "Goals", "Daily Routine", "Wellness Toolbox", "Triggers",
                             "Early Warning Signs", "When Things Are Breaking Down",
                             "Treatments and Supports", "Plan Reviews" };
  const char *dimensions[] = { "Health", "Home", "Purpose", "Community" };
  guint n_pages = 0;
  gsize last = 0;

  g_assert_no_error (error);
  g_assert_nonnull (print);
  name = g_strdup (print->person_name);
  g_assert_cmpstr (name, !=, "");
  path = export (f, print, "plan.pdf", &n_pages);
  text = pdf_text (path, 0);

  /* The sample has something of each, or the test proves nothing. */
  g_assert_cmpuint (goals->len, >, 0);
  g_assert_cmpuint (tools->len, >, 0);
  g_assert_cmpuint (signs->len, >, 0);
  g_assert_cmpuint (treatments->len, >, 0);

  for (guint i = 0; i < goals->len; i++)
    assert_text_has (text, goals->pdata[i]);
  for (guint i = 0; i < tools->len; i++)
    assert_text_has (text, tools->pdata[i]);
  for (guint i = 0; i < signs->len; i++)
    assert_text_has (text, signs->pdata[i]);
  for (guint i = 0; i < treatments->len; i++)
    assert_text_has (text, treatments->pdata[i]);

  /* Every section, in the Plan page's order; goals by dimension. */
  {
    g_autofree char *squeezed = squeeze (text);

    for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
      {
        g_autofree char *heading = squeeze (headings[i]);
        const char *at = strstr (squeezed + last, heading);

        if (at == NULL)
          g_error ("“%s” is not in the PDF, or not after the section before it:\n%s", headings[i], text);
        last = at - squeezed;
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (dimensions); i++)
    assert_text_has (text, dimensions[i]);
  assert_text_has (text, "% done");
  assert_text_has (text, "Dose History");

  /* Name, date and page numbers on every page. */
  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *page = pdf_text (path, i);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i, n_pages);

      assert_text_has (page, name);
      assert_text_has (page, footer);
    }

  /* No "Reviewed with" line unless asked for. */
  g_assert_false (text_has (text, "Reviewed with"));
}

static void
test_review_line_and_letter (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WaymarkPlanPrint *print = waymark_plan_print_load (f->store, &error);
  g_autofree char *path = g_build_filename (f->dir, "letter.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;
  guint n_pages = 0;

  g_assert_no_error (error);
  print->reviewed_line = TRUE;
  g_assert_true (waymark_plan_pdf_export (print, path, WAYMARK_PAPER_LETTER_WIDTH, WAYMARK_PAPER_LETTER_HEIGHT,
                                          &n_pages, &error));
  g_assert_no_error (error);

  text = pdf_text (path, n_pages);
  assert_text_has (text, "Reviewed with");
  info = run (argv, NULL);
  g_assert_nonnull (strstr (info, "612 x 792 pts"));
}

static void
test_blank_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPlanPrint) sample = waymark_plan_print_load (f->store, &error);
  g_autoptr(GPtrArray) goals = record_texts (f->store, WAYMARK_TYPE_GOAL, NULL, WAYMARK_GOAL_TITLE);
  g_autoptr(GPtrArray) tools = record_texts (f->store, WAYMARK_TYPE_PLAN_ENTRY, WAYMARK_PLAN_ENTRY_WELLNESS_TOOL,
                                             WAYMARK_PLAN_ENTRY_TEXT);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *headings[] = { "My Recovery Plan", "My Care Team", "Goals", "Daily Routine", "Wellness Toolbox",
                             "Triggers", "Early Warning Signs", "When Things Are Breaking Down",
                             "Treatments and Supports", "Plan Reviews", "Reviewed with", "Health", "Community" };
  guint n_pages = 0;

  g_assert_no_error (error);
  path = export (f, waymark_plan_print_new_blank (), "blank-plan.pdf", &n_pages);
  text = pdf_text (path, 0);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    assert_text_has (text, headings[i]);

  /* Nothing of anyone's plan. */
  g_assert_false (text_has (text, sample->person_name));
  for (guint i = 0; i < goals->len; i++)
    g_assert_false (text_has (text, goals->pdata[i]));
  for (guint i = 0; i < tools->len; i++)
    g_assert_false (text_has (text, tools->pdata[i]));

  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *page = pdf_text (path, i);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i, n_pages);

      assert_text_has (page, footer);
    }
}

/* In the print language: headings, labels, and month names too. */
static void
test_german (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WaymarkPlanPrint *print = waymark_plan_print_load (f->store, &error);
  g_autofree char *path = g_build_filename (f->dir, "plan-de.pdf", NULL);
  g_autofree char *text = NULL;
  guint n_pages = 0;
  gboolean exported;

  g_assert_no_error (error);
  g_free (print->date);
  print->date = g_strdup ("2026-12-05");

  waymark_language_push ("de");
  exported = waymark_plan_pdf_export (print, path, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT, &n_pages, &error);
  waymark_language_pop ();
  g_assert_no_error (error);
  g_assert_true (exported);
  keep_for_looking (path, "plan-de.pdf");

  text = pdf_text (path, 1);
  assert_text_has (text, "5. Dezember 2026");
  g_assert_false (text_has (text, "December"));
  assert_text_has (text, "Seite 1 von");
  g_assert_false (text_has (text, "Page 1 of"));
}

/* A long plan flows over pages without leaving any near empty: forty
 * warning signs with long answers, and a medication changed two dozen times. */
static void
test_long_plan_flows (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) treatments = waymark_store_list (f->store, WAYMARK_TYPE_INTERVENTION, NULL, &error);
  g_autoptr(WaymarkPlanLayout) layout = NULL;
  WaymarkPlanPrint *print;
  gboolean changed = FALSE;
  guint n_pages;

  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(WaymarkPlanEntry) sign = waymark_plan_entry_new ();
      g_autofree char *text = g_strdup_printf ("Warning sign %u, which I notice first in how I sleep", i + 1);

      waymark_record_set_text (WAYMARK_RECORD (sign), WAYMARK_PLAN_ENTRY_KIND, WAYMARK_PLAN_ENTRY_WARNING_SIGN);
      waymark_record_set_text (WAYMARK_RECORD (sign), WAYMARK_PLAN_ENTRY_TEXT, text);
      waymark_record_set_text (WAYMARK_RECORD (sign), WAYMARK_PLAN_ENTRY_RESPONSE,
                               "I tell someone I trust the same day, I keep to my routine, and I look at my "
                               "toolbox for one thing to do in the next hour, then one more after that.");
      g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (sign), &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < g_list_model_get_n_items (treatments) && !changed; i++)
    {
      g_autoptr(WaymarkRecord) treatment = g_list_model_get_item (treatments, i);

      if (!g_str_equal (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND), WAYMARK_INTERVENTION_MEDICATION))
        continue;
      for (guint j = 0; j < 24; j++)
        {
          g_autofree char *dose = g_strdup_printf ("%u mg", 25 + (j % 8) * 25);

          /* The same dose twice running is not a change, and is refused. */
          if (!waymark_medication_dose_record (f->store, treatment, dose, &error))
            g_clear_error (&error);
        }
      changed = TRUE;
    }
  g_assert_true (changed);

  print = waymark_plan_print_load (f->store, &error);
  g_assert_no_error (error);
  layout = waymark_plan_layout_new (print, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT, NULL);
  n_pages = waymark_plan_layout_paginate (layout);
  g_assert_cmpuint (n_pages, >, 6);

  for (guint i = 0; i + 1 < n_pages; i++)
    if (waymark_plan_layout_get_page_fill (layout, i) < 0.6)
      g_error ("Page %u of %u is only %.0f%% used", i + 1, n_pages, waymark_plan_layout_get_page_fill (layout, i) * 100);
}

/* waymark --export-plan=FILE [--blank] [--language=…] [--paper=…] */
static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  const char *waymark = g_getenv ("WAYMARK_BIN");
  g_autofree char *data_file = g_strdup_printf ("--data-file=%s", f->plan);
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *blank = g_build_filename (f->dir, "cli-blank.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-plan.waymark", NULL);
  g_autofree char *export_pdf = g_strdup_printf ("--export-plan=%s", pdf);
  g_autofree char *export_blank = g_strdup_printf ("--export-plan=%s", blank);
  g_autofree char *missing_file = g_strdup_printf ("--data-file=%s", missing);
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  struct stat st;
  int status = 0;

  if (waymark == NULL)
    {
      g_test_skip ("WAYMARK_BIN is not set");
      return;
    }

  g_clear_object (&f->store);

  {
    const char *argv[] = { waymark, data_file, export_pdf, "--language=de", "--paper=letter", "--review-line", NULL };

    g_free (run (argv, NULL));
  }
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = pdf_text (pdf, 0);
  assert_text_has (text, "Mein Behandlungsteam");
  assert_text_has (text, "Seite 1 von");

  {
    const char *argv[] = { waymark, export_blank, "--blank", NULL };

    g_free (run (argv, NULL));
  }
  g_clear_pointer (&text, g_free);
  text = pdf_text (blank, 0);
  assert_text_has (text, "My Recovery Plan");
  assert_text_has (text, "Wellness Toolbox");

  /* A plan that isn't there is not made, and nothing is written. */
  {
    const char *argv[] = { waymark, missing_file, export_pdf, NULL };

    g_remove (pdf);
    out = run (argv, &status);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
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

  g_test_add ("/waymark/print/plan/whole", Fixture, NULL, fixture_set_up, test_whole_plan, fixture_tear_down);
  g_test_add ("/waymark/print/plan/review-line-letter", Fixture, NULL, fixture_set_up,
              test_review_line_and_letter, fixture_tear_down);
  g_test_add ("/waymark/print/plan/blank", Fixture, NULL, fixture_set_up, test_blank_plan, fixture_tear_down);
  g_test_add ("/waymark/print/plan/german", Fixture, NULL, fixture_set_up, test_german, fixture_tear_down);
  g_test_add ("/waymark/print/plan/command-line", Fixture, NULL, fixture_set_up, test_command_line,
              fixture_tear_down);
  g_test_add ("/waymark/print/plan/long-plan-flows", Fixture, NULL, fixture_set_up, test_long_plan_flows,
              fixture_tear_down);

  return g_test_run ();
}
