/* waymark-store-error.c: why a plan file or a record was refused; its
 * own unit, so records, SQLite and migrations can say so without
 * depending on the store that depends on them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "waymark-store-error.h"

G_DEFINE_QUARK (waymark-store-error-quark, waymark_store_error)

static char *
display_basename (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_filename_display_name (base);
}

/**
 * waymark_store_set_file_error:
 * @code: a #WaymarkStoreError about a whole plan file
 * @path: the file
 *
 * Sets @error to the message for the person that @code means for @path.
 */
void
waymark_store_set_file_error (GError     **error,
                              int          code,
                              const char  *path)
{
  g_autofree char *name = display_basename (path);
  GStatBuf st;

  switch (code)
    {
    case WAYMARK_STORE_ERROR_NOT_FOUND:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("There is no plan called “%s” in that folder."), name);
      break;

    case WAYMARK_STORE_ERROR_EXISTS:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("A file called “%s” is already there. Waymark never replaces an "
                     "existing file: choose another name, or open it as a plan."), name);
      break;

    case WAYMARK_STORE_ERROR_NOT_A_FILE:
      /* A pipe, a device or a socket is not "a folder". */
      if (g_stat (path, &st) == 0 && !S_ISDIR (st.st_mode))
        g_set_error (error, WAYMARK_STORE_ERROR, code,
                     _("“%s” is not a regular file (it is a pipe, a device or a socket), so it "
                       "can't be a plan. Waymark has left it as it was. Choose a plan file "
                       "instead."), name);
      else
        g_set_error (error, WAYMARK_STORE_ERROR, code,
                     _("“%s” is a folder, not a plan file."), name);
      break;

    case WAYMARK_STORE_ERROR_NOT_A_PLAN:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” is not a Waymark plan. It may be a different kind of file. "
                     "Waymark has left it as it was."), name);
      break;

    case WAYMARK_STORE_ERROR_FOREIGN:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” is a database that belongs to another application, not a "
                     "Waymark plan. Waymark has left it as it was."), name);
      break;

    case WAYMARK_STORE_ERROR_DAMAGED:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” is damaged, so Waymark can't open it safely. The file has not "
                     "been changed. If you have a backup copy of this plan, open that "
                     "instead."), name);
      break;

    case WAYMARK_STORE_ERROR_TOO_NEW:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” was saved by a newer version of Waymark. Update Waymark to open "
                     "it; the file has not been changed."), name);
      break;

    case WAYMARK_STORE_ERROR_READ_ONLY:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” is read-only, so Waymark could not keep what you write in it. "
                     "Make the file writable, or open a copy of it."), name);
      break;

    case WAYMARK_STORE_ERROR_PERMISSION:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("You don't have permission to open “%s”."), name);
      break;

    case WAYMARK_STORE_ERROR_PROTECTED:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("“%s” is protected by a passphrase. Enter it to open the plan."), name);
      break;

    case WAYMARK_STORE_ERROR_WRONG_PASSPHRASE:
      g_set_error (error, WAYMARK_STORE_ERROR, code,
                   _("That passphrase does not open “%s”. Check Caps Lock and try again; "
                     "the plan has not been changed."), name);
      break;

    default:
      g_assert_not_reached ();
    }
}
