/* waymark-sample-data.c: a clearly fictional plan for first looks and tests
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sample-data"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "waymark-sample-data.h"

/* The sample person is plainly not real: the name says so, so a
 * screenshot or a demo can never be mistaken for someone's plan. */

/**
 * waymark_sample_data_fill:
 * @store: an empty plan
 * @days: how many days of history to write (later records use it)
 * @today: (nullable): the last day of the history; today when %NULL
 * @error: return location for an error
 *
 * Fills an empty plan with the fictional person. Refuses a plan that
 * already holds anything.
 */
gboolean
waymark_sample_data_fill (WaymarkStore  *store,
                          guint          days,
                          GDate         *today,
                          GError       **error)
{
  g_autoptr(WaymarkPerson) person = NULL;
  gboolean is_empty = FALSE;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (days > 0 && days <= WAYMARK_SAMPLE_DATA_MAX_DAYS, FALSE);

  if (!waymark_store_is_empty (store, &is_empty, error))
    return FALSE;

  if (!is_empty)
    {
      g_autofree char *name = g_path_get_basename (waymark_store_get_path (store));

      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS,
                   _("“%s” already holds a plan, so no sample data was written to it."),
                   name);
      return FALSE;
    }

  person = waymark_person_new ();
  /* Translators: the name of the clearly fictional sample person. */
  waymark_person_set_name (person, _("Sam Sample"));
  waymark_person_set_pronouns (person, _("they/them"));
  waymark_person_set_date_of_birth (person, "1990-04-12");
  waymark_person_set_recovery_meaning (person,
                                       _("Feeling at home in my own life again: good days "
                                         "with friends, work I care about, and knowing what "
                                         "to do when a hard week comes."));
  waymark_person_set_notes (person, _("This is sample data. Sam is not a real person."));

  return waymark_store_save_person (store, person, error);
}

/**
 * waymark_sample_data_write_file:
 * @path: where the plan goes: a new file, or an existing empty plan
 * @days: how many days of history to write
 * @today: (nullable): the last day of the history; today when %NULL
 * @error: return location for an error
 *
 * Writes sample data into a new plan at @path (or into an existing plan
 * that holds nothing yet). A file that holds anything else is refused
 * untouched. If writing fails part-way, a file this call created is
 * removed again, so no half-written plan is left behind.
 */
gboolean
waymark_sample_data_write_file (const char  *path,
                                guint        days,
                                GDate       *today,
                                GError     **error)
{
  g_autoptr(WaymarkStore) store = NULL;
  gboolean created;

  created = !g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
  store = waymark_store_open (path,
                              created ? WAYMARK_STORE_CREATE_NEW : WAYMARK_STORE_OPEN_EXISTING,
                              error);
  if (store == NULL)
    return FALSE;

  if (!waymark_sample_data_fill (store, days, today, error))
    {
      waymark_store_close (store);

      if (created)
        {
          static const char * const suffixes[] = { "", "-wal", "-shm" };

          for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
            {
              g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
              g_unlink (file);
            }
        }
      return FALSE;
    }

  return TRUE;
}
