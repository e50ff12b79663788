/* test-csv.c: CSV fields that spreadsheets read back exactly
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-csv.h"

static void
assert_field (const char *field,
              const char *expected)
{
  g_autoptr(GString) line = g_string_new (NULL);

  waymark_csv_append_field (line, field);
  g_assert_cmpstr (line->str, ==, expected);
}

static void
test_fields (void)
{
  assert_field ("plain", "plain");
  assert_field ("", "");
  assert_field (NULL, "");
  assert_field ("Walked, then slept", "\"Walked, then slept\"");
  assert_field ("She said \"hi\"", "\"She said \"\"hi\"\"\"");
  assert_field ("line one\nline two", "\"line one\nline two\"");
  assert_field ("carriage\r\nreturn", "\"carriage\r\nreturn\"");
  assert_field (" padded ", "\" padded \"");
  assert_field ("Ünïcødé ✓ 日本語", "Ünïcødé ✓ 日本語");
  assert_field ("2026-03-01", "2026-03-01");
  /* A note that a spreadsheet would run as a formula stays text. */
  assert_field ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
  assert_field ("@home", "\"'@home\"");
}

/* Every text cell starting with =, +, -, @, a tab or a carriage return,
 * digits after it or not: the cases that came out as written before. */
static void
test_formulas (void)
{
  assert_field ("=1+cmd|' /C calc'!A0", "\"'=1+cmd|' /C calc'!A0\"");
  assert_field ("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\"");
  assert_field ("=1+1", "\"'=1+1\"");
  assert_field ("+1", "\"'+1\"");
  assert_field ("@SUM(1)", "\"'@SUM(1)\"");
  assert_field ("\t=1+1", "\"'\t=1+1\"");
  assert_field ("\r=1+1", "\"'\r=1+1\"");
  /* Text that looks like a number is still text: a tag "-5" is not a
   * number Waymark measured. */
  assert_field ("-5", "\"'-5\"");
  assert_field ("walk =1+1", "walk =1+1");
}

/* Numbers Waymark wrote in its numeric columns stay numbers; anything
 * else given as a number is a text cell. */
static void
test_numbers (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "-5", "-5" }, { "7.5", "7.5" }, { "-0.25", "-0.25" }, { "1e+05", "1e+05" }, { "", "" },
    { "-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\"" }, { "=1+1", "\"'=1+1\"" },
    { "-", "\"'-\"" }, { "-1-1", "\"'-1-1\"" }, { "1.", "1." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      waymark_csv_append_number (line, cases[i].in);
      g_assert_cmpstr (line->str, ==, cases[i].out);
    }
}

static void
test_rows (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  const char *header[] = { "date", "mood", "note" };
  const char *row[] = { "2026-03-01", "6", "Tired, but \"okay\"\nwent out" };

  waymark_csv_append_row (csv, header, 3);
  waymark_csv_append_row (csv, row, 3);
  g_assert_cmpstr (csv->str, ==,
                   "date,mood,note\r\n"
                   "2026-03-01,6,\"Tired, but \"\"okay\"\"\nwent out\"\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/csv/fields", test_fields);
  g_test_add_func ("/waymark/csv/rows", test_rows);
  g_test_add_func ("/waymark/csv/formulas", test_formulas);
  g_test_add_func ("/waymark/csv/numbers", test_numbers);

  return g_test_run ();
}
