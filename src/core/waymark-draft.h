/* waymark-draft.h: a check-in or questionnaire being written, kept as it
 * is typed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_DRAFT_CHECKIN       "checkin"
#define WAYMARK_DRAFT_QUESTIONNAIRE "questionnaire"

/**
 * WaymarkDraft:
 * @id: its row
 * @kind: %WAYMARK_DRAFT_CHECKIN or %WAYMARK_DRAFT_QUESTIONNAIRE
 * @record_id: the check-in being changed, or 0 for a new one
 * @day: the local day it is about, "YYYY-MM-DD"
 * @payload: the editor's fields, an a{sv} only the editor reads
 * @updated_at: when it was last written, UTC ISO 8601
 */
typedef struct
{
  gint64    id;
  char     *kind;
  gint64    record_id;
  char     *day;
  GVariant *payload;
  char     *updated_at;
} WaymarkDraft;

void       waymark_draft_free                    (WaymarkDraft                *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkDraft, waymark_draft_free)

gboolean   waymark_store_save_draft              (WaymarkStore                *self,
                                                  gint64                      *id,
                                                  const char                  *kind,
                                                  gint64                       record_id,
                                                  const char                  *day,
                                                  GVariant                    *payload,
                                                  GError                     **error);
GPtrArray *waymark_store_load_drafts             (WaymarkStore                *self,
                                                  const char                  *kind,
                                                  GError                     **error);
WaymarkDraft *waymark_store_load_draft           (WaymarkStore                *self,
                                                  gint64                       id,
                                                  GError                     **error);
gboolean   waymark_store_delete_draft            (WaymarkStore                *self,
                                                  gint64                       id,
                                                  GError                     **error);
gboolean   waymark_store_save_checkin_from_draft (WaymarkStore                *self,
                                                  WaymarkCheckin              *checkin,
                                                  const WaymarkCheckinDetails *details,
                                                  gint64                       draft_id,
                                                  GError                     **error);
gboolean   waymark_store_save_from_draft         (WaymarkStore                *self,
                                                  WaymarkRecord               *record,
                                                  gint64                       draft_id,
                                                  GError                     **error);

G_END_DECLS
