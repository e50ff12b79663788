/* waymark-crypt-vfs.c: SQLite reads and writes a protected plan through this
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crypt"

#include "config.h"

#include <sodium.h>
#include <string.h>

#include "waymark-crypt-vfs.h"

/* A protected plan is an ordinary SQLite database whose bytes never reach
 * the disk in the clear. This VFS sits between SQLite and the operating
 * system (it is the process's default VFS, so backups, exports and
 * imports all go through it) and passes a plain file straight through.
 *
 * The plan file:
 *
 *   0      Waymark's header, WAYMARK_CRYPT_HEADER_SIZE bytes (written
 *          once, when the file is made; waymark-plan-key.c reads it)
 *   4096   page 1, then page 2, …, each as
 *            nonce (24) | SQLite's page encrypted (4096) | tag (16)
 *          XChaCha20-Poly1305 (libsodium), a fresh random nonce at every
 *          write, the page number as associated data: a flipped bit, a
 *          page moved or a page of another plan is refused, never read.
 *
 * The write-ahead log (-wal) keeps SQLite's 32-byte header and 24-byte
 * frame headers as they are (numbers and checksums, no text of the plan)
 * and stores each frame's page the same way, the frame's number as
 * associated data. SQLite never sees the difference: every offset it
 * asks for is mapped to the stored one and every page it reads is
 * decrypted first. The -shm index holds page numbers only.
 *
 * Nothing else is ever written for a protected plan: a rollback journal
 * for it is refused (the store uses the write-ahead log for protected
 * plans everywhere), and the store keeps temporary tables in memory.
 *
 * The design follows the page-level encryption of sqleet and SQLite3
 * Multiple Ciphers (a VFS, per-page nonces and MACs), with the page's
 * overhead kept outside the page instead of in SQLite's reserved bytes,
 * so SQLite's pages and WAL checksums are exactly those of a plain plan. */

#define NONCE_SIZE crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define TAG_SIZE   crypto_aead_xchacha20poly1305_ietf_ABYTES
#define OVERHEAD   (NONCE_SIZE + TAG_SIZE)
#define PAGE       WAYMARK_CRYPT_PAGE_SIZE
#define RECORD     (PAGE + OVERHEAD)
#define WAL_HEADER 32
#define WAL_FRAME_HEADER 24
#define WAL_FRAME  (WAL_FRAME_HEADER + PAGE)
#define WAL_RECORD (WAL_FRAME_HEADER + RECORD)
#define SALT_OFFSET 64

#define VFS_NAME "waymark-crypt"
#define NEW_FILE_PARAM "waymark_protect"

struct _WaymarkCryptKey
{
  gatomicrefcount ref_count;
  guint8 *data;                       /* sodium_malloc'd, locked */
  guint8  header[WAYMARK_CRYPT_HEADER_SIZE];
};

typedef enum
{
  FILE_PLAIN,
  FILE_MAIN,
  FILE_WAL,
} FileKind;

typedef struct _CryptFile CryptFile;

struct _CryptFile
{
  sqlite3_file     base;
  FileKind         kind;
  WaymarkCryptKey *key;
  char            *name;              /* the main file's name, for its log */
  CryptFile       *next;              /* open protected main files */
  sqlite3_file    *real;              /* follows this struct */
};

static sqlite3_vfs *root_vfs;
static sqlite3_vfs crypt_vfs;
static GMutex lock;
static GPtrArray *keys;               /* WaymarkCryptKey, registered */
static CryptFile *open_mains;         /* guarded by lock */

/* Keys ------------------------------------------------------------------ */

WaymarkCryptKey *
waymark_crypt_key_new (const guint8 *data_key,
                       const guint8 *header)
{
  WaymarkCryptKey *key;

  if (sodium_init () < 0)
    g_error ("libsodium could not start");

  key = g_new0 (WaymarkCryptKey, 1);
  g_atomic_ref_count_init (&key->ref_count);
  key->data = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  if (key->data == NULL)
    g_error ("no locked memory for a key");
  memcpy (key->data, data_key, WAYMARK_CRYPT_KEY_SIZE);
  sodium_mprotect_readonly (key->data);
  memcpy (key->header, header, WAYMARK_CRYPT_HEADER_SIZE);
  return key;
}

WaymarkCryptKey *
waymark_crypt_key_ref (WaymarkCryptKey *key)
{
  g_atomic_ref_count_inc (&key->ref_count);
  return key;
}

void
waymark_crypt_key_unref (WaymarkCryptKey *key)
{
  if (key == NULL || !g_atomic_ref_count_dec (&key->ref_count))
    return;
  sodium_free (key->data);            /* zeroes it first */
  sodium_memzero (key->header, sizeof key->header);
  g_free (key);
}

const guint8 *
waymark_crypt_key_get_data (WaymarkCryptKey *key)
{
  return key->data;
}

const guint8 *
waymark_crypt_key_get_header (WaymarkCryptKey *key)
{
  return key->header;
}

const guint8 *
waymark_crypt_key_get_salt (WaymarkCryptKey *key)
{
  return key->header + SALT_OFFSET;
}

static WaymarkCryptKey *
find_key_locked (const guint8 *salt)
{
  for (guint i = 0; keys != NULL && i < keys->len; i++)
    {
      WaymarkCryptKey *key = g_ptr_array_index (keys, i);

      if (sodium_memcmp (waymark_crypt_key_get_salt (key), salt, WAYMARK_CRYPT_SALT_SIZE) == 0)
        return key;
    }
  return NULL;
}

void
waymark_crypt_vfs_add_key (WaymarkCryptKey *key)
{
  g_mutex_lock (&lock);
  if (keys == NULL)
    keys = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_crypt_key_unref);
  if (find_key_locked (waymark_crypt_key_get_salt (key)) == NULL)
    g_ptr_array_add (keys, waymark_crypt_key_ref (key));
  g_mutex_unlock (&lock);
}

void
waymark_crypt_vfs_remove_key (const guint8 *salt)
{
  WaymarkCryptKey *key;

  g_mutex_lock (&lock);
  key = find_key_locked (salt);
  if (key != NULL)
    g_ptr_array_remove (keys, key);
  g_mutex_unlock (&lock);
}

gboolean
waymark_crypt_vfs_has_key (const guint8 *salt)
{
  gboolean found;

  g_mutex_lock (&lock);
  found = find_key_locked (salt) != NULL;
  g_mutex_unlock (&lock);
  return found;
}

static WaymarkCryptKey *
dup_key (const guint8 *salt)
{
  WaymarkCryptKey *key;

  g_mutex_lock (&lock);
  key = find_key_locked (salt);
  if (key != NULL)
    waymark_crypt_key_ref (key);
  g_mutex_unlock (&lock);
  return key;
}

/* Pages ----------------------------------------------------------------- */

static void
make_ad (guint8   ad[9],
         char     kind,
         sqlite3_int64 number)
{
  ad[0] = (guint8) kind;
  for (int i = 0; i < 8; i++)
    ad[1 + i] = (guint8) ((guint64) number >> (56 - 8 * i));
}

static void
seal (WaymarkCryptKey *key,
      char             kind,
      sqlite3_int64    number,
      const guint8    *page,
      guint8          *record)
{
  guint8 ad[9];

  make_ad (ad, kind, number);
  randombytes_buf (record, NONCE_SIZE);
  crypto_aead_xchacha20poly1305_ietf_encrypt_detached (record + NONCE_SIZE, record + NONCE_SIZE + PAGE,
                                                       NULL, page, PAGE, ad, sizeof ad,
                                                       NULL, record, key->data);
}

static gboolean
is_all_zero (const guint8 *data,
             gsize         size)
{
  return sodium_is_zero (data, size) == 1;
}

/* Returns FALSE when the record was changed or belongs elsewhere. */
static gboolean
open_record (WaymarkCryptKey *key,
             char             kind,
             sqlite3_int64    number,
             const guint8    *record,
             guint8          *page)
{
  guint8 ad[9];

  make_ad (ad, kind, number);
  return crypto_aead_xchacha20poly1305_ietf_decrypt_detached (page, NULL, record + NONCE_SIZE, PAGE,
                                                              record + NONCE_SIZE + PAGE, ad, sizeof ad,
                                                              record, key->data) == 0;
}

/* Main file: page @index (0-based) is stored at this offset. */
static sqlite3_int64
main_record_offset (sqlite3_int64 index)
{
  return WAYMARK_CRYPT_HEADER_SIZE + index * RECORD;
}

/* Reads and decrypts one stored page; a page past the end reads as zeros
 * (*short_read set), as SQLite expects. */
static int
read_page (CryptFile     *self,
           char           kind,
           sqlite3_int64  number,
           sqlite3_int64  offset,
           guint8        *page,
           gboolean       damaged_is_zero,
           gboolean      *short_read)
{
  guint8 record[RECORD];
  int rc;

  rc = self->real->pMethods->xRead (self->real, record, RECORD, offset);
  if (rc == SQLITE_IOERR_SHORT_READ)
    {
      /* A page never written whole, past the end of the file. */
      memset (page, 0, PAGE);
      *short_read = TRUE;
      return SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    return rc;

  if (is_all_zero (record, RECORD))
    {
      memset (page, 0, PAGE);
      return SQLITE_OK;
    }

  if (!open_record (self->key, kind, number, record, page))
    {
      memset (page, 0, PAGE);
      return damaged_is_zero ? SQLITE_OK : SQLITE_IOERR_DATA;
    }

  return SQLITE_OK;
}

static int
write_page (CryptFile     *self,
            char           kind,
            sqlite3_int64  number,
            sqlite3_int64  offset,
            const guint8  *page)
{
  guint8 record[RECORD];
  int rc;

  seal (self->key, kind, number, page, record);
  rc = self->real->pMethods->xWrite (self->real, record, RECORD, offset);
  sodium_memzero (record, sizeof record);
  return rc;
}

/* The main file --------------------------------------------------------- */

static sqlite3_int64
main_logical_size (sqlite3_int64 stored)
{
  if (stored <= WAYMARK_CRYPT_HEADER_SIZE)
    return 0;
  /* A record cut short (a write cut off by a crash) is not a page. */
  return (stored - WAYMARK_CRYPT_HEADER_SIZE) / RECORD * PAGE;
}

static sqlite3_int64
main_stored_size (sqlite3_int64 logical)
{
  return WAYMARK_CRYPT_HEADER_SIZE + (logical + PAGE - 1) / PAGE * RECORD;
}

/* The write-ahead log --------------------------------------------------- */

static sqlite3_int64
wal_stored_offset (sqlite3_int64 logical)
{
  sqlite3_int64 frame, within;

  if (logical <= WAL_HEADER)
    return logical;
  frame = (logical - WAL_HEADER) / WAL_FRAME;
  within = (logical - WAL_HEADER) % WAL_FRAME;
  if (within <= WAL_FRAME_HEADER)
    return WAL_HEADER + frame * WAL_RECORD + within;
  return WAL_HEADER + frame * WAL_RECORD + WAL_FRAME_HEADER + NONCE_SIZE + (within - WAL_FRAME_HEADER);
}

static sqlite3_int64
wal_logical_size (sqlite3_int64 stored)
{
  sqlite3_int64 frame, within;

  if (stored <= WAL_HEADER)
    return stored;
  frame = (stored - WAL_HEADER) / WAL_RECORD;
  within = (stored - WAL_HEADER) % WAL_RECORD;
  if (within <= WAL_FRAME_HEADER)
    return WAL_HEADER + frame * WAL_FRAME + within;
  /* A frame whose stored page is not whole counts as a frame cut short,
   * which SQLite ignores, as it would a torn plain frame. */
  within -= WAL_FRAME_HEADER + NONCE_SIZE;
  if (within < 0)
    within = 0;
  return WAL_HEADER + frame * WAL_FRAME + WAL_FRAME_HEADER + MIN (within, PAGE - 1);
}

/* Reads and writes, page by page ---------------------------------------- */

/* Where bytes SQLite asks for lie in the stored file, as far as they
 * stay in one piece: in a page, stored sealed as a record, or in bytes
 * stored as they are (the log's header and its frames' headers). */
typedef struct
{
  gboolean       sealed;
  char           kind;      /* sealed: 'D' a page of the plan, 'W' a frame's page */
  sqlite3_int64  number;    /* sealed: the page's number (from 1), the frame's (from 0) */
  sqlite3_int64  stored;    /* where the record starts, or where the bytes are */
  int            within;    /* sealed: where in the page the bytes start */
  int            n;         /* how many of the bytes asked for the piece holds */
} Piece;

/* The piece of a protected file that @amount bytes at @offset start in. */
static void
find_piece (CryptFile     *self,
            sqlite3_int64  offset,
            int            amount,
            Piece         *piece)
{
  sqlite3_int64 frame, within;

  memset (piece, 0, sizeof *piece);

  if (self->kind == FILE_MAIN)
    {
      sqlite3_int64 index = offset / PAGE;

      piece->sealed = TRUE;
      piece->kind = 'D';
      piece->number = index + 1;
      piece->stored = main_record_offset (index);
      piece->within = (int) (offset % PAGE);
      piece->n = MIN (amount, PAGE - piece->within);
      return;
    }

  g_assert (self->kind == FILE_WAL);
  if (offset < WAL_HEADER)
    {
      piece->stored = offset;
      piece->n = MIN (amount, (int) (WAL_HEADER - offset));
      return;
    }
  frame = (offset - WAL_HEADER) / WAL_FRAME;
  within = (offset - WAL_HEADER) % WAL_FRAME;
  if (within < WAL_FRAME_HEADER)
    {
      piece->stored = wal_stored_offset (offset);
      piece->n = MIN (amount, (int) (WAL_FRAME_HEADER - within));
      return;
    }
  piece->sealed = TRUE;
  piece->kind = 'W';
  piece->number = frame;
  piece->stored = WAL_HEADER + frame * WAL_RECORD + WAL_FRAME_HEADER;
  piece->within = (int) (within - WAL_FRAME_HEADER);
  piece->n = MIN (amount, PAGE - piece->within);
}

static int
sealed_read (CryptFile     *self,
             guint8        *out,
             int            amount,
             sqlite3_int64  offset)
{
  gboolean short_read = FALSE;
  /* SQLite reads whole frames of the log only when it rebuilds its index
   * after a crash: then a page that fails its check is handed over as
   * zeros, its frame's checksum fails and SQLite stops at that frame, as
   * it does at a torn plain one. Read alone, and in the plan file, a
   * damaged page is an error. */
  gboolean recovering = self->kind == FILE_WAL && amount > PAGE;
  guint8 page[PAGE];
  int rc = SQLITE_OK;

  while (amount > 0 && rc == SQLITE_OK)
    {
      Piece piece;

      find_piece (self, offset, amount, &piece);
      if (piece.sealed)
        {
          rc = read_page (self, piece.kind, piece.number, piece.stored, page, recovering, &short_read);
          if (rc == SQLITE_OK)
            memcpy (out, page + piece.within, piece.n);
        }
      else
        rc = self->real->pMethods->xRead (self->real, out, piece.n, piece.stored);

      if (rc == SQLITE_IOERR_SHORT_READ)
        {
          short_read = TRUE;
          rc = SQLITE_OK;
        }
      out += piece.n;
      offset += piece.n;
      amount -= piece.n;
    }

  sodium_memzero (page, sizeof page);
  if (rc == SQLITE_OK && short_read)
    return SQLITE_IOERR_SHORT_READ;
  return rc;
}

static int
sealed_write (CryptFile     *self,
              const guint8  *in,
              int            amount,
              sqlite3_int64  offset)
{
  /* Part of a page is sealed again with the rest of the page as it was;
   * in the log, a stored page that fails its check counts as zeros then,
   * in the plan file it is an error. */
  gboolean damaged_is_zero = self->kind == FILE_WAL;
  guint8 page[PAGE];
  int rc = SQLITE_OK;

  while (amount > 0 && rc == SQLITE_OK)
    {
      Piece piece;

      find_piece (self, offset, amount, &piece);
      if (piece.sealed)
        {
          if (piece.n == PAGE)
            memcpy (page, in, PAGE);
          else
            {
              gboolean short_read = FALSE;

              rc = read_page (self, piece.kind, piece.number, piece.stored, page, damaged_is_zero, &short_read);
              memcpy (page + piece.within, in, piece.n);
            }
          if (rc == SQLITE_OK)
            rc = write_page (self, piece.kind, piece.number, piece.stored, page);
        }
      else
        rc = self->real->pMethods->xWrite (self->real, in, piece.n, piece.stored);

      in += piece.n;
      offset += piece.n;
      amount -= piece.n;
    }

  sodium_memzero (page, sizeof page);
  return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
}

/* sqlite3_io_methods ---------------------------------------------------- */

static int
crypt_close (sqlite3_file *file)
{
  CryptFile *self = (CryptFile *) file;
  int rc;

  if (self->kind == FILE_MAIN)
    {
      g_mutex_lock (&lock);
      for (CryptFile **p = &open_mains; *p != NULL; p = &(*p)->next)
        if (*p == self)
          {
            *p = self->next;
            break;
          }
      g_mutex_unlock (&lock);
    }

  rc = self->real->pMethods->xClose (self->real);
  g_clear_pointer (&self->key, waymark_crypt_key_unref);
  g_clear_pointer (&self->name, g_free);
  return rc;
}

static int
crypt_read (sqlite3_file  *file,
            void          *out,
            int            amount,
            sqlite3_int64  offset)
{
  CryptFile *self = (CryptFile *) file;

  switch (self->kind)
    {
    case FILE_MAIN:
    case FILE_WAL:
      return sealed_read (self, out, amount, offset);
    case FILE_PLAIN:
    default:
      return self->real->pMethods->xRead (self->real, out, amount, offset);
    }
}

static int
crypt_write (sqlite3_file  *file,
             const void    *in,
             int            amount,
             sqlite3_int64  offset)
{
  CryptFile *self = (CryptFile *) file;

  switch (self->kind)
    {
    case FILE_MAIN:
    case FILE_WAL:
      return sealed_write (self, in, amount, offset);
    case FILE_PLAIN:
    default:
      return self->real->pMethods->xWrite (self->real, in, amount, offset);
    }
}

static int
crypt_truncate (sqlite3_file  *file,
                sqlite3_int64  size)
{
  CryptFile *self = (CryptFile *) file;

  if (self->kind == FILE_MAIN)
    size = main_stored_size (size);
  else if (self->kind == FILE_WAL)
    size = wal_stored_offset (size);
  return self->real->pMethods->xTruncate (self->real, size);
}

static int
crypt_sync (sqlite3_file *file,
            int           flags)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xSync (self->real, flags);
}

static int
crypt_file_size (sqlite3_file  *file,
                 sqlite3_int64 *size)
{
  CryptFile *self = (CryptFile *) file;
  sqlite3_int64 stored = 0;
  int rc;

  rc = self->real->pMethods->xFileSize (self->real, &stored);
  if (rc != SQLITE_OK)
    return rc;

  if (self->kind == FILE_MAIN)
    *size = main_logical_size (stored);
  else if (self->kind == FILE_WAL)
    *size = wal_logical_size (stored);
  else
    *size = stored;
  return SQLITE_OK;
}

static int
crypt_lock (sqlite3_file *file,
            int           level)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xLock (self->real, level);
}

static int
crypt_unlock (sqlite3_file *file,
              int           level)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xUnlock (self->real, level);
}

static int
crypt_check_reserved_lock (sqlite3_file *file,
                           int          *reserved)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xCheckReservedLock (self->real, reserved);
}

static int
crypt_file_control (sqlite3_file *file,
                    int           op,
                    void         *arg)
{
  CryptFile *self = (CryptFile *) file;

  if (op == WAYMARK_CRYPT_FCNTL_INFO)
    {
      WaymarkCryptFileInfo *info = arg;

      info->protected_ = self->kind != FILE_PLAIN;
      if (self->key != NULL)
        memcpy (info->salt, waymark_crypt_key_get_salt (self->key), WAYMARK_CRYPT_SALT_SIZE);
      return SQLITE_OK;
    }

  if (self->kind != FILE_PLAIN)
    {
      switch (op)
        {
        case SQLITE_FCNTL_SIZE_HINT:
          {
            sqlite3_int64 hint = *(sqlite3_int64 *) arg;

            hint = self->kind == FILE_MAIN ? main_stored_size (hint) : wal_stored_offset (hint);
            return self->real->pMethods->xFileControl (self->real, op, &hint);
          }
        case SQLITE_FCNTL_MMAP_SIZE:
          /* Pages are read through xRead, decrypted; never mapped. */
          *(sqlite3_int64 *) arg = 0;
          return SQLITE_OK;
        default:
          break;
        }
    }

  return self->real->pMethods->xFileControl (self->real, op, arg);
}

static int
crypt_sector_size (sqlite3_file *file)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xSectorSize (self->real);
}

static int
crypt_device_characteristics (sqlite3_file *file)
{
  CryptFile *self = (CryptFile *) file;
  int dc = self->real->pMethods->xDeviceCharacteristics (self->real);

  if (self->kind != FILE_PLAIN)
    {
      /* A page is stored as a larger record: no promise about how a
       * write lines up with sectors, so SQLite takes none for granted;
       * and SQLite must not pad the log with frames written in parts. */
      dc &= ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
              SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
              SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
              SQLITE_IOCAP_BATCH_ATOMIC);
      dc |= SQLITE_IOCAP_POWERSAFE_OVERWRITE;
    }
  return dc;
}

static int
crypt_shm_map (sqlite3_file  *file,
               int            region,
               int            size,
               int            extend,
               void volatile **out)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xShmMap (self->real, region, size, extend, out);
}

static int
crypt_shm_lock (sqlite3_file *file,
                int           offset,
                int           n,
                int           flags)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xShmLock (self->real, offset, n, flags);
}

static void
crypt_shm_barrier (sqlite3_file *file)
{
  CryptFile *self = (CryptFile *) file;

  self->real->pMethods->xShmBarrier (self->real);
}

static int
crypt_shm_unmap (sqlite3_file *file,
                 int           delete_flag)
{
  CryptFile *self = (CryptFile *) file;

  return self->real->pMethods->xShmUnmap (self->real, delete_flag);
}

static int
crypt_fetch (sqlite3_file  *file,
             sqlite3_int64  offset,
             int            amount,
             void         **out)
{
  CryptFile *self = (CryptFile *) file;

  if (self->kind != FILE_PLAIN || self->real->pMethods->iVersion < 3)
    {
      *out = NULL;
      return SQLITE_OK;
    }
  return self->real->pMethods->xFetch (self->real, offset, amount, out);
}

static int
crypt_unfetch (sqlite3_file  *file,
               sqlite3_int64  offset,
               void          *page)
{
  CryptFile *self = (CryptFile *) file;

  if (self->kind != FILE_PLAIN || self->real->pMethods->iVersion < 3)
    return SQLITE_OK;
  return self->real->pMethods->xUnfetch (self->real, offset, page);
}

static const sqlite3_io_methods crypt_io_methods = {
  3,
  crypt_close,
  crypt_read,
  crypt_write,
  crypt_truncate,
  crypt_sync,
  crypt_file_size,
  crypt_lock,
  crypt_unlock,
  crypt_check_reserved_lock,
  crypt_file_control,
  crypt_sector_size,
  crypt_device_characteristics,
  crypt_shm_map,
  crypt_shm_lock,
  crypt_shm_barrier,
  crypt_shm_unmap,
  crypt_fetch,
  crypt_unfetch,
};

/* sqlite3_vfs ----------------------------------------------------------- */

static gboolean
parse_hex_salt (const char *hex,
                guint8      salt[WAYMARK_CRYPT_SALT_SIZE])
{
  size_t n = 0;

  return hex != NULL &&
         sodium_hex2bin (salt, WAYMARK_CRYPT_SALT_SIZE, hex, strlen (hex), NULL, &n, NULL) == 0 &&
         n == WAYMARK_CRYPT_SALT_SIZE;
}

/* Looks at a main file's first bytes: plain, protected (and with which
 * salt), or unreadable. */
static int
read_main_header (sqlite3_file  *real,
                  gboolean      *protected_,
                  guint8         salt[WAYMARK_CRYPT_SALT_SIZE],
                  gboolean      *empty)
{
  guint8 head[SALT_OFFSET + WAYMARK_CRYPT_SALT_SIZE];
  sqlite3_int64 size = 0;
  int rc;

  *protected_ = FALSE;
  *empty = FALSE;
  rc = real->pMethods->xFileSize (real, &size);
  if (rc != SQLITE_OK)
    return rc;
  if (size == 0)
    {
      *empty = TRUE;
      return SQLITE_OK;
    }
  if (size < (sqlite3_int64) sizeof head)
    return SQLITE_OK;

  rc = real->pMethods->xRead (real, head, sizeof head, 0);
  if (rc != SQLITE_OK)
    return rc;
  if (memcmp (head, WAYMARK_CRYPT_MAGIC, WAYMARK_CRYPT_MAGIC_SIZE) == 0)
    {
      *protected_ = TRUE;
      memcpy (salt, head + SALT_OFFSET, WAYMARK_CRYPT_SALT_SIZE);
    }
  return SQLITE_OK;
}

static int
crypt_open (sqlite3_vfs  *vfs,
            const char   *name,
            sqlite3_file *file,
            int           flags,
            int          *out_flags)
{
  CryptFile *self = (CryptFile *) file;
  int rc;

  memset (self, 0, sizeof *self);
  self->real = (sqlite3_file *) (self + 1);
  self->kind = FILE_PLAIN;

  rc = root_vfs->xOpen (root_vfs, name, self->real, flags, out_flags);
  if (rc != SQLITE_OK)
    return rc;
  self->base.pMethods = &crypt_io_methods;

  if (flags & SQLITE_OPEN_MAIN_DB)
    {
      guint8 salt[WAYMARK_CRYPT_SALT_SIZE];
      gboolean protected_ = FALSE, empty = FALSE;
      const char *new_salt = name != NULL ? sqlite3_uri_parameter (name, NEW_FILE_PARAM) : NULL;

      rc = read_main_header (self->real, &protected_, salt, &empty);
      if (rc == SQLITE_OK && empty && new_salt != NULL)
        {
          /* A new file asked for protected: its header first. */
          if (!parse_hex_salt (new_salt, salt) || (self->key = dup_key (salt)) == NULL)
            rc = SQLITE_CANTOPEN;
          else
            rc = self->real->pMethods->xWrite (self->real, waymark_crypt_key_get_header (self->key),
                                               WAYMARK_CRYPT_HEADER_SIZE, 0);
        }
      else if (rc == SQLITE_OK && protected_)
        {
          /* Without its key a protected plan can't be opened at all. */
          self->key = dup_key (salt);
          if (self->key == NULL)
            rc = SQLITE_AUTH;
        }

      if (rc == SQLITE_OK && self->key != NULL)
        {
          self->kind = FILE_MAIN;
          self->name = g_strdup (name);
          g_mutex_lock (&lock);
          self->next = open_mains;
          open_mains = self;
          g_mutex_unlock (&lock);
        }
    }
  else if (name != NULL && (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)))
    {
      gsize len = strlen (name);
      gsize suffix = (flags & SQLITE_OPEN_WAL) ? 4 : 8;    /* "-wal", "-journal" */

      g_mutex_lock (&lock);
      for (CryptFile *main = open_mains; main != NULL; main = main->next)
        if (len > suffix && strlen (main->name) == len - suffix &&
            strncmp (main->name, name, len - suffix) == 0)
          {
            self->key = waymark_crypt_key_ref (main->key);
            break;
          }
      g_mutex_unlock (&lock);

      if (self->key != NULL && (flags & SQLITE_OPEN_MAIN_JOURNAL))
        {
          /* A rollback journal would hold whole pages in the clear. */
          g_clear_pointer (&self->key, waymark_crypt_key_unref);
          rc = SQLITE_CANTOPEN;
        }
      else if (self->key != NULL)
        self->kind = FILE_WAL;
    }

  if (rc != SQLITE_OK)
    {
      self->real->pMethods->xClose (self->real);
      g_clear_pointer (&self->key, waymark_crypt_key_unref);
      g_clear_pointer (&self->name, g_free);
      self->base.pMethods = NULL;
    }
  return rc;
}

static int
crypt_delete (sqlite3_vfs *vfs,
              const char  *name,
              int          sync_dir)
{
  return root_vfs->xDelete (root_vfs, name, sync_dir);
}

static int
crypt_access (sqlite3_vfs *vfs,
              const char  *name,
              int          flags,
              int         *result)
{
  return root_vfs->xAccess (root_vfs, name, flags, result);
}

static int
crypt_full_pathname (sqlite3_vfs *vfs,
                     const char  *name,
                     int          n_out,
                     char        *out)
{
  return root_vfs->xFullPathname (root_vfs, name, n_out, out);
}

static void *
crypt_dl_open (sqlite3_vfs *vfs,
               const char  *name)
{
  return root_vfs->xDlOpen (root_vfs, name);
}

static void
crypt_dl_error (sqlite3_vfs *vfs,
                int          n,
                char        *out)
{
  root_vfs->xDlError (root_vfs, n, out);
}

static void (*crypt_dl_sym (sqlite3_vfs *vfs,
                            void        *handle,
                            const char  *symbol)) (void)
{
  return root_vfs->xDlSym (root_vfs, handle, symbol);
}

static void
crypt_dl_close (sqlite3_vfs *vfs,
                void        *handle)
{
  root_vfs->xDlClose (root_vfs, handle);
}

static int
crypt_randomness (sqlite3_vfs *vfs,
                  int          n,
                  char        *out)
{
  return root_vfs->xRandomness (root_vfs, n, out);
}

static int
crypt_sleep (sqlite3_vfs *vfs,
             int          microseconds)
{
  return root_vfs->xSleep (root_vfs, microseconds);
}

static int
crypt_current_time (sqlite3_vfs *vfs,
                    double      *now)
{
  return root_vfs->xCurrentTime (root_vfs, now);
}

static int
crypt_get_last_error (sqlite3_vfs *vfs,
                      int          n,
                      char        *out)
{
  return root_vfs->xGetLastError (root_vfs, n, out);
}

static int
crypt_current_time_int64 (sqlite3_vfs   *vfs,
                          sqlite3_int64 *now)
{
  return root_vfs->xCurrentTimeInt64 (root_vfs, now);
}

/**
 * waymark_crypt_vfs_ensure:
 *
 * Makes this VFS SQLite's default, once; a plain plan is read and written
 * as before.
 */
void
waymark_crypt_vfs_ensure (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (sodium_init () < 0)
        g_error ("libsodium could not start");
      sqlite3_initialize ();
      root_vfs = sqlite3_vfs_find (NULL);
      g_assert (root_vfs != NULL);

      crypt_vfs.iVersion = 2;
      crypt_vfs.szOsFile = sizeof (CryptFile) + root_vfs->szOsFile;
      crypt_vfs.mxPathname = root_vfs->mxPathname;
      crypt_vfs.zName = VFS_NAME;
      crypt_vfs.xOpen = crypt_open;
      crypt_vfs.xDelete = crypt_delete;
      crypt_vfs.xAccess = crypt_access;
      crypt_vfs.xFullPathname = crypt_full_pathname;
      crypt_vfs.xDlOpen = crypt_dl_open;
      crypt_vfs.xDlError = crypt_dl_error;
      crypt_vfs.xDlSym = crypt_dl_sym;
      crypt_vfs.xDlClose = crypt_dl_close;
      crypt_vfs.xRandomness = crypt_randomness;
      crypt_vfs.xSleep = crypt_sleep;
      crypt_vfs.xCurrentTime = crypt_current_time;
      crypt_vfs.xGetLastError = crypt_get_last_error;
      crypt_vfs.xCurrentTimeInt64 = crypt_current_time_int64;

      sqlite3_vfs_register (&crypt_vfs, 1);
      g_once_init_leave (&done, 1);
    }
}

/**
 * waymark_crypt_vfs_is_protected:
 * @db: an open connection
 *
 * Returns: whether its main file is a protected plan
 */
gboolean
waymark_crypt_vfs_is_protected (sqlite3 *db)
{
  WaymarkCryptFileInfo info = { 0 };

  return sqlite3_file_control (db, "main", WAYMARK_CRYPT_FCNTL_INFO, &info) == SQLITE_OK &&
         info.protected_;
}

char *
waymark_crypt_vfs_new_file_uri (const char   *path,
                                const guint8 *salt)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  char hex[WAYMARK_CRYPT_SALT_SIZE * 2 + 1];

  sodium_bin2hex (hex, sizeof hex, salt, WAYMARK_CRYPT_SALT_SIZE);
  return g_strconcat ("file:", escaped, "?" NEW_FILE_PARAM "=", hex, NULL);
}
