/* waymark-journal-export.c: the journal as a CSV file, for the person or their clinician
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-atomic-file.h"
#include "waymark-csv.h"
#include "waymark-journal-export.h"
#include "waymark-store-private.h"

/* One row per check-in, oldest first as a spreadsheet reads, with a
 * header; dates ISO 8601 in the person's own time zone; numbers with a
 * decimal point whatever the locale, so every spreadsheet reads them;
 * UTF-8 without a byte-order mark. A column per tracker the person
 * keeps, named after it. */

typedef struct
{
  gint64  id;
  char   *name;
} Tracker;

static void
tracker_clear (Tracker *tracker)
{
  g_free (tracker->name);
}

static char *
format_number (sqlite3_stmt *stmt,
               int           column)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return g_strdup ("");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", sqlite3_column_double (stmt, column)));
}

/* A cell of a numeric column: left a number in the spreadsheet, even
 * when negative (a tracker can go below zero). Every other cell, tags
 * and names included, is text with formulas neutralised (waymark-csv.c). */
static void
add_number (GPtrArray *fields,
            GArray    *numeric,
            char      *number)
{
  gboolean yes = TRUE;

  g_array_set_size (numeric, fields->len);
  g_ptr_array_add (fields, number);
  g_array_append_val (numeric, yes);
}

/**
 * waymark_journal_to_csv:
 * @n_rows: (out) (optional): how many check-ins were written
 *
 * Returns: (transfer full) (nullable): the whole journal as CSV text
 */
char *
waymark_journal_to_csv (WaymarkStore  *store,
                        gsize         *n_rows,
                        GError       **error)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GArray) trackers = g_array_new (FALSE, TRUE, sizeof (Tracker));
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  sqlite3_stmt *stmt;
  gsize rows = 0;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  g_array_set_clear_func (trackers, (GDestroyNotify) tracker_clear);

  stmt = waymark_store_prepare (store, "SELECT id, name FROM tracker ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Tracker tracker = { sqlite3_column_int64 (stmt, 0), g_strdup ((const char *) sqlite3_column_text (stmt, 1)) };
      g_array_append_val (trackers, tracker);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* Translators: column headings of the exported journal (CSV). */
  g_ptr_array_add (header, g_strdup (_("Date")));
  g_ptr_array_add (header, g_strdup (_("Time")));
  g_ptr_array_add (header, g_strdup (_("Mood (0–10)")));
  g_ptr_array_add (header, g_strdup (_("Anxiety (0–10)")));
  g_ptr_array_add (header, g_strdup (_("Energy (0–10)")));
  g_ptr_array_add (header, g_strdup (_("Sleep (hours)")));
  g_ptr_array_add (header, g_strdup (_("Sleep quality (0–10)")));
  g_ptr_array_add (header, g_strdup (_("Cravings (0–10)")));
  g_ptr_array_add (header, g_strdup (_("Medications taken")));
  g_ptr_array_add (header, g_strdup (_("Medications not taken")));
  g_ptr_array_add (header, g_strdup (_("Routine done that day")));
  g_ptr_array_add (header, g_strdup (_("Tags")));
  for (guint i = 0; i < trackers->len; i++)
    g_ptr_array_add (header, g_strdup (g_array_index (trackers, Tracker, i).name));
  g_ptr_array_add (header, g_strdup (_("Note")));
  waymark_csv_append_row (csv, (const char * const *) header->pdata, header->len);

  stmt = waymark_store_prepare (store,
    "SELECT c.id, c.at, c.mood, c.anxiety, c.energy, c.sleep_hours, c.sleep_quality, c.craving, c.note, "
    " (SELECT group_concat(i.name, '; ') FROM checkin_medication m JOIN intervention i ON i.id = m.intervention_id "
    "   WHERE m.checkin_id = c.id AND m.taken = 1), "
    " (SELECT group_concat(i.name, '; ') FROM checkin_medication m JOIN intervention i ON i.id = m.intervention_id "
    "   WHERE m.checkin_id = c.id AND m.taken = 0), "
    " (SELECT group_concat(r.title, '; ') FROM routine_done d JOIN routine_item r ON r.id = d.routine_item_id "
    "   WHERE d.date = c.local_date), "
    " (SELECT group_concat(tag, '; ') FROM (SELECT tag FROM checkin_tag WHERE checkin_id = c.id ORDER BY tag)) "
    "FROM checkin c ORDER BY c.at, c.id",
    error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) numeric = g_array_new (FALSE, TRUE, sizeof (gboolean));
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
      g_autoptr(GDateTime) time = utc ? g_date_time_to_timezone (utc, local) : NULL;

      g_ptr_array_add (fields, time ? g_date_time_format (time, "%Y-%m-%d") : g_strdup (""));
      g_ptr_array_add (fields, time ? g_date_time_format (time, "%H:%M") : g_strdup (""));
      for (int column = 2; column <= 7; column++)
        add_number (fields, numeric, format_number (stmt, column));
      for (int column = 9; column <= 12; column++)
        g_ptr_array_add (fields, g_strdup (sqlite3_column_text (stmt, column)
                                           ? (const char *) sqlite3_column_text (stmt, column) : ""));

      for (guint i = 0; i < trackers->len; i++)
        {
          sqlite3_stmt *value = waymark_store_prepare (store,
            "SELECT value FROM tracker_value WHERE checkin_id = ?1 AND tracker_id = ?2", error);

          if (value == NULL)
            {
              sqlite3_reset (stmt);
              return NULL;
            }
          sqlite3_bind_int64 (value, 1, sqlite3_column_int64 (stmt, 0));
          sqlite3_bind_int64 (value, 2, g_array_index (trackers, Tracker, i).id);
          add_number (fields, numeric, sqlite3_step (value) == SQLITE_ROW ? format_number (value, 0) : g_strdup (""));
          sqlite3_reset (value);
        }

      g_ptr_array_add (fields, g_strdup ((const char *) sqlite3_column_text (stmt, 8)));
      g_array_set_size (numeric, fields->len);
      waymark_csv_append_row_full (csv, (const char * const *) fields->pdata,
                                   (const gboolean *) numeric->data, fields->len);
      rows++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  if (n_rows != NULL)
    *n_rows = rows;

  return g_string_free (g_steal_pointer (&csv), FALSE);

failed:
  waymark_store_set_sql_error (store, error);
  return NULL;
}

/**
 * waymark_journal_export_csv:
 * @file: where to write; replaced whole or not at all
 * @n_rows: (out) (optional): how many check-ins were written
 *
 * Returns: %TRUE when the file holds the whole journal
 */
gboolean
waymark_journal_export_csv (WaymarkStore  *store,
                            GFile         *file,
                            gsize         *n_rows,
                            GError       **error)
{
  g_autofree char *csv = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = waymark_journal_to_csv (store, n_rows, error);
  if (csv == NULL)
    return FALSE;

  /* Through the atomic writer, as every file Waymark writes: 0600, and
   * on a full disk the old file stays whole and no partial one is left. */
  path = g_file_get_path (file);
  if (path != NULL)
    return waymark_atomic_file_set_contents (path, csv, -1, WAYMARK_ATOMIC_FILE_MODE, error);

  /* A place with no local path (a remote folder): GIO's own replace,
   * which also writes aside and renames, private to the person. */
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}
