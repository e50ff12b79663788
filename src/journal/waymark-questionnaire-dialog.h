/* waymark-questionnaire-dialog.h: filling in a PHQ-9 or GAD-7
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-draft.h"
#include "waymark-questionnaire.h"
#include "waymark-questionnaire-result.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_QUESTIONNAIRE_DIALOG (waymark_questionnaire_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkQuestionnaireDialog, waymark_questionnaire_dialog, WAYMARK, QUESTIONNAIRE_DIALOG, AdwWindow)

GtkWindow                *waymark_questionnaire_dialog_new      (GtkWindow                  *parent,
                                                                 WaymarkStore               *store,
                                                                 WaymarkQuestionnaireKind    kind);
GtkWindow                *waymark_questionnaire_dialog_new_from_draft (GtkWindow    *parent,
                                                                       WaymarkStore *store,
                                                                       WaymarkDraft *draft);
WaymarkQuestionnaireKind  waymark_questionnaire_dialog_get_kind (WaymarkQuestionnaireDialog *self);

G_END_DECLS
