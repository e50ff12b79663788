/* waymark-application-commands.c: the command line's options, the command
 * each asks for, and what the commands that need no window share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "waymark-application-commands-private.h"
#include "waymark-application-imports.h"
#include "waymark-application-protection.h"
#include "waymark-paper-size.h"
#include "waymark-person.h"
#include "waymark-sample-data.h"

/* --sample-data takes an optional number of days, which GApplication can
 * only hand to a callback; the parsed value waits here for
 * handle_local_options. Parsing happens once, in the launching process. */
static struct {
  gboolean requested;
  guint    days;
  gboolean bad_days;
} sample_data_option;

static gboolean
parse_sample_data_option (const char  *option_name,
                          const char  *value,
                          gpointer     user_data,
                          GError     **error)
{
  guint64 days = WAYMARK_SAMPLE_DATA_DEFAULT_DAYS;

  sample_data_option.requested = TRUE;

  if (value != NULL &&
      !g_ascii_string_to_unsigned (value, 10, 1, WAYMARK_SAMPLE_DATA_MAX_DAYS, &days, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--sample-data takes a number of days from 1 to %u, such as "
                     "--sample-data=365"),
                   WAYMARK_SAMPLE_DATA_MAX_DAYS);
      return FALSE;
    }

  sample_data_option.days = (guint) days;
  return TRUE;
}

static const GOptionEntry main_entries[] = {
  { "data-file", 'f', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the plan kept in FILE (created if there is none yet)"), N_("FILE") },
  { "sample-data", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK,
    (gpointer) parse_sample_data_option,
    N_("Write a fictional sample plan with DAYS days of history (365 if not given) "
       "into the new file given by --data-file, then exit"), N_("DAYS") },
  { "crisis-plan", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open straight to the crisis plan"), NULL },
  { "export-crisis-plan", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the crisis plan as a PDF file, then exit"), N_("FILE") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-crisis-plan: “page” for the full plan (the default) or “card” for the wallet card"),
    N_("LAYOUT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-crisis-plan: “a4” or “letter” (the default follows your locale)"), N_("PAPER") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-crisis-plan: the language to print it in, such as “es” "
       "(the default is the language the plan’s person reads)"), N_("LANGUAGE") },
  { "blank", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-crisis-plan: a blank crisis plan to fill in by hand, headed with the numbers "
       "suggested for your locale’s country; no plan file is needed"), NULL },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the appointment report as a PDF file, then exit: the journal since the last plan review "
       "(or the last 30 days), or from --from to --to; --paper and --language as for the crisis plan"),
    N_("FILE") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: the first day, such as 2026-11-01"), N_("DAY") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: the last day (the default is today)"), N_("DAY") },
  { "include-shared-notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-report: include the notes of check-ins marked for the care team"), NULL },
  { "export-plan", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the whole recovery plan as a PDF file, then exit; with --blank, a blank plan to fill in by "
       "hand (--paper and --language work with it too)"), N_("FILE") },
  { "review-line", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-plan: end the plan with a “Reviewed with ______ on ______” line to fill in and sign"),
    NULL },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a copy of the plan given by --data-file to FILE, then exit; safe while the plan is open"),
    N_("FILE") },
  { "export-all", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save everything in the plan given by --data-file as a zip of JSON files, the journal as CSV "
       "and a FORMAT.md that describes them, then exit"), N_("FILE") },
  { "export-fhir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the plan given by --data-file as a FHIR R4 bundle (JSON) for a clinic’s record system: "
       "the person, PHQ-9 and GAD-7 results, the recovery plan’s goals and the crisis plan, then exit"),
    N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import FILE into the plan given by --data-file (made if there is none yet), all of it or "
       "nothing, then exit; importing the same file again adds nothing"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: the format FILE is in, “waymark” (Export Everything), “daylio” (Daylio’s CSV "
       "export or .daylio backup), “loop” (Loop Habit Tracker’s CSV zip), “bearable” (Bearable’s CSV "
       "export), “imoodjournal” (iMoodJournal’s CSV export), “emoods” (eMoods’ export, the .emoods zip or "
       "its entry.csv) or “pixels” (Pixels’ JSON export); found from "
       "the content when not given"),
    N_("FORMAT") },
  { "preview", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: say what importing FILE would do (dates, entries, moods, tags, what is left out "
       "and why) and write nothing"), NULL },
  { "moods", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import of a Daylio or Pixels export: its moods on Waymark’s 0–10 scale, such as "
       "“rad=9,good=7,meh=5,bad=3,awful=1” (the default) or your own mood names; Pixels’ scores "
       "are “1=1,2=3,3=5,4=7,5=9”"), N_("MOODS") },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run without a window, to send reminders (started at login when reminders are on)"), NULL },
  { "shared-computer", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Shared computer mode: no notifications, and the plan is closed when the computer "
       "is left alone or locked"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

/* "waymark: FILE: why", or "waymark: why" when there is no file. */
void
_waymark_command_print_error (const char   *path,
                              const GError *error)
{
  if (path != NULL)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_printerr ("waymark: %s: %s\n", display, error->message);
    }
  else
    g_printerr ("waymark: %s\n", error->message);
}

/* The FILE an option such as --export-all=FILE names, canonical. With
 * @missing, an empty FILE is refused with that message and %NULL. */
char *
_waymark_command_lookup_output (GVariantDict *options,
                                const char   *option,
                                const char   *missing)
{
  g_autofree char *output = NULL;

  g_variant_dict_lookup (options, option, "^ay", &output);
  if (missing != NULL && (output == NULL || *output == '\0'))
    {
      g_printerr ("waymark: %s\n", missing);
      return NULL;
    }

  return g_canonicalize_filename (output != NULL ? output : "", NULL);
}

/* The plan to read, or the default one. A command never creates a plan
 * that was not there, and only reads: a plan open in a window (or
 * elsewhere) is read as it is. What was moved aside as it opened is
 * said on stderr; a failure too, and then %NULL. */
WaymarkStore *
_waymark_command_open_plan (const char  *data_file,
                            char       **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();
  WaymarkStore *store;

  store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING, WAYMARK_PLAN_LOCK_READ_ONLY, &error);
  if (store == NULL)
    {
      _waymark_command_print_error (path, error);
      return NULL;
    }
  if (waymark_store_get_open_notice (store) != NULL)
    g_printerr ("waymark: %s\n", waymark_store_get_open_notice (store));

  if (path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return store;
}

/* --paper: the size asked for, or the locale's. FALSE, said on stderr,
 * for a name it doesn't know. */
gboolean
_waymark_command_lookup_paper (GVariantDict *options,
                               double       *width,
                               double       *height)
{
  g_autofree char *paper = NULL;

  waymark_paper_size_default (width, height);
  if (g_variant_dict_lookup (options, "paper", "s", &paper) &&
      !waymark_paper_size_from_name (paper, width, height))
    {
      g_printerr ("waymark: %s\n", _("--paper takes “a4” or “letter”"));
      return FALSE;
    }

  return TRUE;
}

/* --language: the translation asked for, or %NULL when none was. FALSE,
 * with the languages there are on stderr, for one Waymark doesn't have. */
gboolean
_waymark_command_lookup_language (GVariantDict           *options,
                                  const WaymarkLanguage **language)
{
  g_autofree char *code = NULL;

  *language = NULL;
  if (!g_variant_dict_lookup (options, "language", "s", &code))
    return TRUE;

  *language = waymark_language_find (code);
  if (*language == NULL)
    {
      g_autofree char *available = waymark_language_describe_all ();
      g_autofree char *message = NULL;

      /* Translators: the first %s is the language asked for, the second
       * the list of languages, as in "de (Deutsch), en (English)" */
      message = g_strdup_printf (_("Waymark has no “%s” translation. It can print in: %s"),
                                 code, available);
      g_printerr ("waymark: %s\n", message);
      return FALSE;
    }

  return TRUE;
}

/* What is printed is in the language the plan's person reads, whatever
 * the workstation's, unless --language says otherwise. */
const WaymarkLanguage *
_waymark_command_plan_language (WaymarkStore *store)
{
  g_autoptr(WaymarkPerson) person = waymark_store_load_person (store, NULL);

  return person != NULL ? waymark_language_find (waymark_person_get_language (person)) : NULL;
}

static char *
dup_data_file_option (GVariantDict *options)
{
  g_autofree char *data_file = NULL;

  if (!g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
    return NULL;

  return g_canonicalize_filename (data_file, NULL);
}

static int
write_sample_data (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dup_data_file_option (options);
  g_autofree char *notice = NULL;

  if (path == NULL)
    {
      g_printerr ("waymark: %s\n",
                  _("--sample-data needs --data-file=FILE, the new plan file to write, so "
                    "that your own plan is never touched"));
      return EXIT_FAILURE;
    }

  if (!waymark_sample_data_write_file_full (path, sample_data_option.days, NULL, &notice, &error))
    {
      _waymark_command_print_error (path, error);
      return EXIT_FAILURE;
    }

  /* Something beside the plan was moved aside as it opened. */
  if (notice != NULL)
    g_printerr ("waymark: %s\n", notice);

  {
    g_autofree char *display = g_filename_display_name (path);
    g_autoptr(GString) message = g_string_new (NULL);

    g_string_printf (message,
                     ngettext ("Wrote a sample plan for a fictional person, with %u day of history, to %s\n",
                               "Wrote a sample plan for a fictional person, with %u days of history, to %s\n",
                               sample_data_option.days),
                     sample_data_option.days, display);
    g_print ("%s", message->str);
  }

  return EXIT_SUCCESS;
}

const GOptionEntry *
_waymark_application_option_entries (void)
{
  return main_entries;
}

/* Each command that runs and exits with no display and no running
 * instance, by the option that asks for it. */
static const struct {
  const char *option;
  int       (*run) (GVariantDict *options,
                    const char   *data_file);
} commands[] = {
  { "export-crisis-plan", waymark_application_export_crisis_plan_command },
  { "export-report", waymark_application_report_command },
  { "export-plan", waymark_application_export_plan_command },
  { "export-all", waymark_application_export_all_command },
  { "export-fhir", waymark_application_export_fhir_command },
  { "import", waymark_application_import_command },
  { "list-imports", waymark_application_imports_command },
  { "undo-import", waymark_application_imports_command },
  { "backup", waymark_application_backup_command },
  { "protect", waymark_application_protection_command },
  { "unprotect", waymark_application_protection_command },
};

/**
 * _waymark_application_run_command:
 * @options: the command line's options
 *
 * Runs what @options ask for that needs no window: --version,
 * --sample-data, an export, an import (or its list, or its undoing) or
 * a backup.
 *
 * Returns: the exit status, or -1 when they ask for none of those
 */
int
_waymark_application_run_command (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Waymark"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (sample_data_option.requested)
    return write_sample_data (options);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_variant_dict_contains (options, commands[i].option))
        {
          g_autofree char *path = dup_data_file_option (options);
          gboolean needs_plan = !g_variant_dict_contains (options, "blank") &&
                                !g_variant_dict_contains (options, "protect") &&
                                !g_variant_dict_contains (options, "unprotect");

          /* A protected plan: its passphrase first (waymark-application-protection.c). */
          if (needs_plan && !waymark_application_unlock_plan (options, path))
            return EXIT_FAILURE;
          return commands[i].run (options, path);
        }
    }

  return -1;
}
