/* waymark-page.c: what a page of the window that reads the plan shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-page"

#include "config.h"

#include "waymark-page.h"

/* A page reads nothing until it is first shown, and then only after
 * the frame that shows it, so the window's start never waits for a page
 * nobody looks at. Changes to the plan are gathered: a save that touches
 * several kinds of record (a check-in and the day's routine) makes the
 * page read again once. */

typedef struct
{
  WaymarkStore *store;
  guint         load_source;
  guint         reload_source;
  gboolean      loaded;
} WaymarkPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WaymarkPage, waymark_page, ADW_TYPE_BIN)

static void
load (WaymarkPage *self)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  g_clear_handle_id (&priv->load_source, g_source_remove);

  if (priv->loaded || priv->store == NULL)
    return;

  priv->loaded = TRUE;
  WAYMARK_PAGE_GET_CLASS (self)->load (self);
}

static gboolean
load_cb (gpointer user_data)
{
  WaymarkPage *self = user_data;
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->load_source = 0;
  load (self);

  return G_SOURCE_REMOVE;
}

static gboolean
reload_cb (gpointer user_data)
{
  WaymarkPage *self = user_data;
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  priv->reload_source = 0;
  if (priv->loaded && WAYMARK_PAGE_GET_CLASS (self)->reload != NULL)
    WAYMARK_PAGE_GET_CLASS (self)->reload (self);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (WaymarkPage *self,
                  const char  *kind)
{
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);
  WaymarkPageClass *klass = WAYMARK_PAGE_GET_CLASS (self);

  if (!priv->loaded || kind == NULL || klass->reload_on == NULL || !g_strv_contains (klass->reload_on, kind))
    return;

  if (klass->changed != NULL)
    klass->changed (self, kind);

  if (priv->reload_source == 0)
    priv->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

static void
waymark_page_map (GtkWidget *widget)
{
  WaymarkPage *self = WAYMARK_PAGE (widget);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  GTK_WIDGET_CLASS (waymark_page_parent_class)->map (widget);

  /* Below the priority of drawing: after the frame that shows the page. */
  if (!priv->loaded && priv->store != NULL && priv->load_source == 0)
    priv->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_cb, self, NULL);
}

static void
waymark_page_dispose (GObject *object)
{
  WaymarkPage *self = WAYMARK_PAGE (object);
  WaymarkPagePrivate *priv = waymark_page_get_instance_private (self);

  waymark_page_set_store (self, NULL);
  g_clear_handle_id (&priv->load_source, g_source_remove);
  g_clear_handle_id (&priv->reload_source, g_source_remove);

  G_OBJECT_CLASS (waymark_page_parent_class)->dispose (object);
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

  object_class->dispose = waymark_page_dispose;
  widget_class->map = waymark_page_map;

  klass->load = waymark_page_real_nothing;
  klass->unload = waymark_page_real_nothing;
}

static void
waymark_page_init (WaymarkPage *self)
{
}

/**
 * waymark_page_set_store:
 * @store: (nullable): the plan the page shows
 *
 * Forgets what was read from the old store; reads the new one now if
 * the page is on screen, or when it is first shown.
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
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_clear_handle_id (&priv->load_source, g_source_remove);
  g_clear_handle_id (&priv->reload_source, g_source_remove);

  if (priv->loaded)
    WAYMARK_PAGE_GET_CLASS (self)->unload (self);
  priv->loaded = FALSE;

  g_set_object (&priv->store, store);
  if (store != NULL)
    {
      g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        load (self);
    }
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
