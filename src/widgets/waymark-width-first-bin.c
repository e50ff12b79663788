/* waymark-width-first-bin.c: a bin whose width never depends on the
 * height it is offered
 *
 * GtkStack and AdwSqueezer ask their children how wide they must be for
 * a given height before they allocate them. A box of wrapped labels
 * offered less height than it needs answers "as wide as every label on
 * one line", and is laid out wider than a phone's window, its buttons
 * past the edge. Inside this bin it is asked its width for any height:
 * what a height-for-width layout means.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-width-first-bin"

#include "config.h"

#include "waymark-width-first-bin.h"

G_DEFINE_TYPE (WaymarkWidthFirstBin, waymark_width_first_bin, ADW_TYPE_BIN)

static GtkSizeRequestMode
waymark_width_first_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
waymark_width_first_bin_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL || !gtk_widget_should_layout (child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
waymark_width_first_bin_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
waymark_width_first_bin_class_init (WaymarkWidthFirstBinClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = waymark_width_first_bin_get_request_mode;
  widget_class->measure = waymark_width_first_bin_measure;
  widget_class->size_allocate = waymark_width_first_bin_size_allocate;
}

static void
waymark_width_first_bin_init (WaymarkWidthFirstBin *self)
{
  /* AdwBin's GtkBinLayout would answer in place of measure () and
   * size_allocate () above. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

GtkWidget *
waymark_width_first_bin_new (void)
{
  return g_object_new (WAYMARK_TYPE_WIDTH_FIRST_BIN, NULL);
}
