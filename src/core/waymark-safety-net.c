/* waymark-safety-net.c: the emergency number and crisis lines Waymark
 * suggests for a country, before the person has written their own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-safety-net"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "waymark-contact.h"
#include "waymark-core-resources.h"
#include "waymark-date.h"
#include "waymark-person.h"
#include "waymark-safety-net.h"

/* A new plan has no number in it, and a person on a hard day should not
 * have to look one up. The table (data/crisis-lines.ini, in the core's
 * GResource) holds, per country, the emergency number and one or two
 * crisis lines, each checked against a stored public source on the date
 * written beside it. Nothing here is a guess: a country is in the table
 * only when its numbers could be checked. The page always says these are
 * suggestions for a country, checked on a date, and the person's own
 * number, typed in the crisis plan, wins. */

#define TABLE_PATH "/io/github/waymark/Waymark/safety-net/crisis-lines.ini"
#define MAX_LINES  2

/* The countries' names, for gettext: every name in the table must be
 * here (waymark_safety_net_validate() checks), so each one is
 * translated. */
static const char * const country_names[] = {
  N_("Australia"),
  N_("Brazil"),
  N_("Canada"),
  N_("Egypt"),
  N_("France"),
  N_("Germany"),
  N_("Ireland"),
  N_("Japan"),
  N_("New Zealand"),
  N_("Poland"),
  N_("Spain"),
  N_("Ukraine"),
  N_("United Kingdom"),
  N_("United States"),
};

static void
crisis_line_free (gpointer data)
{
  WaymarkCrisisLine *line = data;

  g_free (line->name);
  g_free (line->number);
  g_free (line->hours);
  g_free (line->source);
  g_free (line);
}

static void
country_free (gpointer data)
{
  WaymarkSafetyNetCountry *country = data;

  g_free (country->code);
  g_free (country->english_name);
  g_free (country->emergency_number);
  g_free (country->emergency_source);
  g_free (country->checked);
  g_clear_pointer (&country->lines, g_ptr_array_unref);
  g_free (country);
}

static char *
get_string (GKeyFile   *keyfile,
            const char *group,
            const char *key)
{
  char *value = g_key_file_get_string (keyfile, group, key, NULL);

  return g_strstrip (value ? value : g_strdup (""));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const WaymarkSafetyNetCountry *ca = *(WaymarkSafetyNetCountry **) a;
  const WaymarkSafetyNetCountry *cb = *(WaymarkSafetyNetCountry **) b;

  return strcmp (ca->code, cb->code);
}

/**
 * waymark_safety_net_parse:
 * @data: the table, in GKeyFile form
 * @length: its length, or -1 when nul-terminated
 * @error: return location for an error
 *
 * Reads a table of countries without judging it; see
 * waymark_safety_net_validate().
 *
 * Returns: (transfer full): the countries, sorted by code
 */
GPtrArray *
waymark_safety_net_parse (const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GPtrArray) countries = g_ptr_array_new_with_free_func (country_free);
  g_auto(GStrv) groups = NULL;

  if (!g_key_file_load_from_data (keyfile, data, length, G_KEY_FILE_NONE, error))
    return NULL;

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      WaymarkSafetyNetCountry *country = g_new0 (WaymarkSafetyNetCountry, 1);

      country->code = g_ascii_strup (groups[i], -1);
      country->english_name = get_string (keyfile, groups[i], "name");
      country->emergency_number = get_string (keyfile, groups[i], "emergency");
      country->emergency_source = get_string (keyfile, groups[i], "emergency-source");
      country->checked = get_string (keyfile, groups[i], "checked");
      country->lines = g_ptr_array_new_with_free_func (crisis_line_free);

      for (guint n = 1; n <= MAX_LINES; n++)
        {
          g_autofree char *name_key = g_strdup_printf ("line%u-name", n);
          g_autofree char *number_key = g_strdup_printf ("line%u-number", n);
          g_autofree char *hours_key = g_strdup_printf ("line%u-hours", n);
          g_autofree char *source_key = g_strdup_printf ("line%u-source", n);
          WaymarkCrisisLine *line;

          if (!g_key_file_has_key (keyfile, groups[i], number_key, NULL))
            continue;

          line = g_new0 (WaymarkCrisisLine, 1);
          line->name = get_string (keyfile, groups[i], name_key);
          line->number = get_string (keyfile, groups[i], number_key);
          line->hours = get_string (keyfile, groups[i], hours_key);
          line->source = get_string (keyfile, groups[i], source_key);
          g_ptr_array_add (country->lines, line);
        }

      g_ptr_array_add (countries, country);
    }

  g_ptr_array_sort (countries, compare_codes);

  return g_steal_pointer (&countries);
}

static gboolean
is_iso_date (const char *text)
{
  int y, m, d;
  char end;

  return strlen (text) == 10 &&
         sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
         g_date_valid_dmy (d, m, y);
}

static gboolean
has_translatable_name (const char *english_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (country_names); i++)
    if (g_str_equal (country_names[i], english_name))
      return TRUE;

  return FALSE;
}

static gboolean
is_country_code (const char *code)
{
  return strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]);
}

/**
 * waymark_safety_net_validate:
 * @countries: a table from waymark_safety_net_parse()
 * @error: return location for an error naming the first fault
 *
 * Safety content ships only when it says where it was checked: every
 * country needs a name gettext knows, an emergency number with its
 * source, at least one crisis line, each with a number and a source,
 * and the date the numbers were checked.
 *
 * Returns: whether every entry is complete
 */
gboolean
waymark_safety_net_validate (GPtrArray  *countries,
                             GError    **error)
{
  g_return_val_if_fail (countries != NULL, FALSE);

#define FAULT(...) \
  G_STMT_START { \
    g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE, __VA_ARGS__); \
    return FALSE; \
  } G_STMT_END

  if (countries->len == 0)
    FAULT ("The table has no countries");

  for (guint i = 0; i < countries->len; i++)
    {
      const WaymarkSafetyNetCountry *country = countries->pdata[i];

      if (!is_country_code (country->code))
        FAULT ("“%s” is not an ISO 3166 country code", country->code);
      if (!has_translatable_name (country->english_name))
        FAULT ("%s: the name “%s” is not in country_names[]", country->code, country->english_name);
      if (*country->emergency_number == '\0' || !waymark_phone_is_plausible (country->emergency_number))
        FAULT ("%s: no emergency number", country->code);
      if (*country->emergency_source == '\0')
        FAULT ("%s: the emergency number has no source", country->code);
      if (!is_iso_date (country->checked))
        FAULT ("%s: no date (YYYY-MM-DD) the numbers were checked", country->code);
      if (country->lines->len == 0)
        FAULT ("%s: no crisis line", country->code);

      for (guint n = 0; n < country->lines->len; n++)
        {
          const WaymarkCrisisLine *line = country->lines->pdata[n];

          if (*line->name == '\0')
            FAULT ("%s: crisis line %u has no name", country->code, n + 1);
          if (*line->number == '\0' || !waymark_phone_is_plausible (line->number))
            FAULT ("%s: crisis line %u has no number", country->code, n + 1);
          if (*line->source == '\0')
            FAULT ("%s: crisis line %u has no source", country->code, n + 1);
        }
    }

#undef FAULT

  return TRUE;
}

/**
 * waymark_safety_net_get_countries:
 *
 * Returns: (transfer none): every country in the table, sorted by code
 */
GPtrArray *
waymark_safety_net_get_countries (void)
{
  static GPtrArray *countries;

  if (g_once_init_enter (&countries))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *parsed = NULL;
      const char *data;
      gsize length;

      bytes = g_resource_lookup_data (waymark_core_get_resource (), TABLE_PATH,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &length);
          parsed = waymark_safety_net_parse (data, length, &error);
        }

      /* A table that fails its own checks is a build mistake the tests
       * catch; at run time, suggest nothing rather than half a number. */
      if (parsed != NULL && !waymark_safety_net_validate (parsed, &error))
        g_clear_pointer (&parsed, g_ptr_array_unref);
      if (parsed == NULL)
        {
          g_critical ("The crisis lines can't be read: %s", error->message);
          parsed = g_ptr_array_new_with_free_func (country_free);
        }

      g_once_init_leave (&countries, parsed);
    }

  return countries;
}

/**
 * waymark_safety_net_lookup:
 * @code: (nullable): an ISO 3166-1 alpha-2 code, any case
 *
 * Returns: (transfer none) (nullable): the country's numbers, or %NULL
 *   when Waymark has none for it
 */
const WaymarkSafetyNetCountry *
waymark_safety_net_lookup (const char *code)
{
  GPtrArray *countries;

  if (code == NULL || strlen (code) != 2)
    return NULL;

  countries = waymark_safety_net_get_countries ();
  for (guint i = 0; i < countries->len; i++)
    {
      const WaymarkSafetyNetCountry *country = countries->pdata[i];

      if (g_ascii_strcasecmp (country->code, code) == 0)
        return country;
    }

  return NULL;
}

/**
 * waymark_safety_net_country_from_locale_name:
 * @locale: (nullable): a POSIX locale name, such as "en_GB.UTF-8"
 *
 * Returns: (transfer full) (nullable): the locale's territory in upper
 *   case ("GB"), or %NULL when it names none ("C", "POSIX", "C.UTF-8", "de")
 */
char *
waymark_safety_net_country_from_locale_name (const char *locale)
{
  const char *underscore;
  gsize length;

  if (locale == NULL)
    return NULL;

  underscore = strchr (locale, '_');
  if (underscore == NULL)
    return NULL;

  /* The territory runs to the codeset or modifier: en_GB.UTF-8@euro. */
  length = strcspn (underscore + 1, ".@");
  if (length != 2 || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]))
    return NULL;

  return g_ascii_strup (underscore + 1, 2);
}

/**
 * waymark_safety_net_country_from_environment:
 *
 * The country of the person's locale, read as the C library does:
 * LC_ALL, then LC_TELEPHONE (the region GNOME's Settings set for
 * formats, which may differ from the language: an English speaker in
 * Germany), then LC_MESSAGES, then LANG.
 *
 * Returns: (transfer full) (nullable): the country code, or %NULL
 */
char *
waymark_safety_net_country_from_environment (void)
{
  static const char * const variables[] = { "LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return waymark_safety_net_country_from_locale_name (value);
    }

  return NULL;
}

/**
 * waymark_safety_net_resolve:
 * @stored_country: (nullable): the plan's person.country
 *
 * The country whose numbers a plan suggests: the one the person chose,
 * none when they said theirs is another, or the locale's when they
 * haven't said.
 *
 * Returns: (transfer none) (nullable): the country, or %NULL
 */
const WaymarkSafetyNetCountry *
waymark_safety_net_resolve (const char *stored_country)
{
  g_autofree char *from_locale = NULL;

  if (stored_country != NULL && g_str_equal (stored_country, WAYMARK_SAFETY_NET_NO_COUNTRY))
    return NULL;
  if (stored_country != NULL && *stored_country != '\0')
    return waymark_safety_net_lookup (stored_country);

  from_locale = waymark_safety_net_country_from_environment ();
  return waymark_safety_net_lookup (from_locale);
}

/**
 * waymark_safety_net_for_plan:
 * @store: the plan
 *
 * Returns: (transfer none) (nullable): the country whose numbers @store's
 *   plan suggests (see waymark_safety_net_resolve()); the locale's when
 *   the person can't be read
 */
const WaymarkSafetyNetCountry *
waymark_safety_net_for_plan (WaymarkStore *store)
{
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  person = waymark_store_load_person (store, &error);
  if (person == NULL)
    g_message ("Could not read the person's country: %s", error->message);

  return waymark_safety_net_resolve (person ? waymark_person_get_country (person) : NULL);
}

/**
 * waymark_safety_net_country_get_name:
 * @country: a country from the table
 *
 * Returns: (transfer none): the country's name in the person's language
 */
const char *
waymark_safety_net_country_get_name (const WaymarkSafetyNetCountry *country)
{
  g_return_val_if_fail (country != NULL, NULL);

  return _(country->english_name);
}

/**
 * waymark_safety_net_country_format_checked:
 * @country: a country from the table
 *
 * Returns: (transfer full): the date its numbers were checked, for people
 */
char *
waymark_safety_net_country_format_checked (const WaymarkSafetyNetCountry *country)
{
  g_return_val_if_fail (country != NULL, NULL);

  if (!waymark_date_is_valid (country->checked))
    return g_strdup (country->checked);

  return waymark_date_format (country->checked);
}

/**
 * waymark_safety_net_country_get_line:
 * @country: a country from the table
 *
 * Returns: (transfer none): its first crisis line, the one suggested
 *   where there is room for one only
 */
const WaymarkCrisisLine *
waymark_safety_net_country_get_line (const WaymarkSafetyNetCountry *country)
{
  g_return_val_if_fail (country != NULL, NULL);
  g_return_val_if_fail (country->lines->len > 0, NULL);

  return country->lines->pdata[0];
}

/**
 * waymark_crisis_line_get_hours_label:
 * @line: a crisis line
 *
 * Returns: (transfer none): when it answers, for people; "" when the
 *   source did not say
 */
const char *
waymark_crisis_line_get_hours_label (const WaymarkCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (g_str_equal (line->hours, "24/7"))
    return _("Any time, day or night");

  return line->hours;
}

/**
 * waymark_safety_net_unbroken:
 * @number: a phone number as people write it: "116 123"
 *
 * Returns: (transfer full): @number with no-break spaces, so a sentence
 *   never wraps it over two lines
 */
char *
waymark_safety_net_unbroken (const char *number)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (number != NULL, NULL);

  parts = g_strsplit (number, " ", -1);
  return g_strjoinv ("\u00a0", parts);
}

/**
 * waymark_safety_net_tel_uri:
 * @number: a phone number as people write it: "0800 111 0 111"
 *
 * Returns: (transfer full): a tel: URI (RFC 3966) with the spaces, dashes
 *   and brackets left out: "tel:08001110111"
 */
char *
waymark_safety_net_tel_uri (const char *number)
{
  GString *uri = g_string_new ("tel:");

  g_return_val_if_fail (number != NULL, NULL);

  for (const char *p = number; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
      g_string_append_c (uri, *p);

  return g_string_free (uri, FALSE);
}
