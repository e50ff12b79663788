/* waymark-store-open.c: finding, checking and opening a plan file
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "waymark-crypt-vfs.h"
#include "waymark-filesystem.h"
#include "waymark-migrations.h"
#include "waymark-plan-key-private.h"
#include "waymark-plan-key.h"
#include "waymark-sqlite.h"
#include "waymark-store-open-private.h"

/* How a plan file is opened, and why in this order:
 *
 * A file that is not a Waymark plan, or that is damaged, must be left
 * byte for byte as it was.  So before SQLite is allowed near an existing
 * file, its 100-byte header is read by hand: the SQLite magic, our
 * application_id and the schema version.  Only a file that claims to be a
 * Waymark plan of a version we understand is opened, and it is read
 * (integrity check) before anything is written to it.
 *
 * A new plan is built in a temporary file next to the final one and
 * linked into place only once it is complete, so a crash never leaves a
 * half-made plan behind, and an existing file is never replaced.
 */

#define SQLITE_HEADER_SIZE 100
#define BUSY_TIMEOUT_MS    5000
#define FULL_DISK_BYTES    (256 * 1024)  /* less than this free counts as full */

static char *
display_basename (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_filename_display_name (base);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
set_folder_read_only_error (GError     **error,
                            const char  *path)
{
  g_autofree char *name = display_basename (path);

  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_READ_ONLY,
               _("The folder that holds “%s” can't be written to, so Waymark could not "
                 "keep what you write there. Choose a folder you can write to."), name);
}

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *name = display_basename (path);

  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
               _("Waymark could not use “%s”: %s"), name, g_strerror (saved_errno));
}

/* Root passes every permission check, yet a person who marked a plan
 * read-only means it, so the mode bits count as well as access(). */
static gboolean
is_writable (const char        *path,
             const GStatBuf    *st)
{
  return (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && g_access (path, W_OK) == 0;
}

/* SQLite keeps no errno for a failed sync ("disk I/O error"), though a
 * full disk is the likeliest cause; the folder's free space tells. */
static gboolean
folder_is_full (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs st;

  if (statvfs (dir, &st) != 0)
    return FALSE;

  return (guint64) st.f_bavail * st.f_frsize < FULL_DISK_BYTES;
}

/**
 * waymark_store_set_disk_error:
 * @error: return location for an error
 * @path: the plan file
 * @db: the connection whose last call failed
 * @opening: whether the plan was being opened, rather than changed
 *
 * Sets @error to a message that says what to do when the disk is full or
 * failed to read or write.
 *
 * Returns: %TRUE if the failure was one of those and @error was set
 */
gboolean
waymark_store_set_disk_error (GError      **error,
                              const char   *path,
                              sqlite3      *db,
                              gboolean      opening)
{
  g_autofree char *name = display_basename (path);
  int rc = sqlite3_extended_errcode (db);
  int saved_errno = 0;
  const char *reason;

  if ((rc & 0xff) != SQLITE_FULL && (rc & 0xff) != SQLITE_IOERR && (rc & 0xff) != SQLITE_CANTOPEN)
    return FALSE;

  /* SQLite says "disk I/O error" when an fsync or its shared memory
   * finds no space left; the system's own error tells them apart. */
  saved_errno = sqlite3_system_errno (db);
  if ((rc & 0xff) == SQLITE_FULL || saved_errno == ENOSPC || saved_errno == EDQUOT ||
      ((rc & 0xff) == SQLITE_IOERR && saved_errno == 0 && folder_is_full (path)))
    {
      if (opening)
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_DISK_FULL,
                     _("The disk holding “%s” is full, so Waymark can't open the plan safely. "
                       "Free some space, then open it again. The plan has not been changed."),
                     name);
      else
        g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_DISK_FULL,
                             _("The disk holding your plan is full, so that change could not "
                               "be kept. Free some space, then try again — what you typed is "
                               "still here, and everything saved before is safe."));
      return TRUE;
    }

  if ((rc & 0xff) == SQLITE_CANTOPEN)
    return FALSE;

  reason = g_strerror (saved_errno != 0 ? saved_errno : EIO);
  if (opening)
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_IO,
                 _("Waymark could not read or write the disk holding “%s” (%s). The plan "
                   "has not been changed. Check that the disk is still connected, then open "
                   "the plan again."), name, reason);
  else
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_IO,
                 _("The disk holding your plan could not be written to (%s), so that change "
                   "could not be kept. What you typed is still here: try again. If it keeps "
                   "happening, check the disk, or keep a copy of the plan somewhere else."),
                 reason);
  return TRUE;
}

static gboolean
check_folder_writable (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (dir, &st) != 0)
    {
      set_errno_error (error, path, errno);
      return FALSE;
    }

  if (!is_writable (dir, &st))
    {
      set_folder_read_only_error (error, path);
      return FALSE;
    }

  return TRUE;
}

/* Looks at an existing file without SQLite, so nothing is written to a
 * file that is not ours. */
static gboolean
check_existing_file (const char  *path,
                     GError     **error)
{
  guint8 header[SQLITE_HEADER_SIZE];
  GStatBuf st;
  gssize n_read = 0;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_NOT_FOUND, path);
      else if (errno == EACCES)
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_PERMISSION, path);
      else
        set_errno_error (error, path, errno);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_NOT_A_FILE, path);
      return FALSE;
    }

  /* A protected plan's SQLite header is encrypted: SQLite checks it
   * once the key has opened it. */
  if (waymark_plan_is_protected (path))
    {
      if (!waymark_store_check_protection (path, error))
        return FALSE;
      if (!is_writable (path, &st))
        {
          waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, path);
          return FALSE;
        }
      return check_folder_writable (path, error);
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      if (errno == EACCES)
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_PERMISSION, path);
      else
        set_errno_error (error, path, errno);
      return FALSE;
    }

  while (n_read < SQLITE_HEADER_SIZE)
    {
      gssize n = read (fd, header + n_read, SQLITE_HEADER_SIZE - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      n_read += n;
    }
  g_close (fd, NULL);

  if (n_read < SQLITE_HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_NOT_A_PLAN, path);
      return FALSE;
    }

  if (read_be32 (header + 68) != WAYMARK_STORE_APPLICATION_ID)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_FOREIGN, path);
      return FALSE;
    }

  if (read_be32 (header + 60) > waymark_migrations_get_latest_version ())
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_TOO_NEW, path);
      return FALSE;
    }

  if (!is_writable (path, &st))
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, path);
      return FALSE;
    }

  return check_folder_writable (path, error);
}

/**
 * waymark_store_check_protection:
 * @path: a plan file
 *
 * For a protected plan: whether its header is whole and its key is
 * registered in this process (%WAYMARK_STORE_ERROR_PROTECTED if not).
 * A plain plan passes. Reads the header only.
 */
gboolean
waymark_store_check_protection (const char  *path,
                                GError     **error)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE];

  if (!waymark_plan_is_protected (path))
    return TRUE;
  if (!waymark_plan_key_read_header (path, header, error))
    return FALSE;
  waymark_crypt_vfs_ensure ();
  if (!waymark_crypt_vfs_has_key (header + 64))
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_PROTECTED, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
waymark_store_is_damage (int rc)
{
  /* A page of a protected plan that fails its check (waymark-crypt-vfs.c). */
  if (rc == SQLITE_IOERR_DATA)
    return TRUE;
  rc &= 0xff;
  return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB || rc == SQLITE_FORMAT;
}

/* Reads the whole file's structure; nothing is written. */
static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    {
      if (rc == SQLITE_ROW || waymark_store_is_damage (rc))
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
      else if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN)
        set_folder_read_only_error (error, path);
      else
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     _("Waymark could not read the plan: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

static sqlite3 *
open_database (const char  *path,
               GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  waymark_crypt_vfs_ensure ();
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      if (rc == SQLITE_AUTH)
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_PROTECTED, path);
      else if (waymark_store_is_damage (rc))
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
      else
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     _("Waymark could not open the plan: %s"),
                     db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db, TRUE);
  waymark_filesystem_prepare_connection (db);

  /* Closing the last connection would copy the write-ahead log into the
   * file. Until every check has passed, a refused open must change
   * nothing, so that waits (waymark_store_open_file () turns it back on). */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  return db;
}

static gboolean
configure_database (sqlite3  *db,
                    GError  **error)
{
  /* WAL on a local disk, a rollback journal on a network share
   * (waymark-filesystem.c). FULL: a change is on disk when the call that
   * made it returns. */
  /* Temporary tables and sorts stay in memory: for a protected plan
   * nothing may reach the disk in the clear. */
  return waymark_filesystem_set_journal_mode (db, error) &&
         waymark_sqlite_exec (db, "PRAGMA temp_store = MEMORY", error) &&
         waymark_sqlite_exec (db, "PRAGMA synchronous = FULL", error) &&
         waymark_sqlite_exec (db, "PRAGMA foreign_keys = ON", error);
}

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      g_close (fd, NULL);
    }
}

/* Builds a complete, empty plan in a temporary file beside @path and
 * links it into place; never replaces a file that is already there. */
static gboolean
create_plan_file (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp_path = NULL;
  g_autofree char *set_app_id = NULL;
  sqlite3 *db = NULL;
  gboolean linked;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
        set_folder_read_only_error (error, path);
      else
        {
          g_autofree char *display_dir = g_filename_display_name (dir);

          g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                       _("Waymark could not make the folder “%s” for the plan: %s"),
                       display_dir, g_strerror (saved_errno));
        }
      return FALSE;
    }

  if (!check_folder_writable (path, error))
    return FALSE;

  /* The writer's process id in the name lets the next start tell a
   * file a killed run left (waymark-store-leftovers.c). */
  tmp_path = g_strdup_printf ("%s.new-%d-XXXXXX", path, (int) getpid ());
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, path, errno);
      return FALSE;
    }
  g_close (fd, NULL);

  set_app_id = g_strdup_printf ("PRAGMA application_id = %d", WAYMARK_STORE_APPLICATION_ID);

  db = open_database (tmp_path, error);
  if (db == NULL ||
      !waymark_sqlite_exec (db, set_app_id, error) ||
      !configure_database (db, error) ||
      !waymark_migrations_apply (db, waymark_migrations_get_latest_version (), error))
    {
      sqlite3_close_v2 (db);
      remove_with_companions (tmp_path);
      return FALSE;
    }

  /* Closing the only connection checkpoints the WAL into the file. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  if (sqlite3_close (db) != SQLITE_OK)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not finish writing the new plan."));
      sqlite3_close_v2 (db);
      remove_with_companions (tmp_path);
      return FALSE;
    }

  linked = link (tmp_path, path) == 0;
  if (!linked && errno == EEXIST)
    {
      remove_with_companions (tmp_path);
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
      return FALSE;
    }

  if (linked)
    g_unlink (tmp_path);
  else if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Some file systems (FAT, some network shares) have no hard links. */
      remove_with_companions (tmp_path);
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
      return FALSE;
    }
  else if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      remove_with_companions (tmp_path);
      set_errno_error (error, path, saved_errno);
      return FALSE;
    }

  sync_folder (path);
  return TRUE;
}


/* Every check of an existing plan, in order; on failure the connection is
 * closed without a checkpoint, so the file is left as it was. */
sqlite3 *
waymark_store_open_checked (const char  *path,
                            GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gboolean had_wal, had_shm;
  GStatBuf st;
  sqlite3 *db;
  int app_id = 0;
  int version = 0;
  int rc = SQLITE_OK;

  if (!check_existing_file (path, error))
    return NULL;

  had_wal = g_lstat (wal, &st) == 0;
  had_shm = g_lstat (shm, &st) == 0;

  db = open_database (path, error);
  if (db == NULL)
    return NULL;

  if (sqlite3_db_readonly (db, "main") == 1)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, path);
      goto refused;
    }

  /* The header was read by hand; now ask SQLite, which also sees changes
   * still waiting in the write-ahead log. */
  if (!waymark_sqlite_query_int (db, "PRAGMA application_id", &app_id, &rc) ||
      !waymark_sqlite_query_int (db, "PRAGMA user_version", &version, &rc))
    {
      if (waymark_store_is_damage (rc))
        waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
      else if (!waymark_store_set_disk_error (error, path, db, TRUE))
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     _("Waymark could not read the plan: %s"), sqlite3_errmsg (db));
      goto refused;
    }

  if (app_id != WAYMARK_STORE_APPLICATION_ID)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_FOREIGN, path);
      goto refused;
    }

  if ((guint) version > waymark_migrations_get_latest_version ())
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_TOO_NEW, path);
      goto refused;
    }

  if (!check_integrity (db, path, error))
    goto refused;
  /* The check read the whole file through SQLite's page cache, which
   * keeps up to 2 MB of it for as long as the plan is open; what the
   * pages read next is a small part of it. A protected plan keeps them:
   * reading a page again means decrypting it again (waymark-crypt-vfs.c),
   * which would make opening it half as slow again as a plain one. */
  if (!waymark_crypt_vfs_is_protected (db))
    sqlite3_db_release_memory (db);

  if (!configure_database (db, error) ||
      !waymark_migrations_apply (db, waymark_migrations_get_latest_version (), error))
    goto refused;

  /* Every check passed: from now on closing may checkpoint again. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  return db;

refused:
  sqlite3_close_v2 (db);

  /* Without its checkpoint, closing leaves the empty log and index that
   * reading made; those alone are removed, so the folder is as it was. */
  if (!had_wal && g_lstat (wal, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0)
    g_unlink (wal);
  if (!had_shm && g_lstat (wal, &st) != 0)
    g_unlink (shm);
  return NULL;
}

/**
 * waymark_store_open_file:
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @notice: (out) (optional) (transfer full): set to what the person
 *   should hear about although the plan opened (files moved aside)
 * @error: a #WAYMARK_STORE_ERROR with a message for the person
 *
 * Returns: (transfer full) (nullable): the connection, configured and
 *   at the latest schema version
 */
sqlite3 *
waymark_store_open_file (const char            *path,
                         WaymarkStoreOpenMode   mode,
                         char                 **notice,
                         GError               **error)
{
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);

  if (exists && mode == WAYMARK_STORE_CREATE_NEW)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
      return NULL;
    }

  /* Nothing to open: the checks of the path say why. */
  if (!exists && mode == WAYMARK_STORE_OPEN_EXISTING)
    return waymark_store_open_checked (path, error);

  /* A protected plan without its key is not looked into at all: its
   * log can't be read, so it must not be judged either. */
  if (exists && !waymark_store_check_protection (path, error))
    return NULL;

  /* Waymark's own temporary files from a run that was killed, and
   * anything beside the plan that SQLite would otherwise apply to it. */
  waymark_store_remove_stale_temp_files (path);
  if (!waymark_store_check_leftovers (path, exists, notice, error))
    return NULL;

  if (!exists && !create_plan_file (path, error))
    return NULL;

  return waymark_store_open_checked (path, error);
}
