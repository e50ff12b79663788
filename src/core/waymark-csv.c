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
 * trailing space is quoted, with quotes doubled; rows end in CRLF. A
 * field starting with =, +, - or @ is also quoted and given a leading
 * apostrophe, so a spreadsheet shows a note such as "=(" as text rather
 * than running it as a formula. */

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
  formula = length > 0 && strchr ("=+-@", field[0]) != NULL && !g_ascii_isdigit (field[1]);
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

void
waymark_csv_append_row (GString            *csv,
                        const char * const *fields,
                        guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      waymark_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}
