/* waymark-timeline-view.c: the journey on screen: zoom, pan, and a
 * focusable marker for each event
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-chart-view.h"
#include "waymark-date.h"
#include "waymark-timeline-chart.h"
#include "waymark-timeline-view.h"

/* The chart is drawn by WaymarkTimelineChart; this widget adds what a
 * person does with it. Each marker on screen is a small flat button, a
 * child laid over its drawing, so Tab reaches the events in time order
 * and a screen reader hears "Setback, 3 March 2026: lost job". Only the
 * markers in view get a button (the chart merges close ones), so the
 * number of buttons follows the width, not the journey's length. */

#define MARKER_BUTTON_SIZE 22
#define KEY_PAN_SHARE      0.15
#define KEY_ZOOM           1.5

struct _WaymarkTimelineView
{
  GtkWidget          parent_instance;

  WaymarkJourney    *journey;
  WaymarkDaySeries  *series;
  WaymarkChartStyle  style;
  double             first;
  double             last;
  int                selected_event;
  const WaymarkStageInfo *selected_stage;

  GPtrArray         *buttons;        /* GtkButton *, children, left to right */
  GArray            *markers;        /* WaymarkTimelineMarker, as the buttons show */
  int                markers_width;  /* the width the markers were placed for */
  guint              markers_source;

  double             drag_first;
  double             drag_last;
  double             zoom_first;
  double             zoom_last;
};

G_DEFINE_FINAL_TYPE (WaymarkTimelineView, waymark_timeline_view, GTK_TYPE_WIDGET)

enum {
  EVENT_ACTIVATED,
  STAGE_SELECTED,
  DATE_MENU_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static WaymarkTimelineChart
chart_of (WaymarkTimelineView *self)
{
  WaymarkTimelineChart chart = {
    self->journey, self->series, self->first, self->last, waymark_local_today_julian (),
    self->selected_event, self->selected_stage,
  };

  return chart;
}

static void update_markers_soon (WaymarkTimelineView *self);

static void
update_accessible (WaymarkTimelineView *self)
{
  const WaymarkStageInfo *current = self->journey ? waymark_journey_get_current_stage (self->journey) : NULL;
  const WaymarkStageInfo *highest = self->journey ? waymark_journey_get_highest_stage (self->journey) : NULL;
  g_autofree char *description = NULL;
  g_autofree char *from_text = waymark_date_format_julian ((guint32) MAX (1.0, self->first),
                                                           WAYMARK_DATE_DAY_MONTH_YEAR);
  g_autofree char *to_text = waymark_date_format_julian ((guint32) MAX (1.0, self->last),
                                                         WAYMARK_DATE_DAY_MONTH_YEAR);

  if (current != NULL)
    /* Translators: a screen reader's summary of the timeline */
    description = g_strdup_printf (_("From %s to %s. Now: %s. Furthest so far: %s. "
                                     "Tab moves between the events."),
                                   from_text, to_text, _(current->name), _(highest->name));
  else
    description = g_strdup_printf (_("From %s to %s. No stage recorded yet."), from_text, to_text);

  if (waymark_chart_describe_time_direction (GTK_WIDGET (self)) != NULL)
    {
      char *both = g_strconcat (description, " ",
                                waymark_chart_describe_time_direction (GTK_WIDGET (self)), NULL);

      g_free (description);
      description = both;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
changed (WaymarkTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_markers_soon (self);
  update_accessible (self);
}

static void
marker_clicked_cb (GtkButton           *button,
                   WaymarkTimelineView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "waymark-event"));

  self->selected_event = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, index);
}

static void
marker_focus_cb (GtkEventControllerFocus *controller,
                 WaymarkTimelineView     *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->selected_event = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "waymark-event"));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GtkWidget *
new_marker_button (WaymarkTimelineView *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "waymark-timeline-marker");
  gtk_widget_set_size_request (button, MARKER_BUTTON_SIZE, MARKER_BUTTON_SIZE);
  g_signal_connect (button, "clicked", G_CALLBACK (marker_clicked_cb), self);
  g_signal_connect (focus, "enter", G_CALLBACK (marker_focus_cb), self);
  gtk_widget_add_controller (button, focus);
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return button;
}

/* Places a button on each marker now in view; outside allocation, as
 * children may not come and go while the widget is being laid out. */
static gboolean
update_markers_cb (gpointer user_data)
{
  WaymarkTimelineView *self = user_data;
  WaymarkTimelineChart chart = chart_of (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  self->markers_source = 0;
  g_clear_pointer (&self->markers, g_array_unref);
  self->markers = waymark_timeline_chart_get_markers (&chart, width, height);
  self->markers_width = width;

  while (self->buttons->len < self->markers->len)
    g_ptr_array_add (self->buttons, new_marker_button (self));

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const WaymarkTimelineMarker *marker;
      const WaymarkJourneyEvent *event;
      g_autofree char *name = NULL;

      gtk_widget_set_visible (button, i < self->markers->len);
      if (i >= self->markers->len)
        continue;

      marker = &g_array_index (self->markers, WaymarkTimelineMarker, i);
      event = waymark_journey_get_event (self->journey, marker->event_index);
      name = waymark_journey_describe_event (event);
      if (marker->n_events > 1)
        {
          /* Translators: a marker that stands for several events close
           * together; %s is the first of them, %u how many more */
          g_autofree char *more = g_strdup_printf (ngettext ("%s, and %u more event near it",
                                                             "%s, and %u more events near it",
                                                             marker->n_events - 1),
                                                   name, marker->n_events - 1);
          g_free (name);
          name = g_steal_pointer (&more);
        }

      g_object_set_data (G_OBJECT (button), "waymark-event", GUINT_TO_POINTER (marker->event_index));
      /* Panning moves the same markers along: a button keeps its name
       * (setting a tooltip asks the X server where the pointer is, a
       * round trip a button each frame). */
      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), name) != 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_widget_set_tooltip_text (button, name);
        }
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
update_markers_soon (WaymarkTimelineView *self)
{
  if (self->markers_source == 0)
    self->markers_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, update_markers_cb, self, NULL);
}

static void
update_style (WaymarkTimelineView *self)
{
  waymark_chart_style_init_from_widget (&self->style, GTK_WIDGET (self));
}

static void
waymark_timeline_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  WaymarkTimelineView *self = WAYMARK_TIMELINE_VIEW (widget);
  WaymarkTimelineChart chart = chart_of (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  waymark_timeline_chart_draw (&chart, cr, width, height, &self->style);
  cairo_destroy (cr);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
waymark_timeline_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  WaymarkTimelineView *self = WAYMARK_TIMELINE_VIEW (widget);
  WaymarkTimelineChart chart = chart_of (self);

  if (width != self->markers_width)
    update_markers_soon (self);

  /* A menu opened on a day (the page parents it here) is placed by us. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const WaymarkTimelineMarker *marker;
      double x;

      if (!gtk_widget_get_visible (button) || self->markers == NULL || i >= self->markers->len)
        continue;

      marker = &g_array_index (self->markers, WaymarkTimelineMarker, i);
      x = waymark_timeline_chart_x_for_julian (&chart, width,
                                               waymark_journey_get_event (self->journey, marker->event_index)->julian + 0.5);
      gtk_widget_size_allocate (button,
                                &(GtkAllocation) { (int) round (x - MARKER_BUTTON_SIZE / 2.0),
                                                   (int) round (marker->y - MARKER_BUTTON_SIZE / 2.0),
                                                   MARKER_BUTTON_SIZE, MARKER_BUTTON_SIZE },
                                -1);
    }
}

static void
waymark_timeline_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 800;
    }
  else
    {
      *minimum = 260;
      *natural = 380;
    }
}

static void
waymark_timeline_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (waymark_timeline_view_parent_class)->css_changed (widget, change);

  update_style (WAYMARK_TIMELINE_VIEW (widget));
  gtk_widget_queue_draw (widget);
}

/* Zoom and pan. */

/**
 * waymark_timeline_view_set_range:
 * @first: the left edge, a julian day (with a fraction)
 * @last: the right edge
 *
 * Shows that stretch of time, kept between two weeks and forty years.
 */
void
waymark_timeline_view_set_range (WaymarkTimelineView *self,
                                 double               first,
                                 double               last)
{
  double span, middle;

  g_return_if_fail (WAYMARK_IS_TIMELINE_VIEW (self));

  span = CLAMP (last - first, WAYMARK_TIMELINE_MIN_DAYS, WAYMARK_TIMELINE_MAX_DAYS);
  middle = (first + last) / 2.0;
  middle = MAX (middle, 2.0 + span / 2.0);

  self->first = middle - span / 2.0;
  self->last = middle + span / 2.0;

  /* Within the journey, with a small margin: no panning into an empty
   * past or future. */
  {
    double extent_first, extent_last;

    waymark_timeline_chart_get_extent (self->journey, self->series, waymark_local_today_julian (),
                                       &extent_first, &extent_last);
    waymark_timeline_chart_clamp_range (extent_first, extent_last, &self->first, &self->last);
    if (self->first < 2.0)
      {
        self->last += 2.0 - self->first;
        self->first = 2.0;
      }
  }
  changed (self);
}

void
waymark_timeline_view_get_range (WaymarkTimelineView *self,
                                 double              *first,
                                 double              *last)
{
  g_return_if_fail (WAYMARK_IS_TIMELINE_VIEW (self));

  if (first != NULL)
    *first = self->first;
  if (last != NULL)
    *last = self->last;
}

/**
 * waymark_timeline_view_zoom:
 * @factor: above 1 shows less time, bigger; below 1 more time
 * @around: the x coordinate that stays where it is; a negative one
 *   for the middle of the time shown
 */
void
waymark_timeline_view_zoom (WaymarkTimelineView *self,
                            double               factor,
                            double               around)
{
  WaymarkTimelineChart chart = chart_of (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double pivot = width > 0 && around >= 0.0 ? waymark_timeline_chart_julian_at_x (&chart, width, around)
                                            : (self->first + self->last) / 2.0;

  g_return_if_fail (factor > 0.0);

  waymark_timeline_view_set_range (self, pivot - (pivot - self->first) / factor,
                                   pivot + (self->last - pivot) / factor);
}

void
waymark_timeline_view_pan (WaymarkTimelineView *self,
                           double               days)
{
  waymark_timeline_view_set_range (self, self->first + days, self->last + days);
}

/**
 * waymark_timeline_view_go_to_today:
 *
 * Keeps the zoom and brings today to the last fifth of the view.
 */
void
waymark_timeline_view_go_to_today (WaymarkTimelineView *self)
{
  double span = self->last - self->first;
  double today = waymark_local_today_julian () + 1.0;

  waymark_timeline_view_set_range (self, today - span * 0.8, today + span * 0.2);
}

/**
 * waymark_timeline_view_show_all:
 *
 * Shows the whole journey, from its first recorded day to today.
 */
void
waymark_timeline_view_show_all (WaymarkTimelineView *self)
{
  double first, last;

  waymark_timeline_chart_get_extent (self->journey, self->series, waymark_local_today_julian (), &first, &last);
  waymark_timeline_view_set_range (self, first - (last - first) * 0.03, last + (last - first) * 0.03);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WaymarkTimelineView      *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double span = self->last - self->first;

  if (event != NULL)
    {
      double ex, ey;

      if (gdk_event_get_position (event, &ex, &ey))
        {
          graphene_point_t point;
          GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
          double nx, ny;

          gtk_native_get_surface_transform (native, &nx, &ny);
          if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                        &GRAPHENE_POINT_INIT (ex - nx, ey - ny), &point))
            x = point.x;
        }
    }

  if (state & GDK_CONTROL_MASK)
    waymark_timeline_view_zoom (self, pow (1.2, -dy), x);
  else
    waymark_timeline_view_pan (self, (dx + dy) * span * 0.05);

  return GDK_EVENT_STOP;
}

static void
zoom_begin_cb (GtkGesture          *gesture,
               GdkEventSequence    *sequence,
               WaymarkTimelineView *self)
{
  self->zoom_first = self->first;
  self->zoom_last = self->last;
}

static void
zoom_scale_changed_cb (GtkGestureZoom      *gesture,
                       double               scale,
                       WaymarkTimelineView *self)
{
  double cx, cy;
  double middle, span;

  if (scale <= 0.0)
    return;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy);
  middle = (self->zoom_first + self->zoom_last) / 2.0;
  span = (self->zoom_last - self->zoom_first) / scale;
  waymark_timeline_view_set_range (self, middle - span / 2.0, middle + span / 2.0);
}

static void
drag_begin_cb (GtkGestureDrag      *gesture,
               double               x,
               double               y,
               WaymarkTimelineView *self)
{
  self->drag_first = self->first;
  self->drag_last = self->last;
}

static void
drag_update_cb (GtkGestureDrag      *gesture,
                double               dx,
                double               dy,
                WaymarkTimelineView *self)
{
  WaymarkTimelineLayout layout;
  double days;

  waymark_timeline_chart_get_layout (gtk_widget_get_width (GTK_WIDGET (self)),
                                     gtk_widget_get_height (GTK_WIDGET (self)), &layout);
  days = -dx / layout.plot.width * (self->drag_last - self->drag_first);
  waymark_timeline_view_set_range (self, self->drag_first + days, self->drag_last + days);
}

static void
click_cb (GtkGestureClick     *gesture,
          int                  n_press,
          double               x,
          double               y,
          WaymarkTimelineView *self)
{
  WaymarkTimelineChart chart = chart_of (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  const WaymarkStageInfo *stage;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (button == GDK_BUTTON_SECONDARY)
    {
      double julian = waymark_timeline_chart_julian_at_x (&chart, width, x);

      g_signal_emit (self, signals[DATE_MENU_REQUESTED], 0, floor (julian), x, y);
      return;
    }

  stage = waymark_timeline_chart_stage_at (&chart, width, height, x, y);
  self->selected_stage = stage;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[STAGE_SELECTED], 0, stage ? stage->key : NULL);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WaymarkTimelineView   *self)
{
  double span = self->last - self->first;
  double middle = -1.0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      waymark_timeline_view_pan (self, -span * KEY_PAN_SHARE);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      waymark_timeline_view_pan (self, span * KEY_PAN_SHARE);
      return GDK_EVENT_STOP;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      waymark_timeline_view_zoom (self, KEY_ZOOM, middle);
      return GDK_EVENT_STOP;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      waymark_timeline_view_zoom (self, 1.0 / KEY_ZOOM, middle);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      waymark_timeline_view_go_to_today (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
waymark_timeline_view_dispose (GObject *object)
{
  WaymarkTimelineView *self = WAYMARK_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->markers_source, g_source_remove);
  if (self->buttons != NULL)
    {
      for (guint i = 0; i < self->buttons->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
      g_clear_pointer (&self->buttons, g_ptr_array_unref);
    }
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_object (&self->journey);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (waymark_timeline_view_parent_class)->dispose (object);
}

static void
waymark_timeline_view_direction_changed (GtkWidget        *widget,
                                         GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (waymark_timeline_view_parent_class)->direction_changed (widget, previous);
  update_accessible (WAYMARK_TIMELINE_VIEW (widget));
}

static void
waymark_timeline_view_class_init (WaymarkTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_timeline_view_dispose;

  widget_class->snapshot = waymark_timeline_view_snapshot;
  widget_class->size_allocate = waymark_timeline_view_size_allocate;
  widget_class->measure = waymark_timeline_view_measure;
  widget_class->css_changed = waymark_timeline_view_css_changed;
  widget_class->direction_changed = waymark_timeline_view_direction_changed;

  /**
   * WaymarkTimelineView::event-activated:
   * @index: the event's index in the journey
   */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * WaymarkTimelineView::stage-selected:
   * @key: (nullable): the stage whose lane was clicked
   */
  signals[STAGE_SELECTED] = g_signal_new ("stage-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * WaymarkTimelineView::date-menu-requested:
   * @julian: the day under the pointer
   * @x, @y: where, to point a menu at
   */
  signals[DATE_MENU_REQUESTED] = g_signal_new ("date-menu-requested", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                               3, G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
waymark_timeline_view_init (WaymarkTimelineView *self)
{
  GtkEventController *scroll, *keys;
  GtkGesture *zoom, *drag, *click;
  double today = waymark_local_today_julian () + 1.0;

  self->buttons = g_ptr_array_new ();
  self->selected_event = -1;
  self->first = today - 365.0;
  self->last = today + 14.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_style (self);
  update_accessible (self);
}

GtkWidget *
waymark_timeline_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * waymark_timeline_view_set_journey:
 * @journey: (nullable): what to show
 * @series: (nullable): the journal by day, for the mood line
 */
void
waymark_timeline_view_set_journey (WaymarkTimelineView *self,
                                   WaymarkJourney      *journey,
                                   WaymarkDaySeries    *series)
{
  g_return_if_fail (WAYMARK_IS_TIMELINE_VIEW (self));

  g_set_object (&self->journey, journey);
  g_set_object (&self->series, series);
  self->selected_event = -1;
  /* Kept within the journey as it is now (set_range () says it changed). */
  waymark_timeline_view_set_range (self, self->first, self->last);
}

/**
 * waymark_timeline_view_get_n_marker_buttons:
 *
 * Returns: how many markers have a button now, for tests
 */
guint
waymark_timeline_view_get_n_marker_buttons (WaymarkTimelineView *self)
{
  g_return_val_if_fail (WAYMARK_IS_TIMELINE_VIEW (self), 0);

  return self->markers ? self->markers->len : 0;
}
