/* waymark-application-export.c: waymark --export-all, --export-fhir and --import
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "waymark-application-commands-private.h"
#include "waymark-export-all.h"
#include "waymark-fhir.h"
#include "waymark-import.h"

/* Everything in the plan, in open formats, with no display: for the
 * person leaving Waymark or keeping their own archive, and for a clinic's
 * scripts. It only reads the plan (read-only, so it works while the plan
 * is open in a window) and never creates one. */

typedef gboolean (*ExportFunc) (WaymarkStore  *store,
                                const char    *output,
                                guint         *n_written,
                                GError       **error);

/* Exports the plan to the FILE @option names, refusing an empty FILE
 * with @missing; @done then says how many were written where. */
static int
export_command (GVariantDict *options,
                const char   *data_file,
                const char   *option,
                const char   *missing,
                ExportFunc    export,
                char       *(*done) (guint       n_written,
                                     const char *display))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *output = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  guint n_written = 0;

  output = _waymark_command_lookup_output (options, option, missing);
  if (output == NULL)
    return EXIT_FAILURE;
  display = g_filename_display_name (output);

  store = _waymark_command_open_plan (data_file, NULL);
  if (store == NULL)
    return EXIT_FAILURE;

  if (!export (store, output, &n_written, &error))
    {
      _waymark_command_print_error (output, error);
      return EXIT_FAILURE;
    }

  message = done (n_written, display);
  g_print ("%s", message);
  return EXIT_SUCCESS;
}

static char *
fhir_done (guint       n_resources,
           const char *display)
{
  /* Translators: %u is how many FHIR resources, %s a file name. */
  return g_strdup_printf (ngettext ("Saved a FHIR bundle of %u resource to %s\n",
                                    "Saved a FHIR bundle of %u resources to %s\n", n_resources),
                          n_resources, display);
}

/**
 * waymark_application_export_fhir_command:
 * @options: the command line's options, with "export-fhir"
 * @data_file: (nullable): the plan file; the default plan when %NULL
 *
 * Returns: the exit status
 */
int
waymark_application_export_fhir_command (GVariantDict *options,
                                         const char   *data_file)
{
  return export_command (options, data_file, "export-fhir",
                         _("--export-fhir needs a FILE to write the bundle to"),
                         waymark_fhir_export, fhir_done);
}

static char *
export_all_done (guint       n_records,
                 const char *display)
{
  /* Translators: %u is how many records, %s a file name. */
  return g_strdup_printf (ngettext ("Saved everything in the plan, %u record, to %s\n",
                                    "Saved everything in the plan, %u records, to %s\n", n_records),
                          n_records, display);
}

/**
 * waymark_application_export_all_command:
 * @options: the command line's options, with "export-all"
 * @data_file: (nullable): the plan file; the default plan when %NULL
 *
 * Returns: the exit status
 */
int
waymark_application_export_all_command (GVariantDict *options,
                                        const char   *data_file)
{
  return export_command (options, data_file, "export-all",
                         _("--export-all needs a FILE to write the zip to"),
                         waymark_export_all_write, export_all_done);
}

/**
 * waymark_application_import_command:
 * @options: the command line's options, with "import" and maybe "format"
 * @data_file: (nullable): the plan to import into; made if it isn't there
 *
 * The whole file or nothing, in one transaction; a plan this command
 * made is taken away again when the import fails, so a mistyped file
 * leaves nothing behind.
 *
 * Returns: the exit status
 */
int
waymark_application_import_command (GVariantDict *options,
                                    const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autofree char *input = NULL;
  g_autofree char *format = NULL;
  g_autofree char *moods = NULL;
  g_autofree char *path = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();
  g_autofree char *display = NULL;
  g_autofree char *plan_display = g_filename_display_name (path);
  gboolean made = !g_file_test (path, G_FILE_TEST_EXISTS);
  WaymarkImportResult result;

  input = _waymark_command_lookup_output (options, "import", _("--import needs a FILE to import"));
  if (input == NULL)
    return EXIT_FAILURE;
  display = g_filename_display_name (input);
  g_variant_dict_lookup (options, "format", "s", &format);
  g_variant_dict_lookup (options, "moods", "s", &moods);

  /* What it would do, and nothing written. */
  if (g_variant_dict_contains (options, "preview"))
    {
      g_autofree char *preview = waymark_import_preview (input, format, moods, &error);

      if (preview == NULL)
        {
          _waymark_command_print_error (input, error);
          return EXIT_FAILURE;
        }
      g_print ("%s", preview);
      return EXIT_SUCCESS;
    }

  store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_OR_CREATE, WAYMARK_PLAN_LOCK_ASK, &error);
  if (store == NULL)
    {
      _waymark_command_print_error (path, error);
      return EXIT_FAILURE;
    }

  if (!waymark_import_file_full (store, input, format, moods, &result, &error))
    {
      _waymark_command_print_error (input, error);
      if (made)
        {
          static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

          waymark_store_close (store);
          for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
            {
              g_autofree char *file = g_strconcat (path, companions[i], NULL);

              g_unlink (file);
            }
        }
      return EXIT_FAILURE;
    }

  /* Translators: %u is how many records, the first %s a file name, the second a plan's file name. */
  g_print (ngettext ("Imported %u record from %s into %s\n",
                     "Imported %u records from %s into %s\n", result.n_added),
           result.n_added, display, plan_display);
  if (result.n_skipped > 0)
    /* Translators: said after an import; %u is how many records. */
    g_print (ngettext ("%u record was already in the plan and was left as it is\n",
                       "%u records were already in the plan and were left as they are\n", result.n_skipped),
             result.n_skipped);
  if (result.person_kept)
    g_print ("%s\n", _("The plan’s own About Me was kept"));

  return EXIT_SUCCESS;
}
