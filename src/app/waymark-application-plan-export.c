/* waymark-application-plan-export.c: waymark --export-plan=FILE.pdf and
 * --export-crisis-plan=FILE.pdf, each with --blank, --paper, --language
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-commands-private.h"
#include "waymark-crisis-pdf.h"
#include "waymark-crisis-plan.h"
#include "waymark-crisis-template.h"
#include "waymark-plan-pdf.h"
#include "waymark-plan-print.h"
#include "waymark-safety-net.h"

/* The recovery plan and the crisis plan as PDFs, with no display: for a
 * clinic's scripts, and to print a blank one to fill in together. They
 * only read the plan, never create one, and print in the person's
 * language unless --language says otherwise. */

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
  g_autofree char *output = _waymark_command_lookup_output (options, "export-plan", NULL);
  g_autofree char *path = NULL;
  g_autofree char *display = g_filename_display_name (output);
  const WaymarkLanguage *language = NULL;
  gboolean blank = g_variant_dict_contains (options, "blank");
  gboolean exported;
  double width, height;
  guint n_pages = 0;

  if (!_waymark_command_lookup_paper (options, &width, &height) ||
      !_waymark_command_lookup_language (options, &language))
    return EXIT_FAILURE;

  if (blank)
    print = waymark_plan_print_new_blank ();
  else
    {
      store = _waymark_command_open_plan (data_file, &path);
      if (store == NULL)
        return EXIT_FAILURE;

      print = waymark_plan_print_load (store, &error);
      if (print == NULL)
        {
          _waymark_command_print_error (path, error);
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
      _waymark_command_print_error (output, error);
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

/* A blank crisis plan needs no plan file: it is headed with the numbers
 * of the locale's country, in the language asked for or the locale's. */
static int
export_blank_crisis_plan (WaymarkCrisisLayoutKind  kind,
                          const char              *output,
                          double                   width,
                          double                   height,
                          const WaymarkLanguage   *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (output);
  g_autofree char *country = waymark_safety_net_country_from_environment ();
  gboolean exported;

  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_crisis_template_export (kind, waymark_safety_net_lookup (country),
                                             output, width, height, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      _waymark_command_print_error (output, error);
      return EXIT_FAILURE;
    }

  /* Translators: %s is a file name. */
  g_print (_("Saved a blank crisis plan to %s\n"), display);
  return EXIT_SUCCESS;
}

/**
 * waymark_application_export_crisis_plan_command:
 * @options: the command line's options, with "export-crisis-plan" and
 *   maybe "layout" (the full plan or the wallet card)
 * @data_file: (nullable): the plan file; the default plan when %NULL
 *
 * Returns: the exit status
 */
int
waymark_application_export_crisis_plan_command (GVariantDict *options,
                                                const char   *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GPtrArray) left_off = NULL;
  g_autofree char *output = _waymark_command_lookup_output (options, "export-crisis-plan", NULL);
  g_autofree char *display = g_filename_display_name (output);
  g_autofree char *layout = NULL;
  g_autofree char *path = NULL;
  WaymarkCrisisLayoutKind kind = WAYMARK_CRISIS_LAYOUT_PAGE;
  const WaymarkLanguage *language = NULL;
  gboolean exported;
  double width, height;

  if (g_variant_dict_lookup (options, "layout", "s", &layout))
    {
      if (g_str_equal (layout, "card"))
        kind = WAYMARK_CRISIS_LAYOUT_CARD;
      else if (!g_str_equal (layout, "page"))
        {
          g_printerr ("waymark: %s\n", _("--layout takes “page” or “card”"));
          return EXIT_FAILURE;
        }
    }

  if (!_waymark_command_lookup_paper (options, &width, &height) ||
      !_waymark_command_lookup_language (options, &language))
    return EXIT_FAILURE;

  if (g_variant_dict_contains (options, "blank"))
    return export_blank_crisis_plan (kind, output, width, height, language);

  store = _waymark_command_open_plan (data_file, &path);
  if (store == NULL)
    return EXIT_FAILURE;

  plan = waymark_crisis_plan_load (store, &error);
  if (plan == NULL)
    {
      _waymark_command_print_error (path, error);
      return EXIT_FAILURE;
    }

  if (language == NULL)
    language = _waymark_command_plan_language (store);

  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_crisis_pdf_export (plan, kind, output, width, height, &left_off, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      _waymark_command_print_error (output, error);
      return EXIT_FAILURE;
    }

  if (kind == WAYMARK_CRISIS_LAYOUT_CARD)
    /* Translators: %s is a file name. */
    g_print (_("Saved the crisis plan’s wallet card to %s\n"), display);
  else
    g_print (_("Saved the crisis plan to %s\n"), display);

  if (left_off != NULL && left_off->len > 0)
    {
      g_print ("%s\n", _("These did not fit on the card, so they are printed shortened or left off:"));
      for (guint i = 0; i < left_off->len; i++)
        g_print ("  • %s\n", (const char *) left_off->pdata[i]);
    }

  return EXIT_SUCCESS;
}
