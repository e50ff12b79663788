/* waymark-preferences-window.c: the Preferences window
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-preferences-window.h"
#include "waymark-reminder-preferences.h"
#include "waymark-window.h"

struct _WaymarkPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwPreferencesPage *general_page;
  AdwComboRow  *style_row;
  AdwActionRow  *plan_location_row;
  GtkSwitch     *early_warning_switch;
  AdwActionRow  *early_warning_mood_row;
  GtkSpinButton *early_warning_mood_spin;
  GtkSwitch     *cravings_switch;
};

G_DEFINE_FINAL_TYPE (WaymarkPreferencesWindow, waymark_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the choices in the Style row. */
static const char * const style_variants[] = { "system", "light", "dark" };

static gboolean
style_to_index (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_variants); i++)
    if (g_strcmp0 (style, style_variants[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
index_to_style (const GValue       *value,
                const GVariantType *expected_type,
                gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= G_N_ELEMENTS (style_variants))
    return NULL;

  return g_variant_new_string (style_variants[index]);
}

static void
waymark_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), WAYMARK_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (waymark_preferences_window_parent_class)->dispose (object);
}

static void
waymark_preferences_window_class_init (WaymarkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/waymark-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, plan_location_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, early_warning_switch);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, early_warning_mood_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, early_warning_mood_spin);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPreferencesWindow, cravings_switch);
}

static void
waymark_preferences_window_init (WaymarkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

WaymarkPreferencesWindow *
waymark_preferences_window_new (GSettings *settings,
                                GtkWindow *parent)
{
  WaymarkPreferencesWindow *self;
  const char *path = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (WAYMARK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);

  g_settings_bind_with_mapping (settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_to_index, index_to_style, NULL, NULL);

  g_settings_bind (settings, "early-warning-enabled", self->early_warning_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "early-warning-enabled", self->early_warning_mood_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "early-warning-mood",
                   gtk_spin_button_get_adjustment (self->early_warning_mood_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "track-cravings", self->cravings_switch, "active", G_SETTINGS_BIND_DEFAULT);
  waymark_reminder_preferences_add (self->general_page, settings);

  if (WAYMARK_IS_WINDOW (parent))
    path = waymark_window_get_path (WAYMARK_WINDOW (parent));

  if (path != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      adw_action_row_set_subtitle (self->plan_location_row, display);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->plan_location_row), FALSE);

  return self;
}
