/* waymark-checkin-highlight.c: the check-in just saved, scrolled to and
 * lit for a moment in the journal's list
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin-highlight"

#include "config.h"

#include "waymark-checkin-highlight.h"
#include "waymark-checkin-row.h"

/* A saved check-in may land above or below what the list shows (a new
 * one goes to the top, a back-dated one among its days), so the person
 * saw a toast but not the row. The list scrolls to it and its row is
 * lit for a moment. The light comes and goes by a CSS class; the fade
 * is a CSS transition, which GTK leaves out when animations are off
 * (gtk-enable-animations, the reduced-motion setting), so the row then
 * simply shows lit and unlit. Rows are recycled as the list scrolls:
 * each row is lit or not by the check-in it shows as it is bound. */

#define HIGHLIGHT_MS 2500

struct _WaymarkCheckinHighlight
{
  GObject      parent_instance;

  GtkListView *list_view;     /* weak */
  gint64       checkin_id;    /* lit; 0 for none */
  guint        timeout_id;
};

G_DEFINE_FINAL_TYPE (WaymarkCheckinHighlight, waymark_checkin_highlight, G_TYPE_OBJECT)

static void
light_row (WaymarkCheckinHighlight *self,
           GtkWidget               *row)
{
  WaymarkCheckin *checkin = waymark_checkin_row_get_checkin (WAYMARK_CHECKIN_ROW (row));
  gboolean lit = self->checkin_id != 0 && checkin != NULL &&
                 waymark_record_get_id (WAYMARK_RECORD (checkin)) == self->checkin_id;
  /* The list's own row around ours, so the light fills it edge to edge. */
  GtkWidget *item = gtk_widget_get_parent (row) ? gtk_widget_get_parent (row) : row;

  if (lit)
    gtk_widget_add_css_class (item, WAYMARK_CHECKIN_HIGHLIGHT_CSS_CLASS);
  else
    gtk_widget_remove_css_class (item, WAYMARK_CHECKIN_HIGHLIGHT_CSS_CLASS);
}

static void
light_rows (WaymarkCheckinHighlight *self,
            GtkWidget               *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (WAYMARK_IS_CHECKIN_ROW (child))
        light_row (self, child);
      else
        light_rows (self, child);
    }
}

static gboolean
fade_cb (gpointer user_data)
{
  WaymarkCheckinHighlight *self = user_data;

  self->timeout_id = 0;
  self->checkin_id = 0;
  if (self->list_view != NULL)
    light_rows (self, GTK_WIDGET (self->list_view));

  return G_SOURCE_REMOVE;
}

static void
waymark_checkin_highlight_dispose (GObject *object)
{
  WaymarkCheckinHighlight *self = WAYMARK_CHECKIN_HIGHLIGHT (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_weak_pointer (&self->list_view);

  G_OBJECT_CLASS (waymark_checkin_highlight_parent_class)->dispose (object);
}

static void
waymark_checkin_highlight_class_init (WaymarkCheckinHighlightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_checkin_highlight_dispose;
}

static void
waymark_checkin_highlight_init (WaymarkCheckinHighlight *self)
{
}

/**
 * waymark_checkin_highlight_new:
 * @list_view: the list of check-ins, whose rows are #WaymarkCheckinRow
 */
WaymarkCheckinHighlight *
waymark_checkin_highlight_new (GtkListView *list_view)
{
  WaymarkCheckinHighlight *self;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list_view), NULL);

  self = g_object_new (WAYMARK_TYPE_CHECKIN_HIGHLIGHT, NULL);
  g_set_weak_pointer (&self->list_view, list_view);

  return self;
}

/**
 * waymark_checkin_highlight_show:
 * @position: where the check-in is in the list
 * @checkin_id: its id
 *
 * Scrolls the list to the check-in and lights its row for a moment.
 */
void
waymark_checkin_highlight_show (WaymarkCheckinHighlight *self,
                                guint                    position,
                                gint64                   checkin_id)
{
  g_return_if_fail (WAYMARK_IS_CHECKIN_HIGHLIGHT (self));

  if (self->list_view == NULL)
    return;

  self->checkin_id = checkin_id;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (HIGHLIGHT_MS, fade_cb, self);

  /* GTK 4.8 has no gtk_list_view_scroll_to (); the list's own action
   * brings the item into view, with its row made and bound. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  light_rows (self, GTK_WIDGET (self->list_view));
}

/**
 * waymark_checkin_highlight_bind_row:
 * @row: a #WaymarkCheckinRow just given its check-in
 *
 * Lights the row when it shows the check-in just saved, and unlights it
 * when it was lit for another.
 */
void
waymark_checkin_highlight_bind_row (WaymarkCheckinHighlight *self,
                                    GtkWidget               *row)
{
  g_return_if_fail (WAYMARK_IS_CHECKIN_HIGHLIGHT (self));
  g_return_if_fail (WAYMARK_IS_CHECKIN_ROW (row));

  light_row (self, row);
}

/**
 * waymark_checkin_highlight_get_id:
 *
 * Returns: the check-in lit now, or 0
 */
gint64
waymark_checkin_highlight_get_id (WaymarkCheckinHighlight *self)
{
  g_return_val_if_fail (WAYMARK_IS_CHECKIN_HIGHLIGHT (self), 0);

  return self->checkin_id;
}
