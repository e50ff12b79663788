/* bench-journal.c: the journal on a long history. Run by hand, under a
 * display (the journal page is opened for real):
 *
 *   build-aux/headless _build/tests/bench/bench-journal [FOLDER]
 *
 * Writes two plans into FOLDER (a new temporary folder by default): ten
 * years of daily check-ins, and 100,000 check-ins (14 a day over twenty
 * years). For each it prints:
 *   - the time to open the journal: reading the list and the day series
 *     (core), and the page itself until its first painted frame;
 *   - the time to draw the mood chart at 1280x400 for each range
 *     (median and worst of 50 draws into an image surface);
 *   - the time to save one check-in with its tags, medication and
 *     trackers, beside the time of one fsync of the plan file;
 *   - the peak resident memory of this process so far.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/resource.h>
#include <unistd.h>

#include "waymark-chart-style.h"
#include "waymark-checkin-list.h"
#include "waymark-intervention.h"
#include "waymark-journal-page.h"
#include "waymark-resources.h"
#include "waymark-tracker.h"
#include "waymark-trend-chart.h"

#define DRAWS 50
#define SAVES 20

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static long
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

/* @n_checkins spread evenly over @days days ending today, with the
 * variety a real journal has: tags, a medication, a tracker, notes. */
static void
write_plan (const char *path,
            guint       days,
            guint       n_checkins)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkRecord) medication = WAYMARK_RECORD (waymark_intervention_new ());
  g_autoptr(WaymarkRecord) tracker = WAYMARK_RECORD (waymark_tracker_new ());
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GRand) dice = g_rand_new_with_seed (7);
  static const char * const tags[] = { "walk", "friends", "work", "rest", "music" };
  double started = now_ms ();

  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  g_assert_true (waymark_store_begin_batch (store, &error));

  waymark_record_set_text (medication, WAYMARK_INTERVENTION_KIND, WAYMARK_INTERVENTION_MEDICATION);
  waymark_record_set_text (medication, WAYMARK_INTERVENTION_NAME, "Sertraline");
  g_assert_true (waymark_store_save (store, medication, &error));
  waymark_record_set_text (tracker, WAYMARK_TRACKER_NAME, "Went outside");
  g_assert_true (waymark_store_save (store, tracker, &error));

  for (guint i = 0; i < n_checkins; i++)
    {
      g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
      g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
      g_autoptr(GDateTime) at = g_date_time_add_seconds (now, -((double) (n_checkins - i) * days * 86400.0 / n_checkins));
      WaymarkRecord *record = WAYMARK_RECORD (checkin);
      WaymarkTick taken = { waymark_record_get_id (medication), TRUE };
      WaymarkTrackerValue outside = { waymark_record_get_id (tracker), g_rand_int_range (dice, 0, 2) };
      double mood = 5 + 2.5 * sin (i * 2 * G_PI / (n_checkins / (double) days * 47)) + g_rand_double_range (dice, -2, 2);

      waymark_checkin_set_time (checkin, at);
      waymark_record_set_int (record, WAYMARK_CHECKIN_MOOD, CLAMP ((int) round (mood), 0, 10));
      waymark_record_set_int (record, WAYMARK_CHECKIN_ANXIETY, g_rand_int_range (dice, 0, 11));
      waymark_record_set_int (record, WAYMARK_CHECKIN_ENERGY, g_rand_int_range (dice, 0, 11));
      waymark_record_set_real (record, WAYMARK_CHECKIN_SLEEP_HOURS, g_rand_int_range (dice, 10, 19) / 2.0);
      if (g_rand_boolean (dice))
        waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, "An ordinary day, a walk and an early night.");
      waymark_checkin_details_add_tag (details, tags[g_rand_int_range (dice, 0, G_N_ELEMENTS (tags))]);
      g_array_append_val (details->medications, taken);
      g_array_append_val (details->trackers, outside);

      if (!waymark_store_save_checkin (store, checkin, details, &error))
        g_error ("%s", error->message);
    }

  g_assert_true (waymark_store_end_batch (store, TRUE, &error));
  g_print ("  wrote %u check-ins over %u days in %.1f s\n", n_checkins, days, (now_ms () - started) / 1000.0);
}

static gboolean
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  gboolean *painted = user_data;

  *painted = TRUE;
  return FALSE;
}

static void
bench_open (WaymarkStore *store)
{
  g_autoptr(WaymarkCheckinList) list = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;
  GtkWidget *window, *page;
  gboolean painted = FALSE;
  double t0, t1, t2;
  gulong handler;

  t0 = now_ms ();
  list = waymark_checkin_list_new (store);
  t1 = now_ms ();
  series = waymark_store_load_day_series (store, NULL);
  t2 = now_ms ();
  g_print ("  open, core: list of %u ids %.1f ms, day series of %u days %.1f ms\n",
           g_list_model_get_n_items (G_LIST_MODEL (list)), t1 - t0,
           waymark_day_series_get_n_days (series), t2 - t1);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  page = g_object_new (WAYMARK_TYPE_JOURNAL_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page))
    g_main_context_iteration (NULL, TRUE);

  t0 = now_ms ();
  waymark_page_set_store (WAYMARK_PAGE (page), store);
  g_print ("  (set_store: %.1f ms)\n", now_ms () - t0);
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  t1 = now_ms ();
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  g_print ("  open, the journal page until its first painted frame: %.1f ms\n", t1 - t0);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
bench_draw (WaymarkStore *store)
{
  g_autoptr(WaymarkDaySeries) series = waymark_store_load_day_series (store, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 400);
  WaymarkChartStyle style;
  GDate today;

  waymark_chart_style_init_light (&style);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  for (WaymarkChartRange range = WAYMARK_CHART_RANGE_TWO_WEEKS; range <= WAYMARK_CHART_RANGE_ALL; range++)
    {
      WaymarkTrendChart chart = { series, WAYMARK_MEASURE_MOOD, 0, 0, 0 };
      double times[DRAWS];

      waymark_chart_range_get_days (range, series, g_date_get_julian (&today), &chart.first, &chart.last);

      for (guint i = 0; i < DRAWS; i++)
        {
          cairo_t *cr = cairo_create (surface);
          double t0;

          cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (cr);
          cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

          t0 = now_ms ();
          waymark_trend_chart_draw (&chart, cr, 1280, 400, &style);
          cairo_surface_flush (surface);
          times[i] = now_ms () - t0;
          cairo_destroy (cr);
        }

      qsort (times, DRAWS, sizeof (double), compare_doubles);
      g_print ("  mood chart at 1280x400, %-14s median %.2f ms, worst %.2f ms\n",
               waymark_chart_range_get_label (range), times[DRAWS / 2], times[DRAWS - 1]);
    }

  cairo_surface_destroy (surface);
}

static void
bench_save (WaymarkStore *store,
            const char   *path)
{
  double saves[SAVES], syncs[SAVES];
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int fd;

  for (guint i = 0; i < SAVES; i++)
    {
      g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
      g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
      g_autoptr(GError) error = NULL;
      double t0;

      waymark_checkin_set_time (checkin, now);
      waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
      waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, "Benchmark check-in");
      waymark_checkin_details_add_tag (details, "walk");

      t0 = now_ms ();
      if (!waymark_store_save_checkin (store, checkin, details, &error))
        g_error ("%s", error->message);
      saves[i] = now_ms () - t0;
    }

  /* One fsync of a small write to the same file system, to compare. */
  {
    g_autofree char *probe = g_strconcat (path, ".fsync-probe", NULL);

    fd = g_open (probe, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    for (guint i = 0; i < SAVES; i++)
      {
        char block[4096] = { 0 };
        double t0 = now_ms ();

        if (write (fd, block, sizeof block) != sizeof block)
          g_error ("write failed");
        fsync (fd);
        syncs[i] = now_ms () - t0;
      }
    close (fd);
    g_unlink (probe);
  }

  g_print ("  save one check-in (tags, one transaction): median %.2f ms; one fsync of 4 KiB: median %.2f ms\n",
           median (saves, SAVES), median (syncs, SAVES));
}

static void
bench_plan (const char *folder,
            const char *name,
            guint       days,
            guint       n_checkins)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_print ("%s:\n", name);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    write_plan (path, days, n_checkins);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  if (g_stat (path, &info) == 0)
    g_print ("  file: %.1f MB\n", info.st_size / 1e6);

  bench_open (store);
  bench_draw (store);
  bench_save (store, path);
  g_print ("  peak memory (resident, whole process so far): %ld MB\n", peak_rss_mb ());
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;

  gtk_init ();
  adw_init ();
  waymark_register_resource ();
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);

  folder = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  g_mkdir_with_parents (folder, 0700);
  g_print ("Plans in %s\n", folder);

  bench_plan (folder, "ten-years-daily.waymark", 3653, 3653);
  bench_plan (folder, "100000-checkins.waymark", 20 * 365, 100000);

  return 0;
}
