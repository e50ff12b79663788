/* waymark-journal-page-private.h: shared by the Journal page's own files
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-checkin-highlight.h"
#include "waymark-checkin-list.h"
#include "waymark-day-series.h"
#include "waymark-journal-page.h"
#include "waymark-low-mood-note.h"
#include "waymark-routine-heat-map-view.h"
#include "waymark-safety-banner.h"
#include "waymark-trend-chart-view.h"

G_BEGIN_DECLS

/* The page reads the journal twice over: the list holds only ids and
 * reads the check-ins on screen (WaymarkCheckinList), and the charts
 * draw from one summary a day (WaymarkDaySeries), read again when
 * check-ins, the routine or medications change. */
struct _WaymarkJournalPage
{
  WaymarkPage         parent_instance;

  /* Owned */
  WaymarkCheckinList *checkins;
  GtkSliceListModel  *slice;        /* of checkins: the first ones, growing */
  GtkNoSelection     *selection;    /* of slice, for the list view */
  guint               grow_tick;    /* the slice growing a frame at a time */
  WaymarkDaySeries   *series;
  GCancellable       *series_read;  /* the day series being read, in another thread */
  GSettings          *settings;
  GSimpleActionGroup *actions;
  gboolean            warning_dismissed;
  GtkFileChooserNative *chooser;
  WaymarkCheckinHighlight *highlight;
  guint                fit_chart_source;
  gboolean             chart_fits;

  /* Template widgets */
  WaymarkSafetyBanner  *safety_banner;
  GtkStack             *stack;
  GtkRevealer          *warning_revealer;
  WaymarkLowMoodNote   *warning_note;
  GtkLabel             *latest_questionnaires_label;
  GtkLabel             *latest_questionnaires_below;
  AdwSqueezer          *latest_questionnaires_squeezer;
  GtkRevealer          *chart_revealer;
  GtkFlowBox           *chart_header;
  GtkFlowBox           *filter_bar;
  GtkDropDown          *measure_dropdown;
  GtkStack             *chart_stack;
  WaymarkTrendChartView *trend_view;
  WaymarkRoutineHeatMapView *heat_map_view;
  GtkLabel             *trend_label;
  WaymarkChartView     *chart_views[2];   /* the two above, as what they share */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *tag_dropdown;
  GtkDropDown          *period_dropdown;
  GtkStack             *list_stack;
  GtkListView          *list_view;
};

static inline WaymarkStore *
_waymark_journal_page_get_store (WaymarkJournalPage *self)
{
  return waymark_page_get_store (WAYMARK_PAGE (self));
}

/* waymark-journal-page.c: the page as a whole */
void     _waymark_journal_page_update_warning (WaymarkJournalPage *self);
void     _waymark_journal_page_update_visible (WaymarkJournalPage *self);

/* waymark-journal-page-list.c: the list and its filters */
void     _waymark_journal_page_init_list      (WaymarkJournalPage *self);
void     _waymark_journal_page_load_list      (WaymarkJournalPage *self);
void     _waymark_journal_page_unload_list    (WaymarkJournalPage *self);
void     _waymark_journal_page_reload_tags    (WaymarkJournalPage *self);
void     _waymark_journal_page_apply_filter   (WaymarkJournalPage *self);
void     _waymark_journal_page_show_saved     (WaymarkJournalPage *self,
                                               WaymarkCheckin     *checkin);
void     _waymark_journal_page_list_whole     (WaymarkJournalPage *self);

/* waymark-journal-page-charts.c: the chart card */
void     _waymark_journal_page_init_charts    (WaymarkJournalPage *self);
void     _waymark_journal_page_reload_series  (WaymarkJournalPage *self);
void     _waymark_journal_page_unload_series  (WaymarkJournalPage *self);
gboolean _waymark_journal_page_set_range      (WaymarkJournalPage *self,
                                               const char         *name);
int      _waymark_journal_page_chart_height   (WaymarkJournalPage *self,
                                               int                 width);
void     _waymark_journal_page_measure        (GtkWidget          *widget,
                                               GtkOrientation      orientation,
                                               int                 for_size,
                                               int                *minimum,
                                               int                *natural,
                                               int                *minimum_baseline,
                                               int                *natural_baseline);
void     _waymark_journal_page_size_allocate  (GtkWidget          *widget,
                                               int                 width,
                                               int                 height,
                                               int                 baseline);

/* waymark-journal-page-actions.c: the journal.* actions and what they open */
void     _waymark_journal_page_init_actions   (WaymarkJournalPage *self);
void     _waymark_journal_page_open_editor    (WaymarkJournalPage *self,
                                               WaymarkCheckin     *checkin);

G_END_DECLS
