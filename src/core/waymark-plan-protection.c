/* waymark-plan-protection.c: protecting a plan, changing and removing it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-protection"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>
#include <unistd.h>

#include "waymark-crypt-vfs.h"
#include "waymark-plan-key-private.h"
#include "waymark-plan-lock.h"
#include "waymark-plan-protection.h"
#include "waymark-sqlite.h"
#include "waymark-store-open-mode.h"
#include "waymark-store-open-private.h"

/* Protecting, changing the passphrase and removing protection all write
 * the whole plan anew: SQLite's backup copies every page into a new file
 * beside the plan (through waymark-crypt-vfs.c, so a protected copy is
 * encrypted as it is written), the copy is checked, and only then renamed
 * over the plan. A crash at any moment leaves the old plan whole, and the
 * half-made copy (PLAN.new-PID-XXXXXX) is cleared at the next start
 * (waymark-store-leftovers.c). While it works it holds the plan's lock, so
 * no other Waymark writes to the old file meanwhile. */

void
waymark_plan_keys_add (const char     *path,
                       WaymarkPlanKey *key)
{
  g_return_if_fail (key != NULL);

  waymark_crypt_vfs_ensure ();
  waymark_crypt_vfs_add_key ((WaymarkCryptKey *) key);
}

void
waymark_plan_keys_forget (const char *path)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE];

  if (path != NULL && waymark_plan_key_read_header (path, header, NULL))
    waymark_crypt_vfs_remove_key (header + 64);
  sodium_memzero (header, sizeof header);
}

static void
sync_path (const char *path,
           gboolean    folder)
{
  g_autofree char *dir = folder ? g_path_get_dirname (path) : NULL;
  int fd = g_open (folder ? dir : path, O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0), 0);

  if (fd >= 0)
    {
      fsync (fd);
      g_close (fd, NULL);
    }
}

static void
set_sqlite_error (GError     **error,
                  const char  *path,
                  sqlite3     *db,
                  int          rc)
{
  if (rc == SQLITE_AUTH)
    waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_PROTECTED, path);
  else if (waymark_store_is_damage (rc))
    waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
  else if (!waymark_store_set_disk_error (error, path, db, TRUE))
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                 _("Waymark could not write the plan anew: %s"),
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

static gboolean
check_copy (const char  *path,
            const char  *plan_path,
            GError     **error)
{
  sqlite3 *db = NULL;
  int app_id = 0, rc = SQLITE_OK;
  gboolean ok;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  ok = rc == SQLITE_OK &&
       waymark_sqlite_query_int (db, "PRAGMA application_id", &app_id, &rc) &&
       app_id == WAYMARK_STORE_APPLICATION_ID;
  if (ok)
    {
      sqlite3_stmt *stmt = NULL;

      ok = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
           sqlite3_step (stmt) == SQLITE_ROW &&
           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);
    }
  if (!ok)
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                 _("Waymark could not check the new copy of the plan, so the plan was left as "
                   "it was: %s"), db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_close (db);
  return ok;
}

static void
remove_copy (const char *tmp_path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (tmp_path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/* Writes the plan at @path anew, protected with @dest_key or plain when
 * it is %NULL; the source is read with whatever key is registered. */
static gboolean
rewrite_plan (const char       *path,
              WaymarkCryptKey  *dest_key,
              GError          **error)
{
  g_autoptr(WaymarkPlanLock) lock = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *dest_name = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *src = NULL, *dest = NULL;
  sqlite3_backup *backup;
  int page_size = 0;
  int rc, fd;

  waymark_crypt_vfs_ensure ();

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_NOT_FOUND, path);
      return FALSE;
    }

  lock = waymark_plan_lock_acquire (path, WAYMARK_PLAN_LOCK_ASK, error);
  if (lock == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (path, &src, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (src, 5000);
      if (!waymark_sqlite_query_int (src, "PRAGMA page_size", &page_size, &rc))
        rc = rc == SQLITE_OK ? SQLITE_ERROR : rc;
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, src, rc);
      goto failed;
    }
  if (dest_key != NULL && page_size != WAYMARK_CRYPT_PAGE_SIZE)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("This plan uses pages of %d bytes, which Waymark can't protect yet. "
                     "The plan was left as it was."), page_size);
      goto failed;
    }

  /* The writer's process id in the name lets the next start tell a copy
   * a killed run left (waymark-store-leftovers.c). */
  tmp_path = g_strdup_printf ("%s.new-%d-XXXXXX", path, (int) getpid ());
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not write the plan anew: %s"), g_strerror (saved_errno));
      g_clear_pointer (&tmp_path, g_free);
      goto failed;
    }
  g_close (fd, NULL);

  dest_name = dest_key != NULL ?
              waymark_crypt_vfs_new_file_uri (tmp_path, waymark_crypt_key_get_salt (dest_key)) :
              g_strdup (tmp_path);
  rc = sqlite3_open_v2 (dest_name, &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE, NULL);
  /* No journal file for the copy: it is renamed into place whole or not
   * at all, and a protected one must never hold a page in the clear. */
  if (rc == SQLITE_OK && !waymark_sqlite_exec (dest, "PRAGMA journal_mode = MEMORY", NULL))
    rc = sqlite3_errcode (dest);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, dest, rc);
      goto failed;
    }

  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, path, dest, sqlite3_errcode (dest));
      goto failed;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, path, src, rc);
      goto failed;
    }
  rc = sqlite3_close (dest);
  dest = NULL;
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, NULL, rc);
      goto failed;
    }

  if (!check_copy (tmp_path, path, error))
    goto failed;
  sync_path (tmp_path, FALSE);

  /* The old plan's log goes into it before it is replaced; a log left
   * beside the new file would be applied to it. */
  rc = sqlite3_close (src);
  src = NULL;
  if (rc != SQLITE_OK || g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not finish writing the plan, so it was left as it was."));
      goto failed;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not put the new copy of the plan in place, so the plan "
                     "was left as it was: %s"), g_strerror (saved_errno));
      goto failed;
    }
  sync_path (path, TRUE);
  remove_copy (tmp_path);
  waymark_plan_lock_release (lock);
  return TRUE;

failed:
  if (dest != NULL)
    sqlite3_close_v2 (dest);
  if (src != NULL)
    sqlite3_close_v2 (src);
  if (tmp_path != NULL)
    remove_copy (tmp_path);
  if (lock != NULL)
    waymark_plan_lock_release (lock);
  return FALSE;
}

static void
set_passphrase_empty_error (GError **error)
{
  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
               _("Choose a passphrase that is not empty."));
}

gboolean
waymark_plan_protect (const char      *path,
                      const char      *passphrase,
                      char           **recovery_key,
                      WaymarkPlanKey **key,
                      GError         **error)
{
  g_autoptr(WaymarkCryptKey) new_key = NULL;
  g_autofree char *recovery = NULL;

  g_return_val_if_fail (path != NULL && passphrase != NULL, FALSE);

  if (*passphrase == '\0')
    {
      set_passphrase_empty_error (error);
      return FALSE;
    }
  if (waymark_plan_is_protected (path))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("This plan is already protected by a passphrase."));
      return FALSE;
    }

  waymark_crypt_vfs_ensure ();
  new_key = waymark_plan_key_create (passphrase, &recovery);
  waymark_crypt_vfs_add_key (new_key);
  if (!rewrite_plan (path, new_key, error))
    {
      waymark_crypt_vfs_remove_key (waymark_crypt_key_get_salt (new_key));
      return FALSE;
    }

  if (recovery_key != NULL)
    *recovery_key = g_steal_pointer (&recovery);
  if (key != NULL)
    *key = (WaymarkPlanKey *) waymark_crypt_key_ref (new_key);
  return TRUE;
}

gboolean
waymark_plan_change_passphrase (const char      *path,
                                WaymarkPlanKey  *old_key,
                                const char      *new_passphrase,
                                char           **recovery_key,
                                WaymarkPlanKey **new_key,
                                GError         **error)
{
  g_autoptr(WaymarkCryptKey) key = NULL;
  g_autofree char *recovery = NULL;

  g_return_val_if_fail (path != NULL && old_key != NULL && new_passphrase != NULL, FALSE);

  if (*new_passphrase == '\0')
    {
      set_passphrase_empty_error (error);
      return FALSE;
    }

  waymark_plan_keys_add (path, old_key);
  key = waymark_plan_key_create (new_passphrase, &recovery);
  waymark_crypt_vfs_add_key (key);
  if (!rewrite_plan (path, key, error))
    {
      waymark_crypt_vfs_remove_key (waymark_crypt_key_get_salt (key));
      return FALSE;
    }
  waymark_crypt_vfs_remove_key (waymark_crypt_key_get_salt ((WaymarkCryptKey *) old_key));

  if (recovery_key != NULL)
    *recovery_key = g_steal_pointer (&recovery);
  if (new_key != NULL)
    *new_key = (WaymarkPlanKey *) waymark_crypt_key_ref (key);
  return TRUE;
}

gboolean
waymark_plan_unprotect (const char      *path,
                        WaymarkPlanKey  *key,
                        GError         **error)
{
  g_return_val_if_fail (path != NULL && key != NULL, FALSE);

  if (!waymark_plan_is_protected (path))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("This plan is not protected by a passphrase."));
      return FALSE;
    }

  waymark_plan_keys_add (path, key);
  if (!rewrite_plan (path, NULL, error))
    return FALSE;
  waymark_crypt_vfs_remove_key (waymark_crypt_key_get_salt ((WaymarkCryptKey *) key));
  return TRUE;
}
