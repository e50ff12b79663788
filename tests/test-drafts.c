/* test-drafts.c: a check-in or questionnaire being written is kept as a
 * draft: written over in place, read back as it was, deleted with the
 * real record's save in one transaction, gone with the check-in it
 * changes, and never counted in the journal, its statistics or exports
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-draft.h"
#include "waymark-journal-export.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

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

static GVariant *
checkin_payload (int         mood,
                 const char *note)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);

  g_variant_dict_insert (&dict, "mood", "d", (double) mood);
  g_variant_dict_insert (&dict, "note", "s", note);

  return g_variant_dict_end (&dict);
}

static WaymarkCheckin *
checkin_on (const char *day,
            int         mood,
            const char *note)
{
  WaymarkCheckin *checkin = waymark_checkin_new ();
  g_autofree char *iso = g_strdup_printf ("%sT09:00:00Z", day);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  waymark_checkin_set_time (checkin, time);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, mood);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note);

  return checkin;
}

static void
test_save_load_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  gint64 id = 0, other = 0;
  const char *note = NULL;
  double mood = -1;

  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                           checkin_payload (3, "Slept badly"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* Written over in place, as typing goes on: one row. */
  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                           checkin_payload (4, "Slept badly, then a walk"), &error));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 1);

  g_assert_true (waymark_store_save_draft (f->store, &other, WAYMARK_DRAFT_QUESTIONNAIRE, 0, "2026-12-04",
                                           checkin_payload (0, ""), &error));
  g_assert_cmpint (other, !=, id);

  drafts = waymark_store_load_drafts (f->store, WAYMARK_DRAFT_CHECKIN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  {
    WaymarkDraft *draft = drafts->pdata[0];

    g_assert_cmpint (draft->id, ==, id);
    g_assert_cmpstr (draft->kind, ==, WAYMARK_DRAFT_CHECKIN);
    g_assert_cmpint (draft->record_id, ==, 0);
    g_assert_cmpstr (draft->day, ==, "2026-12-05");
    g_assert_true (g_variant_lookup (draft->payload, "note", "&s", &note));
    g_assert_cmpstr (note, ==, "Slept badly, then a walk");
    g_assert_true (g_variant_lookup (draft->payload, "mood", "d", &mood));
    g_assert_cmpfloat (mood, ==, 4.0);
  }
  g_clear_pointer (&drafts, g_ptr_array_unref);

  drafts = waymark_store_load_drafts (f->store, NULL, &error);
  g_assert_cmpuint (drafts->len, ==, 2);

  g_assert_true (waymark_store_delete_draft (f->store, id, &error));
  g_assert_null (waymark_store_load_draft (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 1);

  /* A draft whose row went (discarded elsewhere) is written anew. */
  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                           checkin_payload (5, "Again"), &error));
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 2);
}

/* The real check-in and the draft's end are one transaction. */
static void
test_save_checkin_deletes_draft (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckin) checkin = checkin_on ("2026-12-05", 6, "A good walk");
  g_autoptr(WaymarkCheckin) refused = checkin_on ("2026-12-05", 6, "");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) future = g_date_time_add_days (now, 2);
  gint64 id = 0;

  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                           checkin_payload (6, "A good walk"), &error));

  /* Refused (a day that hasn't come yet): the draft stays, no check-in
   * is written. */
  waymark_checkin_set_time (refused, future);
  g_assert_false (waymark_store_save_checkin_from_draft (f->store, refused, NULL, id, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 1);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin"), ==, 0);

  g_assert_true (waymark_store_save_checkin_from_draft (f->store, checkin, NULL, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 0);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM checkin WHERE note = 'A good walk'"), ==, 1);
}

/* A draft of changes to a check-in goes with the check-in. */
static void
test_draft_goes_with_its_checkin (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckin) checkin = checkin_on ("2026-12-01", 5, "First");
  g_autoptr(WaymarkDeletion) deletion = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  gint64 id = 0;

  g_assert_true (waymark_store_save_checkin (f->store, checkin, NULL, &error));
  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN,
                                           waymark_record_get_id (WAYMARK_RECORD (checkin)), "2026-12-01",
                                           checkin_payload (2, "Changed"), &error));
  drafts = waymark_store_load_drafts (f->store, NULL, &error);
  g_assert_cmpint (((WaymarkDraft *) drafts->pdata[0])->record_id, ==, waymark_record_get_id (WAYMARK_RECORD (checkin)));

  deletion = waymark_store_delete (f->store, WAYMARK_RECORD (checkin), &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_cmpint (waymark_test_count_rows (f->store, "SELECT count(*) FROM draft"), ==, 0);
}

/* A draft with a mood is not a check-in: the journal, its day-by-day
 * series (charts and statistics) and the CSV are exactly as without it. */
static void
test_never_counted (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckin) checkin = checkin_on ("2026-12-01", 7, "Saved one");
  g_autoptr(WaymarkDaySeries) before_series = NULL;
  g_autoptr(WaymarkDaySeries) after_series = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *before_csv = NULL;
  g_autofree char *after_csv = NULL;
  gsize before_rows = 0, after_rows = 0;
  guint n_days = 0;
  gint64 id = 0;

  g_assert_true (waymark_store_save_checkin (f->store, checkin, NULL, &error));
  before_csv = waymark_journal_to_csv (f->store, &before_rows, &error);
  g_assert_no_error (error);
  before_series = waymark_store_load_day_series (f->store, &error);
  g_assert_no_error (error);

  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-02",
                                           checkin_payload (0, "DRAFT-ONLY"), &error));
  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-01",
                                           checkin_payload (0, "DRAFT-ONLY"), &error));

  after_csv = waymark_journal_to_csv (f->store, &after_rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_rows, ==, 1);
  g_assert_cmpuint (after_rows, ==, before_rows);
  g_assert_cmpstr (after_csv, ==, before_csv);
  g_assert_null (strstr (after_csv, "DRAFT-ONLY"));

  after_series = waymark_store_load_day_series (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waymark_day_series_get_n_days (after_series), ==,
                    waymark_day_series_get_n_days (before_series));
  g_assert_cmpfloat (waymark_day_series_mean (after_series, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, &n_days), ==, 7.0);
  g_assert_cmpuint (n_days, ==, 1);

  ids = waymark_store_list_checkin_ids (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
}

/* What a damaged or foreign blob holds is read safely, never trusted. */
static void
test_damaged_payload (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  gint64 id = 0;
  sqlite3 *db = waymark_store_get_db (f->store);

  g_assert_true (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                           checkin_payload (3, "Fine"), &error));
  g_assert_cmpint (sqlite3_exec (db, "UPDATE draft SET payload = x'ffffffff00010203'", NULL, NULL, NULL), ==, SQLITE_OK);

  drafts = waymark_store_load_drafts (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (g_variant_is_of_type (((WaymarkDraft *) drafts->pdata[0])->payload, G_VARIANT_TYPE_VARDICT));
}

/* An editor that outlives its plan's connection is refused in words. */
static void
test_closed_store (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  waymark_store_close (f->store);
  g_assert_false (waymark_store_save_draft (f->store, &id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                            checkin_payload (3, "Late"), &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED);
  g_assert_cmpint (id, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/drafts/save-load-delete", test_save_load_delete);
  ADD ("/drafts/save-checkin-deletes-draft", test_save_checkin_deletes_draft);
  ADD ("/drafts/goes-with-its-checkin", test_draft_goes_with_its_checkin);
  ADD ("/drafts/never-counted", test_never_counted);
  ADD ("/drafts/damaged-payload", test_damaged_payload);
  ADD ("/drafts/closed-store", test_closed_store);
#undef ADD

  return g_test_run ();
}
