/* waymark-file-name.c: the names suggested for files Waymark saves
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-file-name"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-file-name.h"

/* A clinician saves many clients' exports into one Downloads folder, so
 * every file Waymark offers to save is named for whose it is, what it
 * is and when: "Sam Sample – Crisis Plan – 2026-12-05.pdf". The date is
 * ISO, so the files sort by day in any file manager and any language. */

/* File names stay well under the 255 bytes most file systems allow,
 * with room for a " (2)" a file manager may add. */
#define MAX_PART_BYTES 80

/* Characters that some file system (FAT on a USB stick, a Windows share)
 * refuses, or that a shell or a file manager reads as something else. */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) c) != NULL ||
         g_unichar_type (c) == G_UNICODE_CONTROL || g_unichar_type (c) == G_UNICODE_FORMAT ||
         g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR || g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR;
}

/**
 * waymark_file_name_make_safe:
 * @text: (nullable): a person's name, or a document's, as typed
 *
 * Makes @text fit to be part of a file name anywhere it may be copied:
 * characters a file system may refuse become "-", runs of spaces become
 * one, leading dots (a hidden file) and trailing dots and spaces
 * (refused on Windows) go, and a very long name is cut short at a
 * character's edge.
 *
 * Returns: (transfer full): the safe text; "" when nothing of @text is
 *   left
 */
char *
waymark_file_name_make_safe (const char *text)
{
  g_autoptr(GString) safe = g_string_new (NULL);
  g_autofree char *valid = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00a0)
        {
          space = safe->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (safe, ' ');
      space = FALSE;

      if (is_unsafe (c))
        {
          /* One "-" for a run of them, so "a / b" is "a - b". */
          if (safe->len == 0 || safe->str[safe->len - 1] != '-')
            g_string_append_c (safe, '-');
        }
      else if (c == '.' && safe->len == 0)
        continue;
      else
        g_string_append_unichar (safe, c);
    }

  if (safe->len > MAX_PART_BYTES)
    {
      const char *end = g_utf8_find_prev_char (safe->str, safe->str + MAX_PART_BYTES + 1);

      g_string_truncate (safe, end ? (gsize) (end - safe->str) : 0);
    }

  while (safe->len > 0 && (safe->str[safe->len - 1] == '.' || safe->str[safe->len - 1] == ' '))
    g_string_truncate (safe, safe->len - 1);

  return g_string_free (g_steal_pointer (&safe), FALSE);
}

/**
 * waymark_file_name_suggest:
 * @owner: (nullable): whose it is: the person's name, or the plan file's
 * @document: what it is, such as "Crisis Plan", in the person's language
 * @iso_date: (nullable): "YYYY-MM-DD"; %NULL for today
 * @extension: "pdf", without the dot
 *
 * Returns: (transfer full): "Sam Sample – Crisis Plan – 2026-12-05.pdf";
 *   without the owner when there is none
 */
char *
waymark_file_name_suggest (const char *owner,
                           const char *document,
                           const char *iso_date,
                           const char *extension)
{
  g_autofree char *safe_owner = waymark_file_name_make_safe (owner);
  g_autofree char *safe_document = waymark_file_name_make_safe (document);
  g_autofree char *safe_extension = waymark_file_name_make_safe (extension);
  g_autoptr(GString) name = g_string_new (NULL);
  char today[16];

  if (!waymark_date_is_valid (iso_date))
    {
      waymark_local_today_iso (today);
      iso_date = today;
    }

  /* The parts are joined by an en dash between spaces: it reads as a
   * separator in every language and is safe in every file system. */
  if (*safe_owner != '\0')
    g_string_append_printf (name, "%s \xe2\x80\x93 ", safe_owner);
  if (*safe_document != '\0')
    g_string_append_printf (name, "%s \xe2\x80\x93 ", safe_document);
  g_string_append (name, iso_date);
  if (*safe_extension != '\0')
    g_string_append_printf (name, ".%s", safe_extension);

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * waymark_file_name_owner:
 * @store: (nullable): the plan
 * @path: (nullable): the plan's file, when @store is not at hand
 *
 * Returns: (transfer full) (nullable): the person's name, or else the
 *   plan file's name without ".waymark"; %NULL when neither is known
 */
char *
waymark_file_name_owner (WaymarkStore *store,
                         const char   *path)
{
  g_autofree char *base = NULL;
  char *name;

  if (store != NULL)
    {
      name = waymark_store_dup_owner_name (store);
      if (name != NULL)
        return name;
      if (path == NULL)
        path = waymark_store_get_path (store);
    }

  if (path == NULL)
    return NULL;

  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, ".waymark"))
    base[strlen (base) - strlen (".waymark")] = '\0';

  name = g_filename_display_name (base);
  if (*name == '\0' || g_str_equal (name, ".") || g_str_equal (name, G_DIR_SEPARATOR_S))
    g_clear_pointer (&name, g_free);

  return name;
}

/**
 * waymark_file_name_for_store:
 * @store: (nullable): the plan
 * @path: (nullable): the plan's file, when @store is not at hand
 * @document: what is saved, such as "Crisis Plan", already translated
 * @extension: "pdf", without the dot
 *
 * Returns: (transfer full): today's suggested name for @document of
 *   this plan
 */
char *
waymark_file_name_for_store (WaymarkStore *store,
                             const char   *path,
                             const char   *document,
                             const char   *extension)
{
  g_autofree char *owner = waymark_file_name_owner (store, path);

  return waymark_file_name_suggest (owner, document, NULL, extension);
}
