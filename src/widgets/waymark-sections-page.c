/* waymark-sections-page.c: a page made of plan sections, such as the Plan
 * and the Crisis Plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sections-page"

#include "config.h"

#include "waymark-sections-page.h"

/* What the Plan and Crisis Plan pages share: their sections are made
 * when the page is first shown, after the window's first frame (the
 * window appears as fast as an empty one, and a page never opened costs
 * nothing), and every section follows the page's store. */

typedef struct
{
  /* Borrowed */
  GtkBox       *box;

  /* Owned */
  WaymarkStore *store;
  GPtrArray    *sections;   /* WaymarkRecordSection *, borrowed from the box */
  guint         build_source;
  gboolean      built;
} WaymarkSectionsPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WaymarkSectionsPage, waymark_sections_page, ADW_TYPE_BIN)

static void
store_changed_cb (WaymarkSectionsPage *self,
                  const char          *kind)
{
  if (WAYMARK_SECTIONS_PAGE_GET_CLASS (self)->changed != NULL)
    WAYMARK_SECTIONS_PAGE_GET_CLASS (self)->changed (self, kind);
}

static gboolean
build_cb (gpointer user_data)
{
  WaymarkSectionsPage *self = user_data;
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->build_source = 0;
  if (priv->built)
    return G_SOURCE_REMOVE;

  priv->built = TRUE;
  WAYMARK_SECTIONS_PAGE_GET_CLASS (self)->build (self);

  return G_SOURCE_REMOVE;
}

static void
waymark_sections_page_map (GtkWidget *widget)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (widget);
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  GTK_WIDGET_CLASS (waymark_sections_page_parent_class)->map (widget);

  /* Below the priority of drawing: after the first frame. */
  if (!priv->built && priv->build_source == 0)
    priv->build_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_cb, self, NULL);
}

static void
waymark_sections_page_unmap (GtkWidget *widget)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (widget);

  if (WAYMARK_SECTIONS_PAGE_GET_CLASS (self)->flush != NULL)
    WAYMARK_SECTIONS_PAGE_GET_CLASS (self)->flush (self);

  GTK_WIDGET_CLASS (waymark_sections_page_parent_class)->unmap (widget);
}

static void
waymark_sections_page_dispose (GObject *object)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (object);
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_clear_handle_id (&priv->build_source, g_source_remove);
  g_clear_object (&priv->store);
  g_clear_pointer (&priv->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_sections_page_parent_class)->dispose (object);
}

static void
waymark_sections_page_class_init (WaymarkSectionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_sections_page_dispose;
  widget_class->map = waymark_sections_page_map;
  widget_class->unmap = waymark_sections_page_unmap;
}

static void
waymark_sections_page_init (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->sections = g_ptr_array_new ();
}

/**
 * waymark_sections_page_set_box:
 * @box: where the sections go, from the subclass's template
 */
void
waymark_sections_page_set_box (WaymarkSectionsPage *self,
                               GtkBox              *box)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  priv->box = box;
}

/**
 * waymark_sections_page_add:
 * @section: (transfer floating): a section, appended to the page's box
 */
void
waymark_sections_page_add (WaymarkSectionsPage  *self,
                           WaymarkRecordSection *section)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));
  g_return_if_fail (priv->box != NULL);

  gtk_box_append (priv->box, GTK_WIDGET (section));
  g_ptr_array_add (priv->sections, section);
  if (priv->store != NULL)
    waymark_record_section_set_store (section, priv->store);
}

/**
 * waymark_sections_page_find:
 *
 * Returns: (transfer none) (nullable): the section called @name, or
 *   %NULL (also before the sections are made)
 */
WaymarkRecordSection *
waymark_sections_page_find (WaymarkSectionsPage *self,
                            const char          *name)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_SECTIONS_PAGE (self), NULL);

  for (guint i = 0; i < priv->sections->len; i++)
    if (g_str_equal (gtk_widget_get_name (priv->sections->pdata[i]), name))
      return priv->sections->pdata[i];

  return NULL;
}

static gboolean
reveal_cb (gpointer user_data)
{
  g_autoptr(GtkWidget) section = user_data;

  /* Focus moves into the section, and its scrolled window follows. */
  if (gtk_widget_get_mapped (section) && !gtk_widget_child_focus (section, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (section);

  return G_SOURCE_REMOVE;
}

/**
 * waymark_sections_page_reveal:
 * @name: a section's name, such as "warning-signs"
 *
 * Builds the page if it isn't yet, then scrolls to the section and
 * moves keyboard focus into it, once it is on screen.
 */
void
waymark_sections_page_reveal (WaymarkSectionsPage *self,
                              const char          *name)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);
  WaymarkRecordSection *section;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  if (!priv->built)
    {
      g_clear_handle_id (&priv->build_source, g_source_remove);
      build_cb (self);
    }

  section = waymark_sections_page_find (self, name);
  if (section != NULL)
    g_idle_add_full (G_PRIORITY_LOW, reveal_cb, g_object_ref (section), NULL);
}

gboolean
waymark_sections_page_is_built (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_SECTIONS_PAGE (self), FALSE);

  return priv->built;
}

/**
 * waymark_sections_page_set_store:
 *
 * Writes what the page holds unsaved to the old store, then gives every
 * section the new one.
 */
void
waymark_sections_page_set_store (WaymarkSectionsPage *self,
                                 WaymarkStore        *store)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);
  WaymarkSectionsPageClass *klass;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  if (priv->store == store)
    return;

  klass = WAYMARK_SECTIONS_PAGE_GET_CLASS (self);
  if (klass->flush != NULL)
    klass->flush (self);

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_set_object (&priv->store, store);
  for (guint i = 0; i < priv->sections->len; i++)
    waymark_record_section_set_store (priv->sections->pdata[i], store);

  /* Connected after the sections, so they have reloaded when the page hears. */
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  if (klass->store_set != NULL)
    klass->store_set (self);
}

/**
 * waymark_sections_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
WaymarkStore *
waymark_sections_page_get_store (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_SECTIONS_PAGE (self), NULL);

  return priv->store;
}
