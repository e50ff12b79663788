/* waymark-application-commands-private.h: what the command line can ask
 * for that runs and exits with no window, and what those commands share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-language.h"
#include "waymark-store.h"

G_BEGIN_DECLS

/* waymark-application-commands.c: the options and which command they ask for */
const GOptionEntry *_waymark_application_option_entries (void);
int                 _waymark_application_run_command    (GVariantDict *options);

/* Each command: @data_file is --data-file's plan, canonical, or %NULL
 * for the default plan. Each returns the exit status. */
int waymark_application_backup_command             (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_export_all_command         (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_export_fhir_command        (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_import_command             (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_export_plan_command        (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_export_crisis_plan_command (GVariantDict *options,
                                                    const char   *data_file);
int waymark_application_report_command             (GVariantDict *options,
                                                    const char   *data_file);

/* What the commands share (waymark-application-commands.c) */
void                   _waymark_command_print_error     (const char             *path,
                                                         const GError           *error);
char                  *_waymark_command_lookup_output   (GVariantDict           *options,
                                                         const char             *option,
                                                         const char             *missing);
WaymarkStore          *_waymark_command_open_plan       (const char             *data_file,
                                                         char                  **path_out);
gboolean               _waymark_command_lookup_paper    (GVariantDict           *options,
                                                         double                 *width,
                                                         double                 *height);
gboolean               _waymark_command_lookup_language (GVariantDict           *options,
                                                         const WaymarkLanguage **language);
const WaymarkLanguage *_waymark_command_plan_language   (WaymarkStore           *store);

G_END_DECLS
