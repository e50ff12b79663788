/* waymark-checkin-highlight.h: the check-in just saved, scrolled to and
 * lit for a moment in the journal's list
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WAYMARK_CHECKIN_HIGHLIGHT_CSS_CLASS "waymark-just-saved"

#define WAYMARK_TYPE_CHECKIN_HIGHLIGHT (waymark_checkin_highlight_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCheckinHighlight, waymark_checkin_highlight, WAYMARK, CHECKIN_HIGHLIGHT, GObject)

WaymarkCheckinHighlight *waymark_checkin_highlight_new      (GtkListView             *list_view);
void                     waymark_checkin_highlight_show     (WaymarkCheckinHighlight *self,
                                                             guint                    position,
                                                             gint64                   checkin_id);
void                     waymark_checkin_highlight_bind_row (WaymarkCheckinHighlight *self,
                                                             GtkWidget               *row);
gint64                   waymark_checkin_highlight_get_id   (WaymarkCheckinHighlight *self);

G_END_DECLS
