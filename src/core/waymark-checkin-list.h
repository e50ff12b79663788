/* waymark-checkin-list.h: the journal's check-ins, newest first, read as they are shown
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHECKIN_LIST (waymark_checkin_list_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCheckinList, waymark_checkin_list, WAYMARK, CHECKIN_LIST, GObject)

WaymarkCheckinList *waymark_checkin_list_new        (WaymarkStore               *store);
gboolean            waymark_checkin_list_set_filter (WaymarkCheckinList         *self,
                                                     const WaymarkJournalFilter *filter,
                                                     GError                    **error);
gboolean            waymark_checkin_list_reload     (WaymarkCheckinList         *self,
                                                     GError                    **error);
void                waymark_checkin_list_refresh    (WaymarkCheckinList         *self,
                                                     gint64                      checkin_id);
gboolean            waymark_checkin_list_is_filtered (WaymarkCheckinList        *self);
guint               waymark_checkin_list_find       (WaymarkCheckinList         *self,
                                                     gint64                      checkin_id);

G_END_DECLS
