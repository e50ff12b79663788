/* test-questionnaire.c: PHQ-9 and GAD-7 scores and bands at every boundary
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-questionnaire.h"

/* Answers adding up to @total, spread over the items as evenly as the
 * 0-3 scale allows. */
static void
answers_for (const WaymarkQuestionnaire *q,
             int                         total,
             int                        *answers)
{
  for (guint i = 0; i < q->n_items; i++)
    {
      answers[i] = MIN (WAYMARK_QUESTIONNAIRE_MAX_ANSWER, total);
      total -= answers[i];
    }
  g_assert_cmpint (total, ==, 0);
}

static void
assert_band (WaymarkQuestionnaireKind  kind,
             int                       total,
             const char               *band)
{
  const WaymarkQuestionnaire *q = waymark_questionnaire_get (kind);
  int answers[9];
  int scored = -1;

  answers_for (q, total, answers);
  g_assert_true (waymark_questionnaire_score (q, answers, q->n_items, &scored));
  g_assert_cmpint (scored, ==, total);
  g_assert_cmpstr (waymark_questionnaire_band (q, scored), ==, band);
}

static void
test_phq9_bands (void)
{
  /* 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe */
  const struct { int total; const char *band; } cases[] = {
    { 0, "Minimal" }, { 4, "Minimal" }, { 5, "Mild" }, { 9, "Mild" },
    { 10, "Moderate" }, { 14, "Moderate" }, { 15, "Moderately severe" },
    { 19, "Moderately severe" }, { 20, "Severe" }, { 27, "Severe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_band (WAYMARK_QUESTIONNAIRE_PHQ9, cases[i].total, cases[i].band);

  g_assert_null (waymark_questionnaire_band (waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9), 28));
  g_assert_null (waymark_questionnaire_band (waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9), -1));
}

static void
test_gad7_bands (void)
{
  /* 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe */
  const struct { int total; const char *band; } cases[] = {
    { 0, "Minimal" }, { 4, "Minimal" }, { 5, "Mild" }, { 9, "Mild" },
    { 10, "Moderate" }, { 14, "Moderate" }, { 15, "Severe" }, { 21, "Severe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_band (WAYMARK_QUESTIONNAIRE_GAD7, cases[i].total, cases[i].band);

  g_assert_null (waymark_questionnaire_band (waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_GAD7), 22));
}

static void
test_published_wording (void)
{
  const WaymarkQuestionnaire *phq9 = waymark_questionnaire_find ("phq9");
  const WaymarkQuestionnaire *gad7 = waymark_questionnaire_find ("gad7");

  g_assert_cmpuint (phq9->n_items, ==, 9);
  g_assert_cmpuint (gad7->n_items, ==, 7);
  g_assert_cmpstr (phq9->items[0], ==, "Little interest or pleasure in doing things");
  g_assert_cmpstr (gad7->items[1], ==, "Not being able to stop or control worrying");
  g_assert_cmpstr (phq9->answers[3], ==, "Nearly every day");
  g_assert_nonnull (strstr (phq9->attribution, "Spitzer"));
  g_assert_nonnull (strstr (phq9->attribution, "No permission required"));
  g_assert_null (waymark_questionnaire_find ("bdi"));
}

static void
test_partial_answers_have_no_score (void)
{
  const WaymarkQuestionnaire *q = waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9);
  int answers[9] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  int total = -1;

  g_assert_false (waymark_questionnaire_score (q, answers, 8, &total));
  answers[4] = -1;
  g_assert_false (waymark_questionnaire_score (q, answers, 9, &total));
  answers[4] = 4;
  g_assert_false (waymark_questionnaire_score (q, answers, 9, &total));
  g_assert_cmpint (total, ==, -1);
}

static void
test_item_nine_asks_for_support (void)
{
  int answers[9] = { 0 };

  g_assert_false (waymark_phq9_asks_for_support (answers, 9));
  for (int value = 1; value <= 3; value++)
    {
      answers[8] = value;
      g_assert_true (waymark_phq9_asks_for_support (answers, 9));
    }
  /* Whatever the other answers, only item 9 decides. */
  answers[8] = 0;
  for (guint i = 0; i < 8; i++)
    answers[i] = 3;
  g_assert_false (waymark_phq9_asks_for_support (answers, 9));
}

static void
test_answers_round_trip (void)
{
  const WaymarkQuestionnaire *q = waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_GAD7);
  int answers[7] = { 0, 1, 2, 3, 0, 1, 2 };
  int read[7];
  g_autofree char *text = waymark_questionnaire_format_answers (answers, 7);

  g_assert_cmpstr (text, ==, "0,1,2,3,0,1,2");
  g_assert_true (waymark_questionnaire_parse_answers (q, text, read));
  g_assert_cmpmem (read, sizeof read, answers, sizeof answers);
  g_assert_false (waymark_questionnaire_parse_answers (q, "0,1,2", read));
  g_assert_false (waymark_questionnaire_parse_answers (q, "0,1,2,3,0,1,9", read));
  g_assert_false (waymark_questionnaire_parse_answers (q, "0,1,x,3,0,1,2", read));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/questionnaire/phq9-bands", test_phq9_bands);
  g_test_add_func ("/waymark/questionnaire/gad7-bands", test_gad7_bands);
  g_test_add_func ("/waymark/questionnaire/published-wording", test_published_wording);
  g_test_add_func ("/waymark/questionnaire/partial-answers", test_partial_answers_have_no_score);
  g_test_add_func ("/waymark/questionnaire/item-nine", test_item_nine_asks_for_support);
  g_test_add_func ("/waymark/questionnaire/answers-round-trip", test_answers_round_trip);

  return g_test_run ();
}
