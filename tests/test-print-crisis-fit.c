/* test-print-crisis-fit.c: the sample crisis plan on as few pages as
 * it needs, a wallet card that uses its room, and dates in the print
 * language (issue 14, items 20, 21 and 22)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-crisis-pdf.h"
#include "waymark-crisis-plan.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-sample-data.h"
#include "waymark-store.h"
#include "waymark-test-utils.h"

typedef struct
{
  double x_min, y_min, x_max, y_max;
  char  *text;
} Word;

typedef struct
{
  const char *name;
  double      width;
  double      height;
} Paper;

static const Paper papers[] = {
  { "a4", WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT },
  { "letter", WAYMARK_PAPER_LETTER_WIDTH, WAYMARK_PAPER_LETTER_HEIGHT },
};

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return out;
}

static void
word_clear (Word *word)
{
  g_free (word->text);
}

static double
attribute (const char *tag,
           const char *name)
{
  const char *at = strstr (tag, name);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (name), NULL);
}

/* The words of @page (from 1), where they are. */
static GArray *
pdf_words (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
  g_autofree char *html = run (argv);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *tag = html;

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);

  while ((tag = strstr (tag, "<word ")) != NULL)
    {
      const char *text = strchr (tag, '>');
      const char *end = text ? strstr (text, "</word>") : NULL;
      Word word;

      g_assert_nonnull (end);
      word.x_min = attribute (tag, "xMin=\"");
      word.y_min = attribute (tag, "yMin=\"");
      word.x_max = attribute (tag, "xMax=\"");
      word.y_max = attribute (tag, "yMax=\"");
      word.text = g_strndup (text + 1, end - text - 1);
      g_array_append_val (words, word);
      tag = end;
    }

  return words;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return run (argv);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

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

typedef struct
{
  char              *dir;
  WaymarkCrisisPlan *plan;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(WaymarkStore) store = NULL;

  f->dir = waymark_test_make_tmpdir ();
  path = g_build_filename (f->dir, "sample.waymark", NULL);
  g_assert_true (waymark_sample_data_write_file (path, 30, NULL, &error));
  g_assert_no_error (error);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  f->plan = waymark_crisis_plan_load (store, &error);
  g_assert_no_error (error);
  g_free (f->plan->date);
  f->plan->date = g_strdup ("2026-12-05");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  waymark_crisis_plan_free (f->plan);
  waymark_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
export (Fixture                 *f,
        WaymarkCrisisLayoutKind  kind,
        const Paper             *paper,
        const char              *name,
        GPtrArray              **left_off)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (waymark_crisis_pdf_export (f->plan, kind, path, paper->width, paper->height, left_off, &error));
  g_assert_no_error (error);
  keep_for_looking (path, name);
  return path;
}

/* The sample, a typical plan, is on two pages at most, neither of them
 * near empty, in a readable size (issue 14, item 20). */
static void
test_sample_pages (Fixture       *f,
                   gconstpointer  data)
{
  const double margin = 18.0 * 72.0 / 25.4;

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autofree char *name = g_strdup_printf ("sample-crisis-%s.pdf", papers[p].name);
      g_autofree char *path = export (f, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[p], name, NULL);
      guint n_pages = pdf_pages (path);
      /* The body: under the header, over the footer. */
      double top = margin + 30, bottom = papers[p].height - margin - 30;

      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_cmpuint (n_pages, <=, 2);

      for (guint page = 1; page <= n_pages; page++)
        {
          g_autoptr(GArray) words = pdf_words (path, page);
          double lowest = top, smallest_body = G_MAXDOUBLE, fill;

          for (guint i = 0; i < words->len; i++)
            {
              const Word *word = &g_array_index (words, Word, i);

              if (word->y_min < top || word->y_max > bottom)
                continue;
              lowest = MAX (lowest, word->y_max);
              if (g_utf8_get_char (word->text) < 0x2000 && g_ascii_isalpha (word->text[0]))
                smallest_body = MIN (smallest_body, word->y_max - word->y_min);
            }

          fill = (lowest - top) / (bottom - top);
          if (fill < 0.25)
            g_error ("Page %u of %u on %s is only %.0f%% used", page, n_pages, papers[p].name, fill * 100);

          /* pdftotext's word boxes are about 1.2 times the font size:
           * nothing on the page is under 9 pt (the details' size; the
           * entries themselves are 11 pt). */
          g_assert_cmpfloat (smallest_body, >=, 9.0 * 1.15);
        }
    }
}

/* The wallet card holds the warning signs, what I can do on my own and
 * the other steps, with numbers large enough to read in a hurry, and
 * says nothing was left off when nothing was (issue 14, item 21). */
static void
test_sample_card (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) left_off = NULL;
  g_autofree char *path = export (f, WAYMARK_CRISIS_LAYOUT_CARD, &papers[0], "sample-card.pdf", &left_off);
  g_autofree char *text = pdf_text (path);
  g_autoptr(GArray) words = pdf_words (path, 1);
  const char *steps[] = { "warning-signs", "coping", "distraction", "help-people", "professionals",
                          "safe-environment", "reasons" };
  double legend = 0;

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      const WaymarkCrisisSection *section = waymark_crisis_plan_get_section (f->plan, steps[s]);

      g_assert_nonnull (section);
      g_assert_cmpuint (section->items->len, >, 0);
      for (guint i = 0; i < section->items->len; i++)
        {
          const WaymarkCrisisItem *item = section->items->pdata[i];

          if (!text_has (text, item->text))
            g_error ("“%s” (%s) is not on the card:\n%s", item->text, steps[s], text);
          if (*item->phone != '\0' && !text_has (text, item->phone))
            g_error ("%s's number is not on the card", item->text);
        }
    }

  g_assert_cmpuint (left_off->len, ==, 0);
  g_assert_false (text_has (text, "more in my full plan"));

  /* Numbers at 8 pt or more: word boxes scale with the font size, and
   * the legend is 7.5 pt. */
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_array_index (words, Word, i).text, "dashes,"))
      legend = g_array_index (words, Word, i).y_max - g_array_index (words, Word, i).y_min;
  g_assert_cmpfloat (legend, >, 0);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = &g_array_index (words, Word, i);
      const char *digits = word->text;

      while (*digits != '\0' && !g_ascii_isdigit (*digits))
        digits++;
      if (g_str_has_prefix (digits, "44") || g_str_has_prefix (digits, "7946") || g_str_has_prefix (digits, "7700"))
        g_assert_cmpfloat (word->y_max - word->y_min, >=, legend * 8.0 / 7.5 - 0.05);
    }
}

/* Month names in the print language (issue 14, item 22). */
static void
test_german_date (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  waymark_language_push ("de");
  path = export (f, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[0], "sample-crisis-de.pdf", NULL);
  waymark_language_pop ();

  text = pdf_text (path);
  g_assert_true (text_has (text, "5. Dezember 2026"));
  g_assert_false (text_has (text, "December"));
  g_assert_true (text_has (text, "Seite 1 von"));
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

  g_test_add ("/waymark/print/crisis-fit/sample-pages", Fixture, NULL, fixture_set_up, test_sample_pages,
              fixture_tear_down);
  g_test_add ("/waymark/print/crisis-fit/sample-card", Fixture, NULL, fixture_set_up, test_sample_card,
              fixture_tear_down);
  g_test_add ("/waymark/print/crisis-fit/german-date", Fixture, NULL, fixture_set_up, test_german_date,
              fixture_tear_down);

  return g_test_run ();
}
