/* test-print.c: the crisis plan on paper, checked in the PDF and pixel by pixel
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include "waymark-crisis-layout.h"
#include "waymark-crisis-pdf.h"
#include "waymark-paper-size.h"
#include "waymark-test-utils.h"

/* The PDFs are read back with poppler-utils (pdfinfo, pdftotext), as a
 * person's PDF viewer or printer would read them, and each page is
 * also drawn into an image to check that nothing lands outside the
 * margins or the card's panels. Set WAYMARK_TEST_PRINT_KEEP to a folder
 * to keep every PDF made, to look at. */

/* Pixels per point when pages are checked as images. */
#define SCALE 2.0

typedef struct
{
  const char *name;
  double      width;
  double      height;
} Paper;

static const Paper papers[] = {
  { "a4", 595.28, 841.89 },
  { "letter", 612.0, 792.0 },
};

typedef struct
{
  const char *name;
  const char *detail;
  const char *phone;
  const char *hours;
} Person;

static const Person helpers[] = {
  { "Jo Reed", "Friend", "+44 7700 900123", "evenings" },
  { "Sam Okafor", "Brother", "07700 900456", "any time" },
  { "Priya Shah", "Neighbour", "(0161) 496 0789", "" },
};

static const Person professionals[] = {
  { "Dr Helen Marsh", "GP", "0161 496 0000", "Mon–Fri 8–6" },
  { "Samaritans", "Crisis line", "116 123", "24 hours" },
};

static const Person supporters[] = {
  { "Ruth Morgan", "Mum", "+44 7700 900789", "" },
};

typedef struct
{
  char      *dir;
  char      *path;
  GPtrArray *left_off;
  guint      n_pages;
  double     width;
  double     height;
} Export;

static void
export_clear (Export *export)
{
  if (export->dir != NULL)
    waymark_test_remove_tree (export->dir);
  g_clear_pointer (&export->dir, g_free);
  g_clear_pointer (&export->path, g_free);
  g_clear_pointer (&export->left_off, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/* Plans ----------------------------------------------------------------- */

static void
add_people (WaymarkCrisisPlan *plan,
            const char        *key,
            const Person      *people,
            guint              n_people)
{
  for (guint i = 0; i < n_people; i++)
    waymark_crisis_plan_add_item (plan, key, people[i].name, people[i].detail,
                                  people[i].phone, people[i].hours);
}

/* A plan as a person would fill it in: every section, one to four
 * things in each, people with their numbers. */
static WaymarkCrisisPlan *
make_typical_plan (void)
{
  WaymarkCrisisPlan *plan = waymark_crisis_plan_new ();

  g_free (plan->person_name);
  plan->person_name = g_strdup ("Alex Morgan");
  g_free (plan->date);
  plan->date = g_strdup ("2026-03-01");
  waymark_crisis_plan_add_item (plan, WAYMARK_CRISIS_EMERGENCY_SECTION, "999", NULL, NULL, NULL);

  waymark_crisis_plan_add_item (plan, "warning-signs", "Not sleeping for two nights", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "warning-signs", "Cancelling plans with friends", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "warning-signs", "Thinking that everyone would be better off without me",
                                NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", "Go for a walk by the canal", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", "Take a hot shower", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", "Play the piano for ten minutes", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", "Breathe in for four, out for six", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "distraction", "The café on Market Street", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "distraction", "Quiz night at the library", NULL, NULL, NULL);
  add_people (plan, "help-people", helpers, G_N_ELEMENTS (helpers));
  add_people (plan, "professionals", professionals, G_N_ELEMENTS (professionals));
  waymark_crisis_plan_add_item (plan, "safe-environment", "Give my tablets to Sam to keep", "Sam", NULL, NULL);
  waymark_crisis_plan_add_item (plan, "safe-environment", "Stay with Mum for the weekend", "Mum", NULL, NULL);
  waymark_crisis_plan_add_item (plan, "reasons", "My niece, Lily", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "reasons", "Finishing my garden", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "reasons", "My cat, Biscuit", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "takeover-signs", "I stop eating", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "takeover-signs", "I don’t recognise people I know", NULL, NULL, NULL);
  add_people (plan, "supporters", supporters, G_N_ELEMENTS (supporters));
  waymark_crisis_plan_add_item (plan, "supporters-do", "Sit with me and keep things quiet", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "supporters-do", "Look after Biscuit", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "supporters-avoid", "Raising your voice", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "medications", "Sertraline 100 mg in the morning", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "medications", "Allergic to penicillin", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "treatments-preferred", "The Oak Ward at North Hospital", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "treatments-avoid", "Being moved far from home", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "plan-ends", "I am sleeping and eating again for a week", NULL, NULL, NULL);

  return plan;
}

/* Far more than fits: forty things a section, long names, and text
 * with no place to break. */
static WaymarkCrisisPlan *
make_overlong_plan (void)
{
  WaymarkCrisisPlan *plan = waymark_crisis_plan_new ();
  guint n_sections;
  const WaymarkCrisisSectionInfo *sections = waymark_crisis_sections (&n_sections);

  g_free (plan->person_name);
  plan->person_name = g_strdup ("Maximiliana Alexandra Worthington-Fairweather");
  waymark_crisis_plan_add_item (plan, WAYMARK_CRISIS_EMERGENCY_SECTION, "112", NULL, NULL, NULL);

  for (guint i = 0; i < n_sections; i++)
    {
      if (g_str_equal (sections[i].key, WAYMARK_CRISIS_EMERGENCY_SECTION))
        continue;

      for (guint j = 1; j <= 40; j++)
        {
          g_autofree char *text = NULL;
          g_autofree char *phone = NULL;

          if (sections[i].about_people)
            {
              text = g_strdup_printf ("Bartholomew-Christopher Featherstonehaugh-Marjoribanks %u%u", i, j);
              phone = g_strdup_printf ("+44 20 7946 %02u%02u", i, j);
              waymark_crisis_plan_add_item (plan, sections[i].key, text, "A very dear old friend from school",
                                            phone, "weekdays after six in the evening");
            }
          else if (j == 7)
            {
              /* One long line with no space in it, to be wrapped anyway. */
              GString *word = g_string_new ("https://example.org/");

              while (word->len < 400)
                g_string_append (word, "abcdefghij");
              waymark_crisis_plan_add_item (plan, sections[i].key, word->str, NULL, NULL, NULL);
              g_string_free (word, TRUE);
            }
          else
            {
              text = g_strdup_printf ("Entry %u of section %u, long enough to wrap onto a second line "
                                      "on a wallet card and perhaps even on a full page of paper", j, i);
              waymark_crisis_plan_add_item (plan, sections[i].key, text,
                                            j % 3 == 0 ? "with some more detail written here" : NULL,
                                            NULL, NULL);
            }
        }
    }

  return plan;
}

#define JAPANESE_STEP "散歩に行って、空を見る"
#define JAPANESE_NAME "山田花子"
#define ARABIC_NAME   "أمي، فاطمة"
#define ARABIC_STEP   "أتصل بأختي وأتحدث معها"
#define ARABIC_PHONE  "+20 100 123 4567"
#define HEBREW_STEP   "לצאת להליכה עם הכלב"

/* Right-to-left and Chinese-Japanese-Korean text, and a plan with most
 * sections left empty. */
static WaymarkCrisisPlan *
make_world_plan (void)
{
  WaymarkCrisisPlan *plan = waymark_crisis_plan_new ();

  g_free (plan->person_name);
  plan->person_name = g_strdup (JAPANESE_NAME);
  waymark_crisis_plan_add_item (plan, WAYMARK_CRISIS_EMERGENCY_SECTION, "119", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", JAPANESE_STEP, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", ARABIC_STEP, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", HEBREW_STEP, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "help-people", ARABIC_NAME, "أم", ARABIC_PHONE, "");
  waymark_crisis_plan_add_item (plan, "reasons", "家族と猫", NULL, NULL, NULL);

  return plan;
}

/* Reading the PDF back -------------------------------------------------- */

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

/* The text of @page (from 1), or of every page when it is 0, as
 * pdftotext lays it out. */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    {
      const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
      return run (argv);
    }
  else
    {
      const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
      return run (argv);
    }
}

static void
read_pdf_info (Export *export)
{
  const char *argv[] = { "pdfinfo", export->path, NULL };
  g_autofree char *info = run (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  gboolean have_size = FALSE;

  export->n_pages = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        export->n_pages = g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
      else if (g_str_has_prefix (lines[i], "Page size:"))
        {
          char *end = NULL;

          export->width = g_ascii_strtod (lines[i] + strlen ("Page size:"), &end);
          g_assert_nonnull (strstr (end, " x "));
          export->height = g_ascii_strtod (strstr (end, " x ") + 3, NULL);
          have_size = TRUE;
        }
    }

  g_assert_true (have_size);
}

static void
keep_for_looking (const Export *export,
                  const char   *name)
{
  const char *keep = g_getenv ("WAYMARK_TEST_PRINT_KEEP");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length;

  if (keep == NULL || *keep == '\0')
    return;

  g_assert_true (g_file_get_contents (export->path, &contents, &length, NULL));
  g_mkdir_with_parents (keep, 0700);
  target = g_build_filename (keep, name, NULL);
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
}

static void
export_plan (Export                  *export,
             WaymarkCrisisPlan       *plan,
             WaymarkCrisisLayoutKind  kind,
             const Paper             *paper,
             const char              *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.pdf", name,
                                           kind == WAYMARK_CRISIS_LAYOUT_CARD ? "card" : "page",
                                           paper->name);
  gboolean ok;

  export->dir = waymark_test_make_tmpdir ();
  export->path = g_build_filename (export->dir, file, NULL);

  ok = waymark_crisis_pdf_export (plan, kind, export->path, paper->width, paper->height,
                                  &export->left_off, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_nonnull (export->left_off);

  /* Only the PDF: no temporary file left beside it. */
  listing = waymark_test_list_dir (export->dir);
  g_assert_cmpstr (g_strstrip (listing), ==, file);
  /* The person's own, as their plan is. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (export->path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  read_pdf_info (export);
  g_assert_cmpfloat_with_epsilon (export->width, paper->width, 0.01);
  g_assert_cmpfloat_with_epsilon (export->height, paper->height, 0.01);

  keep_for_looking (export, file);
}

/* The text with every run of white space made one space, so a line
 * that pdftotext spaced out or wrapped still matches. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The bidi isolates around a phone number are invisible. */
      if (c == 0x2066 || c == 0x2069)
        continue;

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_text_has (const char *text,
                 const char *needle)
{
  g_autofree char *squeezed = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

static void
assert_people_in_text (const char   *text,
                       const Person *people,
                       guint         n_people)
{
  for (guint i = 0; i < n_people; i++)
    {
      assert_text_has (text, people[i].name);
      assert_text_has (text, people[i].phone);
    }
}

/* Every page carries the person's name and says which page it is. */
static void
assert_page_furniture (const Export *export,
                       const char   *person_name)
{
  for (guint i = 1; i <= export->n_pages; i++)
    {
      g_autofree char *text = pdf_text (export->path, i);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i, export->n_pages);

      assert_text_has (text, person_name);
      assert_text_has (text, footer);
    }
}

/* Where each word is, as pdftotext -bbox reads it; the word's box is
 * where its glyphs are placed, whatever clipping hides, so text that
 * ran off the edge is caught even when it can't be seen. */
typedef struct
{
  double x_min, y_min, x_max, y_max;
  char  *text;
} Word;

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

static GArray *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *html = run (argv);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *tag = html;

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);

  /* <word xMin="…" yMin="…" xMax="…" yMax="…">text</word> */
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

/* Drawing pages into images ------------------------------------------- */

typedef struct
{
  double x0, y0, x1, y1;   /* where ink may go, in points */
} Area;

static cairo_surface_t *
render_page (WaymarkCrisisLayout *layout,
             guint                page)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  waymark_crisis_layout_get_paper_size (layout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (width * SCALE), ceil (height * SCALE));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  waymark_crisis_layout_draw_page (layout, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Every pixel wholly outside @area is white; returns how many pixels
 * inside it are not (up to a point), so a blank page can't pass for a
 * good one. */
static guint
assert_white_outside (cairo_surface_t *surface,
                      const Area      *area,
                      const char      *what)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  /* The first and last pixels that reach into the area. */
  int left = MAX (0, (int) floor (area->x0 * SCALE));
  int right = MIN (width - 1, (int) ceil (area->x1 * SCALE) - 1);
  int top = MAX (0, (int) floor (area->y0 * SCALE));
  int bottom = MIN (height - 1, (int) ceil (area->y1 * SCALE) - 1);
  guint inked = 0;

  for (int py = 0; py < height; py++)
    {
      const guint32 *row = (const guint32 *) (data + py * stride);
      gboolean outside_row = py < top || py > bottom;

      for (int px = 0; px < width; px++)
        {
          gboolean white = (row[px] & 0xffffff) == 0xffffff;

          if (outside_row || px < left || px > right)
            {
              if (!white)
                g_error ("%s: pixel (%d, %d), at %.1f × %.1f pt, is #%06x outside where anything may be drawn",
                         what, px, py, px / SCALE, py / SCALE, row[px] & 0xffffff);
            }
          else if (!white)
            inked++;
          else if (inked > 1000)
            px = right;   /* enough ink seen inside: on to the margin */
        }
    }

  return inked;
}

static void
assert_page_margins (WaymarkCrisisPlan *plan,
                     const Paper       *paper,
                     guint              expected_pages)
{
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  const double margin = WAYMARK_MM_TO_PT (18.0);
  Area content = { margin, margin, paper->width - margin, paper->height - margin };
  guint n_pages;

  g_assert_cmpfloat_with_epsilon (WAYMARK_CRISIS_PAGE_MARGIN, 51.02, 0.01);

  layout = waymark_crisis_layout_new (plan, WAYMARK_CRISIS_LAYOUT_PAGE, paper->width, paper->height, NULL);
  n_pages = waymark_crisis_layout_paginate (layout);
  g_assert_cmpuint (n_pages, ==, expected_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_surface_t *surface = render_page (layout, i);
      g_autofree char *what = g_strdup_printf ("page %u of %u on %s", i + 1, n_pages, paper->name);

      g_assert_cmpuint (assert_white_outside (surface, &content, what), >, 1000);
      cairo_surface_destroy (surface);
    }
}

/* The card: ink only on its panels and their guides, and the legend
 * between the two cards. */
static void
assert_card_panels (WaymarkCrisisPlan *plan,
                    const Paper       *paper)
{
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  const double guide = 1.0;   /* the cut and fold guides sit on the panels' edges */
  cairo_rectangle_t panels[WAYMARK_CRISIS_CARD_N_PANELS];
  cairo_surface_t *surface;
  Area area;

  g_assert_cmpfloat_with_epsilon (WAYMARK_CRISIS_CARD_WIDTH, 242.65, 0.01);
  g_assert_cmpfloat_with_epsilon (WAYMARK_CRISIS_CARD_HEIGHT, 153.07, 0.01);

  layout = waymark_crisis_layout_new (plan, WAYMARK_CRISIS_LAYOUT_CARD, paper->width, paper->height, NULL);
  g_assert_cmpuint (waymark_crisis_layout_paginate (layout), ==, 1);
  g_assert_false (waymark_crisis_layout_get_panel (layout, WAYMARK_CRISIS_CARD_N_PANELS, &panels[0]));

  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      g_assert_true (waymark_crisis_layout_get_panel (layout, i, &panels[i]));
      g_assert_cmpfloat_with_epsilon (panels[i].width, WAYMARK_CRISIS_CARD_WIDTH, 0.001);
      g_assert_cmpfloat_with_epsilon (panels[i].height, WAYMARK_CRISIS_CARD_HEIGHT, 0.001);

      /* On the paper, with room around for the guides, and apart. */
      g_assert_cmpfloat (panels[i].x, >=, 18.0);
      g_assert_cmpfloat (panels[i].y, >=, 18.0);
      g_assert_cmpfloat (panels[i].x + panels[i].width, <=, paper->width - 18.0);
      g_assert_cmpfloat (panels[i].y + panels[i].height, <=, paper->height - 18.0);
      for (guint j = 0; j < i; j++)
        g_assert_false (panels[i].x < panels[j].x + panels[j].width - 0.001 &&
                        panels[j].x < panels[i].x + panels[i].width - 0.001 &&
                        panels[i].y < panels[j].y + panels[j].height - 0.001 &&
                        panels[j].y < panels[i].y + panels[i].height - 0.001);
    }

  area.x0 = panels[0].x - guide;
  area.y0 = panels[0].y - guide;
  area.x1 = panels[3].x + panels[3].width + guide;
  area.y1 = panels[3].y + panels[3].height + guide;

  surface = render_page (layout, 0);
  g_assert_cmpuint (assert_white_outside (surface, &area, paper->name), >, 1000);
  cairo_surface_destroy (surface);
}

/* Every word placed inside the margins (full page) or inside a panel
 * or the gap between the cards where the legend is (card). */
static void
assert_words_inside (const Export *export,
                     const Area   *areas,
                     guint         n_areas)
{
  g_autoptr(GArray) words = pdf_words (export->path);
  /* A word's box is its glyphs' advance across, and the font's whole
   * height, a little more than the line it sits on, up and down. */
  const double slack_x = 0.5, slack_y = 3.0;

  g_assert_cmpuint (words->len, >, 10);

  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = &g_array_index (words, Word, i);
      gboolean inside = FALSE;

      for (guint j = 0; j < n_areas && !inside; j++)
        inside = word->x_min >= areas[j].x0 - slack_x && word->x_max <= areas[j].x1 + slack_x &&
                 word->y_min >= areas[j].y0 - slack_y && word->y_max <= areas[j].y1 + slack_y;

      if (!inside)
        g_error ("“%s” is at %.1f,%.1f–%.1f,%.1f, outside where text may go",
                 word->text, word->x_min, word->y_min, word->x_max, word->y_max);
    }
}

static void
assert_page_words_inside (const Export *export)
{
  const double margin = WAYMARK_CRISIS_PAGE_MARGIN;
  Area content = { margin, margin, export->width - margin, export->height - margin };

  assert_words_inside (export, &content, 1);
}

static void
assert_card_words_inside (const Export      *export,
                          WaymarkCrisisPlan *plan)
{
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  Area areas[WAYMARK_CRISIS_CARD_N_PANELS + 1];

  layout = waymark_crisis_layout_new (plan, WAYMARK_CRISIS_LAYOUT_CARD, export->width, export->height, NULL);
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      cairo_rectangle_t panel;

      g_assert_true (waymark_crisis_layout_get_panel (layout, i, &panel));
      areas[i].x0 = panel.x;
      areas[i].y0 = panel.y;
      areas[i].x1 = panel.x + panel.width;
      areas[i].y1 = panel.y + panel.height;
    }

  /* The legend: between the rows of cards. */
  areas[WAYMARK_CRISIS_CARD_N_PANELS].x0 = areas[0].x0;
  areas[WAYMARK_CRISIS_CARD_N_PANELS].y0 = areas[0].y1;
  areas[WAYMARK_CRISIS_CARD_N_PANELS].x1 = areas[3].x1;
  areas[WAYMARK_CRISIS_CARD_N_PANELS].y1 = areas[3].y0;

  assert_words_inside (export, areas, G_N_ELEMENTS (areas));
}

/* Tests ----------------------------------------------------------------- */

static void
test_paper_size (void)
{
  double width = 0, height = 0;

  g_assert_true (waymark_paper_size_from_name ("a4", &width, &height));
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  g_assert_true (waymark_paper_size_from_name ("A4", &width, &height));
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);

  g_assert_true (waymark_paper_size_from_name ("letter", &width, &height));
  g_assert_cmpfloat (width, ==, 612.0);
  g_assert_cmpfloat (height, ==, 792.0);
  g_assert_true (waymark_paper_size_from_name ("Letter", &width, &height));

  width = height = 1;
  g_assert_false (waymark_paper_size_from_name ("a5", &width, &height));
  g_assert_false (waymark_paper_size_from_name ("", &width, &height));
  g_assert_cmpfloat (width, ==, 1);

  /* The tests run in C.UTF-8, whose paper is A4. */
  waymark_paper_size_default (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
}

static void
test_empty (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = waymark_crisis_plan_new ();
  g_autofree char *dir = waymark_test_make_tmpdir ();

  g_free (plan->person_name);
  plan->person_name = g_strdup ("Alex Morgan");   /* a name alone is not a plan */

  for (guint kind = WAYMARK_CRISIS_LAYOUT_PAGE; kind <= WAYMARK_CRISIS_LAYOUT_CARD; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) left_off = NULL;
      g_autofree char *path = g_build_filename (dir, "empty.pdf", NULL);
      g_autofree char *listing = NULL;

      g_assert_false (waymark_crisis_pdf_export (plan, kind, path, 595.28, 841.89, &left_off, &error));
      g_assert_error (error, WAYMARK_CRISIS_PDF_ERROR, WAYMARK_CRISIS_PDF_ERROR_EMPTY_PLAN);
      g_assert_cmpstr (error->message, ==, "The crisis plan is empty, so there is nothing to export yet.");
      g_assert_null (left_off);

      listing = waymark_test_list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  waymark_test_remove_tree (dir);
}

static void
test_typical_page (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
      g_auto(Export) export = { 0 };
      g_autofree char *text = NULL;

      export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[i], "typical");
      g_assert_cmpuint (export.n_pages, >=, 1);
      g_assert_cmpuint (export.n_pages, <=, 3);
      g_assert_cmpuint (export.left_off->len, ==, 0);

      text = pdf_text (export.path, 0);
      assert_people_in_text (text, helpers, G_N_ELEMENTS (helpers));
      assert_people_in_text (text, professionals, G_N_ELEMENTS (professionals));
      assert_people_in_text (text, supporters, G_N_ELEMENTS (supporters));
      assert_text_has (text, "In an emergency call 999");
      assert_text_has (text, "Signs a Crisis May Be Coming");
      assert_text_has (text, "If Others Need to Step In");
      assert_text_has (text, "Who helps: Sam");
      assert_text_has (text, "1 March 2026");
      assert_text_has (text, "I am sleeping and eating again for a week");
      g_assert_null (strstr (text, "(continued)"));

      /* The emergency number is on the first page, before any step. */
      {
        g_autofree char *first = pdf_text (export.path, 1);
        g_autofree char *squeezed = squeeze (first);
        const char *box = strstr (squeezed, "In an emergency call 999");

        g_assert_nonnull (box);
        g_assert_true (box < strstr (squeezed, "Signs a Crisis May Be Coming"));
      }

      assert_page_furniture (&export, "Alex Morgan");
      assert_page_words_inside (&export);
      assert_page_margins (plan, &papers[i], export.n_pages);
    }
}

static void
test_typical_card (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
      g_auto(Export) export = { 0 };
      g_autofree char *text = NULL;

      export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_CARD, &papers[i], "typical");
      g_assert_cmpuint (export.n_pages, ==, 1);

      /* A typical plan fits whole. */
      for (guint j = 0; j < export.left_off->len; j++)
        g_printerr ("left off: %s\n", (const char *) export.left_off->pdata[j]);
      g_assert_cmpuint (export.left_off->len, ==, 0);

      text = pdf_text (export.path, 0);
      assert_people_in_text (text, helpers, G_N_ELEMENTS (helpers));
      assert_people_in_text (text, professionals, G_N_ELEMENTS (professionals));
      assert_text_has (text, "Alex Morgan");
      assert_text_has (text, "In an emergency call 999");
      assert_text_has (text, "My niece, Lily");
      assert_text_has (text, "Breathe in for four, out for six");
      assert_text_has (text, "Cut along the dashes, fold along the dots");
      g_assert_null (strstr (text, "…"));

      assert_card_words_inside (&export, plan);
      assert_card_panels (plan, &papers[i]);
    }
}

static void
test_overlong_page (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_overlong_plan ();

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_auto(Export) export = { 0 };
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;

      export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[i], "overlong");
      g_assert_cmpuint (export.n_pages, >, 1);
      g_assert_cmpuint (export.left_off->len, ==, 0);

      text = pdf_text (export.path, 0);
      assert_text_has (text, "(continued)");
      assert_text_has (text, "In an emergency call 112");

      /* Everything is printed: every person and number, the last entry
       * of the last section, the end of the line with no spaces. */
      squeezed = squeeze (text);
      for (guint s = 0; s < plan->sections->len; s++)
        {
          const WaymarkCrisisSection *section = plan->sections->pdata[s];

          for (guint j = 0; j < section->items->len; j++)
            {
              const WaymarkCrisisItem *item = section->items->pdata[j];

              if (section->info->about_people)
                {
                  g_assert_nonnull (strstr (squeezed, item->phone));
                  g_assert_nonnull (strstr (squeezed, item->text));
                }
            }
        }
      assert_text_has (text, "Entry 40 of section 14");
      assert_text_has (text, "abcdefghijabcdefghij");

      assert_page_furniture (&export, plan->person_name);
      assert_page_words_inside (&export);
      assert_page_margins (plan, &papers[i], export.n_pages);
    }
}

/* A heading is never the last thing on a page: the next line of the
 * text after it on the same page is one of its items. The first list
 * grows one item at a time, so the headings after it fall at every
 * height of the page in turn. */
static void
test_no_orphan_headings (void)
{
  guint n_sections;
  const WaymarkCrisisSectionInfo *sections = waymark_crisis_sections (&n_sections);
  guint n_breaks = 0;

  for (guint n = 1; n <= 24; n++)
    {
      g_autoptr(WaymarkCrisisPlan) plan = waymark_crisis_plan_new ();
      g_auto(Export) export = { 0 };
      const char *keys[] = { "coping", "distraction", "safe-environment", "reasons" };

      waymark_crisis_plan_add_item (plan, WAYMARK_CRISIS_EMERGENCY_SECTION, "999", NULL, NULL, NULL);
      for (guint i = 1; i <= n; i++)
        waymark_crisis_plan_add_item (plan, "warning-signs", "A sign", NULL, NULL, NULL);
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        /* Enough that the lists run over pages at the tighter spacing
         * that fits a typical plan on one page (issue 14, item 20). */
        for (guint i = 1; i <= 16; i++)
          waymark_crisis_plan_add_item (plan, keys[k], "Something that helps", NULL, NULL, NULL);

      export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[0], "orphans");

      for (guint page = 1; page <= export.n_pages; page++)
        {
          g_autofree char *text = pdf_text (export.path, page);
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
          int last = -1;

          /* The last line before the footer that has something on it. */
          for (int i = 0; lines[i] != NULL; i++)
            if (*g_strstrip (lines[i]) != '\0' && !g_str_has_prefix (lines[i], "Page "))
              last = i;

          g_assert_cmpint (last, >=, 0);
          for (guint s = 0; s < n_sections; s++)
            if (g_str_has_suffix (lines[last], sections[s].title))
              g_error ("With %u signs, page %u ends in the heading “%s”", n, page, lines[last]);

          if (strstr (text, "(continued)") != NULL)
            n_breaks++;
        }
    }

  /* The lists did break across pages, under their headings again. */
  g_assert_cmpuint (n_breaks, >, 5);
}

/* One entry longer than a page goes on over the next, line by line,
 * with none lost between them. */
static void
test_long_entry (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = waymark_crisis_plan_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(Export) export = { 0 };
  g_autofree char *pdf = NULL;
  g_autofree char *squeezed = NULL;

  for (guint i = 1; i <= 700; i++)
    g_string_append_printf (text, "word%u ", i);
  g_string_append (text, "the-end-of-it");

  g_free (plan->person_name);
  plan->person_name = g_strdup ("Alex Morgan");
  waymark_crisis_plan_add_item (plan, "coping", "A short one first", NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", text->str, NULL, NULL, NULL);
  waymark_crisis_plan_add_item (plan, "coping", "A short one after", NULL, NULL, NULL);

  export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_PAGE, &papers[0], "long-entry");
  g_assert_cmpuint (export.n_pages, >=, 2);

  pdf = pdf_text (export.path, 0);
  squeezed = squeeze (pdf);
  g_assert_nonnull (strstr (squeezed, "(continued)"));
  for (guint i = 1; i <= 700; i++)
    {
      g_autofree char *word = g_strdup_printf (" word%u ", i);

      if (strstr (squeezed, word) == NULL && !(i == 1 && strstr (squeezed, "word1 ")))
        g_error ("“%s” was lost between pages", word);
    }
  g_assert_nonnull (strstr (squeezed, "the-end-of-it • A short one after"));

  /* Each word once: the lines of the other page are not in this one,
   * hidden. */
  g_assert_true (strstr (squeezed, " word500 ") == g_strrstr (squeezed, " word500 "));
  {
    g_autofree char *first = pdf_text (export.path, 1);
    g_autofree char *second = pdf_text (export.path, 2);

    g_assert_null (strstr (first, "the-end-of-it"));
    g_assert_null (strstr (second, " word2 "));
  }

  assert_page_furniture (&export, "Alex Morgan");
  assert_page_words_inside (&export);
  assert_page_margins (plan, &papers[0], export.n_pages);
}

static void
test_overlong_card (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_overlong_plan ();

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_auto(Export) export = { 0 };
      g_autofree char *text = NULL;
      g_autoptr(GArray) words = NULL;
      double legend_height = 0, smallest = G_MAXDOUBLE;
      gboolean told_last = FALSE;

      export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_CARD, &papers[i], "overlong");
      g_assert_cmpuint (export.n_pages, ==, 1);

      /* Much did not fit, and the person is told exactly what. */
      g_assert_cmpuint (export.left_off->len, >, 10);
      for (guint j = 0; j < export.left_off->len; j++)
        told_last |= g_str_equal (export.left_off->pdata[j],
                                  "Things I Can Do on My Own: Entry 40 of section 1, long enough to wrap "
                                  "onto a second line on a wallet card and perhaps even on a full page of paper");
      g_assert_true (told_last);

      /* What was cut short or left off is marked on the card. */
      text = pdf_text (export.path, 0);
      assert_text_has (text, "…");
      assert_text_has (text, "more in my full plan");
      assert_text_has (text, "In an emergency call");
      assert_text_has (text, "112");
      /* The first person to ask and the first professional both made
       * it, though there are forty of each. */
      assert_text_has (text, "+44 20 7946 0301");
      assert_text_has (text, "+44 20 7946 0401");

      /* Nothing smaller than 6.5 pt: word boxes scale with their font
       * size, and the legend is 7.5 pt. */
      words = pdf_words (export.path);
      for (guint j = 0; j < words->len; j++)
        {
          const Word *word = &g_array_index (words, Word, j);

          if (g_str_equal (word->text, "dashes,"))
            legend_height = word->y_max - word->y_min;
        }
      g_assert_cmpfloat (legend_height, >, 0);
      for (guint j = 0; j < words->len; j++)
        {
          const Word *word = &g_array_index (words, Word, j);

          if (g_utf8_get_char (word->text) < 0x2000)   /* fallback fonts differ in height */
            smallest = MIN (smallest, word->y_max - word->y_min);
        }
      g_assert_cmpfloat (smallest, >=, legend_height * WAYMARK_CRISIS_CARD_MIN_FONT_SIZE / 7.5 - 0.05);

      assert_card_words_inside (&export, plan);
      assert_card_panels (plan, &papers[i]);
    }
}

/* A name too long for the card's front gives way to the emergency
 * number, and the person is told. */
static void
test_card_long_name (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
  g_auto(Export) export = { 0 };
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *text = NULL;

  while (name->len < 600)
    g_string_append (name, "Alexandra-Josephine ");
  g_free (plan->person_name);
  plan->person_name = g_strdup (g_strstrip (name->str));

  export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_CARD, &papers[0], "long-name");
  g_assert_cmpuint (export.left_off->len, ==, 1);
  g_assert_true (g_str_has_prefix (export.left_off->pdata[0], "Name: Alexandra-Josephine"));

  /* (The "…" that ends the name can't be checked in the text: the PDF
   * keeps what it stands for as its text, for copying.) */
  text = pdf_text (export.path, 0);
  assert_text_has (text, "In an emergency call");
  assert_text_has (text, "999");

  assert_card_words_inside (&export, plan);
  assert_card_panels (plan, &papers[0]);
}

/* Shrunk to fit, not cut: a longer list still all on the card. */
static void
test_card_shrinks (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
  g_auto(Export) export = { 0 };
  g_autofree char *text = NULL;

  for (guint i = 5; i <= 9; i++)
    {
      g_autofree char *step = g_strdup_printf ("Coping step number %u, written out", i);
      waymark_crisis_plan_add_item (plan, "coping", step, NULL, NULL, NULL);
    }

  export_plan (&export, plan, WAYMARK_CRISIS_LAYOUT_CARD, &papers[0], "shrunk");
  g_assert_cmpuint (export.left_off->len, ==, 0);

  text = pdf_text (export.path, 0);
  assert_text_has (text, "Coping step number 9, written out");
  g_assert_null (strstr (text, "…"));
}

static void
test_world_scripts (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_world_plan ();

  for (guint kind = WAYMARK_CRISIS_LAYOUT_PAGE; kind <= WAYMARK_CRISIS_LAYOUT_CARD; kind++)
    {
      g_auto(Export) export = { 0 };
      g_autofree char *text = NULL;

      export_plan (&export, plan, kind, &papers[1], "world");
      text = pdf_text (export.path, 0);
      assert_text_has (text, JAPANESE_STEP);
      assert_text_has (text, JAPANESE_NAME);
      assert_text_has (text, "家族と猫");
      /* Right-to-left text comes back in reading order, letter for
       * letter: drawn with real glyphs, not hex boxes. */
      assert_text_has (text, ARABIC_STEP);
      assert_text_has (text, HEBREW_STEP);
      /* A number inside right-to-left text is still dialled in order. */
      assert_text_has (text, ARABIC_PHONE);
      g_assert_cmpuint (export.left_off->len, ==, 0);

      if (kind == WAYMARK_CRISIS_LAYOUT_PAGE)
        {
          /* Empty sections are left out. */
          g_assert_null (strstr (text, "Signs a Crisis May Be Coming"));
          g_assert_null (strstr (text, "If Others Need to Step In"));
          assert_page_furniture (&export, JAPANESE_NAME);
          assert_page_words_inside (&export);
          assert_page_margins (plan, &papers[1], export.n_pages);
        }
      else
        {
          assert_card_words_inside (&export, plan);
          assert_card_panels (plan, &papers[1]);
        }
    }
}

/* The Arabic is shaped, not drawn letter by letter: its glyphs join, so
 * the line is narrower than its letters set apart. */
static void
test_arabic_shaped (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) joined = pango_layout_new (context);
  g_autoptr(PangoLayout) apart = pango_layout_new (context);
  g_autoptr(GString) spaced = g_string_new (NULL);
  PangoLayoutLine *line;
  int joined_width, apart_width;

  for (const char *p = ARABIC_STEP; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (spaced, g_utf8_get_char (p));
      g_string_append (spaced, "\xe2\x80\x8c");   /* ZERO WIDTH NON-JOINER */
    }

  pango_layout_set_text (joined, ARABIC_STEP, -1);
  pango_layout_set_text (apart, spaced->str, -1);
  pango_layout_get_pixel_size (joined, &joined_width, NULL);
  pango_layout_get_pixel_size (apart, &apart_width, NULL);
  g_assert_cmpint (joined_width, <, apart_width);

  line = pango_layout_get_line_readonly (joined, 0);
  g_assert_cmpint (line->resolved_dir, ==, PANGO_DIRECTION_RTL);

  g_object_unref (context);
}

/* Every script a crisis plan may be written in has a font on this
 * machine: laid out as the PDF lays it out, no character falls back to a
 * hex box (PANGO_GLYPH_UNKNOWN_FLAG). install-deps installs the fonts. */
static void
test_real_glyphs (void)
{
  static const struct { const char *script, *text, *package; } samples[] = {
    { "Latin", "Call my sister, then walk", "fonts-cantarell or fonts-dejavu-core" },
    { "Arabic", ARABIC_STEP, "fonts-dejavu-core" },
    { "Hebrew", HEBREW_STEP, "fonts-dejavu-core" },
    { "Japanese", JAPANESE_STEP, "fonts-ipafont-gothic" },
  };
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans 11");

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      PangoLayoutIter *iter;
      guint n_glyphs = 0, n_unknown = 0;

      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, samples[i].text, -1);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

          if (run == NULL)
            continue;
          for (int g = 0; g < run->glyphs->num_glyphs; g++)
            {
              n_glyphs++;
              if (run->glyphs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
                n_unknown++;
            }
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);

      g_assert_cmpuint (n_glyphs, >, 0);
      if (n_unknown > 0)
        g_error ("%u of %u glyphs of the %s text “%s” would be hex boxes: no font covers them "
                 "(install %s; build-aux/install-deps test does)",
                 n_unknown, n_glyphs, samples[i].script, samples[i].text, samples[i].package);
    }

  pango_font_description_free (font);
  g_object_unref (context);
}

static void
assert_write_fails (const char *path,
                    int         code)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) left_off = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *start = g_strdup_printf ("Waymark could not write “%s”: ", name);

  g_assert_false (waymark_crisis_pdf_export (plan, WAYMARK_CRISIS_LAYOUT_PAGE, path,
                                             595.28, 841.89, &left_off, &error));
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, start));
  g_assert_null (left_off);
}

static void
test_unwritable (void)
{
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "file", NULL);
  g_autofree char *in_file = g_build_filename (file, "plan.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "plan.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  assert_write_fails (missing, G_IO_ERROR_NOT_FOUND);
  assert_write_fails (in_file, G_IO_ERROR_NOT_DIRECTORY);
  /* Written whole, then it can't take the place of a folder: the
   * temporary file goes, the folder stays. */
  assert_write_fails (folder, G_IO_ERROR_IS_DIRECTORY);

  listing = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "file\nfolder.pdf");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  if (geteuid () != 0)
    {
      g_autofree char *locked = g_build_filename (dir, "locked", NULL);
      g_autofree char *old = g_build_filename (locked, "plan.pdf", NULL);
      g_autofree char *locked_listing = NULL;
      g_autofree char *contents = NULL;

      /* A read-only folder: the error says so, and the PDF already
       * there is left as it was. */
      g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
      g_assert_true (g_file_set_contents (old, "the old plan", -1, NULL));
      g_assert_cmpint (g_chmod (locked, 0500), ==, 0);

      assert_write_fails (old, G_IO_ERROR_PERMISSION_DENIED);
      {
        g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
        g_autoptr(GError) error = NULL;

        waymark_crisis_pdf_export (plan, WAYMARK_CRISIS_LAYOUT_CARD, old, 612, 792, NULL, &error);
        g_assert_cmpstr (error->message, ==, "Waymark could not write “plan.pdf”: Permission denied");
      }

      g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the old plan");
      locked_listing = waymark_test_list_dir (locked);
      g_assert_cmpstr (locked_listing, ==, "plan.pdf");
    }
  else
    g_test_message ("Running as root: a read-only folder can't be tested");

  waymark_test_remove_tree (dir);
}

/* A second export replaces the first whole. */
static void
test_replace (void)
{
  g_autoptr(WaymarkCrisisPlan) plan = make_typical_plan ();
  g_autofree char *dir = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "an older file", -1, NULL));
  g_assert_true (waymark_crisis_pdf_export (plan, WAYMARK_CRISIS_LAYOUT_CARD, path, 612, 792, NULL, &error));
  g_assert_no_error (error);

  listing = waymark_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.pdf");
  text = pdf_text (path, 0);
  assert_text_has (text, "Jo Reed");

  waymark_test_remove_tree (dir);
}

/* The layout is a copy: the plan may go as soon as it is made. */
static void
test_layout_copies_plan (void)
{
  WaymarkCrisisPlan *plan = make_typical_plan ();
  g_autoptr(WaymarkCrisisLayout) layout = NULL;
  double width, height;

  layout = waymark_crisis_layout_new (plan, WAYMARK_CRISIS_LAYOUT_PAGE, 612, 792, NULL);
  waymark_crisis_plan_free (plan);

  g_assert_cmpint (waymark_crisis_layout_get_kind (layout), ==, WAYMARK_CRISIS_LAYOUT_PAGE);
  g_assert_cmpuint (waymark_crisis_layout_get_n_pages (layout), >=, 1);
  g_assert_cmpuint (waymark_crisis_layout_get_left_off (layout)->len, ==, 0);

  waymark_crisis_layout_set_paper_size (layout, 595.28, 841.89);
  waymark_crisis_layout_get_paper_size (layout, &width, &height);
  g_assert_cmpfloat (width, ==, 595.28);
  g_assert_cmpuint (waymark_crisis_layout_get_n_pages (layout), >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/print/paper-size", test_paper_size);
  g_test_add_func ("/waymark/print/empty", test_empty);
  g_test_add_func ("/waymark/print/typical/page", test_typical_page);
  g_test_add_func ("/waymark/print/typical/card", test_typical_card);
  g_test_add_func ("/waymark/print/overlong/page", test_overlong_page);
  g_test_add_func ("/waymark/print/page/no-orphan-headings", test_no_orphan_headings);
  g_test_add_func ("/waymark/print/page/long-entry", test_long_entry);
  g_test_add_func ("/waymark/print/overlong/card", test_overlong_card);
  g_test_add_func ("/waymark/print/card-shrinks", test_card_shrinks);
  g_test_add_func ("/waymark/print/card-long-name", test_card_long_name);
  g_test_add_func ("/waymark/print/world-scripts", test_world_scripts);
  g_test_add_func ("/waymark/print/arabic-shaped", test_arabic_shaped);
  g_test_add_func ("/waymark/print/real-glyphs", test_real_glyphs);
  g_test_add_func ("/waymark/print/unwritable", test_unwritable);
  g_test_add_func ("/waymark/print/replace", test_replace);
  g_test_add_func ("/waymark/print/layout-copies-plan", test_layout_copies_plan);

  return g_test_run ();
}
