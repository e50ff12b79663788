/* waymark-emergency-number.c: the number for emergency services where
 * the person lives, kept with the crisis plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-plan.h"
#include "waymark-emergency-number.h"

/* The number is one crisis entry in its own section: there is one or
 * none, an empty number takes it away, and what is not a phone number
 * is refused with a sentence saying what to type. Waymark never
 * suggests a number: it is the person's to write. */

static WaymarkRecord *
find_entry (WaymarkStore  *store,
            GError       **error)
{
  g_autoptr(GListModel) entries = NULL;

  entries = waymark_store_list (store, WAYMARK_TYPE_CRISIS_ENTRY, WAYMARK_CRISIS_EMERGENCY_SECTION, error);
  if (entries == NULL || g_list_model_get_n_items (entries) == 0)
    return NULL;

  return g_list_model_get_item (entries, 0);
}

/**
 * waymark_emergency_number_get:
 * @store: the plan
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the number, "" when none was
 *   written; %NULL when the plan could not be read
 */
char *
waymark_emergency_number_get (WaymarkStore  *store,
                              GError       **error)
{
  g_autoptr(WaymarkRecord) entry = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  entry = find_entry (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_strdup (entry ? waymark_record_get_text (entry, WAYMARK_CRISIS_ENTRY_TEXT) : "");
}

/**
 * waymark_emergency_number_set:
 * @store: the plan
 * @number: what the person typed; spaces around it don't count
 * @error: return location for an error
 *
 * Keeps @number as the plan's emergency number, or takes the number
 * away when @number is empty. A number that doesn't look like a phone
 * number is refused with %WAYMARK_STORE_ERROR_INVALID and a message for
 * the person, and the plan is left as it was.
 *
 * Returns: whether the plan now holds @number
 */
gboolean
waymark_emergency_number_set (WaymarkStore  *store,
                              const char    *number,
                              GError       **error)
{
  g_autoptr(WaymarkRecord) entry = NULL;
  g_autofree char *stripped = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  stripped = g_strstrip (g_strdup (number));
  if (!waymark_phone_is_plausible (stripped))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("“%s” doesn’t look like a phone number. Use digits, spaces, +, - and brackets."),
                   stripped);
      return FALSE;
    }

  entry = find_entry (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (*stripped == '\0')
    {
      g_autoptr(WaymarkDeletion) deletion = NULL;

      if (entry == NULL)
        return TRUE;

      deletion = waymark_store_delete (store, entry, error);
      return deletion != NULL;
    }

  if (entry == NULL)
    {
      entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, WAYMARK_CRISIS_EMERGENCY_SECTION);
    }

  waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, stripped);
  return waymark_store_save (store, entry, error);
}
