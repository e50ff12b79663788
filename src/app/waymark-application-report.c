/* waymark-application-report.c: waymark --export-report=FILE [--from=DAY --to=DAY]
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-commands-private.h"
#include "waymark-date.h"
#include "waymark-report-pdf.h"
#include "waymark-store.h"

/* --from and --to: a day written YYYY-MM-DD, or 0 when not given;
 * FALSE for anything else. */
static gboolean
lookup_day (GVariantDict *options,
            const char   *name,
            guint32      *julian)
{
  g_autofree char *text = NULL;

  *julian = 0;
  if (!g_variant_dict_lookup (options, name, "s", &text))
    return TRUE;

  *julian = waymark_date_is_valid (text) ? waymark_date_to_julian (text) : 0;
  return *julian != 0;
}

/* The appointment report for a range of days, read-only from the plan:
 * a plan open in a window can be reported on as it is. No display
 * needed. */
int
waymark_application_report_command (GVariantDict *options,
                                    const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkReportLayout) layout = NULL;
  g_autofree char *output = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *display = NULL;
  const WaymarkLanguage *language = NULL;
  WaymarkReportFlags flags = WAYMARK_REPORT_NONE;
  WaymarkReport *report;
  guint32 first, last, default_first, default_last;
  double width, height;
  guint n_pages = 0;
  gboolean exported;

  output = _waymark_command_lookup_output (options, "export-report",
                                           _("--export-report needs a FILE to save the report to"));
  if (output == NULL)
    return EXIT_FAILURE;

  if (!lookup_day (options, "from", &first) || !lookup_day (options, "to", &last))
    {
      g_printerr ("waymark: %s\n", _("--from and --to take a day written YYYY-MM-DD, such as --from=2026-11-01"));
      return EXIT_FAILURE;
    }

  if (!_waymark_command_lookup_paper (options, &width, &height) ||
      !_waymark_command_lookup_language (options, &language))
    return EXIT_FAILURE;

  if (g_variant_dict_contains (options, "include-shared-notes"))
    flags |= WAYMARK_REPORT_SHARED_NOTES;

  store = _waymark_command_open_plan (data_file, &plan);
  if (store == NULL)
    return EXIT_FAILURE;

  /* Up to today, from the last plan review (or a month before the last
   * day asked for). */
  if (!waymark_report_default_range (store, last != 0 ? last : waymark_local_today_julian (),
                                     &default_first, &default_last, &error))
    {
      _waymark_command_print_error (plan, error);
      return EXIT_FAILURE;
    }
  if (first == 0)
    first = default_first;
  if (last == 0)
    last = default_last;
  if (first > last)
    {
      g_printerr ("waymark: %s\n", _("--from must be a day on or before --to"));
      return EXIT_FAILURE;
    }

  report = waymark_report_load (store, first, last, flags, &error);
  if (report == NULL)
    {
      _waymark_command_print_error (plan, error);
      return EXIT_FAILURE;
    }

  if (language == NULL)
    language = _waymark_command_plan_language (store);

  layout = waymark_report_layout_new (report, width, height);
  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_report_pdf_export (layout, output, &n_pages, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      _waymark_command_print_error (output, error);
      return EXIT_FAILURE;
    }

  display = g_filename_display_name (output);
  /* Translators: %s is a file name, %u the number of pages. */
  g_print (ngettext ("Saved the appointment report (%u page) to %s\n",
                     "Saved the appointment report (%u pages) to %s\n", n_pages),
           n_pages, display);
  return EXIT_SUCCESS;
}
