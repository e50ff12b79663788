/* bench-report.c: the appointment report over ten years. Run by hand:
 *
 *   _build/tests/bench/bench-report [DAYS]
 *
 * Writes the fictional sample plan with ten years of daily check-ins
 * (or DAYS), then prints the time to gather the report for the whole
 * history, to lay it out, and to write the PDF: the median and worst of
 * 5 runs, and the same for the last 30 days. The issue asks for ten
 * years in under a second.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "waymark-date.h"
#include "waymark-paper-size.h"
#include "waymark-report-pdf.h"
#include "waymark-sample-data.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_times (const char *what,
             double     *ms)
{
  qsort (ms, RUNS, sizeof (double), compare_doubles);
  g_print ("  %-28s median %8.1f ms   worst %8.1f ms\n", what, ms[RUNS / 2], ms[RUNS - 1]);
}

static void
bench_range (WaymarkStore *store,
             const char   *name,
             guint32       first,
             guint32       last,
             const char   *pdf)
{
  double load[RUNS], layout_ms[RUNS], write[RUNS], total[RUNS];
  guint n_pages = 0;
  GStatBuf st;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaymarkReportLayout) layout = NULL;
      WaymarkReport *report;
      gint64 t0, t1, t2, t3;

      t0 = g_get_monotonic_time ();
      report = waymark_report_load (store, first, last, WAYMARK_REPORT_SHARED_NOTES, &error);
      if (report == NULL)
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      layout = waymark_report_layout_new (report, WAYMARK_PAPER_A4_WIDTH, WAYMARK_PAPER_A4_HEIGHT);
      n_pages = waymark_report_layout_paginate (layout);
      t2 = g_get_monotonic_time ();
      /* Writing paginates again: the PDF as the command line writes it. */
      if (!waymark_report_pdf_export (layout, pdf, NULL, &error))
        g_error ("%s", error->message);
      t3 = g_get_monotonic_time ();

      load[run] = (t1 - t0) / 1000.0;
      layout_ms[run] = (t2 - t1) / 1000.0;
      write[run] = (t3 - t2) / 1000.0;
      total[run] = (t1 - t0 + t3 - t2) / 1000.0;
    }

  g_stat (pdf, &st);
  g_print ("%s: %u days, %u pages, %.0f KiB\n", name, last - first + 1, n_pages, st.st_size / 1024.0);
  print_times ("gather (core)", load);
  print_times ("paginate", layout_ms);
  print_times ("paginate + draw + write PDF", write);
  print_times ("gather + PDF (what counts)", total);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *pdf = NULL;
  guint days = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 3653;
  guint32 today = waymark_local_today_julian ();
  gint64 t0;

  setlocale (LC_ALL, "");

  dir = g_dir_make_tmp ("bench-report-XXXXXX", &error);
  g_assert_no_error (error);
  plan = g_build_filename (dir, "sample.waymark", NULL);
  pdf = g_build_filename (dir, "report.pdf", NULL);

  t0 = g_get_monotonic_time ();
  if (!waymark_sample_data_write_file (plan, days, NULL, &error))
    g_error ("%s", error->message);
  g_print ("Wrote %u days of sample history in %.1f s\n", days, (g_get_monotonic_time () - t0) / 1e6);

  store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  bench_range (store, "Whole history", today - (days - 1), today, pdf);
  bench_range (store, "Last 30 days", today - 29, today, pdf);

  g_clear_object (&store);
  g_unlink (pdf);
  g_unlink (plan);
  g_rmdir (dir);
  return 0;
}
