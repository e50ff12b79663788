/* waymark-application-actions.c: the app.* actions
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-application-private.h"
#include "waymark-preferences-window.h"
#include "waymark-window.h"

static gpointer
ref_window (gconstpointer window,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) window);
}

static void
waymark_application_actions_quit (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  WaymarkApplication *self = user_data;

  g_autoptr(GList) windows = NULL;

  /* Each window closes as if the person closed it: it remembers its
   * size, open editors save, and one holding something that can't be
   * kept asks first and keeps the application running. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              ref_window, NULL);
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (g_steal_pointer (&windows), g_object_unref);
}

static void
waymark_application_actions_about (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Waymark developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Waymark"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Waymark developers"),
                        "developers", developers,
                        "copyright", "© 2026 The Waymark developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/waymark/waymark",
                        "issue-url", "https://github.com/waymark/waymark/issues",
                        /* Translators: credit yourselves here, one name per line. */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Plan and follow your recovery: a plan for your health, "
                                      "home, purpose and community; a journal of how you are; "
                                      "a crisis plan to carry; and the story of your journey.\n\n"
                                      "Everything stays on this computer unless you print or "
                                      "export it."),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
waymark_application_actions_preferences (GSimpleAction *action,
                                         GVariant      *param,
                                         gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  WaymarkPreferencesWindow *preferences;

  preferences = waymark_preferences_window_new (self->settings, parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
waymark_application_actions_shortcuts (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  /* Made when asked for and destroyed when closed, unlike the help
   * overlay GtkApplication would make for every window from
   * gtk/help-overlay.ui: that one stays a hidden toplevel that was never
   * realized, and GTK 4.8's accessibility root answers a screen reader's
   * GetChildAtIndex beyond the windows shown (asked just as an editor
   * closes) with the last toplevel, shown or not. For that window it has
   * no D-Bus path, and GTK crashes (SIGSEGV in g_variant_new). */
  builder = gtk_builder_new_from_resource ("/io/github/waymark/Waymark/waymark-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (g_object_ref_sink (gtk_builder_get_object (builder, "shortcuts_window")));
  gtk_window_set_transient_for (shortcuts, parent);
  gtk_window_set_hide_on_close (shortcuts, FALSE);
  gtk_window_present (shortcuts);
  g_object_unref (shortcuts);
}

/* F1: where things are and how to reach them, offline, beside the plan
 * (not modal: the person can look at both). */
static void
waymark_application_actions_help (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *help;

  builder = gtk_builder_new_from_resource ("/io/github/waymark/Waymark/waymark-help-window.ui");
  help = GTK_WINDOW (g_object_ref_sink (gtk_builder_get_object (builder, "help_window")));
  gtk_window_set_transient_for (help, parent);
  gtk_window_present (help);
  g_object_unref (help);
}

/* A window of its own with no plan in it, on the neutral start: a second
 * plan side by side with the one open, when that is wanted. */
static void
waymark_application_actions_new_window (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  gtk_window_present (_waymark_application_new_empty_window (user_data));
}

/* app.take-over-plan("PATH"): the read-only banner's Take Over, once
 * confirmed; the window showing PATH opens it again, taking it over. */
static void
waymark_application_actions_take_over_plan (GSimpleAction *action,
                                            GVariant      *param,
                                            gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  GtkWindow *window;

  window = _waymark_application_find_window_for_path (self, g_variant_get_string (param, NULL));
  if (window != NULL)
    waymark_application_reopen_plan (self, window, WAYMARK_PLAN_LOCK_TAKE_OVER);
}

static const GActionEntry actions[] = {
  { "quit", waymark_application_actions_quit },
  { "new-window", waymark_application_actions_new_window },
  { "about", waymark_application_actions_about },
  { "preferences", waymark_application_actions_preferences },
  { "shortcuts", waymark_application_actions_shortcuts },
  { "help", waymark_application_actions_help },
  { "take-over-plan", waymark_application_actions_take_over_plan, "s" },
};

void
_waymark_application_install_actions (WaymarkApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "app.preferences", { "<Primary>comma", NULL } },
    { "app.shortcuts", { "<Primary>question", NULL } },
    { "app.help", { "F1", NULL } },
    { "win.open-plan", { "<Primary>o", NULL } },
    { "win.new-plan", { "<Primary>n", NULL } },
    { "win.new-checkin", { "<Primary>j", NULL } },
    { "win.print", { "<Primary>p", NULL } },
    { "win.close-plan", { "<Primary>w", NULL } },
    { "win.lock-plan", { "<Primary>l", NULL } },
    { "app.new-window", { "<Primary><Shift>n", NULL } },
    { "win.show-page::today", { "<Primary>1", "<Alt>1", NULL } },
    { "win.show-page::plan", { "<Primary>2", "<Alt>2", NULL } },
    { "win.show-page::journal", { "<Primary>3", "<Alt>3", NULL } },
    { "win.show-page::crisis", { "<Primary>4", "<Alt>4", NULL } },
    { "win.show-page::timeline", { "<Primary>5", "<Alt>5", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}
