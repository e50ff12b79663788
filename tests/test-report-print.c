/* test-report-print.c: the appointment report on paper, read back with
 * poppler-utils: the scores with their bands, the medication, a row for
 * every day with a check-in, no note unless marked and asked for, a month on two
 * pages; and `waymark --export-report`
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-paper-size.h"
#include "waymark-questionnaire-result.h"
#include "waymark-report-pdf.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
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

static char *
run_in (const char * const *argv,
        char              **envp,
        int                *exit_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (exit_status != NULL)
    {
      *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
      return out;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return out;
}

static char *
run (const char * const *argv,
     int                *exit_status)
{
  return run_in (argv, NULL, exit_status);
}

/* The text with every run of white space made one space, so a line
 * that pdftotext spaced out still matches. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run (argv, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
assert_contains (const char *text,
                 const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” is not in the report:\n%s", wanted, text);
}

static char *
export (Fixture            *f,
        guint32             first,
        guint32             last,
        WaymarkReportFlags  flags,
        guint              *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkReportLayout) layout = NULL;
  g_autofree char *path = g_build_filename (f->tmp, "report.pdf", NULL);
  WaymarkReport *report = waymark_report_load (f->store, first, last, flags, &error);
  GStatBuf st;

  g_assert_no_error (error);
  layout = waymark_report_layout_new (report, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT);
  g_assert_true (waymark_report_pdf_export (layout, path, n_pages, &error));
  g_assert_no_error (error);

  /* The person's own: nobody else on the computer reads it. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  return g_steal_pointer (&path);
}

static char *
table_day (guint32 julian)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  return g_date_time_format (time, "%a %-d %b");
}

static char *
list_day (guint32 julian)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  return g_date_time_format (time, "%-d %b %Y");
}

static char *
format_value (double value)
{
  double rounded = round (value * 2.0) / 2.0;

  return fmod (rounded, 1.0) == 0.0 ? g_strdup_printf ("%.0f", rounded) : g_strdup_printf ("%.1f", rounded);
}

static void
assert_sample_month (Fixture            *f,
                     WaymarkReportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  char from[11];
  guint n_pages = 0;
  guint n_rows = 0;
  guint n_notes = 0;
  guint n_shared = 0;

  path = export (f, f->today - 29, f->today, flags, &n_pages);
  text = pdf_text (path);
  report = waymark_report_load (f->store, f->today - 29, f->today, flags, &error);
  g_assert_no_error (error);

  /* A month of check-ins on at most two sheets of A4. */
  g_assert_cmpuint (n_pages, ==, pdf_pages (path));
  g_assert_cmpuint (n_pages, <=, 2);

  assert_contains (text, "Appointment report — Sam Sample");
  assert_contains (text, "Sertraline");

  /* Every score with its published band, on its day. */
  g_assert_cmpuint (report->scores->len, >=, 2);
  for (guint i = 0; i < report->scores->len; i++)
    {
      const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);
      g_autofree char *day = list_day (score->julian);
      g_autofree char *line = g_strdup_printf ("%s %s %d %s", day, score->questionnaire->name, score->total,
                                               waymark_questionnaire_band (score->questionnaire, score->total));

      assert_contains (text, line);
    }
  assert_contains (text, "PHQ-9: 0–4 Minimal, 5–9 Mild, 10–14 Moderate, 15–19 Moderately severe, 20–27 Severe");
  assert_contains (text, "GAD-7: 0–4 Minimal, 5–9 Mild, 10–14 Moderate, 15–21 Severe");

  /* A row for each day with a check-in: its day, then its mood. */
  for (guint i = 0; i < report->days->len; i++)
    {
      const WaymarkReportDay *day = &g_array_index (report->days, WaymarkReportDay, i);
      g_autofree char *label = NULL;
      g_autofree char *mood = NULL;
      g_autofree char *row = NULL;

      if (day->n_checkins == 0)
        continue;
      label = table_day (day->julian);
      mood = format_value (day->mood);
      row = g_strdup_printf ("%s %s ", label, mood);
      assert_contains (text, row);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >, 15);
  g_test_message ("%u rows, %u pages", n_rows, n_pages);

  /* No note of the journal, unless marked and asked for; asked for,
   * every note marked in the range, in full. */
  waymark_date_from_julian (f->today - 29, from);
  stmt = waymark_store_prepare (f->store, "SELECT note, share_with_care_team FROM checkin "
                                          "WHERE note <> '' AND local_date >= ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *note = (const char *) sqlite3_column_text (stmt, 0);
      gboolean shared = sqlite3_column_int (stmt, 1);

      if (shared && (flags & WAYMARK_REPORT_SHARED_NOTES))
        {
          assert_contains (text, note);
          n_shared++;
        }
      else if (strstr (text, note) != NULL)
        g_error ("A note is in the report: %s", note);
      else
        n_notes++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (n_notes, >, 3);
  if (flags & WAYMARK_REPORT_SHARED_NOTES)
    {
      g_assert_cmpuint (n_shared, >, 0);
      assert_contains (text, "Notes shared with the care team");
    }
  else
    g_assert_null (strstr (text, "Notes shared with the care team"));
  g_test_message ("%u notes quoted, %u left out, %u pages", n_shared, n_notes, n_pages);
}

static void
test_sample_month (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_sample_data_fill (f->store, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, NULL, &error));
  g_assert_no_error (error);

  assert_sample_month (f, WAYMARK_REPORT_NONE);
  /* Asking for shared notes brings those marked, and none other. */
  assert_sample_month (f, WAYMARK_REPORT_SHARED_NOTES);
}

static void
test_item9 (Fixture       *f,
            gconstpointer  data)
{
  const WaymarkQuestionnaire *phq9 = waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9);
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *day = waymark_date_format_julian (f->today - 3, WAYMARK_DATE_DAY_MONTH_YEAR);
  g_autofree char *flag = NULL;
  g_autoptr(GDateTime) at = NULL;
  int answers[9] = { 2, 2, 1, 2, 1, 2, 1, 1, 2 };
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, f->today - 3);
  at = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 18, 0, 0);
  g_assert_true (waymark_questionnaire_result_set_answers (result, phq9, answers, at));
  g_assert_true (waymark_store_save (f->store, WAYMARK_RECORD (result), &error));
  g_assert_no_error (error);

  path = export (f, f->today - 29, f->today, WAYMARK_REPORT_NONE, NULL);
  text = pdf_text (path);

  /* Flagged at the top with its day and answer, and in the list. */
  assert_contains (text, "PHQ-9 question 9");
  flag = g_strdup_printf ("%s: “%s”", day, phq9->answers[2]);
  assert_contains (text, flag);
  assert_contains (text, "PHQ-9 14 Moderate Question 9: “More than half the days”");
  g_assert_cmpuint (pdf_pages (path), <=, 2);
}

static void
test_empty_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  path = export (f, f->today - 29, f->today, WAYMARK_REPORT_NONE, NULL);
  text = pdf_text (path);

  assert_contains (text, "Appointment report");
  assert_contains (text, "0 of these days have a check-in");
  assert_contains (text, "No PHQ-9 or GAD-7 was filled in over these days.");
  g_assert_null (strstr (text, "question 9"));
}

static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  const char *waymark = g_getenv ("WAYMARK_BIN");
  g_autofree char *plan = g_build_filename (f->tmp, "sam.waymark", NULL);
  g_autofree char *out = g_build_filename (f->tmp, "Sam – report.pdf", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *out_arg = g_strconcat ("--export-report=", out, NULL);
  g_autofree char *printed = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char from[11], to[11];
  g_autofree char *from_arg = NULL;
  g_autofree char *to_arg = NULL;
  int status = -1;

  if (waymark == NULL)
    {
      g_test_skip ("WAYMARK_BIN is not set");
      return;
    }

  g_assert_true (waymark_sample_data_write_file (plan, 120, NULL, &error));
  g_assert_no_error (error);

  waymark_date_from_julian (f->today - 13, from);
  waymark_date_from_julian (f->today - 7, to);
  from_arg = g_strconcat ("--from=", from, NULL);
  to_arg = g_strconcat ("--to=", to, NULL);

  {
    const char *argv[] = { waymark, data_arg, out_arg, from_arg, to_arg, "--paper=a4", NULL };

    printed = run (argv, &status);
    g_assert_cmpint (status, ==, 0);
    assert_contains (printed, "Saved the appointment report (1 page)");
  }

  text = pdf_text (out);
  assert_contains (text, "Appointment report — Sam Sample");
  {
    g_autofree char *first = waymark_date_format_julian (f->today - 13, WAYMARK_DATE_DAY_MONTH_YEAR);
    g_autofree char *last = waymark_date_format_julian (f->today - 7, WAYMARK_DATE_DAY_MONTH_YEAR);
    g_autofree char *range = g_strdup_printf ("%s to %s (7 days)", first, last);
    g_autofree char *after = table_day (f->today - 6);

    assert_contains (text, range);
    /* Not a day after the range. */
    g_assert_null (strstr (text, after));
  }

  /* A day that isn't one is refused, and nothing is written. */
  g_assert_cmpint (g_unlink (out), ==, 0);
  {
    const char *argv[] = { waymark, data_arg, out_arg, "--from=2026-02-30", NULL };
    g_autofree char *ignored = run (argv, &status);

    g_assert_cmpint (status, !=, 0);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { waymark, data_arg, out_arg, "--from=2026-03-02", "--to=2026-03-01", NULL };
    g_autofree char *ignored = run (argv, &status);

    g_assert_cmpint (status, !=, 0);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }

  /* The default range: since the sample's last review. */
  {
    const char *argv[] = { waymark, data_arg, out_arg, NULL };
    g_autofree char *ignored = run (argv, &status);

    g_assert_cmpint (status, ==, 0);
    g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  }
}


/* `--language=de` prints the report in German whatever the workstation
 * runs in: under LC_ALL=C, where gettext would ignore the language, and
 * under a French locale, whose month and weekday names must not creep
 * into the dates. */
static void
test_command_line_language (Fixture       *f,
                            gconstpointer  data)
{
  /* As glibc's de_DE writes them, Monday first. */
  static const char * const weekdays[] = { "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So" };
  static const char * const months[] = { "Jan", "Feb", "Mär", "Apr", "Mai", "Jun",
                                         "Jul", "Aug", "Sep", "Okt", "Nov", "Dez" };
  static const char * const locales[] = { "C", "fr_FR.UTF-8" };
  const char *waymark = g_getenv ("WAYMARK_BIN");
  g_autofree char *plan = g_build_filename (f->tmp, "sam.waymark", NULL);
  g_autofree char *out = g_build_filename (f->tmp, "Sam – Bericht.pdf", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *out_arg = g_strconcat ("--export-report=", out, NULL);
  g_autoptr(GError) error = NULL;
  char from[11], to[11];
  g_autofree char *from_arg = NULL;
  g_autofree char *to_arg = NULL;

  if (waymark == NULL)
    {
      g_test_skip ("WAYMARK_BIN is not set");
      return;
    }

  g_assert_true (waymark_sample_data_write_file (plan, 120, NULL, &error));
  g_assert_no_error (error);
  waymark_date_from_julian (f->today - 13, from);
  waymark_date_from_julian (f->today - 1, to);
  from_arg = g_strconcat ("--from=", from, NULL);
  to_arg = g_strconcat ("--to=", to, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      const char *argv[] = { waymark, data_arg, out_arg, from_arg, to_arg, "--language=de", NULL };
      g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", locales[l], TRUE);
      g_autofree char *printed = NULL;
      g_autofree char *text = NULL;
      guint n_german = 0;
      int status = -1;

      g_test_message ("LC_ALL=%s --language=de", locales[l]);
      envp = g_environ_unsetenv (envp, "LANGUAGE");
      printed = run_in (argv, envp, &status);
      g_assert_cmpint (status, ==, 0);
      text = pdf_text (out);

      assert_contains (text, "Bericht für den Termin – Sam Sample");
      assert_contains (text, "(13 Tage)");

      /* Every day of the table in German, none in English or French. */
      for (guint32 julian = f->today - 13; julian < f->today; julian++)
        {
          g_autoptr(GDateTime) noon = NULL;
          g_autofree char *german = NULL;
          g_autofree char *english = NULL;
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          noon = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                      12, 0, 0);
          german = g_strdup_printf ("%s %d. %s ", weekdays[g_date_get_weekday (&date) - 1],
                                    g_date_get_day (&date), months[g_date_get_month (&date) - 1]);
          english = g_date_time_format (noon, "%a %-d %b");
          if (strstr (text, german) != NULL)
            n_german++;
          g_assert_null (strstr (text, english));
        }
      g_assert_cmpuint (n_german, >, 6);
      g_assert_null (strstr (text, "déc."));
      g_assert_null (strstr (text, "nov."));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report-print/sample-month", test_sample_month);
  ADD ("/report-print/item9", test_item9);
  ADD ("/report-print/empty-plan", test_empty_plan);
  ADD ("/report-print/command-line", test_command_line);
  ADD ("/report-print/command-line-language", test_command_line_language);

  return g_test_run ();
}
