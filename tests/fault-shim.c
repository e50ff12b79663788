/* fault-shim.c: a disk that fails on request, for the tests
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LD_PRELOADed into a test: write (), pwrite (), pwrite64 (), fsync ()
 * and fdatasync () on files under one folder fail with ENOSPC or EIO,
 * at once or after a number of calls that succeed; while ENOSPC is on,
 * statvfs () of that folder also says it has no space left. Everything else, and
 * every other file (the test's own output), is left alone.
 *
 * From the environment, for a whole process:
 *   WAYMARK_FAULT_DIR    the folder whose files fail
 *   WAYMARK_FAULT        "enospc" or "eio"
 *   WAYMARK_FAULT_AFTER  calls that succeed first (default 0)
 *   WAYMARK_FAULT_ON     "write", "sync" or "all" (default)
 * From inside the test, found with dlsym (RTLD_DEFAULT, …):
 *   waymark_fault_set (dir, errno_value, after, on); errno_value 0 clears
 *   waymark_fault_count () — how many calls failed so far
 */

#define _GNU_SOURCE
/* The real names: pwrite, not pwrite redirected to pwrite64. */
#undef _FILE_OFFSET_BITS

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>

enum {
  FAULT_ON_WRITE = 1 << 0,
  FAULT_ON_SYNC  = 1 << 1,
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char fault_dir[PATH_MAX];
static int fault_errno;
static long fault_after;
static unsigned fault_on = FAULT_ON_WRITE | FAULT_ON_SYNC;
static long failed;
static int from_env_done;

void waymark_fault_set   (const char *dir, int errno_value, long after, unsigned on);
long waymark_fault_count (void);

void
waymark_fault_set (const char *dir,
                   int         errno_value,
                   long        after,
                   unsigned    on)
{
  pthread_mutex_lock (&lock);
  snprintf (fault_dir, sizeof fault_dir, "%s", dir ? dir : "");
  fault_errno = errno_value;
  fault_after = after;
  fault_on = on ? on : (FAULT_ON_WRITE | FAULT_ON_SYNC);
  failed = 0;
  from_env_done = 1;
  pthread_mutex_unlock (&lock);
}

long
waymark_fault_count (void)
{
  long n;

  pthread_mutex_lock (&lock);
  n = failed;
  pthread_mutex_unlock (&lock);
  return n;
}

static void
read_env (void)
{
  const char *dir = getenv ("WAYMARK_FAULT_DIR");
  const char *kind = getenv ("WAYMARK_FAULT");
  const char *after = getenv ("WAYMARK_FAULT_AFTER");
  const char *on = getenv ("WAYMARK_FAULT_ON");

  from_env_done = 1;
  if (dir == NULL || kind == NULL)
    return;

  snprintf (fault_dir, sizeof fault_dir, "%s", dir);
  fault_errno = strcmp (kind, "eio") == 0 ? EIO : ENOSPC;
  fault_after = after ? atol (after) : 0;
  if (on != NULL && strcmp (on, "write") == 0)
    fault_on = FAULT_ON_WRITE;
  else if (on != NULL && strcmp (on, "sync") == 0)
    fault_on = FAULT_ON_SYNC;
}

static int
path_is_under (const char *target)
{
  size_t dir_len = strlen (fault_dir);

  return dir_len > 0 && strncmp (target, fault_dir, dir_len) == 0 &&
         (target[dir_len] == '/' || target[dir_len] == '\0');
}

/* Whether the folder @path looks full: while ENOSPC faults are on. */
static int
reports_full (const char *path)
{
  char resolved[PATH_MAX];
  int full;

  pthread_mutex_lock (&lock);
  if (!from_env_done)
    read_env ();
  full = fault_errno == ENOSPC && realpath (path, resolved) != NULL && path_is_under (resolved);
  pthread_mutex_unlock (&lock);

  return full;
}

/* Whether this call on @fd fails, and with which errno (0: it doesn't). */
static int
should_fail (int      fd,
             unsigned kind)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t n;
  int result = 0;
  int saved_errno = errno;

  pthread_mutex_lock (&lock);
  if (!from_env_done)
    read_env ();

  if (fault_errno == 0 || fault_dir[0] == '\0' || (fault_on & kind) == 0)
    goto out;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, target, sizeof target - 1);
  if (n <= 0)
    goto out;
  target[n] = '\0';

  if (!path_is_under (target))
    goto out;

  if (fault_after > 0)
    {
      fault_after--;
      goto out;
    }

  failed++;
  result = fault_errno;

out:
  pthread_mutex_unlock (&lock);
  errno = saved_errno;
  return result;
}

typedef ssize_t (*WriteFunc)   (int, const void *, size_t);
typedef ssize_t (*PwriteFunc)  (int, const void *, size_t, off_t);
typedef ssize_t (*Pwrite64Func) (int, const void *, size_t, off64_t);
typedef int     (*SyncFunc)    (int);
typedef int     (*StatvfsFunc) (const char *, struct statvfs *);
typedef int     (*Statvfs64Func) (const char *, struct statvfs64 *);

#define REAL(name, type) \
  static type real_##name; \
  if (real_##name == NULL) \
    real_##name = (type) dlsym (RTLD_NEXT, #name)

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  int err;
  REAL (write, WriteFunc);

  if ((err = should_fail (fd, FAULT_ON_WRITE)) != 0)
    {
      errno = err;
      return -1;
    }
  return real_write (fd, buf, count);
}

ssize_t
pwrite (int         fd,
        const void *buf,
        size_t      count,
        off_t       offset)
{
  int err;
  REAL (pwrite, PwriteFunc);

  if ((err = should_fail (fd, FAULT_ON_WRITE)) != 0)
    {
      errno = err;
      return -1;
    }
  return real_pwrite (fd, buf, count, offset);
}

ssize_t
pwrite64 (int         fd,
          const void *buf,
          size_t      count,
          off64_t     offset)
{
  int err;
  REAL (pwrite64, Pwrite64Func);

  if ((err = should_fail (fd, FAULT_ON_WRITE)) != 0)
    {
      errno = err;
      return -1;
    }
  return real_pwrite64 (fd, buf, count, offset);
}

int
fsync (int fd)
{
  int err;
  REAL (fsync, SyncFunc);

  if ((err = should_fail (fd, FAULT_ON_SYNC)) != 0)
    {
      errno = err;
      return -1;
    }
  return real_fsync (fd);
}

int
fdatasync (int fd)
{
  int err;
  REAL (fdatasync, SyncFunc);

  if ((err = should_fail (fd, FAULT_ON_SYNC)) != 0)
    {
      errno = err;
      return -1;
    }
  return real_fdatasync (fd);
}

int
statvfs (const char     *path,
         struct statvfs *buf)
{
  int rc;
  REAL (statvfs, StatvfsFunc);

  rc = real_statvfs (path, buf);
  if (rc == 0 && reports_full (path))
    buf->f_bavail = buf->f_bfree = 0;
  return rc;
}

int
statvfs64 (const char       *path,
           struct statvfs64 *buf)
{
  int rc;
  REAL (statvfs64, Statvfs64Func);

  rc = real_statvfs64 (path, buf);
  if (rc == 0 && reports_full (path))
    buf->f_bavail = buf->f_bfree = 0;
  return rc;
}
