/* waymark-marker-legend.c: what the timeline's markers mean, under the
 * chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-marker-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-journey.h"
#include "waymark-marker-legend.h"
#include "waymark-timeline-chart.h"

/* Each kind of event's marker, drawn as on the chart, beside its name:
 * a flow box, so at 360 px the entries wrap onto more lines. The names
 * are labels a screen reader reads; the shapes only show. */

#define MARKER_SIZE 5.5

static void
draw_marker (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  WaymarkJourneyEventKind kind = GPOINTER_TO_INT (user_data);
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  waymark_timeline_marker_path (cr, kind, width / 2.0, height / 2.0, MARKER_SIZE);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.8);
  cairo_fill (cr);
}

/**
 * waymark_marker_legend_new:
 *
 * Returns: (transfer floating): the legend, one entry for each kind of
 *   event
 */
GtkWidget *
waymark_marker_legend_new (void)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), WAYMARK_N_JOURNEY_EVENT_KINDS);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 4);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_add_css_class (box, "waymark-marker-legend");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the markers mean"), -1);

  for (WaymarkJourneyEventKind kind = 0; kind < WAYMARK_N_JOURNEY_EVENT_KINDS; kind++)
    {
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      /* The shape only shows: its name beside it is what is read. */
      GtkWidget *marker = g_object_new (GTK_TYPE_DRAWING_AREA,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);
      GtkWidget *name = gtk_label_new (waymark_journey_event_kind_get_name (kind));
      GtkWidget *child;

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (marker), 14);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (marker), 14);
      gtk_widget_set_valign (marker, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (marker), draw_marker, GINT_TO_POINTER (kind), NULL);
      gtk_widget_add_css_class (name, "caption");
      gtk_label_set_xalign (GTK_LABEL (name), 0.0);
      gtk_box_append (GTK_BOX (entry), marker);
      gtk_box_append (GTK_BOX (entry), name);

      gtk_flow_box_append (GTK_FLOW_BOX (box), entry);
      child = gtk_widget_get_parent (entry);
      gtk_widget_set_focusable (child, FALSE);
    }

  return box;
}
