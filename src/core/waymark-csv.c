/* waymark-csv.c: writing CSV that spreadsheets read back exactly
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-csv"

#include "config.h"

#include <string.h>

#include "waymark-csv.h"

/* RFC 4180: a field holding a comma, a quote, a line break, or leading or
 * trailing space is quoted, with quotes doubled; rows end in CRLF.
 *
 * Formulas: a spreadsheet runs a cell starting with =, +, -, @, a tab or
 * a carriage return as a formula ("=1+cmd|' /C calc'!A0", "-2+3+cmd…").
 * Every text cell that starts so, whatever column it is in (notes, tags,
 * medication and routine names, tracker names in the header), is given a
 * leading apostrophe, which spreadsheets show as text, and is quoted.
 * No exception for text that looks like a number: "-5" typed as a tag is
 * still text.
 *
 * Numbers Waymark itself writes into its numeric columns (mood, sleep,
 * tracker values) go through waymark_csv_append_number (), which writes
 * them bare only when the whole field is a plain decimal number, so a
 * negative tracker value stays a number a spreadsheet can add up; any
 * other text given to it is treated as a text cell. */

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void
waymark_csv_append_field (GString    *line,
                          const char *field)
{
  gboolean formula, quote;
  gsize length;

  g_return_if_fail (line != NULL);

  if (field == NULL)
    field = "";

  length = strlen (field);
  formula = length > 0 && is_formula_start (field[0]);
  quote = formula || strpbrk (field, ",\"\r\n") != NULL ||
          (length > 0 && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[length - 1])));

  if (!quote)
    {
      g_string_append (line, field);
      return;
    }

  g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* -?digits(.digits)?(e[+-]?digits)?, and nothing else. */
static gboolean
is_plain_number (const char *p)
{
  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

/**
 * waymark_csv_append_number:
 * @number: (nullable): a number Waymark formatted, such as "-2.5"
 *
 * Appends a cell of a numeric column: a plain number as it is, anything
 * else as a text cell (see waymark_csv_append_field ()).
 */
void
waymark_csv_append_number (GString    *line,
                           const char *number)
{
  g_return_if_fail (line != NULL);

  if (number != NULL && is_plain_number (number))
    g_string_append (line, number);
  else
    waymark_csv_append_field (line, number);
}

void
waymark_csv_append_row (GString            *csv,
                        const char * const *fields,
                        guint               n_fields)
{
  waymark_csv_append_row_full (csv, fields, NULL, n_fields);
}

/**
 * waymark_csv_append_row_full:
 * @numeric: (nullable) (array length=n_fields): which fields are numbers
 *   Waymark wrote, see waymark_csv_append_number ()
 */
void
waymark_csv_append_row_full (GString            *csv,
                             const char * const *fields,
                             const gboolean     *numeric,
                             guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      if (numeric != NULL && numeric[i])
        waymark_csv_append_number (csv, fields[i]);
      else
        waymark_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}
