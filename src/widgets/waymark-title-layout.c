/* waymark-title-layout.c: a row's title and subtitle laid out one under
 * the other, their width never depending on the height offered
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-title-layout"

#include "config.h"

#include "waymark-title-layout.h"

/* An AdwActionRow is a horizontal GtkBox (the header) holding its
 * prefixes, a vertical box of its title and subtitle, and its suffixes.
 * GtkBox allocates its children by asking each how wide it must be for
 * the height given, and a wrapped GtkLabel answers that by searching:
 * laying its text out at a dozen widths (gtklabel.c's
 * my_pango_layout_get_width_for_height ()). That search was over half of
 * the Plan page's first showing. The header hands out the width the
 * same way whatever the answer (its children's widths for no height in
 * particular, the rest to the title, which expands), so the title box
 * answers with those widths, measured once and kept by GTK, and lays
 * its labels out as GtkBox does: one under the other, the whole width
 * each, at their natural heights. */

/* libadwaita 1.2's style: row > box.header > box.title { border-spacing: 3px } */
#define TITLE_SPACING 3

struct _WaymarkTitleLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkTitleLayout, waymark_title_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
waymark_title_layout_get_request_mode (GtkLayoutManager *manager,
                                       GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
waymark_title_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  guint n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* Whatever the height: the width first. */
          gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);
          *minimum += child_minimum;
          *natural += child_natural;
          n++;
        }
    }

  if (n > 1)
    {
      *minimum += TITLE_SPACING * (n - 1);
      *natural += TITLE_SPACING * (n - 1);
    }
}

static void
waymark_title_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  int minimum, natural, y = 0;
  gboolean natural_fits;

  waymark_title_layout_measure (manager, widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  natural_fits = natural <= height;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_minimum, &child_natural, NULL, NULL);
      child_height = natural_fits ? child_natural : child_minimum;
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height + TITLE_SPACING;
    }
}

static void
waymark_title_layout_class_init (WaymarkTitleLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = waymark_title_layout_get_request_mode;
  manager_class->measure = waymark_title_layout_measure;
  manager_class->allocate = waymark_title_layout_allocate;
}

static void
waymark_title_layout_init (WaymarkTitleLayout *self)
{
}

GtkLayoutManager *
waymark_title_layout_new (void)
{
  return g_object_new (WAYMARK_TYPE_TITLE_LAYOUT, NULL);
}

/**
 * waymark_action_row_lay_out_titles:
 * @row: an action row
 *
 * Lays out @row's title and subtitle with a #WaymarkTitleLayout: the
 * same look, without the search for a width to fit each height.
 */
void
waymark_action_row_lay_out_titles (AdwActionRow *row)
{
  GtkWidget *header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  for (GtkWidget *child = header ? gtk_widget_get_first_child (header) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BOX (child) && gtk_widget_has_css_class (child, "title"))
      {
        gtk_widget_set_layout_manager (child, waymark_title_layout_new ());
        return;
      }
}

static AdwActionRow *
find_action_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget))
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_action_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * waymark_expander_row_lay_out_titles:
 * @row: an expander row, before any row is added to it
 *
 * The same for @row's own title and subtitle: libadwaita 1.2 shows them
 * in an action row of its own, the first inside it.
 */
void
waymark_expander_row_lay_out_titles (AdwExpanderRow *row)
{
  AdwActionRow *header;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  header = find_action_row (GTK_WIDGET (row));
  if (header != NULL)
    waymark_action_row_lay_out_titles (header);
}
