/* waymark-questionnaire-result.h: a PHQ-9 or GAD-7 the person filled in
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-questionnaire.h"
#include "waymark-record.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT,   /* WaymarkQuestionnaire.key */
  WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT,     /* UTC ISO 8601 */
  WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS,      /* "0,1,3,..." */
  WAYMARK_QUESTIONNAIRE_RESULT_TOTAL,
  WAYMARK_QUESTIONNAIRE_RESULT_N_COLUMNS
} WaymarkQuestionnaireResultColumn;

#define WAYMARK_TYPE_QUESTIONNAIRE_RESULT (waymark_questionnaire_result_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkQuestionnaireResult, waymark_questionnaire_result, WAYMARK, QUESTIONNAIRE_RESULT, WaymarkRecord)

WaymarkQuestionnaireResult *waymark_questionnaire_result_new      (void);
gboolean                    waymark_questionnaire_result_set_answers (WaymarkQuestionnaireResult *self,
                                                                      const WaymarkQuestionnaire *questionnaire,
                                                                      const int                  *answers,
                                                                      GDateTime                  *taken_at);
const WaymarkQuestionnaire *waymark_questionnaire_result_get_questionnaire (WaymarkQuestionnaireResult *self);

G_END_DECLS
