/* waymark-backup-list.c: which backups there are, and which are kept
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "waymark-atomic-file.h"
#include "waymark-backup.h"

/* Backups are named "2026-03-01T091500Z.waymark" (UTC), with
 * "-before-restore" for the copy made just before a restore replaced the
 * plan; the name says when, so choosing what to keep never opens a file. */

#define SUFFIX ".waymark"
#define BEFORE_RESTORE "-before-restore"

/**
 * waymark_backup_file_name:
 * @time: when the backup is made
 *
 * Returns: (transfer full): "2026-03-01T091500Z.waymark"
 */
char *
waymark_backup_file_name (GDateTime *time,
                          gboolean   before_restore)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *stamp = g_date_time_format (utc, "%Y-%m-%dT%H%M%SZ");

  return g_strconcat (stamp, before_restore ? BEFORE_RESTORE : "", SUFFIX, NULL);
}

/**
 * waymark_backup_parse_file_name:
 * @before_restore: (out) (optional)
 *
 * Returns: (transfer full) (nullable): when the backup named @basename
 *   was made, or %NULL if it is not a backup's name
 */
GDateTime *
waymark_backup_parse_file_name (const char *basename,
                                gboolean   *before_restore)
{
  int y, mo, d, h, mi, s, consumed = 0;
  const char *rest;

  if (sscanf (basename, "%4d-%2d-%2dT%2d%2d%2dZ%n", &y, &mo, &d, &h, &mi, &s, &consumed) != 6 || consumed != 18)
    return NULL;

  rest = basename + consumed;
  if (g_str_equal (rest, SUFFIX))
    {
      if (before_restore != NULL)
        *before_restore = FALSE;
    }
  else if (g_str_equal (rest, BEFORE_RESTORE SUFFIX))
    {
      if (before_restore != NULL)
        *before_restore = TRUE;
    }
  else
    return NULL;

  return g_date_time_new_utc (y, mo, d, h, mi, s);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const WaymarkBackupInfo *x = *(WaymarkBackupInfo **) a, *y = *(WaymarkBackupInfo **) b;

  return g_date_time_compare (y->time, x->time);
}

/**
 * waymark_backup_list:
 * @folder: a backups folder
 *
 * Returns: (transfer full) (element-type WaymarkBackupInfo): the backups
 *   in @folder, newest first, each read from the file itself
 */
GPtrArray *
waymark_backup_list (const char *folder)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_backup_info_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) time = waymark_backup_parse_file_name (name, NULL);
      g_autofree char *path = NULL;
      WaymarkBackupInfo *info;

      if (time == NULL)
        continue;
      path = g_build_filename (folder, name, NULL);
      info = waymark_backup_info_read (path, NULL);
      if (info != NULL)
        g_ptr_array_add (backups, info);
    }

  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

/**
 * waymark_backup_newest_time:
 *
 * Returns: (transfer full) (nullable): when the newest backup in @folder
 *   was made, by its name (the files are not opened)
 */
GDateTime *
waymark_backup_newest_time (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GDateTime *newest = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      GDateTime *time = waymark_backup_parse_file_name (name, NULL);

      if (time == NULL)
        continue;
      if (newest == NULL || g_date_time_compare (time, newest) > 0)
        {
          g_clear_pointer (&newest, g_date_time_unref);
          newest = time;
        }
      else
        g_date_time_unref (time);
    }

  return newest;
}

/* Keeping ------------------------------------------------------------------- */

static int
compare_times_newest_first (gconstpointer a,
                            gconstpointer b,
                            gpointer      user_data)
{
  GPtrArray *times = user_data;

  return g_date_time_compare (g_ptr_array_index (times, *(const guint *) b),
                              g_ptr_array_index (times, *(const guint *) a));
}

/**
 * waymark_backup_select_pruned:
 * @times: (element-type GDateTime): when each backup was made, any order
 * @zone: the time zone days and weeks are counted in
 *
 * The rule: keep the newest backup of each of the last
 * %WAYMARK_BACKUP_KEEP_DAILY days that have one, and the newest of each
 * of the last %WAYMARK_BACKUP_KEEP_WEEKLY ISO weeks that have one (a
 * backup may count as both); every other one goes.
 *
 * Returns: (transfer full) (element-type guint): the indices in @times
 *   of the backups to remove, in no particular order
 */
GArray *
waymark_backup_select_pruned (GPtrArray *times,
                              GTimeZone *zone)
{
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), times->len);
  GArray *pruned = g_array_new (FALSE, FALSE, sizeof (guint));
  gint64 last_day = G_MININT64, last_week = G_MININT64;
  guint days = 0, weeks = 0;

  for (guint i = 0; i < times->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_times_newest_first, times);

  for (guint i = 0; i < order->len; i++)
    {
      guint index = g_array_index (order, guint, i);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (g_ptr_array_index (times, index), zone);
      gint64 day = g_date_time_get_year (local) * 1000 + g_date_time_get_day_of_year (local);
      gint64 week = g_date_time_get_week_numbering_year (local) * 100 + g_date_time_get_week_of_year (local);
      gboolean keep = FALSE;

      /* Newest first: the first backup met in a day or week is its newest. */
      if (day != last_day)
        {
          last_day = day;
          if (days < WAYMARK_BACKUP_KEEP_DAILY)
            {
              days++;
              keep = TRUE;
            }
        }
      if (week != last_week)
        {
          last_week = week;
          if (weeks < WAYMARK_BACKUP_KEEP_WEEKLY)
            {
              weeks++;
              keep = TRUE;
            }
        }

      if (!keep)
        g_array_append_val (pruned, index);
    }

  return pruned;
}

/**
 * waymark_backup_prune:
 * @folder: a backups folder
 *
 * Removes the backups the rule no longer keeps, and Waymark's own
 * temporary files a crash left there.
 *
 * Returns: how many backups were removed
 */
guint
waymark_backup_prune (const char *folder,
                      GTimeZone  *zone)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GArray) pruned = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint removed = 0;

  waymark_atomic_file_remove_leftovers (folder);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      GDateTime *time = waymark_backup_parse_file_name (name, NULL);

      if (time == NULL)
        continue;
      g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_add (times, time);
    }

  pruned = waymark_backup_select_pruned (times, zone);
  for (guint i = 0; i < pruned->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, g_array_index (pruned, guint, i)), NULL);

      if (g_unlink (path) == 0)
        removed++;
    }

  return removed;
}
