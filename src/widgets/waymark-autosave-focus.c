/* waymark-autosave-focus.c: a field's typing written when the focus leaves it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-autosave"

#include "config.h"

#include "waymark-autosave-focus.h"

/* WaymarkAutosave (core/) is GTK-free, so the core tests can time it;
 * this is its one tie to the widgets: what was typed in a field on a
 * page is written as soon as the person moves on, not a moment later. */

/**
 * waymark_autosave_flush_on_focus_leave:
 * @autosave: what saves @field
 * @field: a field typed into, such as an AdwEntryRow on a page
 *
 * Writes what was typed in @field as soon as the focus leaves it (for
 * another field, or another window): on the main loop's next turn, not
 * inside the toolkit's focus change.
 */
void
waymark_autosave_flush_on_focus_leave (WaymarkAutosave *autosave,
                                       GtkWidget       *field)
{
  GtkEventController *focus;

  g_return_if_fail (WAYMARK_IS_AUTOSAVE (autosave));
  g_return_if_fail (GTK_IS_WIDGET (field));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (waymark_autosave_flush_soon), autosave, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, focus);
}
