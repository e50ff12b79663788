/* waymark-settings.c: the one way to Waymark's settings
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-settings"

#include "config.h"

#include "waymark-settings.h"

/**
 * waymark_settings_get:
 *
 * The application, its windows, pages and Preferences all read and
 * write the settings through this one object.
 *
 * Returns: (transfer none) (nullable): Waymark's settings, or %NULL
 *   when the schema is not installed (a benchmark run from the build
 *   folder without GSETTINGS_SCHEMA_DIR)
 */
GSettings *
waymark_settings_get (void)
{
  static GSettings *settings;

  if (g_once_init_enter (&settings))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;
      GSettings *made = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema != NULL)
        made = g_settings_new_full (schema, NULL, NULL);

      /* g_once_init_leave () takes no NULL: an empty marker instead. */
      g_once_init_leave (&settings, made != NULL ? made : (GSettings *) GINT_TO_POINTER (1));
    }

  return settings == GINT_TO_POINTER (1) ? NULL : settings;
}
