/* waymark-store-error.h: why a plan file or a record was refused
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WAYMARK_STORE_ERROR (waymark_store_error_quark ())

/**
 * WaymarkStoreError:
 * @WAYMARK_STORE_ERROR_NOT_FOUND: there is no file at that path
 * @WAYMARK_STORE_ERROR_EXISTS: a new plan was asked for, but a file is there
 * @WAYMARK_STORE_ERROR_NOT_A_FILE: the path is a folder or a device
 * @WAYMARK_STORE_ERROR_NOT_A_PLAN: the file is not an SQLite database at all
 * @WAYMARK_STORE_ERROR_FOREIGN: an SQLite database of another application
 * @WAYMARK_STORE_ERROR_DAMAGED: a Waymark plan whose contents are damaged
 * @WAYMARK_STORE_ERROR_TOO_NEW: saved by a newer Waymark schema
 * @WAYMARK_STORE_ERROR_READ_ONLY: the file or its folder can't be written, or
 *   the plan is open read-only here (another has it, or took it over)
 * @WAYMARK_STORE_ERROR_PERMISSION: the file can't be read
 * @WAYMARK_STORE_ERROR_INVALID: a record was refused; the message says why
 * @WAYMARK_STORE_ERROR_FAILED: SQLite or the file system failed otherwise
 * @WAYMARK_STORE_ERROR_DISK_FULL: the disk holding the plan is full
 * @WAYMARK_STORE_ERROR_IO: the disk holding the plan failed to read or write
 * @WAYMARK_STORE_ERROR_LOCKED: the plan is open in another window, program
 *   or computer; waymark_plan_lock_read_owner() says which
 * @WAYMARK_STORE_ERROR_PROTECTED: the plan is protected by a passphrase and
 *   its key is not registered (waymark-plan-protection.h)
 * @WAYMARK_STORE_ERROR_WRONG_PASSPHRASE: the passphrase, recovery key or
 *   remembered key does not open the plan
 *
 * Every message is written for the person using Waymark, and every
 * error that concerns an existing file means it was left as it was.
 */
typedef enum
{
  WAYMARK_STORE_ERROR_NOT_FOUND,
  WAYMARK_STORE_ERROR_EXISTS,
  WAYMARK_STORE_ERROR_NOT_A_FILE,
  WAYMARK_STORE_ERROR_NOT_A_PLAN,
  WAYMARK_STORE_ERROR_FOREIGN,
  WAYMARK_STORE_ERROR_DAMAGED,
  WAYMARK_STORE_ERROR_TOO_NEW,
  WAYMARK_STORE_ERROR_READ_ONLY,
  WAYMARK_STORE_ERROR_PERMISSION,
  WAYMARK_STORE_ERROR_INVALID,
  WAYMARK_STORE_ERROR_FAILED,
  WAYMARK_STORE_ERROR_DISK_FULL,
  WAYMARK_STORE_ERROR_IO,
  WAYMARK_STORE_ERROR_LOCKED,
  WAYMARK_STORE_ERROR_PROTECTED,
  WAYMARK_STORE_ERROR_WRONG_PASSPHRASE,
} WaymarkStoreError;

GQuark waymark_store_error_quark  (void);
void   waymark_store_set_file_error (GError     **error,
                                    int          code,
                                    const char  *path);

G_END_DECLS
