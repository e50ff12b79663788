/* waymark-reminder-preferences.c: Preferences for reminders and shared
 * computer mode
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>

#include "waymark-reminder-preferences.h"
#include "waymark-shared-computer.h"

/* Two groups of the Preferences' page, made here so the window's own
 * file stays small: Reminders (a daily check-in at a chosen time, the
 * plan's review date) and Shared Computer. Each switch is bound to its
 * setting; the application does the rest when the setting changes
 * (sends or stops reminders, writes or removes the autostart entry,
 * watches for the computer being left alone). */

#define TIME_STEP_MINUTES 30

static GtkWidget *
switch_row (const char *title,
            const char *subtitle,
            const char *accessible,
            GSettings  *settings,
            const char *key)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_settings_bind (settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);

  return row;
}

/* Times of day as the locale writes them: 20:00, or 8:00 PM. */
static char *
format_time (guint minutes)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 1, 1, (int) (minutes / 60), (int) (minutes % 60), 0);
  const char *locale_format = nl_langinfo (T_FMT);
  gboolean twelve_hour = locale_format != NULL &&
                         (strstr (locale_format, "%r") != NULL || strstr (locale_format, "%I") != NULL ||
                          strstr (locale_format, "%l") != NULL);
  g_autofree char *text = g_date_time_format (time, twelve_hour ? "%l:%M %p" : "%H:%M");

  return g_strdup (g_strstrip (text));
}

static gboolean
minutes_to_index (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_uint (value, (guint) CLAMP (g_variant_get_int32 (variant), 0, 24 * 60 - 1) / TIME_STEP_MINUTES);
  return TRUE;
}

static GVariant *
index_to_minutes (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= 24 * 60 / TIME_STEP_MINUTES)
    return NULL;

  return g_variant_new_int32 ((gint32) (index * TIME_STEP_MINUTES));
}

static gboolean
either_on (GSettings *settings)
{
  return g_settings_get_boolean (settings, "reminder-checkin") ||
         g_settings_get_boolean (settings, "reminder-review");
}

static void
reminders_changed_cb (GSettings  *settings,
                      const char *key,
                      GtkWidget  *time_row)
{
  gtk_widget_set_sensitive (time_row, either_on (settings));
}

static GtkWidget *
reminders_group (GSettings *settings)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) times = gtk_string_list_new (NULL);
  GtkWidget *time_row = adw_combo_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Reminders"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Only for your own plan, never for a plan file opened from "
                                           "elsewhere. While one is on, Waymark starts in the background "
                                           "when you log in."));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (_("Daily _check-in"),
                                         _("A notification at the time below, on days without a check-in"),
                                         _("Daily check-in reminder"), settings, "reminder-checkin"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (_("Plan _review"),
                                         _("A notification on the day your next review is due"),
                                         _("Plan review reminder"), settings, "reminder-review"));

  for (guint minutes = 0; minutes < 24 * 60; minutes += TIME_STEP_MINUTES)
    {
      g_autofree char *text = format_time (minutes);
      gtk_string_list_append (times, text);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("_Time"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (time_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (time_row), _("When reminders come"));
  adw_combo_row_set_model (ADW_COMBO_ROW (time_row), G_LIST_MODEL (times));
  g_settings_bind_with_mapping (settings, "reminder-time", time_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                minutes_to_index, index_to_minutes, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), time_row);

  gtk_widget_set_sensitive (time_row, either_on (settings));
  g_signal_connect_object (settings, "changed::reminder-checkin", G_CALLBACK (reminders_changed_cb), time_row, 0);
  g_signal_connect_object (settings, "changed::reminder-review", G_CALLBACK (reminders_changed_cb), time_row, 0);

  return group;
}

static GtkWidget *
shared_computer_group (GSettings *settings)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *idle_row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 120, 1);

  GtkWidget *shared_row = switch_row (_("_Shared computer"),
                                      _("For a computer several people use, such as at a clinic: no "
                                        "notifications, and the plan is saved and closed when Waymark "
                                        "is left alone or the screen locks"),
                                      _("Shared computer"), settings, "shared-computer");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Shared Computer"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), shared_row);

  /* Started with --shared-computer (a clinic's deployment): on, and not
   * for this window to turn off. */
  if (waymark_shared_computer_is_forced ())
    {
      GtkWidget *toggle = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (shared_row));

      g_settings_unbind (toggle, "active");
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      gtk_widget_set_sensitive (shared_row, FALSE);
      gtk_widget_set_sensitive (toggle, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (shared_row),
                                   _("Turned on for this computer when Waymark was started"));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (idle_row), _("Close the plan _after"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (idle_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (idle_row), _("Minutes without typing or using the pointer"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Close the plan after this many minutes"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (idle_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (idle_row), spin);
  g_settings_bind (settings, "shared-computer-idle-minutes",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value", G_SETTINGS_BIND_DEFAULT);
  if (!waymark_shared_computer_is_forced ())
    g_settings_bind (settings, "shared-computer", idle_row, "sensitive", G_SETTINGS_BIND_GET);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), idle_row);

  return group;
}

/* A plan protected by a passphrase locks when left alone for this many
 * minutes (waymark-window-protection.c); 0, never, unless shared
 * computer mode is on. */
static GtkWidget *
lock_group (GSettings *settings)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 240, 1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Protected Plans"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Lock the plan after"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("For a plan protected by a passphrase: minutes without typing or using the pointer; 0 is never"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Lock a protected plan after this many minutes"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_settings_bind (settings, "lock-idle-minutes",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return group;
}

/**
 * waymark_reminder_preferences_add:
 * @page: the Preferences' page
 * @settings: Waymark's settings
 *
 * Adds the Reminders, Shared Computer and Protected Plans groups to @page.
 */
void
waymark_reminder_preferences_add (AdwPreferencesPage *page,
                                  GSettings          *settings)
{
  g_return_if_fail (ADW_IS_PREFERENCES_PAGE (page));
  g_return_if_fail (G_IS_SETTINGS (settings));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (reminders_group (settings)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (shared_computer_group (settings)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (lock_group (settings)));
}
