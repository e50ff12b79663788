/* waymark-contact.h: a person or service: on the care team, a supporter, someone to call
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

/* Columns, for waymark_record_get_text () and friends. */
typedef enum
{
  WAYMARK_CONTACT_NAME,
  WAYMARK_CONTACT_RELATIONSHIP,
  WAYMARK_CONTACT_ROLE,
  WAYMARK_CONTACT_ORGANISATION,
  WAYMARK_CONTACT_PHONE,
  WAYMARK_CONTACT_OTHER_CONTACT,
  WAYMARK_CONTACT_AVAILABLE_HOURS,
  WAYMARK_CONTACT_NOTES,
  WAYMARK_CONTACT_IN_CARE_TEAM,
  WAYMARK_CONTACT_N_COLUMNS
} WaymarkContactColumn;

gboolean waymark_phone_is_plausible (const char *phone);

#define WAYMARK_TYPE_CONTACT (waymark_contact_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkContact, waymark_contact, WAYMARK, CONTACT, WaymarkRecord)

WaymarkContact *waymark_contact_new (void);

G_END_DECLS
