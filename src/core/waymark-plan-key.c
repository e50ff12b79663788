/* waymark-plan-key.c: a protected plan's key, and the header that keeps it
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-key"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "waymark-core-resources.h"
#include "waymark-crypt-vfs.h"
#include "waymark-plan-key.h"
#include "waymark-plan-key-private.h"
#include "waymark-store-error.h"

/* Waymark's header at the start of a protected plan (big-endian numbers):
 *
 *   0   24  magic, WAYMARK_CRYPT_MAGIC
 *  24    4  format version (1)
 *  28    4  page size (4096)
 *  32    4  key derivation: 1 = Argon2id v1.3 (libsodium crypto_pwhash)
 *  40    8  its operations limit
 *  48    8  its memory limit, bytes
 *  64   16  its salt (also names the plan's key in this process)
 *  80   72  the data key wrapped by the passphrase's key:
 *           nonce (24) | key encrypted (32) | tag (16), XChaCha20-Poly1305,
 *           bytes 0–79 as associated data
 * 152   72  the data key wrapped by the recovery key's key, the same way
 * 224   32  BLAKE2b of bytes 0–223 keyed with the data key: a key that
 *           came from the keyring is checked against this
 * 256   32  BLAKE2b of bytes 0–255: a damaged header is told from a wrong
 *           passphrase
 *
 * The rest, to 4096, is zero. The data key is random and never changes
 * while the plan stays protected with it; Change Passphrase makes a new
 * one and rewrites the plan (waymark-plan-protection.c). */

#define FORMAT_VERSION      1
#define KDF_ARGON2ID13      1
#define OFF_VERSION         24
#define OFF_PAGE_SIZE       28
#define OFF_KDF             32
#define OFF_OPSLIMIT        40
#define OFF_MEMLIMIT        48
#define OFF_SALT            64
#define OFF_PASSPHRASE_WRAP 80
#define OFF_RECOVERY_WRAP   152
#define OFF_KEY_CHECK       224
#define OFF_CHECKSUM        256
#define HEADER_USED         288
#define WRAP_NONCE          crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define WRAP_SIZE           (WRAP_NONCE + WAYMARK_CRYPT_KEY_SIZE + crypto_aead_xchacha20poly1305_ietf_ABYTES)

/* A recovery key: 20 random bytes (160 bits), written as 15 words to
 * write down or print. It is BIP-39's construction: the 160 bits and then
 * the first 5 bits of a hash of them (BLAKE2b-256 here, not SHA-256) make
 * 165 bits, read as 15 numbers of 11 bits, each a word of the 2048.
 *
 * The words are BIP-39's English word list, data/recovery-words.txt, copied
 * exactly as Debian's python3-mnemonic ships it (mnemonic/wordlist/english.txt,
 * from Trezor's python-mnemonic; MIT licence, Copyright 2013-2014 Pavol
 * Rusnak). Every word is unique in its first four letters, so those are
 * enough when the key is typed back. */
#define RECOVERY_BYTES      20
#define RECOVERY_WORDS      15
#define RECOVERY_WORD_BITS  11
#define RECOVERY_CHECK_BITS 5
#define RECOVERY_WORD_COUNT 2048
#define RECOVERY_WORDS_RESOURCE RESOURCE_PREFIX "/recovery/recovery-words.txt"

G_DEFINE_BOXED_TYPE (WaymarkPlanKey, waymark_plan_key, waymark_plan_key_ref, waymark_plan_key_unref)

WaymarkPlanKey *
waymark_plan_key_ref (WaymarkPlanKey *key)
{
  return (WaymarkPlanKey *) waymark_crypt_key_ref ((WaymarkCryptKey *) key);
}

void
waymark_plan_key_unref (WaymarkPlanKey *key)
{
  waymark_crypt_key_unref ((WaymarkCryptKey *) key);
}

static void
put_be32 (guint8  *p,
          guint32  v)
{
  for (int i = 0; i < 4; i++)
    p[i] = (guint8) (v >> (24 - 8 * i));
}

static void
put_be64 (guint8  *p,
          guint64  v)
{
  for (int i = 0; i < 8; i++)
    p[i] = (guint8) (v >> (56 - 8 * i));
}

static guint32
get_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint64
get_be64 (const guint8 *p)
{
  guint64 v = 0;

  for (int i = 0; i < 8; i++)
    v = (v << 8) | p[i];
  return v;
}

/* Argon2id's cost: about half a second on a two-core machine of 2026
 * (measured: see README, "A protected plan"). Tests may ask for the
 * least libsodium allows, so that hundreds of unlocks stay quick. */
static void
kdf_limits (guint64 *opslimit,
            guint64 *memlimit)
{
  if (g_strcmp0 (g_getenv ("WAYMARK_TEST_QUICK_KDF"), "1") == 0)
    {
      *opslimit = crypto_pwhash_OPSLIMIT_MIN;
      *memlimit = crypto_pwhash_MEMLIMIT_MIN;
      return;
    }
  *opslimit = 3;
  *memlimit = 128 * 1024 * 1024;
}

static gboolean
derive_passphrase_key (const guint8 *header,
                       const char   *passphrase,
                       guint8        kek[WAYMARK_CRYPT_KEY_SIZE])
{
  guint64 opslimit = get_be64 (header + OFF_OPSLIMIT);
  guint64 memlimit = get_be64 (header + OFF_MEMLIMIT);

  if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_MAX ||
      memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > (guint64) 4 * 1024 * 1024 * 1024)
    return FALSE;

  return crypto_pwhash (kek, WAYMARK_CRYPT_KEY_SIZE, passphrase, strlen (passphrase),
                        header + OFF_SALT, opslimit, (size_t) memlimit,
                        crypto_pwhash_ALG_ARGON2ID13) == 0;
}

static void
derive_recovery_key (const guint8 *header,
                     const guint8  recovery[RECOVERY_BYTES],
                     guint8        kek[WAYMARK_CRYPT_KEY_SIZE])
{
  crypto_generichash_state state;

  /* 160 random bits need no slow derivation; the salt ties it to the plan. */
  crypto_generichash_init (&state, recovery, RECOVERY_BYTES, WAYMARK_CRYPT_KEY_SIZE);
  crypto_generichash_update (&state, (const guint8 *) "Waymark recovery key", 20);
  crypto_generichash_update (&state, header + OFF_SALT, WAYMARK_CRYPT_SALT_SIZE);
  crypto_generichash_final (&state, kek, WAYMARK_CRYPT_KEY_SIZE);
}

static void
wrap_key (const guint8 *header,
          const guint8  kek[WAYMARK_CRYPT_KEY_SIZE],
          const guint8  data_key[WAYMARK_CRYPT_KEY_SIZE],
          guint8       *out)
{
  randombytes_buf (out, WRAP_NONCE);
  crypto_aead_xchacha20poly1305_ietf_encrypt (out + WRAP_NONCE, NULL, data_key, WAYMARK_CRYPT_KEY_SIZE,
                                              header, OFF_PASSPHRASE_WRAP, NULL, out, kek);
}

static gboolean
unwrap_key (const guint8 *header,
            const guint8  kek[WAYMARK_CRYPT_KEY_SIZE],
            const guint8 *wrapped,
            guint8        data_key[WAYMARK_CRYPT_KEY_SIZE])
{
  return crypto_aead_xchacha20poly1305_ietf_decrypt (data_key, NULL, NULL, wrapped + WRAP_NONCE,
                                                     WRAP_SIZE - WRAP_NONCE, header, OFF_PASSPHRASE_WRAP,
                                                     wrapped, kek) == 0;
}

static void
key_check (const guint8 *header,
           const guint8  data_key[WAYMARK_CRYPT_KEY_SIZE],
           guint8        out[32])
{
  crypto_generichash (out, 32, header, OFF_KEY_CHECK, data_key, WAYMARK_CRYPT_KEY_SIZE);
}

/* The word list, read from the core's resources once (the core's own
 * resource, asked by name, so it is linked in wherever this is). */
static const char * const *
recovery_words (void)
{
  static char **words = NULL;

  if (g_once_init_enter (&words))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (waymark_core_get_resource (),
                                                        RECOVERY_WORDS_RESOURCE,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autofree char *text = NULL;
      char **list;
      gsize size;
      const char *data;

      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      text = g_strndup (data, size);
      g_strchomp (text);
      list = g_strsplit (text, "\n", -1);
      g_assert (g_strv_length (list) == RECOVERY_WORD_COUNT);
      g_once_init_leave (&words, list);
    }
  return (const char * const *) words;
}

/* The checksum: the first 5 bits of BLAKE2b-256 of the 20 bytes, in the
 * top bits of a byte, as they follow the 160 bits. */
static guint8
recovery_checksum (const guint8 recovery[RECOVERY_BYTES])
{
  guint8 hash[32];
  guint8 check;

  crypto_generichash (hash, sizeof hash, recovery, RECOVERY_BYTES, NULL, 0);
  check = hash[0] & (guint8) (0xff << (8 - RECOVERY_CHECK_BITS));
  sodium_memzero (hash, sizeof hash);
  return check;
}

static char *
format_recovery_key (const guint8 recovery[RECOVERY_BYTES])
{
  const char * const *words = recovery_words ();
  GString *text = g_string_new (NULL);
  guint8 bits[RECOVERY_BYTES + 1];

  G_STATIC_ASSERT (RECOVERY_BYTES * 8 + RECOVERY_CHECK_BITS == RECOVERY_WORDS * RECOVERY_WORD_BITS);

  memcpy (bits, recovery, RECOVERY_BYTES);
  bits[RECOVERY_BYTES] = recovery_checksum (recovery);
  for (guint w = 0; w < RECOVERY_WORDS; w++)
    {
      guint index = 0;

      for (guint b = w * RECOVERY_WORD_BITS; b < (w + 1) * RECOVERY_WORD_BITS; b++)
        index = (index << 1) | ((bits[b / 8] >> (7 - b % 8)) & 1);
      if (w > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[index]);
    }
  sodium_memzero (bits, sizeof bits);
  return g_string_free (text, FALSE);
}

/* A typed word's number in the list: the whole word, or its first four
 * letters, in any case; -1 for anything else. */
static int
recovery_word_index (const char *token,
                     gsize       length)
{
  const char * const *words = recovery_words ();

  for (int i = 0; i < RECOVERY_WORD_COUNT; i++)
    {
      gsize word_length = strlen (words[i]);

      if ((length == word_length || (length == 4 && word_length > 4))
          && g_ascii_strncasecmp (words[i], token, length) == 0)
        return i;
    }
  return -1;
}

static gboolean
parse_recovery_key (const char *text,
                    guint8      recovery[RECOVERY_BYTES])
{
  guint8 bits[RECOVERY_BYTES + 1] = { 0 };
  guint n = 0;
  gboolean ok = TRUE;
  const char *p = text;

  while (ok)
    {
      const char *start;
      int index;

      while (*p == '-' || g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && *p != '-' && !g_ascii_isspace (*p))
        p++;
      index = recovery_word_index (start, (gsize) (p - start));
      if (index < 0 || n >= RECOVERY_WORDS)
        {
          ok = FALSE;
          break;
        }
      for (guint b = 0; b < RECOVERY_WORD_BITS; b++)
        if (index & (1 << (RECOVERY_WORD_BITS - 1 - b)))
          {
            guint at = n * RECOVERY_WORD_BITS + b;

            bits[at / 8] |= (guint8) (0x80 >> (at % 8));
          }
      n++;
    }
  ok = ok && n == RECOVERY_WORDS && recovery_checksum (bits) == bits[RECOVERY_BYTES];
  if (ok)
    memcpy (recovery, bits, RECOVERY_BYTES);
  sodium_memzero (bits, sizeof bits);
  return ok;
}

/* Header ---------------------------------------------------------------- */

/**
 * waymark_plan_key_create:
 * @passphrase: the new passphrase
 * @recovery_key: (out) (transfer full): the recovery key, to show once
 *
 * A new random data key and the header of a plan protected with it.
 *
 * Returns: (transfer full): the key, not yet registered
 */
WaymarkCryptKey *
waymark_plan_key_create (const char  *passphrase,
                         char       **recovery_key)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE] = { 0 };
  guint8 *data_key, *kek;
  guint8 recovery[RECOVERY_BYTES];
  guint64 opslimit, memlimit;
  WaymarkCryptKey *key;

  waymark_crypt_vfs_ensure ();
  data_key = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  kek = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);

  memcpy (header, WAYMARK_CRYPT_MAGIC, WAYMARK_CRYPT_MAGIC_SIZE);
  put_be32 (header + OFF_VERSION, FORMAT_VERSION);
  put_be32 (header + OFF_PAGE_SIZE, WAYMARK_CRYPT_PAGE_SIZE);
  put_be32 (header + OFF_KDF, KDF_ARGON2ID13);
  kdf_limits (&opslimit, &memlimit);
  put_be64 (header + OFF_OPSLIMIT, opslimit);
  put_be64 (header + OFF_MEMLIMIT, memlimit);
  randombytes_buf (header + OFF_SALT, WAYMARK_CRYPT_SALT_SIZE);

  crypto_aead_xchacha20poly1305_ietf_keygen (data_key);
  randombytes_buf (recovery, sizeof recovery);

  if (!derive_passphrase_key (header, passphrase, kek))
    g_error ("Argon2id failed: out of memory");
  wrap_key (header, kek, data_key, header + OFF_PASSPHRASE_WRAP);
  derive_recovery_key (header, recovery, kek);
  wrap_key (header, kek, data_key, header + OFF_RECOVERY_WRAP);
  key_check (header, data_key, header + OFF_KEY_CHECK);
  crypto_generichash (header + OFF_CHECKSUM, 32, header, OFF_CHECKSUM, NULL, 0);

  key = waymark_crypt_key_new (data_key, header);
  *recovery_key = format_recovery_key (recovery);

  sodium_memzero (recovery, sizeof recovery);
  sodium_free (data_key);
  sodium_free (kek);
  return key;
}

/* Reads up to @size bytes from the start of the file at @path; returns
 * how many, or -1 with errno set when it can't be opened.
 *
 * Through SQLite's own unix VFS rather than open () and close (): when
 * this process has the plan open, close () of any descriptor of the file
 * drops every POSIX lock the process holds on it, SQLite's included, and
 * another process opening the plan then finds it unused and deletes the
 * -wal file this process is still writing to. SQLite's close keeps the
 * descriptor until those locks are let go. Only a regular file is
 * opened: a pipe must not hang the open. */
static gssize
read_start (const char *path,
            guint8     *buffer,
            gsize       size)
{
  sqlite3_vfs *unix_vfs = sqlite3_vfs_find ("unix");
  g_autofree sqlite3_file *file = NULL;
  GStatBuf st;
  int flags = 0;
  int rc;

  if (g_stat (path, &st) != 0)
    return -1;
  if (!S_ISREG (st.st_mode))
    return 0;
  g_return_val_if_fail (unix_vfs != NULL, -1);

  file = g_malloc0 (unix_vfs->szOsFile);
  if (unix_vfs->xOpen (unix_vfs, path, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) != SQLITE_OK)
    {
      if (file->pMethods != NULL)
        file->pMethods->xClose (file);
      errno = g_access (path, R_OK) != 0 ? EACCES : EIO;
      return -1;
    }

  memset (buffer, 0, size);
  rc = file->pMethods->xRead (file, buffer, (int) size, 0);
  file->pMethods->xClose (file);
  if (rc == SQLITE_OK)
    return size;
  if (rc == SQLITE_IOERR_SHORT_READ)
    {
      /* SQLite fills what wasn't there with zeros: count what was. */
      gsize n = MIN ((gsize) st.st_size, size);

      return n;
    }
  errno = EIO;
  return 0;
}

/* Reads and checks the header of the protected plan at @path. */
gboolean
waymark_plan_key_read_header (const char  *path,
                              guint8       header[WAYMARK_CRYPT_HEADER_SIZE],
                              GError     **error)
{
  guint8 sum[32];
  gssize n_read;

  waymark_crypt_vfs_ensure ();
  n_read = read_start (path, header, WAYMARK_CRYPT_HEADER_SIZE);
  if (n_read < 0)
    {
      int saved_errno = errno;

      waymark_store_set_file_error (error,
                                    saved_errno == ENOENT ? WAYMARK_STORE_ERROR_NOT_FOUND :
                                    saved_errno == EACCES ? WAYMARK_STORE_ERROR_PERMISSION :
                                    WAYMARK_STORE_ERROR_NOT_A_PLAN, path);
      return FALSE;
    }

  if (n_read < HEADER_USED || memcmp (header, WAYMARK_CRYPT_MAGIC, WAYMARK_CRYPT_MAGIC_SIZE) != 0)
    {
      waymark_store_set_file_error (error, n_read >= WAYMARK_CRYPT_MAGIC_SIZE &&
                                    memcmp (header, WAYMARK_CRYPT_MAGIC, WAYMARK_CRYPT_MAGIC_SIZE) == 0 ?
                                    WAYMARK_STORE_ERROR_DAMAGED : WAYMARK_STORE_ERROR_NOT_A_PLAN, path);
      return FALSE;
    }

  /* A newer Waymark's format is said to be newer, not damaged. */
  if (get_be32 (header + OFF_VERSION) > FORMAT_VERSION)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_TOO_NEW, path);
      return FALSE;
    }

  crypto_generichash (sum, sizeof sum, header, OFF_CHECKSUM, NULL, 0);
  if (n_read < WAYMARK_CRYPT_HEADER_SIZE || sodium_memcmp (sum, header + OFF_CHECKSUM, sizeof sum) != 0 ||
      get_be32 (header + OFF_VERSION) != FORMAT_VERSION ||
      get_be32 (header + OFF_PAGE_SIZE) != WAYMARK_CRYPT_PAGE_SIZE ||
      get_be32 (header + OFF_KDF) != KDF_ARGON2ID13)
    {
      waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_DAMAGED, path);
      return FALSE;
    }

  return TRUE;
}

static WaymarkPlanKey *
finish_unlock (const char   *path,
               const guint8 *header,
               guint8       *data_key,
               gboolean      ok,
               GError      **error)
{
  WaymarkCryptKey *key = NULL;

  if (ok)
    key = waymark_crypt_key_new (data_key, header);
  else
    waymark_store_set_file_error (error, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE, path);
  sodium_free (data_key);
  return (WaymarkPlanKey *) key;
}

WaymarkPlanKey *
waymark_plan_key_unlock (const char  *path,
                         const char  *passphrase,
                         GError     **error)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE];
  guint8 *kek, *data_key;
  gboolean ok;

  g_return_val_if_fail (path != NULL && passphrase != NULL, NULL);

  if (!waymark_plan_key_read_header (path, header, error))
    return NULL;

  kek = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  data_key = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  ok = derive_passphrase_key (header, passphrase, kek) &&
       unwrap_key (header, kek, header + OFF_PASSPHRASE_WRAP, data_key);
  sodium_free (kek);
  return finish_unlock (path, header, data_key, ok, error);
}

WaymarkPlanKey *
waymark_plan_key_unlock_with_recovery_key (const char  *path,
                                           const char  *recovery_key,
                                           GError     **error)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE];
  guint8 recovery[RECOVERY_BYTES];
  guint8 *kek, *data_key;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL && recovery_key != NULL, NULL);

  if (!waymark_plan_key_read_header (path, header, error))
    return NULL;

  kek = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  data_key = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  if (parse_recovery_key (recovery_key, recovery))
    {
      derive_recovery_key (header, recovery, kek);
      ok = unwrap_key (header, kek, header + OFF_RECOVERY_WRAP, data_key);
    }
  sodium_memzero (recovery, sizeof recovery);
  sodium_free (kek);
  return finish_unlock (path, header, data_key, ok, error);
}

char *
waymark_plan_key_dup_secret (WaymarkPlanKey *key)
{
  const guint8 *data = waymark_crypt_key_get_data ((WaymarkCryptKey *) key);

  return g_base64_encode (data, WAYMARK_CRYPT_KEY_SIZE);
}

WaymarkPlanKey *
waymark_plan_key_new_from_secret (const char  *path,
                                  const char  *secret,
                                  GError     **error)
{
  guint8 header[WAYMARK_CRYPT_HEADER_SIZE];
  guint8 check[32];
  g_autofree guint8 *decoded = NULL;
  guint8 *data_key;
  gsize len = 0;
  gboolean ok;

  if (!waymark_plan_key_read_header (path, header, error))
    return NULL;

  decoded = g_base64_decode (secret, &len);
  data_key = sodium_malloc (WAYMARK_CRYPT_KEY_SIZE);
  ok = len == WAYMARK_CRYPT_KEY_SIZE;
  if (ok)
    {
      memcpy (data_key, decoded, WAYMARK_CRYPT_KEY_SIZE);
      key_check (header, data_key, check);
      ok = sodium_memcmp (check, header + OFF_KEY_CHECK, sizeof check) == 0;
    }
  if (decoded != NULL)
    sodium_memzero (decoded, len);
  return finish_unlock (path, header, data_key, ok, error);
}

gboolean
waymark_plan_is_protected (const char *path)
{
  guint8 head[WAYMARK_CRYPT_MAGIC_SIZE];

  return read_start (path, head, sizeof head) == sizeof head &&
         memcmp (head, WAYMARK_CRYPT_MAGIC, sizeof head) == 0;
}
