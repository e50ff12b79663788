/* test-safety-net.c: the numbers suggested by country, and that each
 * says where and when it was checked
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-safety-net.h"

static void
assert_country_from_locale (const char *locale,
                            const char *expected)
{
  g_autofree char *code = waymark_safety_net_country_from_locale_name (locale);

  g_assert_cmpstr (code, ==, expected);
}

static void
test_locale_names (void)
{
  assert_country_from_locale ("en_GB.UTF-8", "GB");
  assert_country_from_locale ("en_US.UTF-8", "US");
  assert_country_from_locale ("de_DE.UTF-8", "DE");
  assert_country_from_locale ("de_AT", "AT");
  assert_country_from_locale ("pt_BR.utf8", "BR");
  assert_country_from_locale ("fr_FR.UTF-8@euro", "FR");
  assert_country_from_locale ("uk_UA@latin", "UA");
  assert_country_from_locale ("C", NULL);
  assert_country_from_locale ("POSIX", NULL);
  assert_country_from_locale ("C.UTF-8", NULL);
  assert_country_from_locale ("de", NULL);
  assert_country_from_locale ("", NULL);
  assert_country_from_locale (NULL, NULL);
  assert_country_from_locale ("en_GBR.UTF-8", NULL);
}

/* What the C library would use: LC_ALL first, then the region of the
 * formats, then the language. */
static void
test_environment (void)
{
  g_autofree char *code = NULL;

  g_setenv ("LC_ALL", "", TRUE);
  g_setenv ("LC_TELEPHONE", "de_DE.UTF-8", TRUE);
  g_setenv ("LC_MESSAGES", "en_GB.UTF-8", TRUE);
  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  code = waymark_safety_net_country_from_environment ();
  g_assert_cmpstr (code, ==, "DE");
  g_clear_pointer (&code, g_free);

  g_unsetenv ("LC_TELEPHONE");
  code = waymark_safety_net_country_from_environment ();
  g_assert_cmpstr (code, ==, "GB");
  g_clear_pointer (&code, g_free);

  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  code = waymark_safety_net_country_from_environment ();
  g_assert_cmpstr (code, ==, "US");
  g_clear_pointer (&code, g_free);

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  code = waymark_safety_net_country_from_environment ();
  g_assert_null (code);
  g_assert_null (waymark_safety_net_resolve (""));

  /* What the person chose wins over the locale; "another country"
   * suggests nothing. */
  g_setenv ("LC_ALL", "en_GB.UTF-8", TRUE);
  g_assert_cmpstr (waymark_safety_net_resolve ("")->code, ==, "GB");
  g_assert_cmpstr (waymark_safety_net_resolve (NULL)->code, ==, "GB");
  g_assert_cmpstr (waymark_safety_net_resolve ("de")->code, ==, "DE");
  g_assert_null (waymark_safety_net_resolve (WAYMARK_SAFETY_NET_NO_COUNTRY));
  g_assert_null (waymark_safety_net_resolve ("XX"));

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

static void
assert_numbers (const char *locale,
                const char *emergency,
                const char *line)
{
  g_autofree char *code = waymark_safety_net_country_from_locale_name (locale);
  const WaymarkSafetyNetCountry *country = waymark_safety_net_lookup (code);

  g_assert_nonnull (country);
  g_assert_cmpstr (country->emergency_number, ==, emergency);
  g_assert_cmpstr (waymark_safety_net_country_get_line (country)->number, ==, line);
}

static void
test_lookup (void)
{
  const WaymarkSafetyNetCountry *germany;

  assert_numbers ("en_US.UTF-8", "911", "988");
  assert_numbers ("en_GB.UTF-8", "999", "116 123");
  assert_numbers ("de_DE.UTF-8", "112", "0800 111 0 111");
  assert_numbers ("fr_FR.UTF-8", "112", "3114");
  assert_numbers ("es_ES.UTF-8", "112", "024");
  assert_numbers ("en_AU.UTF-8", "000", "13 11 14");
  assert_numbers ("en_CA.UTF-8", "911", "988");
  assert_numbers ("en_IE.UTF-8", "112", "116 123");
  assert_numbers ("en_NZ.UTF-8", "111", "1737");
  assert_numbers ("ar_EG.UTF-8", "123", "08008880700");
  assert_numbers ("ja_JP.UTF-8", "119", "0120-279-338");

  germany = waymark_safety_net_lookup ("de");
  g_assert_cmpuint (germany->lines->len, ==, 2);
  g_assert_cmpstr (((WaymarkCrisisLine *) germany->lines->pdata[1])->number, ==, "0800 111 0 222");
  g_assert_cmpstr (waymark_safety_net_country_get_name (germany), ==, "Germany");
  g_assert_cmpstr (waymark_crisis_line_get_hours_label (germany->lines->pdata[0]), ==,
                   "Any time, day or night");

  /* A country Waymark has no checked numbers for suggests nothing. */
  g_assert_null (waymark_safety_net_lookup ("XX"));
  g_assert_null (waymark_safety_net_lookup ("AQ"));
  g_assert_null (waymark_safety_net_lookup (""));
  g_assert_null (waymark_safety_net_lookup (NULL));
}

/* The table Waymark ships: every entry has a source beside each number
 * and the date it was checked. */
static void
test_table_is_sourced (void)
{
  GPtrArray *countries = waymark_safety_net_get_countries ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (countries->len, >=, 9);
  g_assert_true (waymark_safety_net_validate (countries, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < countries->len; i++)
    {
      const WaymarkSafetyNetCountry *country = countries->pdata[i];
      g_autofree char *checked = waymark_safety_net_country_format_checked (country);

      g_assert_cmpstr (country->emergency_source, !=, "");
      g_assert_cmpuint (strlen (country->checked), ==, 10);
      g_assert_cmpstr (checked, !=, "");
      for (guint n = 0; n < country->lines->len; n++)
        g_assert_cmpstr (((WaymarkCrisisLine *) country->lines->pdata[n])->source, !=, "");
    }
}

static void
assert_refused (const char *table,
                const char *fault)
{
  g_autoptr(GPtrArray) countries = NULL;
  g_autoptr(GError) error = NULL;

  countries = waymark_safety_net_parse (table, -1, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_safety_net_validate (countries, &error));
  g_assert_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
  if (strstr (error->message, fault) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fault);
}

#define GOOD_ENTRY "[GB]\nname=United Kingdom\nemergency=999\nemergency-source=https://example.org/a\n" \
                   "line1-name=Samaritans\nline1-number=116 123\nline1-hours=24/7\n" \
                   "line1-source=https://example.org/b\nchecked=2026-12-06\n"

/* The check above can fail: an entry without a source, a checked date,
 * a line or a translatable name is refused. */
static void
test_unsourced_entries_are_refused (void)
{
  g_autoptr(GPtrArray) good = NULL;
  g_autoptr(GError) error = NULL;

  good = waymark_safety_net_parse (GOOD_ENTRY, -1, &error);
  g_assert_no_error (error);
  g_assert_true (waymark_safety_net_validate (good, &error));

  assert_refused ("[GB]\nname=United Kingdom\nemergency=999\n"
                  "line1-name=Samaritans\nline1-number=116 123\n"
                  "line1-source=https://example.org/b\nchecked=2026-12-06\n",
                  "emergency number has no source");
  assert_refused ("[GB]\nname=United Kingdom\nemergency=999\nemergency-source=https://example.org/a\n"
                  "line1-name=Samaritans\nline1-number=116 123\nchecked=2026-12-06\n",
                  "crisis line 1 has no source");
  assert_refused ("[GB]\nname=United Kingdom\nemergency=999\nemergency-source=https://example.org/a\n"
                  "line1-name=Samaritans\nline1-number=116 123\nline1-source=https://example.org/b\n",
                  "checked");
  assert_refused ("[GB]\nname=United Kingdom\nemergency=999\nemergency-source=https://example.org/a\n"
                  "line1-name=Samaritans\nline1-number=116 123\nline1-source=https://example.org/b\n"
                  "checked=6/12/2026\n",
                  "checked");
  assert_refused ("[GB]\nname=United Kingdom\nemergency=999\nemergency-source=https://example.org/a\n"
                  "checked=2026-12-06\n",
                  "no crisis line");
  assert_refused ("[XK]\nname=Atlantis\nemergency=999\nemergency-source=https://example.org/a\n"
                  "line1-name=Samaritans\nline1-number=116 123\nline1-source=https://example.org/b\n"
                  "checked=2026-12-06\n",
                  "country_names");
  assert_refused ("[GB]\nname=United Kingdom\nemergency=call us\nemergency-source=https://example.org/a\n"
                  "line1-name=Samaritans\nline1-number=116 123\nline1-source=https://example.org/b\n"
                  "checked=2026-12-06\n",
                  "no emergency number");
}

static void
test_tel_uri (void)
{
  g_autofree char *germany = waymark_safety_net_tel_uri ("0800 111 0 111");
  g_autofree char *japan = waymark_safety_net_tel_uri ("0120-279-338");
  g_autofree char *international = waymark_safety_net_tel_uri ("+44 20 7946 0000");

  g_assert_cmpstr (germany, ==, "tel:08001110111");
  g_assert_cmpstr (japan, ==, "tel:0120279338");
  g_assert_cmpstr (international, ==, "tel:+442079460000");
}

static void
test_unbroken (void)
{
  g_autofree char *germany = waymark_safety_net_unbroken ("0800 111 0 111");
  g_autofree char *us = waymark_safety_net_unbroken ("988");

  g_assert_cmpstr (germany, ==, "0800\u00a0111\u00a00\u00a0111");
  g_assert_cmpstr (us, ==, "988");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/safety-net/locale-names", test_locale_names);
  g_test_add_func ("/waymark/safety-net/environment", test_environment);
  g_test_add_func ("/waymark/safety-net/lookup", test_lookup);
  g_test_add_func ("/waymark/safety-net/table-is-sourced", test_table_is_sourced);
  g_test_add_func ("/waymark/safety-net/unsourced-entries-are-refused", test_unsourced_entries_are_refused);
  g_test_add_func ("/waymark/safety-net/tel-uri", test_tel_uri);
  g_test_add_func ("/waymark/safety-net/unbroken", test_unbroken);

  return g_test_run ();
}
