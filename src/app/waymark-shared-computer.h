/* waymark-shared-computer.h: shared computer mode: the plan closes when
 * Waymark is left alone or the session locks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_SHARED_COMPUTER (waymark_shared_computer_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkSharedComputer, waymark_shared_computer, WAYMARK, SHARED_COMPUTER, GObject)

WaymarkSharedComputer *waymark_shared_computer_new        (GtkApplication        *application,
                                                           GSettings             *settings);
void                   waymark_shared_computer_force      (WaymarkSharedComputer *self);
gboolean               waymark_shared_computer_is_active  (WaymarkSharedComputer *self);
gboolean               waymark_shared_computer_is_forced  (void);

G_END_DECLS
