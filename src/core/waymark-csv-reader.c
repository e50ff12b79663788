/* waymark-csv-reader.c: CSV read with libcsv, each row knowing its line
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import"

#include "config.h"

#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#include "waymark-csv-reader.h"
#include "waymark-import-result.h"

/* Other apps' CSV exports (RFC 4180 quoting, notes with line breaks)
 * read with libcsv, strictly, fed a line at a time so that each row
 * knows the line it starts on: a message about a row names that line,
 * and a file libcsv refuses names the line where it went wrong. */

typedef struct
{
  GPtrArray *rows;           /* WaymarkCsvRow * */
  GPtrArray *fields;         /* of the row being read */
  guint      line;           /* the line being fed */
  guint      row_line;
  guint      row_newlines;
  guint      next_row_line;  /* where the row after the last one read starts */
} Reader;

void
waymark_csv_row_free (WaymarkCsvRow *row)
{
  g_strfreev (row->fields);
  g_free (row);
}

/* libcsv's callbacks: a field, the end of a row. */
static void
field_cb (void   *data,
          size_t  length,
          void   *user_data)
{
  Reader *reader = user_data;
  const char *text = data ? data : "";

  if (reader->fields->len == 0)
    reader->row_newlines = 0;
  for (size_t i = 0; i < length; i++)
    if (text[i] == '\n')
      reader->row_newlines++;
  if (reader->fields->len == 0)
    reader->row_line = reader->line - reader->row_newlines;
  g_ptr_array_add (reader->fields, g_strndup (text, length));
}

static void
row_cb (int   terminator,
        void *user_data)
{
  Reader *reader = user_data;
  WaymarkCsvRow *row = g_new0 (WaymarkCsvRow, 1);

  g_ptr_array_add (reader->fields, NULL);
  row->line = reader->row_line;
  row->fields = (GStrv) g_ptr_array_free (reader->fields, FALSE);
  reader->fields = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reader->rows, row);
  reader->next_row_line = reader->line + 1;
}

/**
 * waymark_csv_read_rows:
 * @data: the file's bytes (a byte-order mark first is skipped)
 * @file_name: its name, for messages
 *
 * Returns: (transfer full) (element-type WaymarkCsvRow) (nullable): every
 *   row; %NULL with @error set, naming the line, if it isn't CSV
 */
GPtrArray *
waymark_csv_read_rows (const char  *data,
                       gsize        length,
                       const char  *file_name,
                       GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_csv_row_free);
  g_autofree char *name = g_filename_display_basename (file_name);
  struct csv_parser parser;
  Reader reader = { rows, g_ptr_array_new_with_free_func (g_free), 0, 1, 0, 1 };
  const char *p = data, *end = data + length;
  int rc;

  /* A byte-order mark, as spreadsheets leave. */
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  csv_init (&parser, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      gsize n = newline ? (gsize) (newline - p + 1) : (gsize) (end - p);

      reader.line++;
      if (csv_parse (&parser, p, n, field_cb, row_cb, &reader) != n)
        break;
      p += n;
    }
  rc = p < end ? 0 : csv_fini (&parser, field_cb, row_cb, &reader);
  if (p == end && rc != 0)
    /* Only a quote left open reaches the end: name where it began. */
    g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                 /* Translators: %s is a file name, %u a line number. */
                 _("“%s” can’t be read as CSV: the entry on line %u opens a quote that is never closed"),
                 name, reader.next_row_line);
  else if (p < end)
    g_set_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED,
                 /* Translators: the first %s is a file name, %u a line number, the last %s what went wrong. */
                 _("“%s” can’t be read as CSV at line %u: %s"),
                 name, reader.line,
                 csv_error (&parser) == CSV_EPARSE ? _("a quote where none belongs")
                                                   : csv_strerror (csv_error (&parser)));
  csv_free (&parser);
  g_ptr_array_unref (reader.fields);
  if (rc != 0 || p < end)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * waymark_csv_read_header:
 *
 * The first line of @data read as CSV, for telling a format from its
 * column names; a header never holds a line break.
 *
 * Returns: (transfer full) (nullable): its fields, stripped and in lower
 *   case; %NULL if it isn't CSV
 */
GStrv
waymark_csv_read_header (const char *data,
                         gsize       length)
{
  g_autoptr(GPtrArray) rows = NULL;
  const char *newline = memchr (data, '\n', MIN (length, 65536));
  GStrv header;

  rows = waymark_csv_read_rows (data, newline ? (gsize) (newline - data) : MIN (length, 65536), "", NULL);
  if (rows == NULL || rows->len == 0)
    return NULL;
  header = g_strdupv (((WaymarkCsvRow *) rows->pdata[0])->fields);
  for (guint i = 0; header[i] != NULL; i++)
    {
      char *lower = g_utf8_strdown (g_strstrip (header[i]), -1);

      g_free (header[i]);
      header[i] = lower;
    }
  return header;
}

/* Which column of @header (as waymark_csv_read_header () gives it) is
 * @name, or -1. */
int
waymark_csv_find_column (GStrv       header,
                         const char *name)
{
  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return (int) i;
  return -1;
}

/* @row's field in @column, "" when the row is shorter or @column is -1. */
const char *
waymark_csv_row_field (WaymarkCsvRow *row,
                       int            column)
{
  if (column < 0 || (guint) column >= g_strv_length (row->fields))
    return "";
  return row->fields[column];
}

/* A line with nothing in it. */
gboolean
waymark_csv_row_is_empty (WaymarkCsvRow *row)
{
  for (guint i = 0; row->fields[i] != NULL; i++)
    {
      g_autofree char *field = g_strstrip (g_strdup (row->fields[i]));

      if (*field != '\0')
        return FALSE;
    }
  return TRUE;
}
