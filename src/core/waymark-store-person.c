/* waymark-store-person.c: reading and writing the person in a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "waymark-store-private.h"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/**
 * waymark_store_load_person:
 * @self: the store
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the person; one with every field
 *   empty when the plan does not say yet
 */
WaymarkPerson *
waymark_store_load_person (WaymarkStore  *self,
                           GError       **error)
{
  g_autoptr(WaymarkPerson) person = waymark_person_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  stmt = waymark_store_prepare (self,
                                "SELECT name, pronouns, date_of_birth, diagnosis, "
                                "recovery_meaning, notes, language, country "
                                "FROM person WHERE id = 1",
                                error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      waymark_person_set_name (person, column_text (stmt, 0));
      waymark_person_set_pronouns (person, column_text (stmt, 1));
      waymark_person_set_date_of_birth (person, column_text (stmt, 2));
      waymark_person_set_diagnosis (person, column_text (stmt, 3));
      waymark_person_set_recovery_meaning (person, column_text (stmt, 4));
      waymark_person_set_notes (person, column_text (stmt, 5));
      waymark_person_set_language (person, column_text (stmt, 6));
      waymark_person_set_country (person, column_text (stmt, 7));
    }
  else if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);

  return g_steal_pointer (&person);
}

static gboolean
is_valid_date (const char *iso_date)
{
  int y, m, d;
  char end;

  if (sscanf (iso_date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 || strlen (iso_date) != 10)
    return FALSE;

  return g_date_valid_dmy (d, m, y);
}

/**
 * waymark_store_save_person:
 * @self: the store
 * @person: the person, as edited
 * @error: return location for an error
 *
 * Writes the person durably in one transaction, then emits
 * #WaymarkStore::changed with "person".
 *
 * Returns: %TRUE if the change is kept
 */
gboolean
waymark_store_save_person (WaymarkStore   *self,
                           WaymarkPerson  *person,
                           GError        **error)
{
  g_autofree char *now = NULL;
  const char *date_of_birth;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WAYMARK_IS_PERSON (person), FALSE);

  date_of_birth = waymark_person_get_date_of_birth (person);
  if (*date_of_birth != '\0' && !is_valid_date (date_of_birth))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("The date of birth “%s” is not a date on the calendar."), date_of_birth);
      return FALSE;
    }

  stmt = waymark_store_prepare (self,
                                "INSERT INTO person (id, name, pronouns, date_of_birth, diagnosis, "
                                "  recovery_meaning, notes, language, country, created_at, updated_at) "
                                "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) "
                                "ON CONFLICT (id) DO UPDATE SET name = ?1, pronouns = ?2, "
                                "  date_of_birth = ?3, diagnosis = ?4, recovery_meaning = ?5, "
                                "  notes = ?6, language = ?7, country = ?8, updated_at = ?9",
                                error);
  if (stmt == NULL)
    return FALSE;

  now = waymark_store_timestamp_now ();
  sqlite3_bind_text (stmt, 1, waymark_person_get_name (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, waymark_person_get_pronouns (person), -1, SQLITE_TRANSIENT);
  if (*date_of_birth != '\0')
    sqlite3_bind_text (stmt, 3, date_of_birth, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, waymark_person_get_diagnosis (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, waymark_person_get_recovery_meaning (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, waymark_person_get_notes (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, waymark_person_get_language (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, waymark_person_get_country (person), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_TRANSIENT);

  /* A single statement is its own transaction, durable on return. */
  if (!waymark_store_step_done (self, stmt, error))
    return FALSE;

  waymark_store_emit_changed (self, "person");

  return TRUE;
}

/**
 * waymark_store_dup_owner_name:
 * @self: the store
 *
 * Returns: (transfer full) (nullable): whose plan this is, or %NULL when
 *   the plan does not name anyone yet
 */
char *
waymark_store_dup_owner_name (WaymarkStore *self)
{
  g_autoptr(WaymarkPerson) person = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  person = waymark_store_load_person (self, NULL);
  if (person == NULL)
    return NULL;

  name = g_strstrip (g_strdup (waymark_person_get_name (person)));
  if (*name == '\0')
    return NULL;

  return g_steal_pointer (&name);
}
