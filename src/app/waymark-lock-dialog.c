/* waymark-lock-dialog.c: asking what to do with a plan open elsewhere
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-lock-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-lock-dialog.h"

typedef struct {
  GtkWindow                 *parent;   /* weak: the dialog is transient for it */
  char                      *path;
  WaymarkLockDialogCallback  callback;
  gpointer                   user_data;
} Asking;

static void
asking_free (Asking *asking)
{
  g_free (asking->path);
  g_free (asking);
}

/* "This plan is open on clinic-ws-3 (by sam) since 14:05.", or a
 * sentence that needs no lock file, when it went in the meantime. */
static char *
describe_holder (const char *path)
{
  g_autoptr(WaymarkPlanLockOwner) owner = waymark_plan_lock_read_owner (path);

  if (owner == NULL)
    return g_strdup (_("This plan is open in another Waymark."));

  return waymark_plan_lock_owner_describe (owner);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Asking           *asking)
{
  asking->callback (g_str_equal (response, "take-over") ? WAYMARK_PLAN_LOCK_TAKE_OVER
                                                        : WAYMARK_PLAN_LOCK_ASK,
                    asking->user_data);
  asking_free (asking);
}

static void
confirm (Asking *asking)
{
  g_autoptr(WaymarkPlanLockOwner) owner = waymark_plan_lock_read_owner (asking->path);
  g_autofree char *where = describe_holder (asking->path);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (owner != NULL && !waymark_plan_lock_owner_is_this_host (owner))
    /* Translators: %s is a sentence such as "This plan is open on
     * clinic-ws-3 (by sam) since 14:05." */
    body = g_strdup_printf (_("%s That Waymark will stop saving: what is typed there from now "
                              "on is not kept. If that computer was switched off or Waymark "
                              "closed badly there, taking over is safe."), where);
  else
    body = g_strdup_printf (_("%s That Waymark will stop saving: what is typed there from now "
                              "on is not kept."), where);

  dialog = adw_message_dialog_new (asking->parent, _("Take Over This Plan?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "take-over", _("_Take Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take-over",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), asking);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Asking           *asking)
{
  if (g_str_equal (response, "take-over"))
    {
      confirm (asking);
      return;
    }

  asking->callback (g_str_equal (response, "read-only") ? WAYMARK_PLAN_LOCK_READ_ONLY
                                                        : WAYMARK_PLAN_LOCK_ASK,
                    asking->user_data);
  asking_free (asking);
}

static Asking *
asking_new (GtkWindow                 *parent,
            const char                *path,
            WaymarkLockDialogCallback  callback,
            gpointer                   user_data)
{
  Asking *asking = g_new0 (Asking, 1);

  asking->parent = parent;
  asking->path = g_strdup (path);
  asking->callback = callback;
  asking->user_data = user_data;

  return asking;
}

/**
 * waymark_lock_dialog_ask:
 * @parent: the window the plan was to open in
 * @path: the plan, open somewhere else
 * @callback: called once, with the person's choice
 * @user_data: for @callback
 *
 * Says where and since when the plan is open, and offers to open it
 * read-only or, after confirming, to take it over.
 */
void
waymark_lock_dialog_ask (GtkWindow                 *parent,
                         const char                *path,
                         WaymarkLockDialogCallback  callback,
                         gpointer                   user_data)
{
  g_autofree char *where = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (path != NULL);
  g_return_if_fail (callback != NULL);

  where = describe_holder (path);
  /* Translators: %s is a sentence such as "This plan is open on
   * clinic-ws-3 (by sam) since 14:05." */
  body = g_strdup_printf (_("%s You can look at it read-only, or take it over — the other "
                            "window will stop saving."), where);

  dialog = adw_message_dialog_new (parent, _("This Plan Is Already Open"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "take-over", _("_Take Over…"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "read-only",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb),
                    asking_new (parent, path, callback, user_data));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * waymark_lock_dialog_confirm_take_over:
 *
 * Only the confirmation, for a window that shows the plan read-only.
 */
void
waymark_lock_dialog_confirm_take_over (GtkWindow                 *parent,
                                       const char                *path,
                                       WaymarkLockDialogCallback  callback,
                                       gpointer                   user_data)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (path != NULL);

  confirm (asking_new (parent, path, callback, user_data));
}
