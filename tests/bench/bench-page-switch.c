/* bench-page-switch.c: how long a page of the window takes to come up
 * when the person switches to it, and how long the journal takes to
 * draw a frame while it scrolls. Run by hand, under a display (the real
 * window is used):
 *
 *   build-aux/headless _build/tests/bench/bench-page-switch [ROUNDS]
 *
 * Writes two plans into a temporary folder: the sample plan with ten
 * years of daily history, and the same with check-ins added until there
 * are 100,000 (ten a day). For each it opens a window at 1280x900 and
 * prints, for every page:
 *
 *  - the first switch: from asking for the page (the window opening on
 *    Today: from giving the window its plan) until the first frame
 *    painted after the page was made and read the plan (or made and
 *    read it at that frame's start);
 *  - the later switches, over ROUNDS rounds (default 10): median and
 *    worst, and what the frame that shows the page took by itself (from
 *    its start to the end of its painting);
 *  - every switch above is asked for after a pause of 400 ms, the window
 *    idle (the last switch's transitions over: the switcher's buttons
 *    fade for 200 ms, a frame each 16.7 ms), as a person's click comes,
 *    so the frame that shows the page starts at once; then ROUNDS rounds more ask for each page as soon as
 *    a frame is painted, as this benchmark did before ("asked at once
 *    after a frame"): GTK then waits for the next frame's turn, up to
 *    16.7 ms at 60 Hz, and that wait is in those figures;
 *  - for the journal, also until its charts are drawn (their day series
 *    is read in another thread), and each frame while its list is given
 *    to the view a few rows a frame;
 *  - for the Plan and the Crisis Plan, the sections off screen filled in
 *    after the first frame: how long, over how many frames, the worst
 *    frame, and the worst work from one frame's end to the next's (the
 *    idle that fills a section, then the frame that lays it out);
 *
 * then scrolls the journal's list, a quarter of its height a frame, down
 * 200 frames and back, and jumps to its end and back, and prints the
 * median and worst frame (from the frame clock's start of the frame to
 * the end of its painting) and how many took over 16 ms;
 *
 * then pans the timeline, zoomed to a year, 100 frames into the past
 * and 100 back, as the arrow keys and scrolling do
 * (waymark_timeline_view_pan (), which a drag's set_range () matches),
 * a sixtieth of the year a frame, and prints the same figures: each
 * frame from the pan to the end of its painting, without the wait for
 * the frame's turn (the markers' buttons are placed in an idle before
 * the frame: that is counted; the time between, waiting, is not).
 *
 * Each figure is wall-clock time, then (in brackets) the processor time
 * the process used meanwhile (all its threads), which other work on a
 * shared machine disturbs much less, and for first showings the main
 * thread's alone.
 *
 * WAYMARK_BENCH_MARKS=1 prints the steps of the first page's showing
 * (giving the window its plan, each phase of each frame) with the time
 * and the processor time at each.
 *
 * BENCH_ONLY_BIG=1 leaves out the ten-year plan; BENCH_PROFILE=PAGE (for
 * a profiler: perf record -g ...) shows the first plan's PAGE ("journal",
 * "plan", ...) once (a page of sections, filled in whole after it, with
 * the times of both) and stops there; BENCH_FOLDER=DIR writes the plans
 * there, or uses those it finds there, and keeps them (so a profile holds
 * little but the page); BENCH_VERBOSE=1 prints every frame that fills in
 * a page's sections.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <time.h>

#include "waymark-journal-page.h"
#include "waymark-page.h"
#include "waymark-resources.h"
#include "waymark-sections-page.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-timeline-view.h"
#include "waymark-window.h"
#include "waymark-bench-probe.h"

#define DAYS 3653
#define BIG_CHECKINS 100000
#define SCROLL_FRAMES 200
#define PAN_FRAMES 100
#define PAUSE_MS 400

typedef struct
{
  double wall;
  double cpu;   /* the process's, all threads */
  double main;  /* the main thread's */
} Cost;

static int
compare_costs (gconstpointer a,
               gconstpointer b)
{
  double x = ((const Cost *) a)->wall, y = ((const Cost *) b)->wall;

  return (x > y) - (x < y);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
thread_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms: the window idle, as between clicks. */
static void
pause_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static Cost
cost_since (Cost start)
{
  return (Cost) { now_ms () - start.wall, cpu_ms () - start.cpu, thread_ms () - start.main };
}

static Cost
cost_start (void)
{
  return (Cost) { now_ms (), cpu_ms (), thread_ms () };
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  Cost begun;
  Cost frame;
  guint paints;
} Frame;

static void
frame_begun_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  frame->begun = cost_start ();
}

static void
frame_painted_cb (GdkFrameClock *clock,
                  Frame         *frame)
{
  frame->frame = cost_since (frame->begun);
  frame->paints++;
}

/* Whether @page has read its plan; with @charts, a journal its day
 * series too (read in another thread). */
static gboolean
page_ready (GtkWidget *page,
            gboolean   charts)
{
  if (!waymark_page_is_loaded (WAYMARK_PAGE (page)))
    return FALSE;

  return !charts || !WAYMARK_IS_JOURNAL_PAGE (page) || !waymark_journal_page_is_reading (WAYMARK_JOURNAL_PAGE (page));
}

typedef struct
{
  GtkWidget *parent;
  GtkWidget *page;
  gboolean   charts;
  guint     *paints;
  guint      paints_when_loaded;  /* the frames painted before the page was ready */
} Ready;

static void
note_ready_cb (Ready *ready)
{
  if (ready->page == NULL)
    ready->page = find_type (ready->parent, WAYMARK_TYPE_PAGE);
  if (ready->page != NULL && ready->paints_when_loaded == G_MAXUINT && page_ready (ready->page, ready->charts))
    ready->paints_when_loaded = *ready->paints;
}

/* Runs the main loop until a frame has been painted after @page (found
 * under @parent once it is made) has read its plan (and with @charts,
 * the journal's charts their day series); returns the cost of that
 * frame alone, from its start to the end of its painting. */
static Cost
wait_for_loaded_frame (GtkWindow *window,
                       GtkWidget *parent,
                       gboolean   charts)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Ready ready = { 0, };
  Frame frame = { 0, };
  gulong begun, painted, laid_out;

  begun = g_signal_connect (clock, "before-paint", G_CALLBACK (frame_begun_cb), &frame);
  painted = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &frame);
  /* A page reads at the start of a frame (its update phase): that
   * frame, laid out after, shows it. */
  laid_out = g_signal_connect_swapped (clock, "layout", G_CALLBACK (note_ready_cb), &ready);
  ready.parent = parent;
  ready.charts = charts;
  ready.paints = &frame.paints;
  ready.paints_when_loaded = G_MAXUINT;
  for (;;)
    {
      note_ready_cb (&ready);
      if (ready.paints_when_loaded != G_MAXUINT && frame.paints > ready.paints_when_loaded)
        break;
      if (ready.paints_when_loaded != G_MAXUINT)
        gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, begun);
  g_signal_handler_disconnect (clock, painted);
  g_signal_handler_disconnect (clock, laid_out);

  return frame.frame;
}

typedef struct
{
  GArray *work;    /* Cost: from one frame's end to the next's */
  GArray *frames;  /* Cost: each frame, from its start to its painting's end */
  Cost    last;
  Cost    begun;
} Fill;

static void
fill_begun_cb (GdkFrameClock *clock,
               Fill          *fill)
{
  fill->begun = cost_start ();
}

static void
fill_painted_cb (GdkFrameClock *clock,
                 Fill          *fill)
{
  Cost cost = cost_since (fill->last);
  Cost frame = cost_since (fill->begun);

  g_array_append_val (fill->work, cost);
  g_array_append_val (fill->frames, frame);
  fill->last = cost_start ();
}

/* After a sections page's first showing (the Plan, the Crisis Plan), the
 * frames until its sections off screen are filled in, noted in @out:
 * each frame (from its start to the end of its painting, as for the
 * journal's scrolling) and each frame's work, from the end of one frame
 * to the end of the next (the idle that fills a section, and the frame
 * that lays it out; the wait for the frame's turn counts in the wall
 * time, not in the processor's). */
static void
wait_until_filled (GtkWindow  *window,
                   GtkWidget  *parent,
                   const char *name,
                   GString    *out)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  GtkWidget *page = find_type (parent, WAYMARK_TYPE_SECTIONS_PAGE);
  Fill fill = { g_array_new (FALSE, FALSE, sizeof (Cost)), g_array_new (FALSE, FALSE, sizeof (Cost)),
                cost_start (), cost_start () };
  double from = now_ms () / 1000.0;
  Cost all = cost_start ();
  gulong handler, begun;
  double worst_wall = 0, worst_cpu = 0, worst_frame = 0, worst_frame_cpu = 0;
  guint over = 0;

  if (page == NULL)
    {
      g_array_unref (fill.work);
      g_array_unref (fill.frames);
      return;
    }

  begun = g_signal_connect (clock, "before-paint", G_CALLBACK (fill_begun_cb), &fill);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (fill_painted_cb), &fill);
  while (!waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  /* The frame that shows the last section (one all the same when it
   * had nothing to show, or is hidden). */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  for (guint paints = fill.work->len; fill.work->len == paints;)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_signal_handler_disconnect (clock, begun);
  all = cost_since (all);

  for (guint i = 0; i < fill.work->len; i++)
    {
      Cost frame = g_array_index (fill.frames, Cost, i);

      if (g_getenv ("BENCH_VERBOSE") != NULL)
        g_print ("    frame %u: %.1f ms (%.1f), from the last %.1f ms (%.1f)\n", i, frame.wall, frame.cpu,
                 g_array_index (fill.work, Cost, i).wall, g_array_index (fill.work, Cost, i).cpu);

      worst_wall = MAX (worst_wall, g_array_index (fill.work, Cost, i).wall);
      worst_cpu = MAX (worst_cpu, g_array_index (fill.work, Cost, i).cpu);
      worst_frame = MAX (worst_frame, frame.wall);
      worst_frame_cpu = MAX (worst_frame_cpu, frame.cpu);
      over += frame.wall > 16.0;
    }
  g_string_append_printf (out, "  %-10s the rest filled in after the first frame: %.1f ms (%.1f) over %u frames; "
                          "worst frame %.1f ms (%.1f), %u over 16 ms; worst frame to frame %.1f ms (%.1f)"
                          " [from %.6f to %.6f]\n",
                          name, all.wall, all.cpu, fill.work->len, worst_frame, worst_frame_cpu, over,
                          worst_wall, worst_cpu, from, now_ms () / 1000.0);
  g_array_unref (fill.work);
  g_array_unref (fill.frames);
}

/* Shows @name and returns how long until a frame was painted with the
 * page's plan read; @last_frame, what that frame took by itself (the
 * rest is the page being made and reading, and waiting for the frame's
 * turn: up to 16.7 ms at 60 Hz). */
static Cost
switch_to (GtkWindow    *window,
           AdwViewStack *stack,
           const char   *name,
           Cost         *last_frame)
{
  Cost start = cost_start ();
  Cost frame;

  adw_view_stack_set_visible_child_name (stack, name);
  frame = wait_for_loaded_frame (window, adw_view_stack_get_visible_child (stack), FALSE);
  if (last_frame != NULL)
    *last_frame = frame;

  return cost_since (start);
}

/* Sets @adjustment to @value and returns how long the frame that shows
 * it took, from the frame clock's start of the frame to the end of its
 * painting (the wait for the frame's turn, up to 16 ms at 60 Hz, left
 * out). */
static Cost
scroll_to (GtkWindow     *window,
           GtkAdjustment *adjustment,
           double         value)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Frame frame = { 0, };
  gulong begun, painted;

  begun = g_signal_connect (clock, "before-paint", G_CALLBACK (frame_begun_cb), &frame);
  painted = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &frame);
  gtk_adjustment_set_value (adjustment, value);
  /* At either end the value may not change: a frame all the same. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (frame.paints == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, begun);
  g_signal_handler_disconnect (clock, painted);

  return frame.frame;
}

/* The journal's list is given to its view a few rows a frame after its
 * first showing: how long each of those frames took (from the start of
 * the frame to the end of its painting), until the view has it whole. */
static GArray *
watch_journal_growing (GtkWindow    *window,
                       AdwViewStack *stack)
{
  GtkWidget *page = find_type (adw_view_stack_get_visible_child (stack), WAYMARK_TYPE_JOURNAL_PAGE);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  GArray *frames = g_array_new (FALSE, FALSE, sizeof (Cost));
  GtkListView *list;
  GListModel *checkins;
  Frame frame = { 0, };
  gulong begun, painted;

  g_assert_nonnull (page);
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (page, WAYMARK_TYPE_JOURNAL_PAGE, "list_view"));
  checkins = waymark_journal_page_get_checkins (WAYMARK_JOURNAL_PAGE (page));
  begun = g_signal_connect (clock, "before-paint", G_CALLBACK (frame_begun_cb), &frame);
  painted = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &frame);
  while (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) <
         g_list_model_get_n_items (checkins))
    {
      guint paints = frame.paints;

      while (frame.paints == paints)
        g_main_context_iteration (NULL, TRUE);
      g_array_append_val (frames, frame.frame);
    }
  g_signal_handler_disconnect (clock, begun);
  g_signal_handler_disconnect (clock, painted);

  return frames;
}

static void
print_costs (const char *label,
             GArray     *costs)
{
  guint over = 0;

  for (guint i = 0; i < costs->len; i++)
    over += g_array_index (costs, Cost, i).wall > 16.0;
  g_array_sort (costs, compare_costs);
  g_print ("  %-28s median %6.1f ms (%5.1f), worst %6.1f ms (%5.1f), %u of %u over 16 ms\n", label,
           g_array_index (costs, Cost, costs->len / 2).wall, g_array_index (costs, Cost, costs->len / 2).cpu,
           g_array_index (costs, Cost, costs->len - 1).wall, g_array_index (costs, Cost, costs->len - 1).cpu,
           over, costs->len);
}

/* The journal's list, scrolled a quarter of its height a frame, down and
 * back up, then to its end and to its start. */
static void
scroll_journal (GtkWindow    *window,
                AdwViewStack *stack)
{
  GtkWidget *page, *list;
  GtkAdjustment *adjustment;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (Cost));
  g_autoptr(GArray) jumps = g_array_new (FALSE, FALSE, sizeof (Cost));
  double step;

  switch_to (window, stack, "journal", NULL);
  page = find_type (adw_view_stack_get_visible_child (stack), WAYMARK_TYPE_JOURNAL_PAGE);
  list = GTK_WIDGET (gtk_widget_get_template_child (page, WAYMARK_TYPE_JOURNAL_PAGE, "list_view"));
  g_assert_nonnull (list);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  step = gtk_adjustment_get_page_size (adjustment) / 4;
  g_print ("  (the list: %.0f px shown of %.0f)\n",
           gtk_adjustment_get_page_size (adjustment), gtk_adjustment_get_upper (adjustment));

  for (guint i = 1; i <= SCROLL_FRAMES; i++)
    {
      Cost cost = scroll_to (window, adjustment, i * step);
      g_array_append_val (steps, cost);
    }
  for (guint i = SCROLL_FRAMES; i-- > 0;)
    {
      Cost cost = scroll_to (window, adjustment, i * step);
      g_array_append_val (steps, cost);
    }
  for (guint i = 0; i < 5; i++)
    {
      Cost cost = scroll_to (window, adjustment, gtk_adjustment_get_upper (adjustment));
      g_array_append_val (jumps, cost);
      cost = scroll_to (window, adjustment, 0);
      g_array_append_val (jumps, cost);
    }

  print_costs ("journal scroll, a frame", steps);
  print_costs ("journal to its end and back", jumps);
}

typedef struct
{
  Cost     panned;
  double   markers_wall;   /* from the pan until the markers were placed */
  gboolean markers_done;
} Pan;

static gboolean
markers_placed_cb (gpointer user_data)
{
  Pan *pan = user_data;

  pan->markers_wall = now_ms () - pan->panned.wall;
  pan->markers_done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Pans @view by @days and returns the frame's cost: the view's own work
 * before the frame (its markers, in an idle at G_PRIORITY_HIGH_IDLE + 15:
 * this idle, one step lower, runs right after), then the frame from its
 * start to the end of its painting; the processor time is all of it. */
static Cost
pan_by (GtkWindow           *window,
        WaymarkTimelineView *view,
        double               days)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Frame frame = { 0, };
  Pan pan = { 0, };
  gulong begun, painted;

  begun = g_signal_connect (clock, "before-paint", G_CALLBACK (frame_begun_cb), &frame);
  painted = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &frame);
  pan.panned = cost_start ();
  waymark_timeline_view_pan (view, days);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE + 16, markers_placed_cb, &pan, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (frame.paints == 0 || !pan.markers_done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, begun);
  g_signal_handler_disconnect (clock, painted);

  return (Cost) { pan.markers_wall + frame.frame.wall, cpu_ms () - pan.panned.cpu, thread_ms () - pan.panned.main };
}

/* The timeline, zoomed to the year up to today, panned into the past a
 * sixtieth of its span a frame, then back. */
static void
pan_timeline (GtkWindow    *window,
              AdwViewStack *stack)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Cost));
  WaymarkTimelineView *view;
  double first, last;

  switch_to (window, stack, "timeline", NULL);
  view = WAYMARK_TIMELINE_VIEW (find_type (adw_view_stack_get_visible_child (stack), WAYMARK_TYPE_TIMELINE_VIEW));
  g_assert_nonnull (view);
  waymark_timeline_view_get_range (view, &first, &last);
  waymark_timeline_view_set_range (view, last - 365, last);
  wait_for_loaded_frame (window, adw_view_stack_get_visible_child (stack), FALSE);
  waymark_timeline_view_get_range (view, &first, &last);
  g_print ("  (the timeline: %.0f days shown, %d px wide)\n", last - first, gtk_widget_get_width (GTK_WIDGET (view)));

  for (guint i = 0; i < PAN_FRAMES; i++)
    {
      Cost cost = pan_by (window, view, -(last - first) / 60);
      g_array_append_val (frames, cost);
    }
  for (guint i = 0; i < PAN_FRAMES; i++)
    {
      Cost cost = pan_by (window, view, (last - first) / 60);
      g_array_append_val (frames, cost);
    }

  print_costs ("timeline pan, a frame", frames);
}

static void
measure_plan (const char *label,
              const char *path,
              guint       rounds)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) pages = NULL;
  WaymarkWindow *window;
  AdwViewStack *stack;
  GArray **costs;
  GArray **frames;
  GArray **at_once;  /* later switches asked at once after a frame */
  g_autoptr(GArray) growing = NULL;
  g_autoptr(GString) fills = g_string_new (NULL);
  Cost start, journal_charts = { 0, };

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), WAYMARK_TYPE_WINDOW, "view_stack"));
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  costs = g_new0 (GArray *, g_list_model_get_n_items (pages));
  frames = g_new0 (GArray *, g_list_model_get_n_items (pages));
  at_once = g_new0 (GArray *, g_list_model_get_n_items (pages));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_ptr_array_add (names, g_strdup (adw_view_stack_page_get_name (page)));
      costs[i] = g_array_new (FALSE, FALSE, sizeof (Cost));
      frames[i] = g_array_new (FALSE, FALSE, sizeof (Cost));
      at_once[i] = g_array_new (FALSE, FALSE, sizeof (Cost));
    }

  /* The window idle, its start's transitions over (the header's title
   * fades in), as when a plan is opened into a waiting window. */
  pause_ms (PAUSE_MS);
  /* The page the window opens on, first shown as the plan opens. */
  start = cost_start ();
  if (g_getenv ("WAYMARK_BENCH_MARKS") != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      g_autofree char *t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());

      g_setenv ("WAYMARK_BENCH_T0", t0, TRUE);
      g_signal_connect_swapped (clock, "before-paint", G_CALLBACK (waymark_bench_mark), (gpointer) "frame: begin");
      g_signal_connect_swapped (clock, "layout", G_CALLBACK (waymark_bench_mark), (gpointer) "frame: layout");
      g_signal_connect_swapped (clock, "paint", G_CALLBACK (waymark_bench_mark), (gpointer) "frame: paint");
      g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (waymark_bench_mark), (gpointer) "frame: painted");
    }
  waymark_window_set_store (window, store);
  wait_for_loaded_frame (GTK_WINDOW (window), adw_view_stack_get_visible_child (stack), FALSE);
  {
    Cost first = cost_since (start);
    guint i;

    g_assert_true (g_ptr_array_find_with_equal_func (names, adw_view_stack_get_visible_child_name (stack),
                                                     g_str_equal, &i));
    g_array_append_val (costs[i], first);
    if (g_getenv ("BENCH_PROFILE") != NULL)
      g_print ("%s (opened on) first %.1f (%.1f, main thread %.1f), from %.6f to %.6f\n",
               (const char *) names->pdata[i], first.wall, first.cpu, first.main,
               start.wall / 1000.0, (start.wall + first.wall) / 1000.0);
  }

  if (g_getenv ("BENCH_PROFILE") != NULL)
    {
      Cost c;

      pause_ms (PAUSE_MS);
      c = switch_to (GTK_WINDOW (window), stack, g_getenv ("BENCH_PROFILE"), NULL);

      /* The monotonic clock's seconds, for perf record -k monotonic and
       * perf report --time START,END. */
      g_print ("%s first %.1f (%.1f, main thread %.1f), from %.6f to %.6f\n", g_getenv ("BENCH_PROFILE"),
               c.wall, c.cpu, c.main, (now_ms () - c.wall) / 1000.0, now_ms () / 1000.0);
      if (g_str_equal (g_getenv ("BENCH_PROFILE"), "journal"))
        {
          g_autoptr(GArray) growing = watch_journal_growing (GTK_WINDOW (window), stack);

          print_costs ("journal list growing", growing);
        }
      wait_until_filled (GTK_WINDOW (window), adw_view_stack_get_visible_child (stack),
                         g_getenv ("BENCH_PROFILE"), fills);
      g_print ("%s", fills->str);
      exit (0);
    }
  for (guint round = 0; round <= 2 * rounds; round++)
    for (guint i = 0; i < names->len; i++)
      {
        Cost start_switch;
        Cost frame;
        Cost cost;

        /* Asked as a click is, while the window is idle (the last
         * switch's transitions over: the switcher's button fades for
         * 200 ms, a frame every 16.7 ms): the frame that shows the page
         * starts at once. The last rounds ask as soon as a frame is
         * painted, as the benchmark did before: GTK then waits for the
         * next frame's turn (up to 16.7 ms at 60 Hz). */
        if (round <= rounds)
          pause_ms (PAUSE_MS);
        start_switch = cost_start ();
        cost = switch_to (GTK_WINDOW (window), stack, names->pdata[i], &frame);

        /* The page opened on has had its first showing. */
        if (round > rounds)
          g_array_append_val (at_once[i], cost);
        else if (round > 0 || costs[i]->len == 0)
          g_array_append_val (costs[i], cost);
        if (round > 0 && round <= rounds)
          g_array_append_val (frames[i], frame);
        if (round == 0)
          wait_until_filled (GTK_WINDOW (window), adw_view_stack_get_visible_child (stack), names->pdata[i], fills);
        if (round == 0 && g_str_equal (names->pdata[i], "journal"))
          {
            /* Until the charts are drawn too, and the list is whole. */
            wait_for_loaded_frame (GTK_WINDOW (window), adw_view_stack_get_visible_child (stack), TRUE);
            journal_charts = cost_since (start_switch);
            growing = watch_journal_growing (GTK_WINDOW (window), stack);
          }
      }

  g_print ("\n%s, page switches (%u rounds), wall clock (processor, all threads; main thread):\n", label, rounds);
  for (guint i = 0; i < names->len; i++)
    {
      Cost first = g_array_index (costs[i], Cost, 0);
      Cost *later = &g_array_index (costs[i], Cost, 1);
      Cost *frame = &g_array_index (frames[i], Cost, 0);
      guint n = costs[i]->len - 1;

      g_array_sort (at_once[i], compare_costs);

      qsort (later, n, sizeof (Cost), compare_costs);
      qsort (frame, frames[i]->len, sizeof (Cost), compare_costs);
      g_print ("  %-10s first %7.1f ms (%5.1f; %5.1f), then median %6.1f ms (%5.1f), worst %6.1f ms (%5.1f);"
               " the frame alone median %5.1f ms (%4.1f), worst %5.1f ms (%4.1f);"
               " asked at once after a frame median %5.1f ms (%4.1f)\n",
               (const char *) names->pdata[i], first.wall, first.cpu, first.main,
               later[n / 2].wall, later[n / 2].cpu, later[n - 1].wall, later[n - 1].cpu,
               frame[frames[i]->len / 2].wall, frame[frames[i]->len / 2].cpu,
               frame[frames[i]->len - 1].wall, frame[frames[i]->len - 1].cpu,
               g_array_index (at_once[i], Cost, at_once[i]->len / 2).wall,
               g_array_index (at_once[i], Cost, at_once[i]->len / 2).cpu);
      g_array_unref (costs[i]);
      g_array_unref (frames[i]);
      g_array_unref (at_once[i]);
    }
  g_free (costs);
  g_free (frames);
  g_free (at_once);
  g_print ("  journal with its charts drawn, first %7.1f ms (%5.1f; %5.1f)\n",
           journal_charts.wall, journal_charts.cpu, journal_charts.main);
  if (growing != NULL && growing->len > 0)
    print_costs ("journal list growing", growing);
  g_print ("%s", fills->str);

  scroll_journal (GTK_WINDOW (window), stack);
  pan_timeline (GTK_WINDOW (window), stack);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The ten-year sample with check-ins added, spread over the same ten
 * years, until there are @n. */
static void
add_checkins (const char *path,
              guint       n)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  guint have = 0;

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  db = waymark_store_get_db (store);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM checkin", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  have = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (have >= n)
    return;

  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u) "
                         "INSERT INTO checkin (at, local_date, mood, anxiety, energy, sleep_hours, note, "
                         "  created_at, updated_at) "
                         "SELECT strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', unixepoch('now') - i * %u, 'unixepoch'), "
                         "  date(unixepoch('now') - i * %u, 'unixepoch'), i %% 11, (i * 7) %% 11, (i * 3) %% 11, "
                         "  6.5, 'Slept fine, walked to the park, called Mum', "
                         "  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n",
                         n - have, (guint) ((guint64) DAYS * 86400 / (n - have)),
                         (guint) ((guint64) DAYS * 86400 / (n - have)));
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autofree char *ten_years = NULL, *big = NULL;
  g_autofree char *big_label = NULL;
  g_autoptr(GError) error = NULL;
  guint rounds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10;
  double started;
  gboolean keep;

  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("WAYMARK_AUTOMATIC_BACKUPS", "0", FALSE);
  /* Run from the build folder: its compiled settings schema (without
   * it the window has no settings, and says so on every page). */
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *here = g_path_get_dirname (argv[0]);
      g_autofree char *schemas = g_build_filename (here, "..", "..", "data", NULL);

      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
    }
  gtk_init ();
  adw_init ();
  waymark_register_resource ();
  rounds = MAX (rounds, 2);

  keep = g_getenv ("BENCH_FOLDER") != NULL;
  if (keep)
    {
      folder = g_strdup (g_getenv ("BENCH_FOLDER"));
      g_mkdir_with_parents (folder, 0700);
    }
  else
    {
      folder = g_dir_make_tmp ("waymark-bench-pages-XXXXXX", &error);
      g_assert_no_error (error);
    }
  ten_years = g_build_filename (folder, "ten-years.waymark", NULL);
  big = g_build_filename (folder, "big.waymark", NULL);
  started = now_ms ();
  if (!keep || !g_file_test (big, G_FILE_TEST_EXISTS))
    {
      g_unlink (ten_years);
      g_unlink (big);
      if (!waymark_sample_data_write_file (ten_years, DAYS, NULL, &error))
        g_error ("%s", error->message);
      copy_file (ten_years, big);
      add_checkins (big, BIG_CHECKINS);
      g_print ("wrote the plans in %.1f s\n", (now_ms () - started) / 1000.0);
    }

  if (g_getenv ("BENCH_ONLY_BIG") == NULL)
    measure_plan ("Ten years of daily history", ten_years, rounds);
  big_label = g_strdup_printf ("Ten years, %u check-ins", BIG_CHECKINS);
  measure_plan (big_label, big, rounds);

  if (!keep)
    {
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (folder, name, NULL);
          g_unlink (file);
        }
      g_rmdir (folder);
    }

  return 0;
}
