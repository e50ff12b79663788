/* waymark-import.c: records brought in from a file, all or nothing
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "waymark-archive.h"
#include "waymark-export-all.h"
#include "waymark-import-bearable.h"
#include "waymark-import-daylio-backup.h"
#include "waymark-import-daylio.h"
#include "waymark-import-emoods.h"
#include "waymark-import-imoodjournal.h"
#include "waymark-import-loop.h"
#include "waymark-import-pixels.h"
#include "waymark-import.h"

/* What a file is, from its content rather than its name, and the one
 * importer that reads it. Every importer writes in one transaction and
 * remembers each record's source (import_batch, import_source), so a
 * damaged file changes nothing and the same file imported twice adds
 * nothing the second time. */

G_DEFINE_QUARK (waymark-import-error-quark, waymark_import_error)

static gboolean
is_zip (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  guint8 magic[4] = { 0 };
  gsize n = 0;

  if (stream == NULL)
    return FALSE;
  g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n, NULL, NULL);
  return n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

/* A Daylio backup is mostly its photos, which can add up to more than
 * Waymark reads from a zip: only backup.daylio is read. %NULL when @path
 * isn't a zip holding a backup.daylio that looks like one. */
static GHashTable *
read_daylio_backup (const char *path)
{
  static const char * const names[] = { WAYMARK_DAYLIO_BACKUP_FILE, NULL };
  g_autoptr(GHashTable) files = NULL;

  if (!is_zip (path))
    return NULL;
  files = waymark_archive_read_only (path, names, WAYMARK_ARCHIVE_MAX_BYTES, NULL);
  return files != NULL && waymark_daylio_backup_is_backup (files) ? g_steal_pointer (&files) : NULL;
}

/* Loop Habit Tracker's export unpacked: Habits.csv or Checkmarks.csv
 * chosen in its folder, read with the other one beside it; %NULL when
 * @path is neither or the other isn't there. */
static GHashTable *
read_loop_folder (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GHashTable) files = NULL;
  const char *names[] = { "Habits.csv", "Checkmarks.csv" };

  if (!g_str_equal (base, names[0]) && !g_str_equal (base, names[1]))
    return NULL;
  files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_bytes_unref);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);
      char *data = NULL;
      gsize length = 0;

      if (!g_file_get_contents (file, &data, &length, NULL))
        return NULL;
      g_hash_table_insert (files, (gpointer) names[i], g_bytes_new_take (data, length));
    }
  return waymark_loop_is_loop (files) ? g_steal_pointer (&files) : NULL;
}

/* The formats read as check-ins (waymark-import-checkins.c). */
static gboolean
is_checkins_format (const char *format)
{
  return g_strcmp0 (format, "bearable") == 0 || g_strcmp0 (format, "imoodjournal") == 0 ||
         g_strcmp0 (format, "emoods") == 0;
}

static gboolean
check_format (const char  *format,
              GError     **error)
{
  if (format == NULL || g_str_equal (format, "waymark") || g_str_equal (format, "daylio") ||
      g_str_equal (format, "loop") || g_str_equal (format, "pixels") || is_checkins_format (format))
    return TRUE;
  g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
               /* Translators: %s is what was asked for after --format=; the names in quotes stay as they are. */
               _("Waymark can’t import the “%s” format; it reads “waymark” (its own Export Everything), "
                 "“daylio” (Daylio’s CSV export or its .daylio backup), “loop” (Loop Habit Tracker’s CSV "
                 "export), “bearable” (Bearable’s CSV export), “imoodjournal” (iMoodJournal’s CSV export), "
                 "“emoods” (eMoods’ export, the .emoods zip or its entry.csv) and “pixels” (Pixels’ JSON export)"),
               format);
  return FALSE;
}

static void
set_not_importable (GError     **error,
                    const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT,
               /* Translators: %s is a file name. */
               _("“%s” is not a file Waymark can import: it reads the zip that Export Everything saves, "
                 "Loop Habit Tracker’s CSV export (a zip), the CSV exports of Daylio, Bearable and "
                 "iMoodJournal, eMoods’ export (.emoods or its entry.csv), Daylio’s .daylio backup and "
                 "Pixels’ JSON export"),
               name);
}

/* A file whose entries become Daylio's (a Daylio CSV export or backup,
 * a Pixels export) read whole, its moods mapped; %NULL with @error set
 * if @path is none of them. @files: the zip's files when @path is a zip
 * already read, or %NULL. */
static WaymarkDaylio *
read_daylio (const char  *path,
             GHashTable  *files,
             const char  *format,
             const char  *moods,
             GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GHashTable) own_files = NULL;
  g_autoptr(WaymarkDaylio) daylio = NULL;
  gsize length = 0;
  gboolean zip = is_zip (path);

  if (g_strcmp0 (format, "waymark") == 0 || g_strcmp0 (format, "loop") == 0 || is_checkins_format (format) ||
      (zip && g_strcmp0 (format, "pixels") == 0))
    goto unknown;

  if (zip)
    {
      GBytes *backup;

      if (files == NULL)
        {
          static const char * const names[] = { WAYMARK_DAYLIO_BACKUP_FILE, NULL };

          files = own_files = waymark_archive_read_only (path, names, WAYMARK_ARCHIVE_MAX_BYTES, error);
          if (files == NULL)
            return NULL;
        }
      backup = g_hash_table_lookup (files, WAYMARK_DAYLIO_BACKUP_FILE);
      if (backup == NULL || (format == NULL && !waymark_daylio_backup_is_backup (files)))
        goto unknown;
      daylio = waymark_daylio_backup_parse (g_bytes_get_data (backup, NULL), g_bytes_get_size (backup), path, error);
    }
  else
    {
      if (!g_file_get_contents (path, &data, &length, NULL))
        goto unknown;
      if (g_strcmp0 (format, "pixels") == 0 || (format == NULL && waymark_pixels_sniff (data, length)))
        daylio = waymark_pixels_parse (data, length, path, error);
      /* backup.daylio taken out of its zip. */
      else if (waymark_daylio_backup_sniff (data, length))
        daylio = waymark_daylio_backup_parse (data, length, path, error);
      else if (format == NULL && !waymark_daylio_sniff (data, length))
        goto unknown;
      else
        daylio = waymark_daylio_parse (data, length, path, error);
    }
  if (daylio == NULL || (moods != NULL && !waymark_daylio_set_moods (daylio, moods, error)))
    return NULL;
  return g_steal_pointer (&daylio);

unknown:
  set_not_importable (error, path);
  return NULL;
}

/**
 * waymark_import_is_waymark_file:
 *
 * Returns: whether @path is Waymark's own Export Everything
 */
gboolean
waymark_import_is_waymark_file (const char *path)
{
  static const char * const manifest[] = { WAYMARK_EXPORT_MANIFEST, NULL };
  g_autoptr(GHashTable) files = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!is_zip (path))
    return FALSE;
  /* The manifest says; a large archive of another app's isn't read whole. */
  files = waymark_archive_read_only (path, manifest, WAYMARK_ARCHIVE_MAX_BYTES, NULL);
  return files != NULL && waymark_import_is_waymark (files);
}

/**
 * waymark_import_count_waymark_records:
 * @path: Waymark's Export Everything
 *
 * Returns: how many records its manifest says it holds, over every kind;
 *   0 when it isn't one or its manifest doesn't say
 */
guint
waymark_import_count_waymark_records (const char *path)
{
  static const char * const manifest[] = { WAYMARK_EXPORT_MANIFEST, NULL };
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GBytes *bytes;
  JsonNode *root;
  JsonArray *tables;
  guint64 total = 0;

  g_return_val_if_fail (path != NULL, 0);

  if (!is_zip (path))
    return 0;
  files = waymark_archive_read_only (path, manifest, WAYMARK_ARCHIVE_MAX_BYTES, NULL);
  if (files == NULL || !waymark_import_is_waymark (files))
    return 0;
  bytes = g_hash_table_lookup (files, WAYMARK_EXPORT_MANIFEST);
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) || !json_object_has_member (json_node_get_object (root), "tables") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "tables")))
    return 0;
  tables = json_object_get_array_member (json_node_get_object (root), "tables");
  for (guint i = 0; i < json_array_get_length (tables); i++)
    {
      JsonNode *node = json_array_get_element (tables, i);
      gint64 records;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      records = json_object_get_int_member_with_default (json_node_get_object (node), "records", 0);
      if (records > 0)
        total += (guint64) records;
    }
  return (guint) MIN (total, G_MAXUINT);
}

/**
 * waymark_import_read_daylio:
 *
 * Returns: (transfer full) (nullable): Daylio's CSV export at @path, read
 *   whole with Daylio's default moods, for a preview whose mappings the
 *   person changes before waymark_daylio_import (); %NULL with @error set
 *   when it isn't one or can't be read
 */
WaymarkDaylio *
waymark_import_read_daylio (const char  *path,
                            GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return read_daylio (path, NULL, NULL, NULL, error);
}

/* eMoods' entry.csv out of the .emoods zip at @path: at its top, or in
 * a folder. %NULL when the zip has none; with @error set only when the
 * zip itself can't be read. */
static GBytes *
read_emoods_entries (const char  *path,
                     GError     **error)
{
  static const char * const names[] = { WAYMARK_EMOODS_ENTRY_FILE, NULL };
  g_autoptr(GHashTable) files = waymark_archive_read_only (path, names, WAYMARK_ARCHIVE_MAX_BYTES, error);
  GHashTableIter iter;
  gpointer key, value;

  if (files == NULL)
    return NULL;
  if (g_hash_table_contains (files, WAYMARK_EMOODS_ENTRY_FILE))
    return g_bytes_ref (g_hash_table_lookup (files, WAYMARK_EMOODS_ENTRY_FILE));
  g_clear_pointer (&files, g_hash_table_unref);
  files = waymark_archive_read_files (path, WAYMARK_ARCHIVE_MAX_BYTES, error);
  if (files == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_suffix (key, "/" WAYMARK_EMOODS_ENTRY_FILE))
      return g_bytes_ref (value);
  return NULL;
}

/**
 * waymark_import_read_checkins:
 * @format: (nullable): "bearable", "imoodjournal" or "emoods"; %NULL to
 *   tell from the content
 *
 * Returns: (transfer full) (nullable): Bearable's or iMoodJournal's CSV
 *   export at @path, or eMoods' export (a .emoods zip or its entry.csv),
 *   read whole; %NULL with @error set when it isn't one
 *   (%WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT) or can't be read
 */
WaymarkCheckins *
waymark_import_read_checkins (const char  *path,
                              const char  *format,
                              GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (format != NULL && !is_checkins_format (format))
    {
      set_not_importable (error, path);
      return NULL;
    }
  if (is_zip (path))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) entries = NULL;

      if (format == NULL || g_str_equal (format, "emoods"))
        entries = read_emoods_entries (path, &local_error);
      if (entries != NULL &&
          (format != NULL || waymark_emoods_sniff (g_bytes_get_data (entries, NULL), g_bytes_get_size (entries))))
        return waymark_emoods_parse (g_bytes_get_data (entries, NULL), g_bytes_get_size (entries), path, error);
      if (local_error != NULL && format != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_not_importable (error, path);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, NULL))
    {
      set_not_importable (error, path);
      return NULL;
    }
  if (g_strcmp0 (format, "bearable") == 0 || (format == NULL && waymark_bearable_sniff (data, length)))
    return waymark_bearable_parse (data, length, path, error);
  if (g_strcmp0 (format, "imoodjournal") == 0 || (format == NULL && waymark_imoodjournal_sniff (data, length)))
    return waymark_imoodjournal_parse (data, length, path, error);
  if (g_strcmp0 (format, "emoods") == 0 || (format == NULL && waymark_emoods_sniff (data, length)))
    return waymark_emoods_parse (data, length, path, error);
  set_not_importable (error, path);
  return NULL;
}

/* Bearable's or iMoodJournal's export at @path, when @format allows it:
 * %NULL with *@handled FALSE when it is neither, so another reader can
 * try; with *@handled TRUE and @error set when it is one that can't be
 * read. */
static WaymarkCheckins *
try_checkins (const char  *path,
              const char  *format,
              gboolean    *handled,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  WaymarkCheckins *checkins;

  *handled = FALSE;
  if (format != NULL && !is_checkins_format (format))
    return NULL;
  checkins = waymark_import_read_checkins (path, format, &local_error);
  if (checkins == NULL && format == NULL &&
      g_error_matches (local_error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT))
    return NULL;
  *handled = TRUE;
  if (checkins == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return checkins;
}

/**
 * waymark_import_read_loop:
 *
 * Returns: (transfer full) (nullable): Loop Habit Tracker's CSV export at
 *   @path; %NULL with @error set when it isn't one or can't be read
 */
WaymarkLoop *
waymark_import_read_loop (const char  *path,
                          GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GHashTable) files = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (!is_zip (path))
    {
      files = read_loop_folder (path);
      if (files == NULL)
        files = g_hash_table_new (g_str_hash, g_str_equal);
    }
  else
    {
      /* All Loop reads; another app's large archive isn't read whole. */
      static const char * const names[] = { "Habits.csv", "Checkmarks.csv", NULL };

      files = waymark_archive_read_only (path, names, WAYMARK_ARCHIVE_MAX_BYTES, error);
    }
  if (files == NULL)
    return NULL;
  return waymark_loop_parse (files, name, error);
}

/**
 * waymark_import_preview:
 * @format: (nullable): as for waymark_import_file ()
 * @moods: (nullable): Daylio's moods on Waymark's scale, "rad=9,good=7"
 *
 * Reads @path without writing anything.
 *
 * Returns: (transfer full) (nullable): what importing it would do, in words
 */
char *
waymark_import_preview (const char  *path,
                        const char  *format,
                        const char  *moods,
                        GError     **error)
{
  g_autoptr(WaymarkDaylio) daylio = NULL;
  g_autoptr(GHashTable) files = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_format (format, error))
    return NULL;
  if (format == NULL || g_str_equal (format, "daylio"))
    files = read_daylio_backup (path);
  if (files == NULL && g_strcmp0 (format, "daylio") != 0 && !is_checkins_format (format) && is_zip (path))
    {
      g_autofree char *name = g_filename_display_basename (path);

      files = waymark_archive_read_files (path, WAYMARK_ARCHIVE_MAX_BYTES, error);
      if (files == NULL)
        return NULL;
      if (g_strcmp0 (format, "loop") != 0 && waymark_import_is_waymark (files))
        /* Translators: the preview of a Waymark export; %s is its file name. */
        return g_strdup_printf (_("“%s” is Waymark’s Export Everything: every record it holds that "
                                  "this plan hasn’t had from it before is added\n"), name);
      if (g_strcmp0 (format, "waymark") != 0 && waymark_loop_is_loop (files))
        {
          g_autoptr(WaymarkLoop) loop = waymark_loop_parse (files, name, error);

          return loop ? waymark_loop_describe (loop) : NULL;
        }
    }
  if (files == NULL && (format == NULL || g_str_equal (format, "loop")) &&
      (files = read_loop_folder (path)) != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autoptr(WaymarkLoop) loop = waymark_loop_parse (files, name, error);

      return loop ? waymark_loop_describe (loop) : NULL;
    }
  {
    gboolean handled;
    g_autoptr(WaymarkCheckins) checkins = try_checkins (path, format, &handled, error);

    if (handled)
      return checkins ? waymark_checkins_describe (checkins) : NULL;
  }
  daylio = read_daylio (path, files, format, moods, error);
  if (daylio == NULL)
    return NULL;
  return waymark_daylio_describe (daylio);
}

/**
 * waymark_import_file:
 *
 * waymark_import_file_full () with Daylio's default moods.
 */
gboolean
waymark_import_file (WaymarkStore         *store,
                     const char           *path,
                     const char           *format,
                     WaymarkImportResult  *result,
                     GError              **error)
{
  return waymark_import_file_full (store, path, format, NULL, result, error);
}

/**
 * waymark_import_file_full:
 * @path: the file to import
 * @format: (nullable): the format it must be, such as "waymark"; %NULL
 *   to tell from its content
 * @moods: (nullable): Daylio's moods on Waymark's scale, "rad=9,good=7"
 * @result: (out caller-allocates): what was imported
 *
 * Returns: %TRUE when the whole file is in the plan; on %FALSE the plan
 *   is as it was
 */
gboolean
waymark_import_file_full (WaymarkStore         *store,
                          const char           *path,
                          const char           *format,
                          const char           *moods,
                          WaymarkImportResult  *result,
                          GError              **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GHashTable) files = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  name = g_filename_display_basename (path);

  if (!check_format (format, error))
    return FALSE;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name. */
                   _("There is no file “%s”"), name);
      return FALSE;
    }

  if (format == NULL || g_str_equal (format, "daylio"))
    files = read_daylio_backup (path);
  if (files == NULL && g_strcmp0 (format, "daylio") != 0 && !is_checkins_format (format) && is_zip (path))
    {
      files = waymark_archive_read_files (path, WAYMARK_ARCHIVE_MAX_BYTES, error);
      if (files == NULL)
        return FALSE;
      if (g_strcmp0 (format, "loop") != 0 && waymark_import_is_waymark (files))
        return waymark_import_waymark (store, files, name, result, error);
      if (g_strcmp0 (format, "waymark") != 0 && waymark_loop_is_loop (files))
        {
          g_autoptr(WaymarkLoop) loop = waymark_loop_parse (files, name, error);

          return loop != NULL && waymark_loop_import (loop, store, result, error);
        }
    }

  if (files == NULL && (format == NULL || g_str_equal (format, "loop")) &&
      (files = read_loop_folder (path)) != NULL)
    {
      g_autoptr(WaymarkLoop) loop = waymark_loop_parse (files, name, error);

      return loop != NULL && waymark_loop_import (loop, store, result, error);
    }

  {
    gboolean handled;
    g_autoptr(WaymarkCheckins) checkins = try_checkins (path, format, &handled, error);

    if (handled)
      return checkins != NULL && waymark_checkins_import (checkins, store, result, error);
  }

  {
    g_autoptr(WaymarkDaylio) daylio = read_daylio (path, files, format, moods, error);

    if (daylio == NULL)
      return FALSE;
    return waymark_daylio_import (daylio, store, result, error);
  }
}
