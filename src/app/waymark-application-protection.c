/* waymark-application-protection.c: waymark --protect, --unprotect and
 * --passphrase-file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "waymark-application-protection.h"
#include "waymark-plan-protection.h"
#include "waymark-store.h"

/* A passphrase never comes as an argument (other users see a process's
 * arguments): from a file that only its owner can read, or typed at a
 * terminal with nothing shown. */

static const GOptionEntry protection_entries[] = {
  { "protect", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Protect the plan given by --data-file with a passphrase (from --passphrase-file, or "
       "typed twice at the terminal), rewriting it encrypted in place; prints the recovery key "
       "once, and exits"), NULL },
  { "unprotect", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Remove the passphrase from the plan given by --data-file, rewriting it as a plain file "
       "in place, and exit"), NULL },
  { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the plan’s passphrase from FILE (its first line) instead of asking at the terminal"),
    N_("FILE") },
  { NULL }
};

void
waymark_application_add_protection_options (GApplication *app)
{
  g_application_add_main_option_entries (app, protection_entries);
}

static void
print_error (const char   *path,
             const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("waymark: %s: %s\n", display, error->message);
}

/* The first line of FILE, without its line ending. */
static char *
read_passphrase_file (const char  *file,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  char *end;

  if (!g_file_get_contents (file, &contents, &length, error))
    return NULL;
  end = strpbrk (contents, "\r\n");
  if (end != NULL)
    *end = '\0';
  if (!g_utf8_validate (contents, -1, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("The passphrase file is not UTF-8 text."));
      return NULL;
    }
  return g_steal_pointer (&contents);
}

/* Reads a line from the terminal without showing it. */
static char *
prompt_passphrase (const char *prompt)
{
  struct termios old, quiet;
  char buffer[1024];
  gboolean restored = FALSE;
  char *line;

  if (!isatty (STDIN_FILENO))
    return NULL;

  g_printerr ("%s", prompt);
  if (tcgetattr (STDIN_FILENO, &old) == 0)
    {
      quiet = old;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      restored = tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet) != 0;
    }
  line = fgets (buffer, sizeof buffer, stdin);
  if (!restored)
    tcsetattr (STDIN_FILENO, TCSAFLUSH, &old);
  g_printerr ("\n");

  if (line == NULL)
    return NULL;
  buffer[strcspn (buffer, "\r\n")] = '\0';
  line = g_strdup (buffer);
  memset (buffer, 0, sizeof buffer);
  return line;
}

/* The passphrase from --passphrase-file or the terminal; %NULL, said on
 * stderr, when there is neither. @twice asks again to confirm. */
static char *
get_passphrase (GVariantDict *options,
                gboolean      twice)
{
  g_autofree char *file = NULL;
  g_autoptr(GError) error = NULL;
  char *passphrase;

  if (g_variant_dict_lookup (options, "passphrase-file", "^ay", &file))
    {
      passphrase = read_passphrase_file (file, &error);
      if (passphrase == NULL)
        print_error (file, error);
      return passphrase;
    }

  passphrase = prompt_passphrase (_("Passphrase: "));
  if (passphrase == NULL)
    {
      g_printerr ("waymark: %s\n",
                  _("This plan needs its passphrase: give --passphrase-file=FILE, or run Waymark "
                    "at a terminal to type it"));
      return NULL;
    }
  if (twice)
    {
      g_autofree char *again = prompt_passphrase (_("The same passphrase again: "));

      if (g_strcmp0 (again, passphrase) != 0)
        {
          g_printerr ("waymark: %s\n", _("The two passphrases are not the same; nothing was changed"));
          g_free (passphrase);
          return NULL;
        }
    }
  return passphrase;
}

/**
 * waymark_application_unlock_plan:
 * @data_file: (nullable): the plan; the default plan when %NULL
 *
 * For a protected plan, asks for its passphrase (--passphrase-file or the
 * terminal) and makes its key known to this process. A plain plan, or a
 * missing one, needs nothing.
 *
 * Returns: FALSE, said on stderr, when the plan could not be unlocked
 */
gboolean
waymark_application_unlock_plan (GVariantDict *options,
                                 const char   *data_file)
{
  g_autofree char *path = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autofree char *passphrase = NULL;

  if (!waymark_plan_is_protected (path))
    return TRUE;

  passphrase = get_passphrase (options, FALSE);
  if (passphrase == NULL)
    return FALSE;

  key = waymark_plan_key_unlock (path, passphrase, &error);
  memset (passphrase, 0, strlen (passphrase));
  if (key == NULL)
    {
      print_error (path, error);
      return FALSE;
    }
  waymark_plan_keys_add (path, key);
  return TRUE;
}

static int
protect (GVariantDict *options,
         const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autofree char *passphrase = get_passphrase (options, TRUE);
  g_autofree char *recovery = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *display = g_filename_display_name (path);

  if (passphrase == NULL)
    return EXIT_FAILURE;

  if (!waymark_plan_protect (path, passphrase, &recovery, &key, &error))
    {
      memset (passphrase, 0, strlen (passphrase));
      print_error (path, error);
      return EXIT_FAILURE;
    }
  memset (passphrase, 0, strlen (passphrase));

  /* Translators: %s is the plan file's name. */
  g_print (_("%s is now protected by your passphrase.\n"), display);
  /* The 15 words on three lines of five, to copy out one line at a time. */
  g_print ("\n%s\n\n", _("Your recovery key:"));
  words = g_strsplit (recovery, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    g_print ("%s%s%s", i % 5 == 0 ? "    " : " ", words[i], i % 5 == 4 || words[i + 1] == NULL ? "\n" : "");
  for (guint i = 0; words[i] != NULL; i++)
    memset (words[i], 0, strlen (words[i]));
  memset (recovery, 0, strlen (recovery));
  g_print ("\n%s\n",
           _("Write it down or print it, and keep it somewhere safe. It opens the plan if the "
             "passphrase is forgotten. Without the passphrase and without this key, nothing "
             "and no one can open the plan again."));
  return EXIT_SUCCESS;
}

static int
unprotect (GVariantDict *options,
           const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autofree char *passphrase = NULL;
  g_autofree char *display = g_filename_display_name (path);

  if (!waymark_plan_is_protected (path))
    {
      g_printerr ("waymark: %s: %s\n", display, _("This plan is not protected by a passphrase."));
      return EXIT_FAILURE;
    }

  passphrase = get_passphrase (options, FALSE);
  if (passphrase == NULL)
    return EXIT_FAILURE;
  key = waymark_plan_key_unlock (path, passphrase, &error);
  memset (passphrase, 0, strlen (passphrase));
  if (key == NULL || !waymark_plan_unprotect (path, key, &error))
    {
      print_error (path, error);
      return EXIT_FAILURE;
    }

  /* Translators: %s is the plan file's name. */
  g_print (_("%s is no longer protected: anyone who can read the file can read the plan.\n"), display);
  return EXIT_SUCCESS;
}

/**
 * waymark_application_protection_command:
 * @data_file: (nullable): the plan; the default plan when %NULL
 *
 * Returns: the exit status, or -1 when @options asks for neither
 *   --protect nor --unprotect
 */
int
waymark_application_protection_command (GVariantDict *options,
                                        const char   *data_file)
{
  g_autofree char *path = data_file != NULL ? g_strdup (data_file) : waymark_store_default_path ();

  if (g_variant_dict_contains (options, "protect"))
    return protect (options, path);
  if (g_variant_dict_contains (options, "unprotect"))
    return unprotect (options, path);
  return -1;
}
