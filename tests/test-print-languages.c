/* test-print-languages.c: the crisis plan printed in Arabic (right to
 * left) and Japanese, page and wallet card, read back from the PDF
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-print-languages"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-crisis-layout.h"
#include "waymark-crisis-pdf.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-test-utils.h"

/* Each language's printout is read back with pdftotext, as a person's
 * PDF viewer reads it: a heading from Waymark's catalogue and the
 * person's name, in that language's own script, must be there as text
 * (a glyph a font lacks would not read back as its letter), on the
 * full page and on the wallet card. Right to left, the card's front
 * panel and the page's name go on the right.
 *
 * The heading is one whose Arabic has no lam-alef: pdftotext gives
 * that ligature's two letters back in visual order. */

typedef struct
{
  const char *code;
  const char *name;        /* the person, one word of it */
  const char *surname;     /* and the other, whose first letter is
                            * nowhere else on the page */
  const char *emergency;
  const char *step;        /* something I can do, in the language */
  const char *month;       /* December, as the printed date says it */
  gboolean    rtl;
} Language;

static const Language languages[] = {
  { "ar", "ليلى", "ظافر", "123", "أمشي في الحديقة وأتصل بأختي", "ديسمبر", TRUE },
  { "ja", "山田", "花子", "119", "散歩に行って、空を見る", "12月", FALSE },
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

static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
          g_unichar_isspace (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The PDF's text with bidi controls and all white space dropped:
 * pdftotext spaces out the glyphs of a big Arabic name as it likes. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run (argv);

  return squeeze (text);
}

static void
assert_has (const char *text,
            const char *needle,
            const char *what)
{
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (text, squeezed) == NULL)
    g_error ("%s: “%s” is not in the PDF's text:\n%s", what, needle, text);
}

/* Where the first glyph of @letter's word on the first page is, from
 * pdftotext -bbox (which gives Arabic back a glyph at a time): the
 * first <word> that holds @letter, a character found nowhere else on
 * the page. FALSE when there is none. */
static gboolean
letter_extent (const char *path,
               const char *letter,
               double     *x_min,
               double     *x_max)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-", NULL };
  g_autofree char *html = run (argv);
  const char *tag = html;

  while ((tag = strstr (tag, "<word ")) != NULL)
    {
      const char *text = strchr (tag, '>');
      const char *end = text ? strstr (text, "</word>") : NULL;
      g_autofree char *word = NULL;

      g_assert_nonnull (end);
      word = g_strndup (text + 1, end - text - 1);
      if (strstr (word, letter) != NULL)
        {
          *x_min = g_ascii_strtod (strstr (tag, "xMin=\"") + strlen ("xMin=\""), NULL);
          *x_max = g_ascii_strtod (strstr (tag, "xMax=\"") + strlen ("xMax=\""), NULL);
          return TRUE;
        }
      tag = end;
    }

  return FALSE;
}

static WaymarkCrisisPlan *
make_plan (const Language *language)
{
  WaymarkCrisisPlan *plan = waymark_crisis_plan_new ();

  g_free (plan->person_name);
  plan->person_name = g_strdup_printf ("%s %s", language->name, language->surname);
  g_free (plan->date);
  plan->date = g_strdup ("2026-12-05");
  waymark_crisis_plan_add_item (plan, WAYMARK_CRISIS_EMERGENCY_SECTION, language->emergency, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", language->step, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "help-people", language->name, NULL, "+44 7700 900123", "");

  return plan;
}

static void
test_language (gconstpointer data)
{
  const Language *language = data;
  g_autoptr(WaymarkCrisisPlan) plan = make_plan (language);
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *heading = NULL;
  g_autofree char *first_letter = NULL;
  static const WaymarkCrisisLayoutKind kinds[] = { WAYMARK_CRISIS_LAYOUT_PAGE, WAYMARK_CRISIS_LAYOUT_CARD };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) left_off = NULL;
      g_autofree char *path = g_strdup_printf ("%s/%s-%s.pdf", dir, language->code,
                                               kinds[k] == WAYMARK_CRISIS_LAYOUT_CARD ? "card" : "page");
      g_autofree char *text = NULL;
      double x_min, x_max;
      gboolean ok;

      waymark_language_push (language->code);
      g_assert_cmpstr (waymark_language_current (), ==, language->code);
      g_assert_cmpint (waymark_language_is_rtl (language->code), ==, language->rtl);
      heading = (g_free (heading), g_strdup (_("Things I Can Do on My Own")));
      ok = waymark_crisis_pdf_export (plan, kinds[k], path, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT,
                                      &left_off, &error);
      waymark_language_pop ();
      g_assert_no_error (error);
      g_assert_true (ok);

      /* The catalogue is there: the heading is in the language. */
      g_assert_cmpstr (heading, !=, "Things I Can Do on My Own");

      text = pdf_text (path);
      assert_has (text, heading, path);
      assert_has (text, language->name, path);
      assert_has (text, language->surname, path);
      assert_has (text, language->step, path);
      assert_has (text, language->emergency, path);
      assert_has (text, "+44 7700 900123", path);
      g_assert_null (strstr (text, "ThingsICanDoonMyOwn"));
      g_assert_null (strstr (text, "December"));
      assert_has (text, language->month, path);

      /* Right to left, the name (in the page's header, on the card's
       * front panel) is on the right half of the sheet. */
      first_letter = (g_free (first_letter), g_utf8_substring (language->surname, 0, 1));
      g_assert_true (letter_extent (path, first_letter, &x_min, &x_max));
      if (language->rtl)
        g_assert_cmpfloat (x_min, >, WAYMARK_PAPER_A4_WIDTH / 2);
      else
        g_assert_cmpfloat (x_max, <, WAYMARK_PAPER_A4_WIDTH / 2);
    }
}

/* Which languages are written right to left. */
static void
test_direction (void)
{
  g_assert_true (waymark_language_is_rtl ("ar"));
  g_assert_true (waymark_language_is_rtl ("ar_EG.UTF-8"));
  g_assert_true (waymark_language_is_rtl ("he_IL"));
  g_assert_false (waymark_language_is_rtl ("ja"));
  g_assert_false (waymark_language_is_rtl ("de"));
  g_assert_false (waymark_language_is_rtl ("arn"));   /* Mapudungun */
  g_assert_false (waymark_language_is_rtl (""));
  g_assert_false (waymark_language_is_rtl (NULL));
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

  g_test_add_func ("/waymark/print/languages/direction", test_direction);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/waymark/print/languages/%s", languages[i].code);

      g_test_add_data_func (path, &languages[i], test_language);
    }

  return g_test_run ();
}
