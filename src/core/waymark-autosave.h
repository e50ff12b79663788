/* waymark-autosave.h: when what is being typed is written
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A change is written once typing pauses this long… */
#define WAYMARK_AUTOSAVE_QUIET_MS    300
/* …and never later than this after the first change not yet written,
 * however long the typing goes on: with the save itself, typed text is
 * in the plan file within a second. 700 ms left too little room on a
 * starved machine (1,000 kills at a load of 12–16 on 2 cores: text typed
 * up to 1.74 s before a kill was lost); 400 leaves 600 ms for a late
 * main loop and the write. */
#define WAYMARK_AUTOSAVE_MAX_WAIT_MS 400

/**
 * WaymarkAutosaveFunc:
 * @user_data: the owner's data
 *
 * Writes what the owner holds, in one short transaction.
 *
 * Returns: %TRUE when it was written (or there was nothing to write);
 *   %FALSE when it can't be kept as it is, after saying why
 */
typedef gboolean (*WaymarkAutosaveFunc) (gpointer user_data);

#define WAYMARK_TYPE_AUTOSAVE (waymark_autosave_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkAutosave, waymark_autosave, WAYMARK, AUTOSAVE, GObject)

WaymarkAutosave *waymark_autosave_new        (WaymarkAutosaveFunc  save,
                                              gpointer             user_data);
void             waymark_autosave_set_delays (WaymarkAutosave     *self,
                                              guint                quiet_ms,
                                              guint                max_wait_ms);
void             waymark_autosave_changed    (WaymarkAutosave     *self);
gboolean         waymark_autosave_flush      (WaymarkAutosave     *self);
void             waymark_autosave_flush_soon (WaymarkAutosave     *self);
void             waymark_autosave_forget     (WaymarkAutosave     *self);
gboolean         waymark_autosave_is_pending (WaymarkAutosave     *self);
gint64           waymark_autosave_get_longest_wait (WaymarkAutosave *self);

void             waymark_autosave_flush_all  (void);

G_END_DECLS
