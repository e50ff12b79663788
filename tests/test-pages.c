/* test-pages.c: every page of the window follows the window's plan, and
 * goes with the window
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-clock.h"
#include "waymark-date.h"
#include "waymark-frame-steps.h"
#include "waymark-gui-test-utils.h"
#include "waymark-page.h"
#include "waymark-record-section.h"
#include "waymark-resources.h"
#include "waymark-routine-item.h"
#include "waymark-sample-data.h"
#include "waymark-sections-page.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

#define N_PAGES 5   /* today, plan, journal, crisis, timeline */

static void
collect_pages (GtkWidget *widget,
               GPtrArray *pages)
{
  if (WAYMARK_IS_PAGE (widget))
    g_ptr_array_add (pages, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_pages (child, pages);
}

static void
count_notify (GObject    *page,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_pages_follow_the_store_and_go_with_the_window (void)
{
  g_autofree char *tmp_a = NULL;
  g_autofree char *tmp_b = NULL;
  g_autoptr(WaymarkStore) a = waymark_test_new_plan (&tmp_a);
  g_autoptr(WaymarkStore) b = waymark_test_new_plan (&tmp_b);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  gpointer weak[N_PAGES];
  guint notified[N_PAGES] = { 0 };
  gpointer weak_window;
  WaymarkWindow *window;
  gint64 deadline;

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  waymark_window_set_store (window, a);
  gtk_window_present (GTK_WINDOW (window));

  /* Each page shown once, so every page is made and has read the plan. */
  waymark_window_show_page (window, "today");
  waymark_test_pump ();
  waymark_window_show_page (window, "journal");
  waymark_test_pump ();
  waymark_window_show_page (window, "crisis");
  waymark_test_pump ();
  waymark_window_show_page (window, "timeline");
  waymark_test_pump ();
  waymark_window_show_page (window, "plan");
  waymark_test_pump ();

  collect_pages (GTK_WIDGET (window), pages);
  g_assert_cmpuint (pages->len, ==, N_PAGES);

  for (guint i = 0; i < N_PAGES; i++)
    {
      g_assert_true (waymark_page_get_store (pages->pdata[i]) == a);
      g_assert_true (waymark_page_is_loaded (pages->pdata[i]) || !gtk_widget_get_mapped (pages->pdata[i]));
      g_signal_connect (pages->pdata[i], "notify::store", G_CALLBACK (count_notify), &notified[i]);
    }

  /* Another plan: one notify::store a page, and each shows it. */
  waymark_window_set_store (window, b);
  for (guint i = 0; i < N_PAGES; i++)
    {
      g_assert_cmpuint (notified[i], ==, 1);
      g_assert_true (waymark_page_get_store (pages->pdata[i]) == b);
    }

  /* The same plan again changes nothing. */
  waymark_window_set_store (window, b);
  g_object_set (pages->pdata[0], "store", b, NULL);
  for (guint i = 0; i < N_PAGES; i++)
    g_assert_cmpuint (notified[i], ==, 1);

  /* A page's sections follow the page. */
  {
    GtkWidget *section = find_by_type (GTK_WIDGET (window), WAYMARK_TYPE_RECORD_SECTION);

    g_assert_nonnull (section);
    g_assert_true (waymark_record_section_get_store (WAYMARK_RECORD_SECTION (section)) == b);
  }

  waymark_test_pump ();
  for (guint i = 0; i < N_PAGES; i++)
    g_signal_handlers_disconnect_by_func (pages->pdata[i], count_notify, &notified[i]);

  /* The pages go with their window; nothing else holds them. */
  for (guint i = 0; i < N_PAGES; i++)
    {
      weak[i] = pages->pdata[i];
      g_object_add_weak_pointer (weak[i], &weak[i]);
    }
  g_ptr_array_set_size (pages, 0);
  weak_window = window;
  g_object_add_weak_pointer (weak_window, &weak_window);

  gtk_window_destroy (GTK_WINDOW (window));

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (weak_window != NULL && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  waymark_test_pump ();

  g_assert_null (weak_window);
  for (guint i = 0; i < N_PAGES; i++)
    g_assert_null (weak[i]);

  /* The stores outlive the window, untouched. */
  g_assert_true (WAYMARK_IS_STORE (a));
  g_assert_true (WAYMARK_IS_STORE (b));

  waymark_test_remove_tree (tmp_a);
  waymark_test_remove_tree (tmp_b);
}

/* The routine's ticks come from one read of every item's days, and a
 * page left open overnight reads them again when the day changes: here a
 * tick written through another connection, which the window's store
 * never announces, shows once the clock says the day changed. */
static void
test_plan_follows_the_day (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(WaymarkStore) other = NULL;
  g_autoptr(WaymarkRoutineItem) walk = waymark_routine_item_new ();
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window;
  GtkWidget *tick;
  GDate today;

  waymark_record_set_text (WAYMARK_RECORD (walk), WAYMARK_ROUTINE_ITEM_TITLE, "A walk outside");
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (walk), &error));

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "plan");
  waymark_test_pump ();

  tick = find_by_name (window, "waymark-done-today");
  g_assert_true (GTK_IS_CHECK_BUTTON (tick));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (tick)));

  /* The window's store holds the plan's lock; the other writer takes it
   * over, as another program would after asking. */
  other = waymark_store_open_full (waymark_store_get_path (store), WAYMARK_STORE_OPEN_EXISTING,
                                   WAYMARK_PLAN_LOCK_TAKE_OVER, &error);
  g_assert_no_error (error);
  waymark_local_today (NULL, NULL, &today);
  g_assert_true (waymark_store_set_routine_done (other, waymark_record_get_id (WAYMARK_RECORD (walk)),
                                                 &today, TRUE, &error));
  waymark_test_pump ();
  tick = find_by_name (window, "waymark-done-today");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (tick)));

  g_signal_emit_by_name (waymark_clock_get_default (), "day-changed");
  waymark_test_pump ();
  tick = find_by_name (window, "waymark-done-today");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tick)));

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

static guint
count_rows (GtkWidget *widget)
{
  guint n = ADW_IS_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);

  return n;
}

/* Every section shows a row for each of its records. */
static void
assert_sections_whole (GtkWidget *page)
{
  const char * const names[] = { "care-team", "goals", "routine", "toolbox", "reviews" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      WaymarkRecordSection *section = waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page), names[i]);
      GListModel *records = waymark_record_section_get_records (section);

      g_assert_nonnull (records);
      g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
      g_assert_cmpuint (count_rows (GTK_WIDGET (section)), ==, g_list_model_get_n_items (records));
    }
}

/* The Plan page's first frame lays out only the sections on screen; the
 * rest are filled in after it, and whatever asks for a section (find,
 * reveal) gets it whole at once. */
static void
test_plan_fills_what_shows_first (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  WaymarkRecordSection *care_team, *reviews;
  WaymarkWindow *window;
  GtkWidget *page;
  gint64 deadline;

  g_assert_true (waymark_sample_data_fill (store, 30, NULL, &error));
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  waymark_window_show_page (window, "plan");

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  page = NULL;
  while ((page == NULL || !waymark_page_is_loaded (WAYMARK_PAGE (page))) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      page = find_by_type (window, WAYMARK_TYPE_SECTIONS_PAGE);
    }
  g_assert_true (page != NULL && waymark_page_is_loaded (WAYMARK_PAGE (page)));

  /* Loaded: the first section is on screen and whole; the last, far
   * below, has read its records and waits for its rows. */
  care_team = waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page), "care-team");
  reviews = waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page), "reviews");
  g_assert_true (waymark_record_section_has_rows (care_team));
  g_assert_cmpuint (count_rows (GTK_WIDGET (care_team)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (waymark_record_section_get_records (reviews)), >, 0);
  g_assert_false (waymark_record_section_has_rows (reviews));
  g_assert_cmpuint (count_rows (GTK_WIDGET (reviews)), ==, 0);
  g_assert_false (waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)));

  /* The keyboard coming into a section below finds it whole, and those
   * above it. */
  {
    WaymarkRecordSection *treatments = waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page), "treatments");
    WaymarkRecordSection *toolbox = waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page), "toolbox");

    g_assert_false (waymark_record_section_has_rows (treatments));
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (treatments), GTK_DIR_TAB_FORWARD));
    g_assert_true (waymark_record_section_has_rows (treatments));
    g_assert_cmpuint (count_rows (GTK_WIDGET (treatments)), >, 0);
    g_assert_true (waymark_record_section_has_rows (toolbox));
    g_assert_false (waymark_record_section_has_rows (reviews));
  }

  /* Asked for, it comes whole at once. */
  g_assert_true (waymark_sections_page_find (WAYMARK_SECTIONS_PAGE (page), "reviews") == reviews);
  g_assert_cmpuint (count_rows (GTK_WIDGET (reviews)),
                    ==, g_list_model_get_n_items (waymark_record_section_get_records (reviews)));

  /* The others follow, frame by frame. */
  while (!waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)));
  assert_sections_whole (page);

  /* Another plan: held again until the page reads it, then the same. */
  {
    g_autofree char *tmp_b = NULL;
    g_autoptr(WaymarkStore) other = waymark_test_new_plan (&tmp_b);

    g_assert_true (waymark_sample_data_fill (other, 30, NULL, &error));
    waymark_window_set_store (window, other);
    g_assert_true (waymark_page_is_loaded (WAYMARK_PAGE (page)));
    g_assert_false (waymark_record_section_has_rows (waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page),
                                                                                   "reviews")));
    /* What is on screen is filled at once, the others after, without
     * anything asking (the page's store came through the window's
     * binding, whose notify follows the load). */
    g_assert_true (waymark_record_section_has_rows (waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page),
                                                                                 "care-team")));
    while (!waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    assert_sections_whole (page);

    waymark_window_set_store (window, store);
    waymark_window_set_store (window, other);
    g_assert_false (waymark_record_section_has_rows (waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page),
                                                                                   "reviews")));
    waymark_sections_page_reveal (WAYMARK_SECTIONS_PAGE (page), "reviews");
    g_assert_true (waymark_record_section_has_rows (waymark_sections_page_lookup (WAYMARK_SECTIONS_PAGE (page),
                                                                                  "toolbox")));
    while (!waymark_sections_page_is_filled (WAYMARK_SECTIONS_PAGE (page)) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    assert_sections_whole (page);

    waymark_window_set_store (window, NULL);
    waymark_test_remove_tree (tmp_b);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

/* Work at a widget's next frame runs at that frame's start, before its
 * layout, once; work after the next paint once that frame is painted;
 * either cancelled never runs. */
static GString *steps;  /* what happened, a letter a step */

static void
note_step (GdkFrameClock *clock,
           const char    *step)
{
  g_string_append (steps, step);
}

static void
at_frame_cb (GtkWidget *widget)
{
  g_string_append (steps, "F");
}

static void
after_paint_cb (GtkWidget *widget)
{
  g_string_append (steps, "A");
}

static void
run_frames (GtkWidget *widget,
            guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  for (guint i = 0; i < n; i++)
    {
      gint64 frames = gdk_frame_clock_get_frame_counter (clock);

      gtk_widget_queue_draw (widget);
      while (gdk_frame_clock_get_frame_counter (clock) == frames && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      /* And what the frame left to idles. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_cmpint (g_get_monotonic_time (), <, deadline);
}

static void
test_frame_steps (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("x");
  WaymarkAfterPaint wait = { 0, };
  GdkFrameClock *clock;
  guint id;

  steps = g_string_new (NULL);
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (label))
    g_main_context_iteration (NULL, TRUE);
  run_frames (window, 1);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (note_step), (gpointer) "B");
  g_signal_connect (clock, "after-paint", G_CALLBACK (note_step), (gpointer) "P");

  /* At the next frame's start (its update phase, after before-paint and
   * before its layout and painting), once. */
  id = waymark_at_next_frame (label, at_frame_cb);
  g_assert_cmpuint (id, !=, 0);
  g_assert_cmpstr (steps->str, ==, "");
  run_frames (window, 3);
  if (!g_str_has_prefix (steps->str, "BFP"))
    g_error ("Frame steps: %s", steps->str);
  g_assert_null (strchr (steps->str + 2, 'F'));

  /* Cancelled: never. */
  g_string_truncate (steps, 0);
  id = waymark_at_next_frame (label, at_frame_cb);
  waymark_cancel_at_next_frame (label, &id);
  g_assert_cmpuint (id, ==, 0);
  run_frames (window, 2);
  g_assert_null (strchr (steps->str, 'F'));

  /* After the next frame is painted, once; a second wait while one
   * waits is refused. */
  g_string_truncate (steps, 0);
  g_assert_true (waymark_after_next_paint (&wait, label, after_paint_cb));
  g_assert_true (waymark_after_paint_is_waiting (&wait));
  g_assert_false (waymark_after_next_paint (&wait, label, after_paint_cb));
  run_frames (window, 3);
  g_assert_false (waymark_after_paint_is_waiting (&wait));
  if (!g_str_has_prefix (steps->str, "BPA"))
    g_error ("Frame steps: %s", steps->str);
  g_assert_null (strchr (steps->str + 3, 'A'));

  /* Cancelled: never. */
  g_string_truncate (steps, 0);
  g_assert_true (waymark_after_next_paint (&wait, label, after_paint_cb));
  waymark_after_paint_cancel (&wait);
  g_assert_false (waymark_after_paint_is_waiting (&wait));
  run_frames (window, 2);
  g_assert_null (strchr (steps->str, 'A'));

  g_signal_handlers_disconnect_by_func (clock, note_step, (gpointer) "B");
  g_signal_handlers_disconnect_by_func (clock, note_step, (gpointer) "P");
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  g_string_free (steps, TRUE);
  steps = NULL;
}

/* A page first shown reads its plan at the start of the frame that
 * shows it: no frame is painted with the page on screen and empty (the
 * Plan's excepted: it reads once laid out, to know what is on screen). */
typedef struct
{
  GtkWidget *page;
  guint      painted_empty;
  guint      painted_read;
} Watch;

static void
watch_painted_cb (GdkFrameClock *clock,
                  Watch         *watch)
{
  if (watch->page == NULL || !gtk_widget_get_mapped (watch->page))
    return;
  if (waymark_page_is_loaded (WAYMARK_PAGE (watch->page)))
    watch->painted_read++;
  else
    watch->painted_empty++;
}

static void
test_pages_show_read_in_their_first_frame (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  const char * const pages[] = { "today", "journal", "crisis", "timeline" };
  WaymarkWindow *window;
  AdwViewStack *stack;
  GdkFrameClock *clock;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  Watch watch = { 0, };

  g_assert_true (waymark_sample_data_fill (store, 30, NULL, &error));
  g_assert_no_error (error);

  window = waymark_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  waymark_test_pump ();
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (watch_painted_cb), &watch);
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), WAYMARK_TYPE_WINDOW, "view_stack"));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      memset (&watch, 0, sizeof watch);
      /* The window opens on Today as it is given its plan. */
      if (i == 0)
        waymark_window_set_store (window, store);
      else
        waymark_window_show_page (window, pages[i]);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);
      while (watch.painted_read == 0 && g_get_monotonic_time () < deadline)
        {
          watch.page = find_by_type (adw_view_stack_get_visible_child (stack), WAYMARK_TYPE_PAGE);
          g_main_context_iteration (NULL, TRUE);
        }
      g_assert_nonnull (watch.page);
      g_assert_cmpuint (watch.painted_read, >, 0);
      if (watch.painted_empty != 0)
        g_error ("The %s page was painted %u times before it had read its plan", pages[i], watch.painted_empty);
    }

  g_signal_handlers_disconnect_by_func (clock, watch_painted_cb, &watch);
  waymark_window_set_store (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/pages/follow-the-store-and-go-with-the-window",
                   test_pages_follow_the_store_and_go_with_the_window);
  g_test_add_func ("/waymark/pages/plan-follows-the-day", test_plan_follows_the_day);
  g_test_add_func ("/waymark/pages/plan-fills-what-shows-first", test_plan_fills_what_shows_first);
  g_test_add_func ("/waymark/pages/frame-steps", test_frame_steps);
  g_test_add_func ("/waymark/pages/show-read-in-their-first-frame", test_pages_show_read_in_their_first_frame);

  return g_test_run ();
}
