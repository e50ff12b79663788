/* waymark-chart-view.c: what the journal's charts share on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-chart-view.h"
#include "waymark-date.h"

#define MINIMUM_WIDTH   280
#define NATURAL_WIDTH   640
#define MINIMUM_HEIGHT  160
#define NATURAL_HEIGHT  220

typedef struct
{
  /* Owned */
  WaymarkDaySeries  *series;
  WaymarkChartStyle  style;
  WaymarkChartRange  range;
  guint32            today;     /* 0 for the local calendar day */
  guint32            first;     /* the range, worked out from the above */
  guint32            last;
  GskRenderNode     *node;      /* the drawing without its focus, or NULL */
  int                node_width;
  int                node_height;
  guint32            hovered;   /* 0 for none */
  guint32            focused;   /* 0 for none */
} WaymarkChartViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WaymarkChartView, waymark_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_RANGE,
  PROP_TODAY,
  PROP_FOCUSED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_chart_color (WaymarkChartColor *color,
                 const GdkRGBA     *rgba)
{
  color->r = rgba->red;
  color->g = rgba->green;
  color->b = rgba->blue;
  color->a = rgba->alpha;
}

/* Drops the kept drawing, to be drawn again on the next frame. */
static void
clear_drawing (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_clear_pointer (&priv->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint32
get_today (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  return priv->today != 0 ? priv->today : waymark_local_today_julian ();
}

/* The day marked: the hovered one, else the focused one while the chart
 * has the keyboard focus; 0 for none. */
static guint32
get_focus (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  if (priv->hovered != 0)
    return priv->hovered;

  return gtk_widget_has_focus (GTK_WIDGET (self)) ? priv->focused : 0;
}

/* The focused day's values are the accessible label, read out as the
 * arrows move; the trend in a sentence is the description. A hovered
 * day only changes the tooltip: a pointer passing over should not make
 * a screen reader talk. */
/**
 * waymark_chart_describe_time_direction:
 * @widget: a chart
 *
 * Charts are not mirrored in a right-to-left layout: time runs from left
 * to right whatever the language, as on a printed chart. Someone who
 * reads right to left and cannot see the chart is told so.
 *
 * Returns: (nullable): the sentence, translated, or %NULL when @widget is
 *   laid out left to right
 */
const char *
waymark_chart_describe_time_direction (GtkWidget *widget)
{
  if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL)
    return NULL;

  /* Translators: added to a chart's description for screen readers when
   * the window is laid out right to left (Arabic, Hebrew, …): the chart
   * itself is not mirrored. */
  return _("Time runs from left to right: the oldest day is on the left, the newest on the right.");
}

static void
update_accessible (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);
  WaymarkMeasure measure = WAYMARK_CHART_VIEW_GET_CLASS (self)->get_measure (self);
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (priv->focused != 0)
    label = WAYMARK_CHART_VIEW_GET_CLASS (self)->describe_day (self, priv->focused, get_today (self));
  if (label == NULL)
    label = waymark_trend_chart_get_title (measure, priv->range);

  if (priv->series != NULL)
    {
      g_autofree char *breaks = NULL;
      guint32 first, last;

      description = waymark_day_series_describe_trend (priv->series, measure, get_today (self));
      waymark_chart_range_get_days (priv->range, priv->series, get_today (self), &first, &last);
      breaks = waymark_trend_chart_describe_breaks (priv->series, measure, first, last);
      if (breaks != NULL)
        {
          char *both = g_strconcat (description, " ", breaks, NULL);

          g_free (description);
          description = both;
        }
    }

  if (description != NULL && waymark_chart_describe_time_direction (GTK_WIDGET (self)) != NULL)
    {
      char *both = g_strconcat (description, " ",
                                waymark_chart_describe_time_direction (GTK_WIDGET (self)), NULL);

      g_free (description);
      description = both;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
update_tooltip (WaymarkChartView *self)
{
  g_autofree char *text = NULL;
  guint32 focus = get_focus (self);

  if (focus != 0)
    text = WAYMARK_CHART_VIEW_GET_CLASS (self)->describe_day (self, focus, get_today (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static void
set_hovered (WaymarkChartView *self,
             guint32           julian)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  if (priv->hovered == julian)
    return;

  priv->hovered = julian;
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (widget);
  WaymarkChartViewClass *klass = WAYMARK_CHART_VIEW_GET_CLASS (self);

  if (g_str_equal (action_name, "chart.focus-previous"))
    klass->move_focus (self, -1, 0);
  else if (g_str_equal (action_name, "chart.focus-next"))
    klass->move_focus (self, 1, 0);
  else
    klass->focus_end (self, g_str_equal (action_name, "chart.focus-last"));
}

static void
motion_cb (WaymarkChartView *self,
           double            x,
           double            y)
{
  set_hovered (self, WAYMARK_CHART_VIEW_GET_CLASS (self)->day_at (self, x, y));
}

static void
leave_cb (WaymarkChartView *self)
{
  set_hovered (self, 0);
}

static void
pressed_cb (WaymarkChartView *self,
            int               n_press,
            double            x,
            double            y)
{
  guint32 julian;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  julian = WAYMARK_CHART_VIEW_GET_CLASS (self)->day_at (self, x, y);
  if (julian != 0)
    waymark_chart_view_set_focused_day (self, julian);
}

static void
has_focus_cb (WaymarkChartView *self)
{
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
waymark_chart_view_real_focus_end (WaymarkChartView *self,
                                   gboolean          last)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  waymark_chart_view_set_focused_day (self, last ? priv->last : priv->first);
}

static void
waymark_chart_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (widget);
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  GTK_WIDGET_CLASS (waymark_chart_view_parent_class)->css_changed (widget, change);

  waymark_chart_style_init_from_widget (&priv->style, widget);
  clear_drawing (self);
}

static void
waymark_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MINIMUM_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

/* The whole drawing is kept as a render node until the data, the size
 * or the style change; a hover only draws the focus again on top, so
 * moving the pointer over ten years of check-ins costs next to nothing. */
static void
waymark_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (widget);
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);
  WaymarkChartViewClass *klass = WAYMARK_CHART_VIEW_GET_CLASS (self);
  WaymarkChartStyle style = priv->style;
  guint32 focus = get_focus (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  waymark_chart_style_set_font_from_widget (&style, widget);

  if (priv->node == NULL || priv->node_width != width || priv->node_height != height)
    {
      GtkSnapshot *whole = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (whole, &bounds);
      klass->draw (self, cr, width, height, &style);
      cairo_destroy (cr);

      g_clear_pointer (&priv->node, gsk_render_node_unref);
      priv->node = gtk_snapshot_free_to_node (whole);
      priv->node_width = width;
      priv->node_height = height;
    }

  if (priv->node != NULL)
    gtk_snapshot_append_node (snapshot, priv->node);

  if (focus != 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      klass->draw_focus (self, cr, width, height, focus, &style);
      cairo_destroy (cr);
    }
}

/* The subclass's own state is set by now, so it can be described. */
static void
waymark_chart_view_constructed (GObject *object)
{
  G_OBJECT_CLASS (waymark_chart_view_parent_class)->constructed (object);

  waymark_chart_view_invalidate (WAYMARK_CHART_VIEW (object));
}

static void
waymark_chart_view_dispose (GObject *object)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (object);
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_clear_object (&priv->series);
  g_clear_pointer (&priv->node, gsk_render_node_unref);

  G_OBJECT_CLASS (waymark_chart_view_parent_class)->dispose (object);
}

static void
waymark_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, waymark_chart_view_get_series (self));
      break;

    case PROP_RANGE:
      g_value_set_enum (value, waymark_chart_view_get_range (self));
      break;

    case PROP_TODAY:
      g_value_set_uint (value, waymark_chart_view_get_today (self));
      break;

    case PROP_FOCUSED_DAY:
      g_value_set_uint (value, waymark_chart_view_get_focused_day (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkChartView *self = WAYMARK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      waymark_chart_view_set_series (self, g_value_get_object (value));
      break;

    case PROP_RANGE:
      waymark_chart_view_set_range (self, g_value_get_enum (value));
      break;

    case PROP_TODAY:
      waymark_chart_view_set_today (self, g_value_get_uint (value));
      break;

    case PROP_FOCUSED_DAY:
      waymark_chart_view_set_focused_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_chart_view_direction_changed (GtkWidget        *widget,
                                      GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (waymark_chart_view_parent_class)->direction_changed (widget, previous);
  update_accessible (WAYMARK_CHART_VIEW (widget));
}

static void
waymark_chart_view_class_init (WaymarkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = waymark_chart_view_constructed;
  object_class->dispose = waymark_chart_view_dispose;
  object_class->get_property = waymark_chart_view_get_property;
  object_class->set_property = waymark_chart_view_set_property;

  widget_class->css_changed = waymark_chart_view_css_changed;
  widget_class->direction_changed = waymark_chart_view_direction_changed;
  widget_class->measure = waymark_chart_view_measure;
  widget_class->snapshot = waymark_chart_view_snapshot;

  klass->focus_end = waymark_chart_view_real_focus_end;

  /**
   * WaymarkChartView:series:
   *
   * The journal, one summary a day; finished, and not changed after.
   */
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL,
                         WAYMARK_TYPE_DAY_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkChartView:range:
   *
   * How much of the journal the chart shows.
   */
  properties[PROP_RANGE] =
    g_param_spec_enum ("range", NULL, NULL,
                       WAYMARK_TYPE_CHART_RANGE, WAYMARK_CHART_RANGE_THREE_MONTHS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkChartView:today:
   *
   * The day the ranges end on, as a Julian day number; 0 (the default)
   * for today's date where the person is.
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkChartView:focused-day:
   *
   * The day picked with the keyboard or a click, as a Julian day number
   * (the first day of its cell, on a chart of cells), or 0 for none.
   */
  properties[PROP_FOCUSED_DAY] =
    g_param_spec_uint ("focused-day", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.focus-previous", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-next", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-first", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-last", NULL, focus_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.focus-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "chart.focus-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.focus-last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "chart.focus-last", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
waymark_chart_view_init (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);
  GtkEventController *motion;
  GtkGesture *click;

  priv->range = WAYMARK_CHART_RANGE_THREE_MONTHS;
  waymark_chart_style_init_light (&priv->style);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "notify::has-focus", G_CALLBACK (has_focus_cb), NULL);
}

/**
 * waymark_chart_view_get_series:
 * @self: a #WaymarkChartView
 *
 * Returns: (transfer none) (nullable): the series shown
 */
WaymarkDaySeries *
waymark_chart_view_get_series (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART_VIEW (self), NULL);

  return priv->series;
}

/**
 * waymark_chart_view_set_series:
 * @self: a #WaymarkChartView
 * @series: (nullable): a finished series, which the view keeps a
 *   reference to and reads while drawing
 */
void
waymark_chart_view_set_series (WaymarkChartView *self,
                               WaymarkDaySeries *series)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));
  g_return_if_fail (series == NULL || WAYMARK_IS_DAY_SERIES (series));

  if (!g_set_object (&priv->series, series))
    return;

  waymark_chart_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

/**
 * waymark_chart_view_get_range:
 * @self: a #WaymarkChartView
 *
 * Returns: how much of the journal the chart shows
 */
WaymarkChartRange
waymark_chart_view_get_range (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART_VIEW (self), WAYMARK_CHART_RANGE_THREE_MONTHS);

  return priv->range;
}

/**
 * waymark_chart_view_set_range:
 * @self: a #WaymarkChartView
 * @range: how much of the journal to show
 */
void
waymark_chart_view_set_range (WaymarkChartView  *self,
                              WaymarkChartRange  range)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));

  if (priv->range == range)
    return;

  priv->range = range;
  waymark_chart_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

/**
 * waymark_chart_view_get_today:
 * @self: a #WaymarkChartView
 *
 * Returns: the day set as today, or 0 for the local calendar day
 */
guint
waymark_chart_view_get_today (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART_VIEW (self), 0);

  return priv->today;
}

/**
 * waymark_chart_view_set_today:
 * @self: a #WaymarkChartView
 * @today: a Julian day number, or 0 for the local calendar day
 */
void
waymark_chart_view_set_today (WaymarkChartView *self,
                              guint             today)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));

  if (priv->today == today)
    return;

  priv->today = today;
  waymark_chart_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * waymark_chart_view_get_focused_day:
 * @self: a #WaymarkChartView
 *
 * Returns: the day picked with the keyboard or a click, or 0
 */
guint
waymark_chart_view_get_focused_day (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART_VIEW (self), 0);

  return priv->focused;
}

/**
 * waymark_chart_view_set_focused_day:
 * @self: a #WaymarkChartView
 * @julian: a day in the range shown, or 0 for none
 *
 * Picks a day: it is marked while the chart has the keyboard focus, and
 * described in the tooltip and the accessible label.
 */
void
waymark_chart_view_set_focused_day (WaymarkChartView *self,
                                    guint             julian)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));

  if (julian != 0)
    julian = CLAMP (julian, priv->first, priv->last);

  if (priv->focused == julian)
    return;

  priv->focused = julian;
  update_accessible (self);
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_DAY]);
}

/**
 * waymark_chart_view_get_days:
 * @self: a #WaymarkChartView
 * @first: (out) (optional): the first day shown
 * @last: (out) (optional): the last day shown, included
 *
 * Gets the range as days, worked out from the range, the series and
 * today (see waymark_chart_range_get_days ()).
 */
void
waymark_chart_view_get_days (WaymarkChartView *self,
                             guint32          *first,
                             guint32          *last)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));

  if (first != NULL)
    *first = priv->first;
  if (last != NULL)
    *last = priv->last;
}

/**
 * waymark_chart_view_invalidate:
 * @self: a #WaymarkChartView
 *
 * Says that what the chart shows has changed, for a subclass whose own
 * properties change it: works the range out again, lets go of days no
 * longer in it, describes the chart again and draws it all again.
 */
void
waymark_chart_view_invalidate (WaymarkChartView *self)
{
  WaymarkChartViewPrivate *priv = waymark_chart_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART_VIEW (self));

  waymark_chart_range_get_days (priv->range, priv->series, get_today (self), &priv->first, &priv->last);

  if (priv->hovered < priv->first || priv->hovered > priv->last)
    priv->hovered = 0;
  if (priv->focused != 0 && (priv->focused < priv->first || priv->focused > priv->last))
    waymark_chart_view_set_focused_day (self, 0);

  update_accessible (self);
  update_tooltip (self);
  clear_drawing (self);
}

/**
 * waymark_chart_style_init_from_widget:
 * @style: (out caller-allocates): the style to fill in
 * @widget: a widget, whose CSS gives the colours
 *
 * Fills @style with @widget's text colour and the theme's accent and
 * window background, falling back on libadwaita's light colours. Call it
 * once a style change (in #GtkWidgetClass.css_changed), not once a frame.
 * The font is left unset: see waymark_chart_style_set_font_from_widget ().
 */
void
waymark_chart_style_init_from_widget (WaymarkChartStyle *style,
                                      GtkWidget         *widget)
{
  GtkStyleContext *context;
  GdkRGBA rgba;

  g_return_if_fail (style != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  context = gtk_widget_get_style_context (widget);
  waymark_chart_style_init_light (style);

  gtk_style_context_get_color (context, &rgba);
  set_chart_color (&style->foreground, &rgba);
  waymark_chart_style_update_track (style);

  /* accent_color is libadwaita's accent for things drawn straight on a
   * neutral background, readable in both light and dark; the others are
   * fallbacks for themes that don't define it. */
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba) ||
      gtk_style_context_lookup_color (context, "accent_bg_color", &rgba) ||
      gtk_style_context_lookup_color (context, "theme_selected_bg_color", &rgba))
    set_chart_color (&style->accent, &rgba);

  if (gtk_style_context_lookup_color (context, "window_bg_color", &rgba) ||
      gtk_style_context_lookup_color (context, "theme_bg_color", &rgba))
    set_chart_color (&style->background, &rgba);
}

/**
 * waymark_chart_style_set_font_from_widget:
 * @style: the style to draw a frame with
 * @widget: the widget being drawn
 *
 * Sets @style's font to @widget's CSS font. The family is borrowed from
 * @widget's Pango context, which lets go of it when the font changes:
 * call this in #GtkWidgetClass.snapshot, for that frame only.
 */
void
waymark_chart_style_set_font_from_widget (WaymarkChartStyle *style,
                                          GtkWidget         *widget)
{
  const PangoFontDescription *font;

  g_return_if_fail (style != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL)
    style->font_family = pango_font_description_get_family (font);
}
