/* waymark-checkin-editor.h: a check-in, new or edited, in under half a minute
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-draft.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHECKIN_EDITOR (waymark_checkin_editor_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCheckinEditor, waymark_checkin_editor, WAYMARK, CHECKIN_EDITOR, AdwWindow)

GtkWindow *waymark_checkin_editor_new (GtkWindow      *parent,
                                       WaymarkStore   *store,
                                       WaymarkCheckin *checkin,
                                       gboolean        ask_cravings);
GtkWindow *waymark_checkin_editor_new_from_draft (GtkWindow    *parent,
                                                  WaymarkStore *store,
                                                  WaymarkDraft *draft,
                                                  gboolean      ask_cravings);

G_END_DECLS
