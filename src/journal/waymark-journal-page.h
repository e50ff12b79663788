/* waymark-journal-page.h: the Journal page
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-page.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_JOURNAL_PAGE (waymark_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkJournalPage, waymark_journal_page, WAYMARK, JOURNAL_PAGE, WaymarkPage)

void        waymark_journal_page_new_checkin    (WaymarkJournalPage *self);
void        waymark_journal_page_edit_checkin   (WaymarkJournalPage *self,
                                                 WaymarkCheckin     *checkin);
void        waymark_journal_page_delete_checkin (WaymarkJournalPage *self,
                                                 WaymarkCheckin     *checkin);
GListModel *waymark_journal_page_get_checkins   (WaymarkJournalPage *self);
gboolean    waymark_journal_page_is_reading     (WaymarkJournalPage *self);
void        waymark_journal_page_resume_draft   (WaymarkJournalPage *self,
                                                 gint64              draft_id);

G_END_DECLS
