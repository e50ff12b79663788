/* main.c: where Waymark starts
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "waymark-application.h"
#include "waymark-bench-probe.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkApplication) app = NULL;

  waymark_bench_mark ("main");
  setlocale (LC_ALL, "");
  /* The tests point this at the catalogues built in the build folder. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR") ? g_getenv ("WAYMARK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Waymark"));

  int status;

  app = waymark_application_new ();
  waymark_bench_mark ("application made");
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* A plan named on the command line that could not be opened was shown
   * in the window; the exit status says so too. */
  return status != 0 ? status : waymark_application_get_exit_status (app);
}
