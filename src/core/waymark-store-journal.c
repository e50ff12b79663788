/* waymark-store-journal.c: the check-in journal: saving a check-in with
 * what belongs to it, finding check-ins, and the day-by-day summary the
 * charts read
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-day-series.h"
#include "waymark-intervention.h"
#include "waymark-journal-statistics.h"
#include "waymark-plan-entry.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"

static gboolean
run_with_id (WaymarkStore  *self,
             const char    *sql,
             gint64         id,
             GError       **error)
{
  sqlite3_stmt *stmt = waymark_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return waymark_store_step_done (self, stmt, error);
}

static gboolean
write_details (WaymarkStore                *self,
               WaymarkCheckin              *checkin,
               const WaymarkCheckinDetails *details,
               GError                     **error)
{
  gint64 id = waymark_record_get_id (WAYMARK_RECORD (checkin));
  const char *day = waymark_record_get_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_LOCAL_DATE);
  sqlite3_stmt *stmt;
  guint32 julian = waymark_date_to_julian (day);
  GDate date;

  if (!run_with_id (self, "DELETE FROM checkin_tag WHERE checkin_id = ?1", id, error) ||
      !run_with_id (self, "DELETE FROM checkin_medication WHERE checkin_id = ?1", id, error) ||
      !run_with_id (self, "DELETE FROM tracker_value WHERE checkin_id = ?1", id, error))
    return FALSE;

  for (guint i = 0; i < details->tags->len; i++)
    {
      const char *tag = g_ptr_array_index (details->tags, i);

      if (tag == NULL || *tag == '\0')
        continue;

      stmt = waymark_store_prepare (self, "INSERT OR IGNORE INTO checkin_tag (checkin_id, tag) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, tag, -1, SQLITE_TRANSIENT);
      if (!waymark_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < details->medications->len; i++)
    {
      const WaymarkTick *tick = &g_array_index (details->medications, WaymarkTick, i);

      stmt = waymark_store_prepare (self,
                                    "INSERT OR REPLACE INTO checkin_medication (checkin_id, intervention_id, taken) "
                                    "VALUES (?1, ?2, ?3)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, tick->id);
      sqlite3_bind_int (stmt, 3, !!tick->done);
      if (!waymark_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < details->trackers->len; i++)
    {
      const WaymarkTrackerValue *value = &g_array_index (details->trackers, WaymarkTrackerValue, i);

      if (isnan (value->value))
        continue;

      stmt = waymark_store_prepare (self,
                                    "INSERT OR REPLACE INTO tracker_value (checkin_id, tracker_id, value) "
                                    "VALUES (?1, ?2, ?3)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, value->tracker_id);
      sqlite3_bind_double (stmt, 3, CLAMP (value->value, 0.0, 10.0));
      if (!waymark_store_step_done (self, stmt, error))
        return FALSE;
    }

  g_date_clear (&date, 1);
  if (julian != 0)
    g_date_set_julian (&date, julian);
  for (guint i = 0; i < details->routine->len && g_date_valid (&date); i++)
    {
      const WaymarkTick *tick = &g_array_index (details->routine, WaymarkTick, i);

      if (!waymark_store_set_routine_done (self, tick->id, &date, tick->done, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_save_checkin:
 * @self: the store
 * @checkin: a new check-in, or one read from this store, as edited
 * @details: (nullable): its tags, medications, routine and trackers;
 *   %NULL leaves those as they are
 * @error: a #WAYMARK_STORE_ERROR_INVALID with a message for the person
 *   when it can't be kept as it is
 *
 * Writes the check-in and everything it says in one transaction: one
 * commit, so one sync to disk. Emits #WaymarkStore::changed with
 * "checkin" (and "routine" when the day's routine changed).
 */
gboolean
waymark_store_save_checkin (WaymarkStore                 *self,
                            WaymarkCheckin               *checkin,
                            const WaymarkCheckinDetails  *details,
                            GError                      **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WAYMARK_IS_CHECKIN (checkin), FALSE);

  if (!waymark_record_validate (WAYMARK_RECORD (checkin), error))
    return FALSE;

  if (!waymark_store_begin (self, error))
    return FALSE;

  if (!waymark_store_save (self, WAYMARK_RECORD (checkin), error) ||
      (details != NULL && !write_details (self, checkin, details, error)))
    {
      waymark_store_rollback (self);
      return FALSE;
    }

  return waymark_store_commit (self, error);
}

/**
 * waymark_store_load_checkin_details:
 * @checkin_id: a saved check-in
 *
 * Returns: (transfer full) (nullable): its tags (sorted), medications,
 *   trackers, and the routine items done on its day
 */
WaymarkCheckinDetails *
waymark_store_load_checkin_details (WaymarkStore  *self,
                                    gint64         checkin_id,
                                    GError       **error)
{
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self, "SELECT tag FROM checkin_tag WHERE checkin_id = ?1 ORDER BY tag", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (details->tags, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = waymark_store_prepare (self,
                                "SELECT intervention_id, taken FROM checkin_medication WHERE checkin_id = ?1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkTick tick = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) != 0 };
      g_array_append_val (details->medications, tick);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = waymark_store_prepare (self,
                                "SELECT tracker_id, value FROM tracker_value WHERE checkin_id = ?1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkTrackerValue value = { sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1) };
      g_array_append_val (details->trackers, value);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = waymark_store_prepare (self,
                                "SELECT routine_item_id FROM routine_done "
                                "WHERE date = (SELECT local_date FROM checkin WHERE id = ?1)",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, checkin_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WaymarkTick tick = { sqlite3_column_int64 (stmt, 0), TRUE };
      g_array_append_val (details->routine, tick);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  return g_steal_pointer (&details);

failed:
  waymark_store_set_sql_error (self, error);
  return NULL;
}

/**
 * waymark_store_get_checkin_tags:
 *
 * Just the tags, for a row of the list: one small query.
 *
 * Returns: (transfer full) (nullable): the check-in's tags, sorted
 */
char **
waymark_store_get_checkin_tags (WaymarkStore  *self,
                                gint64         checkin_id,
                                GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self, "SELECT tag FROM checkin_tag WHERE checkin_id = ?1 ORDER BY tag", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, checkin_id);
  return waymark_store_query_strings (self, stmt, error);
}

/* LIKE patterns take the search literally: % and _ in it are escaped. */
static char *
like_pattern (const char *search)
{
  g_autoptr(GString) pattern = g_string_new ("%");

  for (const char *p = search; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

/**
 * waymark_store_list_checkin_ids:
 * @filter: (nullable): which check-ins; %NULL for all
 *
 * Lists only ids, newest first, so a list of any length can show its
 * rows as they are scrolled to (see #WaymarkCheckinList). The search
 * matches the note, ignoring case for ASCII letters; every word of it
 * must appear.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids
 */
GArray *
waymark_store_list_checkin_ids (WaymarkStore               *self,
                                const WaymarkJournalFilter *filter,
                                GError                    **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM checkin WHERE 1");
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  if (filter != NULL && filter->search != NULL)
    {
      words = g_strsplit_set (filter->search, " \t\n", -1);
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] == '\0')
            continue;
          g_ptr_array_add (params, like_pattern (words[i]));
          g_string_append_printf (sql, " AND note LIKE ?%u ESCAPE '\\'", params->len);
        }
    }

  if (filter != NULL && filter->tag != NULL && *filter->tag != '\0')
    {
      g_ptr_array_add (params, g_strdup (filter->tag));
      g_string_append_printf (sql, " AND id IN (SELECT checkin_id FROM checkin_tag WHERE tag = ?%u)", params->len);
    }

  if (filter != NULL && filter->from != NULL && *filter->from != '\0')
    {
      g_ptr_array_add (params, g_strdup (filter->from));
      g_string_append_printf (sql, " AND local_date >= ?%u", params->len);
    }

  if (filter != NULL && filter->to != NULL && *filter->to != '\0')
    {
      g_ptr_array_add (params, g_strdup (filter->to));
      g_string_append_printf (sql, " AND local_date <= ?%u", params->len);
    }

  g_string_append (sql, " ORDER BY at DESC, id DESC");

  stmt = waymark_store_prepare (self, waymark_store_intern_sql (self, g_strdup (sql->str)), error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < params->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (params, i), -1, SQLITE_TRANSIENT);

  return waymark_store_query_ids (self, stmt, error);
}

/**
 * waymark_store_list_checkin_tags:
 *
 * Returns: (transfer full) (nullable): every tag used in check-ins,
 *   the most used first
 */
char **
waymark_store_list_checkin_tags (WaymarkStore  *self,
                                 GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT tag FROM checkin_tag GROUP BY tag ORDER BY count(*) DESC, tag",
                                error);
  if (stmt == NULL)
    return NULL;

  return waymark_store_query_strings (self, stmt, error);
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

/* The day series is read on the store's own connection, with its kept
 * statements, or on a connection of a reader's own in another thread
 * (waymark_store_load_day_series_async ()), whose statements are
 * finalized with it. */
typedef struct
{
  WaymarkStore *store;
  sqlite3      *db;
  GPtrArray    *statements;
} SeriesReader;

static void
series_fail (SeriesReader  *reader,
             GError       **error)
{
  if (reader->store != NULL)
    waymark_store_set_sql_error (reader->store, error);
  else if ((sqlite3_errcode (reader->db) & 0xff) == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Reading the day series was cancelled");
  else
    /* Not shown: the store's own connection reads it again. */
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (reader->db));
}

static sqlite3_stmt *
series_prepare (SeriesReader  *reader,
                const char    *sql,
                GError       **error)
{
  sqlite3_stmt *stmt = NULL;

  if (reader->store != NULL)
    return waymark_store_prepare (reader->store, sql, error);

  if (sqlite3_prepare_v2 (reader->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      series_fail (reader, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_ptr_array_add (reader->statements, stmt);

  return stmt;
}

static gboolean
add_markers (SeriesReader      *reader,
             WaymarkDaySeries  *series,
             GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A medication's start, and each change of its dose. */
  stmt = series_prepare (reader,
                         "SELECT start_date, name, dose FROM intervention "
                         "WHERE kind = '" WAYMARK_INTERVENTION_MEDICATION "' AND start_date IS NOT NULL "
                         "UNION ALL "
                         "SELECT d.date, i.name, d.dose FROM medication_dose d "
                         "JOIN intervention i ON i.id = d.intervention_id",
                         error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 julian = waymark_date_to_julian ((const char *) sqlite3_column_text (stmt, 0));
      const char *dose = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *label = NULL;

      if (julian == 0)
        continue;

      if (dose != NULL && *dose != '\0')
        /* Translators: a medication and its dose, "Sertraline 50 mg" */
        label = g_strdup_printf (C_("medication marker", "%s %s"), sqlite3_column_text (stmt, 1), dose);
      else
        label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));

      waymark_day_series_add_marker (series, julian, WAYMARK_MARKER_MEDICATION, label);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = series_prepare (reader, "SELECT date, title FROM milestone", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 julian = waymark_date_to_julian ((const char *) sqlite3_column_text (stmt, 0));

      if (julian != 0)
        waymark_day_series_add_marker (series, julian, WAYMARK_MARKER_MILESTONE,
                                       (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  return TRUE;

failed:
  series_fail (reader, error);
  return FALSE;
}

/* Two indexed GROUP BY queries, merged by date, and the markers. */
static WaymarkDaySeries *
read_day_series (SeriesReader  *reader,
                 GError       **error)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  sqlite3_stmt *checkins, *routine, *count;
  int n_routine_items = 0;
  int rc_checkins, rc_routine;

  count = series_prepare (reader, "SELECT count(*) FROM routine_item", error);
  if (count == NULL)
    return NULL;
  if (sqlite3_step (count) == SQLITE_ROW)
    n_routine_items = sqlite3_column_int (count, 0);
  sqlite3_reset (count);

  checkins = series_prepare (reader,
                             "SELECT local_date, count(*), avg(mood), avg(anxiety), avg(energy), "
                             "avg(sleep_hours) FROM checkin GROUP BY local_date ORDER BY local_date",
                             error);
  if (checkins == NULL)
    return NULL;
  routine = series_prepare (reader,
                            "SELECT date, count(*) FROM routine_done GROUP BY date ORDER BY date",
                            error);
  if (routine == NULL)
    {
      sqlite3_reset (checkins);
      return NULL;
    }

  rc_checkins = sqlite3_step (checkins);
  rc_routine = sqlite3_step (routine);
  while (rc_checkins == SQLITE_ROW || rc_routine == SQLITE_ROW)
    {
      guint32 checkin_day = rc_checkins == SQLITE_ROW ? waymark_date_to_julian ((const char *) sqlite3_column_text (checkins, 0)) : G_MAXUINT32;
      guint32 routine_day = rc_routine == SQLITE_ROW ? waymark_date_to_julian ((const char *) sqlite3_column_text (routine, 0)) : G_MAXUINT32;
      WaymarkDay day = { MIN (checkin_day, routine_day), 0, };

      for (guint i = 0; i < WAYMARK_N_MEASURES; i++)
        day.values[i] = NAN;

      if (checkin_day == day.julian)
        {
          day.n_checkins = sqlite3_column_int (checkins, 1);
          day.values[WAYMARK_MEASURE_MOOD] = column_or_nan (checkins, 2);
          day.values[WAYMARK_MEASURE_ANXIETY] = column_or_nan (checkins, 3);
          day.values[WAYMARK_MEASURE_ENERGY] = column_or_nan (checkins, 4);
          day.values[WAYMARK_MEASURE_SLEEP] = column_or_nan (checkins, 5);
          rc_checkins = sqlite3_step (checkins);
        }

      if (routine_day == day.julian)
        {
          if (n_routine_items > 0)
            day.values[WAYMARK_MEASURE_ROUTINE] = MIN (1.0, sqlite3_column_int (routine, 1) / (double) n_routine_items);
          rc_routine = sqlite3_step (routine);
        }

      if (day.julian != 0)
        waymark_day_series_append (series, &day);
    }

  if (rc_checkins != SQLITE_DONE || rc_routine != SQLITE_DONE)
    {
      series_fail (reader, error);
      sqlite3_reset (checkins);
      sqlite3_reset (routine);
      return NULL;
    }
  sqlite3_reset (checkins);
  sqlite3_reset (routine);

  if (!add_markers (reader, series, error))
    return NULL;

  waymark_day_series_finish (series);
  return g_steal_pointer (&series);
}

/**
 * waymark_store_load_day_series:
 *
 * Reads the journal as one summary per day (two indexed GROUP BY
 * queries, merged by date), with the plan's medication changes and the
 * timeline's milestones as markers. Charts draw from this alone. The
 * series is finished and never changed: the store keeps it and hands
 * the same one out again until anything is written. At 100,000
 * check-ins this takes 40 ms: a page shown for the first time reads it
 * with waymark_store_load_day_series_async () instead.
 *
 * Returns: (transfer full) (nullable): the finished series
 */
WaymarkDaySeries *
waymark_store_load_day_series (WaymarkStore  *self,
                               GError       **error)
{
  SeriesReader reader = { self, NULL, NULL };
  WaymarkDaySeries *series;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  /* Unchanged since it was last read (by the other page drawing it). */
  if (waymark_store_get_cached_day_series (self) != NULL)
    return g_object_ref (waymark_store_get_cached_day_series (self));

  series = read_day_series (&reader, error);
  if (series != NULL)
    waymark_store_cache_day_series (self, series);

  return series;
}

/**
 * waymark_store_peek_day_series:
 *
 * Returns: (transfer none) (nullable): the day series the store keeps,
 *   when nothing was written since it was read; %NULL when it has to be
 *   read
 */
WaymarkDaySeries *
waymark_store_peek_day_series (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return waymark_store_get_cached_day_series (self);
}

/* Reading the day series in another thread, on a connection of its own
 * to the same file: SQLite's write-ahead log lets it read beside the
 * store's connection, from the last commit. A protected plan's second
 * connection finds its key as the first did, by the file's salt in the
 * crypt VFS's registry (waymark-crypt-vfs.c), and keeps temporary data
 * in memory as the store does. */
typedef struct
{
  char         *path;
  GCancellable *closing;       /* the store's: cancelled when it closes */
  guint         stamp;         /* the store's writes, when the read began */
  int           data_version;  /* and SQLite's data_version */
} SeriesRead;

static void
series_read_free (gpointer data)
{
  SeriesRead *read = data;

  g_free (read->path);
  g_clear_object (&read->closing);
  g_free (read);
}

/* SQLite stops a query under way when this returns non-zero. */
static int
series_read_progress_cb (void *data)
{
  GCancellable **cancellables = data;

  return g_cancellable_is_cancelled (cancellables[0]) || g_cancellable_is_cancelled (cancellables[1]);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/**
 * waymark_store_read_day_series_beside:
 * @path: an open plan's file
 * @closing: (nullable): the store's, cancelled when it closes
 * @cancellable: (nullable): the caller's
 *
 * Any thread: reads the day series on a read-only connection of its
 * own, in one snapshot, beside the store's. A protected plan's key is
 * found by the crypt VFS while the store has it open; without it the
 * plan is refused (SQLITE_AUTH), as any other connection's would be.
 * Cancelling either stops the read within a thousand of SQLite's steps.
 *
 * Returns: (transfer full) (nullable): the finished series
 */
WaymarkDaySeries *
waymark_store_read_day_series_beside (const char    *path,
                                      GCancellable  *closing,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (finalize_statement);
  SeriesReader reader = { NULL, NULL, statements };
  GCancellable *cancellables[2] = { closing, cancellable };
  WaymarkDaySeries *series = NULL;
  int rc;

  if (g_cancellable_set_error_if_cancelled (closing, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &reader.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED, "%s",
                 reader.db ? sqlite3_errmsg (reader.db) : sqlite3_errstr (rc));
  else
    {
      sqlite3_busy_timeout (reader.db, 2000);
      sqlite3_progress_handler (reader.db, 1000, series_read_progress_cb, cancellables);
      /* Sorts in memory, as the store's: a protected plan's never reach
       * the disk. One snapshot for every query. */
      if (waymark_sqlite_exec (reader.db, "PRAGMA temp_store = MEMORY", error) &&
          waymark_sqlite_exec (reader.db, "BEGIN", error))
        {
          series = read_day_series (&reader, error);
          g_ptr_array_set_size (statements, 0);
          sqlite3_exec (reader.db, "COMMIT", NULL, NULL, NULL);
        }
    }
  g_ptr_array_set_size (statements, 0);
  sqlite3_close_v2 (reader.db);

  return series;
}

static void
read_series_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  SeriesRead *read = data;
  GError *error = NULL;
  WaymarkDaySeries *series;

  series = waymark_store_read_day_series_beside (read->path, read->closing, cancellable, &error);
  waymark_store_end_reader (WAYMARK_STORE (source));

  if (series != NULL)
    g_task_return_pointer (task, series, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * waymark_store_load_day_series_async:
 * @cancellable: (nullable): to stop the read: a page that no longer
 *   wants it, or shows another plan
 *
 * Reads the day series as waymark_store_load_day_series () does, in
 * another thread when the plan allows a second connection beside the
 * store's (not on a network file system), so the main loop goes on
 * drawing. The series the store keeps is handed back at once (in the
 * callback). waymark_store_close () stops the read and waits for it.
 */
void
waymark_store_load_day_series_async (WaymarkStore        *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GCancellable) closing = NULL;
  SeriesRead *read;

  g_return_if_fail (WAYMARK_IS_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_store_load_day_series_async);

  if (waymark_store_get_cached_day_series (self) == NULL && waymark_store_begin_reader (self, &closing))
    {
      read = g_new0 (SeriesRead, 1);
      read->path = g_strdup (waymark_store_get_path (self));
      read->closing = g_steal_pointer (&closing);
      read->stamp = waymark_store_get_day_series_stamp (self, &read->data_version);
      g_task_set_task_data (task, read, series_read_free);
      g_task_run_in_thread (task, read_series_thread);
      return;
    }

  if (waymark_store_get_db (self) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The plan is closed");
      return;
    }

  /* Kept, or to be read here (the callback still comes later). */
  {
    g_autoptr(GError) error = NULL;
    WaymarkDaySeries *series = waymark_store_load_day_series (self, &error);

    if (series != NULL)
      g_task_return_pointer (task, series, g_object_unref);
    else
      g_task_return_error (task, g_steal_pointer (&error));
  }
}

/**
 * waymark_store_load_day_series_finish:
 *
 * The store keeps the series read in another thread when nothing was
 * written meanwhile (by this connection or another). When the other
 * connection could not read, this one reads it now.
 *
 * Returns: (transfer full) (nullable): the finished series; %NULL with
 *   %G_IO_ERROR_CANCELLED when cancelled or the store was closed
 */
WaymarkDaySeries *
waymark_store_load_day_series_finish (WaymarkStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  SeriesRead *read;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  read = g_task_get_task_data (G_TASK (result));
  series = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (read == NULL)
    {
      if (series == NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return g_steal_pointer (&series);
    }

  /* Closed meanwhile: nothing read from the file is handed out after. */
  if (g_cancellable_is_cancelled (read->closing) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Reading the day series was cancelled");
      return NULL;
    }

  if (series != NULL)
    {
      int version;

      if (waymark_store_get_day_series_stamp (self, &version) == read->stamp &&
          version == read->data_version && version >= 0)
        waymark_store_cache_day_series (self, series);
      return g_steal_pointer (&series);
    }

  /* The other connection could not read (a busy file, say): here, then. */
  g_debug ("The day series was read on the store's connection after all: %s", local_error->message);
  return waymark_store_load_day_series (self, error);
}

/**
 * waymark_store_find_sign_in_notes:
 * @since: the first local day to look at, "YYYY-MM-DD"
 * @day: (out) (optional) (transfer full): the day of the note that
 *   mentions it
 * @error: return location for an error
 *
 * Looks for one of the person's own early warning signs in the notes of
 * their check-ins since @since, newest first (see
 * waymark_note_mentions_sign ()).
 *
 * Returns: (transfer full) (nullable): the sign, in the person's words,
 *   or %NULL when no note mentions one (or on error)
 */
char *
waymark_store_find_sign_in_notes (WaymarkStore  *self,
                                  const char    *since,
                                  char         **day,
                                  GError       **error)
{
  g_auto(GStrv) signs = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (since != NULL, NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT text FROM plan_entry WHERE kind = '" WAYMARK_PLAN_ENTRY_WARNING_SIGN "' "
                                "ORDER BY position",
                                error);
  if (stmt == NULL)
    return NULL;
  signs = waymark_store_query_strings (self, stmt, error);
  if (signs == NULL || signs[0] == NULL)
    return NULL;

  /* The days' index finds the few recent notes; "+at" keeps SQLite
   * from walking the time index through the whole journal instead to
   * save sorting them (20 ms at 100,000 check-ins when none matches). */
  stmt = waymark_store_prepare (self,
                                "SELECT local_date, note FROM checkin WHERE local_date >= ?1 AND note <> '' "
                                "ORDER BY +at DESC, id DESC",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, since, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *note = (const char *) sqlite3_column_text (stmt, 1);

      for (guint i = 0; signs[i] != NULL; i++)
        if (waymark_note_mentions_sign (note, signs[i]))
          {
            if (day != NULL)
              *day = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
            sqlite3_reset (stmt);
            return g_strdup (signs[i]);
          }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    waymark_store_set_sql_error (self, error);

  return NULL;
}
