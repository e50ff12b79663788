/* waymark-application.c: the application: starting up, the command line
 * that opens a window, quitting on a signal or at the session's end
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "waymark-application-commands-private.h"
#include "waymark-application-imports.h"
#include "waymark-application-private.h"
#include "waymark-autosave.h"
#include "waymark-bench-probe.h"
#include "waymark-application-protection.h"
#include "waymark-mnemonic-names.h"
#include "waymark-resources.h"
#include "waymark-sample-plan.h"
#include "waymark-settings.h"
#include "waymark-window.h"

G_DEFINE_FINAL_TYPE (WaymarkApplication, waymark_application, ADW_TYPE_APPLICATION)

/* Exports, imports, backups and the sample data need no display and no
 * running instance: they run here, in the launching process, and exit. */
static int
waymark_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  int status = _waymark_application_run_command (options);

  if (status >= 0)
    return status;

  /* Opening a protected plan with --passphrase-file: unlocked here, so
   * the window opens it at once; without it the window asks. */
  if (g_variant_dict_contains (options, "passphrase-file"))
    {
      g_autofree char *data_file = NULL;
      g_autofree char *path = NULL;

      if (g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
        path = g_canonicalize_filename (data_file, NULL);
      if (!waymark_application_unlock_plan (options, path))
        return EXIT_FAILURE;
    }

  return G_APPLICATION_CLASS (waymark_application_parent_class)->handle_local_options (app, options);
}

static int
waymark_application_command_line (GApplication            *app,
                                  GApplicationCommandLine *cmdline)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *path = NULL;
  GtkWindow *window;
  g_autofree char *data_file = NULL;

  waymark_bench_mark ("command line");
  if (g_variant_dict_contains (options, "shared-computer"))
    {
      waymark_reminders_set_shared_computer (self->reminders, TRUE);
      waymark_shared_computer_force (self->shared_computer);
    }

  /* Reminders only: held without a window until asked for one; with
   * every reminder off there is nothing to wait for. */
  if (g_variant_dict_contains (options, "background"))
    {
      if (!self->held_in_background && waymark_reminders_any_on (self->reminders))
        {
          g_application_hold (app);
          self->held_in_background = TRUE;
        }
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, data_file);
      path = g_file_get_path (file);
    }
  else
    path = waymark_store_default_path ();

  window = waymark_application_open_plan (self, path, WAYMARK_STORE_OPEN_OR_CREATE, cmdline);

  if (g_variant_dict_contains (options, "crisis-plan"))
    waymark_window_request_page (WAYMARK_WINDOW (window), "crisis");

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

/* Told to stop (SIGTERM from a log-out or a shutdown, SIGINT, SIGHUP):
 * what is being typed is written first, then Waymark quits as it does
 * from its menu, without a question nobody is there to answer. */
static gboolean
stop_signal_cb (gpointer user_data)
{
  WaymarkApplication *self = user_data;

  g_message ("Told to stop: saving what is open, then quitting");
  waymark_autosave_flush_all ();
  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
}

/* The session is ending: nothing is asked, everything typed is written. */
static void
query_end_cb (WaymarkApplication *self)
{
  waymark_autosave_flush_all ();
}

/* For the reminders' notifications: the person's own plan, which is there. */
static GtkWindow *
open_existing_plan (GtkApplication *app,
                    const char     *path)
{
  return waymark_application_open_plan (WAYMARK_APPLICATION (app), path, WAYMARK_STORE_OPEN_EXISTING, NULL);
}

static void
waymark_application_startup (GApplication *app)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);

  waymark_bench_mark ("startup");
  waymark_register_resource ();

  G_APPLICATION_CLASS (waymark_application_parent_class)->startup (app);
  waymark_bench_mark ("gtk and adw started");

  gtk_window_set_default_icon_name (APPLICATION_ID);
  /* Screen readers hear "Record a Review", not its mnemonic twice. */
  waymark_mnemonic_names_watch ();

  self->settings = waymark_settings_get ();
  if (self->settings == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);
  g_object_ref (self->settings);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (apply_style_variant), self, G_CONNECT_SWAPPED);
  apply_style_variant (self);

  _waymark_application_install_actions (self);
  self->reminders = waymark_reminders_new (GTK_APPLICATION (self), self->settings, open_existing_plan);
  self->shared_computer = waymark_shared_computer_new (GTK_APPLICATION (self), self->settings);

  /* A plan file never appears in the desktop's list of recent files
   * (GtkFileChooser adds what it opens there): whose plans were opened
   * on a shared computer is nobody else's business. GtkRecentManager
   * then adds nothing and writes nothing. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  /* Sample plans left by a Waymark that was stopped short. */
  waymark_sample_plan_clean_stale ();

  {
    const int stop_signals[] = { SIGTERM, SIGINT, SIGHUP };

    for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
      self->signal_sources[i] = g_unix_signal_add (stop_signals[i], stop_signal_cb, self);
  }
  g_signal_connect (self, "query-end", G_CALLBACK (query_end_cb), NULL);
  waymark_bench_mark ("startup done");
}

static void
waymark_application_shutdown (GApplication *app)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);

  waymark_autosave_flush_all ();
  /* A window still showing the sample plan takes its folder with it. */
  waymark_sample_plan_discard_all ();
  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  G_APPLICATION_CLASS (waymark_application_parent_class)->shutdown (app);
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

  g_clear_object (&self->reminders);
  g_clear_object (&self->shared_computer);
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
  app_class->shutdown = waymark_application_shutdown;
  app_class->activate = waymark_application_activate;
}

static void
waymark_application_init (WaymarkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), _waymark_application_option_entries ());
  waymark_application_add_imports_options (G_APPLICATION (self));
  waymark_application_add_protection_options (G_APPLICATION (self));
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
                       /* For "query-end": the session's end is a save. */
                       "register-session", TRUE,
                       NULL);
}

/**
 * waymark_application_get_exit_status:
 *
 * Returns: what the process should exit with: 1 when a plan named on
 *   this process's own command line could not be opened
 */
int
waymark_application_get_exit_status (WaymarkApplication *self)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}
