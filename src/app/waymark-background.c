/* waymark-background.c: starting at login, for reminders: the
 * Background portal or an XDG autostart entry
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-background"

#include "config.h"

#include <glib/gi18n.h>

#ifdef HAVE_LIBPORTAL
#include <libportal/portal.h>
#include <libportal-gtk4/portal-gtk4.h>
#endif

#include "waymark-autostart.h"
#include "waymark-background.h"

/* In a sandbox (Flatpak, Snap) an application can't write the person's
 * autostart folder; it asks the Background portal, which also lets the
 * person say no, and writes the entry itself. Outside one, the portal's
 * background permission means little and its autostart is meant for
 * sandboxed applications, so Waymark writes the XDG autostart entry
 * (waymark-autostart.c) itself. Both run `waymark --background`, which
 * holds the application without a window. */

/**
 * waymark_background_uses_portal:
 *
 * Returns: whether starting at login goes through the Background portal
 */
gboolean
waymark_background_uses_portal (void)
{
#ifdef HAVE_LIBPORTAL
  return xdp_portal_running_under_sandbox ();
#else
  return FALSE;
#endif
}

#ifdef HAVE_LIBPORTAL
static void
background_requested_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error))
    g_warning ("The Background portal did not let Waymark start at login: %s", error->message);
}

static void
request_through_portal (GtkApplication *application,
                        gboolean        enabled)
{
  static XdpPortal *portal;
  GtkWindow *window = gtk_application_get_active_window (application);
  g_autoptr(XdpParent) parent = window ? xdp_parent_new_gtk (window) : NULL;
  g_autoptr(GPtrArray) commandline = g_ptr_array_new ();

  if (portal == NULL)
    portal = xdp_portal_new ();

  g_ptr_array_add (commandline, (gpointer) "waymark");
  g_ptr_array_add (commandline, (gpointer) "--background");

  xdp_portal_request_background (portal, parent,
                                 _("Waymark starts when you log in, to remind you of your check-ins and plan reviews."),
                                 commandline,
                                 enabled ? XDP_BACKGROUND_FLAG_AUTOSTART : XDP_BACKGROUND_FLAG_NONE,
                                 NULL, background_requested_cb, NULL);
}
#endif

/**
 * waymark_background_set_autostart:
 * @application: the application
 * @enabled: whether Waymark should start at login
 *
 * Asks for Waymark to start (or not) at login, in the background, so
 * reminders come without a window open.
 */
void
waymark_background_set_autostart (GtkApplication *application,
                                  gboolean        enabled)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *executable = NULL;

  g_return_if_fail (GTK_IS_APPLICATION (application));

#ifdef HAVE_LIBPORTAL
  if (waymark_background_uses_portal ())
    {
      request_through_portal (application, enabled);
      return;
    }
#endif

  /* This very program, wherever it is installed. */
  if (enabled)
    {
      executable = g_file_read_link ("/proc/self/exe", &error);
      if (executable == NULL)
        {
          g_warning ("Waymark can't start at login: where it is installed is unknown: %s", error->message);
          return;
        }
    }

  if (!waymark_autostart_set (enabled, executable, &error))
    g_warning ("Waymark can't %s at login: %s", enabled ? "start" : "stop starting", error->message);
}
