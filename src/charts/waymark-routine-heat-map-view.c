/* waymark-routine-heat-map-view.c: the routine's calendar on screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-routine-heat-map-view"

#include "config.h"

#include "waymark-chart-style.h"
#include "waymark-plan-statistics.h"
#include "waymark-routine-heat-map.h"
#include "waymark-routine-heat-map-view.h"

#define MINIMUM_WIDTH   320
#define NATURAL_WIDTH   640
#define MINIMUM_HEIGHT  160
#define NATURAL_HEIGHT  220

/* The top row of the calendar. One place, so the locale can choose it
 * later. */
#define WEEK_START      G_DATE_MONDAY

struct _WaymarkRoutineHeatMapView
{
  GtkWidget parent_instance;

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
  guint32            hovered;   /* the first day of a cell, or 0 */
  guint32            focused;   /* the first day of a cell, or 0 */
};

G_DEFINE_FINAL_TYPE (WaymarkRoutineHeatMapView, waymark_routine_heat_map_view, GTK_TYPE_WIDGET)

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

/* Colours come from the theme once per style change, not once a frame. */
static void
update_style (WaymarkRoutineHeatMapView *self)
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
invalidate (WaymarkRoutineHeatMapView *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint32
get_today (WaymarkRoutineHeatMapView *self)
{
  GDate today;

  if (self->today != 0)
    return self->today;

  waymark_local_today (NULL, NULL, &today);
  return g_date_get_julian (&today);
}

static void
get_map (WaymarkRoutineHeatMapView *self,
         WaymarkRoutineHeatMap     *map)
{
  map->series = self->series;
  map->first = self->first;
  map->last = self->last;
  map->week_start = WEEK_START;
  map->focus = self->hovered;

  if (map->focus == 0 && gtk_widget_has_focus (GTK_WIDGET (self)))
    map->focus = self->focused;
}

/* The cell holding @julian in words, or NULL when it is not drawn. */
static char *
describe_cell (WaymarkRoutineHeatMapView *self,
               guint32                    julian)
{
  WaymarkRoutineHeatMap map;
  guint32 from, to;

  get_map (self, &map);
  if (julian == 0 ||
      !waymark_routine_heat_map_get_cell_area (&map,
                                               gtk_widget_get_width (GTK_WIDGET (self)),
                                               gtk_widget_get_height (GTK_WIDGET (self)),
                                               julian, NULL, &from, &to))
    return NULL;

  return waymark_routine_heat_map_describe_cell (self->series, from, to, get_today (self));
}

/* The focused cell is the accessible label, read out as the arrows
 * move; the trend in a sentence is the description. Hovering changes
 * only the tooltip. */
static void
update_accessible (WaymarkRoutineHeatMapView *self)
{
  g_autofree char *label = describe_cell (self, self->focused);
  g_autofree char *description = NULL;

  if (label == NULL)
    label = waymark_trend_chart_get_title (WAYMARK_MEASURE_ROUTINE, self->range);

  if (self->series != NULL)
    description = waymark_day_series_describe_trend (self->series, WAYMARK_MEASURE_ROUTINE, get_today (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
update_tooltip (WaymarkRoutineHeatMapView *self)
{
  WaymarkRoutineHeatMap map;
  g_autofree char *text = NULL;

  get_map (self, &map);
  text = describe_cell (self, map.focus);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static void
update_range (WaymarkRoutineHeatMapView *self)
{
  waymark_chart_range_get_days (self->range, self->series, get_today (self), &self->first, &self->last);

  if (self->hovered < self->first || self->hovered > self->last)
    self->hovered = 0;
  if (self->focused != 0 && (self->focused < self->first || self->focused > self->last))
    waymark_routine_heat_map_view_set_focused_day (self, 0);

  update_accessible (self);
  update_tooltip (self);
  invalidate (self);
}

static void
set_hovered (WaymarkRoutineHeatMapView *self,
             guint32                    julian)
{
  if (self->hovered == julian)
    return;

  self->hovered = julian;
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (widget);
  WaymarkRoutineHeatMap map;
  guint32 moved;
  int columns, rows;

  g_variant_get (parameter, "(ii)", &columns, &rows);
  get_map (self, &map);

  /* The first press picks the newest day going back, the oldest going on. */
  if (self->focused == 0)
    moved = columns + rows < 0 ? self->last : self->first;
  else
    moved = waymark_routine_heat_map_move (&map,
                                           gtk_widget_get_width (widget),
                                           gtk_widget_get_height (widget),
                                           self->focused, columns, rows);

  if (moved == self->focused)
    gtk_widget_error_bell (widget);
  else
    waymark_routine_heat_map_view_set_focused_day (self, moved);
}

static void
focus_end_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (widget);

  waymark_routine_heat_map_view_set_focused_day (self, g_variant_get_boolean (parameter) ? self->last : self->first);
}

static void
motion_cb (WaymarkRoutineHeatMapView *self,
           double                     x,
           double                     y)
{
  WaymarkRoutineHeatMap map;

  get_map (self, &map);
  set_hovered (self, waymark_routine_heat_map_julian_at (&map,
                                                         gtk_widget_get_width (GTK_WIDGET (self)),
                                                         gtk_widget_get_height (GTK_WIDGET (self)),
                                                         x, y));
}

static void
leave_cb (WaymarkRoutineHeatMapView *self)
{
  set_hovered (self, 0);
}

static void
pressed_cb (WaymarkRoutineHeatMapView *self,
            int                        n_press,
            double                     x,
            double                     y)
{
  WaymarkRoutineHeatMap map;
  guint32 julian;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  get_map (self, &map);
  julian = waymark_routine_heat_map_julian_at (&map,
                                               gtk_widget_get_width (GTK_WIDGET (self)),
                                               gtk_widget_get_height (GTK_WIDGET (self)),
                                               x, y);
  if (julian != 0)
    waymark_routine_heat_map_view_set_focused_day (self, julian);
}

static void
has_focus_cb (WaymarkRoutineHeatMapView *self)
{
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
waymark_routine_heat_map_view_css_changed (GtkWidget         *widget,
                                           GtkCssStyleChange *change)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (waymark_routine_heat_map_view_parent_class)->css_changed (widget, change);

  update_style (self);
  invalidate (self);
}

static void
waymark_routine_heat_map_view_measure (GtkWidget      *widget,
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
waymark_routine_heat_map_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (widget);
  WaymarkChartStyle style = self->style;
  const PangoFontDescription *font;
  WaymarkRoutineHeatMap map;
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

  get_map (self, &map);

  if (self->node == NULL || self->node_width != width || self->node_height != height)
    {
      GtkSnapshot *whole = gtk_snapshot_new ();
      WaymarkRoutineHeatMap unfocused = map;

      unfocused.focus = 0;
      cr = gtk_snapshot_append_cairo (whole, &bounds);
      waymark_routine_heat_map_draw (&unfocused, cr, width, height, &style);
      cairo_destroy (cr);

      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = gtk_snapshot_free_to_node (whole);
      self->node_width = width;
      self->node_height = height;
    }

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);

  if (map.focus != 0)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      waymark_routine_heat_map_draw_focus (&map, cr, width, height, &style);
      cairo_destroy (cr);
    }
}

static void
waymark_routine_heat_map_view_dispose (GObject *object)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (object);

  g_clear_object (&self->series);
  g_clear_pointer (&self->node, gsk_render_node_unref);

  G_OBJECT_CLASS (waymark_routine_heat_map_view_parent_class)->dispose (object);
}

static void
waymark_routine_heat_map_view_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, waymark_routine_heat_map_view_get_series (self));
      break;

    case PROP_RANGE:
      g_value_set_enum (value, waymark_routine_heat_map_view_get_range (self));
      break;

    case PROP_TODAY:
      g_value_set_uint (value, waymark_routine_heat_map_view_get_today (self));
      break;

    case PROP_FOCUSED_DAY:
      g_value_set_uint (value, waymark_routine_heat_map_view_get_focused_day (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_routine_heat_map_view_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  WaymarkRoutineHeatMapView *self = WAYMARK_ROUTINE_HEAT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      waymark_routine_heat_map_view_set_series (self, g_value_get_object (value));
      break;

    case PROP_RANGE:
      waymark_routine_heat_map_view_set_range (self, g_value_get_enum (value));
      break;

    case PROP_TODAY:
      waymark_routine_heat_map_view_set_today (self, g_value_get_uint (value));
      break;

    case PROP_FOCUSED_DAY:
      waymark_routine_heat_map_view_set_focused_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_routine_heat_map_view_class_init (WaymarkRoutineHeatMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_routine_heat_map_view_dispose;
  object_class->get_property = waymark_routine_heat_map_view_get_property;
  object_class->set_property = waymark_routine_heat_map_view_set_property;

  widget_class->css_changed = waymark_routine_heat_map_view_css_changed;
  widget_class->measure = waymark_routine_heat_map_view_measure;
  widget_class->snapshot = waymark_routine_heat_map_view_snapshot;

  /**
   * WaymarkRoutineHeatMapView:series:
   *
   * The journal, one summary a day; finished, and not changed after.
   */
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL,
                         WAYMARK_TYPE_DAY_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkRoutineHeatMapView:range:
   *
   * How much of the journal the calendar shows.
   */
  properties[PROP_RANGE] =
    g_param_spec_enum ("range", NULL, NULL,
                       WAYMARK_TYPE_CHART_RANGE, WAYMARK_CHART_RANGE_THREE_MONTHS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkRoutineHeatMapView:today:
   *
   * The day the ranges end on, as a Julian day number; 0 (the default)
   * for today's date where the person is.
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkRoutineHeatMapView:focused-day:
   *
   * The day picked with the keyboard or a click (the first day of its
   * cell when the cells are months), or 0 for none.
   */
  properties[PROP_FOCUSED_DAY] =
    g_param_spec_uint ("focused-day", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Columns across, rows down, as the cells are drawn. */
  gtk_widget_class_install_action (widget_class, "heat-map.move", "(ii)", move_cb);
  gtk_widget_class_install_action (widget_class, "heat-map.focus-end", "b", focus_end_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "heat-map.move", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "heat-map.move", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "heat-map.move", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "heat-map.move", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "heat-map.move", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "heat-map.move", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "heat-map.move", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "heat-map.move", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "heat-map.focus-end", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "heat-map.focus-end", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "heat-map.focus-end", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "heat-map.focus-end", "b", TRUE);

  gtk_widget_class_set_css_name (widget_class, "routine-heat-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
waymark_routine_heat_map_view_init (WaymarkRoutineHeatMapView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

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
 * waymark_routine_heat_map_view_new:
 *
 * Returns: (transfer floating): a calendar of the last three months,
 *   empty until it is given a series
 */
GtkWidget *
waymark_routine_heat_map_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_ROUTINE_HEAT_MAP_VIEW, NULL);
}

/**
 * waymark_routine_heat_map_view_get_series:
 * @self: a #WaymarkRoutineHeatMapView
 *
 * Returns: (transfer none) (nullable): the series shown
 */
WaymarkDaySeries *
waymark_routine_heat_map_view_get_series (WaymarkRoutineHeatMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self), NULL);

  return self->series;
}

/**
 * waymark_routine_heat_map_view_set_series:
 * @self: a #WaymarkRoutineHeatMapView
 * @series: (nullable): a finished series, which the view keeps a
 *   reference to and reads while drawing
 */
void
waymark_routine_heat_map_view_set_series (WaymarkRoutineHeatMapView *self,
                                          WaymarkDaySeries          *series)
{
  g_return_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self));
  g_return_if_fail (series == NULL || WAYMARK_IS_DAY_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;

  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

/**
 * waymark_routine_heat_map_view_get_range:
 * @self: a #WaymarkRoutineHeatMapView
 *
 * Returns: how much of the journal the calendar shows
 */
WaymarkChartRange
waymark_routine_heat_map_view_get_range (WaymarkRoutineHeatMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self), WAYMARK_CHART_RANGE_THREE_MONTHS);

  return self->range;
}

/**
 * waymark_routine_heat_map_view_set_range:
 * @self: a #WaymarkRoutineHeatMapView
 * @range: how much of the journal to show
 */
void
waymark_routine_heat_map_view_set_range (WaymarkRoutineHeatMapView *self,
                                         WaymarkChartRange          range)
{
  g_return_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self));

  if (self->range == range)
    return;

  self->range = range;
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

/**
 * waymark_routine_heat_map_view_get_today:
 * @self: a #WaymarkRoutineHeatMapView
 *
 * Returns: the day set as today, or 0 for the local calendar day
 */
guint
waymark_routine_heat_map_view_get_today (WaymarkRoutineHeatMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self), 0);

  return self->today;
}

/**
 * waymark_routine_heat_map_view_set_today:
 * @self: a #WaymarkRoutineHeatMapView
 * @today: a Julian day number, or 0 for the local calendar day
 */
void
waymark_routine_heat_map_view_set_today (WaymarkRoutineHeatMapView *self,
                                         guint                      today)
{
  g_return_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self));

  if (self->today == today)
    return;

  self->today = today;
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * waymark_routine_heat_map_view_get_focused_day:
 * @self: a #WaymarkRoutineHeatMapView
 *
 * Returns: the day picked with the keyboard or a click, or 0
 */
guint
waymark_routine_heat_map_view_get_focused_day (WaymarkRoutineHeatMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self), 0);

  return self->focused;
}

/**
 * waymark_routine_heat_map_view_set_focused_day:
 * @self: a #WaymarkRoutineHeatMapView
 * @julian: a day in the range shown, or 0 for none
 *
 * Picks a day: its cell is ringed while the calendar has the keyboard
 * focus, and described in the tooltip and the accessible label.
 */
void
waymark_routine_heat_map_view_set_focused_day (WaymarkRoutineHeatMapView *self,
                                               guint                      julian)
{
  g_return_if_fail (WAYMARK_IS_ROUTINE_HEAT_MAP_VIEW (self));

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
