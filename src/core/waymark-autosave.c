/* waymark-autosave.c: when what is being typed is written
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-autosave"

#include "config.h"

#include "waymark-autosave.h"

/* Every editor that saves as the person types owns one of these and
 * tells it of each change. It writes once the typing pauses
 * (WAYMARK_AUTOSAVE_QUIET_MS), and never later than
 * WAYMARK_AUTOSAVE_MAX_WAIT_MS after the first change not yet written,
 * so someone who never stops typing loses at most the last second when
 * the power goes. Owners flush at once when the field loses the focus,
 * the editor closes or the plan changes; the application flushes every
 * live one (waymark_autosave_flush_all ()) when it quits, is told to
 * stop (SIGTERM) or the session ends.
 *
 * GTK-free: only the main loop, so the core tests can time it.
 *
 * With G_MESSAGES_DEBUG=waymark-autosave each save logs how long the
 * oldest unsaved change waited and how long the save took.
 *
 * WAYMARK_AUTOSAVE_TEST_DELAYS=QUIET,MAX (milliseconds) stretches the
 * waits, so the end-to-end tests can tell a save on the focus leaving a
 * field from one that the timer made anyway. */

#define TEST_DELAYS_ENV "WAYMARK_AUTOSAVE_TEST_DELAYS"

struct _WaymarkAutosave
{
  GObject              parent_instance;

  WaymarkAutosaveFunc  save;
  gpointer             user_data;
  GSource             *source;
  guint                quiet_ms;
  guint                max_wait_ms;
  gint64               first_change;    /* monotonic µs; 0 when no window is open */
  gint64               longest_wait;    /* µs, first change to written */
  gboolean             pending;
  gboolean             saving;
};

G_DEFINE_FINAL_TYPE (WaymarkAutosave, waymark_autosave, G_TYPE_OBJECT)

/* Every live autosave, for waymark_autosave_flush_all (); main thread only. */
static GPtrArray *live;

static gboolean
autosave_source_dispatch (GSource     *source,
                          GSourceFunc  callback,
                          gpointer     user_data)
{
  g_source_set_ready_time (source, -1);

  return callback (user_data);
}

static GSourceFuncs autosave_source_funcs = {
  NULL, NULL, autosave_source_dispatch, NULL, NULL, NULL,
};

static gboolean
save (WaymarkAutosave *self)
{
  gint64 started, waited;
  gboolean saved;

  g_source_set_ready_time (self->source, -1);
  if (!self->pending)
    return TRUE;
  /* A save that changes what it saves (a new record's id) is not a new change. */
  if (self->saving)
    return TRUE;

  g_object_ref (self);
  self->saving = TRUE;
  started = g_get_monotonic_time ();
  if (self->first_change == 0)
    self->first_change = started;
  saved = self->save (self->user_data);
  self->saving = FALSE;

  waited = g_get_monotonic_time () - self->first_change;
  g_debug ("%s after %" G_GINT64_FORMAT " ms (the save took %.2f ms)",
           saved ? "Saved" : "Not saved", waited / 1000, (g_get_monotonic_time () - started) / 1000.0);

  if (saved)
    {
      self->longest_wait = MAX (self->longest_wait, waited);
      self->pending = FALSE;
    }
  /* Kept pending when refused (a goal without a title): the next change
   * opens a new window, rather than each key trying again at once. */
  self->first_change = 0;

  g_object_unref (self);
  return saved;
}

static gboolean
source_cb (gpointer user_data)
{
  save (user_data);

  return G_SOURCE_CONTINUE;
}

static void
waymark_autosave_dispose (GObject *object)
{
  WaymarkAutosave *self = WAYMARK_AUTOSAVE (object);

  if (self->source != NULL)
    {
      g_source_destroy (self->source);
      g_clear_pointer (&self->source, g_source_unref);
    }
  if (live != NULL)
    g_ptr_array_remove_fast (live, self);

  G_OBJECT_CLASS (waymark_autosave_parent_class)->dispose (object);
}

static void
waymark_autosave_class_init (WaymarkAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_autosave_dispose;
}

static void
waymark_autosave_init (WaymarkAutosave *self)
{
  const char *test_delays = g_getenv (TEST_DELAYS_ENV);

  self->quiet_ms = WAYMARK_AUTOSAVE_QUIET_MS;
  self->max_wait_ms = WAYMARK_AUTOSAVE_MAX_WAIT_MS;
  if (test_delays != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (test_delays, ",", 2);
      guint64 quiet, max_wait;

      if (g_strv_length (parts) == 2 &&
          g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT, &quiet, NULL) &&
          g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXUINT, &max_wait, NULL))
        {
          self->quiet_ms = quiet;
          self->max_wait_ms = MAX (max_wait, quiet);
        }
      else
        g_warning ("%s should be QUIET,MAX in milliseconds, not “%s”", TEST_DELAYS_ENV, test_delays);
    }

  /* One source for the object's life, moved by its ready time: a key
   * costs no allocation and no timer added or removed. */
  self->source = g_source_new (&autosave_source_funcs, sizeof (GSource));
  g_source_set_name (self->source, "[waymark] autosave");
  g_source_set_ready_time (self->source, -1);
  g_source_set_callback (self->source, source_cb, self, NULL);
  g_source_attach (self->source, g_main_context_get_thread_default ());

  if (live == NULL)
    live = g_ptr_array_new ();
  g_ptr_array_add (live, self);
}

/**
 * waymark_autosave_new:
 * @save: writes what the owner holds
 * @user_data: for @save; the owner, which keeps the autosave no longer
 *   than itself
 *
 * Returns: (transfer full): a new autosave, with nothing pending
 */
WaymarkAutosave *
waymark_autosave_new (WaymarkAutosaveFunc save,
                      gpointer            user_data)
{
  WaymarkAutosave *self;

  g_return_val_if_fail (save != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_AUTOSAVE, NULL);
  self->save = save;
  self->user_data = user_data;

  return self;
}

/**
 * waymark_autosave_set_delays:
 * @quiet_ms: how long typing must pause before a save
 * @max_wait_ms: the longest a change waits, however long typing goes on
 *
 * For tests; editors keep the defaults.
 */
void
waymark_autosave_set_delays (WaymarkAutosave *self,
                             guint            quiet_ms,
                             guint            max_wait_ms)
{
  g_return_if_fail (WAYMARK_IS_AUTOSAVE (self));

  self->quiet_ms = quiet_ms;
  self->max_wait_ms = MAX (max_wait_ms, quiet_ms);
}

/**
 * waymark_autosave_changed:
 *
 * Says the owner holds a change not yet written.
 */
void
waymark_autosave_changed (WaymarkAutosave *self)
{
  gint64 now, due;

  g_return_if_fail (WAYMARK_IS_AUTOSAVE (self));

  if (self->saving)
    return;

  now = g_get_monotonic_time ();
  self->pending = TRUE;
  if (self->first_change == 0)
    self->first_change = now;

  due = MIN (now + (gint64) self->quiet_ms * 1000,
             self->first_change + (gint64) self->max_wait_ms * 1000);
  g_source_set_ready_time (self->source, due);
}

/**
 * waymark_autosave_flush:
 *
 * Writes a pending change now.
 *
 * Returns: %FALSE when the owner's save refused it (it stays pending)
 */
gboolean
waymark_autosave_flush (WaymarkAutosave *self)
{
  g_return_val_if_fail (WAYMARK_IS_AUTOSAVE (self), FALSE);

  return save (self);
}

/**
 * waymark_autosave_flush_soon:
 *
 * Writes a pending change as soon as the main loop is back: for a focus
 * that moved, so the save (and what it makes the pages redraw) never
 * runs inside the toolkit's own focus change.
 */
void
waymark_autosave_flush_soon (WaymarkAutosave *self)
{
  g_return_if_fail (WAYMARK_IS_AUTOSAVE (self));

  if (self->pending && !self->saving)
    g_source_set_ready_time (self->source, 0);
}

/**
 * waymark_autosave_forget:
 *
 * Drops a pending change without writing it, for when the person chose
 * to discard it.
 */
void
waymark_autosave_forget (WaymarkAutosave *self)
{
  g_return_if_fail (WAYMARK_IS_AUTOSAVE (self));

  g_source_set_ready_time (self->source, -1);
  self->pending = FALSE;
  self->first_change = 0;
}

/**
 * waymark_autosave_is_pending:
 *
 * Returns: whether a change waits to be written
 */
gboolean
waymark_autosave_is_pending (WaymarkAutosave *self)
{
  g_return_val_if_fail (WAYMARK_IS_AUTOSAVE (self), FALSE);

  return self->pending;
}

/**
 * waymark_autosave_get_longest_wait:
 *
 * Returns: the longest, in microseconds, that a change of this autosave
 *   stayed unwritten (from the first change to the end of its save)
 */
gint64
waymark_autosave_get_longest_wait (WaymarkAutosave *self)
{
  g_return_val_if_fail (WAYMARK_IS_AUTOSAVE (self), 0);

  return self->longest_wait;
}

/**
 * waymark_autosave_flush_all:
 *
 * Writes what every live autosave holds, now: for quitting, a request
 * to stop and the end of the session.
 */
void
waymark_autosave_flush_all (void)
{
  g_autoptr(GPtrArray) all = NULL;

  if (live == NULL || live->len == 0)
    return;

  /* A save may close an editor, and so finish an autosave. */
  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < live->len; i++)
    g_ptr_array_add (all, g_object_ref (live->pdata[i]));

  for (guint i = 0; i < all->len; i++)
    if (g_ptr_array_find (live, all->pdata[i], NULL))
      save (all->pdata[i]);
}
