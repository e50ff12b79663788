/* test-reminder.c: when a reminder is due, with a "now" of our own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "waymark-autostart.h"
#include "waymark-checkin.h"
#include "waymark-date.h"
#include "waymark-plan-review.h"
#include "waymark-reminder.h"
#include "waymark-test-utils.h"

/* A fake clock: any local moment. */
static GDateTime *
at (int month,
    int day,
    int hour,
    int minute)
{
  return g_date_time_new_local (2026, month, day, hour, minute, 0);
}

static guint32
julian (int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, 2026);
  return g_date_get_julian (&date);
}

/* The person's own plan, check-in reminders at 20:00, nothing sent yet. */
static WaymarkReminderState
evening_checkins (void)
{
  WaymarkReminderState state = {
    .checkin_enabled = TRUE,
    .minutes = 20 * 60,
    .default_plan = TRUE,
  };

  return state;
}

static void
test_checkin_from_the_chosen_time (void)
{
  WaymarkReminderState state = evening_checkins ();
  g_autoptr(GDateTime) morning = at (12, 6, 7, 30);
  g_autoptr(GDateTime) just_before = at (12, 6, 19, 59);
  g_autoptr(GDateTime) on_time = at (12, 6, 20, 0);
  g_autoptr(GDateTime) late = at (12, 6, 23, 59);

  g_assert_cmpint (waymark_reminder_due (&state, morning), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, just_before), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, on_time), ==, WAYMARK_REMINDER_CHECKIN);
  /* Turned on (or logged in) after the time: at once, not tomorrow. */
  g_assert_cmpint (waymark_reminder_due (&state, late), ==, WAYMARK_REMINDER_CHECKIN);

  /* Off: never. */
  state.checkin_enabled = FALSE;
  g_assert_cmpint (waymark_reminder_due (&state, late), ==, WAYMARK_REMINDER_NONE);
}

static void
test_checkin_only_without_one_today (void)
{
  WaymarkReminderState state = evening_checkins ();
  g_autoptr(GDateTime) now = at (12, 6, 21, 0);

  state.has_checkin_today = TRUE;
  g_assert_cmpint (waymark_reminder_due (&state, now), ==, WAYMARK_REMINDER_NONE);
  state.has_checkin_today = FALSE;
  g_assert_cmpint (waymark_reminder_due (&state, now), ==, WAYMARK_REMINDER_CHECKIN);
}

static void
test_checkin_once_a_day (void)
{
  WaymarkReminderState state = evening_checkins ();
  g_autoptr(GDateTime) tonight = at (12, 6, 21, 0);
  g_autoptr(GDateTime) later_tonight = at (12, 6, 22, 30);
  g_autoptr(GDateTime) tomorrow_morning = at (12, 7, 9, 0);
  g_autoptr(GDateTime) tomorrow_night = at (12, 7, 20, 5);

  g_assert_cmpint (waymark_reminder_due (&state, tonight), ==, WAYMARK_REMINDER_CHECKIN);
  state.checkin_sent_on = waymark_reminder_day_of (tonight);
  g_assert_cmpuint (state.checkin_sent_on, ==, julian (12, 6));
  g_assert_cmpint (waymark_reminder_due (&state, later_tonight), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, tomorrow_morning), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, tomorrow_night), ==, WAYMARK_REMINDER_CHECKIN);
}

static void
test_only_the_persons_own_plan (void)
{
  WaymarkReminderState state = evening_checkins ();
  g_autoptr(GDateTime) now = at (12, 6, 21, 0);

  state.review_enabled = TRUE;
  state.next_review = julian (12, 6);

  state.default_plan = FALSE;
  g_assert_cmpint (waymark_reminder_due (&state, now), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_next_check (&state, now), ==, -1);

  state.default_plan = TRUE;
  state.shared_computer = TRUE;
  g_assert_cmpint (waymark_reminder_due (&state, now), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_next_check (&state, now), ==, -1);

  state.shared_computer = FALSE;
  g_assert_cmpint (waymark_reminder_due (&state, now), ==,
                   WAYMARK_REMINDER_CHECKIN | WAYMARK_REMINDER_REVIEW);
}

static void
test_review_when_due (void)
{
  WaymarkReminderState state = {
    .review_enabled = TRUE,
    .minutes = 9 * 60 + 30,
    .default_plan = TRUE,
    .next_review = julian (12, 10),
  };
  g_autoptr(GDateTime) day_before = at (12, 9, 12, 0);
  g_autoptr(GDateTime) due_early = at (12, 10, 9, 0);
  g_autoptr(GDateTime) due = at (12, 10, 9, 30);
  g_autoptr(GDateTime) overdue = at (12, 20, 10, 0);

  g_assert_cmpint (waymark_reminder_due (&state, day_before), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, due_early), ==, WAYMARK_REMINDER_NONE);
  g_assert_cmpint (waymark_reminder_due (&state, due), ==, WAYMARK_REMINDER_REVIEW);
  /* The computer was off on the day: the first time after. */
  g_assert_cmpint (waymark_reminder_due (&state, overdue), ==, WAYMARK_REMINDER_REVIEW);

  /* Once for each due date. */
  state.review_sent_for = julian (12, 10);
  g_assert_cmpint (waymark_reminder_due (&state, overdue), ==, WAYMARK_REMINDER_NONE);

  /* A new review sets a new date: reminded again when that comes. */
  state.next_review = julian (12, 24);
  g_assert_cmpint (waymark_reminder_due (&state, overdue), ==, WAYMARK_REMINDER_NONE);
  {
    g_autoptr(GDateTime) then = at (12, 24, 9, 30);
    g_assert_cmpint (waymark_reminder_due (&state, then), ==, WAYMARK_REMINDER_REVIEW);
  }

  /* No date, nothing; the check-in reminder being off does not matter. */
  state.next_review = 0;
  g_assert_cmpint (waymark_reminder_due (&state, overdue), ==, WAYMARK_REMINDER_NONE);
}

static void
test_next_check (void)
{
  WaymarkReminderState state = evening_checkins ();
  g_autoptr(GDateTime) morning = at (12, 6, 7, 30);
  g_autoptr(GDateTime) night = at (12, 6, 21, 0);

  g_assert_cmpint (waymark_reminder_next_check (&state, morning), ==,
                   (gint64) (12 * 60 + 30) * 60 * G_TIME_SPAN_SECOND);
  /* Past today's time: tomorrow's. */
  g_assert_cmpint (waymark_reminder_next_check (&state, night), ==,
                   (gint64) 23 * 60 * 60 * G_TIME_SPAN_SECOND);

  state.checkin_enabled = FALSE;
  g_assert_cmpint (waymark_reminder_next_check (&state, night), ==, -1);
  state.review_enabled = TRUE;
  g_assert_cmpint (waymark_reminder_next_check (&state, night), >, 0);
}

static void
save_review (WaymarkStore *store,
             const char   *date,
             const char   *next)
{
  g_autoptr(WaymarkRecord) review = WAYMARK_RECORD (waymark_plan_review_new ());
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_DATE, date);
  waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, next);
  g_assert_true (waymark_store_save (store, review, &error));
  g_assert_no_error (error);
}

static void
test_read_plan (void)
{
  g_autofree char *tmpdir = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  WaymarkReminderState state = { .has_checkin_today = TRUE, .next_review = 1 };
  guint32 today = waymark_local_today_julian ();
  char yesterday[16];

  g_assert_true (waymark_reminder_read_plan (store, today, &state, &error));
  g_assert_no_error (error);
  g_assert_false (state.has_checkin_today);
  g_assert_cmpuint (state.next_review, ==, 0);

  /* Yesterday's check-in is not today's. */
  {
    g_autoptr(WaymarkCheckin) old = waymark_checkin_new ();
    g_autoptr(GDateTime) then = g_date_time_add_days (now, -1);

    waymark_checkin_set_time (old, then);
    g_assert_true (waymark_store_save_checkin (store, old, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_true (waymark_reminder_read_plan (store, today, &state, &error));
  g_assert_false (state.has_checkin_today);

  waymark_checkin_set_time (checkin, now);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, &error));
  g_assert_no_error (error);

  /* The latest review's next date counts, whatever order they were added in. */
  waymark_date_from_julian (today - 1, yesterday);
  save_review (store, "2026-01-05", "2026-03-01");
  save_review (store, yesterday, "2027-02-01");
  save_review (store, "2026-02-05", "2026-04-01");

  g_assert_true (waymark_reminder_read_plan (store, today, &state, &error));
  g_assert_no_error (error);
  g_assert_true (state.has_checkin_today);
  g_assert_cmpuint (state.next_review, ==, waymark_date_to_julian ("2027-02-01"));

  /* Tomorrow has none yet. */
  g_assert_true (waymark_reminder_read_plan (store, today + 1, &state, &error));
  g_assert_false (state.has_checkin_today);

  g_clear_object (&store);
  waymark_test_remove_tree (tmpdir);
}

/* The autostart entry runs Waymark in the background, and goes away. */
static void
test_autostart_entry (void)
{
  g_autofree char *path = waymark_autostart_path ();
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  g_autofree char *odd = NULL;
  GStatBuf st;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (g_str_has_suffix (path, "/autostart/" APPLICATION_ID ".desktop"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (waymark_autostart_set (TRUE, "/usr/bin/waymark", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_cmpstr (exec, ==, "/usr/bin/waymark --background");
  type = g_key_file_get_string (entry, "Desktop Entry", "Type", NULL);
  g_assert_cmpstr (type, ==, "Application");

  /* A path with a space and a quote survives the Exec key's quoting. */
  g_assert_true (waymark_autostart_set (TRUE, "/opt/my apps/way\"mark", &error));
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  odd = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_cmpstr (odd, ==, "\"/opt/my apps/way\\\"mark\" --background");

  g_assert_true (waymark_autostart_set (FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Already gone: fine. */
  g_assert_true (waymark_autostart_set (FALSE, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;

  /* Our own config folder, before GLib first reads it. */
  config = g_dir_make_tmp ("waymark-test-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder/autostart-entry", test_autostart_entry);

  g_test_add_func ("/reminder/checkin/from-the-chosen-time", test_checkin_from_the_chosen_time);
  g_test_add_func ("/reminder/checkin/only-without-one-today", test_checkin_only_without_one_today);
  g_test_add_func ("/reminder/checkin/once-a-day", test_checkin_once_a_day);
  g_test_add_func ("/reminder/only-the-persons-own-plan", test_only_the_persons_own_plan);
  g_test_add_func ("/reminder/review/when-due", test_review_when_due);
  g_test_add_func ("/reminder/next-check", test_next_check);
  g_test_add_func ("/reminder/read-plan", test_read_plan);

  {
    int status = g_test_run ();

    waymark_test_remove_tree (config);
    return status;
  }
}
