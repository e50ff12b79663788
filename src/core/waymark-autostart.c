/* waymark-autostart.c: the XDG autostart entry that starts Waymark's
 * reminders at login
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "waymark-atomic-file.h"
#include "waymark-autostart.h"

/* Outside a sandbox, reminders start at login from
 * ~/.config/autostart/APPLICATION_ID.desktop (the XDG Autostart
 * specification): Waymark with --background, which holds the
 * application without a window. The Preferences switch writes it and
 * removes it; nothing else of the person's is touched. */

/**
 * waymark_autostart_path:
 *
 * Returns: (transfer full): where the autostart entry is, in
 *   $XDG_CONFIG_HOME/autostart/
 */
char *
waymark_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop", NULL);
}

/* The Exec key's quoting (Desktop Entry Specification): an argument
 * with reserved characters goes in double quotes, with ", `, $ and \
 * escaped; and in a desktop file's string, \ is escaped once more. */
static char *
quote_exec_argument (const char *arg)
{
  GString *quoted;

  if (strpbrk (arg, " \t\n\"'\\><~|&;$*?#()`%=") == NULL)
    return g_strdup (arg);

  quoted = g_string_new ("\"");
  for (const char *p = arg; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '`' || *p == '$')
        g_string_append (quoted, "\\\\");
      else if (*p == '\\')
        g_string_append (quoted, "\\\\\\");
      else if (*p == '%')
        {
          g_string_append (quoted, "%%");
          continue;
        }
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/**
 * waymark_autostart_contents:
 * @executable: the absolute path of the waymark program
 *
 * Returns: (transfer full): the autostart entry that runs @executable
 *   in the background at login
 */
char *
waymark_autostart_contents (const char *executable)
{
  g_autofree char *exec = NULL;

  g_return_val_if_fail (executable != NULL, NULL);

  exec = quote_exec_argument (executable);

  /* Not translated: the entry is read by the session, not shown. */
  return g_strdup_printf ("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Waymark\n"
                          "Comment=Reminders for your recovery plan\n"
                          "Icon=" APPLICATION_ID "\n"
                          "Exec=%s --background\n"
                          "NoDisplay=true\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-Waymark-Reminders=true\n",
                          exec);
}

/**
 * waymark_autostart_set:
 * @enabled: whether Waymark should start at login
 * @executable: (nullable): the absolute path of the waymark program;
 *   needed when @enabled
 * @error: where a failure to write or remove the entry goes
 *
 * Writes the autostart entry (whole, 0600) or removes it. Removing an
 * entry that is not there is not an error.
 *
 * Returns: whether the entry is now as asked
 */
gboolean
waymark_autostart_set (gboolean     enabled,
                       const char  *executable,
                       GError     **error)
{
  g_autofree char *path = waymark_autostart_path ();

  g_return_val_if_fail (!enabled || executable != NULL, FALSE);

  if (enabled)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *contents = waymark_autostart_contents (executable);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", dir, g_strerror (saved_errno));
          return FALSE;
        }

      return waymark_atomic_file_set_contents (path, contents, -1, 0600, error);
    }

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
