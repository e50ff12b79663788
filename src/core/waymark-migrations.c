/* waymark-migrations.c: bringing a plan file's schema up to date
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-core-resources.h"
#include "waymark-migrations.h"
#include "waymark-sqlite.h"
#include "waymark-store-error.h"

/* Migrations are numbered SQL files, data/migrations/NNNN-what.sql,
 * compiled into the core library's GResource.  Schema version N is what
 * the first N files make; PRAGMA user_version records it. */
#define MIGRATIONS_PATH RESOURCE_PREFIX "/migrations/"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
waymark_migrations_load_scripts (GError **error)
{
  GResource *resource = waymark_core_get_resource ();
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) scripts = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  guint n_names;

  names = g_resource_enumerate_children (resource, MIGRATIONS_PATH,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;

  n_names = g_strv_length (names);
  qsort (names, n_names, sizeof (char *), compare_names);

  for (guint i = 0; i < n_names; i++)
    {
      g_autofree char *path = g_strconcat (MIGRATIONS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      guint64 number = 0;
      char digits[5];

      /* A gap or a duplicate in the numbering is a packaging mistake that
       * would silently skip a step; refuse it loudly. */
      g_strlcpy (digits, names[i], sizeof digits);
      if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT, &number, NULL) ||
          number != i + 1)
        {
          g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                       "Migration %s is out of sequence (expected number %u)",
                       names[i], i + 1);
          return NULL;
        }

      bytes = g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;

      g_ptr_array_add (scripts, g_strndup (g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes)));
    }

  return (char **) g_ptr_array_free (g_steal_pointer (&scripts), FALSE);
}

guint
waymark_migrations_get_latest_version (void)
{
  static gsize latest = 0;

  if (g_once_init_enter (&latest))
    {
      g_auto(GStrv) scripts = waymark_migrations_load_scripts (NULL);

      g_assert (scripts != NULL);
      g_once_init_leave (&latest, g_strv_length (scripts));
    }

  return (guint) latest;
}

/* Applies scripts[current] … scripts[target - 1], each in a transaction
 * of its own that also records the new user_version, so a failure leaves
 * the file at the last version that was completely reached. */
gboolean
waymark_migrations_apply_scripts (sqlite3             *db,
                                  const char * const  *scripts,
                                  guint                target_version,
                                  GError             **error)
{
  guint current;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (scripts != NULL, FALSE);
  g_return_val_if_fail (target_version <= g_strv_length ((char **) scripts), FALSE);

  {
    int version = 0;

    if (!waymark_sqlite_query_int (db, "PRAGMA user_version", &version, NULL))
      {
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     "%s", sqlite3_errmsg (db));
        return FALSE;
      }
    current = (guint) version;
  }

  for (guint version = current + 1; version <= target_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", version);
      g_autoptr(GError) local_error = NULL;

      if (!waymark_sqlite_exec (db, "BEGIN IMMEDIATE", &local_error) ||
          !waymark_sqlite_exec (db, scripts[version - 1], &local_error) ||
          !waymark_sqlite_exec (db, set_version, &local_error) ||
          !waymark_sqlite_exec (db, "COMMIT", &local_error))
        {
          if (!sqlite3_get_autocommit (db))
            waymark_sqlite_exec (db, "ROLLBACK", NULL);

          g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                       _("The plan could not be updated to the current version (step %u: %s). "
                         "It has been left as it was."),
                       version, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
waymark_migrations_apply (sqlite3  *db,
                          guint     target_version,
                          GError  **error)
{
  g_auto(GStrv) scripts = waymark_migrations_load_scripts (error);

  if (scripts == NULL)
    return FALSE;

  return waymark_migrations_apply_scripts (db, (const char * const *) scripts,
                                           target_version, error);
}
