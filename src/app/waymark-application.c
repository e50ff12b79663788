/* waymark-application.c: the application, its command line and windows
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-application-private.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-window.h"

G_DEFINE_FINAL_TYPE (WaymarkApplication, waymark_application, ADW_TYPE_APPLICATION)

/* --sample-data takes an optional number of days, which GApplication can
 * only hand to a callback; the parsed value waits here for
 * handle_local_options. Parsing happens once, in the launching process. */
static struct {
  gboolean requested;
  guint    days;
  gboolean bad_days;
} sample_data_option;

static gboolean
parse_sample_data_option (const char  *option_name,
                          const char  *value,
                          gpointer     user_data,
                          GError     **error)
{
  guint64 days = WAYMARK_SAMPLE_DATA_DEFAULT_DAYS;

  sample_data_option.requested = TRUE;

  if (value != NULL &&
      !g_ascii_string_to_unsigned (value, 10, 1, WAYMARK_SAMPLE_DATA_MAX_DAYS, &days, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--sample-data takes a number of days from 1 to %u, such as "
                     "--sample-data=365"),
                   WAYMARK_SAMPLE_DATA_MAX_DAYS);
      return FALSE;
    }

  sample_data_option.days = (guint) days;
  return TRUE;
}

static const GOptionEntry main_entries[] = {
  { "data-file", 'f', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the plan kept in FILE (created if there is none yet)"), N_("FILE") },
  { "sample-data", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK,
    (gpointer) parse_sample_data_option,
    N_("Write a fictional sample plan with DAYS days of history (365 if not given) "
       "into the new file given by --data-file, then exit"), N_("DAYS") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static void
print_error (const char   *path,
             const GError *error)
{
  if (path != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_printerr ("waymark: %s: %s\n", display, error->message);
    }
  else
    g_printerr ("waymark: %s\n", error->message);
}

static char *
dup_data_file_option (GVariantDict *options)
{
  g_autofree char *data_file = NULL;

  if (!g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
    return NULL;

  return g_canonicalize_filename (data_file, NULL);
}

static int
write_sample_data (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dup_data_file_option (options);

  if (path == NULL)
    {
      g_printerr ("waymark: %s\n",
                  _("--sample-data needs --data-file=FILE, the new plan file to write, so "
                    "that your own plan is never touched"));
      return EXIT_FAILURE;
    }

  if (!waymark_sample_data_write_file (path, sample_data_option.days, NULL, &error))
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }

  {
    g_autofree char *display = g_filename_display_name (path);
    g_autoptr(GString) message = g_string_new (NULL);

    g_string_printf (message,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Wrote a sample plan for a fictional person, with %u day of history, to %s\n",
                                  "Wrote a sample plan for a fictional person, with %u days of history, to %s\n",
                                  sample_data_option.days),
                     sample_data_option.days, display);
    g_print ("%s", message->str);
  }

  return EXIT_SUCCESS;
}

static int
waymark_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Waymark"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Command-line actions need no display and no running instance. */
  if (sample_data_option.requested)
    return write_sample_data (options);

  return G_APPLICATION_CLASS (waymark_application_parent_class)->handle_local_options (app, options);
}

static GtkWindow *
find_window_for_path (WaymarkApplication *self,
                      const char         *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (WAYMARK_IS_WINDOW (l->data) &&
          g_strcmp0 (waymark_window_get_path (l->data), path) == 0)
        return l->data;
    }

  return NULL;
}

/**
 * waymark_application_open_plan:
 * @self: the application
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @error: where a failure to open is reported
 *
 * Shows the plan at @path: the window that already has it, or a new
 * one. When the plan can't be opened, a window still appears, explaining
 * why and offering to open another plan, and @error is set too.
 *
 * Returns: (transfer none): the window showing the plan or the problem
 */
GtkWindow *
waymark_application_open_plan (WaymarkApplication    *self,
                               const char            *path,
                               WaymarkStoreOpenMode   mode,
                               GError               **error)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkWindow *window;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (window);
      return window;
    }

  store = waymark_store_open (path, mode, &local_error);

  window = GTK_WINDOW (waymark_window_new (self));
  if (store != NULL)
    waymark_window_set_store (WAYMARK_WINDOW (window), store);
  gtk_window_present (window);

  if (store == NULL)
    {
      waymark_window_show_open_error (WAYMARK_WINDOW (window), path, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return window;
}

static int
waymark_application_command_line (GApplication            *app,
                                  GApplicationCommandLine *cmdline)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data_file = NULL;

  if (g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, data_file);
      path = g_file_get_path (file);
    }
  else
    path = waymark_store_default_path ();

  waymark_application_open_plan (self, path, WAYMARK_STORE_OPEN_OR_CREATE, &error);

  if (error != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_application_command_line_printerr (cmdline, "waymark: %s: %s\n", display, error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static void
apply_style_variant (WaymarkApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static void
waymark_application_startup (GApplication *app)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);

  waymark_register_resource ();

  G_APPLICATION_CLASS (waymark_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (apply_style_variant), self, G_CONNECT_SWAPPED);
  apply_style_variant (self);

  _waymark_application_install_actions (self);
}

static void
waymark_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = waymark_store_default_path ();
  waymark_application_open_plan (WAYMARK_APPLICATION (app), path,
                                 WAYMARK_STORE_OPEN_OR_CREATE, NULL);
}

static void
waymark_application_dispose (GObject *object)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (waymark_application_parent_class)->dispose (object);
}

static void
waymark_application_class_init (WaymarkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = waymark_application_dispose;

  app_class->handle_local_options = waymark_application_handle_local_options;
  app_class->command_line = waymark_application_command_line;
  app_class->startup = waymark_application_startup;
  app_class->activate = waymark_application_activate;
}

static void
waymark_application_init (WaymarkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and follow your recovery."));
}

WaymarkApplication *
waymark_application_new (void)
{
  return g_object_new (WAYMARK_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * waymark_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
waymark_application_get_settings (WaymarkApplication *self)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);

  return self->settings;
}
