/* waymark-application-private.h: shared by the application's own files
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-application.h"
#include "waymark-reminders.h"
#include "waymark-shared-computer.h"

G_BEGIN_DECLS

struct _WaymarkApplication
{
  AdwApplication parent_instance;

  /* Owned */
  GSettings *settings;
  int        exit_status;
  guint      signal_sources[3];   /* SIGTERM, SIGINT, SIGHUP */
  WaymarkReminders *reminders;
  WaymarkSharedComputer *shared_computer;
  gboolean   held_in_background;  /* --background: running with no window */
};

/* waymark-application-actions.c */
void       _waymark_application_install_actions      (WaymarkApplication *self);

/* waymark-application-open.c */
GtkWindow *_waymark_application_new_empty_window     (WaymarkApplication *self);
GtkWindow *_waymark_application_find_window_for_path (WaymarkApplication *self,
                                                      const char         *path);

G_END_DECLS
