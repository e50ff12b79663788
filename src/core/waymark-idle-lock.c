/* waymark-idle-lock.c: when a protected plan locks itself, left alone
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-idle-lock.h"

/* On a shared computer a plan that is left alone locks after this many
 * minutes unless a time was chosen; a person on their own computer
 * chooses it (0, never, by default). */
#define SHARED_COMPUTER_MINUTES 5

/**
 * waymark_idle_lock_seconds:
 * @minutes_chosen: the lock-idle-minutes setting; 0 is never
 * @shared_computer: whether shared computer mode is on
 * @protected_plan: whether the plan shown is protected by a passphrase
 *
 * Only a protected plan locks (a plain one has nothing to unlock it
 * with). WAYMARK_TEST_IDLE_LOCK_SECONDS=1 (tests only) reads the
 * minutes as seconds, as WAYMARK_TEST_IDLE_SECONDS does for shared
 * computer mode, so a test can turn locking on while the app runs.
 *
 * Returns: after how many seconds without input the plan locks; 0 never
 */
guint
waymark_idle_lock_seconds (int      minutes_chosen,
                           gboolean shared_computer,
                           gboolean protected_plan)
{
  guint minutes;

  if (!protected_plan)
    return 0;

  minutes = minutes_chosen > 0 ? (guint) minutes_chosen : shared_computer ? SHARED_COMPUTER_MINUTES : 0;
  if (g_strcmp0 (g_getenv ("WAYMARK_TEST_IDLE_LOCK_SECONDS"), "1") == 0)
    return minutes;
  return minutes * 60;
}
