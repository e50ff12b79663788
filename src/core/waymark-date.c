/* waymark-date.c: the person's calendar day, dates as the plan file
 * keeps them, and dates in words
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-date"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-date.h"

/* Days are calendar days in the person's own time zone, held as GDate
 * (Julian day numbers), so month ends, leap years and the days clocks
 * change count like any other day: one. The plan file keeps them as
 * "YYYY-MM-DD". */

/**
 * waymark_local_today:
 * @tz: (nullable): the person's time zone; the local one when %NULL
 * @now: (nullable): the moment; now when %NULL
 * @today: (out caller-allocates): the calendar day it is in @tz
 */
void
waymark_local_today (GTimeZone *tz,
                     GDateTime *now,
                     GDate     *today)
{
  g_autoptr(GTimeZone) local = tz ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  g_autoptr(GDateTime) moment = now ? g_date_time_to_timezone (now, local) : g_date_time_new_now (local);

  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  g_date_time_get_day_of_month (moment),
                  g_date_time_get_month (moment),
                  g_date_time_get_year (moment));
}

/**
 * waymark_local_today_julian:
 *
 * Returns: the person's calendar day today, as g_date_get_julian ()
 */
guint32
waymark_local_today_julian (void)
{
  GDate today;

  waymark_local_today (NULL, NULL, &today);
  return g_date_get_julian (&today);
}

/**
 * waymark_local_today_iso:
 * @iso_date: (out caller-allocates): at least 11 bytes
 *
 * Writes the person's calendar day today as "YYYY-MM-DD".
 */
void
waymark_local_today_iso (char *iso_date)
{
  waymark_date_from_julian (waymark_local_today_julian (), iso_date);
}

/**
 * waymark_date_is_valid:
 * @iso_date: a string
 *
 * Returns: whether @iso_date is a real calendar date written YYYY-MM-DD
 */
gboolean
waymark_date_is_valid (const char *iso_date)
{
  int y, m, d;
  char end;

  if (iso_date == NULL || strlen (iso_date) != 10 ||
      sscanf (iso_date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3)
    return FALSE;

  return g_date_valid_dmy (d, m, y);
}

/**
 * waymark_date_to_julian:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Parsed by hand: g_date_set_parse () follows the locale, and this runs
 * once for every day of a journal.
 *
 * Returns: the day's g_date_get_julian (), or 0 when @iso_date is not a
 *   date on the calendar
 */
guint32
waymark_date_to_julian (const char *iso_date)
{
  GDate date;
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

/**
 * waymark_date_from_julian:
 * @julian: a day, as g_date_get_julian ()
 * @iso_date: (out caller-allocates): at least 11 bytes
 *
 * Writes the day as "YYYY-MM-DD", the form the plan file keeps dates in.
 */
void
waymark_date_from_julian (guint32  julian,
                          char    *iso_date)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (julian, 1));
  g_snprintf (iso_date, 11, "%04d-%02d-%02d",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * waymark_date_is_after_today:
 * @iso_date: a valid date, "YYYY-MM-DD"
 *
 * Returns: whether @iso_date comes after the person's calendar day
 *   today (ISO dates compare as strings)
 */
gboolean
waymark_date_is_after_today (const char *iso_date)
{
  char today[16];

  waymark_local_today_iso (today);
  return strcmp (iso_date, today) > 0;
}

static const char *
style_format (WaymarkDateStyle style)
{
  switch (style)
    {
    case WAYMARK_DATE_DAY_MONTH_YEAR:
      /* Translators: a date, as in "3 March 2026"; see
       * g_date_time_format () for the codes: %-d is the day without a
       * leading zero, %B the month's name, %Y the year. */
      /* xgettext:no-c-format */
      return _("%-d %B %Y");

    case WAYMARK_DATE_DAY_MONTH:
      /* Translators: a date in this year, as in "3 March"; see
       * g_date_time_format () for the codes. */
      /* xgettext:no-c-format */
      return _("%-d %B");

    case WAYMARK_DATE_WEEKDAY_MONTH_YEAR:
      /* Translators: a day, as in "Monday 3 March 2025"; see
       * g_date_time_format () for the codes. */
      /* xgettext:no-c-format */
      return _("%A %-d %B %Y");

    case WAYMARK_DATE_WEEKDAY_MONTH:
      /* Translators: a day of this year, as in "Monday 3 March"; see
       * g_date_time_format () for the codes. */
      /* xgettext:no-c-format */
      return _("%A %-d %B");

    default:
      g_return_val_if_reached (NULL);
    }
}

/* The names of months and weekdays from Waymark's own translations, not
 * the C library's: strftime () names them in the workstation's locale,
 * so a plan printed in German on an English workstation would read
 * "5. December 2026". Printing in the person's language switches only
 * the translations (waymark_language_push ()), and these follow. */
static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/* The same names after a day's number ("3 March"), where a language
 * declines them: Polish "3 marca", Ukrainian "3 березня", as the C
 * library's %B and %OB tell the two forms apart. A language that
 * doesn't decline them writes its one word for the month, and one left
 * untranslated falls back to the names above. */
static const char * const month_with_day_names[] = {
  /* Translators: a month's name after a day's number, as in "3 January".
   * Write the form your language uses there (Polish "stycznia",
   * Ukrainian "січня"); leave it as your language's word for the month
   * when it has one form only. %B in a date format gives this form, %OB
   * the month's name on its own (as in "January 2026"). */
  NC_("month after a day", "January"), NC_("month after a day", "February"),
  NC_("month after a day", "March"), NC_("month after a day", "April"),
  NC_("month after a day", "May"), NC_("month after a day", "June"),
  NC_("month after a day", "July"), NC_("month after a day", "August"),
  NC_("month after a day", "September"), NC_("month after a day", "October"),
  NC_("month after a day", "November"), NC_("month after a day", "December"),
};

static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

/* The short names too (%b, %a): "6 Dec" in a German report is as wrong
 * as "6 December". */
static const char * const month_abbreviations[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

static const char * const weekday_abbreviations[] = {
  NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"), NC_("weekday abbreviation", "Wed"),
  NC_("weekday abbreviation", "Thu"), NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
  NC_("weekday abbreviation", "Sun"),
};

/* A name's translation in @context, or %NULL when it has none. */
static const char *
lookup_name (const char *context,
             const char *name)
{
  /* As C_() does, with dgettext () itself: g_dpgettext2 () may decide,
   * once and for good, not to translate in the C locale. */
  g_autofree char *key = g_strconcat (context, "\004", name, NULL);
  const char *translated = dgettext (GETTEXT_PACKAGE, key);

  return translated == key ? NULL : translated;
}

/* A name put into a g_date_time_format () format, its "%" doubled: its
 * translation in @context, else in @fallback_context, else @name. */
static void
append_name (GString    *format,
             const char *context,
             const char *fallback_context,
             const char *name)
{
  const char *translated = lookup_name (context, name);

  if (translated == NULL && fallback_context != NULL)
    translated = lookup_name (fallback_context, name);
  if (translated == NULL)
    translated = name;

  for (const char *p = translated; *p != '\0'; p++)
    {
      if (*p == '%')
        g_string_append_c (format, '%');
      g_string_append_c (format, *p);
    }
}

/* @format with %B, %OB, %A, %b (and its twin %h) and %a replaced by
 * Waymark's own names. */
static char *
own_names_format (GDateTime  *time,
                  const char *format)
{
  GString *own = g_string_new (NULL);
  guint month = g_date_time_get_month (time) - 1;
  guint weekday = g_date_time_get_day_of_week (time) - 1;

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 'B')
        {
          /* The name as it reads after a day's number. */
          append_name (own, "month after a day", "month", month_with_day_names[month]);
          p++;
        }
      else if (p[0] == '%' && p[1] == 'O' && p[2] == 'B')
        {
          /* The name on its own. */
          append_name (own, "month", NULL, month_names[month]);
          p += 2;
        }
      else if (p[0] == '%' && p[1] == 'A')
        {
          append_name (own, "weekday", NULL, weekday_names[weekday]);
          p++;
        }
      else if (p[0] == '%' && (p[1] == 'b' || p[1] == 'h'))
        {
          append_name (own, "month abbreviation", NULL, month_abbreviations[month]);
          p++;
        }
      else if (p[0] == '%' && p[1] == 'a')
        {
          append_name (own, "weekday abbreviation", NULL, weekday_abbreviations[weekday]);
          p++;
        }
      else if (p[0] == '%' && p[1] != '\0')
        {
          /* Any other code, "%%" among them, is left to GLib. */
          g_string_append_len (own, p, 2);
          p++;
        }
      else
        g_string_append_c (own, *p);
    }

  return g_string_free (own, FALSE);
}

/* The format with every number that strftime pads with spaces (%e, %k,
 * %l, and any %_X) asked for without padding instead: a translation
 * that still says %e must not put "Saturday   5 December" on screen,
 * nor have a screen reader read the spaces out. */
static char *
unpadded_format (const char *format)
{
  GString *out = g_string_sized_new (strlen (format) + 8);

  for (const char *p = format; *p != '\0'; p++)
    {
      gboolean flagged = FALSE;

      g_string_append_c (out, *p);
      if (*p != '%' || p[1] == '\0')
        continue;

      p++;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }

      /* Flags first (GDateTime takes one of _ - 0 and O or E). */
      for (; *p == '_' || *p == '-' || *p == '0' || *p == 'O' || *p == 'E'; p++)
        {
          if (*p == '_' || *p == '-' || *p == '0')
            {
              /* A zero stays a zero ("05"): only spaces go. */
              g_string_append_c (out, *p == '0' ? '0' : '-');
              flagged = TRUE;
            }
          else
            g_string_append_c (out, *p);
        }

      if (*p == '\0')
        break;
      if (!flagged && (*p == 'e' || *p == 'k' || *p == 'l'))
        g_string_append_c (out, '-');
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * waymark_date_time_format:
 * @time: the moment
 * @format: as g_date_time_format (); %B, %OB, %A, %b and %a, the
 *   month's name after a day's number ("6 grudnia") and on its own
 *   ("grudzień"), the weekday's, and both short names, are Waymark's
 *   own translations
 *
 * Every date Waymark shows or prints goes through here. Names come in
 * the language Waymark speaks now; days and hours come without the
 * spaces strftime puts before one-digit numbers, whatever the format or
 * its translation says (%e, %k, %l, %_d), and a name the locale leaves
 * empty (an AM/PM marker) leaves no space behind.
 *
 * Returns: (transfer full) (nullable): @time in words, with no two
 *   spaces in a row and none at either end; %NULL on an invalid @format
 */
char *
waymark_date_time_format (GDateTime  *time,
                          const char *format)
{
  g_autofree char *named = NULL;
  g_autofree char *unpadded = NULL;
  g_autofree char *text = NULL;
  GString *out;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  named = own_names_format (time, format);
  unpadded = unpadded_format (named);
  text = g_date_time_format (time, unpadded);
  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, *p);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * waymark_date_format_julian_as:
 * @julian: a day, as g_date_get_julian ()
 * @format: a format for waymark_date_time_format ()
 *
 * A day in words in a format of the caller's (an axis label, a short
 * date), at noon so no time zone moves it, without padding.
 *
 * Returns: (transfer full): the day in words, or "" for a day
 *   #GDateTime can't hold
 */
char *
waymark_date_format_julian_as (guint32     julian,
                               const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  char *text = NULL;
  GDate date;

  g_return_val_if_fail (format != NULL, g_strdup (""));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (julian, 1));
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                              12, 0, 0);
  if (time != NULL)
    text = waymark_date_time_format (time, format);

  return text ? text : g_strdup ("");
}

/**
 * waymark_date_format_julian:
 * @julian: a day, as g_date_get_julian ()
 * @style: how much of it to say
 *
 * The one place a day is put in words, in the person's language: the
 * day at noon, so no time zone moves it.
 *
 * Returns: (transfer full): the day in words, or "" for a day #GDateTime
 *   can't hold
 */
char *
waymark_date_format_julian (guint32          julian,
                            WaymarkDateStyle style)
{
  g_autoptr(GDateTime) time = NULL;
  const char *format = style_format (style);
  char *text = NULL;
  GDate date;

  g_return_val_if_fail (format != NULL, g_strdup (""));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (julian, 1));
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                              12, 0, 0);
  if (time != NULL)
    text = waymark_date_time_format (time, format);

  return text ? text : g_strdup ("");
}

/**
 * waymark_date_format:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full): the day in words, as in "3 March 2026";
 *   "" when @iso_date is not a date
 */
char *
waymark_date_format (const char *iso_date)
{
  if (!waymark_date_is_valid (iso_date))
    return g_strdup ("");

  return waymark_date_format_julian (waymark_date_to_julian (iso_date), WAYMARK_DATE_DAY_MONTH_YEAR);
}

/* Dates as the person types them ------------------------------------------
 *
 * The file keeps YYYY-MM-DD; a person types and reads a date in figures
 * in their own locale's order: 31/03/1990 in Britain, 03/31/1990 in the
 * United States, 31.03.1990 in Germany. The order and the separator
 * come from the locale's D_FMT (nl_langinfo ()), the year always has
 * four figures. Under the C locale, which has no country, and a locale
 * whose dates are not three numbers (Japanese, with 年), it is
 * YYYY-MM-DD itself. Typing accepts YYYY-MM-DD always, the locale's
 * order with any separator and a two- or four-figure year, and month
 * names (g_date_set_parse ()). */

typedef struct
{
  char order[3];     /* 'd', 'm', 'y'; order[0] == 0: YYYY-MM-DD */
  char separator;
} TypedFormat;

static void
typed_format (const char  *locale_format,
              TypedFormat *format)
{
  const char *lc_time;
  guint n = 0;

  memset (format, 0, sizeof *format);

  if (locale_format == NULL)
    {
      lc_time = setlocale (LC_TIME, NULL);
      if (lc_time == NULL || g_str_equal (lc_time, "C") || g_str_equal (lc_time, "POSIX") ||
          g_str_has_prefix (lc_time, "C."))
        return;
      locale_format = nl_langinfo (D_FMT);
    }

  for (const char *p = locale_format; *p != '\0' && n <= 3; p++)
    {
      if (*p != '%')
        {
          if (n > 0 && n < 3 && format->separator == 0 && strchr ("/.-", *p) != NULL)
            format->separator = *p;
          else if (strchr ("/.- ", *p) == NULL)
            n = 4;   /* not a date in figures: 年, a month's name... */
          continue;
        }

      p++;
      while (*p == '-' || *p == '_' || *p == '0' || *p == 'E' || *p == 'O')
        p++;
      switch (*p)
        {
        case 'd': case 'e':
          format->order[n++ % 3] = 'd';
          break;
        case 'm':
          format->order[n++ % 3] = 'm';
          break;
        case 'y': case 'Y':
          format->order[n++ % 3] = 'y';
          break;
        default:
          n = 4;
        }
      if (*p == '\0')
        break;
    }

  if (n != 3 || format->separator == 0 ||
      memchr (format->order, 'd', 3) == NULL || memchr (format->order, 'm', 3) == NULL ||
      memchr (format->order, 'y', 3) == NULL)
    memset (format, 0, sizeof *format);
}

/**
 * waymark_date_to_typed_full:
 * @iso_date: (nullable): "YYYY-MM-DD", or anything else
 * @locale_format: (nullable): a D_FMT such as "%d/%m/%y"; %NULL for the
 *   locale's own
 *
 * Returns: (transfer full): @iso_date as the person types it, or a copy
 *   of @iso_date when it is not a date ("" for %NULL)
 */
char *
waymark_date_to_typed_full (const char *iso_date,
                            const char *locale_format)
{
  TypedFormat format;
  int y, m, d;
  int parts[3];

  if (!waymark_date_is_valid (iso_date))
    return g_strdup (iso_date ? iso_date : "");

  typed_format (locale_format, &format);
  if (format.order[0] == 0)
    return g_strdup (iso_date);

  sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d);
  for (guint i = 0; i < 3; i++)
    parts[i] = format.order[i] == 'd' ? d : format.order[i] == 'm' ? m : y;

  return g_strdup_printf (format.order[0] == 'y' ? "%04d%c%02d%c%02d" :
                          format.order[2] == 'y' ? "%02d%c%02d%c%04d" : "%02d%c%04d%c%02d",
                          parts[0], format.separator, parts[1], format.separator, parts[2]);
}

/**
 * waymark_date_to_typed:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full): @iso_date in figures, in the locale's order
 */
char *
waymark_date_to_typed (const char *iso_date)
{
  return waymark_date_to_typed_full (iso_date, NULL);
}

/* A two-figure year is this century's, unless that is more than twenty
 * years ahead: 31/03/90 is a birthday in 1990, 01/06/27 a goal in 2027. */
static int
full_year (int         year,
           gsize       digits,
           guint32     today_julian)
{
  GDate today;

  if (digits != 2)
    return year;

  g_date_clear (&today, 1);
  g_date_set_julian (&today, today_julian);
  if (2000 + year > g_date_get_year (&today) + 20)
    return 1900 + year;
  return 2000 + year;
}

/**
 * waymark_date_parse_typed_full:
 * @text: what the person typed
 * @locale_format: (nullable): a D_FMT such as "%d/%m/%y"; %NULL for the
 *   locale's own
 * @today_julian: today, for two-figure years
 * @iso_date: (out caller-allocates): at least 11 bytes; "YYYY-MM-DD"
 *
 * Returns: whether @text is a date on the calendar
 */
gboolean
waymark_date_parse_typed_full (const char *text,
                               const char *locale_format,
                               guint32     today_julian,
                               char       *iso_date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) numbers = NULL;
  gboolean letters = FALSE;
  TypedFormat format;
  GDate date;

  if (*stripped == '\0')
    return FALSE;

  if (waymark_date_is_valid (stripped))
    {
      strcpy (iso_date, stripped);
      return TRUE;
    }

  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      letters = TRUE;

  if (!letters)
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      int value[3];
      int d = 0, m = 0, y = 0;
      const char *p = stripped;

      /* Three numbers and whatever lies between them. */
      while (*p != '\0' && parts->len <= 3)
        {
          const char *start;

          while (*p != '\0' && !g_ascii_isdigit (*p))
            p++;
          if (*p == '\0')
            break;
          start = p;
          while (g_ascii_isdigit (*p))
            p++;
          g_ptr_array_add (parts, g_strndup (start, p - start));
        }
      g_ptr_array_set_free_func (parts, g_free);
      if (parts->len != 3)
        return FALSE;

      for (guint i = 0; i < 3; i++)
        {
          if (strlen (parts->pdata[i]) > 4)
            return FALSE;
          value[i] = atoi (parts->pdata[i]);
        }

      typed_format (locale_format, &format);
      if (strlen (parts->pdata[0]) == 4)
        {
          /* A year first is always year, month, day. */
          y = value[0];
          m = value[1];
          d = value[2];
        }
      else if (format.order[0] != 0)
        {
          for (guint i = 0; i < 3; i++)
            {
              if (format.order[i] == 'd')
                d = value[i];
              else if (format.order[i] == 'm')
                m = value[i];
              else
                y = full_year (value[i], strlen (parts->pdata[i]), today_julian);
            }
        }
      else
        return FALSE;

      if (y < 1 || y > 9999 || !g_date_valid_dmy (d, m, y))
        return FALSE;
      g_snprintf (iso_date, 11, "%04d-%02d-%02d", y, m, d);
      return TRUE;
    }

  /* "31 March 1990", "March 31, 1990": the locale's month names. */
  g_date_clear (&date, 1);
  g_date_set_parse (&date, stripped);
  if (!g_date_valid (&date))
    return FALSE;
  waymark_date_from_julian (g_date_get_julian (&date), iso_date);

  return TRUE;
}

/**
 * waymark_date_parse_typed:
 * @text: what the person typed
 * @iso_date: (out caller-allocates): at least 11 bytes; "YYYY-MM-DD"
 *
 * Returns: whether @text is a date on the calendar, in the locale's
 *   order or as YYYY-MM-DD
 */
gboolean
waymark_date_parse_typed (const char *text,
                          char       *iso_date)
{
  return waymark_date_parse_typed_full (text, NULL, waymark_local_today_julian (), iso_date);
}
