/* waymark-passphrase.c: how hard a passphrase is to guess
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-passphrase"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "waymark-passphrase.h"

/* A rough, honest estimate, not a promise: the bits a guesser needs if
 * they know how people choose passphrases. Length counts most (a few
 * ordinary words make a strong one); a run of one character, a keyboard
 * row or a very common password counts for little. Nothing here is
 * stored or sent anywhere. */

static const char * const common[] = {
  "password", "passwort", "motdepasse", "contraseña", "123456", "12345678", "qwerty",
  "azerty", "letmein", "iloveyou", "welcome", "admin", "monkey", "dragon", "sunshine",
  "princess", "football", "baseball", "abc123", "111111", "waymark", "recovery",
};

static const char * const runs[] = {
  "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
  "01234567890", "09876543210",
};

static gboolean
is_run (const char *lower)
{
  gsize len = strlen (lower);

  if (len < 3)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    if (strstr (runs[i], lower) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * waymark_passphrase_strength:
 * @passphrase: what the person typed
 * @hint: (out) (optional) (transfer none): a short suggestion, or a word
 *   of encouragement when it is strong
 *
 * Returns: 0 (very weak) to 4 (strong)
 */
guint
waymark_passphrase_strength (const char  *passphrase,
                             const char **hint)
{
  g_autofree char *lower = NULL;
  glong n_chars;
  gboolean has_lower = FALSE, has_upper = FALSE, has_digit = FALSE, has_other = FALSE;
  guint distinct = 0, words = 1;
  gunichar seen[64];
  double pool = 0, bits;
  guint score;

  if (passphrase == NULL || *passphrase == '\0')
    {
      if (hint != NULL)
        *hint = _("Choose a passphrase: a few words only you would put together work well.");
      return 0;
    }

  n_chars = g_utf8_strlen (passphrase, -1);
  lower = g_utf8_strdown (passphrase, -1);

  for (const char *p = passphrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean known = FALSE;

      if (g_unichar_islower (c))
        has_lower = TRUE;
      else if (g_unichar_isupper (c))
        has_upper = TRUE;
      else if (g_unichar_isdigit (c))
        has_digit = TRUE;
      else
        has_other = TRUE;
      if (g_unichar_isspace (c) || c == '-')
        words++;

      for (guint i = 0; i < distinct && !known; i++)
        known = seen[i] == c;
      if (!known && distinct < G_N_ELEMENTS (seen))
        seen[distinct++] = c;
    }

  pool = (has_lower ? 26 : 0) + (has_upper ? 26 : 0) + (has_digit ? 10 : 0) + (has_other ? 33 : 0);
  /* Repeats add little: count distinct characters more than length. */
  bits = MIN ((double) n_chars, distinct * 1.5 + 2) * log2 (MAX (pool, 10));

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    if (strstr (lower, common[i]) != NULL && (glong) strlen (common[i]) * 2 >= n_chars)
      bits = MIN (bits, 10);
  if (is_run (lower))
    bits = MIN (bits, 10);

  if (bits < 28)
    score = 0;
  else if (bits < 40)
    score = 1;
  else if (bits < 56)
    score = 2;
  else if (bits < 72)
    score = 3;
  else
    score = 4;

  if (hint != NULL)
    {
      if (score >= 4)
        *hint = _("A strong passphrase. Keep it somewhere only you can find it.");
      else if (n_chars < 12 && words < 3)
        *hint = _("Add another word or two: length matters most.");
      else if (distinct < 6)
        *hint = _("Use more different letters or words.");
      else
        *hint = _("Good. Another word would make it stronger.");
    }
  return score;
}
