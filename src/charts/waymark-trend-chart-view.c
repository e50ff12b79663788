/* waymark-trend-chart-view.c: a trend chart on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-trend-chart-view"

#include "config.h"

#include "waymark-chart-style.h"
#include "waymark-plan-statistics.h"
#include "waymark-trend-chart-view.h"

#define MINIMUM_WIDTH   320
#define NATURAL_WIDTH   640
#define MINIMUM_HEIGHT  160
#define NATURAL_HEIGHT  220

struct _WaymarkTrendChartView
{
  GtkWidget parent_instance;

  /* Owned */
  WaymarkDaySeries  *series;
  WaymarkChartStyle  style;
  WaymarkMeasure     measure;
  WaymarkChartRange  range;
  guint32            today;     /* 0 for the local calendar day */
  guint32            first;     /* the range, worked out from the above */
  guint32            last;
  GskRenderNode     *node;      /* the drawing without its focus, or NULL */
  int                node_width;
  int                node_height;
  guint32            hovered;   /* 0 for none */
  guint32            focused;   /* 0 for none */
};

G_DEFINE_FINAL_TYPE (WaymarkTrendChartView, waymark_trend_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_MEASURE,
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

/* Colours come from the theme once per style change, not once a frame. */
static void
update_style (WaymarkTrendChartView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  waymark_chart_style_init_light (&self->style);

  gtk_style_context_get_color (context, &rgba);
  set_chart_color (&self->style.foreground, &rgba);
  waymark_chart_style_update_track (&self->style);

  if (gtk_style_context_lookup_color (context, "accent_color", &rgba) ||
      gtk_style_context_lookup_color (context, "accent_bg_color", &rgba) ||
      gtk_style_context_lookup_color (context, "theme_selected_bg_color", &rgba))
    set_chart_color (&self->style.accent, &rgba);

  if (gtk_style_context_lookup_color (context, "window_bg_color", &rgba) ||
      gtk_style_context_lookup_color (context, "theme_bg_color", &rgba))
    set_chart_color (&self->style.background, &rgba);
}

/* Drops the cached drawing, to be drawn again on the next frame. */
static void
invalidate (WaymarkTrendChartView *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint32
get_today (WaymarkTrendChartView *self)
{
  GDate today;

  if (self->today != 0)
    return self->today;

  waymark_local_today (NULL, NULL, &today);
  return g_date_get_julian (&today);
}

static void
get_chart (WaymarkTrendChartView *self,
           WaymarkTrendChart     *chart)
{
  chart->series = self->series;
  chart->measure = self->measure;
  chart->first = self->first;
  chart->last = self->last;
  chart->focus = self->hovered;

  if (chart->focus == 0 && gtk_widget_has_focus (GTK_WIDGET (self)))
    chart->focus = self->focused;
}

/* The focused day's values are its accessible label, read out as the
 * arrows move; the trend in a sentence is its description. A hovered
 * day only changes the tooltip: a pointer passing over should not make
 * a screen reader talk. */
static void
update_accessible (WaymarkTrendChartView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->focused != 0)
    label = waymark_trend_chart_describe_day (self->series, self->measure, self->focused, get_today (self));
  else
    label = waymark_trend_chart_get_title (self->measure, self->range);

  if (self->series != NULL)
    description = waymark_day_series_describe_trend (self->series, self->measure, get_today (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
update_tooltip (WaymarkTrendChartView *self)
{
  g_autofree char *text = NULL;
  WaymarkTrendChart chart;

  get_chart (self, &chart);
  if (chart.focus != 0)
    text = waymark_trend_chart_describe_day (self->series, self->measure, chart.focus, get_today (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

/* Works the range out again, and lets go of days no longer in it. */
static void
update_range (WaymarkTrendChartView *self)
{
  waymark_chart_range_get_days (self->range, self->series, get_today (self), &self->first, &self->last);

  if (self->hovered < self->first || self->hovered > self->last)
    self->hovered = 0;
  if (self->focused != 0 && (self->focused < self->first || self->focused > self->last))
    waymark_trend_chart_view_set_focused_day (self, 0);

  update_accessible (self);
  update_tooltip (self);
  invalidate (self);
}

static void
set_hovered (WaymarkTrendChartView *self,
             guint32                julian)
{
  if (self->hovered == julian)
    return;

  self->hovered = julian;
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves the focus to the next or previous day that recorded the
 * measure, so each press says something; with nothing recorded in the
 * range it moves a day at a time. */
static void
move_focus (WaymarkTrendChartView *self,
            int                    direction,
            gboolean               to_end)
{
  guint32 from = self->focused;
  guint32 found = 0;
  gboolean any;

  any = self->series != NULL &&
        waymark_day_series_find_next (self->series, self->measure, self->first, &found) &&
        found <= self->last;

  if (to_end || from == 0)
    from = direction < 0 ? self->last + 1 : self->first - 1;

  if (!any)
    found = CLAMP ((gint64) from + direction, self->first, self->last);
  else if (direction > 0)
    {
      if (!waymark_day_series_find_next (self->series, self->measure, from + 1, &found) || found > self->last)
        found = self->focused;
    }
  else
    {
      if (!waymark_day_series_find_previous (self->series, self->measure, from - 1, &found) || found < self->first)
        found = self->focused;
    }

  if (found == 0 || found == self->focused)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  waymark_trend_chart_view_set_focused_day (self, found);
}

static void
focus_previous_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_focus (WAYMARK_TREND_CHART_VIEW (widget), -1, FALSE);
}

static void
focus_next_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_focus (WAYMARK_TREND_CHART_VIEW (widget), 1, FALSE);
}

static void
focus_first_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_focus (WAYMARK_TREND_CHART_VIEW (widget), 1, TRUE);
}

static void
focus_last_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_focus (WAYMARK_TREND_CHART_VIEW (widget), -1, TRUE);
}

static void
motion_cb (WaymarkTrendChartView *self,
           double                 x,
           double                 y)
{
  WaymarkTrendChart chart;

  get_chart (self, &chart);
  set_hovered (self, waymark_trend_chart_julian_at_x (&chart, gtk_widget_get_width (GTK_WIDGET (self)), x));
}

static void
leave_cb (WaymarkTrendChartView *self)
{
  set_hovered (self, 0);
}

static void
pressed_cb (WaymarkTrendChartView *self,
            int                    n_press,
            double                 x,
            double                 y)
{
  WaymarkTrendChart chart;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  get_chart (self, &chart);
  waymark_trend_chart_view_set_focused_day (self,
                                            waymark_trend_chart_julian_at_x (&chart,
                                                                             gtk_widget_get_width (GTK_WIDGET (self)),
                                                                             x));
}

static void
has_focus_cb (WaymarkTrendChartView *self)
{
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
waymark_trend_chart_view_css_changed (GtkWidget         *widget,
                                      GtkCssStyleChange *change)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (waymark_trend_chart_view_parent_class)->css_changed (widget, change);

  update_style (self);
  invalidate (self);
}

static void
waymark_trend_chart_view_measure (GtkWidget      *widget,
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
waymark_trend_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (widget);
  WaymarkChartStyle style = self->style;
  const PangoFontDescription *font;
  WaymarkTrendChart chart;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  /* Labels follow the widget's CSS font; the description is owned by
   * the widget's Pango context and outlives this call. */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL)
    style.font_family = pango_font_description_get_family (font);

  get_chart (self, &chart);

  if (self->node == NULL || self->node_width != width || self->node_height != height)
    {
      GtkSnapshot *whole = gtk_snapshot_new ();
      WaymarkTrendChart unfocused = chart;

      unfocused.focus = 0;
      cr = gtk_snapshot_append_cairo (whole, &bounds);
      waymark_trend_chart_draw (&unfocused, cr, width, height, &style);
      cairo_destroy (cr);

      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = gtk_snapshot_free_to_node (whole);
      self->node_width = width;
      self->node_height = height;
    }

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);

  if (chart.focus != 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      waymark_trend_chart_draw_focus (&chart, cr, width, height, &style);
      cairo_destroy (cr);
    }
}

static void
waymark_trend_chart_view_dispose (GObject *object)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (object);

  g_clear_object (&self->series);
  g_clear_pointer (&self->node, gsk_render_node_unref);

  G_OBJECT_CLASS (waymark_trend_chart_view_parent_class)->dispose (object);
}

static void
waymark_trend_chart_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, waymark_trend_chart_view_get_series (self));
      break;

    case PROP_MEASURE:
      g_value_set_enum (value, waymark_trend_chart_view_get_measure (self));
      break;

    case PROP_RANGE:
      g_value_set_enum (value, waymark_trend_chart_view_get_range (self));
      break;

    case PROP_TODAY:
      g_value_set_uint (value, waymark_trend_chart_view_get_today (self));
      break;

    case PROP_FOCUSED_DAY:
      g_value_set_uint (value, waymark_trend_chart_view_get_focused_day (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_trend_chart_view_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  WaymarkTrendChartView *self = WAYMARK_TREND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      waymark_trend_chart_view_set_series (self, g_value_get_object (value));
      break;

    case PROP_MEASURE:
      waymark_trend_chart_view_set_measure (self, g_value_get_enum (value));
      break;

    case PROP_RANGE:
      waymark_trend_chart_view_set_range (self, g_value_get_enum (value));
      break;

    case PROP_TODAY:
      waymark_trend_chart_view_set_today (self, g_value_get_uint (value));
      break;

    case PROP_FOCUSED_DAY:
      waymark_trend_chart_view_set_focused_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_trend_chart_view_class_init (WaymarkTrendChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_trend_chart_view_dispose;
  object_class->get_property = waymark_trend_chart_view_get_property;
  object_class->set_property = waymark_trend_chart_view_set_property;

  widget_class->css_changed = waymark_trend_chart_view_css_changed;
  widget_class->measure = waymark_trend_chart_view_measure;
  widget_class->snapshot = waymark_trend_chart_view_snapshot;

  /**
   * WaymarkTrendChartView:series:
   *
   * The journal, one summary a day; finished, and not changed after.
   */
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL,
                         WAYMARK_TYPE_DAY_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkTrendChartView:measure:
   *
   * What the chart shows: mood, anxiety, energy or sleep.
   */
  properties[PROP_MEASURE] =
    g_param_spec_enum ("measure", NULL, NULL,
                       WAYMARK_TYPE_MEASURE, WAYMARK_MEASURE_MOOD,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkTrendChartView:range:
   *
   * How much of the journal the chart shows.
   */
  properties[PROP_RANGE] =
    g_param_spec_enum ("range", NULL, NULL,
                       WAYMARK_TYPE_CHART_RANGE, WAYMARK_CHART_RANGE_THREE_MONTHS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkTrendChartView:today:
   *
   * The day the ranges end on, as a Julian day number; 0 (the default)
   * for today's date where the person is.
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkTrendChartView:focused-day:
   *
   * The day picked with the keyboard or a click, as a Julian day
   * number, or 0 for none.
   */
  properties[PROP_FOCUSED_DAY] =
    g_param_spec_uint ("focused-day", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.focus-previous", NULL, focus_previous_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-next", NULL, focus_next_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-first", NULL, focus_first_cb);
  gtk_widget_class_install_action (widget_class, "chart.focus-last", NULL, focus_last_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "chart.focus-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "chart.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.focus-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "chart.focus-first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.focus-last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "chart.focus-last", NULL);

  gtk_widget_class_set_css_name (widget_class, "trend-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
waymark_trend_chart_view_init (WaymarkTrendChartView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->measure = WAYMARK_MEASURE_MOOD;
  self->range = WAYMARK_CHART_RANGE_THREE_MONTHS;
  waymark_chart_style_init_light (&self->style);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "notify::has-focus", G_CALLBACK (has_focus_cb), NULL);

  update_range (self);
}

/**
 * waymark_trend_chart_view_new:
 *
 * Returns: (transfer floating): a chart of moods over the last three
 *   months, with nothing in it until it is given a series
 */
GtkWidget *
waymark_trend_chart_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_TREND_CHART_VIEW, NULL);
}

/**
 * waymark_trend_chart_view_get_series:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: (transfer none) (nullable): the series shown
 */
WaymarkDaySeries *
waymark_trend_chart_view_get_series (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), NULL);

  return self->series;
}

/**
 * waymark_trend_chart_view_set_series:
 * @self: a #WaymarkTrendChartView
 * @series: (nullable): a finished series, which the view keeps a
 *   reference to and reads while drawing
 */
void
waymark_trend_chart_view_set_series (WaymarkTrendChartView *self,
                                     WaymarkDaySeries      *series)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));
  g_return_if_fail (series == NULL || WAYMARK_IS_DAY_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;

  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

/**
 * waymark_trend_chart_view_get_measure:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: what the chart shows
 */
WaymarkMeasure
waymark_trend_chart_view_get_measure (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), WAYMARK_MEASURE_MOOD);

  return self->measure;
}

/**
 * waymark_trend_chart_view_set_measure:
 * @self: a #WaymarkTrendChartView
 * @measure: mood, anxiety, energy or sleep
 */
void
waymark_trend_chart_view_set_measure (WaymarkTrendChartView *self,
                                      WaymarkMeasure         measure)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));
  g_return_if_fail (measure < WAYMARK_N_MEASURES);

  if (self->measure == measure)
    return;

  self->measure = measure;
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
}

/**
 * waymark_trend_chart_view_get_range:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: how much of the journal the chart shows
 */
WaymarkChartRange
waymark_trend_chart_view_get_range (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), WAYMARK_CHART_RANGE_THREE_MONTHS);

  return self->range;
}

/**
 * waymark_trend_chart_view_set_range:
 * @self: a #WaymarkTrendChartView
 * @range: how much of the journal to show
 */
void
waymark_trend_chart_view_set_range (WaymarkTrendChartView *self,
                                    WaymarkChartRange      range)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));

  if (self->range == range)
    return;

  self->range = range;
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

/**
 * waymark_trend_chart_view_get_today:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: the day set as today, or 0 for the local calendar day
 */
guint
waymark_trend_chart_view_get_today (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), 0);

  return self->today;
}

/**
 * waymark_trend_chart_view_set_today:
 * @self: a #WaymarkTrendChartView
 * @today: a Julian day number, or 0 for the local calendar day
 */
void
waymark_trend_chart_view_set_today (WaymarkTrendChartView *self,
                                    guint                  today)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));

  if (self->today == today)
    return;

  self->today = today;
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * waymark_trend_chart_view_get_focused_day:
 * @self: a #WaymarkTrendChartView
 *
 * Returns: the day picked with the keyboard or a click, or 0
 */
guint
waymark_trend_chart_view_get_focused_day (WaymarkTrendChartView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self), 0);

  return self->focused;
}

/**
 * waymark_trend_chart_view_set_focused_day:
 * @self: a #WaymarkTrendChartView
 * @julian: a day in the range shown, or 0 for none
 *
 * Picks a day: it is marked while the chart has the keyboard focus, and
 * its values become the tooltip and the accessible label.
 */
void
waymark_trend_chart_view_set_focused_day (WaymarkTrendChartView *self,
                                          guint                  julian)
{
  g_return_if_fail (WAYMARK_IS_TREND_CHART_VIEW (self));

  if (julian != 0)
    julian = CLAMP (julian, self->first, self->last);

  if (self->focused == julian)
    return;

  self->focused = julian;
  update_accessible (self);
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_DAY]);
}
