/* bench-bare-window.c: the yardstick for start-up: a bare libadwaita
 * window, reporting when its first frame is painted, as Waymark does
 * under WAYMARK_BENCH_T0.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "waymark-bench-probe.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window;

  waymark_bench_mark ("activate");
  window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bare window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  waymark_bench_probe_watch (GTK_WINDOW (window), NULL);
  gtk_window_present (GTK_WINDOW (window));
  waymark_bench_mark ("window presented");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  waymark_bench_mark ("main");
  app = adw_application_new ("io.github.waymark.BenchBareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
