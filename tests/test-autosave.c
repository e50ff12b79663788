/* test-autosave.c: when what is being typed is written: after a pause,
 * never later than the longest wait while typing goes on, at once when
 * flushed (one or all), and not at all when forgotten
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-autosave.h"

/* Generous for a loaded 2-core machine; the figures asserted are far
 * from what typing without a longest wait gives (no save at all). */
#define DEADLINE_US (10 * G_USEC_PER_SEC)

typedef struct
{
  guint    saves;
  gboolean refuse;
  gint64   last_save;
  WaymarkAutosave *autosave;   /* to change during a save */
} Owner;

static gboolean
save_cb (gpointer user_data)
{
  Owner *owner = user_data;

  if (owner->refuse)
    return FALSE;

  owner->saves++;
  owner->last_save = g_get_monotonic_time ();
  /* Writing a new record sets its id: the owner hears it as a change. */
  if (owner->autosave != NULL)
    waymark_autosave_changed (owner->autosave);

  return TRUE;
}

static void
iterate_until (gboolean (*done) (Owner *), Owner *owner)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE_US;

  while (!done (owner) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
saved_once (Owner *owner)
{
  return owner->saves >= 1;
}

static void
test_saves_after_pause (void)
{
  Owner owner = { 0 };
  g_autoptr(WaymarkAutosave) autosave = waymark_autosave_new (save_cb, &owner);
  gint64 changed;

  g_assert_false (waymark_autosave_is_pending (autosave));
  waymark_autosave_changed (autosave);
  changed = g_get_monotonic_time ();
  g_assert_true (waymark_autosave_is_pending (autosave));
  g_assert_cmpuint (owner.saves, ==, 0);

  iterate_until (saved_once, &owner);
  g_assert_cmpuint (owner.saves, ==, 1);
  g_assert_false (waymark_autosave_is_pending (autosave));
  /* Not before the pause. */
  g_assert_cmpint (owner.last_save - changed, >=, WAYMARK_AUTOSAVE_QUIET_MS * 1000);

  /* Nothing more to write: no second save. */
  g_assert_true (waymark_autosave_flush (autosave));
  g_assert_cmpuint (owner.saves, ==, 1);
}

static gboolean
type_cb (gpointer user_data)
{
  waymark_autosave_changed (user_data);
  return G_SOURCE_CONTINUE;
}

/* Typing that never pauses for the quiet period is still written, at
 * least every longest wait. */
static void
test_saves_while_typing (void)
{
  Owner owner = { 0 };
  g_autoptr(WaymarkAutosave) autosave = waymark_autosave_new (save_cb, &owner);
  gint64 start = g_get_monotonic_time ();
  guint typing;

  /* A key every 50 ms, for 3 s: never a 300 ms pause. */
  waymark_autosave_changed (autosave);
  typing = g_timeout_add (50, type_cb, autosave);
  while (g_get_monotonic_time () - start < 3 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (typing);

  g_assert_cmpuint (owner.saves, >=, 2);
  g_test_message ("%u saves in 3 s of typing, longest wait %" G_GINT64_FORMAT " ms",
                  owner.saves, waymark_autosave_get_longest_wait (autosave) / 1000);
  g_assert_cmpint (waymark_autosave_get_longest_wait (autosave), >=, WAYMARK_AUTOSAVE_QUIET_MS * 1000);
  /* Slack for a loaded machine, still well within the second
   * plus its margin. */
  g_assert_cmpint (waymark_autosave_get_longest_wait (autosave), <, (WAYMARK_AUTOSAVE_MAX_WAIT_MS + 800) * 1000);
}

static void
test_flush (void)
{
  Owner owner = { 0 };
  g_autoptr(WaymarkAutosave) autosave = waymark_autosave_new (save_cb, &owner);

  owner.autosave = autosave;
  waymark_autosave_changed (autosave);
  g_assert_true (waymark_autosave_flush (autosave));
  g_assert_cmpuint (owner.saves, ==, 1);
  /* What the save itself changed is not a change still to write. */
  g_assert_false (waymark_autosave_is_pending (autosave));

  /* And the timer that was running does not save again. */
  for (int i = 0; i < 3; i++)
    {
      gint64 until = g_get_monotonic_time () + (WAYMARK_AUTOSAVE_MAX_WAIT_MS + 100) * 1000 / 3;
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpuint (owner.saves, ==, 1);
}

/* A focus that moved: written on the main loop's next turn, not after
 * the pause, and not inside the caller. */
static void
test_flush_soon (void)
{
  Owner owner = { 0 };
  g_autoptr(WaymarkAutosave) autosave = waymark_autosave_new (save_cb, &owner);
  gint64 asked;

  waymark_autosave_set_delays (autosave, 60 * 1000, 60 * 1000);
  waymark_autosave_changed (autosave);
  waymark_autosave_flush_soon (autosave);
  asked = g_get_monotonic_time ();
  g_assert_cmpuint (owner.saves, ==, 0);

  iterate_until (saved_once, &owner);
  g_assert_cmpuint (owner.saves, ==, 1);
  g_assert_cmpint (owner.last_save - asked, <, 30 * G_USEC_PER_SEC);
  g_assert_false (waymark_autosave_is_pending (autosave));
}

static void
test_refused_stays_pending (void)
{
  Owner owner = { 0 };
  g_autoptr(WaymarkAutosave) autosave = waymark_autosave_new (save_cb, &owner);

  owner.refuse = TRUE;
  waymark_autosave_changed (autosave);
  g_assert_false (waymark_autosave_flush (autosave));
  g_assert_true (waymark_autosave_is_pending (autosave));

  owner.refuse = FALSE;
  g_assert_true (waymark_autosave_flush (autosave));
  g_assert_cmpuint (owner.saves, ==, 1);
  g_assert_false (waymark_autosave_is_pending (autosave));

  /* Forgotten: never written, not even by the timer. */
  waymark_autosave_set_delays (autosave, 10, 20);
  waymark_autosave_changed (autosave);
  waymark_autosave_forget (autosave);
  g_assert_false (waymark_autosave_is_pending (autosave));
  {
    gint64 until = g_get_monotonic_time () + 200 * 1000;
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (owner.saves, ==, 1);
}

static void
test_flush_all (void)
{
  Owner a = { 0 }, b = { 0 }, c = { 0 };
  g_autoptr(WaymarkAutosave) first = waymark_autosave_new (save_cb, &a);
  g_autoptr(WaymarkAutosave) second = waymark_autosave_new (save_cb, &b);
  WaymarkAutosave *gone = waymark_autosave_new (save_cb, &c);

  waymark_autosave_changed (first);
  waymark_autosave_changed (second);
  waymark_autosave_changed (gone);
  g_object_unref (gone);

  waymark_autosave_flush_all ();
  g_assert_cmpuint (a.saves, ==, 1);
  g_assert_cmpuint (b.saves, ==, 1);
  g_assert_cmpuint (c.saves, ==, 0);
  g_assert_false (waymark_autosave_is_pending (first));
  g_assert_false (waymark_autosave_is_pending (second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave/after-pause", test_saves_after_pause);
  g_test_add_func ("/autosave/while-typing", test_saves_while_typing);
  g_test_add_func ("/autosave/flush", test_flush);
  g_test_add_func ("/autosave/flush-soon", test_flush_soon);
  g_test_add_func ("/autosave/refused", test_refused_stays_pending);
  g_test_add_func ("/autosave/flush-all", test_flush_all);

  return g_test_run ();
}
