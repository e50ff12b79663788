/* waymark-import-pixels.c: Pixels' JSON export, read into Daylio's entries
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-import-pixels.h"

/* Pixels (Teo Vogel's "Pixels – Mood tracker", ar.teovogel.yip) exports a
 * JSON list of days, as Leogendra/YearInPixels-PC's pixel.py reads and
 * writes it ("PIXELS-BACKUP-….json"):
 *
 *   [{"date": "2023-1-5", "type": "Mood", "scores": [4], "notes": "…",
 *     "isHighlighted": false,
 *     "tags": [{"type": "Emotions", "entries": ["happy", "calm"]}]}, …]
 *
 * dates without leading zeros, several scores a day possible, each 1
 * (worst) to 5 (best); and as older versions wrote it (the sample in
 * Skyball2000/pixels-viewer, 2019), a day's moods in a list of their own:
 *
 *   [{"date": "2019-01-01", "entries": [{"type": "Mood", "value": 3,
 *     "notes": "…", "isHighlighted": false, "tags": [{"type": "Emotions",
 *     "entries": ["…"]}]}]}, …]
 *
 * Each score becomes a check-in on its day (several a day stay several),
 * at noon, for Pixels keeps no time; its mood on Waymark's 0-10 scale
 * through a mapping the person can change (WAYMARK_PIXELS_DEFAULT_MOODS),
 * the day's tags (of every tag type) as tags and its notes as the note,
 * on the day's first check-in only, so they aren't counted twice. */

/* Pixels records a day, not a time. */
#define PIXELS_HOUR 12

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* A score: 1-5, written as 4 or 4.0 (or "4", as some tools write it). */
static char *
score_text (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      if (d >= -1e9 && d <= 1e9 && d == (double) (gint64) d)
        return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) d);
      return g_strdup_printf ("%g", d);
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strstrip (g_strdup (json_node_get_string (node)));
  return g_strdup (JSON_NODE_HOLDS_NULL (node) ? "null" : "?");
}

/* Tags, [{"type": "Emotions", "entries": ["happy"]}] or ["happy"]. */
static void
add_tags (GPtrArray *names,
          JsonArray *tags)
{
  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      JsonNode *node = json_array_get_element (tags, i);
      JsonArray *entries;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_ptr_array_add (names, (gpointer) json_node_get_string (node));
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (node) || (entries = get_array (json_node_get_object (node), "entries")) == NULL)
        continue;
      for (guint e = 0; e < json_array_get_length (entries); e++)
        {
          JsonNode *entry = json_array_get_element (entries, e);

          if (JSON_NODE_HOLDS_VALUE (entry) && json_node_get_value_type (entry) == G_TYPE_STRING)
            g_ptr_array_add (names, (gpointer) json_node_get_string (entry));
        }
    }
}

/* "2023-1-5" or "2023-01-05"; out of range is for waymark_daylio_add_entry () to say. */
static gboolean
parse_date (const char *text,
            gint64     *year,
            gint64     *month,
            gint64     *day)
{
  gint64 *parts[] = { year, month, day };
  const char *p = text;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      char *end;

      if (!g_ascii_isdigit (*p))
        return FALSE;
      *parts[i] = g_ascii_strtoll (p, &end, 10);
      if (end - p > 6)
        return FALSE;
      p = end;
      if (i < 2 && *p++ != '-')
        return FALSE;
    }
  return *p == '\0';
}

static void
add_moment (WaymarkDaylio *daylio,
            guint          where,
            gint64         year,
            gint64         month,
            gint64         day,
            guint          index,
            JsonNode      *score,
            const char    *notes,
            GPtrArray     *tags)
{
  g_autofree char *label = score != NULL ? score_text (score) : g_strdup ("");
  g_autoptr(GString) key = g_string_new (NULL);
  guint64 value;

  if (score != NULL && !g_ascii_string_to_unsigned (label, 10, 1, 5, &value, NULL))
    {
      /* Translators: %s is a score as the file has it; Pixels scores a day from 1 to 5. */
      waymark_daylio_add_skip (daylio, where, g_strdup_printf (_("a score of “%s”, where Pixels’ scores are 1 to 5"),
                                                               label));
      return;
    }

  /* The day as a date, so "2023-1-5" and "2023-01-05" are one day. */
  g_string_append_printf (key, "%04" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT "\x1f%u\x1f%s\x1f",
                          year, month, day, index, label);
  for (guint t = 0; t < tags->len; t++)
    g_string_append_printf (key, "%s%s", t ? " | " : "", (char *) tags->pdata[t]);
  g_string_append_printf (key, "\x1f%s", notes);
  g_ptr_array_add (tags, NULL);
  waymark_daylio_add_entry (daylio, where, year, month, day, PIXELS_HOUR, 0, label,
                            (const char * const *) tags->pdata, notes, key->str);
  g_ptr_array_remove_index (tags, tags->len - 1);
}

/**
 * waymark_pixels_sniff:
 *
 * Returns: whether @data looks like Pixels' export: a JSON list whose
 *   first day has a "date" and its "scores" (or older versions' "entries")
 */
gboolean
waymark_pixels_sniff (const char *data,
                      gsize       length)
{
  const char *p = data, *end = data + MIN (length, 4096);
  g_autofree char *head = NULL;

  if (end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end || *p != '[')
    return FALSE;
  /* The first day's members, before its end; a note could be long, so
   * the names are looked for, not the whole day parsed. */
  head = g_strndup (p, end - p);
  return strstr (head, "\"date\"") != NULL &&
         (strstr (head, "\"scores\"") != NULL || strstr (head, "\"entries\"") != NULL);
}

/**
 * waymark_pixels_parse:
 * @data: the export's bytes
 * @file_name: its name, for messages
 *
 * Returns: (transfer full) (nullable): its days' scores as entries, each
 *   day it can't read noted with its number in the list; %NULL with
 *   @error set when it isn't JSON or isn't a list of days
 */
WaymarkDaylio *
waymark_pixels_parse (const char  *data,
                      gsize        length,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(WaymarkDaylio) daylio = waymark_daylio_new (file_name, "pixels");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_basename (file_name);
  JsonNode *root;
  JsonArray *days;

  waymark_daylio_set_moods (daylio, WAYMARK_PIXELS_DEFAULT_MOODS, NULL);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: %s is a file name. */
                   _("“%s” is not UTF-8 text, as Pixels writes its exports"), name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_autofree char *reason = waymark_daylio_json_reason (local_error);

      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                   /* Translators: the first %s is a file name, the second where and why, "at line 5, character 19: …". */
                   _("“%s” can’t be read as Pixels’ export: it should be JSON, but %s"), name, reason);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name. */
                   _("“%s” is not Pixels’ export: it should be a JSON list of days, each with a “date” and its "
                     "“scores”"), name);
      return NULL;
    }

  days = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonNode *node = json_array_get_element (days, i);
      JsonObject *object;
      JsonArray *scores, *entries;
      const char *date_text;
      gint64 year, month, day;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("not a day")));
          continue;
        }
      object = json_node_get_object (node);
      date_text = get_string (object, "date");
      if (!parse_date (date_text, &year, &month, &day))
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup_printf (_("no date it can read (“%s”)"), date_text));
          continue;
        }

      scores = get_array (object, "scores");
      entries = get_array (object, "entries");
      if (scores != NULL || entries == NULL)
        {
          g_autoptr(GPtrArray) tags = g_ptr_array_new ();
          g_autoptr(GPtrArray) none = g_ptr_array_new ();
          const char *notes = get_string (object, "notes");
          guint n = scores != NULL ? json_array_get_length (scores) : 0;

          add_tags (tags, get_array (object, "tags"));
          /* A day with a note and no score: its note, its mood unrecorded. */
          if (n == 0 && (*notes != '\0' || tags->len > 0))
            add_moment (daylio, i + 1, year, month, day, 0, NULL, notes, tags);
          else if (n == 0)
            waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("no score, note or tag")));
          for (guint s = 0; s < n; s++)
            add_moment (daylio, i + 1, year, month, day, s, json_array_get_element (scores, s),
                        s == 0 ? notes : "", s == 0 ? tags : none);
        }
      else
        {
          /* Older versions: each mood of the day with its own notes and tags. */
          for (guint e = 0; e < json_array_get_length (entries); e++)
            {
              JsonNode *entry = json_array_get_element (entries, e);
              g_autoptr(GPtrArray) tags = g_ptr_array_new ();
              JsonObject *mood;

              if (!JSON_NODE_HOLDS_OBJECT (entry))
                {
                  waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("not a day")));
                  continue;
                }
              mood = json_node_get_object (entry);
              add_tags (tags, get_array (mood, "tags"));
              add_moment (daylio, i + 1, year, month, day, e,
                          json_object_get_member (mood, "value"),
                          get_string (mood, "notes"), tags);
            }
        }
    }

  return g_steal_pointer (&daylio);
}
