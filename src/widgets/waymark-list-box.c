/* waymark-list-box.c: what GTK 4.8's GtkListBox lacks
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-list-box"

#include "config.h"

#include "waymark-list-box.h"

/**
 * waymark_list_box_remove_all:
 * @list: a list box filled by hand (not bound to a model)
 *
 * Empties @list, as gtk_list_box_remove_all () does from GTK 4.12 on.
 */
void
waymark_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Tooltips for the controls of a list's rows, given once for the whole
 * list: setting a tooltip on a widget asks the display where the pointer
 * is, and a list makes dozens or hundreds of rows at once. */

static GQuark
tooltip_quark (void)
{
  return g_quark_from_static_string ("waymark-list-tooltip");
}

static gboolean
query_tooltip_cb (GtkWidget  *list,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  GtkWidget *target;

  if (keyboard)
    target = gtk_root_get_focus (gtk_widget_get_root (list));
  else
    target = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);
  if (target == NULL || (target != list && !gtk_widget_is_ancestor (target, list)))
    return FALSE;

  for (; target != NULL && target != list; target = gtk_widget_get_parent (target))
    {
      const char *text = g_object_get_qdata (G_OBJECT (target), tooltip_quark ());
      graphene_rect_t bounds;

      if (text == NULL)
        continue;
      if (!gtk_widget_compute_bounds (target, list, &bounds))
        return FALSE;

      gtk_tooltip_set_text (tooltip, text);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                           bounds.size.width, bounds.size.height });
      return TRUE;
    }

  return FALSE;
}

/**
 * waymark_list_tooltips_attach:
 * @list: a list whose rows' controls have tooltips set with
 *   waymark_list_tooltip_set ()
 *
 * Shows them, from the list.
 */
void
waymark_list_tooltips_attach (GtkWidget *list)
{
  g_return_if_fail (GTK_IS_WIDGET (list));

  gtk_widget_set_has_tooltip (list, TRUE);
  g_signal_connect (list, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/**
 * waymark_list_tooltip_set:
 * @widget: a control in a row of a list given waymark_list_tooltips_attach ()
 * @text: (nullable): its tooltip, a string that lives as long as the program
 *   (a translation)
 *
 * Gives @widget a tooltip shown by its list, and the same as its
 * accessible description, as gtk_widget_set_tooltip_text () would.
 */
void
waymark_list_tooltip_set (GtkWidget  *widget,
                          const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata (G_OBJECT (widget), tooltip_quark (), (gpointer) text);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
