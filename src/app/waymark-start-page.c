/* waymark-start-page.c: what a window shows with no plan in it, and the
 * welcome of a new plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-start-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-start-page.h"

/* Two faces of one page, both with the app's icon:
 *
 * - The welcome, on a new plan that holds nothing yet: Start My Plan
 *   (the one suggested action), Open a Plan File… and Look Around With a
 *   Sample Plan.
 * - The neutral start, after Close Plan: only the app's name, Open a
 *   Plan File… and New Plan…. It shows nothing of whoever's plan was
 *   open before (no name, no list of recent plans), so the next person
 *   at a shared computer sees nothing of the last. */
struct _WaymarkStartPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *start_button;
  GtkWidget     *open_button;
  GtkWidget     *sample_button;
  GtkWidget     *new_button;
  GtkWidget     *protect_button;

  gboolean       welcome;
};

G_DEFINE_FINAL_TYPE (WaymarkStartPage, waymark_start_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WELCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (WaymarkStartPage *self)
{
  if (self->welcome)
    {
      adw_status_page_set_title (self->status_page, _("Welcome to Waymark"));
      adw_status_page_set_description (self->status_page,
                                       _("A plan for your recovery, a journal of how you are, and a "
                                         "crisis plan to carry. Everything stays on this computer."));
      gtk_widget_remove_css_class (self->open_button, "suggested-action");
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("Waymark"));
      adw_status_page_set_description (self->status_page, _("No plan is open."));
      gtk_widget_add_css_class (self->open_button, "suggested-action");
    }

  gtk_widget_set_visible (self->start_button, self->welcome);
  gtk_widget_set_visible (self->sample_button, self->welcome);
  gtk_widget_set_visible (self->new_button, !self->welcome);
  gtk_widget_set_visible (self->protect_button,
                          self->welcome && gtk_widget_get_sensitive (self->protect_button));
}

static void
waymark_start_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkStartPage *self = WAYMARK_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_WELCOME:
      g_value_set_boolean (value, self->welcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_start_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkStartPage *self = WAYMARK_START_PAGE (object);

  switch (prop_id)
    {
    case PROP_WELCOME:
      waymark_start_page_set_welcome (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_start_page_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), WAYMARK_TYPE_START_PAGE);

  G_OBJECT_CLASS (waymark_start_page_parent_class)->dispose (object);
}

/* The app icon is a full-colour SVG: drawing it, or only looking it up
 * for a page that waits hidden, loads librsvg, some 7 MB of a process
 * that opens a plan and never shows this page. */
static void
waymark_start_page_map (GtkWidget *widget)
{
  WaymarkStartPage *self = WAYMARK_START_PAGE (widget);

  adw_status_page_set_icon_name (self->status_page, APPLICATION_ID);

  GTK_WIDGET_CLASS (waymark_start_page_parent_class)->map (widget);
}

static void
waymark_start_page_class_init (WaymarkStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = waymark_start_page_get_property;
  object_class->set_property = waymark_start_page_set_property;
  object_class->dispose = waymark_start_page_dispose;
  widget_class->map = waymark_start_page_map;

  properties[PROP_WELCOME] =
    g_param_spec_boolean ("welcome", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, sample_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStartPage, protect_button);
  gtk_widget_class_bind_template_callback (widget_class, update);
}

static void
waymark_start_page_init (WaymarkStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

gboolean
waymark_start_page_get_welcome (WaymarkStartPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_START_PAGE (self), FALSE);

  return self->welcome;
}

/**
 * waymark_start_page_set_welcome:
 * @welcome: %TRUE for the welcome of a new plan, %FALSE for the neutral
 *   start of a window with no plan
 */
void
waymark_start_page_set_welcome (WaymarkStartPage *self,
                                gboolean          welcome)
{
  g_return_if_fail (WAYMARK_IS_START_PAGE (self));

  welcome = !!welcome;
  if (self->welcome == welcome)
    return;

  self->welcome = welcome;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WELCOME]);
}
