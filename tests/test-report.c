/* test-report.c: what the appointment report gathers: the range, the
 * days, adherence and routine as percentages, PHQ-9's item 9, notes only
 * when asked for
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-review.h"
#include "waymark-questionnaire-result.h"
#include "waymark-report.h"
#include "waymark-routine-item.h"
#include "waymark-sample-data.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
  guint32       today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
  f->today = waymark_local_today_julian ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

static GDateTime *
local_noon (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                12, 0, 0);
}

static gint64
add_record (Fixture       *f,
            WaymarkRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_save (f->store, record, &error));
  g_assert_no_error (error);
  return waymark_record_get_id (record);
}

static gint64
add_medication (Fixture    *f,
                const char *name,
                const char *dose)
{
  g_autoptr(WaymarkRecord) medication = WAYMARK_RECORD (waymark_intervention_new ());

  waymark_record_set_text (medication, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_NAME, name);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_DOSE, dose);
  return add_record (f, medication);
}

static gint64
add_routine_item (Fixture    *f,
                  const char *title,
                  gboolean    archived)
{
  g_autoptr(WaymarkRecord) item = WAYMARK_RECORD (waymark_routine_item_new ());

  waymark_record_set_text (item, WAYMARK_ROUTINE_ITEM_TITLE, title);
  waymark_record_set_int (item, WAYMARK_ROUTINE_ITEM_ARCHIVED, archived);
  return add_record (f, item);
}

static void
add_checkin (Fixture    *f,
             guint32     julian,
             int         mood,
             gint64      medication,
             int         taken,       /* -1: not ticked */
             const char *note)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  g_autoptr(GDateTime) at = local_noon (julian);
  g_autoptr(GError) error = NULL;

  waymark_checkin_set_time (checkin, at);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, mood);
  waymark_record_set_real (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_SLEEP_HOURS, 7.5);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note ? note : "");
  if (taken >= 0)
    {
      WaymarkTick tick = { medication, taken };
      g_array_append_val (details->medications, tick);
    }

  g_assert_true (waymark_store_save_checkin (f->store, checkin, details, &error));
  g_assert_no_error (error);
}

static void
routine_done (Fixture *f,
              gint64   item,
              guint32  julian)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_assert_true (waymark_store_set_routine_done (f->store, item, &date, TRUE, &error));
  g_assert_no_error (error);
}

static void
add_questionnaire (Fixture                  *f,
                   WaymarkQuestionnaireKind  kind,
                   guint32                   julian,
                   int                       last_answer)
{
  const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_get (kind);
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) at = local_noon (julian);
  int answers[9] = { 1, 1, 2, 1, 0, 1, 1, 0, 0 };

  answers[questionnaire->n_items - 1] = last_answer;
  g_assert_true (waymark_questionnaire_result_set_answers (result, questionnaire, answers, at));
  add_record (f, WAYMARK_RECORD (result));
}

static void
add_review (Fixture *f,
            guint32  julian)
{
  g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());
  char day[11];

  waymark_date_from_julian (julian, day);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, day);
  add_record (f, review);
}

static void
test_default_range (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint32 first = 0, last = 0;

  /* No review yet: the last 30 days, today included. */
  g_assert_true (waymark_report_default_range (f->store, f->today, &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last, ==, f->today);
  g_assert_cmpuint (last - first + 1, ==, 30);

  /* Since the last review before today; one planned later doesn't count. */
  add_review (f, f->today - 200);
  add_review (f, f->today - 45);
  add_review (f, f->today + 20);
  g_assert_true (waymark_report_default_range (f->store, f->today, &first, &last, &error));
  g_assert_cmpuint (first, ==, f->today - 45);
  g_assert_cmpuint (last, ==, f->today);
}

/* Four days with a check-in out of five: the fifth is neither taken
 * nor missed, nor a day the routine was skipped. */
static void
test_percentages (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint32 d1 = f->today - 4;
  gint64 lithium = add_medication (f, "Lithium", "400 mg");
  gint64 walk = add_routine_item (f, "Walk", FALSE);
  gint64 bed = add_routine_item (f, "Bed by 11", FALSE);
  gint64 old = add_routine_item (f, "Old habit", TRUE);
  guint taken, recorded, done, possible;
  g_autoptr(WaymarkRecord) dose = WAYMARK_RECORD (waymark_medication_dose_new ());
  g_autoptr(WaymarkRecord) first_dose = WAYMARK_RECORD (waymark_medication_dose_new ());
  char day[11];

  add_checkin (f, d1, 5, lithium, 1, NULL);
  add_checkin (f, d1 + 1, 6, lithium, 1, NULL);
  add_checkin (f, d1 + 1, 6, lithium, 0, NULL);   /* a later check-in that day: taken still */
  add_checkin (f, d1 + 2, 4, lithium, 1, NULL);
  add_checkin (f, d1 + 3, 3, lithium, 0, NULL);   /* missed */

  routine_done (f, walk, d1);
  routine_done (f, bed, d1);
  routine_done (f, walk, d1 + 1);
  routine_done (f, walk, d1 + 3);
  routine_done (f, bed, d1 + 3);
  routine_done (f, old, d1 + 3);                  /* put away: not counted */

  waymark_date_from_julian (d1 - 100, day);
  waymark_record_set_reference (first_dose, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID, lithium);
  waymark_record_set_text (first_dose, WAYMARK_MEDICATION_DOSE_DATE, day);
  waymark_record_set_text (first_dose, WAYMARK_MEDICATION_DOSE_DOSE, "200 mg");
  add_record (f, first_dose);
  waymark_date_from_julian (d1 + 1, day);
  waymark_record_set_reference (dose, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID, lithium);
  waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_DATE, day);
  waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_DOSE, "400 mg");
  add_record (f, dose);

  report = waymark_report_load (f->store, d1, d1 + 4, WAYMARK_REPORT_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  g_assert_cmpuint (report->days->len, ==, 5);
  g_assert_cmpuint (waymark_report_get_n_recorded_days (report), ==, 4);
  g_assert_cmpuint (g_array_index (report->days, WaymarkReportDay, 1).n_checkins, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (report->days, WaymarkReportDay, 1).mood, 6.0, 1e-9);
  g_assert_true (isnan (g_array_index (report->days, WaymarkReportDay, 4).mood));

  g_assert_cmpuint (report->medications->len, ==, 1);
  g_assert_cmpstr (((WaymarkReportMedication *) report->medications->pdata[0])->name, ==, "Lithium");
  g_assert_cmpint (waymark_report_get_dose (report, 1, 0), ==, WAYMARK_REPORT_DOSE_TAKEN);
  g_assert_cmpint (waymark_report_get_dose (report, 3, 0), ==, WAYMARK_REPORT_DOSE_MISSED);
  g_assert_cmpint (waymark_report_get_dose (report, 4, 0), ==, WAYMARK_REPORT_DOSE_UNRECORDED);
  g_assert_cmpfloat_with_epsilon (waymark_report_adherence (report, &taken, &recorded), 75.0, 1e-9);
  g_assert_cmpuint (taken, ==, 3);
  g_assert_cmpuint (recorded, ==, 4);

  g_assert_cmpuint (report->n_routine_items, ==, 2);
  g_assert_cmpfloat_with_epsilon (waymark_report_routine_completion (report, &done, &possible), 62.5, 1e-9);
  g_assert_cmpuint (done, ==, 5);
  g_assert_cmpuint (possible, ==, 8);

  /* The change in the range, with the dose before it; the first dose,
   * long before, is not a change in this range. */
  g_assert_cmpuint (report->dose_changes->len, ==, 1);
  {
    WaymarkReportDoseChange *change = report->dose_changes->pdata[0];

    g_assert_cmpuint (change->julian, ==, d1 + 1);
    g_assert_cmpstr (change->dose, ==, "400 mg");
    g_assert_cmpstr (change->previous_dose, ==, "200 mg");
    g_assert_true (waymark_report_dose_changed_on (report, d1 + 1, lithium));
    g_assert_false (waymark_report_dose_changed_on (report, d1 + 2, lithium));
  }
}

static void
test_no_records (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_SHARED_NOTES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->days->len, ==, 30);
  g_assert_cmpuint (waymark_report_get_n_recorded_days (report), ==, 0);
  g_assert_true (isnan (waymark_report_adherence (report, NULL, NULL)));
  g_assert_true (isnan (waymark_report_routine_completion (report, NULL, NULL)));
  g_assert_cmpuint (report->scores->len, ==, 0);
  g_assert_cmpuint (report->notes->len, ==, 0);
}

static void
test_item9 (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const WaymarkReportScore *score;

  add_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, f->today - 20, 0);
  add_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, f->today - 6, 2);
  add_questionnaire (f, WAYMARK_QUESTIONNAIRE_GAD7, f->today - 6, 3);  /* GAD-7's last item is not PHQ-9's */
  add_questionnaire (f, WAYMARK_QUESTIONNAIRE_PHQ9, f->today - 40, 3); /* before the range */

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_NONE, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (report->scores->len, ==, 3);
  g_assert_cmpuint (waymark_report_count_item9_flags (report), ==, 1);

  score = &g_array_index (report->scores, WaymarkReportScore, 0);
  g_assert_cmpint (score->questionnaire->kind, ==, WAYMARK_QUESTIONNAIRE_PHQ9);
  g_assert_cmpuint (score->julian, ==, f->today - 20);
  g_assert_false (score->item9_flag);
  g_assert_cmpint (score->total, ==, 7);

  for (guint i = 1; i < report->scores->len; i++)
    {
      score = &g_array_index (report->scores, WaymarkReportScore, i);
      g_assert_cmpuint (score->julian, ==, f->today - 6);
      if (score->questionnaire->kind == WAYMARK_QUESTIONNAIRE_PHQ9)
        {
          g_assert_true (score->item9_flag);
          g_assert_cmpint (score->item9_answer, ==, 2);
          g_assert_cmpint (score->total, ==, 9);
        }
      else
        g_assert_false (score->item9_flag);
    }
}

/* A note is in the report only when the person asked, and only a note
 * they marked for their care team. */
static void
test_notes_left_out (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  add_checkin (f, f->today - 2, 5, 0, -1, "Private thought");

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->notes->len, ==, 0);
  g_clear_pointer (&report, waymark_report_free);

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_SHARED_NOTES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->notes->len, ==, 0);
}

static gint64
add_note (Fixture    *f,
          guint32     julian,
          int         hour,
          const char *note,
          gboolean    shared)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  g_autoptr(GDateTime) noon = local_noon (julian);
  g_autoptr(GDateTime) at = g_date_time_add_hours (noon, hour - 12);
  g_autoptr(GError) error = NULL;

  waymark_checkin_set_time (checkin, at);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM, shared);
  g_assert_true (waymark_store_save_checkin (f->store, checkin, details, &error));
  g_assert_no_error (error);
  return waymark_record_get_id (WAYMARK_RECORD (checkin));
}

static void
assert_notes (Fixture            *f,
              WaymarkReportFlags  flags,
              const char * const *expected)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = waymark_report_load (f->store, f->today - 29, f->today, flags, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->notes->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (((WaymarkReportNote *) report->notes->pdata[i])->text, ==, expected[i]);
}

/* The mark is kept in the plan file with the check-in, and the report
 * quotes exactly the notes that carry it: in the range, in the order
 * they were written, and only when shared notes are asked for. */
static void
test_shared_notes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(WaymarkRecord) checkin = NULL;
  g_autoptr(GError) error = NULL;
  const char * const none[] = { NULL };
  const char * const shared[] = { "Talked to Jo about the new dose", "Sleeping better since Tuesday", NULL };
  const char * const all[] = { "Talked to Jo about the new dose", "Kept this one to myself",
                               "Sleeping better since Tuesday", NULL };
  gint64 private_id;

  add_note (f, f->today - 40, 12, "Shared, but before the range", TRUE);
  add_note (f, f->today - 9, 20, "Sleeping better since Tuesday", TRUE);
  add_note (f, f->today - 9, 8, "Talked to Jo about the new dose", TRUE);
  private_id = add_note (f, f->today - 9, 13, "Kept this one to myself", FALSE);
  add_note (f, f->today - 3, 12, "", TRUE);  /* a mark on no note quotes nothing */

  assert_notes (f, WAYMARK_REPORT_NONE, none);
  assert_notes (f, WAYMARK_REPORT_SHARED_NOTES, shared);

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_SHARED_NOTES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (((WaymarkReportNote *) report->notes->pdata[0])->julian, ==, f->today - 9);

  /* Marked later, from the file as it was read back, the note joins
   * the others; unmarked, it leaves them. */
  checkin = waymark_store_get (f->store, WAYMARK_TYPE_CHECKIN, private_id, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_record_get_int (checkin, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM));
  waymark_record_set_int (checkin, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM, TRUE);
  g_assert_true (waymark_store_save_checkin (f->store, WAYMARK_CHECKIN (checkin), NULL, &error));
  g_assert_no_error (error);
  assert_notes (f, WAYMARK_REPORT_SHARED_NOTES, all);
  assert_notes (f, WAYMARK_REPORT_NONE, none);

  waymark_record_set_int (checkin, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM, FALSE);
  g_assert_true (waymark_store_save_checkin (f->store, WAYMARK_CHECKIN (checkin), NULL, &error));
  g_assert_no_error (error);
  assert_notes (f, WAYMARK_REPORT_SHARED_NOTES, shared);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(WaymarkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  guint with_checkin = 0;
  int expected;
  char day[11];
  double adherence;

  g_assert_true (waymark_sample_data_fill (f->store, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, NULL, &error));
  g_assert_no_error (error);

  report = waymark_report_load (f->store, f->today - 29, f->today, WAYMARK_REPORT_NONE, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (report->person_name, ==, "Sam Sample");
  for (guint i = 0; i < report->days->len; i++)
    if (g_array_index (report->days, WaymarkReportDay, i).n_checkins > 0)
      with_checkin++;

  waymark_date_from_julian (f->today - 29, day);
  from = g_strdup_printf ("SELECT count(DISTINCT local_date) FROM checkin WHERE local_date >= '%s'", day);
  expected = waymark_test_count_rows (f->store, from);
  g_assert_cmpint (expected, >, 15);
  g_assert_cmpuint (with_checkin, ==, expected);

  /* Sertraline, taken most days; a PHQ-9 every four weeks, item 9 never. */
  g_assert_cmpuint (report->medications->len, ==, 1);
  g_assert_cmpstr (((WaymarkReportMedication *) report->medications->pdata[0])->name, ==, "Sertraline");
  adherence = waymark_report_adherence (report, NULL, NULL);
  g_assert_cmpfloat (adherence, >, 70.0);
  g_assert_cmpfloat (adherence, <=, 100.0);
  g_assert_cmpuint (report->scores->len, >=, 2);
  g_assert_cmpuint (waymark_report_count_item9_flags (report), ==, 0);
  g_assert_cmpuint (report->goals->len, >, 0);
  g_assert_cmpuint (waymark_day_series_get_n_days (report->series), ==, waymark_report_get_n_recorded_days (report));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report/default-range", test_default_range);
  ADD ("/report/percentages", test_percentages);
  ADD ("/report/no-records", test_no_records);
  ADD ("/report/item9", test_item9);
  ADD ("/report/notes-left-out", test_notes_left_out);
  ADD ("/report/shared-notes", test_shared_notes);
  ADD ("/report/sample", test_sample);

  return g_test_run ();
}
