/* waymark-store.c: one person's plan file, kept in SQLite
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
#include <unistd.h>

#include "waymark-migrations.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"

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

struct _WaymarkStore
{
  GObject parent_instance;

  /* Owned */
  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  GHashTable *sql_texts;    /* generated SQL, owned, kept as long as its statement */
  guint       depth;        /* transactions open; the inner ones are savepoints */
  GPtrArray  *pending;      /* kinds changed inside the open transaction, each once */
};

G_DEFINE_FINAL_TYPE (WaymarkStore, waymark_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (waymark-store-error-quark, waymark_store_error)

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
set_file_error (GError     **error,
                int          code,
                const char  *path)
{
  g_autofree char *name = display_basename (path);

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

    default:
      g_assert_not_reached ();
    }
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
        set_file_error (error, WAYMARK_STORE_ERROR_NOT_FOUND, path);
      else if (errno == EACCES)
        set_file_error (error, WAYMARK_STORE_ERROR_PERMISSION, path);
      else
        set_errno_error (error, path, errno);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      set_file_error (error, WAYMARK_STORE_ERROR_NOT_A_FILE, path);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      if (errno == EACCES)
        set_file_error (error, WAYMARK_STORE_ERROR_PERMISSION, path);
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
      set_file_error (error, WAYMARK_STORE_ERROR_NOT_A_PLAN, path);
      return FALSE;
    }

  if (read_be32 (header + 68) != WAYMARK_STORE_APPLICATION_ID)
    {
      set_file_error (error, WAYMARK_STORE_ERROR_FOREIGN, path);
      return FALSE;
    }

  if (read_be32 (header + 60) > waymark_migrations_get_latest_version ())
    {
      set_file_error (error, WAYMARK_STORE_ERROR_TOO_NEW, path);
      return FALSE;
    }

  if (!is_writable (path, &st))
    {
      set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, path);
      return FALSE;
    }

  return check_folder_writable (path, error);
}

static gboolean
is_damage (int rc)
{
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
      if (rc == SQLITE_ROW || is_damage (rc))
        set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
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

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      if (is_damage (rc))
        set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
      else
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     _("Waymark could not open the plan: %s"),
                     db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db, TRUE);

  return db;
}

static gboolean
configure_database (sqlite3  *db,
                    GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean is_wal = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    is_wal = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);

  if (!is_wal)
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                   _("Waymark could not prepare the plan for safe writing: %s"),
                   sqlite3_errmsg (db));
      return FALSE;
    }

  /* FULL: a change is on disk when the call that made it returns. */
  return waymark_sqlite_exec (db, "PRAGMA synchronous = FULL", error) &&
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

  tmp_path = g_strconcat (path, ".new-XXXXXX", NULL);
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
      set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
      return FALSE;
    }

  if (linked)
    g_unlink (tmp_path);
  else if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Some file systems (FAT, some network shares) have no hard links. */
      remove_with_companions (tmp_path);
      set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
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

static gboolean
open_existing (WaymarkStore  *self,
               GError       **error)
{
  int app_id = 0;
  int version = 0;
  int rc = SQLITE_OK;

  if (!check_existing_file (self->path, error))
    return FALSE;

  self->db = open_database (self->path, error);
  if (self->db == NULL)
    return FALSE;

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, self->path);
      return FALSE;
    }

  /* The header was read by hand; now ask SQLite, which also sees changes
   * still waiting in the write-ahead log. */
  if (!waymark_sqlite_query_int (self->db, "PRAGMA application_id", &app_id, &rc) ||
      !waymark_sqlite_query_int (self->db, "PRAGMA user_version", &version, &rc))
    {
      if (is_damage (rc))
        set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, self->path);
      else
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                     _("Waymark could not read the plan: %s"), sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (app_id != WAYMARK_STORE_APPLICATION_ID)
    {
      set_file_error (error, WAYMARK_STORE_ERROR_FOREIGN, self->path);
      return FALSE;
    }

  if ((guint) version > waymark_migrations_get_latest_version ())
    {
      set_file_error (error, WAYMARK_STORE_ERROR_TOO_NEW, self->path);
      return FALSE;
    }

  if (!check_integrity (self->db, self->path, error))
    return FALSE;

  return configure_database (self->db, error) &&
         waymark_migrations_apply (self->db, waymark_migrations_get_latest_version (), error);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
waymark_store_finalize (GObject *object)
{
  WaymarkStore *self = WAYMARK_STORE (object);

  waymark_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->sql_texts, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (waymark_store_parent_class)->finalize (object);
}

static void
waymark_store_class_init (WaymarkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_store_finalize;

  /**
   * WaymarkStore::changed:
   * @self: the store
   * @kind: the kind of record that changed, such as "person" or "goal"
   *
   * Emitted after a change is durably written. The signal is detailed
   * by @kind, so a view connects to "changed::goal" for goals only.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
waymark_store_init (WaymarkStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            NULL, finalize_statement);
  self->sql_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_ptr_array_new_with_free_func (g_free);
}

/**
 * waymark_store_default_path:
 *
 * Returns: (transfer full): where a person's own plan lives,
 *   `$XDG_DATA_HOME/waymark/plan.waymark`
 */
char *
waymark_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "waymark", "plan.waymark", NULL);
}

/**
 * waymark_store_open:
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @error: a #WAYMARK_STORE_ERROR with a message for the person
 *
 * Opens a plan file, brings its schema up to date, and refuses, without
 * changing a byte, any file that is not a healthy Waymark plan.
 *
 * Returns: (transfer full) (nullable): the store
 */
WaymarkStore *
waymark_store_open (const char            *path,
                    WaymarkStoreOpenMode   mode,
                    GError               **error)
{
  g_autoptr(WaymarkStore) self = NULL;
  gboolean exists;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);

  if (exists && mode == WAYMARK_STORE_CREATE_NEW)
    {
      set_file_error (error, WAYMARK_STORE_ERROR_EXISTS, path);
      return NULL;
    }

  if (!exists && mode != WAYMARK_STORE_OPEN_EXISTING)
    {
      if (!create_plan_file (path, error))
        return NULL;
    }

  self = g_object_new (WAYMARK_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);

  if (!open_existing (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

typedef struct {
  char                 *path;
  WaymarkStoreOpenMode  mode;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  g_autoptr(GError) error = NULL;
  WaymarkStore *store;

  store = waymark_store_open (data->path, data->mode, &error);
  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, store, g_object_unref);
}

/**
 * waymark_store_open_async:
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Opens a plan in a worker thread: checking a large plan's integrity
 * takes time that the window's first frame should not wait for. The
 * store's connection is then used from the main thread only.
 */
void
waymark_store_open_async (const char            *path,
                          WaymarkStoreOpenMode   mode,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (path != NULL && *path != '\0');

  data = g_new0 (OpenData, 1);
  data->path = g_strdup (path);
  data->mode = mode;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_store_open_async);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * waymark_store_open_finish:
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
WaymarkStore *
waymark_store_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
waymark_store_get_path (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return self->path;
}

guint
waymark_store_get_schema_version (WaymarkStore *self)
{
  int version = 0;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), 0);
  g_return_val_if_fail (self->db != NULL, 0);

  waymark_sqlite_query_int (self->db, "PRAGMA user_version", &version, NULL);

  return (guint) version;
}

/**
 * waymark_store_close:
 * @self: the store
 *
 * Closes the file; every change was already durable. Safe to call twice.
 */
void
waymark_store_close (WaymarkStore *self)
{
  g_return_if_fail (WAYMARK_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close_v2);
}

/* The tables that hold what a person wrote; an empty plan has no rows in
 * any of them. */
static const char * const record_tables[] = {
  "person", "contact", "goal", "routine_item", "plan_entry", "intervention",
  "plan_review", "checkin", "tracker", "questionnaire", "crisis_entry",
  "stage_event", "milestone",
};

/**
 * waymark_store_is_empty:
 * @self: the store
 * @is_empty: (out): whether the plan holds nothing yet
 * @error: return location for an error
 *
 * Returns: %FALSE if the plan could not be read
 */
gboolean
waymark_store_is_empty (WaymarkStore  *self,
                        gboolean      *is_empty,
                        GError       **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT 0");

  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);
  g_return_val_if_fail (is_empty != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    g_string_append_printf (sql, " OR EXISTS (SELECT 1 FROM %s)", record_tables[i]);

  {
    int has_rows = 0;
    int rc;

    if (!waymark_sqlite_query_int (self->db, sql->str, &has_rows, &rc))
      {
        waymark_store_set_sql_error (self, error);
        return FALSE;
      }

    *is_empty = !has_rows;
  }

  return TRUE;
}

/* Private API for the store's own files ------------------------------- */

sqlite3 *
waymark_store_get_db (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return self->db;
}

void
waymark_store_set_sql_error (WaymarkStore  *self,
                             GError       **error)
{
  int rc = sqlite3_extended_errcode (self->db);

  if (is_damage (rc))
    set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, self->path);
  else if ((rc & 0xff) == SQLITE_READONLY)
    set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, self->path);
  else if ((rc & 0xff) == SQLITE_FULL)
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                 _("The disk is full, so that change could not be kept. Free some space "
                   "and try again; everything saved before is safe."));
  else
    g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_FAILED,
                 _("That change could not be kept (%s). Everything saved before is safe."),
                 sqlite3_errmsg (self->db));
}

/**
 * waymark_store_prepare:
 *
 * Returns: (transfer none): a statement for @sql, reset and with its
 *   bindings cleared; it stays owned by the store, so pass SQL text that
 *   lives as long as the program (a string literal).
 */
sqlite3_stmt *
waymark_store_prepare (WaymarkStore  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

/* Transactions nest: the outermost is BEGIN IMMEDIATE (the write lock
 * is taken up front, so a busy file waits instead of failing half-way),
 * the inner ones are savepoints, so a batch (sample data, an import) can
 * wrap many saves in one durable commit. */
gboolean
waymark_store_begin (WaymarkStore  *self,
                     GError       **error)
{
  const char *sql = self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT waymark_nested";

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  self->depth++;
  return TRUE;
}

gboolean
waymark_store_commit (WaymarkStore  *self,
                      GError       **error)
{
  const char *sql;

  g_return_val_if_fail (self->depth > 0, FALSE);

  sql = self->depth == 1 ? "COMMIT" : "RELEASE waymark_nested";
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (self, error);
      waymark_store_rollback (self);
      return FALSE;
    }

  self->depth--;

  /* Views hear of a transaction's changes once, when they are durable. */
  if (self->depth == 0 && self->pending->len > 0)
    {
      g_autoptr(GPtrArray) kinds = g_steal_pointer (&self->pending);

      self->pending = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < kinds->len; i++)
        g_signal_emit (self, signals[CHANGED], g_quark_from_string (kinds->pdata[i]), kinds->pdata[i]);
    }

  return TRUE;
}

void
waymark_store_rollback (WaymarkStore *self)
{
  if (self->depth == 0)
    return;

  /* SQLite may already have rolled the whole transaction back itself (a
   * full disk, an I/O error): then no savepoint is left to return to,
   * and nothing after this may pretend to be inside the batch. */
  if (sqlite3_get_autocommit (self->db))
    {
      self->depth = 0;
      g_ptr_array_set_size (self->pending, 0);
      return;
    }

  if (self->depth == 1)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    sqlite3_exec (self->db, "ROLLBACK TO waymark_nested; RELEASE waymark_nested", NULL, NULL, NULL);

  self->depth--;

  /* Nothing that was undone is announced. An inner rollback may drop a
   * kind an outer save still changed; views then reload once more than
   * needed at worst, never less. */
  if (self->depth == 0)
    g_ptr_array_set_size (self->pending, 0);
}

/**
 * waymark_store_begin_batch:
 * @self: the store
 * @error: return location for an error
 *
 * Starts a batch: every change until waymark_store_end_batch () is
 * written in one transaction, all or nothing.
 */
gboolean
waymark_store_begin_batch (WaymarkStore  *self,
                           GError       **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  return waymark_store_begin (self, error);
}

/**
 * waymark_store_end_batch:
 * @self: the store
 * @keep: %TRUE to keep the batch's changes, %FALSE to undo them all
 * @error: return location for an error
 */
gboolean
waymark_store_end_batch (WaymarkStore  *self,
                         gboolean       keep,
                         GError       **error)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), FALSE);

  if (keep)
    return waymark_store_commit (self, error);

  waymark_store_rollback (self);
  return TRUE;
}

/* Steps a statement that returns no rows. */
gboolean
waymark_store_step_done (WaymarkStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_store_query_strings:
 * @stmt: a prepared, bound statement whose first column is text
 *
 * Steps @stmt to its end and resets it.
 *
 * Returns: (transfer full) (nullable): the first column of every row,
 *   in order, as a %NULL-terminated array; %NULL on error
 */
char **
waymark_store_query_strings (WaymarkStore  *self,
                             sqlite3_stmt  *stmt,
                             GError       **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (strings, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return (char **) g_ptr_array_free (g_steal_pointer (&strings), FALSE);
}

/**
 * waymark_store_query_ids:
 * @stmt: a prepared, bound statement whose first column is an id
 *
 * Steps @stmt to its end and resets it.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the first
 *   column of every row, in order; %NULL on error
 */
GArray *
waymark_store_query_ids (WaymarkStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

void
waymark_store_emit_changed (WaymarkStore *self,
                            const char   *kind)
{
  if (self->depth > 0)
    {
      for (guint i = 0; i < self->pending->len; i++)
        if (g_str_equal (self->pending->pdata[i], kind))
          return;
      g_ptr_array_add (self->pending, g_strdup (kind));
      return;
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (kind), kind);
}

/* Keeps generated SQL alive for as long as the statement cache may hold
 * it, and returns the one copy of it, so it can be passed to
 * waymark_store_prepare () like a literal. Takes @sql. */
const char *
waymark_store_intern_sql (WaymarkStore *self,
                          char         *sql)
{
  const char *interned = g_hash_table_lookup (self->sql_texts, sql);

  if (interned != NULL)
    {
      g_free (sql);
      return interned;
    }

  g_hash_table_add (self->sql_texts, sql);
  return sql;
}

char *
waymark_store_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
