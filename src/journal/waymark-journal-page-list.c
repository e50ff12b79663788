/* waymark-journal-page-list.c: the Journal page's list of check-ins: its
 * rows, its filters (words, a tag, a period), Delete on the focused row,
 * and a saved check-in scrolled to and lit
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-journal-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-checkin-row.h"
#include "waymark-date.h"
#include "waymark-feedback.h"
#include "waymark-journal-page-private.h"
#include "waymark-list-box.h"

/* The list's period filter, in the order of its dropdown: days back,
 * 0 for any time. */
static const guint period_days[] = { 0, 7, 30, 91, 365 };

/* The tags of the plan's check-ins, the one chosen kept chosen. */
void
_waymark_journal_page_reload_tags (WaymarkJournalPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_auto(GStrv) tags = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringObject *current = gtk_drop_down_get_selected_item (self->tag_dropdown);
  g_autofree char *selected = NULL;
  guint position = 0;

  if (current != NULL && gtk_drop_down_get_selected (self->tag_dropdown) > 0)
    selected = g_strdup (gtk_string_object_get_string (current));

  gtk_string_list_append (model, _("Any tag"));
  if (_waymark_journal_page_get_store (self) != NULL)
    tags = waymark_store_list_checkin_tags (_waymark_journal_page_get_store (self), &error);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gtk_string_list_append (model, tags[i]);
      if (g_strcmp0 (tags[i], selected) == 0)
        position = i + 1;
    }

  g_signal_handlers_block_matched (self->tag_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->tag_dropdown, position);
  g_signal_handlers_unblock_matched (self->tag_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* GTK 4.8's GtkListView keeps a row for each of 200 items around the
 * one it is anchored to, whatever its height shows (six check-ins in a
 * 900 px window), and at 100,000 check-ins that was most of the
 * journal's first showing: 200 rows made, bound (a check-in read each),
 * styled and measured before its first frame. So the view is given the
 * list through a slice: none of it as the page reads the plan; then, at
 * the start of the next frame (a tick callback), enough rows to fill the
 * list (see first_rows ()); then ROWS_A_FRAME more a frame (a row costs about 0.4 ms of
 * processor, so a frame stays near 6 ms) until the view has all the
 * rows it will ever keep; then the whole list at once, which makes no
 * more rows. Meanwhile, a third of a second at 60 Hz, the scroll bar and
 * End reach only the rows given so far; a saved check-in to scroll to
 * gives the view the whole list at once.
 *
 * Rows made at the start of a frame are styled before they are first
 * measured. Rows made while the page reads the plan (an idle after the
 * frame that showed it) were measured twice: first by GDK's X11 size
 * check, which runs before the next frame, when their style is not yet
 * worked out (a new widget's is the default one), then again in the
 * frame once it is. */
#define ROWS_KEPT 200         /* GtkListView's own limit, GTK 4.8 */
#define ROWS_A_FRAME 8
#define SHORTEST_ROW 40       /* px: a row with only its day */

/* Enough rows to fill the list as it was last shown; the first time,
 * before the list or the page has been laid out, the window's height
 * less the chart card's (which the frame measures anyway). */
static guint
first_rows (WaymarkJournalPage *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  int height = gtk_widget_get_height (GTK_WIDGET (self->list_view));

  if (height <= 0 && root != NULL)
    {
      height = gtk_widget_get_height (root);
      if (height > 0 && gtk_revealer_get_reveal_child (self->chart_revealer))
        height -= _waymark_journal_page_chart_height (self, gtk_widget_get_width (root));
    }
  if (height <= 0)
    height = 1080;

  return height / SHORTEST_ROW + 2;
}

static gboolean
grow_list_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  WaymarkJournalPage *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->slice);

  size = size == 0 ? first_rows (self) : size + ROWS_A_FRAME;
  if (size >= ROWS_KEPT + ROWS_A_FRAME || size >= g_list_model_get_n_items (G_LIST_MODEL (self->checkins)))
    {
      self->grow_tick = 0;
      gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (self->slice, size);
  return G_SOURCE_CONTINUE;
}

static void
stop_growing (WaymarkJournalPage *self)
{
  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->grow_tick);
  self->grow_tick = 0;
}

/* A short list is shown whole at once; a long one grows. */
static void
start_growing (WaymarkJournalPage *self)
{
  stop_growing (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->checkins)) <= first_rows (self))
    {
      gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
      return;
    }

  gtk_slice_list_model_set_size (self->slice, 0);
  self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), grow_list_cb, self, NULL);
}

/**
 * _waymark_journal_page_list_whole:
 *
 * Gives the view the whole list now, such as to scroll to a check-in.
 */
void
_waymark_journal_page_list_whole (WaymarkJournalPage *self)
{
  if (self->slice == NULL || self->grow_tick == 0)
    return;

  stop_growing (self);
  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
}

void
_waymark_journal_page_apply_filter (WaymarkJournalPage *self)
{
  WaymarkJournalFilter filter = { 0, };
  g_autoptr(GError) error = NULL;
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  char from[16];

  if (self->checkins == NULL)
    return;

  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (tag > 0 && tag != GTK_INVALID_LIST_POSITION)
    filter.tag = gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->tag_dropdown));
  if (period > 0 && period < G_N_ELEMENTS (period_days))
    {
      waymark_date_from_julian (waymark_local_today_julian () - (period_days[period] - 1), from);
      filter.from = from;
    }

  /* A new filter can change the whole list: the view lets go of the
   * model meanwhile, so it makes only the rows it keeps instead of
   * comparing every old row with every new one; and it is given the
   * list's first rows, then the rest a few rows a frame (see
   * grow_list_cb ()). */
  gtk_list_view_set_model (self->list_view, NULL);
  if (!waymark_checkin_list_set_filter (self->checkins, &filter, &error))
    waymark_show_error (GTK_WIDGET (self), error->message);
  start_growing (self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  _waymark_journal_page_update_visible (self);
}

/* An edited check-in keeps its place; its row is drawn again. A saved
 * one, new or edited, is scrolled to and lit for a moment: a new one is
 * added above what the list shows, a back-dated one among its days. */
void
_waymark_journal_page_show_saved (WaymarkJournalPage *self,
                                  WaymarkCheckin     *checkin)
{
  gint64 id = waymark_record_get_id (WAYMARK_RECORD (checkin));
  guint position;

  if (self->checkins == NULL)
    return;

  _waymark_journal_page_list_whole (self);
  waymark_checkin_list_refresh (self->checkins, id);
  position = waymark_checkin_list_find (self->checkins, id);
  if (position != G_MAXUINT)
    waymark_checkin_highlight_show (self->highlight, position, id);
}

static void
list_activate_cb (WaymarkJournalPage *self,
                  guint               position)
{
  g_autoptr(WaymarkCheckin) checkin = g_list_model_get_item (G_LIST_MODEL (self->checkins), position);

  if (checkin != NULL && waymark_record_get_id (WAYMARK_RECORD (checkin)) > 0)
    _waymark_journal_page_open_editor (self, checkin);
}

/* Delete on the focused check-in. The list has no selection model that
 * would remember a selected row: GtkSingleSelection in GTK 4.8 reads
 * every item of the list when it changes, which costs seconds at
 * 100,000 check-ins. The focused row says which check-in it shows. */
static gboolean
list_key_pressed_cb (WaymarkJournalPage *self,
                     guint               keyval,
                     guint               keycode,
                     GdkModifierType     state,
                     GtkEventController *controller)
{
  GtkWidget *focus;
  WaymarkCheckin *checkin;

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return GDK_EVENT_PROPAGATE;

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  while (focus != NULL && !WAYMARK_IS_CHECKIN_ROW (focus) && gtk_widget_get_first_child (focus) != NULL &&
         focus != GTK_WIDGET (self->list_view))
    focus = gtk_widget_get_first_child (focus);

  if (focus == NULL || !WAYMARK_IS_CHECKIN_ROW (focus))
    return GDK_EVENT_PROPAGATE;

  checkin = waymark_checkin_row_get_checkin (WAYMARK_CHECKIN_ROW (focus));
  if (checkin == NULL || waymark_record_get_id (WAYMARK_RECORD (checkin)) == 0)
    return GDK_EVENT_PROPAGATE;

  waymark_journal_page_delete_checkin (self, checkin);
  return GDK_EVENT_STOP;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WaymarkJournalPage       *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (waymark_checkin_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             WaymarkJournalPage       *self)
{
  WaymarkCheckinRow *row = WAYMARK_CHECKIN_ROW (gtk_list_item_get_child (item));

  waymark_checkin_row_set_checkin (row, _waymark_journal_page_get_store (self), gtk_list_item_get_item (item));
  waymark_checkin_highlight_bind_row (self->highlight, GTK_WIDGET (row));
}

/* The plan's check-ins, with the filters of the plan open before cleared;
 * attached to the view by _waymark_journal_page_apply_filter (), once. */
void
_waymark_journal_page_load_list (WaymarkJournalPage *self)
{
  self->checkins = waymark_checkin_list_new (_waymark_journal_page_get_store (self));
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->checkins)), 0, 0);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  g_signal_connect_swapped (self->checkins, "items-changed", G_CALLBACK (_waymark_journal_page_update_visible), self);

  g_signal_handlers_block_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->period_dropdown, 0);
}

void
_waymark_journal_page_unload_list (WaymarkJournalPage *self)
{
  stop_growing (self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->checkins);
}

void
_waymark_journal_page_init_list (WaymarkJournalPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  self->highlight = waymark_checkin_highlight_new (self->list_view);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);
  waymark_list_tooltips_attach (GTK_WIDGET (self->list_view));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (_waymark_journal_page_apply_filter), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (_waymark_journal_page_apply_filter), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (_waymark_journal_page_apply_filter), self);
}
