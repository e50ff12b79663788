/* waymark-plan-lock.c: one writer for a plan, across windows, processes
 * and workstations
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-lock"
#define _GNU_SOURCE   /* F_OFD_SETLK */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "waymark-plan-lock.h"
#include "waymark-date.h"
#include "waymark-store-error.h"

/* How a plan is kept to one writer:
 *
 * Beside the plan lies a small lock file, ".NAME.waymark-lock", 0600,
 * saying which computer, account and process has the plan open, since
 * when, and a token unique to that one opening (so a second window of
 * the same process is told too). It is made whole in a temporary file
 * and hard-linked into place, which fails when a lock is already there,
 * also on NFS; where a share has no hard links, O_CREAT|O_EXCL is used.
 *
 * While open, the holder also keeps an open-file-description lock
 * (F_OFD_SETLK) on the lock file, where the file system has them: on the
 * same computer, a lock file whose process is gone, or whose process ID
 * now belongs to another program, is then known to be left over and is
 * taken without asking. A lock from another computer can't be judged;
 * the person is asked.
 *
 * Taking a plan over replaces the lock file (rename, so a new inode).
 * Before each write the holder stats the lock file: when it is not the
 * one it wrote, it reads it, and if another has the plan now it stops
 * writing and becomes read-only. That stat is the only cost per write.
 */

#define LOCK_GROUP   "Waymark Lock"
#define MAX_LOCK_LEN 4096

struct _WaymarkPlanLock
{
  GObject parent_instance;

  /* Owned */
  char                 *plan_path;
  char                 *lock_path;   /* NULL when no lock file could be made */
  char                 *token;       /* ours, while we hold the plan */
  WaymarkPlanLockOwner *other;       /* who has it, when we are read-only */
  int                   fd;          /* holds the OFD lock, or -1 */
  struct stat           seen;        /* the lock file as we last knew it */
  guint                 read_only : 1;
  guint                 taken_over : 1;
};

G_DEFINE_FINAL_TYPE (WaymarkPlanLock, waymark_plan_lock, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tokens this process holds: a lock file naming this process is left
 * over unless its token is here. */
G_LOCK_DEFINE_STATIC (live_tokens);
static GHashTable *live_tokens;

static void
register_token (const char *token,
                gboolean    live)
{
  G_LOCK (live_tokens);
  if (live_tokens == NULL)
    live_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (live)
    g_hash_table_add (live_tokens, g_strdup (token));
  else
    g_hash_table_remove (live_tokens, token);
  G_UNLOCK (live_tokens);
}

static gboolean
token_is_live (const char *token)
{
  gboolean live;

  G_LOCK (live_tokens);
  live = live_tokens != NULL && token != NULL && g_hash_table_contains (live_tokens, token);
  G_UNLOCK (live_tokens);

  return live;
}

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    close (*fd);
  *fd = -1;
}

/* Owners ------------------------------------------------------------- */

void
waymark_plan_lock_owner_free (WaymarkPlanLockOwner *owner)
{
  if (owner == NULL)
    return;

  g_free (owner->host);
  g_free (owner->user);
  g_clear_pointer (&owner->since, g_date_time_unref);
  g_free (owner->token);
  g_free (owner);
}

WaymarkPlanLockOwner *
waymark_plan_lock_owner_copy (const WaymarkPlanLockOwner *owner)
{
  WaymarkPlanLockOwner *copy;

  if (owner == NULL)
    return NULL;

  copy = g_new0 (WaymarkPlanLockOwner, 1);
  copy->host = g_strdup (owner->host);
  copy->user = g_strdup (owner->user);
  copy->pid = owner->pid;
  copy->since = owner->since ? g_date_time_ref (owner->since) : NULL;
  copy->token = g_strdup (owner->token);

  return copy;
}

gboolean
waymark_plan_lock_owner_is_this_host (const WaymarkPlanLockOwner *owner)
{
  g_return_val_if_fail (owner != NULL, FALSE);

  return g_strcmp0 (owner->host, g_get_host_name ()) == 0;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (time == NULL)
    return g_strdup ("?");

  local = g_date_time_to_local (time);
  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: a time today, as in "since 14:05"; a strftime format. */
    return waymark_date_time_format (local, _("%H:%M"));

  /* Translators: a day and time, as in "since 5 December, 14:05"; a strftime format. */
  return waymark_date_time_format (local, _("%-d %B, %H:%M"));
}

/**
 * waymark_plan_lock_owner_describe:
 * @owner: who has the plan open
 *
 * Returns: (transfer full): a sentence for the person, such as "This plan
 *   is open on clinic-ws-3 (by sam) since 14:05."
 */
char *
waymark_plan_lock_owner_describe (const WaymarkPlanLockOwner *owner)
{
  g_autofree char *since = NULL;

  g_return_val_if_fail (owner != NULL, NULL);

  since = format_time (owner->since);

  if (waymark_plan_lock_owner_is_this_host (owner) &&
      g_strcmp0 (owner->user, g_get_user_name ()) == 0)
    /* Translators: %s is a time, as in "14:05". */
    return g_strdup_printf (_("This plan is open in another Waymark window on this computer since %s."),
                            since);

  if (waymark_plan_lock_owner_is_this_host (owner))
    /* Translators: the first %s is an account name, the second a time. */
    return g_strdup_printf (_("This plan is open on this computer (by %s) since %s."),
                            owner->user, since);

  /* Translators: the first %s is a computer's name, the second an
   * account name, the third a time: "This plan is open on clinic-ws-3
   * (by sam) since 14:05." */
  return g_strdup_printf (_("This plan is open on %s (by %s) since %s."),
                          owner->host, owner->user, since);
}

static WaymarkPlanLockOwner *
owner_new_for_this_process (void)
{
  WaymarkPlanLockOwner *owner = g_new0 (WaymarkPlanLockOwner, 1);

  owner->host = g_strdup (g_get_host_name ());
  owner->user = g_strdup (g_get_user_name ());
  owner->pid = getpid ();
  owner->since = g_date_time_new_now_local ();
  owner->token = g_uuid_string_random ();

  return owner;
}

static char *
owner_serialize (const WaymarkPlanLockOwner *owner,
                 gsize                      *length)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *since = g_date_time_format_iso8601 (owner->since);

  g_key_file_set_string (key_file, LOCK_GROUP, "Host", owner->host);
  g_key_file_set_string (key_file, LOCK_GROUP, "User", owner->user);
  g_key_file_set_int64 (key_file, LOCK_GROUP, "Pid", owner->pid);
  g_key_file_set_string (key_file, LOCK_GROUP, "Since", since);
  g_key_file_set_string (key_file, LOCK_GROUP, "Token", owner->token);

  return g_key_file_to_data (key_file, length, NULL);
}

static WaymarkPlanLockOwner *
owner_parse (const char *data,
             gsize       length)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(WaymarkPlanLockOwner) owner = g_new0 (WaymarkPlanLockOwner, 1);
  g_autofree char *since = NULL;

  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, NULL))
    return NULL;

  owner->host = g_key_file_get_string (key_file, LOCK_GROUP, "Host", NULL);
  owner->user = g_key_file_get_string (key_file, LOCK_GROUP, "User", NULL);
  owner->pid = g_key_file_get_int64 (key_file, LOCK_GROUP, "Pid", NULL);
  owner->token = g_key_file_get_string (key_file, LOCK_GROUP, "Token", NULL);
  since = g_key_file_get_string (key_file, LOCK_GROUP, "Since", NULL);
  if (since != NULL)
    owner->since = g_date_time_new_from_iso8601 (since, NULL);

  if (owner->host == NULL || owner->token == NULL || owner->pid <= 0)
    return NULL;
  if (owner->user == NULL)
    owner->user = g_strdup ("?");

  return g_steal_pointer (&owner);
}

/* The lock file --------------------------------------------------------- */

/**
 * waymark_plan_lock_path_for:
 * @plan_path: a plan file
 *
 * Returns: (transfer full): its lock file, ".NAME.waymark-lock" beside it
 */
char *
waymark_plan_lock_path_for (const char *plan_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (plan_path != NULL, NULL);

  dir = g_path_get_dirname (plan_path);
  base = g_path_get_basename (plan_path);
  name = g_strconcat (".", base, ".waymark-lock", NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }

  return fsync (fd) == 0 || errno == EINVAL;
}

/* Writes @data into a new temporary file beside @lock_path; returns its
 * name, or NULL with errno set. */
static char *
write_temporary (const char  *lock_path,
                 const char  *data,
                 gsize        length)
{
  g_autofree char *tmp_path = g_strconcat (lock_path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  int saved_errno;

  if (fd < 0)
    return NULL;

  if (!write_all (fd, data, length))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      errno = saved_errno;
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&tmp_path);
}

/* Puts a lock file at @lock_path unless one is there. Returns 0, or an
 * errno: EEXIST when a lock is there. */
static int
create_exclusive (const char *lock_path,
                  const char *data,
                  gsize       length)
{
  g_autofree char *tmp_path = write_temporary (lock_path, data, length);
  int saved_errno;
  int fd;

  if (tmp_path == NULL)
    return errno;

  if (link (tmp_path, lock_path) == 0)
    {
      g_unlink (tmp_path);
      return 0;
    }

  saved_errno = errno;
  if (saved_errno != EEXIST)
    {
      GStatBuf st;

      /* NFS: the reply to a link that worked can be lost; the link count
       * tells the truth. */
      if (g_stat (tmp_path, &st) == 0 && st.st_nlink == 2)
        {
          g_unlink (tmp_path);
          return 0;
        }
    }
  g_unlink (tmp_path);

  if (saved_errno == EEXIST)
    return EEXIST;
  if (saved_errno != EPERM && saved_errno != ENOTSUP && saved_errno != EMLINK &&
      saved_errno != ENOSYS && saved_errno != EOPNOTSUPP)
    return saved_errno;

  /* A file system without hard links (FAT, some shares). */
  fd = g_open (lock_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return errno;

  if (!write_all (fd, data, length))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (lock_path);
      return saved_errno ? saved_errno : EIO;
    }

  close (fd);
  return 0;
}

/* Puts a lock file at @lock_path whether or not one is there. */
static int
replace_lock (const char *lock_path,
              const char *data,
              gsize       length)
{
  g_autofree char *tmp_path = write_temporary (lock_path, data, length);
  int saved_errno;

  if (tmp_path == NULL)
    return errno;

  if (g_rename (tmp_path, lock_path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return saved_errno;
    }

  return 0;
}

static WaymarkPlanLockOwner *
read_lock_file (const char  *lock_path,
                struct stat *st)
{
  char buffer[MAX_LOCK_LEN];
  gssize n;
  int fd;

  fd = g_open (lock_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    return NULL;

  if (st != NULL && fstat (fd, st) != 0)
    memset (st, 0, sizeof *st);

  do
    n = read (fd, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  close (fd);

  return n > 0 ? owner_parse (buffer, n) : NULL;
}

/**
 * waymark_plan_lock_read_owner:
 * @plan_path: a plan file
 *
 * Returns: (transfer full) (nullable): who its lock file says has it
 *   open, or %NULL when there is no readable lock file
 */
WaymarkPlanLockOwner *
waymark_plan_lock_read_owner (const char *plan_path)
{
  g_autofree char *lock_path = NULL;

  g_return_val_if_fail (plan_path != NULL, NULL);

  lock_path = waymark_plan_lock_path_for (plan_path);
  return read_lock_file (lock_path, NULL);
}

static void
hold_ofd_lock (WaymarkPlanLock *self)
{
#ifdef F_OFD_SETLK
  struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };

  close_fd (&self->fd);
  self->fd = g_open (self->lock_path, O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0);
  if (self->fd >= 0 && fcntl (self->fd, F_OFD_SETLK, &fl) != 0)
    g_debug ("No lock on %s: %s", self->lock_path, g_strerror (errno));
#else
# error "Waymark needs open file description locks (Linux 3.15)"
#endif
}

/* 1 when a lock is held on @lock_path, 0 when none, -1 when unknown. */
static int
probe_ofd_lock (const char *lock_path)
{
#ifdef F_OFD_SETLK
  struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
  int fd = g_open (lock_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  int result = -1;

  if (fd < 0)
    return -1;
  if (fcntl (fd, F_OFD_GETLK, &fl) == 0)
    result = fl.l_type != F_UNLCK;
  close (fd);

  return result;
#endif
}

/* Whether a lock file was surely left behind by a Waymark that is gone. */
static gboolean
is_left_over (const WaymarkPlanLockOwner *owner,
              const char                 *lock_path)
{
  if (!waymark_plan_lock_owner_is_this_host (owner))
    return FALSE;

  if (owner->pid == getpid ())
    return !token_is_live (owner->token);

  if (kill ((pid_t) owner->pid, 0) != 0 && errno == ESRCH)
    return TRUE;

  /* The process ID is in use; a Waymark holding the plan holds the lock
   * on the file too, so no lock means the ID went to another program. */
  return probe_ofd_lock (lock_path) == 0;
}

static void
remember_lock_file (WaymarkPlanLock *self)
{
  if (g_stat (self->lock_path, (GStatBuf *) &self->seen) != 0)
    memset (&self->seen, 0, sizeof self->seen);
}

static gboolean
same_file_as_seen (WaymarkPlanLock   *self,
                   const struct stat *st)
{
  return st->st_dev == self->seen.st_dev &&
         st->st_ino == self->seen.st_ino &&
         st->st_size == self->seen.st_size &&
         st->st_mtim.tv_sec == self->seen.st_mtim.tv_sec &&
         st->st_mtim.tv_nsec == self->seen.st_mtim.tv_nsec;
}

/* GObject ------------------------------------------------------------------ */

static void
waymark_plan_lock_finalize (GObject *object)
{
  WaymarkPlanLock *self = WAYMARK_PLAN_LOCK (object);

  waymark_plan_lock_release (self);
  g_clear_pointer (&self->plan_path, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_clear_pointer (&self->other, waymark_plan_lock_owner_free);

  G_OBJECT_CLASS (waymark_plan_lock_parent_class)->finalize (object);
}

static void
waymark_plan_lock_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WaymarkPlanLock *self = WAYMARK_PLAN_LOCK (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_plan_lock_class_init (WaymarkPlanLockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_plan_lock_finalize;
  object_class->get_property = waymark_plan_lock_get_property;

  /**
   * WaymarkPlanLock:read-only:
   *
   * Whether this opening of the plan may not write: it was opened
   * read-only, or another took it over since.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_plan_lock_init (WaymarkPlanLock *self)
{
  self->fd = -1;
}

/* Public API ------------------------------------------------------------ */

static void
took_it (WaymarkPlanLock *self,
         const char      *token)
{
  self->token = g_strdup (token);
  register_token (token, TRUE);
  hold_ofd_lock (self);
  remember_lock_file (self);
}

/* Makes the lock file ours, or says who has the plan. */
static gboolean
take (WaymarkPlanLock        *self,
      WaymarkPlanLockChoice   choice,
      GError                **error)
{
  g_autoptr(WaymarkPlanLockOwner) me = owner_new_for_this_process ();
  gsize length = 0;
  g_autofree char *data = owner_serialize (me, &length);

  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_autoptr(WaymarkPlanLockOwner) holder = NULL;
      int rc = create_exclusive (self->lock_path, data, length);

      if (rc == 0)
        {
          took_it (self, me->token);
          return TRUE;
        }

      if (rc != EEXIST)
        {
          /* No lock file can be made here (a read-only folder): nothing
           * can be written here either, so there is nothing to guard. */
          g_debug ("No lock file beside %s: %s", self->plan_path, g_strerror (rc));
          g_clear_pointer (&self->lock_path, g_free);
          return TRUE;
        }

      holder = read_lock_file (self->lock_path, NULL);
      if (holder == NULL || is_left_over (holder, self->lock_path) ||
          choice == WAYMARK_PLAN_LOCK_TAKE_OVER)
        {
          g_autoptr(WaymarkPlanLockOwner) check = NULL;

          if (holder == NULL && g_unlink (self->lock_path) == 0)
            continue;

          if (holder != NULL && replace_lock (self->lock_path, data, length) == 0 &&
              (check = read_lock_file (self->lock_path, NULL)) != NULL &&
              g_strcmp0 (check->token, me->token) == 0)
            {
              took_it (self, me->token);
              return TRUE;
            }
          continue;
        }

      {
        g_autofree char *where = waymark_plan_lock_owner_describe (holder);

        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED,
                     /* Translators: %s is a sentence such as "This plan is
                      * open on clinic-ws-3 (by sam) since 14:05." */
                     _("%s Waymark did not change it: close it there first."), where);
        return FALSE;
      }
    }

  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED,
               _("Another Waymark is opening this plan at the same moment. Try again."));
  return FALSE;
}

/**
 * waymark_plan_lock_acquire:
 * @plan_path: the plan file (it need not exist yet)
 * @choice: what to do when the plan is open somewhere else
 * @error: %WAYMARK_STORE_ERROR_LOCKED when it is and @choice is
 *   %WAYMARK_PLAN_LOCK_ASK; waymark_plan_lock_read_owner() says where
 *
 * Returns: (transfer full) (nullable): the lock, holding the plan or
 *   read-only
 */
WaymarkPlanLock *
waymark_plan_lock_acquire (const char             *plan_path,
                           WaymarkPlanLockChoice   choice,
                           GError                **error)
{
  g_autoptr(WaymarkPlanLock) self = NULL;

  g_return_val_if_fail (plan_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_PLAN_LOCK, NULL);
  self->plan_path = g_strdup (plan_path);
  self->lock_path = waymark_plan_lock_path_for (plan_path);

  /* Reading only needs no lock, and keeps nobody else from writing. */
  if (choice == WAYMARK_PLAN_LOCK_READ_ONLY)
    {
      self->read_only = TRUE;
      self->other = read_lock_file (self->lock_path, NULL);
      if (self->other != NULL && is_left_over (self->other, self->lock_path))
        g_clear_pointer (&self->other, waymark_plan_lock_owner_free);
      return g_steal_pointer (&self);
    }

  if (!take (self, choice, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * waymark_plan_lock_retake:
 * @self: the lock
 * @error: %WAYMARK_STORE_ERROR_LOCKED when another took the plan meanwhile
 *
 * When no lock file could be made at first because the plan's folder did
 * not exist yet (a new plan), makes it now that the plan is there.
 *
 * Returns: %FALSE when the plan is open elsewhere after all
 */
gboolean
waymark_plan_lock_retake (WaymarkPlanLock  *self,
                          GError          **error)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), FALSE);

  if (self->read_only || self->token != NULL || self->lock_path != NULL)
    return TRUE;

  self->lock_path = waymark_plan_lock_path_for (self->plan_path);
  return take (self, WAYMARK_PLAN_LOCK_ASK, error);
}

gboolean
waymark_plan_lock_get_read_only (WaymarkPlanLock *self)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), FALSE);

  return self->read_only;
}

/**
 * waymark_plan_lock_get_taken_over:
 *
 * Returns: whether another opening took the plan from this one
 */
gboolean
waymark_plan_lock_get_taken_over (WaymarkPlanLock *self)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), FALSE);

  return self->taken_over;
}

/**
 * waymark_plan_lock_get_other:
 *
 * Returns: (nullable) (transfer none): who has the plan, when this
 *   opening is read-only
 */
const WaymarkPlanLockOwner *
waymark_plan_lock_get_other (WaymarkPlanLock *self)
{
  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), NULL);

  return self->other;
}

/**
 * waymark_plan_lock_dup_message:
 *
 * Returns: (transfer full) (nullable): why this opening can't save, for
 *   a banner, or %NULL when it can
 */
char *
waymark_plan_lock_dup_message (WaymarkPlanLock *self)
{
  g_autofree char *since = NULL;

  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), NULL);

  if (!self->read_only)
    return NULL;

  if (self->other == NULL)
    return g_strdup (_("This plan is open read-only. Changes made here are not saved."));

  if (!self->taken_over)
    {
      g_autofree char *where = waymark_plan_lock_owner_describe (self->other);

      /* Translators: %s is a sentence such as "This plan is open on
       * clinic-ws-3 (by sam) since 14:05." */
      return g_strdup_printf (_("Read-only. %s Changes made here are not saved."), where);
    }

  since = format_time (self->other->since);
  if (waymark_plan_lock_owner_is_this_host (self->other))
    /* Translators: %s is a time, as in "14:05". */
    return g_strdup_printf (_("This plan was taken over in another Waymark window on this "
                              "computer at %s, so this window stopped saving. Changes made "
                              "here are not saved."), since);

  /* Translators: the first %s is a computer's name, the second an account
   * name, the third a time. */
  return g_strdup_printf (_("This plan was taken over on %s (by %s) at %s, so this window "
                            "stopped saving. Changes made here are not saved."),
                          self->other->host, self->other->user, since);
}

static void
lose_plan (WaymarkPlanLock      *self,
           WaymarkPlanLockOwner *holder)
{
  self->read_only = TRUE;
  self->taken_over = TRUE;
  g_clear_pointer (&self->other, waymark_plan_lock_owner_free);
  self->other = holder;
  if (self->token != NULL)
    register_token (self->token, FALSE);
  g_clear_pointer (&self->token, g_free);
  close_fd (&self->fd);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/**
 * waymark_plan_lock_check:
 * @self: (nullable): the lock
 * @error: %WAYMARK_STORE_ERROR_READ_ONLY when this opening may not write
 *
 * Called before each write: cheap (one stat) while the lock file is the
 * one this opening wrote.
 *
 * Returns: whether this opening may write
 */
gboolean
waymark_plan_lock_check (WaymarkPlanLock  *self,
                         GError          **error)
{
  GStatBuf st;

  if (self == NULL)
    return TRUE;

  g_return_val_if_fail (WAYMARK_IS_PLAN_LOCK (self), FALSE);

  if (!self->read_only && self->lock_path != NULL && self->token != NULL)
    {
      if (g_stat (self->lock_path, &st) == 0 && same_file_as_seen (self, (struct stat *) &st))
        return TRUE;

      {
        g_autoptr(WaymarkPlanLockOwner) holder = read_lock_file (self->lock_path, NULL);

        if (holder != NULL && g_strcmp0 (holder->token, self->token) == 0)
          {
            remember_lock_file (self);
            return TRUE;
          }

        if (holder == NULL)
          {
            /* The lock file went (removed by hand?): put ours back. */
            g_autoptr(WaymarkPlanLockOwner) me = owner_new_for_this_process ();
            g_autofree char *data = NULL;
            gsize length = 0;

            g_free (me->token);
            me->token = g_strdup (self->token);
            data = owner_serialize (me, &length);
            if (create_exclusive (self->lock_path, data, length) == 0)
              {
                hold_ofd_lock (self);
                remember_lock_file (self);
                return TRUE;
              }
            holder = read_lock_file (self->lock_path, NULL);
          }

        lose_plan (self, g_steal_pointer (&holder));
      }
    }

  if (!self->read_only)
    return TRUE;

  {
    g_autofree char *message = waymark_plan_lock_dup_message (self);

    g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_READ_ONLY, message);
  }

  return FALSE;
}

/**
 * waymark_plan_lock_release:
 * @self: the lock
 *
 * Removes the lock file if it is still this opening's. Safe to call twice.
 */
void
waymark_plan_lock_release (WaymarkPlanLock *self)
{
  g_return_if_fail (WAYMARK_IS_PLAN_LOCK (self));

  if (self->token != NULL && self->lock_path != NULL)
    {
      g_autoptr(WaymarkPlanLockOwner) holder = read_lock_file (self->lock_path, NULL);

      if (holder != NULL && g_strcmp0 (holder->token, self->token) == 0)
        g_unlink (self->lock_path);
    }

  if (self->token != NULL)
    register_token (self->token, FALSE);
  g_clear_pointer (&self->token, g_free);
  close_fd (&self->fd);
}
