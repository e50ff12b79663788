/* waymark-backup.c: automatic, consistent copies of a plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include "waymark-atomic-file.h"
#include "waymark-backup.h"
#include "waymark-crypt-vfs.h"
#include "waymark-sample-plan.h"
#include "waymark-store-private.h"

/* A backup is a consistent copy of the plan made with SQLite's online
 * backup API from the connection the plan is open on: it holds the plan
 * as of one committed transaction, even while the window (or another
 * process, thanks to WAL) keeps writing. It is written through the
 * atomic writer (a temporary file beside it, renamed when whole, 0600)
 * and converted out of WAL mode, so each backup is one self-contained
 * file any SQLite can open.
 *
 * Where: $XDG_DATA_HOME/waymark/backups/<hash of the plan's path>/,
 * folders 0700; $WAYMARK_BACKUP_DIR replaces $XDG_DATA_HOME/waymark/backups
 * when the person (or a test) chose a place. A place nobody chose that is
 * synced to the cloud (Dropbox, Nextcloud, OneDrive, Google Drive,
 * ownCloud, Seafile…) or on a network file system is refused: a health
 * plan is not copied somewhere the person did not decide to put it.
 *
 * Names: "2026-03-01T091500Z.waymark" (UTC), with "-before-restore" for
 * the copy made just before a restore replaces the plan. Kept: the newest
 * of each of the last 7 days that have one, and of each of the last 4
 * weeks that have one (waymark_backup_select_pruned ()). */

G_DEFINE_QUARK (waymark-backup-error-quark, waymark_backup_error)

void
waymark_backup_info_free (WaymarkBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_clear_pointer (&info->time, g_date_time_unref);
  g_free (info->last_checkin);
  g_free (info);
}

/* Reading ------------------------------------------------------------------ */

/* A backup is never written in place (a new one is renamed over it), so
 * it is opened immutable: no -shm or -journal is made beside it. */
static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_NOT_A_BACKUP,
                   /* Translators: %s is a file name, then SQLite's reason. */
                   _("“%s” could not be read: %s"), name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
set_not_a_backup (GError     **error,
                  const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_NOT_A_BACKUP,
               /* Translators: %s is a file name. */
               _("“%s” is damaged or is not a Waymark plan, so it can’t be restored."), name);
}

/* What the backup holds, read from the file itself. */
static gboolean
read_contents (sqlite3           *db,
               WaymarkBackupInfo *info)
{
  gint64 app_id = 0, goals = 0, checkins = 0;

  if (!query_int (db, "PRAGMA application_id", &app_id) || app_id != WAYMARK_STORE_APPLICATION_ID ||
      !query_int (db, "SELECT count(*) FROM goal", &goals) ||
      !query_int (db, "SELECT count(*) FROM checkin", &checkins))
    return FALSE;

  info->n_goals = goals;
  info->n_checkins = checkins;
  info->last_checkin = query_text (db, "SELECT max(local_date) FROM checkin");
  return TRUE;
}

/**
 * waymark_backup_info_read:
 * @path: a backup file
 *
 * Returns: (transfer full) (nullable): what the backup holds; a file that
 *   is there but is not a readable plan gives an info with @readable
 *   FALSE; %NULL only when the file is not there at all
 */
WaymarkBackupInfo *
waymark_backup_info_read (const char  *path,
                          GError     **error)
{
  g_autoptr(WaymarkBackupInfo) info = g_new0 (WaymarkBackupInfo, 1);
  g_autofree char *base = g_path_get_basename (path);
  GStatBuf st;
  sqlite3 *db;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
      return NULL;
    }

  info->path = g_strdup (path);
  info->size = st.st_size;
  info->time = waymark_backup_parse_file_name (base, &info->before_restore);
  if (info->time == NULL)
    info->time = g_date_time_new_from_unix_utc (st.st_mtime);

  db = open_read_only (path, NULL);
  if (db != NULL)
    {
      info->readable = read_contents (db, info);
      sqlite3_close (db);
    }

  return g_steal_pointer (&info);
}

/* Writing ------------------------------------------------------------------ */

static void
set_sqlite_error (GError     **error,
                  const char  *path,
                  sqlite3     *db,
                  int          rc)
{
  int code = rc & 0xff;

  if (code == SQLITE_FULL)
    waymark_atomic_file_set_error (error, path, ENOSPC, NULL);
  else
    waymark_atomic_file_set_error (error, path, 0, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

/* Copies all of @src's main database into @dest, as one consistent
 * snapshot: a single step that holds a read transaction on @src for the
 * whole copy. A busy source (a checkpoint, another process's recovery)
 * is waited for a little. */
static int
copy_all (sqlite3 *dest,
          sqlite3 *src)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", src, "main");
  int rc, finish;

  if (backup == NULL)
    return sqlite3_errcode (dest);

  for (int attempt = 0;; attempt++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt >= 200)
        break;
      sqlite3_sleep (25);
    }

  finish = sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    rc = finish;

  return rc;
}

static gboolean
write_copy (WaymarkAtomicWriter  *writer,
            const char           *path,
            gpointer              user_data,
            GError              **error)
{
  sqlite3 *src = user_data;
  sqlite3 *dest = NULL;
  WaymarkCryptFileInfo info = { 0 };
  g_autofree char *dest_name = NULL;
  int rc;

  /* A copy of a protected plan is protected the same way, with the same
   * passphrase and recovery key; it is written with no journal file
   * (one would hold pages in the clear) and stays in WAL form. */
  waymark_crypt_vfs_ensure ();
  sqlite3_file_control (src, "main", WAYMARK_CRYPT_FCNTL_INFO, &info);
  dest_name = info.protected_ ? waymark_crypt_vfs_new_file_uri (writer->tmp_path, info.salt)
                              : g_strdup (writer->tmp_path);

  rc = sqlite3_open_v2 (dest_name, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK && info.protected_)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = MEMORY", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = copy_all (dest, src);
  /* One self-contained file: out of WAL if the plan was in it. */
  if (rc == SQLITE_OK && !info.protected_)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, dest, rc);
      sqlite3_close (dest);
      return FALSE;
    }

  rc = sqlite3_close (dest);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, path, NULL, rc);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_backup_copy_database:
 * @db: an open connection, not inside a transaction
 * @out_path: the copy to write; an existing file there is replaced whole
 *
 * Writes a consistent copy of @db's main database, atomically and 0600.
 *
 * Returns: whether @out_path holds the copy; on failure it is as it was
 */
gboolean
waymark_backup_copy_database (sqlite3     *db,
                              const char  *out_path,
                              GError     **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);

  /* A transaction this connection has open would be copied half-done. */
  if (!sqlite3_get_autocommit (db))
    {
      g_set_error_literal (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED,
                           _("The plan is being saved right now. Try again in a moment."));
      return FALSE;
    }

  return waymark_atomic_file_write (out_path, write_copy, db, error);
}

/**
 * waymark_store_backup:
 * @out_path: the copy to write
 *
 * Writes a consistent copy of the plan @store has open, even while it
 * or another process is writing to it.
 */
gboolean
waymark_store_backup (WaymarkStore  *store,
                      const char    *out_path,
                      GError       **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);

  return waymark_backup_copy_database (waymark_store_get_db (store), out_path, error);
}

/* Where backups go ---------------------------------------------------------- */

static char *
backups_root (gboolean *chosen)
{
  const char *dir = g_getenv ("WAYMARK_BACKUP_DIR");
  const char *data = g_getenv ("XDG_DATA_HOME");

  *chosen = dir != NULL && *dir != '\0';
  if (*chosen)
    return g_canonicalize_filename (dir, NULL);

  /* Read each time rather than g_get_user_data_dir ()'s first answer. */
  if (data == NULL || !g_path_is_absolute (data))
    return g_build_filename (g_get_home_dir (), ".local", "share", "waymark", "backups", NULL);
  return g_build_filename (data, "waymark", "backups", NULL);
}

/**
 * waymark_backup_folder_for_plan:
 * @plan_path: the plan file
 *
 * Returns: (transfer full): the folder holding @plan_path's backups,
 *   named after a hash of the plan's full path
 */
char *
waymark_backup_folder_for_plan (const char *plan_path)
{
  g_autofree char *real = realpath (plan_path, NULL);
  g_autofree char *canonical = g_canonicalize_filename (real ? real : plan_path, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *root = NULL;
  gboolean chosen;

  root = backups_root (&chosen);
  hash[16] = '\0';

  return g_build_filename (root, hash, NULL);
}

static const char * const synced_folders[] = {
  "dropbox", "nextcloud", "onedrive", "google drive", "googledrive", "owncloud", "seafile",
  "seadrive", "pcloud", "pcloud drive", "megasync", "mega", "box", "box sync", "icloud drive",
  "icloudrive", "synologydrive", "sync", "insync", "yandex.disk", "tresorit", "spideroak hive",
};

/* "Dropbox", "Dropbox (Personal)", "OneDrive - Contoso", "Nextcloud2". */
static const char *
synced_folder_name (const char *component)
{
  g_autofree char *lower = g_utf8_strdown (component, -1);

  for (guint i = 0; i < G_N_ELEMENTS (synced_folders); i++)
    {
      gsize length = strlen (synced_folders[i]);

      if (strncmp (lower, synced_folders[i], length) == 0 &&
          (lower[length] == '\0' || lower[length] == ' ' || lower[length] == '-' ||
           lower[length] == '(' || lower[length] == '_' || g_ascii_isdigit (lower[length])))
        return synced_folders[i];
    }

  return NULL;
}

/* File systems whose files live on another machine. */
static gboolean
is_network_file_system (const char *path)
{
  g_autofree char *dir = g_strdup (path);
  struct statfs fs;

  /* The nearest folder that exists already. */
  while (statfs (dir, &fs) != 0)
    {
      char *parent = g_path_get_dirname (dir);

      if (g_strcmp0 (parent, dir) == 0)
        {
          g_free (parent);
          return FALSE;
        }
      g_free (dir);
      dir = parent;
    }

  switch ((unsigned long) fs.f_type)
    {
    case 0x6969UL:      /* NFS */
    case 0x517BUL:      /* SMB */
    case 0xFF534D42UL:  /* CIFS */
    case 0xFE534D42UL:  /* SMB2 */
    case 0x65735546UL:  /* FUSE: sshfs, rclone, gvfs… */
    case 0x5346414FUL:  /* AFS */
    case 0x73757245UL:  /* Coda */
    case 0x00C36400UL:  /* Ceph */
    case 0x01021997UL:  /* 9P */
    case 0x564CUL:      /* NCP */
    case 0x0BD00BD0UL:  /* Lustre */
    case 0x01161970UL:  /* GFS2 */
    case 0x7461636FUL:  /* OCFS2 */
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * waymark_backup_check_location:
 * @folder: a backups folder, from waymark_backup_folder_for_plan ()
 *
 * Refuses a folder nobody chose (not $WAYMARK_BACKUP_DIR) that is inside
 * a cloud-synced folder or on a network file system.
 *
 * Returns: whether backups may be written there
 */
gboolean
waymark_backup_check_location (const char  *folder,
                               GError     **error)
{
  g_auto(GStrv) components = NULL;
  gboolean chosen;
  g_autofree char *root = backups_root (&chosen);
  g_autofree char *display = NULL;

  if (chosen)
    return TRUE;

  display = g_filename_display_name (folder);
  components = g_strsplit (folder, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; components[i] != NULL; i++)
    {
      const char *synced = synced_folder_name (components[i]);
      g_autofree char *component = NULL;

      if (synced == NULL)
        continue;

      component = g_filename_display_name (components[i]);
      g_set_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_SHARED_LOCATION,
                   /* Translators: the first %s is a folder, the second a folder name such as "Dropbox". */
                   _("Automatic backups are off: they would go to “%s”, inside “%s”, which is synced to "
                     "other computers. Your plan is not copied there without you choosing it."),
                   display, component);
      return FALSE;
    }

  if (is_network_file_system (folder))
    {
      g_set_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_SHARED_LOCATION,
                   /* Translators: %s is a folder. */
                   _("Automatic backups are off: they would go to “%s”, which is on a network drive. "
                     "Your plan is not copied there without you choosing it."),
                   display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ensure_folder (const char  *folder,
               GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (folder);
  gboolean chosen;
  g_autofree char *root = backups_root (&chosen);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED,
                   /* Translators: %s is a folder, then why it failed. */
                   _("Waymark could not make the backups folder “%s”: %s"),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  /* Only the person can list their backups, whatever the umask made;
   * a folder the person chose ($WAYMARK_BACKUP_DIR) keeps its own mode. */
  g_chmod (folder, 0700);
  if (!chosen)
    g_chmod (parent, 0700);
  return TRUE;
}

/* Making and restoring -------------------------------------------------------- */

/**
 * waymark_backup_make:
 * @now: the time the backup is named after
 * @before_restore: the copy made just before a restore replaces the plan
 *
 * Returns: (transfer full) (nullable): the new backup's path
 */
char *
waymark_backup_make (WaymarkStore  *store,
                     GDateTime     *now,
                     gboolean       before_restore,
                     GError       **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  /* The sample plan goes when it is closed, and leaves nothing behind. */
  if (waymark_sample_plan_is_sample (waymark_store_get_path (store)))
    {
      g_set_error_literal (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED,
                           _("The sample plan is not backed up: nothing changed in it is kept."));
      return NULL;
    }

  folder = waymark_backup_folder_for_plan (waymark_store_get_path (store));
  if (!waymark_backup_check_location (folder, error) || !ensure_folder (folder, error))
    return NULL;

  name = waymark_backup_file_name (now, before_restore);
  path = g_build_filename (folder, name, NULL);
  if (!waymark_store_backup (store, path, error))
    return NULL;

  return g_steal_pointer (&path);
}

/**
 * waymark_backup_run_if_due:
 * @now: the time now
 *
 * Makes a backup when the newest is older than a day (or there is none),
 * then removes those the rule no longer keeps.
 *
 * Returns: (transfer full) (nullable): the new backup's path; %NULL with
 *   no error when none was due
 */
char *
waymark_backup_run_if_due (WaymarkStore  *store,
                           GDateTime     *now,
                           GError       **error)
{
  g_autofree char *folder = NULL;
  g_autoptr(GDateTime) newest = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  char *path;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  if (waymark_sample_plan_is_sample (waymark_store_get_path (store)))
    return NULL;

  folder = waymark_backup_folder_for_plan (waymark_store_get_path (store));
  newest = waymark_backup_newest_time (folder);
  if (newest != NULL && g_date_time_difference (now, newest) < WAYMARK_BACKUP_INTERVAL &&
      g_date_time_compare (newest, now) <= 0)
    return NULL;

  path = waymark_backup_make (store, now, FALSE, error);
  if (path != NULL)
    {
      zone = g_time_zone_new_local ();
      waymark_backup_prune (folder, zone);
    }

  return path;
}

/* Opens @backup_path and checks it is a whole Waymark plan. */
static sqlite3 *
open_backup_checked (const char  *backup_path,
                     GError     **error)
{
  g_autoptr(WaymarkBackupInfo) info = g_new0 (WaymarkBackupInfo, 1);
  g_autofree char *check = NULL;
  sqlite3 *db;

  db = open_read_only (backup_path, error);
  if (db == NULL)
    return NULL;

  check = query_text (db, "PRAGMA quick_check");
  if (!read_contents (db, info) || g_strcmp0 (check, "ok") != 0)
    {
      sqlite3_close (db);
      set_not_a_backup (error, backup_path);
      return NULL;
    }

  return db;
}

/**
 * waymark_backup_restore_to_file:
 * @backup_path: a backup
 * @out_path: the new plan file; an existing file there is replaced whole
 *
 * Returns: whether @out_path holds the backup's plan
 */
gboolean
waymark_backup_restore_to_file (const char  *backup_path,
                                const char  *out_path,
                                GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  db = open_backup_checked (backup_path, error);
  if (db == NULL)
    return FALSE;

  ok = waymark_backup_copy_database (db, out_path, error);
  sqlite3_close (db);
  return ok;
}

/* The plan's identity (migration 0004, waymark-store-leftovers.c): a
 * plan from before it has none, and none is written. */
static void
read_identity (sqlite3  *db,
               char    **plan_id,
               gint64   *generation)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT plan_id, generation FROM plan_identity WHERE id = 1",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_text (stmt, 0) != NULL)
    {
      *plan_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *generation = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
}

static void
write_identity (sqlite3    *db,
                const char *plan_id,
                gint64      generation)
{
  sqlite3_stmt *stmt = NULL;

  /* A backup from before identities has no table yet: the reopen that
   * follows migrates it and gives it one. */
  if (sqlite3_prepare_v2 (db, "UPDATE plan_identity SET plan_id = ?1, generation = ?2 WHERE id = 1",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, generation);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_warning ("Could not keep the plan's identity after a restore: %s", sqlite3_errmsg (db));
    }
  sqlite3_finalize (stmt);
}

/**
 * waymark_backup_restore_into_store:
 * @store: the open plan, to be replaced by the backup
 * @backup_path: a backup
 * @saved_first: (out) (optional) (transfer full): the backup of the plan
 *   as it was, made before anything was replaced
 *
 * Backs up the plan as it is, then replaces its whole contents with the
 * backup's in one transaction through the open connection, so every
 * other reader (WAL) sees the old plan or the restored one, never a mix.
 * The caller reopens the plan afterwards, as every record has changed.
 *
 * Returns: whether the plan now holds the backup's contents; on failure
 *   it is as it was
 */
gboolean
waymark_backup_restore_into_store (WaymarkStore  *store,
                                   const char    *backup_path,
                                   char         **saved_first,
                                   GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = NULL;
  g_autofree char *plan_id = NULL;
  gint64 generation = 0;
  sqlite3 *src, *dest;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);

  dest = waymark_store_get_db (store);
  if (!sqlite3_get_autocommit (dest))
    {
      g_set_error_literal (error, WAYMARK_BACKUP_ERROR, WAYMARK_BACKUP_ERROR_FAILED,
                           _("The plan is being saved right now. Try again in a moment."));
      return FALSE;
    }

  src = open_backup_checked (backup_path, error);
  if (src == NULL)
    return FALSE;

  /* Never replace the plan without a copy of it as it was. */
  saved = waymark_backup_make (store, now, TRUE, error);
  if (saved == NULL)
    {
      sqlite3_close (src);
      return FALSE;
    }

  read_identity (dest, &plan_id, &generation);

  rc = copy_all (dest, src);
  sqlite3_close (src);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, waymark_store_get_path (store), dest, rc);
      return FALSE;
    }

  /* The restored pages carry the backup's identity, an older generation
   * than the plan's own: a crash before the caller reopens would leave a
   * log that looks like someone else's and is moved aside at the next
   * open. The plan keeps its own id and moves one generation on. */
  if (plan_id != NULL)
    write_identity (dest, plan_id, generation + 1);

  if (saved_first != NULL)
    *saved_first = g_steal_pointer (&saved);
  return TRUE;
}

/**
 * waymark_backup_plan_file:
 * @plan_path: a plan, perhaps open in a window or another process
 * @out_path: where the copy goes; replaced whole or left as it was
 *
 * What `waymark --data-file=PLAN --backup=OUT` does: opens the plan as
 * any open does (with every check of a plan file) and writes a
 * consistent copy of it. WAL lets this read the last committed state
 * while another connection is in the middle of writing.
 *
 * Returns: whether @out_path holds the copy
 */
gboolean
waymark_backup_plan_file (const char  *plan_path,
                          const char  *out_path,
                          GError     **error)
{
  g_autoptr(WaymarkStore) store = NULL;
  gboolean ok;

  g_return_val_if_fail (plan_path != NULL && out_path != NULL, FALSE);

  /* Read-only: a plan open in a window (which holds its lock) is copied
   * as it is, and the copy keeps nobody from opening it meanwhile. */
  store = waymark_store_open_full (plan_path, WAYMARK_STORE_OPEN_EXISTING,
                                   WAYMARK_PLAN_LOCK_READ_ONLY, error);
  if (store == NULL)
    return FALSE;

  ok = waymark_store_backup (store, out_path, error);
  waymark_store_close (store);
  return ok;
}
