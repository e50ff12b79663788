/* waymark-import-test-utils.c: helpers the importers' tests share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-import.h"
#include "waymark-import-test-utils.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

/* The first column of the first row sql gives, or NULL when there is
 * none or it is NULL. */
char *
waymark_import_test_query_text (WaymarkStore *store,
                                const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The file's SHA-256; it must be there to read. */
char *
waymark_import_test_sha256_of (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

/* The plan file and its write-ahead log, byte for byte. */
char *
waymark_import_test_checksum_plan (const char *plan)
{
  g_autofree char *wal = g_strconcat (plan, "-wal", NULL);
  g_autofree char *main_sum = waymark_test_checksum_file (plan);
  g_autofree char *wal_sum = waymark_test_checksum_file (wal);

  return g_strconcat (main_sum, " ", wal_sum ? wal_sum : "-", NULL);
}

/* Importing path (as format, or told from its content when NULL)
 * succeeds, takes it as told and adds n_added records; result is the
 * import's. */
void
waymark_import_test_import (WaymarkStore        *store,
                            const char          *path,
                            const char          *format,
                            const char          *told,
                            guint                n_added,
                            WaymarkImportResult *result)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_import_file (store, path, format, result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result->format, ==, told);
  g_assert_cmpuint (result->n_added, ==, n_added);
}

/* After an import refused: the plan file and its write-ahead log byte
 * for byte as before (waymark_import_test_checksum_plan), with
 * n_checkins check-ins in n_batches batches. */
void
waymark_import_test_unchanged (WaymarkStore *store,
                               const char   *plan,
                               const char   *before,
                               int           n_checkins,
                               int           n_batches)
{
  g_autofree char *after = waymark_import_test_checksum_plan (plan);

  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, n_checkins);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, n_batches);
}

/* Importing path again (as format, or told from its content when NULL)
 * succeeds and adds nothing: every one of its n_skipped records is
 * already there. */
void
waymark_import_test_again (WaymarkStore *store,
                           const char   *path,
                           const char   *format,
                           guint         n_skipped)
{
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;

  g_assert_true (waymark_import_file (store, path, format, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_added, ==, 0);
  g_assert_cmpuint (result.n_skipped, ==, n_skipped);
}

/* Runs Waymark's command line, argv[0] being WAYMARK_BIN: it must start;
 * what it wrote to out and err (each when asked for) goes to the test's
 * log; TRUE when it exited with 0. */
gboolean
waymark_import_test_run (const char * const  *argv,
                         char               **out,
                         char               **err)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out != NULL ? *out : "", err != NULL ? *err : "");
  return g_spawn_check_wait_status (status, NULL);
}
