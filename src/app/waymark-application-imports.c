/* waymark-application-imports.c: waymark --list-imports and --undo-import
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-imports.h"
#include "waymark-import-sources.h"
#include "waymark-store.h"

/* The imports a plan holds, and taking one of them out again, with no
 * display: each import is listed with the number --undo-import takes,
 * and undoing it removes exactly what it added (waymark-import-sources.c). */

static const GOptionEntry imports_entries[] = {
  { "list-imports", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the imports in the plan given by --data-file, each with its number, then exit"), NULL },
  { "undo-import", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Take the import numbered NUMBER (see --list-imports) out of the plan given by --data-file, "
       "exactly what it added, then exit"), N_("NUMBER") },
  { NULL }
};

static void
print_error (const char   *path,
             const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("waymark: %s: %s\n", display, error->message);
}

/* "2026-12-06T23:10:00Z" as the local "2026-12-06 00:10". */
static char *
format_local (const char *utc)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (utc, NULL);
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (utc);
}

static int
list_imports (WaymarkStore *store,
              const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = waymark_import_list_batches (store, &error);

  if (batches == NULL)
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }
  if (batches->len == 0)
    {
      g_print ("%s\n", _("Nothing has been imported into this plan"));
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < batches->len; i++)
    {
      WaymarkImportBatch *batch = g_ptr_array_index (batches, i);
      g_autofree char *when = format_local (batch->imported_at);
      g_autofree char *records = NULL;

      /* Translators: how many records an import added, in the list of imports. */
      records = g_strdup_printf (ngettext ("%u record", "%u records", batch->n_records), batch->n_records);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", batch->id, when, batch->format, records, batch->file_name);
    }
  return EXIT_SUCCESS;
}

static int
undo_import (WaymarkStore *store,
             const char   *path,
             gint64        batch_id)
{
  g_autoptr(GError) error = NULL;
  guint n_removed = 0;

  if (!waymark_import_undo (store, batch_id, &n_removed, &error))
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }
  /* Translators: said after --undo-import; %u is how many records. */
  g_print (ngettext ("Undid the import: %u record taken out of the plan\n",
                     "Undid the import: %u records taken out of the plan\n", n_removed),
           n_removed);
  return EXIT_SUCCESS;
}

/**
 * waymark_application_add_imports_options:
 *
 * Adds --list-imports and --undo-import to @app's command line.
 */
void
waymark_application_add_imports_options (GApplication *app)
{
  g_application_add_main_option_entries (app, imports_entries);
}

/**
 * waymark_application_imports_command:
 * @data_file: (nullable): the plan; the default plan when %NULL
 *
 * Returns: the exit status, or -1 when @options asks for neither
 */
int
waymark_application_imports_command (GVariantDict *options,
                                     const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *path = NULL;
  gboolean list = g_variant_dict_contains (options, "list-imports");
  gint64 batch_id = 0;

  if (!list && !g_variant_dict_lookup (options, "undo-import", "x", &batch_id))
    return -1;

  path = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();
  /* Listing only reads, so it works while the plan is open in a window. */
  store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                   list ? WAYMARK_PLAN_LOCK_READ_ONLY : WAYMARK_PLAN_LOCK_ASK, &error);
  if (store == NULL)
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }
  if (list)
    return list_imports (store, path);
  return undo_import (store, path, batch_id);
}
