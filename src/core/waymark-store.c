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

#include "waymark-record-private.h"
#include "waymark-sqlite.h"
#include "waymark-store-open-private.h"
#include "waymark-store-private.h"

/* Opening and checking the file is in waymark-store-open.c, what lies
 * beside it in waymark-store-leftovers.c; this file is the connection's
 * life: statements, transactions and the "changed" signal. */

struct _WaymarkStore
{
  GObject parent_instance;

  /* Owned */
  char       *path;
  char       *notice;       /* what opening it found and did, for the person */
  char       *claim;        /* the file, marked as open in this process */
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  GHashTable *sql_texts;    /* generated SQL, owned, kept as long as its statement */
  guint       depth;        /* transactions open; the inner ones are savepoints */
  GPtrArray  *pending;      /* kinds changed inside the open transaction, each once */
  GArray     *inserted;     /* Inserted: new records given an id inside it */
  WaymarkPlanLock *lock;    /* one writer (waymark-plan-lock.c) */
  WaymarkDaySeries *day_series; /* the journal by day, as last read; NULL once anything may have changed */
  int         day_series_version;   /* PRAGMA data_version then: another connection's writes change it */
  guint       writes;       /* moves whenever this connection may have written */

  /* Reading beside the store, in other threads (waymark_store_begin_reader ()) */
  GMutex      readers_lock;
  GCond       readers_done;
  guint       n_readers;    /* guarded by readers_lock */
  GCancellable *closing;    /* cancelled when the file is closed */
};

/* A record that got its id from an INSERT in a transaction still open,
 * at which depth: if that is undone (a full disk at COMMIT), the record
 * is new again, so saving it once more inserts it instead of updating a
 * row that is not there. */
typedef struct {
  WaymarkRecord *record;
  guint          depth;
} Inserted;

G_DEFINE_FINAL_TYPE (WaymarkStore, waymark_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_inserted (gpointer data)
{
  Inserted *inserted = data;

  g_clear_object (&inserted->record);
}

/* Forgets the records inserted at @depth or deeper; when @undone, their
 * rows are gone, so they become new records again. */
static void
forget_inserted (WaymarkStore *self,
                 guint         depth,
                 gboolean      undone)
{
  for (guint i = self->inserted->len; i > 0; i--)
    {
      Inserted *inserted = &g_array_index (self->inserted, Inserted, i - 1);

      if (inserted->depth < depth)
        continue;
      if (undone)
        _waymark_record_set_id (inserted->record, 0);
      g_array_remove_index (self->inserted, i - 1);
    }
}

/* Called by an INSERT that gave @record its id. */
void
waymark_store_note_insert (WaymarkStore  *self,
                           WaymarkRecord *record)
{
  Inserted inserted = { g_object_ref (record), self->depth };

  if (self->depth == 0)
    {
      g_object_unref (record);
      return;
    }

  g_array_append_val (self->inserted, inserted);
}

/* What was read before may be old: this connection writes, or has. */
static void
forget_day_series (WaymarkStore *self)
{
  g_clear_object (&self->day_series);
  self->writes++;
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
  g_clear_object (&self->day_series);
  g_clear_object (&self->closing);
  g_mutex_clear (&self->readers_lock);
  g_cond_clear (&self->readers_done);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->sql_texts, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->inserted, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->notice, g_free);
  g_clear_object (&self->lock);

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
  self->inserted = g_array_new (FALSE, FALSE, sizeof (Inserted));
  g_array_set_clear_func (self->inserted, clear_inserted);
  g_mutex_init (&self->readers_lock);
  g_cond_init (&self->readers_done);
  self->closing = g_cancellable_new ();
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
  return waymark_store_open_full (path, mode, WAYMARK_PLAN_LOCK_ASK, error);
}

/**
 * waymark_store_open_full:
 * @choice: what to do when the plan is open elsewhere
 *
 * As waymark_store_open(); when the plan is open in another window,
 * program or computer, @choice says whether to refuse
 * (%WAYMARK_STORE_ERROR_LOCKED), open it read-only, or take it over.
 */
WaymarkStore *
waymark_store_open_full (const char            *path,
                         WaymarkStoreOpenMode   mode,
                         WaymarkPlanLockChoice  choice,
                         GError               **error)
{
  g_autoptr(WaymarkStore) self = NULL;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->lock = waymark_plan_lock_acquire (self->path, choice, error);
  if (self->lock == NULL)
    return NULL;
  self->db = waymark_store_open_file (path, mode, &self->notice, error);
  if (self->db == NULL || !waymark_store_lock_opened (self, error))
    return NULL;
  self->claim = waymark_store_claim_file (self->path);

  return g_steal_pointer (&self);
}

const char *
waymark_store_get_path (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return self->path;
}

/**
 * waymark_store_get_open_notice:
 * @self: the store
 *
 * What the person should be told although the plan opened: a file that
 * did not belong to it was found beside it and moved aside.
 *
 * Returns: (nullable): a message for the person, or %NULL
 */
const char *
waymark_store_get_open_notice (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return self->notice;
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

  /* No other connection of this store's is left open on the file. */
  g_cancellable_cancel (self->closing);
  g_mutex_lock (&self->readers_lock);
  while (self->n_readers > 0)
    g_cond_wait (&self->readers_done, &self->readers_lock);
  g_mutex_unlock (&self->readers_lock);

  g_hash_table_remove_all (self->statements);
  forget_day_series (self);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->claim, waymark_store_release_file);
  if (self->lock != NULL)
    waymark_plan_lock_release (self->lock);
}

WaymarkPlanLock *
waymark_store_get_lock (WaymarkStore *self)
{
  g_return_val_if_fail (WAYMARK_IS_STORE (self), NULL);

  return self->lock;
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

  if (waymark_store_is_damage (rc))
    waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, self->path);
  else if ((rc & 0xff) == SQLITE_READONLY)
    waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_READ_ONLY, self->path);
  else if (!waymark_store_set_disk_error (error, self->path, self->db, FALSE))
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

  if (self->depth == 0 && !waymark_store_lock_check (self, error))
    return FALSE;

  /* Whatever is written from here on, what was read before may be old. */
  forget_day_series (self);

  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (self, error);
      return FALSE;
    }

  /* Every transaction also writes the plan's identity, so a write-ahead
   * log always carries the identity of the plan it was written for
   * (waymark-store-leftovers.c checks it before one is applied). It is
   * done first so that sqlite3_changes () still tells the caller about
   * its own statement. */
  if (self->depth == 0 &&
      sqlite3_exec (self->db, "UPDATE plan_identity SET generation = generation + 1",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      waymark_store_set_sql_error (self, error);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
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

  /* What the savepoint inserted now belongs to the transaction around it. */
  for (guint i = 0; i < self->inserted->len; i++)
    if (g_array_index (self->inserted, Inserted, i).depth == self->depth)
      g_array_index (self->inserted, Inserted, i).depth--;

  self->depth--;
  if (self->depth == 0)
    forget_inserted (self, 0, FALSE);

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
  forget_day_series (self);

  if (self->depth == 0)
    return;

  /* SQLite may already have rolled the whole transaction back itself (a
   * full disk, an I/O error): then no savepoint is left to return to,
   * and nothing after this may pretend to be inside the batch. */
  if (sqlite3_get_autocommit (self->db))
    {
      self->depth = 0;
      g_ptr_array_set_size (self->pending, 0);
      forget_inserted (self, 0, TRUE);
      return;
    }

  forget_inserted (self, self->depth, TRUE);

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

/* Steps a statement that returns no rows. Outside a transaction it gets
 * one of its own, so that it too carries the plan's identity. */
gboolean
waymark_store_step_done (WaymarkStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  gboolean own = self->depth == 0 && !sqlite3_stmt_readonly (stmt);
  int rc;

  if (own && !waymark_store_begin (self, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (self, error);
      if (own)
        waymark_store_rollback (self);
      return FALSE;
    }

  return !own || waymark_store_commit (self, error);
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

/* The day series as last read (waymark_store_load_day_series ()), kept
 * until anything may have changed: this connection writing (begin,
 * rollback and emit_changed forget it) or another one (SQLite's
 * data_version moves). The Journal and the Timeline both draw from it,
 * and reading 100,000 check-ins by day takes 40 ms. */
static int
data_version (WaymarkStore *self)
{
  int version = -1;

  if (self->db == NULL || !waymark_sqlite_query_int (self->db, "PRAGMA data_version", &version, NULL))
    return -1;

  return version;
}

WaymarkDaySeries *
waymark_store_get_cached_day_series (WaymarkStore *self)
{
  if (self->day_series != NULL && (self->depth > 0 || data_version (self) != self->day_series_version))
    g_clear_object (&self->day_series);

  return self->day_series;
}

void
waymark_store_cache_day_series (WaymarkStore     *self,
                                WaymarkDaySeries *series)
{
  g_clear_object (&self->day_series);
  if (self->depth > 0)
    return;

  self->day_series_version = data_version (self);
  if (self->day_series_version >= 0)
    self->day_series = g_object_ref (series);
}

/**
 * waymark_store_get_day_series_stamp:
 * @data_version: (out): SQLite's data_version now: moves when another
 *   connection writes
 *
 * Returns: a count that moves whenever this connection may have
 *   written; with @data_version, whether a day series read beside the
 *   store (in another thread) still holds: both unchanged since it
 *   began, nothing was written
 */
guint
waymark_store_get_day_series_stamp (WaymarkStore *self,
                                    int          *data_version_out)
{
  *data_version_out = data_version (self);
  return self->writes;
}

static gboolean
pragma_is (sqlite3    *db,
           const char *sql,
           const char *expected)
{
  sqlite3_stmt *stmt = NULL;
  gboolean is = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    is = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), expected) == 0;
  sqlite3_finalize (stmt);

  return is;
}

/**
 * waymark_store_begin_reader:
 * @closing: (out) (transfer full): cancelled when the store is closed
 *
 * Whether another connection may read the plan beside this one now (in
 * another thread): the plan is open, with no transaction of this
 * connection's open, and shares its write-ahead log (not a network
 * file system's exclusive lock or rollback journal). Then
 * waymark_store_close () waits for waymark_store_end_reader (), which
 * the reader calls from its thread once its connection is closed, and
 * cancels @closing first.
 *
 * Returns: %TRUE when the reader may open its connection
 */
gboolean
waymark_store_begin_reader (WaymarkStore  *self,
                            GCancellable **closing)
{
  if (self->db == NULL || self->depth > 0 || g_cancellable_is_cancelled (self->closing) ||
      !pragma_is (self->db, "PRAGMA journal_mode", "wal") ||
      !pragma_is (self->db, "PRAGMA locking_mode", "normal"))
    return FALSE;

  g_mutex_lock (&self->readers_lock);
  self->n_readers++;
  g_mutex_unlock (&self->readers_lock);
  *closing = g_object_ref (self->closing);

  return TRUE;
}

/* Any thread: a reader's connection is closed. */
void
waymark_store_end_reader (WaymarkStore *self)
{
  g_mutex_lock (&self->readers_lock);
  g_assert (self->n_readers > 0);
  self->n_readers--;
  g_cond_broadcast (&self->readers_done);
  g_mutex_unlock (&self->readers_lock);
}

void
waymark_store_emit_changed (WaymarkStore *self,
                            const char   *kind)
{
  forget_day_series (self);

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
