/* waymark-application-report.c: waymark --export-report=FILE [--from=DAY --to=DAY]
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-report.h"
#include "waymark-date.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-report-pdf.h"
#include "waymark-store.h"

static void
print_error (const char   *path,
             const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("waymark: %s: %s\n", display, error->message);
}

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
  g_autofree char *output_arg = NULL;
  g_autofree char *output = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *language_arg = NULL;
  g_autofree char *display = NULL;
  const WaymarkLanguage *language = NULL;
  WaymarkReportFlags flags = WAYMARK_REPORT_NONE;
  WaymarkReport *report;
  guint32 first, last, default_first, default_last;
  double width, height;
  guint n_pages = 0;
  gboolean exported;

  g_variant_dict_lookup (options, "export-report", "^ay", &output_arg);
  if (output_arg == NULL || *output_arg == '\0')
    {
      g_printerr ("waymark: %s\n", _("--export-report needs a FILE to save the report to"));
      return EXIT_FAILURE;
    }
  output = g_canonicalize_filename (output_arg, NULL);

  if (!lookup_day (options, "from", &first) || !lookup_day (options, "to", &last))
    {
      g_printerr ("waymark: %s\n", _("--from and --to take a day written YYYY-MM-DD, such as --from=2026-11-01"));
      return EXIT_FAILURE;
    }

  waymark_paper_size_default (&width, &height);
  if (g_variant_dict_lookup (options, "paper", "s", &paper) &&
      !waymark_paper_size_from_name (paper, &width, &height))
    {
      g_printerr ("waymark: %s\n", _("--paper takes “a4” or “letter”"));
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "language", "s", &language_arg) &&
      (language = waymark_language_find (language_arg)) == NULL)
    {
      g_autofree char *available = waymark_language_describe_all ();
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("Waymark has no “%s” translation. It can print in: %s"),
                                 language_arg, available);
      g_printerr ("waymark: %s\n", message);
      return EXIT_FAILURE;
    }

  if (g_variant_dict_contains (options, "include-shared-notes"))
    flags |= WAYMARK_REPORT_SHARED_NOTES;

  plan = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();

  /* Never creates a plan that was not there, and only reads. */
  store = waymark_store_open_full (plan, WAYMARK_STORE_OPEN_EXISTING, WAYMARK_PLAN_LOCK_READ_ONLY, &error);
  if (store == NULL)
    {
      print_error (plan, error);
      return EXIT_FAILURE;
    }
  if (waymark_store_get_open_notice (store) != NULL)
    g_printerr ("waymark: %s\n", waymark_store_get_open_notice (store));

  /* Up to today, from the last plan review (or a month before the last
   * day asked for). */
  if (!waymark_report_default_range (store, last != 0 ? last : waymark_local_today_julian (),
                                     &default_first, &default_last, &error))
    {
      print_error (plan, error);
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
      print_error (plan, error);
      return EXIT_FAILURE;
    }

  /* In the language asked for, or the one the plan's person reads. */
  if (language == NULL)
    {
      g_autoptr(WaymarkPerson) person = waymark_store_load_person (store, NULL);

      language = person ? waymark_language_find (waymark_person_get_language (person)) : NULL;
    }

  layout = waymark_report_layout_new (report, width, height);
  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_report_pdf_export (layout, output, &n_pages, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }

  display = g_filename_display_name (output);
  /* Translators: %s is a file name, %u the number of pages. */
  g_print (ngettext ("Saved the appointment report (%u page) to %s\n",
                     "Saved the appointment report (%u pages) to %s\n", n_pages),
           n_pages, display);
  return EXIT_SUCCESS;
}
