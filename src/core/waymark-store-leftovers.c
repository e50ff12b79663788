/* waymark-store-leftovers.c: what lies beside a plan file
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
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "waymark-atomic-file.h"
#include "waymark-crypt-vfs.h"
#include "waymark-migrations.h"
#include "waymark-plan-key.h"
#include "waymark-store-open-private.h"

/* SQLite applies a write-ahead log (plan.waymark-wal) or a hot rollback
 * journal (plan.waymark-journal) it finds beside a database to it, and
 * knows no way to tell whether that file was written for this database.
 * One left by another program, by another person's plan or by a copy of
 * this one would replace the plan's pages with its own.
 *
 * So before SQLite opens a plan, a log beside it is tried on a private
 * copy of the plan: the copy, with the log applied, must still be a
 * healthy Waymark plan with the same identity (plan_identity, which
 * every transaction writes, so every log Waymark writes carries it) and
 * the generation such a log leads to: no older than the plan's own for
 * a WAL, the one before (or the same) for a rollback journal. A log that fails is moved
 * aside, never deleted, and the person is told. A log that a running
 * connection holds is that connection's own and is left alone.
 *
 * Waymark's own temporary files beside the plan (a new plan being built,
 * PLAN.new-PID-XXXXXX; the atomic writer's NAME.new-XXXXXX) left by a run
 * that was killed are removed. */

#define STALE_TEMP_AGE_S   (5 * 60)
#define WAL_HEADER_SIZE    32
#define WAL_MAGIC          0x377f0682
#define WAL_MAGIC_BIG      0x377f0683
#define SQLITE_LOCK_BYTES  0x40000000  /* SQLite's PENDING byte; its locks follow */
#define SQLITE_LOCK_SPAN   512
#define SHM_DMS_BYTE       128         /* every WAL connection holds a read lock here */

static const char * const temp_companions[] = { "", "-wal", "-shm", "-journal" };

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

/* Files open in this process: a POSIX lock is dropped when any file
 * descriptor of the file is closed, so a plan open here is never opened
 * and closed again behind SQLite's back. */
static GMutex open_files_lock;
static GHashTable *open_files;

static char *
file_key (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          (guint64) st.st_dev, (guint64) st.st_ino);
}

/**
 * waymark_store_claim_file:
 * @path: a plan file that was just opened
 *
 * Returns: (transfer full) (nullable): a key for waymark_store_release_file ()
 */
char *
waymark_store_claim_file (const char *path)
{
  char *key = file_key (path);

  if (key == NULL)
    return NULL;

  g_mutex_lock (&open_files_lock);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (open_files, g_strdup (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (open_files, key)) + 1));
  g_mutex_unlock (&open_files_lock);

  return key;
}

/* Takes @key. */
void
waymark_store_release_file (char *key)
{
  guint count;

  if (key == NULL)
    return;

  g_mutex_lock (&open_files_lock);
  count = open_files ? GPOINTER_TO_UINT (g_hash_table_lookup (open_files, key)) : 0;
  if (count > 1)
    g_hash_table_insert (open_files, g_strdup (key), GUINT_TO_POINTER (count - 1));
  else if (count == 1)
    g_hash_table_remove (open_files, key);
  g_mutex_unlock (&open_files_lock);

  g_free (key);
}

static gboolean
is_open_here (const char *path)
{
  g_autofree char *key = file_key (path);
  gboolean found;

  if (key == NULL)
    return FALSE;

  g_mutex_lock (&open_files_lock);
  found = open_files != NULL && g_hash_table_contains (open_files, key);
  g_mutex_unlock (&open_files_lock);

  return found;
}

/* Whether another process holds a lock on @start … @start+@len of @path,
 * without taking one. */
static gboolean
is_locked (const char *path,
           off_t       start,
           off_t       len)
{
  struct flock fl = { 0 };
  gboolean locked = FALSE;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0);

  if (fd < 0)
    return FALSE;

  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = start;
  fl.l_len = len;
  if (fcntl (fd, F_GETLK, &fl) == 0)
    locked = fl.l_type != F_UNLCK;
  g_close (fd, NULL);

  return locked;
}

/* A running connection to @path, in any process: it holds its log. */
static gboolean
is_in_use (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return is_open_here (path) ||
         is_locked (shm, SHM_DMS_BYTE, 1) ||
         is_locked (path, SQLITE_LOCK_BYTES, SQLITE_LOCK_SPAN);
}

/* Leftover temporary files ------------------------------------------- */

static gboolean
is_temp_letter (char c)
{
  return g_ascii_isalnum (c);
}

/* PLAN.new-XXXXXX or PLAN.new-PID-XXXXXX, with an SQLite companion
 * suffix or none; sets @pid to the writer's process, or 0. */
static gboolean
is_own_temp_name (const char *plan_base,
                  const char *name,
                  pid_t      *pid)
{
  g_autofree char *prefix = g_strconcat (plan_base, ".new-", NULL);
  g_autofree char *rest = NULL;
  gsize len;

  *pid = 0;
  if (!g_str_has_prefix (name, prefix))
    return FALSE;

  rest = g_strdup (name + strlen (prefix));
  for (guint i = 1; i < G_N_ELEMENTS (temp_companions); i++)
    if (g_str_has_suffix (rest, temp_companions[i]))
      {
        rest[strlen (rest) - strlen (temp_companions[i])] = '\0';
        break;
      }

  len = strlen (rest);
  if (len < 6)
    return FALSE;
  for (gsize i = len - 6; i < len; i++)
    if (!is_temp_letter (rest[i]))
      return FALSE;

  if (len == 6)
    return TRUE;

  /* PID- before the six letters */
  if (len < 8 || rest[len - 7] != '-')
    return FALSE;
  rest[len - 7] = '\0';
  for (const char *p = rest; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  *pid = (pid_t) g_ascii_strtoll (rest, NULL, 10);

  return *pid > 0;
}

static gboolean
process_is_gone (pid_t pid)
{
  return pid > 0 && pid != getpid () && kill (pid, 0) != 0 && errno == ESRCH;
}

/**
 * waymark_store_remove_stale_temp_files:
 * @path: a plan file
 *
 * Removes Waymark's own temporary files beside @path that a killed run
 * left: those older than a few minutes, or whose writer has gone and
 * that nothing holds open. Nothing else is touched.
 */
void
waymark_store_remove_stale_temp_files (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *plan_base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = NULL;
      GStatBuf st;
      pid_t pid;

      if (!is_own_temp_name (plan_base, name, &pid))
        continue;

      file = g_build_filename (dir_path, name, NULL);
      if (g_lstat (file, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      if (now - (gint64) st.st_mtime < STALE_TEMP_AGE_S &&
          !(process_is_gone (pid) && !is_locked (file, 0, 0)))
        continue;

      if (g_unlink (file) == 0)
        g_debug ("Removed the leftover temporary file %s", file);
    }

  /* And what the atomic writer left beside it (exports, copies). */
  waymark_atomic_file_remove_leftovers (dir_path);
}

/* Write-ahead logs and journals -------------------------------------- */

typedef struct {
  gboolean  readable;
  gboolean  healthy;
  int       app_id;
  int       version;
  char     *plan_id;    /* NULL: a plan from before schema 4 */
  gint64    generation;
} PlanState;

static void
plan_state_clear (PlanState *state)
{
  g_clear_pointer (&state->plan_id, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanState, plan_state_clear)

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           int        *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);

  return ok;
}

/* Reads a private copy: what a plan with its log applied holds. */
static void
read_plan_state (const char *copy,
                 gboolean    check,
                 PlanState  *state)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  memset (state, 0, sizeof *state);

  if (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      return;
    }
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  state->readable = query_int (db, "PRAGMA application_id", &state->app_id) &&
                    query_int (db, "PRAGMA user_version", &state->version);

  if (state->readable &&
      sqlite3_prepare_v2 (db, "SELECT plan_id, generation FROM plan_identity WHERE id = 1",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      state->plan_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      state->generation = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (state->readable && check &&
      sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    state->healthy = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  sqlite3_close_v2 (db);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);

  return g_file_copy (source, destination, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

static void
remove_companions (const char *copy)
{
  for (guint i = 0; i < G_N_ELEMENTS (temp_companions); i++)
    {
      g_autofree char *file = g_strconcat (copy, temp_companions[i], NULL);
      g_unlink (file);
    }
}

/* The page size a WAL header names, or 0 if it is no WAL at all. */
static guint32
wal_page_size (const char *log)
{
  guint8 header[WAL_HEADER_SIZE];
  gssize n_read = 0;
  guint32 magic;
  int fd = g_open (log, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0);

  if (fd < 0)
    return 0;
  while (n_read < WAL_HEADER_SIZE)
    {
      gssize n = read (fd, header + n_read, WAL_HEADER_SIZE - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      n_read += n;
    }
  g_close (fd, NULL);

  if (n_read < WAL_HEADER_SIZE)
    return 0;
  magic = read_be32 (header);
  if (magic != WAL_MAGIC && magic != WAL_MAGIC_BIG)
    return 0;

  return read_be32 (header + 8);
}

static guint32
db_page_size (const char *path)
{
  guint8 header[18];
  gssize n = 0;
  guint32 size;
  int fd;

  /* A protected plan's pages are all of one size, its header encrypted. */
  if (waymark_plan_is_protected (path))
    return WAYMARK_CRYPT_PAGE_SIZE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);

  if (fd < 0)
    return 0;
  n = read (fd, header, sizeof header);
  g_close (fd, NULL);
  if (n != sizeof header)
    return 0;

  size = ((guint32) header[16] << 8) | header[17];
  return size == 1 ? 65536 : size;
}

/* Whether the log @log (suffix @suffix) beside @path was written for it:
 * tried on a private copy, so the plan itself is not touched. Sets
 * @error only when it could not be checked. */
static gboolean
log_belongs (const char  *path,
             const char  *log,
             const char  *suffix,
             gboolean    *belongs,
             GError     **error)
{
  g_autofree char *tmp_dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copy_log = NULL;
  g_auto(PlanState) before = { 0 };
  g_auto(PlanState) after = { 0 };
  gboolean copied;
  gboolean newer_ok;

  *belongs = FALSE;

  /* A WAL for pages of another size is never this plan's. */
  if (g_str_equal (suffix, "-wal") && wal_page_size (log) != db_page_size (path))
    return TRUE;

  tmp_dir = g_dir_make_tmp ("waymark-check-XXXXXX", error);
  if (tmp_dir == NULL)
    return FALSE;

  copy = g_build_filename (tmp_dir, "plan.waymark", NULL);
  copy_log = g_strconcat (copy, suffix, NULL);

  copied = copy_file (path, copy, error);
  if (copied)
    {
      read_plan_state (copy, FALSE, &before);
      remove_companions (copy);
      copy_file (path, copy, NULL);
      copied = copy_file (log, copy_log, error);
    }
  if (copied)
    read_plan_state (copy, TRUE, &after);

  remove_companions (copy);
  g_rmdir (tmp_dir);
  if (!copied)
    return FALSE;

  /* A WAL carries later transactions: its generation is no older. A
   * rollback journal holds the pages as they were before the one
   * transaction that was cut short: one generation back, or the same if
   * the identity had not reached the file yet. */
  if (g_str_equal (suffix, "-wal"))
    newer_ok = after.generation >= before.generation;
  else
    newer_ok = after.generation == before.generation ||
               after.generation == before.generation - 1;

  *belongs = after.readable && after.healthy &&
             after.app_id == WAYMARK_STORE_APPLICATION_ID &&
             after.version >= 1 &&
             (guint) after.version <= waymark_migrations_get_latest_version () &&
             (before.plan_id == NULL ||
              (g_strcmp0 (before.plan_id, after.plan_id) == 0 && newer_ok));

  g_debug ("%s beside %s: %s (plan %s/%s, generation %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT ")",
           suffix, path, *belongs ? "belongs" : "stray",
           before.plan_id, after.plan_id, before.generation, after.generation);

  return TRUE;
}

/* Moves @file to @file.stray-STAMP without replacing anything. */
static char *
move_aside (const char  *file,
            const char  *stamp,
            GError     **error)
{
  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *target = n == 1 ? g_strdup_printf ("%s.stray-%s", file, stamp)
                                       : g_strdup_printf ("%s.stray-%s-%u", file, stamp, n);

      if (link (file, target) == 0)
        {
          g_unlink (file);
          return g_steal_pointer (&target);
        }
      if (errno == EEXIST)
        continue;

      /* No hard links here (FAT, some shares): rename where nothing is. */
      if (!g_file_test (target, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        {
          if (g_rename (file, target) == 0)
            return g_steal_pointer (&target);
          break;
        }
    }

  {
    int saved_errno = errno;
    g_autofree char *name = display_basename (file);

    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                 _("Waymark found “%s” beside the plan. It does not belong to the plan, and "
                   "it could not be moved aside (%s), so the plan has not been opened and "
                   "nothing was changed. Move that file to another folder, then open the "
                   "plan again."), name, g_strerror (saved_errno));
  }
  return NULL;
}

static void
add_notice (char       **notice,
            const char  *text)
{
  char *joined;

  if (notice == NULL)
    return;

  joined = *notice ? g_strconcat (*notice, "\n\n", text, NULL) : g_strdup (text);
  g_free (*notice);
  *notice = joined;
}

/**
 * waymark_store_check_leftovers:
 * @path: a plan file
 * @plan_exists: whether @path exists (else a new plan is to be made)
 * @notice: (inout) (optional): gets what the person should be told
 * @error: set when a file beside the plan could not be checked or moved
 *
 * Makes sure SQLite will apply no log to @path that was not written for
 * it: a log that belongs to another plan, to another program or to no
 * plan is moved aside, and @notice says so.
 *
 * Returns: %FALSE if the plan must not be opened
 */
gboolean
waymark_store_check_leftovers (const char  *path,
                               gboolean     plan_exists,
                               char       **notice,
                               GError     **error)
{
  static const char * const logs[] = { "-wal", "-journal" };
  g_autofree char *stamp = NULL;
  GStatBuf plan_st;

  /* Not a file SQLite will be let near (a folder, a pipe): the open
   * itself says why, and nothing beside it is touched. */
  if (plan_exists && (g_stat (path, &plan_st) != 0 || !S_ISREG (plan_st.st_mode)))
    return TRUE;

  if (plan_exists && is_in_use (path))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      g_autofree char *log = g_strconcat (path, logs[i], NULL);
      g_autofree char *moved = NULL;
      g_autofree char *log_name = NULL;
      g_autofree char *moved_name = NULL;
      g_autofree char *message = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean belongs = FALSE;
      GStatBuf st;

      if (g_lstat (log, &st) != 0)
        continue;

      /* An empty log holds nothing to apply. */
      if (S_ISREG (st.st_mode) && st.st_size == 0)
        continue;

      if (plan_exists && S_ISREG (st.st_mode) &&
          !log_belongs (path, log, logs[i], &belongs, &local_error))
        {
          g_autofree char *name = display_basename (log);

          g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                       _("Waymark found “%s” beside the plan and could not check whether it "
                         "belongs to it (%s), so the plan has not been opened and nothing was "
                         "changed."), name, local_error->message);
          return FALSE;
        }
      if (belongs)
        continue;

      if (stamp == NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
        }

      moved = move_aside (log, stamp, error);
      if (moved == NULL)
        return FALSE;

      /* The shared memory indexes the log that went; it goes with it. */
      if (g_str_equal (logs[i], "-wal"))
        {
          g_autofree char *shm = g_strconcat (path, "-shm", NULL);
          g_autofree char *moved_shm = NULL;

          if (g_file_test (shm, G_FILE_TEST_EXISTS) &&
              (moved_shm = move_aside (shm, stamp, error)) == NULL)
            return FALSE;
        }

      log_name = display_basename (log);
      moved_name = display_basename (moved);
      if (plan_exists)
        {
          g_autofree char *plan_name = display_basename (path);

          message = g_strdup_printf (_("Waymark found “%s” beside your plan “%s”. It holds "
                                       "changes written for another plan or by another "
                                       "program, so Waymark did not apply them: your plan "
                                       "opened as it was last saved. The file was moved aside "
                                       "to “%s”; nothing was deleted."),
                                     log_name, plan_name, moved_name);
        }
      else
        {
          g_autofree char *plan_name = display_basename (path);

          message = g_strdup_printf (_("Waymark found “%s”, left over from another plan, "
                                       "where the new plan “%s” was to be made. Waymark did "
                                       "not use it, so the new plan starts empty. The file "
                                       "was moved aside to “%s”; nothing was deleted."),
                                     log_name, plan_name, moved_name);
        }

      add_notice (notice, message);
    }

  return TRUE;
}
