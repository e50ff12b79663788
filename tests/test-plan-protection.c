/* test-plan-protection.c: a plan protected by a passphrase
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "waymark-backup.h"
#include "waymark-checkin.h"
#include "waymark-crisis-copy.h"
#include "waymark-crisis-entry.h"
#include "waymark-plan-protection.h"
#include "waymark-sample-data.h"
#include "waymark-sqlite.h"
#include "waymark-store.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

#define PASSPHRASE "a quiet harbour at dawn"
/* A sentence no sample plan has, in two scripts. */
#define SENTENCE   "Zebra lanterns hum beside the orchard wall — ориентир"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = waymark_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "plan.waymark", NULL);
  store = waymark_store_open (f->path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);
  g_assert_true (waymark_sample_data_fill (store, 120, NULL, &error));
  g_assert_no_error (error);
  waymark_store_close (store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  waymark_plan_keys_forget (f->path);
  waymark_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Whether @needle is anywhere in @path's bytes: as UTF-8, UTF-16LE or
 * UTF-16BE. */
static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *encodings[] = { "UTF-8", "UTF-16LE", "UTF-16BE" };

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autofree char *encoded = NULL;
      gsize n = 0;

      encoded = g_convert (needle, -1, encodings[i], "UTF-8", NULL, &n, NULL);
      g_assert_nonnull (encoded);
      if (memmem (contents, length, encoded, n) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Every file under @dir that holds @needle, as a list for messages. */
static char *
files_containing (const char *dir,
                  const char *needle)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GString *found = g_string_new (NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *inner = files_containing (file, needle);
          g_string_append (found, inner);
        }
      else if (file_contains (file, needle))
        g_string_append_printf (found, "%s ", name);
    }
  return g_string_free (found, FALSE);
}

static void
add_note (WaymarkStore *store,
          const char   *note)
{
  g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  waymark_checkin_set_time (checkin, now);
  waymark_record_set_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD, 6);
  waymark_record_set_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE, note);
  g_assert_true (waymark_store_save_checkin (store, checkin, NULL, &error));
  g_assert_no_error (error);
}

static int
count_notes (WaymarkStore *store,
             const char   *note)
{
  char *sql = sqlite3_mprintf ("SELECT count(*) FROM checkin WHERE note = %Q", note);
  int n = waymark_test_count_rows (store, sql);

  sqlite3_free (sql);
  return n;
}

static WaymarkPlanKey *
protect (Fixture  *f,
         char    **recovery)
{
  g_autoptr(GError) error = NULL;
  WaymarkPlanKey *key = NULL;

  g_assert_true (waymark_plan_protect (f->path, PASSPHRASE, recovery, &key, &error));
  g_assert_no_error (error);
  g_assert_nonnull (key);
  return key;
}

static void
test_protect_writes_no_plaintext (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *found = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "copy.waymark", NULL);
  g_autofree char *crash_dir = g_build_filename (f->dir, "crash", NULL);
  g_autofree char *crash = g_build_filename (crash_dir, "plan.waymark", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  {
    g_autoptr(WaymarkStore) plain = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    add_note (plain, SENTENCE);
    waymark_store_close (plain);
  }
  g_assert_true (file_contains (f->path, SENTENCE));   /* the test can fail */

  key = protect (f, &recovery);
  g_assert_true (waymark_plan_is_protected (f->path));
  found = files_containing (f->dir, SENTENCE);
  g_assert_cmpstr (found, ==, "");
  g_clear_pointer (&found, g_free);

  /* Opened with its key: the plan is all there, and what is written
   * now, still in the log, is encrypted too. */
  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (store, SENTENCE), ==, 1);
  add_note (store, SENTENCE " again");
  {
    g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  /* A copy of the files as they are now, as a crash would leave them. */
  g_assert_cmpint (g_mkdir (crash_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (crash, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  {
    g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
    g_autofree char *crash_wal = g_strconcat (crash, "-wal", NULL);

    g_assert_true (g_file_get_contents (wal, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (crash_wal, contents, length, NULL));
    g_clear_pointer (&contents, g_free);
  }

  g_assert_true (waymark_store_backup (store, backup, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_plan_is_protected (backup));

  found = files_containing (f->dir, "orchard wall");
  g_assert_cmpstr (found, ==, "");
  g_clear_pointer (&found, g_free);
  waymark_store_close (store);
  g_clear_object (&store);

  /* What the crash left opens, with the note from the log. */
  store = waymark_store_open (crash, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (store, SENTENCE " again"), ==, 1);
  waymark_store_close (store);
  g_clear_object (&store);

  /* And the backup, with everything. */
  store = waymark_store_open (backup, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_notes (store, SENTENCE " again"), ==, 1);
  waymark_store_close (store);

  found = files_containing (f->dir, "orchard wall");
  g_assert_cmpstr (found, ==, "");
}

static void
test_needs_its_key (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkPlanKey) again = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *before = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *after = NULL;

  key = protect (f, &recovery);
  waymark_plan_keys_forget (f->path);
  g_clear_pointer (&key, waymark_plan_key_unref);
  before = waymark_test_checksum_file (f->path);
  listing = waymark_test_list_dir (f->dir);

  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_PROTECTED);
  g_assert_null (store);
  g_clear_error (&error);

  /* Wrong, any number of times: no lock-out, nothing written. */
  for (int i = 0; i < 3; i++)
    {
      again = waymark_plan_key_unlock (f->path, "a quiet harbour at dusk", &error);
      g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
      g_assert_null (again);
      g_clear_error (&error);
    }

  after = waymark_test_checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);
  after = waymark_test_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, after);

  again = waymark_plan_key_unlock (f->path, PASSPHRASE, &error);
  g_assert_no_error (error);
  waymark_plan_keys_add (f->path, again);
  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), >, 100);
  waymark_store_close (store);
}

/* Damage, a newer format: a clear error, and the file as it was. */
static void
check_refused (Fixture    *f,
               int         expected,
               gboolean    at_unlock)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = waymark_test_checksum_file (f->path);
  g_autofree char *after = NULL;

  key = waymark_plan_key_unlock (f->path, PASSPHRASE, &error);
  if (at_unlock)
    {
      g_assert_error (error, WAYMARK_STORE_ERROR, expected);
      g_assert_nonnull (error->message);
    }
  else
    {
      g_assert_no_error (error);
      waymark_plan_keys_add (f->path, key);
      store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
      g_assert_error (error, WAYMARK_STORE_ERROR, expected);
      g_assert_null (store);
    }

  after = waymark_test_checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
rewrite_file (const char *path,
              void      (*change) (char *contents, gsize *length))
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  change (contents, &length);
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL));
}

static void
flip_middle (char  *contents,
             gsize *length)
{
  contents[*length / 2] ^= 0x04;
}

static void
cut_short (char  *contents,
           gsize *length)
{
  *length = *length / 2 + 1000;
}

static void
newer_version (char  *contents,
               gsize *length)
{
  contents[27] = 2;
}

static void
test_flipped_byte (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = protect (f, NULL);

  waymark_plan_keys_forget (f->path);
  rewrite_file (f->path, flip_middle);
  check_refused (f, WAYMARK_STORE_ERROR_DAMAGED, FALSE);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = protect (f, NULL);

  waymark_plan_keys_forget (f->path);
  rewrite_file (f->path, cut_short);
  check_refused (f, WAYMARK_STORE_ERROR_DAMAGED, FALSE);
}

static void
test_newer_format (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = protect (f, NULL);

  waymark_plan_keys_forget (f->path);
  rewrite_file (f->path, newer_version);
  check_refused (f, WAYMARK_STORE_ERROR_TOO_NEW, TRUE);
}

/* The word list, read from the source tree, not through the code under test. */
static char **
load_recovery_words (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "recovery-words.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char **words;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_strchomp (text);
  words = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (words), ==, 2048);
  return words;
}

static void
test_recovery_key_and_change (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkPlanKey) by_recovery = NULL;
  g_autoptr(WaymarkPlanKey) changed = NULL;
  g_autoptr(WaymarkPlanKey) attempt = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *new_recovery = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *sloppy = NULL;
  g_autofree char *changed_word = NULL;
  g_autofree char *short_key = NULL;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) words_list = NULL;

  key = protect (f, &recovery);
  secret = waymark_plan_key_dup_secret (key);
  waymark_plan_keys_forget (f->path);

  /* 15 lower-case words of the list, one space between each. */
  words_list = load_recovery_words ();
  words = g_strsplit (recovery, " ", -1);
  g_assert_cmpuint (g_strv_length (words), ==, 15);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_ascii_strdown (words[i], -1);

      g_assert_cmpstr (words[i], ==, lower);
      g_assert_true (g_strv_contains ((const char * const *) words_list, words[i]));
    }

  /* Upper case, dashes between the words, only their first four letters:
   * still the key. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *upper = g_ascii_strup (words[i], MIN (strlen (words[i]), 4));

      g_free (words[i]);
      words[i] = upper;
    }
  sloppy = g_strjoinv ("-", words);
  g_assert_cmpuint (strlen (sloppy), <=, 15 * 5 - 1);
  by_recovery = waymark_plan_key_unlock_with_recovery_key (f->path, sloppy, &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_recovery);

  /* One word changed for another of the list: the checksum fails it (the
   * file is never asked). Fourteen words, or a word not in the list, fail. */
  g_strfreev (words);
  words = g_strsplit (recovery, " ", -1);
  for (guint i = 0; i < 2048; i++)
    if (g_strcmp0 (words_list[i], words[7]) == 0)
      {
        g_free (words[7]);
        words[7] = g_strdup (words_list[(i + 1) % 2048]);
        break;
      }
  changed_word = g_strjoinv (" ", words);
  g_assert_cmpstr (changed_word, !=, recovery);
  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, changed_word, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_null (attempt);

  /* The last word's low 5 bits are the checksum: flip one and the 160 bits
   * are still the right key, so only the checksum can refuse it. */
  g_strfreev (words);
  words = g_strsplit (recovery, " ", -1);
  for (guint i = 0; i < 2048; i++)
    if (g_strcmp0 (words_list[i], words[14]) == 0)
      {
        g_free (words[14]);
        words[14] = g_strdup (words_list[i ^ 1]);
        break;
      }
  g_free (changed_word);
  changed_word = g_strjoinv (" ", words);
  g_assert_cmpstr (changed_word, !=, recovery);
  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, changed_word, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  short_key = g_strndup (recovery, strrchr (recovery, ' ') - recovery);
  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, short_key, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  attempt = waymark_plan_key_new_from_secret (f->path, secret, &error);
  g_assert_no_error (error);
  g_clear_pointer (&attempt, waymark_plan_key_unref);

  g_assert_true (waymark_plan_change_passphrase (f->path, by_recovery, "a new passphrase of mine",
                                                 &new_recovery, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (recovery, !=, new_recovery);

  /* The old passphrase, recovery key and remembered key open nothing. */
  attempt = waymark_plan_key_unlock (f->path, PASSPHRASE, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, recovery, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  attempt = waymark_plan_key_new_from_secret (f->path, secret, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  /* The new ones do, and the plan is whole. */
  attempt = waymark_plan_key_unlock (f->path, "a new passphrase of mine", &error);
  g_assert_no_error (error);
  g_clear_pointer (&attempt, waymark_plan_key_unref);
  attempt = waymark_plan_key_unlock_with_recovery_key (f->path, new_recovery, &error);
  g_assert_no_error (error);
  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), >, 100);
  waymark_store_close (store);
}

static void
test_unprotect (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int before, after;

  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  before = waymark_test_count_rows (store, "SELECT count(*) FROM checkin");
  waymark_store_close (store);
  g_clear_object (&store);

  key = protect (f, NULL);

  /* Not while the plan is open. */
  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_plan_unprotect (f->path, key, &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_true (waymark_plan_is_protected (f->path));
  waymark_store_close (store);
  g_clear_object (&store);

  g_assert_true (waymark_plan_unprotect (f->path, key, &error));
  g_assert_no_error (error);
  g_assert_false (waymark_plan_is_protected (f->path));
  g_assert_cmpuint (waymark_test_header_u32 (f->path, 0), ==, 0x53514c69);   /* "SQLi" */

  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  after = waymark_test_count_rows (store, "SELECT count(*) FROM checkin");
  g_assert_cmpint (before, ==, after);
  waymark_store_close (store);
}

static void
add_crisis_step (WaymarkStore *store,
                 const char   *section,
                 const char   *text)
{
  g_autoptr(WaymarkCrisisEntry) entry = waymark_crisis_entry_new ();
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_SECTION, section);
  waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_TEXT, text);
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (entry), &error));
  g_assert_no_error (error);
}

static gboolean
plan_has_item (WaymarkCrisisPlan *plan,
               const char        *section,
               const char        *text)
{
  WaymarkCrisisSection *s = waymark_crisis_plan_get_section (plan, section);

  for (guint i = 0; s != NULL && i < s->items->len; i++)
    if (g_str_equal (((WaymarkCrisisItem *) g_ptr_array_index (s->items, i))->text, text))
      return TRUE;
  return FALSE;
}

/* The crisis plan, and only it, readable without the passphrase when the
 * person chooses so; kept up to date; gone when they choose otherwise. */
static void
test_crisis_copy (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = protect (f, NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkCrisisPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = waymark_crisis_copy_path (f->path);

  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  waymark_crisis_copy_keep (store);
  add_note (store, SENTENCE);

  /* Off by default: no copy, and changes make none. */
  add_crisis_step (store, "coping", "Walk to the bridge and back");
  g_assert_false (waymark_crisis_copy_exists (f->path));

  g_assert_true (waymark_crisis_copy_write (store, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_crisis_copy_exists (f->path));
  add_crisis_step (store, "help-people", "Call my sister Aiyana");
  waymark_store_close (store);
  g_clear_object (&store);

  /* Locked: the copy reads without the key, with the later change too,
   * and holds nothing but the crisis plan. */
  waymark_plan_keys_forget (f->path);
  copy = waymark_crisis_copy_read (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (plan_has_item (copy, "coping", "Walk to the bridge and back"));
  g_assert_true (plan_has_item (copy, "help-people", "Call my sister Aiyana"));
  g_assert_false (file_contains (copy_path, "orchard wall"));
  g_clear_pointer (&copy, waymark_crisis_plan_free);

  /* A damaged copy says so. */
  g_assert_true (g_file_set_contents (copy_path, "{\"format\": 3", -1, NULL));
  copy = waymark_crisis_copy_read (f->path, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (copy);
  g_clear_error (&error);

  g_assert_true (waymark_crisis_copy_remove (f->path, &error));
  g_assert_false (waymark_crisis_copy_exists (f->path));
  copy = waymark_crisis_copy_read (f->path, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_strength (void)
{
  const char *hint = NULL;

  g_assert_cmpuint (waymark_passphrase_strength ("", &hint), ==, 0);
  g_assert_nonnull (hint);
  g_assert_cmpuint (waymark_passphrase_strength ("password", NULL), ==, 0);
  g_assert_cmpuint (waymark_passphrase_strength ("qwertyuiop", NULL), ==, 0);
  g_assert_cmpuint (waymark_passphrase_strength ("aaaaaaaaaaaaaaaaaaaa", NULL), <=, 1);
  g_assert_cmpuint (waymark_passphrase_strength ("Tr0ub4dor&3", NULL), >=, 2);
  g_assert_cmpuint (waymark_passphrase_strength ("correct horse battery staple", &hint), >=, 3);
}

/* Asking whether an open plan is protected leaves SQLite's locks on it:
 * another process that opens and closes the plan afterwards (the
 * command line, a test reading it) must find it in use and leave its
 * -wal file alone, or what this process writes next goes into a file no
 * one can read again. */
static void
test_asking_keeps_locks (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  const char *path = waymark_store_get_path (store);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *script = g_strdup_printf ("import sqlite3\n"
                                             "db = sqlite3.connect(%s)\n"
                                             "print(db.execute('SELECT count(*) FROM goal').fetchone()[0])\n"
                                             "db.close()\n", "__import__('sys').argv[1]");
  const char *argv[] = { "python3", "-c", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  sqlite3_exec (waymark_store_get_db (store),
                "INSERT INTO goal (title, dimension, created_at, updated_at) "
                "VALUES ('Walk', 'health', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')", NULL, NULL, NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_false (waymark_plan_is_protected (path));

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error))
    {
      g_test_skip (error->message);
      waymark_test_remove_tree (tmp);
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (g_strstrip (out), ==, "1");
  /* Still there, and still what this process writes to. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  waymark_test_remove_tree (tmp);
}

static void
series_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  WaymarkDaySeries **series = user_data;
  g_autoptr(GError) error = NULL;

  *series = waymark_store_load_day_series_finish (WAYMARK_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* The Journal reads its day series in another thread, on a second
 * connection to the plan: a protected plan's finds its key as the
 * store's did, by the file's salt, reads the same days, writes nothing
 * in the clear, and is refused once the key is forgotten. */
static void
test_day_series_beside (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkDaySeries) beside = NULL;
  g_autoptr(WaymarkDaySeries) here = NULL;
  g_autoptr(WaymarkDaySeries) in_thread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *found = NULL;
  gint64 deadline;

  key = protect (f, &recovery);
  store = waymark_store_open (f->path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  add_note (store, SENTENCE);

  beside = waymark_store_read_day_series_beside (f->path, NULL, NULL, &error);
  g_assert_no_error (error);
  here = waymark_store_load_day_series (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waymark_day_series_get_n_days (here), >, 100);
  g_assert_cmpuint (waymark_day_series_get_n_days (beside), ==, waymark_day_series_get_n_days (here));
  g_assert_cmpfloat (waymark_day_series_mean (beside, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, NULL), ==,
                     waymark_day_series_mean (here, WAYMARK_MEASURE_MOOD, 0, G_MAXUINT32, NULL));

  /* Through the store, in a thread, after a write. */
  add_note (store, SENTENCE " again");
  waymark_store_load_day_series_async (store, NULL, series_loaded_cb, &in_thread);
  deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;
  while (in_thread == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (in_thread);
  g_assert_cmpuint (waymark_day_series_get_n_days (in_thread), ==, waymark_day_series_get_n_days (here));
  g_assert_true (waymark_store_peek_day_series (store) == in_thread);

  found = files_containing (f->dir, "orchard wall");
  g_assert_cmpstr (found, ==, "");

  /* Locked: the key forgotten, a second connection can't read it. */
  waymark_store_close (store);
  waymark_plan_keys_forget (f->path);
  g_clear_object (&beside);
  beside = waymark_store_read_day_series_beside (f->path, NULL, NULL, &error);
  g_assert_null (beside);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  /* The least work Argon2id allows: the format is the same. */
  g_setenv ("WAYMARK_TEST_QUICK_KDF", "1", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/plan-protection/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-plaintext", test_protect_writes_no_plaintext);
  ADD ("needs-its-key", test_needs_its_key);
  ADD ("flipped-byte", test_flipped_byte);
  ADD ("truncated", test_truncated);
  ADD ("newer-format", test_newer_format);
  ADD ("recovery-key-and-change", test_recovery_key_and_change);
  ADD ("unprotect", test_unprotect);
  ADD ("crisis-copy", test_crisis_copy);
  ADD ("day-series-beside", test_day_series_beside);
  g_test_add_func ("/plan-protection/strength", test_strength);
  g_test_add_func ("/plan-protection/asking-keeps-locks", test_asking_keeps_locks);

  return g_test_run ();
}
