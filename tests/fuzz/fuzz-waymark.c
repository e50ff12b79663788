/* fuzz-waymark.c: libFuzzer's way into the importer of Waymark's own
 * Export Everything (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "waymark-import.h"
#include "waymark-import-result.h"
#include "waymark-store.h"
#include "waymark-store-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The input is the archive's files, unpacked: a name, a NUL, its
 * contents, a NUL, the next name, … (JSON and CSV hold no NUL), so the
 * fuzzer works on the manifest and the records rather than on the zip's
 * checksums (libarchive is fuzzed upstream). Everything is imported into
 * one plan kept for the whole run, in a folder under /dev/shm where one
 * is, without fsync (durability is not what is fuzzed here): whatever the bytes, a refusal
 * or an import, never a crash, a leak or undefined behaviour, and a
 * refused import leaves the plan as it was (the transaction). */

static WaymarkStore *store;

static void
open_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR))
    g_setenv ("TMPDIR", "/dev/shm", TRUE);
  dir = g_dir_make_tmp ("waymark-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.waymark", NULL);
  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  /* Durability is not what is fuzzed: no fsync, so runs are many. */
  sqlite3_exec (waymark_store_get_db (store), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  const char *p = (const char *) data, *end = (const char *) data + size;

  if (store == NULL)
    open_plan ();

  while (p < end)
    {
      const char *name_end = memchr (p, '\0', end - p);
      const char *contents, *contents_end;

      if (name_end == NULL)
        break;
      contents = name_end + 1;
      contents_end = memchr (contents, '\0', end - contents);
      if (contents_end == NULL)
        contents_end = end;
      g_hash_table_replace (files, g_strndup (p, name_end - p),
                            g_bytes_new (contents, contents_end - contents));
      p = contents_end + 1;
    }

  if (waymark_import_is_waymark (files))
    waymark_import_waymark (store, files, "fuzz.zip", &result, &error);
  return 0;
}
