/* test-sample-data.c: the fictional sample plan fills every section of
 * the recovery plan, believably, for any length of history
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "waymark-contact.h"
#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-review.h"
#include "waymark-plan-statistics.h"
#include "waymark-progress-note.h"
#include "waymark-routine-item.h"
#include "waymark-sample-data.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
  GDate         today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);

  /* A fixed day, so every run writes the same plan; a leap year's
   * February lies in the year before it. */
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 20, G_DATE_MAY, 2024);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

#define count_rows waymark_test_count_rows

static void
parse_date (const char *iso,
            GDate      *date)
{
  int y, m, d;

  g_assert_nonnull (iso);
  g_assert_cmpint (strlen (iso), ==, 10);
  g_assert_cmpint (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d), ==, 3);
  g_assert_true (g_date_valid_dmy (d, m, y));
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static GListModel *
list (WaymarkStore *store,
      GType         type,
      const char   *scope)
{
  g_autoptr(GError) error = NULL;
  GListModel *records = waymark_store_list (store, type, scope, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static GListModel *
list_children (WaymarkStore *store,
               GType         type,
               gint64        parent_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *records = waymark_store_list_children (store, type, parent_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static void
fill (Fixture *f,
      guint    days)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_sample_data_fill (f->store, days, &f->today, &error));
  g_assert_no_error (error);
}

/* Every date of every record is a real day of the history; only goals'
 * target dates and the next review may lie ahead. */
static void
check_dates (WaymarkStore *store,
             GType         type,
             const GDate  *today,
             guint         days)
{
  g_autoptr(GListModel) records = list (store, type, NULL);
  GDate first = *today;

  g_date_subtract_days (&first, days - 1);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(WaymarkRecord) record = g_list_model_get_item (records, i);
      const WaymarkTable *table = waymark_record_get_table (record);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *text;
          GDate date;

          if (table->columns[c].type != WAYMARK_COLUMN_DATE)
            continue;

          text = waymark_record_get_text (record, c);
          if (*text == '\0')
            continue;
          parse_date (text, &date);

          if ((type == WAYMARK_TYPE_GOAL && c == WAYMARK_GOAL_TARGET_DATE) ||
              (type == WAYMARK_TYPE_PLAN_REVIEW && c == WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE))
            continue;

          if (g_date_compare (&date, today) > 0 || g_date_compare (&date, &first) < 0)
            g_error ("%s.%s is %s, outside the %u days of history",
                     table->table, table->columns[c].name, text, days);
        }
    }
}

static void
check_goals (WaymarkStore *store,
             guint         days)
{
  static const char * const dimensions[] = { "health", "home", "purpose", "community" };
  g_autoptr(GListModel) goals = list (store, WAYMARK_TYPE_GOAL, NULL);
  guint n = g_list_model_get_n_items (goals);
  guint per_dimension[G_N_ELEMENTS (dimensions)] = { 0 };
  guint achieved = 0, paused = 0, let_go = 0, short_term = 0, long_term = 0;
  guint with_notes = 0;

  g_assert_cmpuint (n, >=, 8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) goal = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) notes = list_children (store, WAYMARK_TYPE_PROGRESS_NOTE,
                                                   waymark_record_get_id (goal));
      const char *status = waymark_record_get_text (goal, WAYMARK_GOAL_STATUS);

      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        if (g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_DIMENSION), dimensions[d]))
          per_dimension[d]++;

      achieved += g_str_equal (status, "achieved");
      paused += g_str_equal (status, "paused");
      let_go += g_str_equal (status, "let-go");
      short_term += g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_HORIZON), "short");
      long_term += g_str_equal (waymark_record_get_text (goal, WAYMARK_GOAL_HORIZON), "long");

      g_assert_cmpstr (waymark_record_get_text (goal, WAYMARK_GOAL_TARGET), !=, "");
      g_assert_cmpstr (waymark_record_get_text (goal, WAYMARK_GOAL_START_DATE), !=, "");
      g_assert_cmpstr (waymark_record_get_text (goal, WAYMARK_GOAL_TARGET_DATE), !=, "");
      if (g_str_equal (status, "achieved"))
        g_assert_cmpint (waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS), ==, 100);

      g_assert_cmpuint (g_list_model_get_n_items (notes), <=, 3);
      with_notes += g_list_model_get_n_items (notes) > 0;
    }

  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    {
      g_test_message ("%s: %u goals", dimensions[d], per_dimension[d]);
      g_assert_cmpuint (per_dimension[d], >=, 2);
    }
  g_assert_cmpuint (achieved, >=, 1);
  g_assert_cmpuint (paused, >=, 1);
  g_assert_cmpuint (let_go, >=, 1);
  g_assert_cmpuint (short_term, >=, 1);
  g_assert_cmpuint (long_term, >=, 1);
  g_assert_cmpuint (with_notes, >=, 3);
}

static void
check_routine (WaymarkStore *store,
               const GDate  *today,
               guint         days)
{
  g_autoptr(GListModel) items = list (store, WAYMARK_TYPE_ROUTINE_ITEM, NULL);
  guint n = g_list_model_get_n_items (items);
  guint with_streak = 0;

  g_assert_cmpuint (n, ==, 5);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) item = g_list_model_get_item (items, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ticks = waymark_store_list_routine_days (store, waymark_record_get_id (item), &error);
      guint streak;

      g_assert_no_error (error);
      g_assert_cmpuint (ticks->len, <=, days);
      if (days >= 30)
        g_assert_cmpuint (ticks->len, >, 0);

      streak = waymark_streak_current (ticks, today);
      g_test_message ("“%s”: %u days ticked, a current streak of %u, the longest %u",
                      waymark_record_get_text (item, WAYMARK_ROUTINE_ITEM_TITLE),
                      ticks->len, streak, waymark_streak_longest (ticks));
      with_streak += streak >= MIN (days, 2);

      /* Ups and downs: over a long history nothing is done every day. */
      if (days >= 90)
        g_assert_cmpuint (ticks->len, <, days);
    }

  if (days >= 14)
    g_assert_cmpuint (with_streak, >=, 3);
}

static void
check_plan_entries (WaymarkStore *store)
{
  static const char * const kinds[] = {
    WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, WAYMARK_PLAN_ENTRY_TRIGGER,
    WAYMARK_PLAN_ENTRY_WARNING_SIGN, WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN,
  };
  static const char * const known_tags[] = { "calming", "energising", "social", NULL };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) entries = list (store, WAYMARK_TYPE_PLAN_ENTRY, kinds[k]);
      guint n = g_list_model_get_n_items (entries);
      gboolean is_tool = g_str_equal (kinds[k], WAYMARK_PLAN_ENTRY_WELLNESS_TOOL);

      g_test_message ("%s: %u entries", kinds[k], n);
      g_assert_cmpuint (n, >=, is_tool ? 6 : 2);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaymarkRecord) entry = g_list_model_get_item (entries, i);
          g_autoptr(GError) error = NULL;
          g_auto(GStrv) tags = waymark_store_get_tags (store, waymark_record_get_id (entry), &error);

          g_assert_no_error (error);
          g_assert_cmpstr (waymark_record_get_text (entry, WAYMARK_PLAN_ENTRY_TEXT), !=, "");

          if (is_tool)
            {
              /* Every tool is tagged, with tags the toolbox knows. */
              g_assert_cmpuint (g_strv_length (tags), >=, 1);
              for (guint t = 0; tags[t] != NULL; t++)
                g_assert_true (g_strv_contains (known_tags, tags[t]));
            }
          else
            {
              /* Every trigger and sign says what I'll do about it. */
              g_assert_cmpstr (waymark_record_get_text (entry, WAYMARK_PLAN_ENTRY_RESPONSE), !=, "");
            }
        }
    }
}

static void
check_care_team (WaymarkStore *store)
{
  static const char * const roles[] = { "GP", "Therapist", "Psychiatrist", "Peer mentor", "Support group" };
  g_autoptr(GListModel) team = list (store, WAYMARK_TYPE_CONTACT, "1");
  guint n = g_list_model_get_n_items (team);

  g_assert_cmpuint (n, >=, 4);
  g_assert_cmpuint (n, <=, 5);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(WaymarkRecord) contact = g_list_model_get_item (team, i);
          found = g_str_equal (waymark_record_get_text (contact, WAYMARK_CONTACT_ROLE), roles[r]);
        }
      g_assert_true (found);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) contact = g_list_model_get_item (team, i);
      const char *phone = waymark_record_get_text (contact, WAYMARK_CONTACT_PHONE);

      g_assert_true (waymark_record_get_int (contact, WAYMARK_CONTACT_IN_CARE_TEAM));
      g_assert_cmpstr (phone, !=, "");
      g_assert_true (waymark_phone_is_plausible (phone));
      /* Numbers kept for drama, so a screenshot never shows a real one. */
      g_assert_true (g_str_has_prefix (phone, "+44 20 7946 0") ||
                     g_str_has_prefix (phone, "+44 7700 900"));
      g_assert_cmpstr (waymark_record_get_text (contact, WAYMARK_CONTACT_AVAILABLE_HOURS), !=, "");
    }
}

static void
check_treatments (WaymarkStore *store,
                  guint         days)
{
  static const char * const kinds[] = {
    WAYMARK_INTERVENTION_PSYCHOTHERAPY, WAYMARK_INTERVENTION_MEDICATION,
    WAYMARK_INTERVENTION_COMPLEMENTARY, WAYMARK_INTERVENTION_COMMUNITY_SUPPORT,
  };
  g_autoptr(GListModel) treatments = list (store, WAYMARK_TYPE_INTERVENTION, NULL);
  g_autoptr(GListModel) team = list (store, WAYMARK_TYPE_CONTACT, "1");
  guint n = g_list_model_get_n_items (treatments);
  guint medications = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(WaymarkRecord) treatment = g_list_model_get_item (treatments, i);
          found = g_str_equal (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND), kinds[k]);
        }
      g_assert_true (found);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) treatment = g_list_model_get_item (treatments, i);
      g_autoptr(GListModel) doses = NULL;
      g_autoptr(WaymarkRecord) latest = NULL;
      g_autoptr(WaymarkRecord) earliest = NULL;
      const char *prescriber;
      gboolean prescriber_on_team = FALSE;
      guint n_doses;

      if (!g_str_equal (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND),
                        WAYMARK_INTERVENTION_MEDICATION))
        continue;

      medications++;
      g_assert_cmpstr (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_PURPOSE), !=, "");
      g_assert_cmpstr (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_SCHEDULE), !=, "");
      g_assert_true (waymark_dose_is_plausible (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE)));

      /* The prescriber is someone on the care team. */
      prescriber = waymark_record_get_text (treatment, WAYMARK_INTERVENTION_PRESCRIBER);
      for (guint c = 0; c < g_list_model_get_n_items (team); c++)
        {
          g_autoptr(WaymarkRecord) contact = g_list_model_get_item (team, c);
          prescriber_on_team |= g_str_equal (waymark_record_get_text (contact, WAYMARK_CONTACT_NAME), prescriber);
        }
      g_assert_true (prescriber_on_team);

      /* Newest first: the current dose is the latest change, and the
       * history starts where the medication did. */
      doses = list_children (store, WAYMARK_TYPE_MEDICATION_DOSE, waymark_record_get_id (treatment));
      n_doses = g_list_model_get_n_items (doses);
      g_test_message ("%s: %u dose changes",
                      waymark_record_get_text (treatment, WAYMARK_INTERVENTION_NAME), n_doses);
      g_assert_cmpuint (n_doses, >=, days >= 30 ? 2 : 1);
      latest = g_list_model_get_item (doses, 0);
      earliest = g_list_model_get_item (doses, n_doses - 1);
      g_assert_cmpstr (waymark_record_get_text (latest, WAYMARK_MEDICATION_DOSE_DOSE), ==,
                       waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE));
      g_assert_cmpstr (waymark_record_get_text (earliest, WAYMARK_MEDICATION_DOSE_DATE), ==,
                       waymark_record_get_text (treatment, WAYMARK_INTERVENTION_START_DATE));
      if (days >= 30)
        g_assert_cmpstr (waymark_record_get_text (earliest, WAYMARK_MEDICATION_DOSE_DOSE), ==, "25 mg");
    }

  g_assert_cmpuint (medications, >=, 1);
}

static void
check_reviews (WaymarkStore *store,
               const GDate  *today,
               guint         days)
{
  g_autoptr(GListModel) reviews = list (store, WAYMARK_TYPE_PLAN_REVIEW, NULL);
  g_autoptr(WaymarkRecord) latest = NULL;
  GDate next;

  g_assert_cmpuint (g_list_model_get_n_items (reviews), >=, days >= 30 ? 2 : 1);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(WaymarkRecord) review = g_list_model_get_item (reviews, i);

      g_assert_cmpstr (waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_PARTICIPANTS), !=, "");
      g_assert_cmpstr (waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_CHANGES), !=, "");
    }

  /* Newest first. With a long history the next review is overdue, so
   * the Plan page says it is time; with a short one it lies ahead. */
  latest = g_list_model_get_item (reviews, 0);
  parse_date (waymark_record_get_text (latest, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE), &next);
  if (days >= 120)
    g_assert_cmpint (g_date_compare (&next, today), <, 0);
  else
    g_assert_cmpint (g_date_compare (&next, today), >, 0);
}

/* The journal: believable check-ins with ups, downs and gaps, inside
 * the history; trackers and questionnaires; never a PHQ-9 item 9 that
 * asks for help. */
static void
check_journal (WaymarkStore *store,
               const GDate  *today,
               guint         days)
{
  GDate first = *today;
  char first_iso[16], today_iso[16];
  g_autofree char *outside = NULL;
  int n_checkins = count_rows (store, "SELECT count(*) FROM checkin");
  int n_days = count_rows (store, "SELECT count(DISTINCT local_date) FROM checkin");

  g_date_subtract_days (&first, days - 1);
  g_date_strftime (first_iso, sizeof first_iso, "%Y-%m-%d", &first);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", today);
  outside = g_strdup_printf ("SELECT count(*) FROM checkin WHERE local_date < '%s' OR local_date > '%s'",
                             first_iso, today_iso);
  g_assert_cmpint (count_rows (store, outside), ==, 0);

  g_test_message ("%d check-ins on %d of %u days", n_checkins, n_days, days);
  g_assert_cmpint (n_days, >=, 1);
  if (days >= 60)
    {
      /* Gaps, but most days; some days twice; ups and downs. */
      g_assert_cmpint (n_days, <, (int) days * 95 / 100);
      g_assert_cmpint (n_days, >, (int) days * 60 / 100);
      g_assert_cmpint (n_checkins, >, n_days);
      g_assert_cmpint (count_rows (store, "SELECT max(mood) - min(mood) FROM checkin"), >=, 5);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM questionnaire WHERE instrument = 'phq9'"), >, 0);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM questionnaire WHERE instrument = 'gad7'"), >, 0);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM checkin_tag"), >, 0);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM checkin_medication"), >, 0);
    }
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM tracker"), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM questionnaire "
                                      "WHERE instrument = 'phq9' AND answers NOT LIKE '%,0'"), ==, 0);
}

/* What the sample plan promises, for any length of history. */
static void
check_plan (WaymarkStore *store,
            const GDate  *today,
            guint         days)
{
  static const char * const tables[] = {
    "person", "contact", "goal", "goal_progress", "routine_item", "plan_entry",
    "plan_entry_tag", "intervention", "medication_dose", "plan_review",
    "stage_event", "milestone",
  };
  const GType dated[] = {
    WAYMARK_TYPE_GOAL, WAYMARK_TYPE_PROGRESS_NOTE, WAYMARK_TYPE_INTERVENTION,
    WAYMARK_TYPE_MEDICATION_DOSE, WAYMARK_TYPE_PLAN_REVIEW,
  };
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  person = waymark_store_load_person (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (waymark_person_get_name (person), ==, "Sam Sample");
  g_assert_cmpstr (waymark_person_get_pronouns (person), ==, "they/them");
  g_assert_cmpstr (waymark_person_get_diagnosis (person), !=, "");

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      int n = count_rows (store, sql);

      g_test_message ("%s: %d rows", tables[i], n);
      g_assert_cmpint (n, >, 0);
    }

  check_goals (store, days);
  check_routine (store, today, days);
  check_plan_entries (store);
  check_care_team (store);
  check_treatments (store, days);
  check_reviews (store, today, days);
  check_journal (store, today, days);
  for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
    check_dates (store, dated[i], today, days);

  /* Every routine tick is a day of the history. */
  {
    GDate first = *today;
    char first_iso[16], today_iso[16];
    g_autofree char *sql = NULL;

    g_date_subtract_days (&first, days - 1);
    g_date_strftime (first_iso, sizeof first_iso, "%Y-%m-%d", &first);
    g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", today);
    sql = g_strdup_printf ("SELECT count(*) FROM routine_done WHERE date < '%s' OR date > '%s'",
                           first_iso, today_iso);
    g_assert_cmpint (count_rows (store, sql), ==, 0);
  }
}

static void
test_every_section (Fixture       *f,
                    gconstpointer  data)
{
  fill (f, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);
  check_plan (f->store, &f->today, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);
}

static void
test_own_words (Fixture       *f,
                gconstpointer  data)
{
  static const char * const texts[] = {
    "plan_entry.text", "plan_entry.response", "goal.title", "goal.target",
    "goal_progress.note", "intervention.notes", "intervention.purpose",
    "plan_review.changes", "contact.notes",
  };

  fill (f, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);

  /* The plan is the person's own, not a brand's: no "WRAP" anywhere. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], ".", 2);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s GLOB '*WRAP*'",
                                              parts[0], parts[1]);

      g_assert_cmpint (count_rows (f->store, sql), ==, 0);
    }
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM person WHERE "
                                         "diagnosis GLOB '*WRAP*' OR recovery_meaning GLOB '*WRAP*'"), ==, 0);

  /* The warning signs read in the first person. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM plan_entry WHERE kind = 'warning-sign' "
                                         "AND response NOT GLOB 'I *' AND response NOT GLOB 'When I *'"), ==, 0);
}

static void
test_short_histories (void)
{
  const guint lengths[] = { 1, 2, 7, 14, 30, 119, 120, 364, 366, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      Fixture f;

      g_test_message ("%u days of history", lengths[i]);
      fixture_set_up (&f, NULL);
      fill (&f, lengths[i]);
      check_plan (f.store, &f.today, lengths[i]);
      fixture_tear_down (&f, NULL);
    }
}

static void
test_longest_history (Fixture       *f,
                      gconstpointer  data)
{
  gint64 start = g_get_monotonic_time ();

  fill (f, WAYMARK_SAMPLE_DATA_MAX_DAYS);
  g_test_message ("%u days filled in %.3f s", WAYMARK_SAMPLE_DATA_MAX_DAYS,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  check_plan (f->store, &f->today, WAYMARK_SAMPLE_DATA_MAX_DAYS);
}

static void
test_refuses_second_fill (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int goals, ticks;

  fill (f, 30);
  goals = count_rows (f->store, "SELECT count(*) FROM goal");
  ticks = count_rows (f->store, "SELECT count(*) FROM routine_done");

  g_assert_false (waymark_sample_data_fill (f->store, 30, &f->today, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS);

  /* Nothing was added, and the store takes ordinary saves again. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM goal"), ==, goals);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM routine_done"), ==, ticks);
  {
    g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
    g_autoptr(GError) save_error = NULL;

    waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, "One more");
    g_assert_true (waymark_store_save (f->store, goal, &save_error));
    g_assert_no_error (save_error);
    g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM goal"), ==, goals + 1);
  }
}

static void
test_refuses_plan_with_records (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(WaymarkRecord) item = WAYMARK_RECORD (waymark_routine_item_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (item, WAYMARK_ROUTINE_ITEM_TITLE, "Feed the cat");
  g_assert_true (waymark_store_save (f->store, item, &error));
  g_assert_no_error (error);

  g_assert_false (waymark_sample_data_fill (f->store, 30, &f->today, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM routine_item"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM person"), ==, 0);
}

static char *
dump_ticks (WaymarkStore *store)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store),
                                       "SELECT routine_item_id, date FROM routine_done "
                                       "ORDER BY routine_item_id, date",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (dump, "%lld %s\n",
                            (long long) sqlite3_column_int64 (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static void
test_same_plan_every_time (void)
{
  Fixture a, b;
  g_autofree char *ticks_a = NULL;
  g_autofree char *ticks_b = NULL;

  fixture_set_up (&a, NULL);
  fixture_set_up (&b, NULL);
  fill (&a, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);
  fill (&b, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);

  ticks_a = dump_ticks (a.store);
  ticks_b = dump_ticks (b.store);
  g_assert_cmpstr (ticks_a, ==, ticks_b);

  fixture_tear_down (&a, NULL);
  fixture_tear_down (&b, NULL);
}

static void
test_fast (Fixture       *f,
           gconstpointer  data)
{
  gint64 start = g_get_monotonic_time ();
  double seconds;

  fill (f, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_test_message ("%u days filled in %.3f s", WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, seconds);
  /* It should take well under 2 s; 5 s leaves room for a busy machine. */
  g_assert_cmpfloat (seconds, <, 5.0);
}

static void
test_write_file_today (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "sample.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  /* The command line's way: a new file, and the real today. */
  g_assert_true (waymark_sample_data_write_file (path, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, NULL, &error));
  g_assert_no_error (error);
  waymark_local_today (NULL, NULL, &today);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  check_plan (store, &today, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS);

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/waymark/sample-data/every-section", Fixture, NULL,
              fixture_set_up, test_every_section, fixture_tear_down);
  g_test_add ("/waymark/sample-data/own-words", Fixture, NULL,
              fixture_set_up, test_own_words, fixture_tear_down);
  g_test_add_func ("/waymark/sample-data/short-histories", test_short_histories);
  g_test_add ("/waymark/sample-data/longest-history", Fixture, NULL,
              fixture_set_up, test_longest_history, fixture_tear_down);
  g_test_add ("/waymark/sample-data/refuses-second-fill", Fixture, NULL,
              fixture_set_up, test_refuses_second_fill, fixture_tear_down);
  g_test_add ("/waymark/sample-data/refuses-plan-with-records", Fixture, NULL,
              fixture_set_up, test_refuses_plan_with_records, fixture_tear_down);
  g_test_add_func ("/waymark/sample-data/same-plan-every-time", test_same_plan_every_time);
  g_test_add ("/waymark/sample-data/fast", Fixture, NULL,
              fixture_set_up, test_fast, fixture_tear_down);
  g_test_add_func ("/waymark/sample-data/write-file-today", test_write_file_today);

  return g_test_run ();
}
