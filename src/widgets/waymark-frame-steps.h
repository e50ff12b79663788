/* waymark-frame-steps.h: work done at a widget's next frame, or after it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*WaymarkFrameFunc) (GtkWidget *widget);

/* A wait for the end of a frame: zero-filled is none. */
typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
} WaymarkAfterPaint;

guint    waymark_at_next_frame          (GtkWidget         *widget,
                                         WaymarkFrameFunc   func);
void     waymark_cancel_at_next_frame   (GtkWidget         *widget,
                                         guint             *id);

gboolean waymark_after_next_paint       (WaymarkAfterPaint *wait,
                                         GtkWidget         *widget,
                                         WaymarkFrameFunc   func);
void     waymark_after_paint_cancel     (WaymarkAfterPaint *wait);
gboolean waymark_after_paint_is_waiting (WaymarkAfterPaint *wait);

G_END_DECLS
