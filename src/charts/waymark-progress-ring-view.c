/* waymark-progress-ring-view.c: a progress ring on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-progress-ring-view"

#include "config.h"

#include <math.h>

#include "waymark-chart-view.h"
#include "waymark-progress-ring.h"
#include "waymark-progress-ring-view.h"

#define MINIMUM_SIZE 24
#define NATURAL_SIZE 48

struct _WaymarkProgressRingView
{
  GtkWidget parent_instance;

  /* Owned */
  char              *label;
  WaymarkChartStyle  style;
  double             fraction;
};

G_DEFINE_FINAL_TYPE (WaymarkProgressRingView, waymark_progress_ring_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible_value (WaymarkProgressRingView *self)
{
  g_autofree char *text = waymark_progress_ring_describe (self->fraction);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, self->fraction * 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
waymark_progress_ring_view_css_changed (GtkWidget         *widget,
                                        GtkCssStyleChange *change)
{
  WaymarkProgressRingView *self = WAYMARK_PROGRESS_RING_VIEW (widget);

  GTK_WIDGET_CLASS (waymark_progress_ring_view_parent_class)->css_changed (widget, change);

  /* Colours come from the theme once per style change, not once a
   * frame; the ring then draws from this copy. */
  waymark_chart_style_init_from_widget (&self->style, widget);
  gtk_widget_queue_draw (widget);
}

static void
waymark_progress_ring_view_measure (GtkWidget      *widget,
                                    GtkOrientation  orientation,
                                    int             for_size,
                                    int            *minimum,
                                    int            *natural,
                                    int            *minimum_baseline,
                                    int            *natural_baseline)
{
  *minimum = MINIMUM_SIZE;
  *natural = NATURAL_SIZE;
}

static void
waymark_progress_ring_view_snapshot (GtkWidget   *widget,
                                     GtkSnapshot *snapshot)
{
  WaymarkProgressRingView *self = WAYMARK_PROGRESS_RING_VIEW (widget);
  WaymarkChartStyle style = self->style;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int size = MIN (width, height);
  cairo_t *cr;

  if (size <= 0)
    return;

  /* The label follows the widget's CSS font. */
  waymark_chart_style_set_font_from_widget (&style, widget);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  waymark_progress_ring_draw (cr,
                              (width - size) / 2,
                              (height - size) / 2,
                              size,
                              self->fraction,
                              self->label,
                              &style);
  cairo_destroy (cr);
}

static void
waymark_progress_ring_view_finalize (GObject *object)
{
  WaymarkProgressRingView *self = WAYMARK_PROGRESS_RING_VIEW (object);

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (waymark_progress_ring_view_parent_class)->finalize (object);
}

static void
waymark_progress_ring_view_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  WaymarkProgressRingView *self = WAYMARK_PROGRESS_RING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, waymark_progress_ring_view_get_fraction (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, waymark_progress_ring_view_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_progress_ring_view_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  WaymarkProgressRingView *self = WAYMARK_PROGRESS_RING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      waymark_progress_ring_view_set_fraction (self, g_value_get_double (value));
      break;

    case PROP_LABEL:
      waymark_progress_ring_view_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_progress_ring_view_class_init (WaymarkProgressRingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = waymark_progress_ring_view_finalize;
  object_class->get_property = waymark_progress_ring_view_get_property;
  object_class->set_property = waymark_progress_ring_view_set_property;

  widget_class->css_changed = waymark_progress_ring_view_css_changed;
  widget_class->measure = waymark_progress_ring_view_measure;
  widget_class->snapshot = waymark_progress_ring_view_snapshot;

  /**
   * WaymarkProgressRingView:fraction:
   *
   * How much is done, from 0 to 1.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkProgressRingView:label:
   *
   * Short text shown in the middle of the ring, such as "75%", or %NULL
   * for none. It is left out when the ring is too small to show it.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progress-ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
waymark_progress_ring_view_init (WaymarkProgressRingView *self)
{
  waymark_chart_style_init_light (&self->style);
  update_accessible_value (self);
}

GtkWidget *
waymark_progress_ring_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_PROGRESS_RING_VIEW, NULL);
}

double
waymark_progress_ring_view_get_fraction (WaymarkProgressRingView *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROGRESS_RING_VIEW (self), 0.0);

  return self->fraction;
}

/**
 * waymark_progress_ring_view_set_fraction:
 * @self: a #WaymarkProgressRingView
 * @fraction: how much is done; clamped to 0..1, and NaN counts as 0
 */
void
waymark_progress_ring_view_set_fraction (WaymarkProgressRingView *self,
                                         double                   fraction)
{
  g_return_if_fail (WAYMARK_IS_PROGRESS_RING_VIEW (self));

  fraction = isnan (fraction) ? 0.0 : CLAMP (fraction, 0.0, 1.0);

  if (self->fraction == fraction)
    return;

  self->fraction = fraction;
  update_accessible_value (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

const char *
waymark_progress_ring_view_get_label (WaymarkProgressRingView *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROGRESS_RING_VIEW (self), NULL);

  return self->label;
}

void
waymark_progress_ring_view_set_label (WaymarkProgressRingView *self,
                                      const char              *label)
{
  g_return_if_fail (WAYMARK_IS_PROGRESS_RING_VIEW (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
