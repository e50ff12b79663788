/* waymark-journal-page-charts.c: the Journal page's chart card: the
 * measure and range shown, the trend in words, and the card stepping
 * aside when the window is too short for it and a useful part of the list
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-page"

#include "config.h"

#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-journal-page-private.h"

/* The chart's choices, in the order of the dropdown. */
static const WaymarkMeasure measures[] = {
  WAYMARK_MEASURE_MOOD, WAYMARK_MEASURE_SLEEP, WAYMARK_MEASURE_ANXIETY,
  WAYMARK_MEASURE_ENERGY, WAYMARK_MEASURE_ROUTINE,
};

static const struct
{
  const char        *name;   /* the journal-range setting */
  WaymarkChartRange  range;
} ranges[] = {
  { "two-weeks", WAYMARK_CHART_RANGE_TWO_WEEKS },
  { "three-months", WAYMARK_CHART_RANGE_THREE_MONTHS },
  { "year", WAYMARK_CHART_RANGE_YEAR },
  { "all", WAYMARK_CHART_RANGE_ALL },
};

static void
update_chart (WaymarkJournalPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->measure_dropdown);
  WaymarkMeasure measure = measures[MIN (selected, G_N_ELEMENTS (measures) - 1)];
  g_autofree char *description = NULL;

  if (self->series == NULL)
    return;

  if (measure == WAYMARK_MEASURE_ROUTINE)
    {
      gtk_stack_set_visible_child_name (self->chart_stack, "routine");
    }
  else
    {
      waymark_trend_chart_view_set_measure (self->trend_view, measure);
      gtk_stack_set_visible_child_name (self->chart_stack, "trend");
    }

  description = waymark_day_series_describe_trend (self->series, measure, waymark_local_today_julian ());
  gtk_label_set_label (self->trend_label, description);
  gtk_widget_set_opacity (GTK_WIDGET (self->trend_label), 1.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->trend_label), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
}

/* The day of the list's check-in at @position, 0 for none. */
static guint32
checkin_day (WaymarkJournalPage *self,
             guint               position)
{
  g_autoptr(WaymarkCheckin) checkin = NULL;

  if (self->checkins == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->checkins)))
    return 0;

  checkin = g_list_model_get_item (G_LIST_MODEL (self->checkins), position);
  return waymark_date_to_julian (waymark_record_get_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_LOCAL_DATE));
}

/* Until the first series comes, the sentence's place is kept: the
 * sentence of the kind the journal will have (nothing in the last 30
 * days, those days only, or those and the 30 before: told from its
 * newest and oldest check-ins), unseen and hidden from screen readers,
 * so the list below does not move when the real one, as many lines at
 * almost any width, takes its place. */
static void
keep_description_place (WaymarkJournalPage *self)
{
  g_autoptr(WaymarkDaySeries) stand_in = waymark_day_series_new ();
  g_autofree char *sentence = NULL;
  guint selected = gtk_drop_down_get_selected (self->measure_dropdown);
  guint32 today = waymark_local_today_julian ();
  guint32 newest = checkin_day (self, 0);
  guint32 oldest = self->checkins ? checkin_day (self, g_list_model_get_n_items (G_LIST_MODEL (self->checkins)) - 1) : 0;
  guint32 days[2] = { today - 45, today - 15 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      WaymarkDay day = { days[i], 1, };

      /* Only what the journal has: nothing recent, or no month before. */
      if (newest == 0 || newest + 30 <= today || (i == 0 && oldest + 30 > today))
        continue;
      for (guint m = 0; m < WAYMARK_N_MEASURES; m++)
        day.values[m] = m == WAYMARK_MEASURE_ROUTINE ? 0.5 : 5.0;
      waymark_day_series_append (stand_in, &day);
    }
  waymark_day_series_finish (stand_in);

  sentence = waymark_day_series_describe_trend (stand_in, measures[MIN (selected, G_N_ELEMENTS (measures) - 1)], today);
  gtk_label_set_label (self->trend_label, sentence);
  gtk_widget_set_opacity (GTK_WIDGET (self->trend_label), 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->trend_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static void
set_series (WaymarkJournalPage *self,
            WaymarkDaySeries   *series)
{
  guint32 today = waymark_local_today_julian ();

  g_set_object (&self->series, series);
  for (guint i = 0; i < G_N_ELEMENTS (self->chart_views); i++)
    {
      waymark_chart_view_set_series (self->chart_views[i], series);
      waymark_chart_view_set_today (self->chart_views[i], today);
    }

  update_chart (self);
  _waymark_journal_page_update_warning (self);
  _waymark_journal_page_update_visible (self);
}

/* One read of the day series, and the page that asked. */
typedef struct
{
  WaymarkJournalPage *page;
  GCancellable       *cancellable;
} SeriesRequest;

static void
series_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SeriesRequest *request = user_data;
  g_autoptr(WaymarkJournalPage) self = request->page;
  g_autoptr(GCancellable) cancellable = request->cancellable;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaySeries) series = NULL;

  g_free (request);
  series = waymark_store_load_day_series_finish (WAYMARK_STORE (source), result, &error);

  /* A read no longer wanted (a newer one began, or the page let go of
   * the plan: another client's file, Close Plan) is never shown,
   * whatever it found; nor one of a store the page no longer shows. */
  if (cancellable != self->series_read || WAYMARK_STORE (source) != _waymark_journal_page_get_store (self))
    return;

  g_clear_object (&self->series_read);
  if (series == NULL)
    {
      /* Not cancelled by the page: the plan was closed under it. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        waymark_show_error (GTK_WIDGET (self), error->message);
      _waymark_journal_page_update_visible (self);
      return;
    }

  set_series (self, series);
}

/**
 * _waymark_journal_page_reload_series:
 *
 * Hands the charts the day series: the one the store keeps, at once, or
 * else read again in another thread (40 ms at 100,000 check-ins), the
 * charts keeping what they show meanwhile (when first shown, nothing: a
 * quiet empty chart of the same size, and the sentence's place kept).
 * The low-mood note follows it.
 */
void
_waymark_journal_page_reload_series (WaymarkJournalPage *self)
{
  WaymarkStore *store = _waymark_journal_page_get_store (self);
  SeriesRequest *request;
  WaymarkDaySeries *kept;

  g_cancellable_cancel (self->series_read);
  g_clear_object (&self->series_read);
  if (store == NULL)
    return;

  kept = waymark_store_peek_day_series (store);
  if (kept != NULL)
    {
      set_series (self, kept);
      return;
    }

  request = g_new0 (SeriesRequest, 1);
  request->page = g_object_ref (self);
  request->cancellable = g_cancellable_new ();
  self->series_read = g_object_ref (request->cancellable);
  waymark_store_load_day_series_async (store, request->cancellable, series_read_cb, request);
  if (self->series == NULL)
    keep_description_place (self);
}

/* Nothing read from the plan stays in the charts. */
void
_waymark_journal_page_unload_series (WaymarkJournalPage *self)
{
  g_cancellable_cancel (self->series_read);
  g_clear_object (&self->series_read);
  g_clear_object (&self->series);
  for (guint i = 0; i < G_N_ELEMENTS (self->chart_views); i++)
    waymark_chart_view_set_series (self->chart_views[i], NULL);
  gtk_label_set_label (self->trend_label, "");
  gtk_widget_set_opacity (GTK_WIDGET (self->trend_label), 1.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->trend_label), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
}

/**
 * _waymark_journal_page_set_range:
 * @name: a journal-range setting: "two-weeks", "three-months", "year", "all"
 *
 * Shows @name's range in both charts, and keeps it for the next start.
 *
 * Returns: %FALSE for a name that is none of those
 */
gboolean
_waymark_journal_page_set_range (WaymarkJournalPage *self,
                                 const char         *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    if (g_str_equal (ranges[i].name, name))
      {
        for (guint v = 0; v < G_N_ELEMENTS (self->chart_views); v++)
          waymark_chart_view_set_range (self->chart_views[v], ranges[i].range);
        if (self->settings != NULL)
          g_settings_set_string (self->settings, "journal-range", name);
        return TRUE;
      }

  return FALSE;
}

static gboolean
fit_chart_cb (gpointer data)
{
  WaymarkJournalPage *self = data;

  self->fit_chart_source = 0;
  gtk_revealer_set_reveal_child (self->chart_revealer, self->chart_fits);
  /* Hidden, not only folded: no spacing kept for it either. */
  gtk_widget_set_visible (GTK_WIDGET (self->chart_revealer), self->chart_fits);

  return G_SOURCE_REMOVE;
}

/* The chart card's height at the page's @width: what showing it costs. */
int
_waymark_journal_page_chart_height (WaymarkJournalPage *self,
                                    int                 width)
{
  GtkWidget *card = gtk_revealer_get_child (self->chart_revealer);
  int card_width = gtk_widget_get_width (GTK_WIDGET (self->filter_bar));
  int height = 0;

  /* As wide as the filters below it, in the same column; before the
   * first layout, as the page. */
  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, MAX (card_width > 0 ? card_width : width, 1),
                      &height, NULL, NULL, NULL);

  /* With the box's spacing above it. */
  return height + gtk_box_get_spacing (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->chart_revealer))));
}

/* WaymarkPage's, which the page's own measure and allocation add to. */
static GtkWidgetClass *
page_widget_class (void)
{
  return GTK_WIDGET_CLASS (g_type_class_peek (WAYMARK_TYPE_PAGE));
}

/* The chart is shown when the page is tall enough for it above a useful
 * part of the list; in a shorter window, such as a phone's, the list
 * stays and the chart steps aside. So the page may be given less than
 * its height with the chart; it decides once it knows its size, and
 * shows or hides the chart just after (never while being laid out). */
void
_waymark_journal_page_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (widget);

  page_widget_class ()->measure (widget, orientation, for_size, minimum, natural,
                                 minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_VERTICAL && gtk_revealer_get_reveal_child (self->chart_revealer))
    *minimum = MAX (0, *minimum - _waymark_journal_page_chart_height (self, for_size));
}

void
_waymark_journal_page_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  WaymarkJournalPage *self = WAYMARK_JOURNAL_PAGE (widget);
  gboolean shown = gtk_revealer_get_reveal_child (self->chart_revealer);
  int needed = 0;

  gtk_widget_measure (GTK_WIDGET (self->stack), GTK_ORIENTATION_VERTICAL, width, &needed, NULL, NULL, NULL);

  /* Until the chart goes, laid out as tall as it needs (one frame). */
  page_widget_class ()->size_allocate (widget, width, MAX (height, needed), baseline);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "journal") != 0)
    return;

  if (!shown)
    needed += _waymark_journal_page_chart_height (self, width);
  self->chart_fits = height >= needed;
  if (self->chart_fits != shown && self->fit_chart_source == 0)
    self->fit_chart_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_chart_cb, self, NULL);
}

void
_waymark_journal_page_init_charts (WaymarkJournalPage *self)
{
  self->chart_views[0] = WAYMARK_CHART_VIEW (self->trend_view);
  self->chart_views[1] = WAYMARK_CHART_VIEW (self->heat_map_view);

  g_signal_connect_swapped (self->measure_dropdown, "notify::selected", G_CALLBACK (update_chart), self);
}
