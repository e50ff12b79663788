/* test-date.c: the person's calendar day, dates in words, and the clock
 * that says when the day changed at midnight, with a "now" of our own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "waymark-clock.h"
#include "waymark-date.h"
#include "waymark-language.h"

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
test_iso (void)
{
  char iso[16];

  g_assert_true (waymark_date_is_valid ("2024-02-29"));
  g_assert_false (waymark_date_is_valid ("2023-02-29"));
  g_assert_false (waymark_date_is_valid ("2024-2-9"));
  g_assert_false (waymark_date_is_valid ("2024-02-29x"));
  g_assert_false (waymark_date_is_valid (NULL));

  g_assert_cmpuint (waymark_date_to_julian ("2026-03-03"), ==, julian (2026, 3, 3));
  g_assert_cmpuint (waymark_date_to_julian ("2026-02-30"), ==, 0);
  waymark_date_from_julian (julian (2026, 3, 3), iso);
  g_assert_cmpstr (iso, ==, "2026-03-03");

  waymark_local_today_iso (iso);
  g_assert_cmpuint (waymark_date_to_julian (iso), ==, waymark_local_today_julian ());
  g_assert_false (waymark_date_is_after_today (iso));
  waymark_date_from_julian (waymark_local_today_julian () + 1, iso);
  g_assert_true (waymark_date_is_after_today (iso));
}

/* The tests run under C.UTF-8: English month and day names. */
static void
test_format (void)
{
  guint32 day = julian (2026, 3, 3);
  struct {
    WaymarkDateStyle  style;
    const char       *text;
  } styles[] = {
    { WAYMARK_DATE_DAY_MONTH_YEAR, "3 March 2026" },
    { WAYMARK_DATE_DAY_MONTH, "3 March" },
    { WAYMARK_DATE_WEEKDAY_MONTH_YEAR, "Tuesday 3 March 2026" },
    { WAYMARK_DATE_WEEKDAY_MONTH, "Tuesday 3 March" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *text = waymark_date_format_julian (day, styles[i].style);

      g_assert_cmpstr (text, ==, styles[i].text);
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = waymark_date_format (i == 0 ? "2026-12-31" : "2024-02-29");

      g_assert_cmpstr (text, ==, i == 0 ? "31 December 2026" : "29 February 2024");
    }

  for (guint i = 0; i < 3; i++)
    {
      const char *not_dates[] = { NULL, "", "2026-13-01" };
      g_autofree char *text = waymark_date_format (not_dates[i]);

      g_assert_cmpstr (text, ==, "");
    }
}

/* A clock whose time the test sets. */
typedef struct
{
  GDateTime *now;
  guint      day_changed;
  guint      notified;
} FakeTime;

static GDateTime *
fake_now (gpointer user_data)
{
  FakeTime *fake = user_data;

  return g_date_time_ref (fake->now);
}

static void
set_now (FakeTime  *fake,
         GDateTime *now)
{
  g_date_time_unref (fake->now);
  fake->now = now;
}

static void
day_changed_cb (WaymarkClock *clock,
                FakeTime     *fake)
{
  fake->day_changed++;
}

static void
notify_today_cb (WaymarkClock *clock,
                 GParamSpec   *pspec,
                 FakeTime     *fake)
{
  fake->notified++;
}

static WaymarkClock *
fake_clock (FakeTime  *fake,
            GDateTime *now)
{
  WaymarkClock *clock;

  fake->now = now;
  clock = waymark_clock_new (fake_now, fake, NULL);
  g_signal_connect (clock, "day-changed", G_CALLBACK (day_changed_cb), fake);
  g_signal_connect (clock, "notify::today", G_CALLBACK (notify_today_cb), fake);

  return clock;
}

static gboolean
deadline_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_CONTINUE;
}

/* A second before midnight the clock waits a second (of real time, on
 * the main loop); when it looks, it is the next day. */
static void
test_clock_midnight (void)
{
  FakeTime fake = { 0 };
  g_autoptr(WaymarkClock) clock = fake_clock (&fake, g_date_time_new_local (2026, 3, 3, 23, 59, 59.0));
  gboolean timed_out = FALSE;
  guint deadline = g_timeout_add_seconds (30, deadline_cb, &timed_out);

  g_assert_cmpuint (waymark_clock_get_today (clock), ==, julian (2026, 3, 3));

  set_now (&fake, g_date_time_new_local (2026, 3, 4, 0, 0, 0.5));
  while (fake.day_changed == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_clear_handle_id (&deadline, g_source_remove);

  g_assert_cmpuint (fake.day_changed, ==, 1);
  g_assert_cmpuint (fake.notified, ==, 1);
  g_assert_cmpuint (waymark_clock_get_today (clock), ==, julian (2026, 3, 4));

  /* Armed again for the next midnight, a day (or at most an hour) away:
   * nothing is due now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (fake.day_changed, ==, 1);

  g_date_time_unref (fake.now);
}

/* Looking again on the same day says nothing; after the computer slept
 * through two nights, or the clock was set back, the day changed. */
static void
test_clock_check (void)
{
  FakeTime fake = { 0 };
  g_autoptr(WaymarkClock) clock = fake_clock (&fake, g_date_time_new_local (2026, 3, 3, 9, 0, 0));

  set_now (&fake, g_date_time_new_local (2026, 3, 3, 23, 0, 0));
  waymark_clock_check (clock);
  g_assert_cmpuint (fake.day_changed, ==, 0);
  g_assert_cmpuint (fake.notified, ==, 0);

  set_now (&fake, g_date_time_new_local (2026, 3, 5, 7, 30, 0));
  waymark_clock_check (clock);
  g_assert_cmpuint (fake.day_changed, ==, 1);
  g_assert_cmpuint (waymark_clock_get_today (clock), ==, julian (2026, 3, 5));

  set_now (&fake, g_date_time_new_local (2026, 3, 4, 22, 0, 0));
  waymark_clock_check (clock);
  g_assert_cmpuint (fake.day_changed, ==, 2);
  g_assert_cmpuint (fake.notified, ==, 2);
  g_assert_cmpuint (waymark_clock_get_today (clock), ==, julian (2026, 3, 4));

  g_date_time_unref (fake.now);
}

static void
assert_unpadded (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 0);
  if (strstr (text, "  ") != NULL || text[0] == ' ' || text[strlen (text) - 1] == ' ')
    g_error ("“%s” is padded with spaces", text);
}

/* No date is padded with spaces ("Saturday   5 December", "on  2 Dec"),
 * in any style, in English or German, whatever a format or its
 * translation asks for. */
static void
test_format_unpadded (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };
  const char *formats[] = { "%e %b", "%A %e %B", "%_d.%_m.", "%a %e %b %Y", "%k:%M", "%l:%M %p", "%-d %B, %H:%M" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_assert_nonnull (setlocale (LC_ALL, locales[l]));

      for (guint d = 1; d <= 12; d++)
        {
          guint32 day = julian (2026, 12, d);
          g_autoptr(GDateTime) morning = g_date_time_new_utc (2026, 12, d, 8, 5, 0);

          for (WaymarkDateStyle style = WAYMARK_DATE_DAY_MONTH_YEAR; style <= WAYMARK_DATE_WEEKDAY_MONTH; style++)
            {
              g_autofree char *text = waymark_date_format_julian (day, style);

              assert_unpadded (text);
            }

          for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
            {
              g_autofree char *text = waymark_date_time_format (morning, formats[f]);
              g_autofree char *as_day = waymark_date_format_julian_as (day, formats[f]);

              assert_unpadded (text);
              assert_unpadded (as_day);
            }
        }
    }

  setlocale (LC_ALL, saved);

  /* What the person reads, in English; zeros asked for stay. */
  {
    g_autoptr(GDateTime) saturday = g_date_time_new_utc (2026, 12, 5, 8, 5, 0);
    g_autofree char *long_day = waymark_date_time_format (saturday, "%A %e %B");
    g_autofree char *short_day = waymark_date_time_format (saturday, "on %e %b");
    g_autofree char *clock = waymark_date_time_format (saturday, "%l:%M %p");
    g_autofree char *zeros = waymark_date_time_format (saturday, "%d.%0m. %%e %H:%M");

    g_assert_cmpstr (long_day, ==, "Saturday 5 December");
    g_assert_cmpstr (short_day, ==, "on 5 Dec");
    g_assert_cmpstr (clock, ==, "8:05 AM");
    g_assert_cmpstr (zeros, ==, "05.12. %e 08:05");
  }

  /* And in German, through the translations. */
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  {
    g_autofree char *text = waymark_date_format_julian (julian (2026, 12, 5), WAYMARK_DATE_WEEKDAY_MONTH);

    g_assert_cmpstr (text, ==, "Samstag, 5. Dezember");
  }
  setlocale (LC_ALL, saved);
}

/* Dates typed and shown in figures, in the locale's order; the file keeps
 * YYYY-MM-DD. */
static void
test_typed (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  guint32 today = julian (2026, 12, 6);
  char iso[11];
  const struct {
    const char *locale_format;
    const char *shown;
  } shown[] = {
    { "%d/%m/%y", "31/03/1990" },   /* en_GB */
    { "%m/%d/%Y", "03/31/1990" },   /* en_US */
    { "%d.%m.%Y", "31.03.1990" },   /* de_DE */
    { "%Y-%m-%d", "1990-03-31" },
    { "%Y年%m月%d日", "1990-03-31" }, /* ja_JP: not in figures alone */
    { "%d %b, %Y", "1990-03-31" },
  };
  const struct {
    const char *locale_format;
    const char *typed;
    const char *iso;   /* NULL: not a date */
  } typed[] = {
    { "%d/%m/%y", "31/03/1990", "1990-03-31" },
    { "%d/%m/%y", " 31/3/90 ", "1990-03-31" },
    { "%d/%m/%y", "1.6.27", "2027-06-01" },
    { "%d/%m/%y", "31-03-1990", "1990-03-31" },
    { "%d/%m/%y", "1990-03-31", "1990-03-31" },
    { "%d/%m/%y", "1990/3/31", "1990-03-31" },
    { "%m/%d/%Y", "03/31/1990", "1990-03-31" },
    { "%m/%d/%Y", "31/03/1990", NULL },
    { "%d.%m.%Y", "29.02.2024", "2024-02-29" },
    { "%d.%m.%Y", "29.02.2025", NULL },
    { "%d.%m.%Y", "31.04.2026", NULL },
    { "%d/%m/%y", "31/03", NULL },
    { "%d/%m/%y", "someday", NULL },
    { "%d/%m/%y", "1/2/3/4", NULL },
    { "%d/%m/%y", "", NULL },
    { NULL, "1990-03-31", "1990-03-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = waymark_date_to_typed_full ("1990-03-31", shown[i].locale_format);

      g_assert_cmpstr (text, ==, shown[i].shown);
    }

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gboolean read = waymark_date_parse_typed_full (typed[i].typed, typed[i].locale_format, today, iso);

      if (typed[i].iso == NULL)
        g_assert_false (read);
      else
        {
          g_assert_true (read);
          g_assert_cmpstr (iso, ==, typed[i].iso);
        }
    }

  /* What is shown reads back as the same day, in every locale we have. */
  {
    const char *locales[] = { "C.UTF-8", "en_GB.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8" };

    for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
      {
        g_autofree char *text = NULL;

        if (setlocale (LC_ALL, locales[l]) == NULL)
          continue;
        text = waymark_date_to_typed ("2024-02-29");
        g_assert_true (waymark_date_parse_typed (text, iso));
        g_assert_cmpstr (iso, ==, "2024-02-29");
      }

    /* The C locale has no country: the file's own way. */
    g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
    {
      g_autofree char *text = waymark_date_to_typed ("2024-02-29");

      g_assert_cmpstr (text, ==, "2024-02-29");
    }
    if (setlocale (LC_ALL, "en_GB.UTF-8") != NULL)
      {
        g_autofree char *text = waymark_date_to_typed ("2024-02-09");

        g_assert_cmpstr (text, ==, "09/02/2024");
        g_assert_true (waymark_date_parse_typed ("9 February 2024", iso));
        g_assert_cmpstr (iso, ==, "2024-02-09");
      }
    setlocale (LC_ALL, saved);
  }
}

/* Printed in Polish or Ukrainian from a workstation in English: after a
 * day's number the month is in the genitive ("6 grudnia 2026"), on its
 * own in the nominative ("grudzień 2026"); the short names are the
 * language's too, not the workstation's ("nie 6 gru", not "Sun 6 Dec").
 * A language with one form (German) reads the same in both. */
static void
test_format_declined (void)
{
  g_autoptr(GDateTime) sunday = g_date_time_new_utc (2026, 12, 6, 12, 0, 0);
  struct {
    const char *language, *day, *month, *short_day;
  } expected[] = {
    { "pl", "6 grudnia 2026", "grudzień 2026", "nie 6 gru" },
    { "uk", "6 грудня 2026", "грудень 2026", "нд 6 гру" },
    { "pt_BR", "6 de dezembro de 2026", "dezembro 2026", "dom 6 dez" },
    { "de", "6. Dezember 2026", "Dezember 2026", "So 6 Dez" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *day = NULL;
      g_autofree char *month = NULL;
      g_autofree char *short_day = NULL;

      waymark_language_push (expected[i].language);
      day = waymark_date_format_julian (julian (2026, 12, 6), WAYMARK_DATE_DAY_MONTH_YEAR);
      month = waymark_date_time_format (sunday, "%OB %Y");
      short_day = waymark_date_time_format (sunday, "%a %-d %b");
      waymark_language_pop ();

      g_assert_cmpstr (day, ==, expected[i].day);
      g_assert_cmpstr (month, ==, expected[i].month);
      g_assert_cmpstr (short_day, ==, expected[i].short_day);
    }

  /* English has no translation, and keeps the C library's names. */
  {
    g_autofree char *day = waymark_date_time_format (sunday, "%a %-d %b, %-d %B, %OB");

    g_assert_cmpstr (day, ==, "Sun 6 Dec, 6 December, December");
  }
}

static void
test_clock_default (void)
{
  WaymarkClock *clock = waymark_clock_get_default ();

  g_assert_true (clock == waymark_clock_get_default ());
  g_assert_cmpuint (waymark_clock_get_today (clock), ==, waymark_local_today_julian ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/waymark/date/iso", test_iso);
  g_test_add_func ("/waymark/date/format", test_format);
  g_test_add_func ("/waymark/date/format-unpadded", test_format_unpadded);
  g_test_add_func ("/waymark/date/typed", test_typed);
  g_test_add_func ("/waymark/date/format-declined", test_format_declined);
  g_test_add_func ("/waymark/date/clock-midnight", test_clock_midnight);
  g_test_add_func ("/waymark/date/clock-check", test_clock_check);
  g_test_add_func ("/waymark/date/clock-default", test_clock_default);

  return g_test_run ();
}
