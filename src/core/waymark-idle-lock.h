/* waymark-idle-lock.h: when a protected plan locks itself, left alone
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint waymark_idle_lock_seconds (int      minutes_chosen,
                                 gboolean shared_computer,
                                 gboolean protected_plan);

G_END_DECLS
