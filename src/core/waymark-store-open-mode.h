/* waymark-store-open-mode.h: how a plan file is opened, and what marks
 * a file as a Waymark plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * WaymarkStoreOpenMode:
 * @WAYMARK_STORE_OPEN_EXISTING: open a plan that is already there
 * @WAYMARK_STORE_OPEN_OR_CREATE: open the plan, creating a new one if
 *   there is no file at the path yet (the default plan)
 * @WAYMARK_STORE_CREATE_NEW: create a new plan; refuse if a file is there
 */
typedef enum
{
  WAYMARK_STORE_OPEN_EXISTING,
  WAYMARK_STORE_OPEN_OR_CREATE,
  WAYMARK_STORE_CREATE_NEW,
} WaymarkStoreOpenMode;

/* Written into the SQLite header's application_id: "WYMK". */
#define WAYMARK_STORE_APPLICATION_ID 0x57594D4B

G_END_DECLS
