/* waymark-text-preview.c: the start of a long text, for a row or a name
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-text-preview"

#include "config.h"

#include "waymark-text-preview.h"

/**
 * waymark_text_preview:
 * @text: a note, a title: any length, valid UTF-8
 * @max_chars: the most characters to keep, before the "…"
 *
 * What a row shows of a long text and what a screen reader reads of it:
 * @text itself when it has at most @max_chars characters, otherwise its
 * first @max_chars characters cut back to the end of the last whole word
 * (unless that would drop more than a quarter, as in a long web address)
 * followed by "…". The text kept is never changed, only shown in part:
 * a 200 kB note would otherwise be laid out whole in a two-line label,
 * and read out whole as the row's name.
 *
 * Returns: (transfer full): the preview
 */
char *
waymark_text_preview (const char *text,
                      guint       max_chars)
{
  const char *end = text;
  const char *word_end = NULL;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 0, NULL);

  /* Walk at most @max_chars + 1 characters: never the whole of a long text. */
  while (*end != '\0' && n < max_chars)
    {
      const char *next = g_utf8_next_char (end);
      gunichar c = g_utf8_get_char (end);

      if (g_unichar_isspace (c) && end > text && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
        word_end = end;
      end = next;
      n++;
    }

  if (*end == '\0')
    return g_strdup (text);

  /* The cut falls between two words: the whole of the last one is kept. */
  if (g_unichar_isspace (g_utf8_get_char (end)) && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    word_end = end;

  if (word_end != NULL && g_utf8_pointer_to_offset (text, word_end) >= (glong) (max_chars - max_chars / 4))
    end = word_end;

  /* No space or line break before the "…". */
  while (end > text && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  {
    g_autoptr(GString) preview = g_string_new_len (text, end - text);

    g_string_append (preview, "…");
    return g_string_free (g_steal_pointer (&preview), FALSE);
  }
}
