/* waymark-contact.c: a person or service: on the care team, a supporter, someone to call
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-contact"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-contact.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_CONTACT_NAME] = { "name", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_RELATIONSHIP] = { "relationship", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_ROLE] = { "role", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_ORGANISATION] = { "organisation", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_PHONE] = { "phone", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_OTHER_CONTACT] = { "other_contact", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_AVAILABLE_HOURS] = { "available_hours", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_NOTES] = { "notes", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_CONTACT_IN_CARE_TEAM] = { "in_care_team", WAYMARK_COLUMN_BOOLEAN, NULL },
};

static const WaymarkChildTable children[] = {
  { "crisis_entry", "contact_id" },
};

static const WaymarkTable table = {
  "contact", "contact", "in_care_team", NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

/* Loose on purpose: digits, spaces, +, -, dots and parentheses, with at
 * least three digits, so every country's way of writing numbers passes. */
gboolean
waymark_phone_is_plausible (const char *phone)
{
  guint digits = 0;

  if (phone == NULL || *phone == '\0')
    return TRUE;

  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr (" +-().", *p))
        return FALSE;
    }

  return digits >= 3;
}

static gboolean
waymark_contact_validate (WaymarkRecord  *record,
                          GError        **error)
{
  const char *phone = waymark_record_get_text (record, WAYMARK_CONTACT_PHONE);

  if (!waymark_record_check_required (record, WAYMARK_CONTACT_NAME,
                                      _("Add a name, so you know who to call."), error))
    return FALSE;

  if (!waymark_phone_is_plausible (phone))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("“%s” doesn’t look like a phone number. Use digits, spaces, +, - and brackets."),
                   phone);
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkContact, waymark_contact, table, waymark_contact_validate)
