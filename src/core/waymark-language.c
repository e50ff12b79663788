/* waymark-language.c: the languages Waymark speaks, and printing in one
 * that is not the workstation's
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-language"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-language.h"

/* A clinic's workstation may run in one language while the client reads
 * another: the crisis plan is printed in the client's. gettext looks at
 * LANGUAGE on every lookup (unless the locale is C), so pushing a
 * language sets it and tells libintl to forget its cached translations;
 * popping puts both back. Used around a synchronous print or export,
 * on the main thread. */

/* GNU libintl's counter of catalogue changes: bumping it makes every
 * lookup find its catalogue again. */
extern int _nl_msg_cat_cntr;

static const WaymarkLanguage languages[] = {
  { "ar", "العربية" },
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
  { "ja", "日本語" },
  { "pl", "Polski" },
  { "pt_BR", "Português (Brasil)" },
  { "uk", "Українська" },
};

static GPtrArray *saved;   /* the LANGUAGE values pushed over, NULL for unset */
/* The messages locale while a language is pushed over the C locale. */
static char *saved_messages_locale;

const WaymarkLanguage *
waymark_languages (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);

  return languages;
}

/**
 * waymark_language_find:
 * @code: (nullable): "de", or a locale name such as "de_DE.UTF-8"
 *
 * Returns: (nullable): the language, or %NULL when Waymark has no
 *   translation for it
 */
const WaymarkLanguage *
waymark_language_find (const char *code)
{
  if (code == NULL || *code == '\0')
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gsize length = strlen (languages[i].code);

      if (g_ascii_strncasecmp (code, languages[i].code, length) == 0 &&
          (code[length] == '\0' || code[length] == '_' || code[length] == '.' || code[length] == '@'))
        return &languages[i];
    }

  return NULL;
}

/**
 * waymark_language_describe_all:
 *
 * Returns: (transfer full): the languages, for a message: "de (Deutsch),
 *   en (English), es (Español), fr (Français)"
 */
char *
waymark_language_describe_all (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    g_string_append_printf (text, "%s%s (%s)", i ? ", " : "", languages[i].code, languages[i].native_name);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * waymark_language_current:
 *
 * Returns: the code of the language Waymark speaks now ("en" when none
 *   of its translations is in use)
 */
const char *
waymark_language_current (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const WaymarkLanguage *language = waymark_language_find (names[i]);

      if (language != NULL)
        return language->code;
      if (g_str_equal (names[i], "C"))
        break;
    }

  return "en";
}

/**
 * waymark_language_is_rtl:
 * @code: (nullable): a language, "ar", or a locale name such as "ar_EG.UTF-8"
 *
 * Whether the language is written right to left. Printing asks this of
 * the language it prints in, not of the workstation's locale: a clinic
 * running in English prints an Arabic crisis plan right to left.
 *
 * Returns: %TRUE for Arabic, Hebrew, Persian, Urdu and the like
 */
gboolean
waymark_language_is_rtl (const char *code)
{
  static const char * const rtl[] = { "ar", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi" };

  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (rtl); i++)
    {
      gsize length = strlen (rtl[i]);

      if (g_ascii_strncasecmp (code, rtl[i], length) == 0 &&
          (code[length] == '\0' || code[length] == '_' || code[length] == '.' || code[length] == '@'))
        return TRUE;
    }

  return FALSE;
}

static void
set_language (const char *value)
{
  if (value != NULL)
    g_setenv ("LANGUAGE", value, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;
}

/**
 * waymark_language_push:
 * @code: a language of waymark_languages ()
 *
 * Translates into @code from now until waymark_language_pop ().
 */
void
waymark_language_push (const char *code)
{
  g_return_if_fail (waymark_language_find (code) != NULL);

  if (saved == NULL)
    saved = g_ptr_array_new_with_free_func (g_free);

  /* In the C locale (a command line run as LC_ALL=C, a service) gettext
   * ignores LANGUAGE and every string stays English: for as long as a
   * language is pushed, messages come from C.UTF-8, the same C locale
   * under which LANGUAGE counts. */
  if (saved->len == 0)
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      if (messages != NULL && (g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")) &&
          setlocale (LC_MESSAGES, "C.UTF-8") != NULL)
        saved_messages_locale = g_strdup (messages);
    }

  g_ptr_array_add (saved, g_strdup (g_getenv ("LANGUAGE")));
  set_language (code);
}

void
waymark_language_pop (void)
{
  g_autofree char *previous = NULL;

  g_return_if_fail (saved != NULL && saved->len > 0);

  previous = g_ptr_array_steal_index (saved, saved->len - 1);
  if (saved->len == 0 && saved_messages_locale != NULL)
    {
      setlocale (LC_MESSAGES, saved_messages_locale);
      g_clear_pointer (&saved_messages_locale, g_free);
    }
  set_language (previous);
}

/**
 * waymark_locale_first_weekday:
 *
 * Returns: the first day of the week where the person is, from the
 *   locale (Monday in most of Europe, Sunday in the United States), as
 *   GTK's calendar reads it; Monday when the locale doesn't say
 */
GDateWeekday
waymark_locale_first_weekday (void)
{
#ifdef _NL_TIME_FIRST_WEEKDAY
  union { unsigned int word; char *string; } week_1stday;
  int first_weekday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int week_origin;

  week_1stday.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = week_1stday.word;
  /* The week's origin is a date: 19971130 a Sunday, 19971201 a Monday;
   * first_weekday counts from it, 1 for the origin's own day. */
  if (week_origin == 19971130)
    return (GDateWeekday) (((first_weekday - 1) + 6) % 7 + 1);
  if (week_origin == 19971201)
    return (GDateWeekday) ((first_weekday - 1) % 7 + 1);
#endif

  return G_DATE_MONDAY;
}
