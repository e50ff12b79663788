/* waymark-questionnaire.h: PHQ-9 and GAD-7, scored as published
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_QUESTIONNAIRE_PHQ9,
  WAYMARK_QUESTIONNAIRE_GAD7,
} WaymarkQuestionnaireKind;

/* The published answer scale, 0 to 3. */
#define WAYMARK_QUESTIONNAIRE_MAX_ANSWER 3

typedef struct
{
  WaymarkQuestionnaireKind  kind;
  const char               *key;            /* stored in questionnaire.instrument */
  const char               *name;           /* "PHQ-9" */
  const char               *stem;           /* the published question, English original */
  const char * const       *items;          /* the published items, English original */
  guint                     n_items;
  const char * const       *answers;        /* the published answer labels, English original */
  const char               *attribution;    /* the line that must go with it */
} WaymarkQuestionnaire;

const WaymarkQuestionnaire *waymark_questionnaire_get        (WaymarkQuestionnaireKind  kind);
const WaymarkQuestionnaire *waymark_questionnaire_find       (const char               *key);
gboolean                    waymark_questionnaire_score      (const WaymarkQuestionnaire *questionnaire,
                                                              const int                *answers,
                                                              guint                     n_answers,
                                                              int                      *total);
const char                 *waymark_questionnaire_band       (const WaymarkQuestionnaire *questionnaire,
                                                              int                       total);
gboolean                    waymark_phq9_asks_for_support    (const int                *answers,
                                                              guint                     n_answers);
char                       *waymark_questionnaire_format_answers (const int             *answers,
                                                                  guint                  n_answers);
gboolean                    waymark_questionnaire_parse_answers  (const WaymarkQuestionnaire *questionnaire,
                                                                  const char            *text,
                                                                  int                   *answers);

G_END_DECLS
