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
  assert_field ("-5", "-5");
  assert_field ("2026-03-01", "2026-03-01");
  /* A note that a spreadsheet would run as a formula stays text. */
  assert_field ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
  assert_field ("@home", "\"'@home\"");
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

  return g_test_run ();
}
