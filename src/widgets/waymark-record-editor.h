/* waymark-record-editor.h: a dialog that edits one record, saving as you type
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-field.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_RECORD_EDITOR (waymark_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRecordEditor, waymark_record_editor, WAYMARK, RECORD_EDITOR, AdwWindow)

WaymarkRecordEditor *waymark_record_editor_new        (GtkWindow          *parent,
                                                       WaymarkStore       *store,
                                                       WaymarkRecord      *record,
                                                       const char         *title,
                                                       const WaymarkField *fields,
                                                       guint               n_fields);
WaymarkRecord       *waymark_record_editor_get_record (WaymarkRecordEditor *self);
void                 waymark_record_editor_add_group  (WaymarkRecordEditor *self,
                                                       AdwPreferencesGroup *group);
gboolean             waymark_record_editor_save_now   (WaymarkRecordEditor *self);
void                 waymark_record_editor_discard    (WaymarkRecordEditor *self);

G_END_DECLS
