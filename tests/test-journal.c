/* test-journal.c: check-ins and what belongs to them, finding them, the
 * day-by-day summary the charts read, CSV export, and the early warning
 * checks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "waymark-atomic-file.h"
#include "waymark-checkin-list.h"
#include "waymark-intervention.h"
#include "waymark-journal-export.h"
#include "waymark-journal-statistics.h"
#include "waymark-language.h"
#include "waymark-medication-dose.h"
#include "waymark-plan-entry.h"
#include "waymark-routine-item.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"
#include "waymark-text-preview.h"
#include "waymark-tracker.h"

typedef struct
{
  char         *tmp;
  WaymarkStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = waymark_test_new_plan (&f->tmp);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  waymark_test_remove_tree (f->tmp);
  g_free (f->tmp);
}

/* A check-in at @hour:00 UTC on @day ("2026-03-31"). */
static WaymarkCheckin *
checkin_at (const char *day,
            int         hour,
            int         mood,
            const char *note)
{
  WaymarkCheckin *checkin = waymark_checkin_new ();
  g_autofree char *iso = g_strdup_printf ("%sT%02d:00:00Z", day, hour);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  waymark_checkin_set_time (checkin, time);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, mood);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note ? note : "");

  return checkin;
}

static gint64
save (Fixture    *f,
      const char *day,
      int         hour,
      int         mood,
      const char *note)
{
  g_autoptr(WaymarkCheckin) checkin = checkin_at (day, hour, mood, note);
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_save_checkin (f->store, checkin, NULL, &error));
  g_assert_no_error (error);

  return waymark_record_get_id (WAYMARK_RECORD (checkin));
}

static gint64
save_record (Fixture       *f,
             WaymarkRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_store_save (f->store, record, &error));
  g_assert_no_error (error);

  return waymark_record_get_id (record);
}

static guint32
julian (const char *iso)
{
  GDate date;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);

  return g_date_get_julian (&date);
}

static void
test_unrecorded_scales_are_null (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(WaymarkCheckin) checkin = checkin_at ("2026-03-02", 20, 6, "");
  g_autoptr(WaymarkRecord) read = NULL;
  g_autoptr(GError) error = NULL;

  waymark_record_set_real (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_SLEEP_HOURS, 7.5);
  g_assert_true (waymark_store_save_checkin (f->store, checkin, NULL, &error));

  g_assert_cmpint (waymark_test_count_rows (f->store,
                   "SELECT count(*) FROM checkin WHERE mood = 6 AND sleep_hours = 7.5 AND anxiety IS NULL "
                   "AND energy IS NULL AND sleep_quality IS NULL AND craving IS NULL"), ==, 1);

  read = waymark_store_get (f->store, WAYMARK_TYPE_CHECKIN, waymark_record_get_id (WAYMARK_RECORD (checkin)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (waymark_record_get_int (read, WAYMARK_CHECKIN_MOOD), ==, 6);
  g_assert_cmpint (waymark_record_get_int (read, WAYMARK_CHECKIN_ANXIETY), ==, WAYMARK_UNSET);
  g_assert_cmpfloat (waymark_record_get_real (read, WAYMARK_CHECKIN_SLEEP_HOURS), ==, 7.5);

  /* Off the scale means not recorded, never clamped to an end. */
  waymark_record_set_int (read, WAYMARK_CHECKIN_MOOD, 11);
  g_assert_cmpint (waymark_record_get_int (read, WAYMARK_CHECKIN_MOOD), ==, WAYMARK_UNSET);
  waymark_record_set_real (read, WAYMARK_CHECKIN_SLEEP_HOURS, 30);
  g_assert_cmpfloat (waymark_record_get_real (read, WAYMARK_CHECKIN_SLEEP_HOURS), ==, WAYMARK_UNSET);
}

static void
test_time_and_day (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+10:00");
  g_autoptr(GDateTime) late = g_date_time_new (tz, 2026, 3, 2, 7, 30, 0);
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  /* 07:30 on 2 March in +10:00 is still 1 March in UTC; the day is the
   * person's own. */
  waymark_checkin_set_time (checkin, late);
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_AT), ==, "2026-03-01T21:30:00Z");
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_LOCAL_DATE), ==, "2026-03-02");

  /* Back-dating is fine; the future is refused, with words. */
  tomorrow = g_date_time_add_days (now, 2);
  waymark_checkin_set_time (checkin, tomorrow);
  g_assert_false (waymark_store_save_checkin (f->store, checkin, NULL, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "hasn’t come yet"));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 0);

  g_assert_cmpstr (waymark_mood_word (0), ==, "Very low");
  g_assert_cmpstr (waymark_mood_word (10), ==, "Very good");
  g_assert_null (waymark_mood_word (11));
}

static void
test_details_round_trip_and_undo (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(WaymarkCheckin) checkin = checkin_at ("2026-03-02", 20, 7, "Walk with Jo");
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  g_autoptr(WaymarkCheckinDetails) read = NULL;
  g_autoptr(WaymarkRecord) medication = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(WaymarkRecord) item = WAYMARK_RECORD (waymark_routine_item_new ());
  g_autoptr(WaymarkRecord) tracker = WAYMARK_RECORD (waymark_tracker_new ());
  g_autoptr(WaymarkDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkTick taken, done;
  WaymarkTrackerValue pain;
  gint64 id;

  waymark_record_set_text (medication, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_NAME, "Sertraline");
  waymark_record_set_text (item, WAYMARK_ROUTINE_ITEM_TITLE, "Walk");
  waymark_record_set_text (tracker, WAYMARK_TRACKER_NAME, "Pain");
  waymark_record_set_text (tracker, WAYMARK_TRACKER_KIND, WAYMARK_TRACKER_SCALE);
  taken = (WaymarkTick) { save_record (f, medication), TRUE };
  done = (WaymarkTick) { save_record (f, item), TRUE };
  pain = (WaymarkTrackerValue) { save_record (f, tracker), 4 };

  waymark_checkin_details_add_tag (details, " walk ");
  waymark_checkin_details_add_tag (details, "friends");
  waymark_checkin_details_add_tag (details, "walk");
  waymark_checkin_details_add_tag (details, "  ");
  g_array_append_val (details->medications, taken);
  g_array_append_val (details->routine, done);
  g_array_append_val (details->trackers, pain);

  g_assert_true (waymark_store_save_checkin (f->store, checkin, details, &error));
  g_assert_no_error (error);
  id = waymark_record_get_id (WAYMARK_RECORD (checkin));

  read = waymark_store_load_checkin_details (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->tags->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (read->tags, 0), ==, "friends");
  g_assert_cmpstr (g_ptr_array_index (read->tags, 1), ==, "walk");
  g_assert_cmpuint (read->medications->len, ==, 1);
  g_assert_true (g_array_index (read->medications, WaymarkTick, 0).done);
  g_assert_cmpuint (read->trackers->len, ==, 1);
  g_assert_cmpfloat (g_array_index (read->trackers, WaymarkTrackerValue, 0).value, ==, 4);
  /* The routine belongs to the day, so the plan's streak counts it. */
  g_assert_cmpint (waymark_test_count_rows (f->store,
                   "SELECT count(*) FROM routine_done WHERE date = '2026-03-02'"), ==, 1);
  g_assert_cmpuint (read->routine->len, ==, 1);

  /* Delete takes the tags and values with it; Undo brings them all back. */
  deletion = waymark_store_delete (f->store, WAYMARK_RECORD (checkin), &error);
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin_tag"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM tracker_value"), ==, 0);
  g_assert_true (waymark_store_undo_delete (f->store, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin_tag"), ==, 2);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin_medication"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM tracker_value"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT max(id) FROM checkin"), ==, id);
}

static GArray *
ids_for (Fixture    *f,
         const char *search,
         const char *tag,
         const char *from,
         const char *to)
{
  WaymarkJournalFilter filter = { search, tag, from, to };
  g_autoptr(GError) error = NULL;
  GArray *ids = waymark_store_list_checkin_ids (f->store, &filter, &error);

  g_assert_no_error (error);
  return ids;
}

static void
test_find_checkins (Fixture       *f,
                    gconstpointer  data)
{
  gint64 a = save (f, "2026-03-01", 9, 5, "Walked by the river");
  gint64 b = save (f, "2026-03-01", 21, 6, "100% tired, stayed in");
  gint64 c = save (f, "2026-03-05", 20, 7, "River walk again with Jo");
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  g_autoptr(WaymarkRecord) tagged = NULL;
  g_autoptr(GArray) ids = NULL;

  tagged = waymark_store_get (f->store, WAYMARK_TYPE_CHECKIN, c, NULL);
  waymark_checkin_details_add_tag (details, "friends");
  g_assert_true (waymark_store_save_checkin (f->store, WAYMARK_CHECKIN (tagged), details, NULL));

  /* Newest first. */
  ids = ids_for (f, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, b);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, a);
  g_clear_pointer (&ids, g_array_unref);

  /* Every word, any case, any order. */
  ids = ids_for (f, "river WALK", NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = ids_for (f, "river jo", NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* % and _ are letters to look for, not patterns. */
  ids = ids_for (f, "100%", NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, b);
  g_clear_pointer (&ids, g_array_unref);
  ids = ids_for (f, "%", NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);
  ids = ids_for (f, "_", NULL, NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  ids = ids_for (f, NULL, "friends", NULL, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
  g_clear_pointer (&ids, g_array_unref);

  /* Date ranges include both ends. */
  ids = ids_for (f, NULL, NULL, "2026-03-01", "2026-03-01");
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = ids_for (f, NULL, NULL, "2026-03-02", NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  {
    g_auto(GStrv) tags = waymark_store_list_checkin_tags (f->store, NULL);
    g_assert_cmpstrv (tags, ((const char *[]) { "friends", NULL }));
  }
}

static guint n_changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  n_changes++;
}

static void
test_lazy_list_follows_the_store (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(WaymarkCheckinList) list = NULL;
  g_autoptr(WaymarkCheckin) first = NULL;
  WaymarkJournalFilter filter = { "river", NULL, NULL, NULL };
  gint64 a = save (f, "2026-03-01", 9, 5, "River");

  list = waymark_checkin_list_new (f->store);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == WAYMARK_TYPE_CHECKIN);

  n_changes = 0;
  save (f, "2026-03-02", 9, 8, "Garden");
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (waymark_record_get_text (WAYMARK_RECORD (first), WAYMARK_CHECKIN_NOTE), ==, "Garden");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2));

  g_assert_true (waymark_checkin_list_set_filter (list, &filter, NULL));
  g_assert_true (waymark_checkin_list_is_filtered (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (waymark_checkin_list_find (list, a), ==, 0);
}

/* Two check-ins on 1 March (moods 4 and 8); one on 3 March with no
 * mood; the routine done on 2 March only; a medication started on
 * 20 February, its dose changed on 2 March. */
static void
write_three_days (Fixture *f)
{
  g_autoptr(WaymarkRecord) walk = WAYMARK_RECORD (waymark_routine_item_new ());
  g_autoptr(WaymarkRecord) read = WAYMARK_RECORD (waymark_routine_item_new ());
  g_autoptr(WaymarkRecord) medication = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(WaymarkRecord) dose = WAYMARK_RECORD (waymark_medication_dose_new ());
  GDate date;
  gint64 walk_id;

  save (f, "2026-03-01", 9, 4, "");
  save (f, "2026-03-01", 21, 8, "");
  {
    g_autoptr(WaymarkCheckin) no_mood = checkin_at ("2026-03-03", 20, WAYMARK_UNSET, "");
    waymark_record_set_real (WAYMARK_RECORD (no_mood), WAYMARK_CHECKIN_SLEEP_HOURS, 6.5);
    g_assert_true (waymark_store_save_checkin (f->store, no_mood, NULL, NULL));
  }

  waymark_record_set_text (walk, WAYMARK_ROUTINE_ITEM_TITLE, "Walk");
  waymark_record_set_text (read, WAYMARK_ROUTINE_ITEM_TITLE, "Read");
  walk_id = save_record (f, walk);
  save_record (f, read);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, 3, 2026);
  g_assert_true (waymark_store_set_routine_done (f->store, walk_id, &date, TRUE, NULL));

  waymark_record_set_text (medication, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_NAME, "Sertraline");
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_DOSE, "50 mg");
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_START_DATE, "2026-02-20");
  waymark_record_set_reference (dose, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID, save_record (f, medication));
  waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_DATE, "2026-03-02");
  waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_DOSE, "100 mg");
  save_record (f, dose);
}

static void
check_three_days (WaymarkDaySeries *series)
{
  const WaymarkDay *day;

  g_assert_nonnull (series);
  g_assert_cmpuint (waymark_day_series_get_n_days (series), ==, 3);

  day = waymark_day_series_lookup (series, julian ("2026-03-01"));
  g_assert_nonnull (day);
  g_assert_cmpuint (day->n_checkins, ==, 2);
  g_assert_cmpfloat_with_epsilon (day->values[WAYMARK_MEASURE_MOOD], 6.0, 1e-9);
  g_assert_true (isnan (day->values[WAYMARK_MEASURE_ROUTINE]));

  day = waymark_day_series_lookup (series, julian ("2026-03-02"));
  g_assert_nonnull (day);
  g_assert_cmpuint (day->n_checkins, ==, 0);
  g_assert_cmpfloat_with_epsilon (day->values[WAYMARK_MEASURE_ROUTINE], 0.5, 1e-9);
  g_assert_true (isnan (day->values[WAYMARK_MEASURE_MOOD]));

  day = waymark_day_series_lookup (series, julian ("2026-03-03"));
  g_assert_true (isnan (day->values[WAYMARK_MEASURE_MOOD]));
  g_assert_cmpfloat_with_epsilon (day->values[WAYMARK_MEASURE_SLEEP], 6.5, 1e-9);
  /* The rolling average still carries 1 March's mood. */
  g_assert_cmpfloat_with_epsilon (day->values[WAYMARK_MEASURE_MOOD_AVERAGE], 6.0, 1e-9);

  g_assert_cmpuint (waymark_day_series_get_n_markers (series), ==, 2);
  g_assert_cmpuint (waymark_day_series_get_marker (series, 0)->julian, ==, julian ("2026-02-20"));
  g_assert_cmpstr (waymark_day_series_get_marker (series, 0)->label, ==, "Sertraline 50 mg");
  g_assert_cmpstr (waymark_day_series_get_marker (series, 1)->label, ==, "Sertraline 100 mg");
  g_assert_cmpint (waymark_day_series_get_marker (series, 1)->kind, ==, WAYMARK_MARKER_MEDICATION);
}

static void
test_day_series_from_the_store (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(WaymarkDaySeries) series = NULL;
  g_autoptr(GError) error = NULL;

  write_three_days (f);
  series = waymark_store_load_day_series (f->store, &error);
  g_assert_no_error (error);
  check_three_days (series);
}

typedef struct
{
  gboolean          done;
  WaymarkDaySeries *series;
  GError           *error;
} SeriesWait;

static void
series_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SeriesWait *wait = user_data;

  g_assert_false (wait->done);
  wait->series = waymark_store_load_day_series_finish (WAYMARK_STORE (source), result, &wait->error);
  wait->done = TRUE;
}

/* Starts reading @store's day series in another thread. */
static void
load_series_async (WaymarkStore *store,
                   GCancellable *cancellable,
                   SeriesWait   *wait)
{
  g_clear_object (&wait->series);
  g_clear_error (&wait->error);
  wait->done = FALSE;
  waymark_store_load_day_series_async (store, cancellable, series_loaded_cb, wait);
}

static void
wait_for_series (SeriesWait *wait)
{
  gint64 deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;

  while (!wait->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (wait->done);
}

/* The day series read in another thread, on a connection of its own:
 * what the store's own reads; kept by the store when nothing was
 * written meanwhile, and not otherwise; nothing handed out once
 * cancelled, or once the store is closed (which waits for the reader). */
static void
test_day_series_in_a_thread (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(WaymarkDaySeries) later = NULL;
  SeriesWait wait = { 0, };

  write_three_days (f);
  g_assert_null (waymark_store_peek_day_series (f->store));
  load_series_async (f->store, NULL, &wait);
  wait_for_series (&wait);
  g_assert_no_error (wait.error);
  check_three_days (wait.series);
  g_assert_true (waymark_store_peek_day_series (f->store) == wait.series);

  /* Kept: handed out again at once, in the callback. */
  {
    WaymarkDaySeries *kept = wait.series;

    wait.series = NULL;
    load_series_async (f->store, NULL, &wait);
    g_assert_false (wait.done);
    wait_for_series (&wait);
    g_assert_true (wait.series == kept);
    g_object_unref (kept);
  }

  /* A check-in saved as the read begins (the one before made the store
   * forget what it kept): what the thread read is handed out, but not
   * kept, for it may not have it. */
  save (f, "2026-03-04", 20, 7, "");
  load_series_async (f->store, NULL, &wait);
  save (f, "2026-03-05", 20, 7, "");
  wait_for_series (&wait);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.series);
  g_assert_null (waymark_store_peek_day_series (f->store));
  later = waymark_store_load_day_series (f->store, NULL);
  g_assert_cmpuint (waymark_day_series_get_n_days (later), ==, 5);

  /* Another connection writing as it begins: not kept either. */
  save (f, "2026-03-06", 20, 7, "");
  load_series_async (f->store, NULL, &wait);
  {
    sqlite3 *other = NULL;

    g_assert_cmpint (sqlite3_open (waymark_store_get_path (f->store), &other), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (other, "DELETE FROM checkin WHERE local_date = '2026-03-04'", NULL, NULL, NULL),
                     ==, SQLITE_OK);
    sqlite3_close (other);
  }
  wait_for_series (&wait);
  g_assert_nonnull (wait.series);
  g_assert_null (waymark_store_peek_day_series (f->store));

  /* Cancelled by the caller. */
  load_series_async (f->store, cancellable, &wait);
  g_cancellable_cancel (cancellable);
  wait_for_series (&wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (wait.series);

  /* The plan closed while the thread reads: nothing read is handed out. */
  load_series_async (f->store, NULL, &wait);
  waymark_store_close (f->store);
  wait_for_series (&wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (wait.series);

  /* Nor is one asked for after. */
  load_series_async (f->store, NULL, &wait);
  wait_for_series (&wait);
  g_assert_nonnull (wait.error);
  g_assert_null (wait.series);
  g_clear_error (&wait.error);
}

static void
test_csv_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(WaymarkRecord) tracker = WAYMARK_RECORD (waymark_tracker_new ());
  g_autoptr(WaymarkCheckin) checkin = checkin_at ("2026-03-01", 9, 5, "Tired, \"flat\"\nthen better");
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (f->tmp, "journal.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkTrackerValue outside;
  gsize n_rows = 0;

  waymark_record_set_text (tracker, WAYMARK_TRACKER_NAME, "Went outside");
  outside = (WaymarkTrackerValue) { save_record (f, tracker), 1 };
  waymark_record_set_real (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_SLEEP_HOURS, 7.5);
  waymark_checkin_details_add_tag (details, "walk");
  waymark_checkin_details_add_tag (details, "=SUM(A1)");
  g_array_append_val (details->trackers, outside);
  g_assert_true (waymark_store_save_checkin (f->store, checkin, details, NULL));
  save (f, "2026-03-02", 20, 8, "");

  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  csv = waymark_journal_to_csv (f->store, &n_rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);

  g_assert_true (g_str_has_prefix (csv,
    "Date,Time,Mood (0–10),Anxiety (0–10),Energy (0–10),Sleep (hours),Sleep quality (0–10),"
    "Cravings (0–10),Medications taken,Medications not taken,Routine done that day,Tags,Went outside,Note\r\n"));
  /* Oldest first; ISO dates; a decimal point whatever the locale; the
   * note quoted with its comma, quotes and line break; a tag that looks
   * like a formula kept harmless. */
  g_assert_nonnull (strstr (csv, "\r\n2026-03-01,09:00,5,,,7.5,,,,,,\"'=SUM(A1); walk\",1,\"Tired, \"\"flat\"\"\nthen better\"\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n2026-03-02,20:00,8,,,,,,,,,,,\r\n"));
  g_assert_true (strstr (csv, "2026-03-01") < strstr (csv, "2026-03-02"));

  file = g_file_new_for_path (path);
  g_assert_true (waymark_journal_export_csv (f->store, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, csv);

  /* A folder that isn't there: a clear error and no file. */
  {
    g_autofree char *missing = g_build_filename (f->tmp, "no-such-folder", "journal.csv", NULL);
    g_autoptr(GFile) nowhere = g_file_new_for_path (missing);

    g_assert_false (waymark_journal_export_csv (f->store, nowhere, NULL, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* Every cell a person typed (tags, notes, names) that a spreadsheet
 * would run as a formula is neutralised; numbers Waymark measured stay
 * numbers, negative ones too. The file is private and written whole. */
static void
test_csv_export_safety (Fixture       *f,
                        gconstpointer  data)
{
  const char *attacks[] = { "=1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=1+1", "@SUM(A1)", "+1" };
  g_autoptr(WaymarkRecord) tracker = WAYMARK_RECORD (waymark_tracker_new ());
  g_autofree char *path = g_build_filename (f->tmp, "journal.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 tracker_id;
  GStatBuf st;

  waymark_record_set_text (tracker, WAYMARK_TRACKER_NAME, "=1+1");
  tracker_id = save_record (f, tracker);

  for (guint i = 0; i < G_N_ELEMENTS (attacks); i++)
    {
      g_autoptr(WaymarkCheckin) checkin = checkin_at ("2026-03-01", 8 + i, 5, attacks[i]);
      g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
      WaymarkTrackerValue value = { tracker_id, 2.5 };

      waymark_checkin_details_add_tag (details, attacks[i]);
      g_array_append_val (details->trackers, value);
      g_assert_true (waymark_store_save_checkin (f->store, checkin, details, NULL));
    }

  /* Waymark keeps tracker values 0-10 today; a negative one, from an
   * older or a future plan, is still a number in its numeric column. */
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (f->store), "UPDATE tracker_value SET value = -2.5",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  csv = waymark_journal_to_csv (f->store, NULL, &error);
  g_assert_no_error (error);

  /* The tracker's name in the header. */
  g_assert_nonnull (strstr (csv, ",Tags,\"'=1+1\",Note\r\n"));
  for (guint i = 0; i < G_N_ELEMENTS (attacks); i++)
    {
      g_autofree char *row = g_strdup_printf ("2026-03-01,%02u:00,5,,,,,,,,,\"'%s\",-2.5,\"'%s\"\r\n",
                                              8 + i, attacks[i], attacks[i]);

      g_assert_nonnull (strstr (csv, row));
    }

  /* Written private, over a file readable by everyone. */
  g_assert_true (g_file_set_contents (path, "an older export\r\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (waymark_journal_export_csv (f->store, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, csv);

  /* The disk fills half-way through: the last export stays whole and
   * no partial file is left beside it. */
  waymark_atomic_file_inject_fault (WAYMARK_ATOMIC_FAULT_WRITE, strlen (csv) / 2, ENOSPC);
  g_assert_false (waymark_journal_export_csv (f->store, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, csv);
  listing = waymark_test_list_dir (f->tmp);
  g_assert_null (strstr (listing, ".new-"));
  g_assert_nonnull (strstr (listing, "journal.csv"));
}

static void
test_early_warning (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(WaymarkDaySeries) series = NULL;
  g_autoptr(WaymarkRecord) sign = WAYMARK_RECORD (waymark_plan_entry_new ());
  g_autofree char *found = NULL;
  g_autofree char *day = NULL;
  double average = 0;

  /* Two low days are not yet a pattern... */
  save (f, "2026-03-01", 20, 2, "");
  save (f, "2026-03-02", 20, 3, "I've been isolating myself again");
  series = waymark_store_load_day_series (f->store, NULL);
  g_assert_false (waymark_recent_mood_is_low (series, julian ("2026-03-02"), 4, &average));
  g_assert_true (isnan (average));
  g_clear_object (&series);

  /* ...three are: 2, 3, 4 average 3, below 4 but not below 3. */
  save (f, "2026-03-03", 20, 4, "");
  series = waymark_store_load_day_series (f->store, NULL);
  g_assert_true (waymark_recent_mood_is_low (series, julian ("2026-03-03"), 4, &average));
  g_assert_cmpfloat_with_epsilon (average, 3.0, 1e-9);
  g_assert_false (waymark_recent_mood_is_low (series, julian ("2026-03-03"), 3, NULL));
  /* A week later they are out of the window. */
  g_assert_false (waymark_recent_mood_is_low (series, julian ("2026-03-10"), 4, NULL));

  /* The person's own sign, in their words, found in a recent note. */
  g_assert_null (waymark_store_find_sign_in_notes (f->store, "2026-03-01", NULL, NULL));
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_KIND, WAYMARK_PLAN_ENTRY_WARNING_SIGN);
  waymark_record_set_text (sign, WAYMARK_PLAN_ENTRY_TEXT, "Isolating myself");
  save_record (f, sign);
  found = waymark_store_find_sign_in_notes (f->store, "2026-03-01", &day, NULL);
  g_assert_cmpstr (found, ==, "Isolating myself");
  g_assert_cmpstr (day, ==, "2026-03-02");
  g_assert_null (waymark_store_find_sign_in_notes (f->store, "2026-03-03", NULL, NULL));

  g_assert_true (waymark_note_mentions_sign ("Isolated all weekend, MYSELF included", "isolating myself"));
  g_assert_true (waymark_note_mentions_sign ("Stopped answering the phone", "Not answering the phone"));
  g_assert_false (waymark_note_mentions_sign ("Answered the door", "Not answering the phone"));
  g_assert_false (waymark_note_mentions_sign ("Anything", "a an the"));
  g_assert_false (waymark_note_mentions_sign (NULL, "Isolating"));
}

/* Numbers and weeks follow the locale: a decimal comma in German, the
 * week starting on Monday. (build-aux/install-deps makes the locale.) */
static void
test_locale_formats (void)
{
  g_autoptr(WaymarkDaySeries) series = waymark_day_series_new ();
  g_autofree char *sentence = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  guint32 today = julian ("2026-03-31");

  for (guint i = 30; i-- > 0;)
    {
      WaymarkDay day = { today - i, 1, };

      for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
        day.values[m] = NAN;
      day.values[WAYMARK_MEASURE_SLEEP] = 7.5;
      waymark_day_series_append (series, &day);
    }
  waymark_day_series_finish (series);

  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  sentence = waymark_day_series_describe_trend (series, WAYMARK_MEASURE_SLEEP, today);
  g_assert_nonnull (strstr (sentence, "7,5"));
  g_assert_cmpint (waymark_locale_first_weekday (), ==, G_DATE_MONDAY);
  setlocale (LC_ALL, saved);

  g_clear_pointer (&sentence, g_free);
  sentence = waymark_day_series_describe_trend (series, WAYMARK_MEASURE_SLEEP, today);
  g_assert_nonnull (strstr (sentence, "7.5"));
}

/* The start of a long text for a row: whole words, an ellipsis, never
 * more than asked for, and short texts as they are. */
static void
test_text_preview (void)
{
  g_autofree char *same = waymark_text_preview ("A walk", 10);
  g_autofree char *exact = waymark_text_preview ("0123456789", 10);
  g_autofree char *words = waymark_text_preview ("Walked to the park with Jo", 12);
  g_autofree char *between = waymark_text_preview ("Walked to the park", 9);
  g_autofree char *address = waymark_text_preview ("https://example.org/a-very-long-address", 20);
  g_autofree char *japanese = waymark_text_preview ("散歩に行って、空を見る", 4);
  g_autofree char *lines = waymark_text_preview ("First line\n\nSecond line", 12);

  g_assert_cmpstr (same, ==, "A walk");
  g_assert_cmpstr (exact, ==, "0123456789");
  g_assert_cmpstr (words, ==, "Walked to…");
  g_assert_cmpstr (between, ==, "Walked to…");
  g_assert_cmpstr (address, ==, "https://example.org/…");
  g_assert_cmpstr (japanese, ==, "散歩に行…");
  g_assert_cmpstr (lines, ==, "First line…");
}

/* The rule the editor refuses an empty check-in by: anything set,
 * written, ticked or tagged makes it a check-in; nothing doesn't. */
static void
test_checkin_is_empty (void)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
  WaymarkRecord *record = WAYMARK_RECORD (checkin);
  WaymarkTick not_taken = { 1, FALSE }, taken = { 1, TRUE };
  WaymarkTrackerValue no = { 2, 0 }, yes = { 2, 1 };

  g_assert_true (waymark_checkin_is_empty (checkin, NULL));
  g_array_append_val (details->medications, not_taken);
  g_array_append_val (details->routine, not_taken);
  g_array_append_val (details->trackers, no);
  g_assert_true (waymark_checkin_is_empty (checkin, details));

  waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, " \n\t ");
  g_assert_true (waymark_checkin_is_empty (checkin, details));
  waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, "Rough night");
  g_assert_false (waymark_checkin_is_empty (checkin, details));
  waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, "");

  /* Mood 0 (very low) is something to keep, as is every other scale. */
  for (int column = WAYMARK_CHECKIN_MOOD; column <= WAYMARK_CHECKIN_CRAVING; column++)
    {
      if (column == WAYMARK_CHECKIN_SLEEP_HOURS)
        waymark_record_set_real (record, column, 0.0);
      else
        waymark_record_set_int (record, column, 0);
      g_assert_false (waymark_checkin_is_empty (checkin, details));
      if (column == WAYMARK_CHECKIN_SLEEP_HOURS)
        waymark_record_set_real (record, column, WAYMARK_UNSET);
      else
        waymark_record_set_int (record, column, WAYMARK_UNSET);
      g_assert_true (waymark_checkin_is_empty (checkin, details));
    }

  waymark_checkin_details_add_tag (details, "walk");
  g_assert_false (waymark_checkin_is_empty (checkin, details));
  g_ptr_array_set_size (details->tags, 0);

  g_array_append_val (details->medications, taken);
  g_assert_false (waymark_checkin_is_empty (checkin, details));
  g_array_set_size (details->medications, 0);

  g_array_append_val (details->routine, taken);
  g_assert_false (waymark_checkin_is_empty (checkin, details));
  g_array_set_size (details->routine, 0);

  g_array_append_val (details->trackers, yes);
  g_assert_false (waymark_checkin_is_empty (checkin, details));
  g_array_set_size (details->trackers, 0);

  g_assert_true (waymark_checkin_is_empty (checkin, details));
}

/* The Journal and the Timeline draw from one reading of the day series:
 * the store hands the same one out until anything is written, then
 * reads it again. */
static void
test_day_series_kept_until_written (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(WaymarkDaySeries) first = NULL;
  g_autoptr(WaymarkDaySeries) again = NULL;
  g_autoptr(WaymarkDaySeries) after_save = NULL;
  g_autoptr(WaymarkDaySeries) after_rollback = NULL;
  guint n_days = 0;

  save (f, "2026-03-01", 20, 2, "");
  first = waymark_store_load_day_series (f->store, NULL);
  again = waymark_store_load_day_series (f->store, NULL);
  g_assert_true (first == again);
  g_assert_cmpuint (waymark_day_series_get_n_days (first), ==, 1);

  save (f, "2026-03-02", 20, 6, "");
  after_save = waymark_store_load_day_series (f->store, NULL);
  g_assert_true (after_save != first);
  g_assert_cmpuint (waymark_day_series_get_n_days (after_save), ==, 2);
  g_assert_cmpfloat (waymark_day_series_mean (after_save, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, &n_days), ==, 4.0);
  /* The one handed out before is left as it was. */
  g_assert_cmpuint (waymark_day_series_get_n_days (first), ==, 1);

  /* A write begun and undone forgets it too. */
  g_assert_true (waymark_store_begin (f->store, NULL));
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (f->store), "DELETE FROM checkin", NULL, NULL, NULL), ==, SQLITE_OK);
  waymark_store_rollback (f->store);
  after_rollback = waymark_store_load_day_series (f->store, NULL);
  g_assert_true (after_rollback != after_save);
  g_assert_cmpuint (waymark_day_series_get_n_days (after_rollback), ==, 2);

  /* Another connection to the file (another program) writing, which this
   * store never hears of, is seen by SQLite's data_version. */
  {
    g_autoptr(WaymarkDaySeries) kept = waymark_store_load_day_series (f->store, NULL);
    g_autoptr(WaymarkDaySeries) after_other = NULL;
    sqlite3 *other = NULL;

    g_assert_true (kept == after_rollback);
    g_assert_cmpint (sqlite3_open (waymark_store_get_path (f->store), &other), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (other,
                                   "INSERT INTO checkin (at, local_date, mood, created_at, updated_at) VALUES "
                                   "('2026-03-03T20:00:00Z', '2026-03-03', 9, '2026-03-03T20:00:00Z', "
                                   "'2026-03-03T20:00:00Z')", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (other);
    after_other = waymark_store_load_day_series (f->store, NULL);
    g_assert_true (after_other != kept);
    g_assert_cmpuint (waymark_day_series_get_n_days (after_other), ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/waymark/journal/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("unrecorded-scales-are-null", test_unrecorded_scales_are_null);
  ADD ("time-and-day", test_time_and_day);
  ADD ("details-round-trip-and-undo", test_details_round_trip_and_undo);
  ADD ("find-checkins", test_find_checkins);
  ADD ("lazy-list-follows-the-store", test_lazy_list_follows_the_store);
  ADD ("day-series-from-the-store", test_day_series_from_the_store);
  ADD ("day-series-kept-until-written", test_day_series_kept_until_written);
  ADD ("day-series-in-a-thread", test_day_series_in_a_thread);
  ADD ("csv-export", test_csv_export);
  ADD ("csv-export-safety", test_csv_export_safety);
  ADD ("early-warning", test_early_warning);
#undef ADD
  g_test_add_func ("/waymark/journal/locale-formats", test_locale_formats);
  g_test_add_func ("/waymark/journal/text-preview", test_text_preview);
  g_test_add_func ("/waymark/journal/checkin-is-empty", test_checkin_is_empty);

  return g_test_run ();
}
