/* waymark-application-open.c: plans opened into windows, in the background
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "waymark-application-private.h"
#include "waymark-bench-probe.h"
#include "waymark-lock-dialog.h"
#include "waymark-page.h"
#include "waymark-sample-plan.h"
#include "waymark-window.h"
#include "waymark-window-private.h"

/* One window per plan, and the window on screen before its plan has
 * opened: the plan is opened in a worker thread, and where it goes
 * afterwards (this window, another, or a dialog saying why not) is
 * decided here. Look Around's sample plan is opened the same way. */

/* The same file, however it was named (a link, a relative path): two
 * windows on one plan would each write over the other's view of it. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (a == NULL || b == NULL)
    return FALSE;
  if (g_strcmp0 (a, b) == 0)
    return TRUE;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

GtkWindow *
_waymark_application_find_window_for_path (WaymarkApplication *self,
                                           const char         *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (WAYMARK_IS_WINDOW (l->data) &&
          same_file (waymark_window_get_path (l->data), path))
        return l->data;
    }

  return NULL;
}

/* One plan being opened in the background, and where the outcome goes:
 * into @window, which is already on screen; or, when @into_window is
 * unset, into a new window on success and a dialog on @requester on
 * failure, so that a bad file chosen from one plan's window costs a
 * dialog and not an empty window. */
typedef struct {
  WaymarkApplication      *app;
  gboolean                 into_window;
  GWeakRef                 window;
  GApplicationCommandLine *cmdline;
  char                    *path;
  WaymarkStoreOpenMode     mode;
  WaymarkSamplePlan       *sample;   /* when @path is the sample plan */
} PlanOpening;

static void open_in_background_full (WaymarkApplication      *self,
                                     const char              *path,
                                     WaymarkStoreOpenMode     mode,
                                     WaymarkPlanLockChoice    choice,
                                     WaymarkWindow           *window,
                                     gboolean                 into_window,
                                     GApplicationCommandLine *cmdline,
                                     WaymarkSamplePlan       *sample);
static void open_in_background (WaymarkApplication      *self,
                                const char              *path,
                                WaymarkStoreOpenMode     mode,
                                WaymarkPlanLockChoice    choice,
                                WaymarkWindow           *window,
                                gboolean                 into_window,
                                GApplicationCommandLine *cmdline);

static void
plan_opening_free (PlanOpening *opening)
{
  g_application_release (G_APPLICATION (opening->app));
  g_object_unref (opening->app);
  g_weak_ref_clear (&opening->window);
  g_clear_object (&opening->cmdline);
  g_clear_object (&opening->sample);
  g_free (opening->path);
  g_free (opening);
}

static void open_plan_cb (WaymarkApplication *self,
                          const char         *path,
                          gboolean            create,
                          WaymarkWindow      *requester);

static void open_sample_cb (WaymarkApplication *self,
                            WaymarkWindow      *requester);

static GtkWindow *
new_window (WaymarkApplication *self)
{
  WaymarkWindow *window = waymark_window_new (GTK_APPLICATION (self));

  g_signal_connect_object (window, "open-plan", G_CALLBACK (open_plan_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "open-sample", G_CALLBACK (open_sample_cb), self, G_CONNECT_SWAPPED);

  return GTK_WINDOW (window);
}

/* app.new-window: a window on the neutral start, for another plan. */
GtkWindow *
_waymark_application_new_empty_window (WaymarkApplication *self)
{
  GtkWindow *window = new_window (self);

  waymark_window_close_plan (WAYMARK_WINDOW (window));
  return window;
}

static void
present_in_own_window (WaymarkApplication *self,
                       WaymarkStore       *store)
{
  GtkWindow *window = _waymark_application_find_window_for_path (self, waymark_store_get_path (store));

  if (window == NULL)
    {
      window = new_window (self);
      waymark_window_set_store (WAYMARK_WINDOW (window), store);
    }

  gtk_window_present (window);
}

static void
lock_choice_cb (WaymarkPlanLockChoice  choice,
                gpointer               user_data)
{
  PlanOpening *opening = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&opening->window);

  if (window != NULL && choice != WAYMARK_PLAN_LOCK_ASK)
    open_in_background_full (opening->app, opening->path, opening->mode, choice,
                             window, opening->into_window, opening->cmdline, opening->sample);
  else if (window != NULL && opening->into_window)
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED,
                           _("This plan is open in another Waymark, so it was not opened here."));
      waymark_window_show_open_error (window, opening->path, error);
    }

  plan_opening_free (opening);
}

static void
plan_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PlanOpening *opening = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (&opening->window);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean window_alive;

  store = waymark_store_open_finish (result, &error);

  /* The person may have closed the window while the plan was opening. */
  window_alive = window != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window));

  /* Open elsewhere: the person chooses, and the plan opens again. */
  if (window_alive && g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED))
    {
      waymark_lock_dialog_ask (GTK_WINDOW (window), opening->path, lock_choice_cb, opening);
      return;
    }

  /* Protected: the window asks for the passphrase, and the plan opens
   * again once it has it. One chosen from a window showing another plan
   * asks in a window of its own. */
  if (g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_PROTECTED) &&
      (window_alive || !opening->into_window))
    {
      GtkWindow *asking = GTK_WINDOW (window);

      if (!opening->into_window || !window_alive)
        asking = _waymark_application_find_window_for_path (opening->app, opening->path);
      if (asking == NULL || waymark_window_get_store (WAYMARK_WINDOW (asking)) != NULL)
        asking = new_window (opening->app);
      waymark_window_show_unlock (WAYMARK_WINDOW (asking), opening->path);
      gtk_window_present (asking);
      plan_opening_free (opening);
      return;
    }

  if (opening->into_window)
    {
      if (window_alive && store != NULL)
        waymark_window_set_store_full (window, store, opening->sample);
      else if (window_alive)
        waymark_window_show_open_error (window, opening->path, error);
    }
  else if (store != NULL && window_alive)
    {
      /* One client at a time in a window: the plan chosen from a window
       * showing another takes its place, once everything typed in the
       * old one is written. An editor holding something that can't be
       * kept is shown instead, and the new plan is closed again. */
      if (waymark_window_let_go (window))
        {
          g_autoptr(WaymarkStore) old = NULL;

          /* The plan shown before is closed at once: its lock goes. */
          g_set_object (&old, waymark_window_get_store (window));
          waymark_window_set_store_full (window, store, opening->sample);
          if (old != NULL && old != store)
            waymark_store_close (old);
          gtk_window_present (GTK_WINDOW (window));
        }
      else
        waymark_store_close (store);
    }
  else if (store != NULL)
    present_in_own_window (opening->app, store);
  else if (window_alive)
    waymark_window_show_open_error (window, opening->path, error);

  if (store != NULL && opening->cmdline != NULL && waymark_store_get_open_notice (store) != NULL)
    g_application_command_line_printerr (opening->cmdline, "waymark: %s\n",
                                         waymark_store_get_open_notice (store));

  if (error != NULL && opening->cmdline != NULL)
    {
      g_autofree char *display = g_filename_display_name (opening->path);

      g_application_command_line_printerr (opening->cmdline, "waymark: %s: %s\n",
                                           display, error->message);
      g_application_command_line_set_exit_status (opening->cmdline, EXIT_FAILURE);
      if (!g_application_command_line_get_is_remote (opening->cmdline))
        opening->app->exit_status = EXIT_FAILURE;
    }

  plan_opening_free (opening);
}

static void
open_in_background_full (WaymarkApplication      *self,
                         const char              *path,
                         WaymarkStoreOpenMode     mode,
                         WaymarkPlanLockChoice    choice,
                         WaymarkWindow           *window,
                         gboolean                 into_window,
                         GApplicationCommandLine *cmdline,
                         WaymarkSamplePlan       *sample)
{
  PlanOpening *opening = g_new0 (PlanOpening, 1);

  opening->sample = sample ? g_object_ref (sample) : NULL;

  opening->app = g_object_ref (self);
  opening->into_window = into_window;
  g_weak_ref_init (&opening->window, window);
  opening->cmdline = cmdline ? g_object_ref (cmdline) : NULL;
  opening->path = g_strdup (path);
  opening->mode = mode;

  if (into_window)
    waymark_window_set_loading (window, path);

  /* Keep running until the outcome is known, even if the window closes.
   * The plan is handed over after any frame already due: a window that
   * has just been presented reaches the screen first, and the plan's
   * pages follow in the next frames. */
  g_application_hold (G_APPLICATION (self));
  waymark_store_open_full_async (path, mode, choice, G_PRIORITY_DEFAULT_IDLE, NULL, plan_opened_cb, opening);
}

static void
open_in_background (WaymarkApplication      *self,
                    const char              *path,
                    WaymarkStoreOpenMode     mode,
                    WaymarkPlanLockChoice    choice,
                    WaymarkWindow           *window,
                    gboolean                 into_window,
                    GApplicationCommandLine *cmdline)
{
  open_in_background_full (self, path, mode, choice, window, into_window, cmdline, NULL);
}

/* For bench-startup: the window shows its plan's first page, read. */
static gboolean
shows_plan_page (GtkWindow *window)
{
  GtkWidget *page = _waymark_window_get_visible_page (WAYMARK_WINDOW (window));

  return page != NULL && WAYMARK_IS_PAGE (page) && waymark_page_is_loaded (WAYMARK_PAGE (page));
}

/**
 * waymark_application_open_plan:
 * @self: the application
 * @path: the plan file
 * @mode: whether a new plan may, or must, be created
 * @cmdline: (nullable): the command line that asked, to tell it of a failure
 *
 * Shows the plan at @path: the window that already has it, or a new
 * one. The window is on screen at once and the plan is opened in a
 * worker thread. When it can't be opened, the window explains why and
 * offers to open another, and @cmdline gets a line on stderr and exit
 * status 1.
 *
 * Returns: (transfer none): the window for the plan
 */
GtkWindow *
waymark_application_open_plan (WaymarkApplication      *self,
                               const char              *path,
                               WaymarkStoreOpenMode     mode,
                               GApplicationCommandLine *cmdline)
{
  GtkWindow *window;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = _waymark_application_find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (window);
      return window;
    }

  waymark_bench_mark ("new window");
  window = new_window (self);
  waymark_bench_mark ("window made");
  waymark_bench_probe_watch (window, shows_plan_page);
  open_in_background (self, path, mode, WAYMARK_PLAN_LOCK_ASK, WAYMARK_WINDOW (window), TRUE, cmdline);
  gtk_window_present (window);
  waymark_bench_mark ("window presented");

  return window;
}

/* @path was chosen in @requester's Open (or, @create, New) dialog.
 * A window that shows no plan (its neutral start, or why the last one
 * failed) takes the new plan at once. A window showing a plan shows it
 * until the new one has opened, then shows the new one in its place; a
 * failure is a dialog on @requester, over the plan it still shows. A
 * plan already open in another window is brought to the front. */
static void
open_plan_cb (WaymarkApplication *self,
              const char         *path,
              gboolean            create,
              WaymarkWindow      *requester)
{
  WaymarkStoreOpenMode mode = create ? WAYMARK_STORE_CREATE_NEW : WAYMARK_STORE_OPEN_EXISTING;
  GtkWindow *existing;

  existing = _waymark_application_find_window_for_path (self, path);
  if (existing != NULL && waymark_window_get_store (WAYMARK_WINDOW (existing)) != NULL)
    {
      gtk_window_present (existing);
      return;
    }

  open_in_background (self, path, mode, WAYMARK_PLAN_LOCK_ASK, requester,
                      waymark_window_get_store (requester) == NULL, NULL);
}

/**
 * waymark_application_reopen_plan:
 * @self: the application
 * @window: a window showing a plan read-only
 * @choice: %WAYMARK_PLAN_LOCK_TAKE_OVER, usually
 *
 * Opens @window's plan again in it, as @choice says.
 */
void
waymark_application_reopen_plan (WaymarkApplication    *self,
                                 GtkWindow             *window,
                                 WaymarkPlanLockChoice  choice)
{
  g_autofree char *path = NULL;

  g_return_if_fail (WAYMARK_IS_APPLICATION (self));
  g_return_if_fail (WAYMARK_IS_WINDOW (window));

  path = g_strdup (waymark_window_get_path (WAYMARK_WINDOW (window)));
  if (path == NULL)
    return;

  waymark_window_set_store (WAYMARK_WINDOW (window), NULL);
  open_in_background (self, path, WAYMARK_STORE_OPEN_EXISTING, choice,
                      WAYMARK_WINDOW (window), TRUE, NULL);
}

static void
sample_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(WaymarkWindow) window = g_weak_ref_get (ref);
  g_autoptr(WaymarkSamplePlan) sample = NULL;
  g_autoptr(GError) error = NULL;
  GApplication *app = g_application_get_default ();

  sample = waymark_sample_plan_new_finish (result, &error);
  g_weak_ref_clear (ref);
  g_free (ref);

  if (window != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window)) && WAYMARK_IS_APPLICATION (app))
    {
      if (sample == NULL)
        waymark_window_show_open_error (window, NULL, error);
      else
        {
          gboolean empty = waymark_window_get_store (window) == NULL;

          open_in_background_full (WAYMARK_APPLICATION (app), waymark_sample_plan_get_path (sample),
                                   WAYMARK_STORE_OPEN_EXISTING, WAYMARK_PLAN_LOCK_ASK,
                                   window, empty, NULL, sample);
        }
    }

  if (WAYMARK_IS_APPLICATION (app))
    g_application_release (app);
}

/* Look Around With a Sample Plan: the sample is written into a folder of
 * its own in a worker thread, then opened in @requester like any plan
 * chosen there; it goes when the window closes or shows another. */
static void
open_sample_cb (WaymarkApplication *self,
                WaymarkWindow      *requester)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, requester);
  g_application_hold (G_APPLICATION (self));
  waymark_sample_plan_new_async (WAYMARK_SAMPLE_PLAN_DAYS, NULL, sample_made_cb, ref);
}
