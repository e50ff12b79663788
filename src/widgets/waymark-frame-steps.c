/* waymark-frame-steps.c: work done at a widget's next frame, or after it
 *
 * Two moments the pages and the window choose for their work:
 *
 * - the start of the next frame (its update phase, before its layout):
 *   widgets made then are styled, measured and painted once, in that
 *   frame. Made between frames instead, they were measured first by
 *   GDK's check of the window's size (X11 runs it in an idle before the
 *   next frame, with the new widgets' styles not worked out yet), then
 *   again by the frame.
 * - the end of the next frame painted: what waits for a page to be laid
 *   out (its width, what is on screen) or shown before it does more.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-frame-steps"

#include "config.h"

#include "waymark-frame-steps.h"

static gboolean
at_next_frame_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  WaymarkFrameFunc func = (WaymarkFrameFunc) user_data;

  func (widget);

  return G_SOURCE_REMOVE;
}

/**
 * waymark_at_next_frame:
 * @widget: a widget
 * @func: called once with @widget, at the start of its next frame
 *
 * Runs @func at the start of @widget's next frame, which this asks for;
 * only while @widget is mapped (a widget unmapped first waits until it
 * is shown again). @func must forget the id it was given before anything
 * else: the call is then over.
 *
 * Returns: an id for waymark_cancel_at_next_frame ()
 */
guint
waymark_at_next_frame (GtkWidget        *widget,
                       WaymarkFrameFunc  func)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (func != NULL, 0);

  return gtk_widget_add_tick_callback (widget, at_next_frame_cb, (gpointer) func, NULL);
}

/**
 * waymark_cancel_at_next_frame:
 * @id: (inout): an id from waymark_at_next_frame (), or 0; set to 0
 */
void
waymark_cancel_at_next_frame (GtkWidget *widget,
                              guint     *id)
{
  if (*id != 0)
    gtk_widget_remove_tick_callback (widget, *id);
  *id = 0;
}

typedef struct
{
  WaymarkAfterPaint *wait;
  GtkWidget         *widget;  /* weak: the wait is its owner's, cancelled in its dispose */
  WaymarkFrameFunc   func;
} AfterPaint;

static void
after_paint_cb (GdkFrameClock *clock,
                AfterPaint    *data)
{
  GtkWidget *widget = data->widget;
  WaymarkFrameFunc func = data->func;

  /* Frees @data. */
  waymark_after_paint_cancel (data->wait);
  func (widget);
}

static void
after_paint_free (gpointer data,
                  GClosure *closure)
{
  g_free (data);
}

/**
 * waymark_after_next_paint:
 * @wait: where the wait is kept, none yet
 * @widget: a widget, mapped
 * @func: called once with @widget, when its next frame has been painted
 *
 * Runs @func once @widget's frame clock has painted its next frame (one
 * asked for by something else: a widget just shown or changed). Cancel
 * it with waymark_after_paint_cancel () in the owner's dispose.
 *
 * Returns: %FALSE, doing nothing, when @widget has no frame clock (not
 *   realized) or @wait is waiting already
 */
gboolean
waymark_after_next_paint (WaymarkAfterPaint *wait,
                          GtkWidget         *widget,
                          WaymarkFrameFunc   func)
{
  GdkFrameClock *clock;
  AfterPaint *data;

  g_return_val_if_fail (wait != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL || wait->handler != 0)
    return FALSE;

  data = g_new0 (AfterPaint, 1);
  data->wait = wait;
  data->widget = widget;
  data->func = func;
  wait->clock = g_object_ref (clock);
  wait->handler = g_signal_connect_data (clock, "after-paint", G_CALLBACK (after_paint_cb), data,
                                         after_paint_free, 0);

  return TRUE;
}

/**
 * waymark_after_paint_cancel:
 * @wait: a wait, or none
 */
void
waymark_after_paint_cancel (WaymarkAfterPaint *wait)
{
  if (wait->handler != 0)
    g_clear_signal_handler (&wait->handler, wait->clock);
  g_clear_object (&wait->clock);
}

/**
 * waymark_after_paint_is_waiting:
 *
 * Returns: whether @wait waits for a frame
 */
gboolean
waymark_after_paint_is_waiting (WaymarkAfterPaint *wait)
{
  return wait->handler != 0;
}
