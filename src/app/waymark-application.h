/* waymark-application.h: the application, its command line and actions
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_APPLICATION (waymark_application_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkApplication, waymark_application, WAYMARK, APPLICATION, AdwApplication)

WaymarkApplication *waymark_application_new                  (void);
GtkWindow          *waymark_application_open_plan            (WaymarkApplication      *self,
                                                              const char              *path,
                                                              WaymarkStoreOpenMode     mode,
                                                              GApplicationCommandLine *cmdline);
int                 waymark_application_get_exit_status      (WaymarkApplication      *self);
void                waymark_application_reopen_plan          (WaymarkApplication      *self,
                                                              GtkWindow               *window,
                                                              WaymarkPlanLockChoice    choice);

G_END_DECLS
