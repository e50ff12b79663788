/* waymark-application-plan-export.c: waymark --export-plan=FILE.pdf [--blank]
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-plan-export.h"
#include "waymark-language.h"
#include "waymark-paper-size.h"
#include "waymark-person.h"
#include "waymark-plan-pdf.h"
#include "waymark-plan-print.h"
#include "waymark-store.h"

/* The whole recovery plan as a PDF, with no display: for a clinic's
 * scripts, and to print a blank one to fill in together. Like
 * --export-crisis-plan, it only reads the plan, never creates one, and
 * prints in the person's language unless --language says otherwise. */

static void
print_error (const char   *path,
             const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("waymark: %s: %s\n", display, error->message);
}

/**
 * waymark_application_export_plan_command:
 * @options: the command line's options, with "export-plan"
 * @data_file: (nullable): the plan file; the default plan when %NULL
 *
 * Returns: the exit status
 */
int
waymark_application_export_plan_command (GVariantDict *options,
                                         const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPlanPrint) print = NULL;
  g_autofree char *output_arg = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *language_arg = NULL;
  g_autofree char *path = g_strdup (data_file);
  g_autofree char *display = NULL;
  const WaymarkLanguage *language = NULL;
  gboolean blank = g_variant_dict_contains (options, "blank");
  gboolean exported;
  double width, height;
  guint n_pages = 0;

  g_variant_dict_lookup (options, "export-plan", "^ay", &output_arg);
  output = g_canonicalize_filename (output_arg, NULL);
  display = g_filename_display_name (output);

  waymark_paper_size_default (&width, &height);
  if (g_variant_dict_lookup (options, "paper", "s", &paper) &&
      !waymark_paper_size_from_name (paper, &width, &height))
    {
      g_printerr ("waymark: %s\n", _("--paper takes “a4” or “letter”"));
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "language", "s", &language_arg) &&
      (language = waymark_language_find (language_arg)) == NULL)
    {
      g_autofree char *available = waymark_language_describe_all ();
      g_autofree char *message = NULL;

      /* Translators: the first %s is the language asked for, the second
       * the list of languages, as in "de (Deutsch), en (English)" */
      message = g_strdup_printf (_("Waymark has no “%s” translation. It can print in: %s"),
                                 language_arg, available);
      g_printerr ("waymark: %s\n", message);
      return EXIT_FAILURE;
    }

  if (blank)
    print = waymark_plan_print_new_blank ();
  else
    {
      if (path == NULL)
        path = waymark_store_default_path ();

      store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                       WAYMARK_PLAN_LOCK_READ_ONLY, &error);
      if (store != NULL && waymark_store_get_open_notice (store) != NULL)
        g_printerr ("waymark: %s\n", waymark_store_get_open_notice (store));
      if (store != NULL)
        print = waymark_plan_print_load (store, &error);
      if (print == NULL)
        {
          print_error (path, error);
          return EXIT_FAILURE;
        }

      if (language == NULL)
        language = waymark_language_find (print->language);
    }

  print->reviewed_line = print->reviewed_line || g_variant_dict_contains (options, "review-line");

  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_plan_pdf_export (g_steal_pointer (&print), output, width, height, &n_pages, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }

  if (blank)
    /* Translators: %s is a file name. */
    g_print (_("Saved a blank recovery plan to %s\n"), display);
  else
    /* Translators: %s is a file name. */
    g_print (_("Saved the recovery plan to %s\n"), display);

  return EXIT_SUCCESS;
}
