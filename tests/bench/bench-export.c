/* bench-export.c: Export Everything and its import on ten years of history.
 * Run by hand, no display needed:
 *
 *   _build/tests/bench/bench-export [FOLDER] [DAYS]
 *
 * Writes a sample plan of DAYS days (3650 by default: ten years of daily
 * check-ins, the sample's routine, questionnaires and timeline) into
 * FOLDER (a new temporary folder by default), then prints the median and
 * worst of five runs of: the export to a zip, and its import into a new
 * plan (each import into a plan of its own).
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "waymark-export-all.h"
#include "waymark-import.h"
#include "waymark-sample-data.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* This process's own CPU time: on a machine shared with other work the
 * wall-clock figure says more about the neighbours. */
static double
cpu_ms (void)
{
  return clock () * 1000.0 / CLOCKS_PER_SEC;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  guint days = argc > 2 ? (guint) atoi (argv[2]) : 3650;
  g_autofree char *plan = g_build_filename (dir, "ten-years.waymark", NULL);
  g_autofree char *zip = g_build_filename (dir, "ten-years.zip", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  double export_ms[RUNS], import_ms[RUNS], export_cpu[RUNS], import_cpu[RUNS];
  guint n_records = 0;
  GStatBuf info;

  g_unlink (plan);
  if (!waymark_sample_data_write_file (plan, days, NULL, &error))
    g_error ("%s", error->message);
  store = waymark_store_open (plan, WAYMARK_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u.waymark", run);
      g_autofree char *target_path = g_build_filename (dir, name, NULL);
      g_autoptr(WaymarkStore) target = NULL;
      WaymarkImportResult result;
      double start = now_ms (), start_cpu = cpu_ms ();

      if (!waymark_export_all_write (store, zip, &n_records, &error))
        g_error ("%s", error->message);
      export_ms[run] = now_ms () - start;
      export_cpu[run] = cpu_ms () - start_cpu;

      g_unlink (target_path);
      target = waymark_store_open (target_path, WAYMARK_STORE_CREATE_NEW, &error);
      if (target == NULL)
        g_error ("%s", error->message);
      start = now_ms ();
      start_cpu = cpu_ms ();
      if (!waymark_import_file (target, zip, NULL, &result, &error))
        g_error ("%s", error->message);
      import_ms[run] = now_ms () - start;
      import_cpu[run] = cpu_ms () - start_cpu;
      if (result.n_added != n_records)
        g_error ("imported %u of %u records", result.n_added, n_records);
      waymark_store_close (target);
    }

  qsort (export_ms, RUNS, sizeof (double), compare_doubles);
  qsort (import_ms, RUNS, sizeof (double), compare_doubles);
  qsort (export_cpu, RUNS, sizeof (double), compare_doubles);
  qsort (import_cpu, RUNS, sizeof (double), compare_doubles);
  g_stat (zip, &info);

  g_print ("%u days, %u records, zip %.1f MB\n", days, n_records, info.st_size / 1e6);
  g_print ("export all:  median %.0f ms, worst %.0f ms; CPU median %.0f ms\n",
           export_ms[RUNS / 2], export_ms[RUNS - 1], export_cpu[RUNS / 2]);
  g_print ("import all:  median %.0f ms, worst %.0f ms; CPU median %.0f ms (into a new plan, one transaction)\n",
           import_ms[RUNS / 2], import_ms[RUNS - 1], import_cpu[RUNS / 2]);
  return EXIT_SUCCESS;
}
