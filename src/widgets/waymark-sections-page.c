/* waymark-sections-page.c: a page made of plan sections, such as the Plan
 * and the Crisis Plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sections-page"

#include "config.h"

#include "waymark-clock.h"
#include "waymark-frame-steps.h"
#include "waymark-sections-page.h"

/* What the Plan and Crisis Plan pages share: their sections are made
 * when the page is first shown, after the window's first frame (the
 * window appears as fast as an empty one, and a page never opened costs
 * nothing), and every section is bound to the page's store.
 *
 * A section's rows are what costs, so on a page that loads once laid
 * out (the Plan: WaymarkPageClass.load_when_laid_out) each section reads
 * its records at once but makes its rows only when let go: when the
 * page loads, the sections on screen (measured at the page's width, as
 * the frame will lay them out); then the others, one a frame, in idles
 * below drawing's priority. Whatever needs a section whole gets it at
 * once: scrolling near it, the focus coming into it,
 * waymark_sections_page_find () and _reveal (). */

typedef struct
{
  /* Borrowed */
  GtkBox       *box;

  /* Owned */
  GPtrArray    *sections;   /* WaymarkRecordSection *, borrowed from the box */
  guint         fill_source;
  guint         scroll_source;
  WaymarkAfterPaint shown;  /* the frame that shows the last section filled */
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

/* Filling in --------------------------------------------------------- */

/* A page that loads once laid out knows what is on screen then, and
 * holds the other sections' rows until after its first frame; any
 * other (the Crisis Plan, whose sections open hidden or empty) makes
 * them all as it loads. */
static gboolean
holds_rows (WaymarkSectionsPage *self)
{
  return WAYMARK_PAGE_GET_CLASS (self)->load_when_laid_out;
}

static gboolean
all_filled (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  for (guint i = 0; i < priv->sections->len; i++)
    if (waymark_record_section_is_held (priv->sections->pdata[i]))
      return FALSE;

  return TRUE;
}

static void
fill_through (WaymarkSectionsPage  *self,
              WaymarkRecordSection *last)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  for (guint i = 0; i < priv->sections->len; i++)
    {
      waymark_record_section_hold_rows (priv->sections->pdata[i], FALSE);
      if (priv->sections->pdata[i] == last)
        break;
    }
}

static void
stop_filling (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_clear_handle_id (&priv->fill_source, g_source_remove);
  g_clear_handle_id (&priv->scroll_source, g_source_remove);
  waymark_after_paint_cancel (&priv->shown);
}

/* Lets go of every section that starts above the bottom of the
 * scrolled window's view, and those above them, measuring each at the
 * box's width as the next frame will (GTK keeps what it measured, so
 * the frame does not measure them again). */
static void
fill_visible (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);
  GtkWidget *box = GTK_WIDGET (priv->box);
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  double top = 0, view_height;
  int width;

  if (box == NULL || all_filled (self) || !gtk_widget_get_mapped (box))
    return;

  scrolled = gtk_widget_get_ancestor (box, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = scrolled ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  view_height = adjustment ? gtk_adjustment_get_page_size (adjustment) : 0;
  width = gtk_widget_get_width (box);

  /* Not laid out yet: no telling what is on screen, so everything. */
  if (width <= 0 || view_height <= 0 ||
      !gtk_widget_translate_coordinates (box, scrolled, 0, 0, NULL, &top))
    {
      fill_through (self, NULL);
      return;
    }

  top += gtk_widget_get_margin_top (box);
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL && top < view_height;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural;

      if (!gtk_widget_get_visible (child))
        continue;

      if (WAYMARK_IS_RECORD_SECTION (child))
        fill_through (self, WAYMARK_RECORD_SECTION (child));
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
      top += natural + gtk_box_get_spacing (priv->box);
    }
}

static void fill_next_soon (WaymarkSectionsPage *self);

static void
shown_cb (GtkWidget *widget)
{
  fill_next_soon (WAYMARK_SECTIONS_PAGE (widget));
}

/* One section, then the frame that shows it, then the next. */
static gboolean
fill_next_cb (gpointer user_data)
{
  WaymarkSectionsPage *self = user_data;
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->fill_source = 0;
  /* An empty section has nothing to wait for: on to one with rows. */
  for (guint i = 0; i < priv->sections->len; i++)
    if (waymark_record_section_is_held (priv->sections->pdata[i]))
      {
        gboolean made = !waymark_record_section_has_rows (priv->sections->pdata[i]);

        waymark_record_section_hold_rows (priv->sections->pdata[i], FALSE);
        if (made)
          break;
      }

  if (all_filled (self))
    return G_SOURCE_REMOVE;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      waymark_after_next_paint (&priv->shown, GTK_WIDGET (self), shown_cb))
    gdk_frame_clock_request_phase (priv->shown.clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  else
    fill_next_soon (self);

  return G_SOURCE_REMOVE;
}

static void
fill_next_soon (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  if (priv->fill_source == 0 && !waymark_after_paint_is_waiting (&priv->shown) && !all_filled (self))
    priv->fill_source = g_idle_add_full (G_PRIORITY_LOW, fill_next_cb, self, NULL);
}

static gboolean
scrolled_cb (gpointer user_data)
{
  WaymarkSectionsPage *self = user_data;
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->scroll_source = 0;
  fill_visible (self);

  return G_SOURCE_REMOVE;
}

/* Not while the scrolled window lays itself out: before the next frame. */
static void
value_changed_cb (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  if (priv->scroll_source == 0 && waymark_page_is_loaded (WAYMARK_PAGE (self)) && !all_filled (self))
    priv->scroll_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, scrolled_cb, self, NULL);
}

/* The keyboard finds a section whole, and every one before it. */
static void
focus_enter_cb (GtkEventControllerFocus *controller,
                WaymarkSectionsPage     *self)
{
  fill_through (self, WAYMARK_RECORD_SECTION (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/* The box shown again (the Crisis Plan's editing half): what is on
 * screen now. */
static void
box_mapped_cb (WaymarkSectionsPage *self)
{
  if (waymark_page_is_loaded (WAYMARK_PAGE (self)))
    fill_visible (self);
}

/* Another plan: its rows wait, as the first plan's did, until the page
 * loads it. Connected before the sections' bindings, so they read the
 * new store held. */
static void
store_changed_notify_cb (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);
  WaymarkStore *store = waymark_page_get_store (WAYMARK_PAGE (self));
  gboolean followed = waymark_page_is_loaded (WAYMARK_PAGE (self));

  /* Already read, with the sections on it (below). */
  for (guint i = 0; i < priv->sections->len && followed; i++)
    followed = waymark_record_section_get_store (priv->sections->pdata[i]) == store;
  if (followed)
    return;

  stop_filling (self);
  for (guint i = 0; i < priv->sections->len; i++)
    waymark_record_section_hold_rows (priv->sections->pdata[i], holds_rows (self));
}

static void
waymark_sections_page_load (WaymarkPage *page)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (page);
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);
  WaymarkStore *store = waymark_page_get_store (page);

  /* The page's store reaches the sections through "store"'s notify,
   * which comes after this when the page's store was set through a
   * binding (GObject holds a property's notify until its setter
   * returns, and the setter loads a page on screen): then the sections
   * get the store here, held, before what is on screen is filled. */
  for (guint i = 0; i < priv->sections->len; i++)
    if (waymark_record_section_get_store (priv->sections->pdata[i]) != store)
      {
        stop_filling (self);
        waymark_record_section_hold_rows (priv->sections->pdata[i], holds_rows (self));
        waymark_record_section_set_store (priv->sections->pdata[i], store);
      }

  fill_visible (self);
  fill_next_soon (self);
}

static void
waymark_sections_page_dispose (GObject *object)
{
  WaymarkSectionsPage *self = WAYMARK_SECTIONS_PAGE (object);
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  stop_filling (self);
  g_clear_pointer (&priv->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_sections_page_parent_class)->dispose (object);
}

static void
waymark_sections_page_class_init (WaymarkSectionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkPageClass *page_class = WAYMARK_PAGE_CLASS (klass);

  object_class->dispose = waymark_sections_page_dispose;
  page_class->load = waymark_sections_page_load;
  /* What is on screen is known then. */
  page_class->load_when_laid_out = TRUE;
}

static void
waymark_sections_page_init (WaymarkSectionsPage *self)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  priv->sections = g_ptr_array_new ();
  g_signal_connect_object (waymark_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::store", G_CALLBACK (store_changed_notify_cb), NULL);
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

  GtkWidget *scrolled;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  priv->box = box;
  g_signal_connect_object (box, "map", G_CALLBACK (box_mapped_cb), self, G_CONNECT_SWAPPED);
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (box), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             "value-changed", G_CALLBACK (value_changed_cb), self, G_CONNECT_SWAPPED);
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

  GtkEventController *focus;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));
  g_return_if_fail (priv->box != NULL);

  gtk_box_append (priv->box, GTK_WIDGET (section));
  g_ptr_array_add (priv->sections, section);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (section), focus);

  /* Made before the page loads (which lets go of those on screen), or
   * added to a loaded page (nothing waits for it). */
  waymark_record_section_hold_rows (section, holds_rows (self) && !waymark_page_is_loaded (WAYMARK_PAGE (self)));
  g_object_bind_property (self, "store", section, "store", G_BINDING_SYNC_CREATE);
}

/**
 * waymark_sections_page_lookup:
 *
 * For the page itself, which needs a section's records rather than its
 * rows: does not fill it in.
 *
 * Returns: (transfer none) (nullable): the section called @name, or
 *   %NULL (also before the sections are made)
 */
WaymarkRecordSection *
waymark_sections_page_lookup (WaymarkSectionsPage *self,
                              const char          *name)
{
  WaymarkSectionsPagePrivate *priv = waymark_sections_page_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_SECTIONS_PAGE (self), NULL);

  for (guint i = 0; i < priv->sections->len; i++)
    if (g_str_equal (gtk_widget_get_name (priv->sections->pdata[i]), name))
      return priv->sections->pdata[i];

  return NULL;
}

/**
 * waymark_sections_page_find:
 *
 * Returns: (transfer none) (nullable): the section called @name, its
 *   rows made, or %NULL (also before the sections are made)
 */
WaymarkRecordSection *
waymark_sections_page_find (WaymarkSectionsPage *self,
                            const char          *name)
{
  WaymarkRecordSection *section = waymark_sections_page_lookup (self, name);

  if (section != NULL)
    waymark_record_section_hold_rows (section, FALSE);

  return section;
}

/**
 * waymark_sections_page_is_filled:
 *
 * Returns: whether every section's rows are made (the page is loaded
 *   and its idles have filled the sections off screen)
 */
gboolean
waymark_sections_page_is_filled (WaymarkSectionsPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_SECTIONS_PAGE (self), FALSE);

  return waymark_page_is_loaded (WAYMARK_PAGE (self)) && all_filled (self);
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
 * Builds the page if it isn't yet and fills in the section and those
 * above it, then scrolls to the section and moves keyboard focus into
 * it, once it is on screen.
 */
void
waymark_sections_page_reveal (WaymarkSectionsPage *self,
                              const char          *name)
{
  WaymarkRecordSection *section;

  g_return_if_fail (WAYMARK_IS_SECTIONS_PAGE (self));

  waymark_page_ensure_built (WAYMARK_PAGE (self));
  section = waymark_sections_page_lookup (self, name);
  /* Whole, and every section above it, so it is where it will stay. */
  if (section != NULL)
    fill_through (self, section);
  if (section != NULL)
    g_idle_add_full (G_PRIORITY_LOW, reveal_cb, g_object_ref (section), NULL);
}
