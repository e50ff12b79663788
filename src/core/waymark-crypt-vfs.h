/* waymark-crypt-vfs.h: SQLite reads and writes a protected plan through this
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The layout of a protected plan file (see waymark-crypt-vfs.c). */
#define WAYMARK_CRYPT_HEADER_SIZE   4096
#define WAYMARK_CRYPT_MAGIC         "Waymark protected plan\n"
#define WAYMARK_CRYPT_MAGIC_SIZE    24
#define WAYMARK_CRYPT_SALT_SIZE     16
#define WAYMARK_CRYPT_KEY_SIZE      32
#define WAYMARK_CRYPT_PAGE_SIZE     4096

/* What the file-control op below answers. */
typedef struct
{
  gboolean protected_;
  guint8   salt[WAYMARK_CRYPT_SALT_SIZE];
} WaymarkCryptFileInfo;

/* sqlite3_file_control (db, "main", WAYMARK_CRYPT_FCNTL_INFO, &info) */
#define WAYMARK_CRYPT_FCNTL_INFO 0x57790001

/* A data key as the VFS holds it: the 32 bytes in locked memory and the
 * header a new file made with it starts with. */
typedef struct _WaymarkCryptKey WaymarkCryptKey;

WaymarkCryptKey *waymark_crypt_key_new      (const guint8    *data_key,
                                             const guint8    *header);
WaymarkCryptKey *waymark_crypt_key_ref      (WaymarkCryptKey *key);
void             waymark_crypt_key_unref    (WaymarkCryptKey *key);
const guint8    *waymark_crypt_key_get_data (WaymarkCryptKey *key);
const guint8    *waymark_crypt_key_get_header (WaymarkCryptKey *key);
const guint8    *waymark_crypt_key_get_salt (WaymarkCryptKey *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkCryptKey, waymark_crypt_key_unref)

void             waymark_crypt_vfs_ensure   (void);
void             waymark_crypt_vfs_add_key  (WaymarkCryptKey *key);
void             waymark_crypt_vfs_remove_key (const guint8  *salt);
gboolean         waymark_crypt_vfs_has_key  (const guint8    *salt);
gboolean         waymark_crypt_vfs_is_protected (sqlite3     *db);

/* The URI to open @path with so that, if new, it is made protected with
 * the registered key whose salt is @salt. */
char            *waymark_crypt_vfs_new_file_uri (const char   *path,
                                                 const guint8 *salt);

G_END_DECLS
