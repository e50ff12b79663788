/* waymark-application-backup.c: waymark --data-file=PLAN --backup=FILE
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-commands-private.h"
#include "waymark-backup.h"
#include "waymark-store.h"

/* A consistent copy of the plan, written whole or not at all (0600),
 * even while the plan is open in a window: the copy is read through
 * SQLite's backup API from the last committed state. No display needed. */
int
waymark_application_backup_command (GVariantDict *options,
                                    const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *display = NULL;

  out = _waymark_command_lookup_output (options, "backup", _("--backup needs a FILE to write the copy to"));
  if (out == NULL)
    return EXIT_FAILURE;

  plan = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();
  if (g_file_test (out, G_FILE_TEST_EXISTS) && g_file_test (plan, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) a = g_file_new_for_path (out);
      g_autoptr(GFile) b = g_file_new_for_path (plan);
      g_autoptr(GFileInfo) ia = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, 0, NULL, NULL);
      g_autoptr(GFileInfo) ib = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, 0, NULL, NULL);

      if (ia != NULL && ib != NULL &&
          g_strcmp0 (g_file_info_get_attribute_string (ia, G_FILE_ATTRIBUTE_ID_FILE),
                     g_file_info_get_attribute_string (ib, G_FILE_ATTRIBUTE_ID_FILE)) == 0)
        {
          g_printerr ("waymark: %s\n", _("--backup must name a file other than the plan itself"));
          return EXIT_FAILURE;
        }
    }

  if (!waymark_backup_plan_file (plan, out, &error))
    {
      _waymark_command_print_error (plan, error);
      return EXIT_FAILURE;
    }

  display = g_filename_display_name (out);
  /* Translators: %s is a file name. */
  g_print (_("Saved a copy of the plan to %s\n"), display);
  return EXIT_SUCCESS;
}
