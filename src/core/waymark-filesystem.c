/* waymark-filesystem.c: what kind of file system a plan lives on
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-filesystem"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <sys/vfs.h>

#include "waymark-crypt-vfs.h"
#include "waymark-filesystem.h"
#include "waymark-store-error.h"

/* SQLite's write-ahead log keeps its index in shared memory (the -shm
 * file, mapped by every process that has the plan open). That only works
 * when all of them run on one computer: on a network share two
 * workstations each map their own copy and the plan is damaged. There the
 * plan uses a rollback journal, and SQLite keeps its file lock for as
 * long as the plan is open (locking_mode=EXCLUSIVE), so a second
 * workstation waits instead of writing at the same time.
 *
 * The magic numbers are those of linux/magic.h and the file systems'
 * own headers; statfs reports them in f_type. */

typedef struct {
  guint32     magic;
  const char *name;
} NetworkFilesystem;

static const NetworkFilesystem network_filesystems[] = {
  { 0x6969,     "nfs" },
  { 0x517B,     "smb" },
  { 0xFE534D42, "smb2" },
  { 0xFF534D42, "cifs" },
  { 0x65735546, "fuse" },      /* sshfs, gvfs, rclone, virtiofs, … */
  { 0x01021997, "9p" },
  { 0x564C,     "ncp" },
  { 0x73757245, "coda" },
  { 0x5346414F, "afs" },
  { 0x6B414653, "kafs" },
  { 0x00C36400, "ceph" },
  { 0x0BD00BD0, "lustre" },
  { 0x01161970, "gfs2" },
  { 0x7461636F, "ocfs2" },
};

/* Only the test suite sets this, to try the network path on a local disk. */
#define TEST_FS_TYPE_ENV "WAYMARK_TEST_FS_TYPE"

/**
 * waymark_filesystem_type_is_network:
 * @f_type: a file system magic number, as statfs's f_type
 *
 * Returns: whether a plan on such a file system may be opened by other
 *   computers, so that the write-ahead log can't be used safely
 */
gboolean
waymark_filesystem_type_is_network (guint64 f_type)
{
  return waymark_filesystem_type_name (f_type) != NULL;
}

/**
 * waymark_filesystem_type_name:
 * @f_type: a file system magic number
 *
 * Returns: (nullable): a short name such as "nfs" for a network file
 *   system, %NULL for any other
 */
const char *
waymark_filesystem_type_name (guint64 f_type)
{
  /* f_type is a signed long: on 32-bit systems the SMB2 and CIFS magics
   * come out negative, so compare the low 32 bits only. */
  guint32 magic = (guint32) f_type;

  for (guint i = 0; i < G_N_ELEMENTS (network_filesystems); i++)
    if (network_filesystems[i].magic == magic)
      return network_filesystems[i].name;

  return NULL;
}

/**
 * waymark_filesystem_get_type:
 * @path: a file, or a file about to be made (then its folder is asked)
 * @f_type: (out): the file system's magic number
 *
 * Returns: %FALSE if neither @path nor its folder could be asked
 */
gboolean
waymark_filesystem_get_type (const char *path,
                             guint64    *f_type)
{
  const char *forced = g_getenv (TEST_FS_TYPE_ENV);
  struct statfs sfs;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (f_type != NULL, FALSE);

  if (forced != NULL && *forced != '\0')
    {
      *f_type = g_ascii_strtoull (forced, NULL, 0);
      return TRUE;
    }

  if (statfs (path, &sfs) != 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (statfs (dir, &sfs) != 0)
        return FALSE;
    }

  *f_type = (guint64) (gulong) sfs.f_type;
  return TRUE;
}

/**
 * waymark_filesystem_is_network:
 * @path: a plan file, or one about to be made
 *
 * Returns: whether @path is on a network (or FUSE) file system
 */
gboolean
waymark_filesystem_is_network (const char *path)
{
  guint64 f_type = 0;

  return waymark_filesystem_get_type (path, &f_type) &&
         waymark_filesystem_type_is_network (f_type);
}

static const char *
db_path (sqlite3 *db)
{
  const char *path = sqlite3_db_filename (db, "main");

  return path != NULL && *path != '\0' ? path : NULL;
}

/**
 * waymark_filesystem_prepare_connection:
 * @db: a connection just opened, before anything is read
 *
 * On a network file system, keeps SQLite's lock for as long as the plan
 * is open; then even reading a plan that still has a write-ahead log
 * uses no shared memory.
 */
void
waymark_filesystem_prepare_connection (sqlite3 *db)
{
  const char *path = db_path (db);

  if (path != NULL && waymark_filesystem_is_network (path))
    sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE", NULL, NULL, NULL);
}

static gboolean
set_pragma (sqlite3     *db,
            const char  *sql,
            const char  *expected)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), expected) == 0;
  sqlite3_finalize (stmt);

  return ok;
}

/**
 * waymark_filesystem_set_journal_mode:
 * @db: an open plan
 * @error: return location for an error
 *
 * The write-ahead log on a local disk; a rollback journal with the lock
 * kept (locking_mode=EXCLUSIVE) on a network or FUSE file system.
 */
gboolean
waymark_filesystem_set_journal_mode (sqlite3  *db,
                                     GError  **error)
{
  const char *path = db_path (db);
  gboolean network = path != NULL && waymark_filesystem_is_network (path);
  gboolean ok;

  /* A protected plan keeps the write-ahead log even there, with the
   * lock kept so that it needs no shared memory: a rollback journal
   * would hold its pages in the clear (waymark-crypt-vfs.c). */
  if (network && waymark_crypt_vfs_is_protected (db))
    ok = set_pragma (db, "PRAGMA locking_mode = EXCLUSIVE", "exclusive") &&
         set_pragma (db, "PRAGMA journal_mode = WAL", "wal");
  else if (network)
    ok = set_pragma (db, "PRAGMA locking_mode = EXCLUSIVE", "exclusive") &&
         set_pragma (db, "PRAGMA journal_mode = DELETE", "delete");
  else
    ok = set_pragma (db, "PRAGMA journal_mode = WAL", "wal");

  if (!ok)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not prepare the plan for safe writing: %s"),
                   sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}
