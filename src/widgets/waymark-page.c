/* waymark-page.c: what a page of the window shares: the plan it shows,
 * read only once the page is shown
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-page"

#include "config.h"

#include "waymark-clock.h"
#include "waymark-frame-steps.h"
#include "waymark-mnemonic-names.h"
#include "waymark-page.h"

/* A page is bound to the window's store (its "store" property) and
 * follows the store's changes through one signal group. It makes and
 * reads nothing until it is first shown, and then at the start of the
 * frame that shows it, so the window's start never waits for a page
 * nobody looks at, and what the page makes is laid out once. Changes to
 * the plan are gathered: a save that touches several kinds of record (a
 * check-in and the day's routine) makes the page read again once. A
 * page is a WaymarkWidthFirstBin: laid out height-for-width, it scrolls,
 * or lets a part step aside, when short, and its width never depends on
 * the height offered (see why there). */

typedef struct
{
  WaymarkStore *store;
  GSignalGroup *store_signals;
  guint         load_tick;      /* read at the next frame's start */
  guint         load_source;    /* read now it is laid out */
  WaymarkAfterPaint laid_out;   /* read once laid out */
  guint         reload_source;
  gboolean      built;
  gboolean      loaded;
} WaymarkPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WaymarkPage, waymark_page, WAYMARK_TYPE_WIDTH_FIRST_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
build (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  if (priv->built)
    return;

  priv->built = TRUE;
  if (WAYMARK_PAGE_GET_CLASS (self)->build != NULL)
    WAYMARK_PAGE_GET_CLASS (self)->build (self);
}

static void stop_waiting (WaymarkPage *self);

static void
load (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  stop_waiting (self);

  build (self);
  if (priv->loaded || priv->store == NULL)
    return;

  priv->loaded = TRUE;
  /* Shown (no frame comes between) before it reads: a page that places
   * what it reads by what is on screen (the Plan's sections) finds its
   * content mapped, as after Close Plan and another plan. */
  if (adw_bin_get_child (ADW_BIN (self)) != NULL)
    gtk_widget_set_visible (adw_bin_get_child (ADW_BIN (self)), TRUE);
  WAYMARK_PAGE_GET_CLASS (self)->load (self);
  waymark_mnemonic_names_fix (GTK_WIDGET (self));
}

static void
stop_waiting (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_clear_handle_id (&priv->load_source, g_source_remove);
  waymark_cancel_at_next_frame (GTK_WIDGET (self), &priv->load_tick);
  waymark_after_paint_cancel (&priv->laid_out);
}

static gboolean
waits (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  return priv->load_source != 0 || priv->load_tick != 0 || waymark_after_paint_is_waiting (&priv->laid_out);
}

static gboolean
laid_out_load_cb (gpointer user_data)
{
  WaymarkPage *self = user_data;
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->load_source = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

/* Laid out: read at once, between frames (at the next frame's start
 * would wait a frame more, and such a page measures what it makes
 * itself, at its width). */
static void
laid_out_cb (GtkWidget *widget)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (WAYMARK_PAGE (widget));

  if (priv->load_source == 0)
    priv->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, laid_out_load_cb, widget, NULL);
}

/* A page reads its plan (and makes what shows it) at the start of the
 * frame after it is shown, before that frame's layout, so what it makes
 * is styled, measured and painted once, in that frame (see
 * waymark-frame-steps.c). A page that places what it reads by what is
 * on screen is read after the frame that first lays it out instead
 * (GTK's frame clock may map it a frame before that). */
static void
load_at_frame_cb (GtkWidget *widget)
{
  WaymarkPage *self = WAYMARK_PAGE (widget);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->load_tick = 0;
  if (WAYMARK_PAGE_GET_CLASS (self)->load_when_laid_out && gtk_widget_get_width (widget) == 0 &&
      gtk_widget_get_mapped (widget) && waymark_after_next_paint (&priv->laid_out, widget, laid_out_cb))
    return;

  load (self);
}

static gboolean
reload_cb (gpointer user_data)
{
  WaymarkPage *self = user_data;
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->reload_source = 0;
  if (priv->loaded && WAYMARK_PAGE_GET_CLASS (self)->reload != NULL)
    {
      WAYMARK_PAGE_GET_CLASS (self)->reload (self);
      waymark_mnemonic_names_fix (GTK_WIDGET (self));
    }

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (WaymarkPage *self,
                  const char  *kind)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);
  WaymarkPageClass *klass = WAYMARK_PAGE_GET_CLASS (self);

  if (!priv->loaded || kind == NULL)
    return;
  if (klass->reload_on != NULL && !g_strv_contains (klass->reload_on, kind))
    return;

  if (klass->changed != NULL)
    klass->changed (self, kind);

  if (priv->reload_source == 0)
    priv->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

/* What a page shows of "today" (the charts' last day, the timeline's
 * now) is read again when the day changes under it. */
static void
day_changed_cb (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  if (priv->loaded && priv->reload_source == 0 && WAYMARK_PAGE_GET_CLASS (self)->reload != NULL)
    priv->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

static void
flush (WaymarkPage *self)
{
  if (WAYMARK_PAGE_GET_CLASS (self)->flush != NULL)
    WAYMARK_PAGE_GET_CLASS (self)->flush (self);
}

static void
waymark_page_map (GtkWidget *widget)
{
  WaymarkPage *self = WAYMARK_PAGE (widget);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  GTK_WIDGET_CLASS (waymark_page_parent_class)->map (widget);

  if (((!priv->built && WAYMARK_PAGE_GET_CLASS (self)->build != NULL) ||
       (!priv->loaded && priv->store != NULL)) &&
      !waits (self))
    priv->load_tick = waymark_at_next_frame (widget, load_at_frame_cb);
}

static void
waymark_page_unmap (GtkWidget *widget)
{
  /* Read when shown again. */
  stop_waiting (WAYMARK_PAGE (widget));
  flush (WAYMARK_PAGE (widget));

  GTK_WIDGET_CLASS (waymark_page_parent_class)->unmap (widget);
}

/* A page shows nothing until it has read its plan: the subclass's
 * template (made by its init, before this) waits hidden, so the frame
 * that first shows the window is not held up laying out a page that is
 * still empty, and the page appears whole, once, after it has read.
 * A page that loads only once laid out (load_when_laid_out: it reads
 * its sections' places on screen) stays shown, empty, for that layout. */
static void
waymark_page_constructed (GObject *object)
{
  WaymarkPage *self = WAYMARK_PAGE (object);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

  G_OBJECT_CLASS (waymark_page_parent_class)->constructed (object);

  if (child != NULL && !priv->loaded && !WAYMARK_PAGE_GET_CLASS (self)->load_when_laid_out)
    gtk_widget_set_visible (child, FALSE);
}

static void
waymark_page_dispose (GObject *object)
{
  WaymarkPage *self = WAYMARK_PAGE (object);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  /* A subclass has written and let go of what it holds in its own
   * dispose, and its template's widgets are gone: drop the store
   * without flush or unload. */
  g_clear_handle_id (&priv->reload_source, g_source_remove);
  stop_waiting (self);
  g_signal_group_set_target (priv->store_signals, NULL);
  g_clear_object (&priv->store);
  priv->loaded = FALSE;

  G_OBJECT_CLASS (waymark_page_parent_class)->dispose (object);
}

static void
waymark_page_finalize (GObject *object)
{
  WaymarkPage *self = WAYMARK_PAGE (object);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_clear_object (&priv->store_signals);

  G_OBJECT_CLASS (waymark_page_parent_class)->finalize (object);
}

static void
waymark_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaymarkPage *self = WAYMARK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, waymark_page_get_store (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaymarkPage *self = WAYMARK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_page_real_nothing (WaymarkPage *self)
{
}

static void
waymark_page_class_init (WaymarkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = waymark_page_get_property;
  object_class->set_property = waymark_page_set_property;
  object_class->constructed = waymark_page_constructed;
  object_class->dispose = waymark_page_dispose;
  object_class->finalize = waymark_page_finalize;
  widget_class->map = waymark_page_map;
  widget_class->unmap = waymark_page_unmap;

  klass->load = waymark_page_real_nothing;
  klass->unload = waymark_page_real_nothing;

  /**
   * WaymarkPage:store: (nullable)
   *
   * The plan the page shows; the window binds it to its own.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_page_init (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->store_signals = g_signal_group_new (WAYMARK_TYPE_STORE);
  g_signal_group_connect_object (priv->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (waymark_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * waymark_page_set_store:
 * @store: (nullable): the plan the page shows
 *
 * Writes what the page holds unsaved to the old store and forgets what
 * was read from it; reads the new one now if the page is on screen, or
 * when it is first shown.
 */
void
waymark_page_set_store (WaymarkPage  *self,
                        WaymarkStore *store)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_PAGE (self));
  g_return_if_fail (!store || WAYMARK_IS_STORE (store));

  if (priv->store == store)
    return;

  if (priv->store != NULL)
    flush (self);
  g_clear_handle_id (&priv->reload_source, g_source_remove);

  if (priv->loaded)
    {
      GtkWidget *child = adw_bin_get_child (ADW_BIN (self));

      WAYMARK_PAGE_GET_CLASS (self)->unload (self);
      /* Nothing read from the old plan stays on the page, on screen or in
       * the accessibility tree, until the new one is read (a clinic's
       * next client must not find the last one's goals on a page not
       * looked at yet, nor after Close Plan). */
      if (child != NULL)
        gtk_widget_set_visible (child, FALSE);
    }
  priv->loaded = FALSE;

  g_set_object (&priv->store, store);
  g_signal_group_set_target (priv->store_signals, store);

  /* What the page is made of (its sections) follows the store first. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  /* On screen already: read now, unless the page is still to be made
   * after the frame that shows it (then it reads then). */
  if (store != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) && !waits (self))
    load (self);
}

/**
 * waymark_page_get_store:
 *
 * Returns: (transfer none) (nullable): the plan the page shows
 */
WaymarkStore *
waymark_page_get_store (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_PAGE (self), NULL);

  return priv->store;
}

/**
 * waymark_page_is_loaded:
 *
 * Returns: whether the page has read its store
 */
gboolean
waymark_page_is_loaded (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_PAGE (self), FALSE);

  return priv->loaded;
}

/**
 * waymark_page_is_built:
 *
 * Returns: whether the page has made what it is made of
 */
gboolean
waymark_page_is_built (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_PAGE (self), FALSE);

  return priv->built;
}

/**
 * waymark_page_ensure_built:
 *
 * Makes the page now, rather than after the frame that shows it, such
 * as to scroll to a part of it.
 */
void
waymark_page_ensure_built (WaymarkPage *self)
{
  g_return_if_fail (WAYMARK_IS_PAGE (self));

  build (self);
}
