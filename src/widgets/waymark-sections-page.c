/* waymark-sections-page.c: a page made of plan sections, such as the Plan
 * and the Crisis Plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sections-page"

#include "config.h"

#include "waymark-clock.h"
#include "waymark-sections-page.h"

/* What the Plan and Crisis Plan pages share: their sections are made
 * when the page is first shown, after the window's first frame (the
 * window appears as fast as an empty one, and a page never opened costs
 * nothing), and every section is bound to the page's store. */

typedef struct
{
  /* Borrowed */
  GtkBox       *box;

  /* Owned */
  GPtrArray    *sections;   /* WaymarkRecordSection *, borrowed from the box */
} WaymarkSectionsPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WaymarkSectionsPage, waymark_sections_page, WAYMARK_TYPE_PAGE)

/* The routine's "Done today" and streaks count from today: when the day
 * changes under a built page, its sections read again (before the page's
 * own reload, which WaymarkPage queues for the same signal). */
static void
day_changed_cb (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  if (!waymark_page_is_built (WAYMARK_PAGE (self)) || waymark_page_get_store (WAYMARK_PAGE (self)) == NULL)
    return;

  for (guint i = 0; i < priv->sections->len; i++)
    waymark_record_section_reload (priv->sections->pdata[i]);
}

static void
waymark_sections_page_dispose (GObject *object)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (object);
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_clear_pointer (&priv->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_sections_page_parent_class)->dispose (object);
}

static void
waymark_sections_page_class_init (WaymarkSectionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_sections_page_dispose;
}

static void
waymark_sections_page_init (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->sections = g_ptr_array_new ();
  g_signal_connect_object (waymark_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
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
  g_object_bind_property (self, "store", section, "store", G_BINDING_SYNC_CREATE);
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
  WaymarkRecordSection *section;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  waymark_page_ensure_built (WAYMARK_PAGE (self));
  section = waymark_sections_page_find (self, name);
  if (section != NULL)
    g_idle_add_full (G_PRIORITY_LOW, reveal_cb, g_object_ref (section), NULL);
}
