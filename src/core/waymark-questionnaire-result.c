/* waymark-questionnaire-result.c: a PHQ-9 or GAD-7 the person filled in
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-questionnaire-result"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-questionnaire-result.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT] = { "instrument", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT] = { "taken_at", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS] = { "answers", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_QUESTIONNAIRE_RESULT_TOTAL] = { "total", WAYMARK_COLUMN_INT, NULL, 0, 27 },
};

static const WaymarkTable table = {
  "questionnaire", "questionnaire", NULL, "taken_at DESC, id DESC",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

/* The total is always the published score of the answers stored: it is
 * checked here, not trusted. */
static gboolean
waymark_questionnaire_result_validate (WaymarkRecord  *record,
                                       GError        **error)
{
  const WaymarkQuestionnaire *questionnaire =
    waymark_questionnaire_result_get_questionnaire (WAYMARK_QUESTIONNAIRE_RESULT (record));
  g_autoptr(GDateTime) taken_at =
    g_date_time_new_from_iso8601 (waymark_record_get_text (record, WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT), NULL);
  int answers[16];
  int total;

  if (questionnaire == NULL || taken_at == NULL ||
      !waymark_questionnaire_parse_answers (questionnaire,
                                            waymark_record_get_text (record, WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS),
                                            answers) ||
      !waymark_questionnaire_score (questionnaire, answers, questionnaire->n_items, &total) ||
      total != waymark_record_get_int (record, WAYMARK_QUESTIONNAIRE_RESULT_TOTAL))
    {
      g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                           _("Answer every question before saving the questionnaire."));
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkQuestionnaireResult, waymark_questionnaire_result, table,
                       waymark_questionnaire_result_validate)

const WaymarkQuestionnaire *
waymark_questionnaire_result_get_questionnaire (WaymarkQuestionnaireResult *self)
{
  g_return_val_if_fail (WAYMARK_IS_QUESTIONNAIRE_RESULT (self), NULL);

  return waymark_questionnaire_find (waymark_record_get_text (WAYMARK_RECORD (self),
                                                              WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT));
}

/**
 * waymark_questionnaire_result_set_answers:
 * @answers: one answer (0-3) per item of @questionnaire
 * @taken_at: when
 *
 * Returns: %FALSE, changing nothing, when an answer is missing or off
 *   the published scale
 */
gboolean
waymark_questionnaire_result_set_answers (WaymarkQuestionnaireResult *self,
                                          const WaymarkQuestionnaire *questionnaire,
                                          const int                  *answers,
                                          GDateTime                  *taken_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *at = NULL;
  int total;

  g_return_val_if_fail (WAYMARK_IS_QUESTIONNAIRE_RESULT (self), FALSE);
  g_return_val_if_fail (questionnaire != NULL && taken_at != NULL, FALSE);

  if (!waymark_questionnaire_score (questionnaire, answers, questionnaire->n_items, &total))
    return FALSE;

  utc = g_date_time_to_utc (taken_at);
  at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  text = waymark_questionnaire_format_answers (answers, questionnaire->n_items);

  waymark_record_set_text (WAYMARK_RECORD (self), WAYMARK_QUESTIONNAIRE_RESULT_INSTRUMENT, questionnaire->key);
  waymark_record_set_text (WAYMARK_RECORD (self), WAYMARK_QUESTIONNAIRE_RESULT_TAKEN_AT, at);
  waymark_record_set_text (WAYMARK_RECORD (self), WAYMARK_QUESTIONNAIRE_RESULT_ANSWERS, text);
  waymark_record_set_int (WAYMARK_RECORD (self), WAYMARK_QUESTIONNAIRE_RESULT_TOTAL, total);

  return TRUE;
}
