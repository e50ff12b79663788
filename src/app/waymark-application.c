/* waymark-application.c: the application, its command line and windows
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <signal.h>

#include "waymark-application-backup.h"
#include "waymark-application-export.h"
#include "waymark-application-imports.h"
#include "waymark-application-plan-export.h"
#include "waymark-application-private.h"
#include "waymark-application-report.h"
#include "waymark-autosave.h"
#include "waymark-bench-probe.h"
#include "waymark-crisis-pdf.h"
#include "waymark-crisis-plan.h"
#include "waymark-crisis-template.h"
#include "waymark-language.h"
#include "waymark-lock-dialog.h"
#include "waymark-mnemonic-names.h"
#include "waymark-paper-size.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-sample-plan.h"
#include "waymark-settings.h"
#include "waymark-window.h"

G_DEFINE_FINAL_TYPE (WaymarkApplication, waymark_application, ADW_TYPE_APPLICATION)

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
    N_("With --import: the format FILE is in, “waymark” (Export Everything) or “daylio” (Daylio’s CSV "
       "export); found from the content when not given"), N_("FORMAT") },
  { "preview", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: say what importing FILE would do (dates, entries, moods, tags, what is left out "
       "and why) and write nothing"), NULL },
  { "moods", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import of a Daylio export: its moods on Waymark’s 0–10 scale, such as "
       "“rad=9,good=7,meh=5,bad=3,awful=1” (the default) or your own mood names"), N_("MOODS") },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run without a window, to send reminders (started at login when reminders are on)"), NULL },
  { "shared-computer", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Shared computer mode: no notifications, and the plan is closed when the computer "
       "is left alone or locked"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static void
print_error (const char   *path,
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
      print_error (path, error);
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

static int
export_crisis_plan (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GPtrArray) left_off = NULL;
  g_autofree char *output = NULL;
  g_autofree char *output_arg = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *path = dup_data_file_option (options);
  WaymarkCrisisLayoutKind kind = WAYMARK_CRISIS_LAYOUT_PAGE;
  g_autofree char *language_arg = NULL;
  const WaymarkLanguage *language = NULL;
  gboolean exported;
  double width, height;

  g_variant_dict_lookup (options, "export-crisis-plan", "^ay", &output_arg);
  output = g_canonicalize_filename (output_arg, NULL);

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

  /* A blank plan needs no plan file: it is headed with the numbers of
   * the locale's country, in the language asked for or the locale's. */
  if (g_variant_dict_contains (options, "blank"))
    {
      g_autofree char *display = g_filename_display_name (output);
      g_autofree char *country = waymark_safety_net_country_from_environment ();

      if (language != NULL)
        waymark_language_push (language->code);
      exported = waymark_crisis_template_export (kind, waymark_safety_net_lookup (country),
                                                 output, width, height, &error);
      if (language != NULL)
        waymark_language_pop ();

      if (!exported)
        {
          print_error (output, error);
          return EXIT_FAILURE;
        }

      /* Translators: %s is a file name. */
      g_print (_("Saved a blank crisis plan to %s\n"), display);
      return EXIT_SUCCESS;
    }

  if (path == NULL)
    path = waymark_store_default_path ();

  /* Exporting never creates a plan that was not there, and only reads:
   * a plan open in a window (or elsewhere) can be exported as it is. */
  store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                   WAYMARK_PLAN_LOCK_READ_ONLY, &error);
  if (store != NULL && waymark_store_get_open_notice (store) != NULL)
    g_printerr ("waymark: %s\n", waymark_store_get_open_notice (store));
  if (store != NULL)
    plan = waymark_crisis_plan_load (store, &error);

  if (plan == NULL)
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }

  /* In the language asked for, or the one the plan's person reads,
   * whatever the workstation's. */
  if (language == NULL)
    {
      g_autoptr(WaymarkPerson) person = waymark_store_load_person (store, NULL);

      language = person ? waymark_language_find (waymark_person_get_language (person)) : NULL;
    }

  if (language != NULL)
    waymark_language_push (language->code);
  exported = waymark_crisis_pdf_export (plan, kind, output, width, height, &left_off, &error);
  if (language != NULL)
    waymark_language_pop ();

  if (!exported)
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }

  {
    g_autofree char *display = g_filename_display_name (output);

    if (kind == WAYMARK_CRISIS_LAYOUT_CARD)
      /* Translators: %s is a file name. */
      g_print (_("Saved the crisis plan’s wallet card to %s\n"), display);
    else
      g_print (_("Saved the crisis plan to %s\n"), display);
  }

  if (left_off != NULL && left_off->len > 0)
    {
      g_print ("%s\n", _("These did not fit on the card, so they are printed shortened or left off:"));
      for (guint i = 0; i < left_off->len; i++)
        g_print ("  • %s\n", (const char *) left_off->pdata[i]);
    }

  return EXIT_SUCCESS;
}

static int
waymark_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Waymark"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Command-line actions need no display and no running instance. */
  if (sample_data_option.requested)
    return write_sample_data (options);

  if (g_variant_dict_contains (options, "export-crisis-plan"))
    return export_crisis_plan (options);

  if (g_variant_dict_contains (options, "export-report"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_report_command (options, path);
    }

  if (g_variant_dict_contains (options, "export-plan"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_export_plan_command (options, path);
    }

  if (g_variant_dict_contains (options, "export-all"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_export_all_command (options, path);
    }

  if (g_variant_dict_contains (options, "export-fhir"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_export_fhir_command (options, path);
    }

  if (g_variant_dict_contains (options, "import"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_import_command (options, path);
    }

  {
    g_autofree char *path = dup_data_file_option (options);
    int status = waymark_application_imports_command (options, path);

    if (status >= 0)
      return status;
  }

  if (g_variant_dict_contains (options, "backup"))
    {
      g_autofree char *path = dup_data_file_option (options);

      return waymark_application_backup_command (options, path);
    }

  return G_APPLICATION_CLASS (waymark_application_parent_class)->handle_local_options (app, options);
}

/* The same file, however it was named (a link, a relative path): two
 * windows on one plan would each write over the other's view of it. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (a == NULL || b == NULL)
    return FALSE;
  if (g_strcmp0 (a, b) == 0)
    return TRUE;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static GtkWindow *
find_window_for_path (WaymarkApplication *self,
                      const char         *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (WAYMARK_IS_WINDOW (l->data) &&
          same_file (waymark_window_get_path (l->data), path))
        return l->data;
    }

  return NULL;
}

/* One plan being opened in the background, and where the outcome goes:
 * into @window, which is already on screen; or, when @into_window is
 * unset, into a new window on success and a dialog on @requester on
 * failure, so that a bad file chosen from one plan's window costs a
 * dialog and not an empty window. */
typedef struct {
  WaymarkApplication      *app;
  gboolean                 into_window;
  GWeakRef                 window;
  GApplicationCommandLine *cmdline;
  char                    *path;
  WaymarkStoreOpenMode     mode;
  WaymarkSamplePlan       *sample;   /* when @path is the sample plan */
} PlanOpening;

static void open_in_background_full (WaymarkApplication      *self,
                                     const char              *path,
                                     WaymarkStoreOpenMode     mode,
                                     WaymarkPlanLockChoice    choice,
                                     WaymarkWindow           *window,
                                     gboolean                 into_window,
                                     GApplicationCommandLine *cmdline,
                                     WaymarkSamplePlan       *sample);
static void open_in_background (WaymarkApplication      *self,
                                const char              *path,
                                WaymarkStoreOpenMode     mode,
                                WaymarkPlanLockChoice    choice,
                                WaymarkWindow           *window,
                                gboolean                 into_window,
                                GApplicationCommandLine *cmdline);

static void
plan_opening_free (PlanOpening *opening)
{
  g_application_release (G_APPLICATION (opening->app));
  g_object_unref (opening->app);
  g_weak_ref_clear (&opening->window);
  g_clear_object (&opening->cmdline);
  g_clear_object (&opening->sample);
  g_free (opening->path);
  g_free (opening);
}

static void open_plan_cb (WaymarkApplication *self,
                          const char         *path,
                          gboolean            create,
                          WaymarkWindow      *requester);

static void open_sample_cb (WaymarkApplication *self,
                            WaymarkWindow      *requester);

static GtkWindow *
new_window (WaymarkApplication *self)
{
  WaymarkWindow *window = waymark_window_new (GTK_APPLICATION (self));

  g_signal_connect_object (window, "open-plan", G_CALLBACK (open_plan_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "open-sample", G_CALLBACK (open_sample_cb), self, G_CONNECT_SWAPPED);

  return GTK_WINDOW (window);
}

/* app.new-window: a window on the neutral start, for another plan. */
GtkWindow *
_waymark_application_new_empty_window (WaymarkApplication *self)
{
  GtkWindow *window = new_window (self);

  waymark_window_close_plan (WAYMARK_WINDOW (window));
  return window;
}

static void
present_in_own_window (WaymarkApplication *self,
                       WaymarkStore       *store)
{
  GtkWindow *window = find_window_for_path (self, waymark_store_get_path (store));

  if (window == NULL)
    {
      window = new_window (self);
      waymark_window_set_store (WAYMARK_WINDOW (window), store);
    }

  gtk_window_present (window);
}

static void
lock_choice_cb (WaymarkPlanLockChoice  choice,
                gpointer               user_data)
{
  PlanOpening *opening = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&opening->window);

  if (window != NULL && choice != WAYMARK_PLAN_LOCK_ASK)
    open_in_background_full (opening->app, opening->path, opening->mode, choice,
                             window, opening->into_window, opening->cmdline, opening->sample);
  else if (window != NULL && opening->into_window)
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED,
                           _("This plan is open in another Waymark, so it was not opened here."));
      waymark_window_show_open_error (window, opening->path, error);
    }

  plan_opening_free (opening);
}

static void
plan_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PlanOpening *opening = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&opening->window);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean window_alive;

  store = waymark_store_open_finish (result, &error);

  /* The person may have closed the window while the plan was opening. */
  window_alive = window != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window));

  /* Open elsewhere: the person chooses, and the plan opens again. */
  if (window_alive && g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED))
    {
      waymark_lock_dialog_ask (GTK_WINDOW (window), opening->path, lock_choice_cb, opening);
      return;
    }

  if (opening->into_window)
    {
      if (window_alive && store != NULL)
        waymark_window_set_store_full (window, store, opening->sample);
      else if (window_alive)
        waymark_window_show_open_error (window, opening->path, error);
    }
  else if (store != NULL && window_alive)
    {
      /* One client at a time in a window: the plan chosen from a window
       * showing another takes its place, once everything typed in the
       * old one is written. An editor holding something that can't be
       * kept is shown instead, and the new plan is closed again. */
      if (waymark_window_let_go (window))
        {
          g_autoptr(WaymarkStore) old = NULL;

          /* The plan shown before is closed at once: its lock goes. */
          g_set_object (&old, waymark_window_get_store (window));
          waymark_window_set_store_full (window, store, opening->sample);
          if (old != NULL && old != store)
            waymark_store_close (old);
          gtk_window_present (GTK_WINDOW (window));
        }
      else
        waymark_store_close (store);
    }
  else if (store != NULL)
    present_in_own_window (opening->app, store);
  else if (window_alive)
    waymark_window_show_open_error (window, opening->path, error);

  if (store != NULL && opening->cmdline != NULL && waymark_store_get_open_notice (store) != NULL)
    g_application_command_line_printerr (opening->cmdline, "waymark: %s\n",
                                         waymark_store_get_open_notice (store));

  if (error != NULL && opening->cmdline != NULL)
    {
      g_autofree char *display = g_filename_display_name (opening->path);

      g_application_command_line_printerr (opening->cmdline, "waymark: %s: %s\n",
                                           display, error->message);
      g_application_command_line_set_exit_status (opening->cmdline, EXIT_FAILURE);
      if (!g_application_command_line_get_is_remote (opening->cmdline))
        opening->app->exit_status = EXIT_FAILURE;
    }

  plan_opening_free (opening);
}

static void
open_in_background_full (WaymarkApplication      *self,
                         const char              *path,
                         WaymarkStoreOpenMode     mode,
                         WaymarkPlanLockChoice    choice,
                         WaymarkWindow           *window,
                         gboolean                 into_window,
                         GApplicationCommandLine *cmdline,
                         WaymarkSamplePlan       *sample)
{
  PlanOpening *opening = g_new0 (PlanOpening, 1);

  opening->sample = sample ? g_object_ref (sample) : NULL;

  opening->app = g_object_ref (self);
  opening->into_window = into_window;
  g_weak_ref_init (&opening->window, window);
  opening->cmdline = cmdline ? g_object_ref (cmdline) : NULL;
  opening->path = g_strdup (path);
  opening->mode = mode;

  if (into_window)
    waymark_window_set_loading (window, path);

  /* Keep running until the outcome is known, even if the window closes. */
  g_application_hold (G_APPLICATION (self));
  waymark_store_open_full_async (path, mode, choice, NULL, plan_opened_cb, opening);
}

static void
open_in_background (WaymarkApplication      *self,
                    const char              *path,
                    WaymarkStoreOpenMode     mode,
                    WaymarkPlanLockChoice    choice,
                    WaymarkWindow           *window,
                    gboolean                 into_window,
                    GApplicationCommandLine *cmdline)
{
  open_in_background_full (self, path, mode, choice, window, into_window, cmdline, NULL);
}

/**
 * waymark_application_open_plan:
 * @self: the application
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @cmdline: (nullable): the command line that asked, to tell it of a failure
 *
 * Shows the plan at @path: the window that already has it, or a new
 * one. The window is on screen at once and the plan is opened in a
 * worker thread. When it can't be opened, the window explains why and
 * offers to open another, and @cmdline gets a line on stderr and exit
 * status 1.
 *
 * Returns: (transfer none): the window for the plan
 */
GtkWindow *
waymark_application_open_plan (WaymarkApplication      *self,
                               const char              *path,
                               WaymarkStoreOpenMode     mode,
                               GApplicationCommandLine *cmdline)
{
  GtkWindow *window;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (window);
      return window;
    }

  window = new_window (self);
  waymark_bench_probe_watch (window);
  open_in_background (self, path, mode, WAYMARK_PLAN_LOCK_ASK, WAYMARK_WINDOW (window), TRUE, cmdline);
  gtk_window_present (window);

  return window;
}

/* @path was chosen in @requester's Open (or, @create, New) dialog.
 * A window that shows no plan (its neutral start, or why the last one
 * failed) takes the new plan at once. A window showing a plan shows it
 * until the new one has opened, then shows the new one in its place; a
 * failure is a dialog on @requester, over the plan it still shows. A
 * plan already open in another window is brought to the front. */
static void
open_plan_cb (WaymarkApplication *self,
              const char         *path,
              gboolean            create,
              WaymarkWindow      *requester)
{
  WaymarkStoreOpenMode mode = create ? WAYMARK_STORE_CREATE_NEW : WAYMARK_STORE_OPEN_EXISTING;
  GtkWindow *existing;

  existing = find_window_for_path (self, path);
  if (existing != NULL && waymark_window_get_store (WAYMARK_WINDOW (existing)) != NULL)
    {
      gtk_window_present (existing);
      return;
    }

  open_in_background (self, path, mode, WAYMARK_PLAN_LOCK_ASK, requester,
                      waymark_window_get_store (requester) == NULL, NULL);
}

/**
 * waymark_application_reopen_plan:
 * @self: the application
 * @window: a window showing a plan read-only
 * @choice: %WAYMARK_PLAN_LOCK_TAKE_OVER, usually
 *
 * Opens @window's plan again in it, as @choice says.
 */
void
waymark_application_reopen_plan (WaymarkApplication    *self,
                                 GtkWindow             *window,
                                 WaymarkPlanLockChoice  choice)
{
  g_autofree char *path = NULL;

  g_return_if_fail (WAYMARK_IS_APPLICATION (self));
  g_return_if_fail (WAYMARK_IS_WINDOW (window));

  path = g_strdup (waymark_window_get_path (WAYMARK_WINDOW (window)));
  if (path == NULL)
    return;

  waymark_window_set_store (WAYMARK_WINDOW (window), NULL);
  open_in_background (self, path, WAYMARK_STORE_OPEN_EXISTING, choice,
                      WAYMARK_WINDOW (window), TRUE, NULL);
}

static void
take_over_plan_cb (GSimpleAction      *action,
                   GVariant           *parameter,
                   WaymarkApplication *self)
{
  GtkWindow *window = find_window_for_path (self, g_variant_get_string (parameter, NULL));

  if (window != NULL)
    waymark_application_reopen_plan (self, window, WAYMARK_PLAN_LOCK_TAKE_OVER);
}

static void
sample_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (ref);
  g_autoptr(WaymarkSamplePlan) sample = NULL;
  g_autoptr(GError) error = NULL;
  GApplication *app = g_application_get_default ();

  sample = waymark_sample_plan_new_finish (result, &error);
  g_weak_ref_clear (ref);
  g_free (ref);

  if (window != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window)) && WAYMARK_IS_APPLICATION (app))
    {
      if (sample == NULL)
        waymark_window_show_open_error (window, NULL, error);
      else
        {
          gboolean empty = waymark_window_get_store (window) == NULL;

          open_in_background_full (WAYMARK_APPLICATION (app), waymark_sample_plan_get_path (sample),
                                   WAYMARK_STORE_OPEN_EXISTING, WAYMARK_PLAN_LOCK_ASK,
                                   window, empty, NULL, sample);
        }
    }

  if (WAYMARK_IS_APPLICATION (app))
    g_application_release (app);
}

/* Look Around With a Sample Plan: the sample is written into a folder of
 * its own in a worker thread, then opened in @requester like any plan
 * chosen there; it goes when the window closes or shows another. */
static void
open_sample_cb (WaymarkApplication *self,
                WaymarkWindow      *requester)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, requester);
  g_application_hold (G_APPLICATION (self));
  waymark_sample_plan_new_async (WAYMARK_SAMPLE_PLAN_DAYS, NULL, sample_made_cb, ref);
}

static int
waymark_application_command_line (GApplication            *app,
                                  GApplicationCommandLine *cmdline)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *path = NULL;
  GtkWindow *window;
  g_autofree char *data_file = NULL;

  if (g_variant_dict_contains (options, "shared-computer"))
    {
      waymark_reminders_set_shared_computer (self->reminders, TRUE);
      waymark_shared_computer_force (self->shared_computer);
    }

  /* Reminders only: held without a window until asked for one; with
   * every reminder off there is nothing to wait for. */
  if (g_variant_dict_contains (options, "background"))
    {
      if (!self->held_in_background && waymark_reminders_any_on (self->reminders))
        {
          g_application_hold (app);
          self->held_in_background = TRUE;
        }
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "data-file", "^ay", &data_file))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, data_file);
      path = g_file_get_path (file);
    }
  else
    path = waymark_store_default_path ();

  window = waymark_application_open_plan (self, path, WAYMARK_STORE_OPEN_OR_CREATE, cmdline);

  if (g_variant_dict_contains (options, "crisis-plan"))
    waymark_window_request_page (WAYMARK_WINDOW (window), "crisis");

  return EXIT_SUCCESS;
}

static void
apply_style_variant (WaymarkApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

/* Told to stop (SIGTERM from a log-out or a shutdown, SIGINT, SIGHUP):
 * what is being typed is written first, then Waymark quits as it does
 * from its menu, without a question nobody is there to answer. */
static gboolean
stop_signal_cb (gpointer user_data)
{
  WaymarkApplication *self = user_data;

  g_message ("Told to stop: saving what is open, then quitting");
  waymark_autosave_flush_all ();
  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
}

/* The session is ending: nothing is asked, everything typed is written. */
static void
query_end_cb (WaymarkApplication *self)
{
  waymark_autosave_flush_all ();
}

/* For the reminders' notifications: the person's own plan, which is there. */
static GtkWindow *
open_existing_plan (GtkApplication *app,
                    const char     *path)
{
  return waymark_application_open_plan (WAYMARK_APPLICATION (app), path, WAYMARK_STORE_OPEN_EXISTING, NULL);
}

static void
waymark_application_startup (GApplication *app)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);

  waymark_register_resource ();

  G_APPLICATION_CLASS (waymark_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  /* Screen readers hear "Record a Review", not its mnemonic twice. */
  waymark_mnemonic_names_watch ();

  self->settings = waymark_settings_get ();
  if (self->settings == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);
  g_object_ref (self->settings);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (apply_style_variant), self, G_CONNECT_SWAPPED);
  apply_style_variant (self);

  _waymark_application_install_actions (self);
  self->reminders = waymark_reminders_new (GTK_APPLICATION (self), self->settings, open_existing_plan);
  self->shared_computer = waymark_shared_computer_new (GTK_APPLICATION (self), self->settings);

  /* A plan file never appears in the desktop's list of recent files
   * (GtkFileChooser adds what it opens there): whose plans were opened
   * on a shared computer is nobody else's business. GtkRecentManager
   * then adds nothing and writes nothing. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  /* Sample plans left by a Waymark that was stopped short. */
  waymark_sample_plan_clean_stale ();
  {
    /* app.take-over-plan("PATH"): the read-only banner's Take Over, once
     * confirmed; the window showing PATH opens it again, taking it over. */
    g_autoptr(GSimpleAction) take_over = g_simple_action_new ("take-over-plan", G_VARIANT_TYPE_STRING);

    g_signal_connect_object (take_over, "activate", G_CALLBACK (take_over_plan_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (take_over));
  }

  {
    const int stop_signals[] = { SIGTERM, SIGINT, SIGHUP };

    for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
      self->signal_sources[i] = g_unix_signal_add (stop_signals[i], stop_signal_cb, self);
  }
  g_signal_connect (self, "query-end", G_CALLBACK (query_end_cb), NULL);
}

static void
waymark_application_shutdown (GApplication *app)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (app);

  waymark_autosave_flush_all ();
  /* A window still showing the sample plan takes its folder with it. */
  waymark_sample_plan_discard_all ();
  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  G_APPLICATION_CLASS (waymark_application_parent_class)->shutdown (app);
}

static void
waymark_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = waymark_store_default_path ();
  waymark_application_open_plan (WAYMARK_APPLICATION (app), path,
                                 WAYMARK_STORE_OPEN_OR_CREATE, NULL);
}

static void
waymark_application_dispose (GObject *object)
{
  WaymarkApplication *self = WAYMARK_APPLICATION (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->shared_computer);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (waymark_application_parent_class)->dispose (object);
}

static void
waymark_application_class_init (WaymarkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = waymark_application_dispose;

  app_class->handle_local_options = waymark_application_handle_local_options;
  app_class->command_line = waymark_application_command_line;
  app_class->startup = waymark_application_startup;
  app_class->shutdown = waymark_application_shutdown;
  app_class->activate = waymark_application_activate;
}

static void
waymark_application_init (WaymarkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  waymark_application_add_imports_options (G_APPLICATION (self));
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and follow your recovery."));
}

WaymarkApplication *
waymark_application_new (void)
{
  return g_object_new (WAYMARK_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       /* For "query-end": the session's end is a save. */
                       "register-session", TRUE,
                       NULL);
}

/**
 * waymark_application_get_exit_status:
 *
 * Returns: what the process should exit with: 1 when a plan named on
 *   this process's own command line could not be opened
 */
int
waymark_application_get_exit_status (WaymarkApplication *self)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}
