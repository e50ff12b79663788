/* waymark-import-daylio-backup.c: Daylio's .daylio backup, read into Daylio's entries
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-import-daylio-backup.h"

/* Daylio's "Backup & Restore → Export" file, as described in the README
 * of mbafford/daylio-markdown-export ("Data Format", a backup of version
 * 15) and charistas/daylio-scribe's DAYLIO_BACKUP_GUIDE.md: a zip holding
 * assets/photos/… and backup.daylio, which is base64 (wrapped at 76
 * columns when made with base64(1)) of one JSON object:
 *
 *   customMoods [{ id, custom_name, mood_group_id (1 rad … 5 awful),
 *                  predefined_name_id (1 rad … 5 awful, -1 when the
 *                  person named it: custom_name), state, … }]
 *   tags        [{ id, name, state, … }]
 *   dayEntries  [{ id, minute, hour, day, month (from 0), year,
 *                  datetime (ms since 1970), timeZoneOffset (ms),
 *                  mood (a customMoods id), note, note_title,
 *                  tags [tag ids], assets [ids] }]
 *
 * Each entry becomes the check-in the CSV reader makes of the same entry
 * (waymark-import-daylio.c): at its local time as written (year, month,
 * day, hour, minute; not datetime moved to another zone), several a day
 * staying several; its mood by the person's own name for it, on Waymark's
 * scale by its mood group with the CSV reader's defaults (rad 9, good 7,
 * meh 5, bad 3, awful 1), which the person can change in the preview;
 * its activities as tags; its note title and note as the note. Moods and
 * activities the person has since archived (state other than 0) are kept
 * on the entries that name them: they are still what was written that day.
 * Recent versions keep a note's formatting as a little HTML (<br>, <div>,
 * <b> …); those few tags become line breaks and plain text. */

/* Daylio's five mood groups, by mood_group_id and predefined_name_id. */
static const char * const group_names[] = { NULL, "rad", "good", "meh", "bad", "awful" };

typedef struct
{
  char *label;
  int   group;
} Mood;

static void
mood_free (Mood *mood)
{
  g_free (mood->label);
  g_free (mood);
}

static void
set_error (GError     **error,
           int          code,
           const char  *file_name,
           const char  *what)
{
  g_autofree char *name = g_filename_display_basename (file_name);

  g_set_error (error, WAYMARK_IMPORT_ERROR, code,
               /* Translators: the first %s is a file name, the second what is wrong in it. */
               _("“%s” can’t be read as a Daylio backup: %s"), name, what);
}

/* @object's integer @member (a whole number written as 3.0 too). */
static gboolean
get_int (JsonObject *object,
         const char *member,
         gint64     *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      if (d >= -1e15 && d <= 1e15 && d == (double) (gint64) d)
        {
          *value = (gint64) d;
          return TRUE;
        }
    }
  return FALSE;
}

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

/* A note as recent versions keep it, "Slept badly.<br>Two lines.", as
 * plain text; a note with none of those tags is taken as it is, so an
 * "I <3 it" stays. */
static char *
note_to_text (const char *note)
{
  static const struct { const char *tag; const char *text; } tags[] = {
    { "<br>", "\n" }, { "<br/>", "\n" }, { "<br />", "\n" }, { "</p>", "\n" }, { "</div>", "\n" },
    { "<p>", "" }, { "<div>", "" }, { "<b>", "" }, { "</b>", "" }, { "<i>", "" }, { "</i>", "" },
    { "<u>", "" }, { "</u>", "" }, { "<s>", "" }, { "</s>", "" }, { "<strong>", "" },
    { "</strong>", "" }, { "<em>", "" }, { "</em>", "" },
  };
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&nbsp;", " " }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" }, { "&amp;", "&" },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean html = FALSE;

  for (const char *p = note; *p != '\0' && !html; p++)
    for (guint i = 0; i < G_N_ELEMENTS (tags) && !html; i++)
      html = g_ascii_strncasecmp (p, tags[i].tag, strlen (tags[i].tag)) == 0;
  if (!html)
    return g_strdup (note);

  for (const char *p = note; *p != '\0'; )
    {
      gboolean done = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (tags) && !done; i++)
        if (g_ascii_strncasecmp (p, tags[i].tag, strlen (tags[i].tag)) == 0)
          {
            g_string_append (text, tags[i].text);
            p += strlen (tags[i].tag);
            done = TRUE;
          }
      for (guint i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
        if (strncmp (p, entities[i].entity, strlen (entities[i].entity)) == 0)
          {
            g_string_append (text, entities[i].text);
            p += strlen (entities[i].entity);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (text, *p++);
    }
  while (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* customMoods: id -> Mood, each named as the person sees it. Without the
 * list (the oldest backups), a mood is its group: 1 rad … 5 awful. */
static GHashTable *
read_moods (WaymarkDaylio *daylio,
            JsonArray     *moods)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) mood_free);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int defaults[G_N_ELEMENTS (group_names)] = { -1 };

  /* Before any of the person's names takes the place of one of them. */
  for (guint group = 1; group < G_N_ELEMENTS (group_names); group++)
    defaults[group] = waymark_daylio_get_mood (daylio, group_names[group]);

  if (moods == NULL)
    {
      for (int group = 1; group <= 5; group++)
        {
          Mood *mood = g_new0 (Mood, 1);
          gint64 *id = g_new (gint64, 1);

          *id = group;
          mood->label = g_strdup (group_names[group]);
          mood->group = group;
          g_hash_table_insert (by_id, id, mood);
        }
      return by_id;
    }

  for (guint i = 0; i < json_array_get_length (moods); i++)
    {
      JsonNode *node = json_array_get_element (moods, i);
      JsonObject *object;
      gint64 id, group = 0, predefined = -1;
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      gpointer claimed;
      Mood *mood;
      gint64 *key;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      if (!get_int (object, "id", &id))
        continue;
      get_int (object, "mood_group_id", &group);
      get_int (object, "predefined_name_id", &predefined);
      if (group < 1 || group > 5)
        group = 0;

      name = g_strstrip (g_strdup (get_string (object, "custom_name")));
      if (*name != '\0')
        label = g_utf8_strdown (name, -1);
      else if (predefined >= 1 && predefined <= 5)
        label = g_strdup (group_names[predefined]);
      else if (group != 0)
        label = g_strdup (group_names[group]);
      else
        label = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      /* One name for two moods of different groups: told apart by group. */
      if (g_hash_table_lookup_extended (groups, label, NULL, &claimed) && GPOINTER_TO_INT (claimed) != (int) group)
        {
          g_autofree char *apart = group != 0 ? g_strdup_printf ("%s (%s)", label, group_names[group])
                                              : g_strdup_printf ("%s (%" G_GINT64_FORMAT ")", label, id);

          g_free (label);
          label = g_steal_pointer (&apart);
        }
      g_hash_table_replace (groups, g_strdup (label), GINT_TO_POINTER ((int) group));

      /* The CSV reader's default for the group; none for a group Daylio
       * doesn't have, left for the person to give. */
      waymark_daylio_set_mood (daylio, label, group != 0 ? defaults[group] : -1);

      mood = g_new0 (Mood, 1);
      mood->label = g_steal_pointer (&label);
      mood->group = (int) group;
      key = g_new (gint64, 1);
      *key = id;
      g_hash_table_replace (by_id, key, mood);
    }
  return by_id;
}

/* tags: id -> name. */
static GHashTable *
read_tags (JsonArray *tags)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      JsonNode *node = json_array_get_element (tags, i);
      gint64 id, *key;

      if (!JSON_NODE_HOLDS_OBJECT (node) || !get_int (json_node_get_object (node), "id", &id))
        continue;
      key = g_new (gint64, 1);
      *key = id;
      g_hash_table_replace (by_id, key, g_strdup (get_string (json_node_get_object (node), "name")));
    }
  return by_id;
}

/**
 * waymark_daylio_backup_parse_json:
 * @json: backup.daylio decoded: the JSON document
 * @file_name: the backup's name, for messages
 *
 * Returns: (transfer full) (nullable): the backup's entries, each it can't
 *   read noted with its number in dayEntries; %NULL with @error set when
 *   it isn't JSON or holds no dayEntries
 */
WaymarkDaylio *
waymark_daylio_backup_parse_json (const char  *json,
                                  gsize        length,
                                  const char  *file_name,
                                  GError     **error)
{
  g_autoptr(WaymarkDaylio) daylio = waymark_daylio_new (file_name, "daylio-backup");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) moods = NULL;
  g_autoptr(GHashTable) tags = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *entries;

  if (!g_utf8_validate_len (json, length, NULL))
    {
      set_error (error, WAYMARK_IMPORT_ERROR_DAMAGED, file_name,
                 _("backup.daylio, decoded, should be JSON text in UTF-8, and it isn’t text"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, json, (gssize) length, &local_error))
    {
      g_autofree char *reason = waymark_daylio_json_reason (local_error);
      /* Translators: %s is where and why, "at line 5, character 19: unexpected end of file". */
      g_autofree char *what = g_strdup_printf (_("backup.daylio, decoded, should be JSON, but %s"), reason);

      set_error (error, WAYMARK_IMPORT_ERROR_DAMAGED, file_name, what);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (entries = get_array (json_node_get_object (root), "dayEntries")) == NULL)
    {
      set_error (error, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT, file_name,
                 _("backup.daylio should hold one JSON object with a list of “dayEntries”"));
      return NULL;
    }

  moods = read_moods (daylio, get_array (json_node_get_object (root), "customMoods"));
  tags = read_tags (get_array (json_node_get_object (root), "tags"));

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (4, NULL, TRUE);
      g_autoptr(GString) key = g_string_new (NULL);
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      g_autofree char *note = NULL;
      JsonObject *entry;
      JsonArray *ids;
      gint64 year, month, day, hour, minute, mood_id;
      Mood *mood;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("not an entry")));
          continue;
        }
      entry = json_node_get_object (node);
      if (!get_int (entry, "year", &year) || !get_int (entry, "month", &month) || !get_int (entry, "day", &day))
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("no year, month and day")));
          continue;
        }
      if (!get_int (entry, "hour", &hour) || !get_int (entry, "minute", &minute))
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("no hour and minute")));
          continue;
        }
      if (!get_int (entry, "mood", &mood_id) || (mood = g_hash_table_lookup (moods, &mood_id)) == NULL)
        {
          waymark_daylio_add_skip (daylio, i + 1, g_strdup (_("a mood the backup doesn’t list")));
          continue;
        }

      ids = get_array (entry, "tags");
      for (guint t = 0; ids != NULL && t < json_array_get_length (ids); t++)
        {
          JsonNode *id_node = json_array_get_element (ids, t);
          const char *name;
          gint64 id;

          if (!JSON_NODE_HOLDS_VALUE (id_node) || json_node_get_value_type (id_node) != G_TYPE_INT64)
            continue;
          id = json_node_get_int (id_node);
          name = g_hash_table_lookup (tags, &id);
          if (name != NULL)
            g_ptr_array_add (names, (gpointer) name);
        }

      title = g_strstrip (note_to_text (get_string (entry, "note_title")));
      body = note_to_text (get_string (entry, "note"));
      if (*title != '\0' && *body != '\0')
        note = g_strconcat (title, "\n", body, NULL);
      else
        note = g_strdup (*title != '\0' ? title : body);

      /* What the entry says, as the CSV reader keys it: a backup imported
       * again, or a later one, adds only the entries that are new. */
      g_string_append_printf (key, "%04" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT "-%02" G_GINT64_FORMAT
                              " %02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT "\x1f%s\x1f",
                              year, month + 1, day, hour, minute, mood->label);
      for (guint t = 0; t < names->len; t++)
        g_string_append_printf (key, "%s%s", t ? " | " : "", (char *) names->pdata[t]);
      g_string_append_printf (key, "\x1f%s", note);

      /* month counts from 0 (January), as Java's Calendar does. */
      waymark_daylio_add_entry (daylio, i + 1, year, month + 1, day, hour, minute, mood->label,
                                (const char * const *) names->pdata, note, key->str);
    }

  return g_steal_pointer (&daylio);
}

/**
 * waymark_daylio_backup_parse:
 * @data: backup.daylio as it is in the zip: base64
 *
 * Returns: (transfer full) (nullable): as waymark_daylio_backup_parse_json ();
 *   %NULL with @error naming the first character that isn't base64
 */
WaymarkDaylio *
waymark_daylio_backup_parse (const char  *data,
                             gsize        length,
                             const char  *file_name,
                             GError     **error)
{
  g_autofree guchar *json = NULL;
  g_autofree char *clean = g_malloc (length + 1);
  gsize n = 0, decoded = 0, padding = 0;

  /* g_base64_decode () skips what isn't base64 without a word: check
   * first, so a damaged backup says where. */
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
        continue;
      if ((g_ascii_isalnum (c) || c == '+' || c == '/') && padding == 0)
        clean[n++] = (char) c;
      else if (c == '=' && padding < 2)
        {
          clean[n++] = (char) c;
          padding++;
        }
      else
        {
          g_autofree char *shown = g_ascii_isgraph (c) ? g_strdup_printf ("“%c”", c) : g_strdup_printf ("0x%02X", c);
          /* Translators: %s is a character such as “#” or a byte such as 0x00, %lu where it is. */
          g_autofree char *what = g_strdup_printf (_("backup.daylio should be base64 (letters, digits, +, / and = "
                                                     "at the end), but has %s at byte %lu"),
                                                   shown, (unsigned long) i + 1);

          set_error (error, WAYMARK_IMPORT_ERROR_DAMAGED, file_name, what);
          return NULL;
        }
    }
  if (n == 0 || n % 4 != 0)
    {
      set_error (error, WAYMARK_IMPORT_ERROR_DAMAGED, file_name,
                 n == 0 ? _("backup.daylio is empty, where base64 was expected")
                        : _("backup.daylio ends part way through its base64: it is cut short"));
      return NULL;
    }
  clean[n] = '\0';
  json = g_base64_decode (clean, &decoded);
  return waymark_daylio_backup_parse_json ((const char *) json, decoded, file_name, error);
}

/**
 * waymark_daylio_backup_is_backup:
 * @files: a zip's files (waymark_archive_read_files ())
 *
 * Returns: whether they are a Daylio backup
 */
gboolean
waymark_daylio_backup_is_backup (GHashTable *files)
{
  GBytes *data = g_hash_table_lookup (files, WAYMARK_DAYLIO_BACKUP_FILE);

  return data != NULL && waymark_daylio_backup_sniff (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
}

/**
 * waymark_daylio_backup_sniff:
 * @data: a file's first bytes
 *
 * Returns: whether @data looks like backup.daylio: base64 of a JSON object
 */
gboolean
waymark_daylio_backup_sniff (const char *data,
                             gsize       length)
{
  /* Eight characters of base64 and the end g_base64_decode () looks for. */
  char head[9] = { 0 };
  gsize n = 0;
  g_autofree guchar *decoded = NULL;
  gsize decoded_length = 0;

  /* "{" in base64 begins "e", and JSON's first quote or space after it. */
  for (gsize i = 0; i < length && n < sizeof head - 1; i++)
    if (!g_ascii_isspace (data[i]))
      head[n++] = data[i];
  if (n < 8)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (head[i]) && head[i] != '+' && head[i] != '/')
      return FALSE;
  decoded = g_base64_decode (head, &decoded_length);
  return decoded_length > 0 && decoded[0] == '{';
}
