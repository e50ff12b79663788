/* waymark-owner-badge.c: whose plan is open, at the start of the header
 *
 * The header's title is the page switcher, which asks for as much width
 * as its widest layout; the header gives the sides only what they must
 * have once the switcher has what it asks for. A name that may shrink to
 * a few letters would then read "Sa…" in a laptop's window. So the badge
 * asks for its name whole (up to WHOLE_NAME_CHARS) when the window is
 * wide, and for a few letters only in a narrow window, where the switcher
 * sits at the window's foot and the title says the name anyway.
 *
 * The choice follows the window's width, never the badge's own, so the
 * two can't chase each other.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-owner-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-owner-badge.h"

#define WIDE_WINDOW       720  /* px: from here the name is shown whole */
#define WHOLE_NAME_CHARS  20
#define NARROW_NAME_CHARS 4
#define WHOLE_NAME        (-1)

struct _WaymarkOwnerBadge
{
  AdwBin     parent_instance;

  GtkLabel  *label;
  guint      resize_id;
  int        wanted_chars;   /* WHOLE_NAME: not shortened at all */
  int        applied_chars;
};

G_DEFINE_FINAL_TYPE (WaymarkOwnerBadge, waymark_owner_badge, ADW_TYPE_BIN)

static int
chars_for_width (WaymarkOwnerBadge *self,
                 int                window_width)
{
  const char *name = gtk_label_get_label (self->label);

  if (window_width < WIDE_WINDOW)
    return NARROW_NAME_CHARS;
  if (g_utf8_strlen (name, -1) <= WHOLE_NAME_CHARS)
    return WHOLE_NAME;
  return WHOLE_NAME_CHARS;
}

/* A size is not asked for again while one is being given out: the new
 * request waits for the next turn of the main loop. */
static gboolean
apply_wanted_chars_cb (gpointer user_data)
{
  WaymarkOwnerBadge *self = user_data;

  self->resize_id = 0;
  self->applied_chars = self->wanted_chars;
  /* A name short enough is asked for whole: width in characters is an
   * average, and a bold name is wider than that. */
  gtk_label_set_ellipsize (self->label, self->wanted_chars == WHOLE_NAME ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->label, self->wanted_chars);
  return G_SOURCE_REMOVE;
}

static void
waymark_owner_badge_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Allocated by hand, not by AdwBin's layout manager, which would never
 * call this. */
static void
waymark_owner_badge_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  WaymarkOwnerBadge *self = WAYMARK_OWNER_BADGE (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (self)), width, height, baseline, NULL);

  if (root == NULL)
    return;
  self->wanted_chars = chars_for_width (self, gtk_widget_get_width (root));
  if (self->wanted_chars != self->applied_chars && self->resize_id == 0)
    self->resize_id = g_idle_add (apply_wanted_chars_cb, self);
}

static void
waymark_owner_badge_dispose (GObject *object)
{
  WaymarkOwnerBadge *self = WAYMARK_OWNER_BADGE (object);

  g_clear_handle_id (&self->resize_id, g_source_remove);

  G_OBJECT_CLASS (waymark_owner_badge_parent_class)->dispose (object);
}

static void
waymark_owner_badge_class_init (WaymarkOwnerBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_owner_badge_dispose;
  widget_class->measure = waymark_owner_badge_measure;
  widget_class->size_allocate = waymark_owner_badge_size_allocate;
}

static void
waymark_owner_badge_init (WaymarkOwnerBadge *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "avatar-default-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Whose plan is open"));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->label, 28);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "heading");
  self->wanted_chars = self->applied_chars = NARROW_NAME_CHARS;
  gtk_label_set_width_chars (self->label, NARROW_NAME_CHARS);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  adw_bin_set_child (ADW_BIN (self), box);
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

/**
 * waymark_owner_badge_set_name:
 * @name: (nullable): the person's name, "New Plan" or a file's name
 *
 * Shows @name, also as the badge's accessible name; %NULL hides the badge.
 */
void
waymark_owner_badge_set_name (WaymarkOwnerBadge *self,
                              const char        *name)
{
  g_return_if_fail (WAYMARK_IS_OWNER_BADGE (self));

  gtk_label_set_label (self->label, name ? name : "");
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_widget_set_visible (GTK_WIDGET (self), name != NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
