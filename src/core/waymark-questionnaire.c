/* waymark-questionnaire.c: PHQ-9 and GAD-7, scored as published
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-questionnaire"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-questionnaire.h"

/* The items, answers and attribution are the published English wording
 * and are deliberately NOT marked for translation: a translation may only
 * come from the official validated versions, which are added per
 * language, never by a translator of the interface. The severity bands
 * are the published cut-offs; their names are the questionnaires' own,
 * said of a score, never of a person. */

static const char * const answers[] = {
  "Not at all",
  "Several days",
  "More than half the days",
  "Nearly every day",
  NULL
};

static const char attribution[] =
  "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
  "with an educational grant from Pfizer Inc. No permission required to reproduce, translate, "
  "display or distribute.";

static const char * const phq9_items[] = {
  "Little interest or pleasure in doing things",
  "Feeling down, depressed, or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading the newspaper or watching television",
  "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
  "fidgety or restless that you have been moving around a lot more than usual",
  "Thoughts that you would be better off dead or of hurting yourself in some way",
};

static const char * const gad7_items[] = {
  "Feeling nervous, anxious or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Trouble relaxing",
  "Being so restless that it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid as if something awful might happen",
};

static const WaymarkQuestionnaire questionnaires[] = {
  { WAYMARK_QUESTIONNAIRE_PHQ9, "phq9", "PHQ-9",
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    phq9_items, G_N_ELEMENTS (phq9_items), answers, attribution },
  { WAYMARK_QUESTIONNAIRE_GAD7, "gad7", "GAD-7",
    "Over the last 2 weeks, how often have you been bothered by the following problems?",
    gad7_items, G_N_ELEMENTS (gad7_items), answers, attribution },
};

/* Published cut-offs: the lowest total of each band. */
static const struct {
  WaymarkQuestionnaireKind kind;
  int                      from;
  const char              *band;
} bands[] = {
  { WAYMARK_QUESTIONNAIRE_PHQ9, 0, N_("Minimal") },
  { WAYMARK_QUESTIONNAIRE_PHQ9, 5, N_("Mild") },
  { WAYMARK_QUESTIONNAIRE_PHQ9, 10, N_("Moderate") },
  { WAYMARK_QUESTIONNAIRE_PHQ9, 15, N_("Moderately severe") },
  { WAYMARK_QUESTIONNAIRE_PHQ9, 20, N_("Severe") },
  { WAYMARK_QUESTIONNAIRE_GAD7, 0, N_("Minimal") },
  { WAYMARK_QUESTIONNAIRE_GAD7, 5, N_("Mild") },
  { WAYMARK_QUESTIONNAIRE_GAD7, 10, N_("Moderate") },
  { WAYMARK_QUESTIONNAIRE_GAD7, 15, N_("Severe") },
};

const WaymarkQuestionnaire *
waymark_questionnaire_get (WaymarkQuestionnaireKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (questionnaires); i++)
    if (questionnaires[i].kind == kind)
      return &questionnaires[i];

  g_return_val_if_reached (NULL);
}

const WaymarkQuestionnaire *
waymark_questionnaire_find (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (questionnaires); i++)
    if (g_strcmp0 (questionnaires[i].key, key) == 0)
      return &questionnaires[i];

  return NULL;
}

/**
 * waymark_questionnaire_score:
 * @questionnaire: which
 * @answers: (array length=n_answers): one answer per item, 0 to 3
 * @total: (out): the sum, as published
 *
 * Returns: %FALSE when an item is unanswered or out of range: a partial
 *   questionnaire has no published score, so none is made up
 */
gboolean
waymark_questionnaire_score (const WaymarkQuestionnaire *questionnaire,
                             const int                  *answers_given,
                             guint                       n_answers,
                             int                        *total)
{
  int sum = 0;

  g_return_val_if_fail (questionnaire != NULL, FALSE);
  g_return_val_if_fail (total != NULL, FALSE);

  if (n_answers != questionnaire->n_items)
    return FALSE;

  for (guint i = 0; i < n_answers; i++)
    {
      if (answers_given[i] < 0 || answers_given[i] > WAYMARK_QUESTIONNAIRE_MAX_ANSWER)
        return FALSE;
      sum += answers_given[i];
    }

  *total = sum;
  return TRUE;
}

/**
 * waymark_questionnaire_band:
 *
 * Returns: (nullable): the translated name of the published band the
 *   total falls in, or %NULL for a total no answers could give
 */
const char *
waymark_questionnaire_band (const WaymarkQuestionnaire *questionnaire,
                            int                         total)
{
  const char *band = NULL;
  int max = (int) questionnaire->n_items * WAYMARK_QUESTIONNAIRE_MAX_ANSWER;

  if (total < 0 || total > max)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    if (bands[i].kind == questionnaire->kind && total >= bands[i].from)
      band = bands[i].band;

  return band ? _(band) : NULL;
}

/**
 * waymark_phq9_asks_for_support:
 *
 * Returns: whether PHQ-9's last item (thoughts of being better off dead
 *   or of self-harm) was answered above "Not at all": the moment to show
 *   the person, at once and gently, who they can reach
 */
gboolean
waymark_phq9_asks_for_support (const int *answers_given,
                               guint      n_answers)
{
  return n_answers >= G_N_ELEMENTS (phq9_items) && answers_given[G_N_ELEMENTS (phq9_items) - 1] > 0;
}

/* Answers are kept as "0,1,3,…" in questionnaire.answers. */
char *
waymark_questionnaire_format_answers (const int *answers_given,
                                      guint      n_answers)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_answers; i++)
    g_string_append_printf (text, "%s%d", i ? "," : "", answers_given[i]);

  return g_string_free (text, FALSE);
}

gboolean
waymark_questionnaire_parse_answers (const WaymarkQuestionnaire *questionnaire,
                                     const char                 *text,
                                     int                        *answers_out)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);

  if (g_strv_length (parts) != questionnaire->n_items)
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, WAYMARK_QUESTIONNAIRE_MAX_ANSWER, &value, NULL))
        return FALSE;
      answers_out[i] = (int) value;
    }

  return TRUE;
}
