/* waymark-clock.c: today, and a signal when it changes at midnight
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-clock"

#include "config.h"

#include <gio/gio.h>

#include "waymark-clock.h"
#include "waymark-date.h"

/* Views that say "today" (the routine's "Done today", the charts' last
 * day, the timeline's now) follow WaymarkClock::day-changed instead of
 * each keeping a timer. One timeout waits for the next local midnight.
 * GLib's timeouts run on the monotonic clock, which stands still while
 * the computer sleeps and doesn't follow the wall clock when it is set
 * or the time zone changes, so the wait is never longer than an hour,
 * and the default clock also looks again when logind says the computer
 * woke up. Each look is one GDateTime: cheap. */

#define MAX_WAIT_MS (60 * 60 * 1000)

struct _WaymarkClock
{
  GObject              parent_instance;

  WaymarkClockNowFunc  now_func;
  gpointer             now_data;
  GDestroyNotify       now_destroy;

  /* Owned */
  GCancellable        *cancellable;
  GDBusConnection     *system_bus;
  guint                sleep_subscription;
  guint                timeout_id;
  guint32              today;        /* Julian day */
};

G_DEFINE_FINAL_TYPE (WaymarkClock, waymark_clock, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TODAY,
  N_PROPS
};

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void arm (WaymarkClock *self);

static GDateTime *
now_local (WaymarkClock *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->now_func == NULL)
    return g_date_time_new_now_local ();

  now = self->now_func (self->now_data);
  g_return_val_if_fail (now != NULL, g_date_time_new_now_local ());

  return g_date_time_to_local (now);
}

static guint32
julian_of (GDateTime *local)
{
  GDate day;

  waymark_local_today (NULL, local, &day);
  return g_date_get_julian (&day);
}

/* Looks at the time once: says when the day changed (either way: a
 * clock set back changes the day too), then waits again. */
static gboolean
timeout_cb (gpointer user_data)
{
  WaymarkClock *self = WAYMARK_CLOCK (user_data);

  self->timeout_id = 0;
  waymark_clock_check (self);

  return G_SOURCE_REMOVE;
}

static void
arm (WaymarkClock *self)
{
  g_autoptr(GDateTime) now = now_local (self);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;
  GTimeSpan wait;
  guint wait_ms;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  midnight = g_date_time_new_local (g_date_time_get_year (now),
                                    g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now),
                                    0, 0, 0);
  next = g_date_time_add_days (midnight, 1);
  wait = g_date_time_difference (next, now);

  /* A millisecond past midnight, so the new day has begun when we look. */
  wait_ms = (guint) CLAMP (wait / G_TIME_SPAN_MILLISECOND + 1, 1, MAX_WAIT_MS);
  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, wait_ms, timeout_cb, self, NULL);
  g_source_set_name_by_id (self->timeout_id, "[waymark] day change");
}

static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender_name,
                      const char      *object_path,
                      const char      *interface_name,
                      const char      *signal_name,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean going_to_sleep = TRUE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &going_to_sleep);

  if (!going_to_sleep)
    waymark_clock_check (WAYMARK_CLOCK (user_data));
}

static void
system_bus_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  WaymarkClock *self;

  /* No system bus (a sandbox without logind, a test): the hourly look
   * is enough. */
  if (bus == NULL)
    {
      g_debug ("No system bus, so no word of waking from sleep: %s", error->message);
      return;
    }

  self = WAYMARK_CLOCK (user_data);
  self->system_bus = bus;
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1", "org.freedesktop.login1.Manager",
                                        "PrepareForSleep", "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, prepare_for_sleep_cb, self, NULL);
}

static void
waymark_clock_finalize (GObject *object)
{
  WaymarkClock *self = WAYMARK_CLOCK (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  g_clear_object (&self->system_bus);

  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);

  G_OBJECT_CLASS (waymark_clock_parent_class)->finalize (object);
}

static void
waymark_clock_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WaymarkClock *self = WAYMARK_CLOCK (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      g_value_set_uint (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_clock_class_init (WaymarkClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_clock_finalize;
  object_class->get_property = waymark_clock_get_property;

  /**
   * WaymarkClock:today:
   *
   * The person's calendar day, as g_date_get_julian ().
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaymarkClock::day-changed:
   *
   * The calendar day changed: midnight passed, the computer woke on
   * another day, or the clock or time zone was changed.
   */
  signals[DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
waymark_clock_init (WaymarkClock *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * waymark_clock_new:
 * @now_func: (nullable): tells the time; the computer's clock when %NULL
 * @user_data: for @now_func
 * @destroy: (nullable): frees @user_data with the clock
 *
 * Returns: (transfer full): a clock that says when the day changes, as
 *   long as the thread-default main context runs
 */
WaymarkClock *
waymark_clock_new (WaymarkClockNowFunc now_func,
                   gpointer            user_data,
                   GDestroyNotify      destroy)
{
  WaymarkClock *self = g_object_new (WAYMARK_TYPE_CLOCK, NULL);
  g_autoptr(GDateTime) now = NULL;

  self->now_func = now_func;
  self->now_data = user_data;
  self->now_destroy = destroy;

  now = now_local (self);
  self->today = julian_of (now);
  arm (self);

  return self;
}

/**
 * waymark_clock_get_default:
 *
 * The application's clock, made on first use, following the computer's
 * clock and waking from sleep.
 *
 * Returns: (transfer none): the default clock
 */
WaymarkClock *
waymark_clock_get_default (void)
{
  static WaymarkClock *clock;

  if (clock == NULL)
    {
      clock = waymark_clock_new (NULL, NULL, NULL);
      g_bus_get (G_BUS_TYPE_SYSTEM, clock->cancellable, system_bus_cb, clock);
    }

  return clock;
}

/**
 * waymark_clock_get_today:
 *
 * Returns: the person's calendar day, as g_date_get_julian ()
 */
guint32
waymark_clock_get_today (WaymarkClock *self)
{
  g_return_val_if_fail (WAYMARK_IS_CLOCK (self), 0);

  return self->today;
}

/**
 * waymark_clock_check:
 *
 * Looks at the time now, emits #WaymarkClock::day-changed when the day
 * is not the one it was, and waits for the next midnight again. Called
 * by the clock itself; call it too when there is reason to think time
 * jumped.
 */
void
waymark_clock_check (WaymarkClock *self)
{
  g_autoptr(GDateTime) now = NULL;
  guint32 today;

  g_return_if_fail (WAYMARK_IS_CLOCK (self));

  now = now_local (self);
  today = julian_of (now);
  arm (self);

  if (today == self->today)
    return;

  self->today = today;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}
