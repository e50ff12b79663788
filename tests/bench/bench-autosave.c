/* bench-autosave.c: what saving as you type costs on a big plan, and the
 * longest typed text stays unsaved. Run by hand:
 *
 *   _build/tests/bench/bench-autosave [DAYS] [SECONDS]
 *
 * Writes a sample plan with DAYS days of history (3650 if not given),
 * then "types" a goal's title and a check-in's draft note, a key every
 * 150 ms for SECONDS seconds (10), through WaymarkAutosave and the real
 * store, as the editors do. Prints the time per save (each one
 * transaction, synced to disk) and the longest a key waited, in ms.
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "waymark-autosave.h"
#include "waymark-draft.h"
#include "waymark-goal.h"
#include "waymark-sample-data.h"
#include "waymark-store.h"

#define KEY_MS 150

typedef struct
{
  WaymarkStore    *store;
  WaymarkRecord   *goal;
  GString         *text;
  gint64           draft_id;
  gboolean         draft;
  GArray          *save_us;       /* double: each save's duration */
  gint64           oldest_key;    /* monotonic µs of the oldest key not yet saved; 0 if none */
  gint64           longest_wait;
  WaymarkAutosave *autosave;
  guint            keys;
} Typing;

static gboolean
save_cb (gpointer user_data)
{
  Typing *t = user_data;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean ok;
  double us;

  if (t->draft)
    {
      g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);

      g_variant_dict_insert (&dict, "note", "s", t->text->str);
      ok = waymark_store_save_draft (t->store, &t->draft_id, WAYMARK_DRAFT_CHECKIN, 0, "2026-12-05",
                                     g_variant_dict_end (&dict), &error);
    }
  else
    {
      waymark_record_set_text (t->goal, WAYMARK_GOAL_TITLE, t->text->str);
      ok = waymark_store_save (t->store, t->goal, &error);
    }
  if (!ok)
    g_error ("%s", error->message);

  us = g_get_monotonic_time () - start;
  g_array_append_val (t->save_us, us);
  if (t->oldest_key != 0)
    t->longest_wait = MAX (t->longest_wait, g_get_monotonic_time () - t->oldest_key);
  t->oldest_key = 0;

  return TRUE;
}

static gboolean
key_cb (gpointer user_data)
{
  Typing *t = user_data;

  g_string_append_c (t->text, 'a' + t->keys++ % 26);
  if (t->oldest_key == 0)
    t->oldest_key = g_get_monotonic_time ();
  waymark_autosave_changed (t->autosave);

  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
run (WaymarkStore *store,
     gboolean      draft,
     guint         seconds)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();
  Typing t = { store, WAYMARK_RECORD (goal), g_string_new ("G"), 0, draft,
               g_array_new (FALSE, FALSE, sizeof (double)), 0, 0, NULL, 0 };
  gint64 end = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  guint typing;
  double *v;

  t.autosave = waymark_autosave_new (save_cb, &t);
  typing = g_timeout_add (KEY_MS, key_cb, &t);
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (typing);
  waymark_autosave_flush (t.autosave);

  g_array_sort (t.save_us, compare_doubles);
  v = (double *) t.save_us->data;
  g_print ("%-14s %u keys, %u saves; per save: median %.1f ms, max %.1f ms; "
           "longest a key waited unsaved: %.0f ms\n",
           draft ? "check-in draft" : "goal title", t.keys, t.save_us->len,
           v[t.save_us->len / 2] / 1000.0, v[t.save_us->len - 1] / 1000.0,
           t.longest_wait / 1000.0);

  g_object_unref (t.autosave);
  g_array_unref (t.save_us);
  g_string_free (t.text, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  guint days = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 3650;
  guint seconds = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10;
  g_autofree char *dir = g_dir_make_tmp ("waymark-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.waymark", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (!waymark_sample_data_write_file (path, days, NULL, &error))
    g_error ("%s", error->message);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  g_stat (path, &st);
  g_print ("A sample plan with %u days of history, %.1f MB; a key every %d ms for %u s\n",
           days, st.st_size / 1e6, KEY_MS, seconds);

  run (store, FALSE, seconds);
  run (store, TRUE, seconds);

  waymark_store_close (store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  return 0;
}
