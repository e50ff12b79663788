/* waymark-keyring.c: a protected plan's key remembered on this computer,
 * in the desktop keyring (libsecret)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "waymark-keyring.h"

/* Remember on this computer (opt-in, never in shared computer mode):
 * the plan's key (waymark_plan_key_dup_secret (), not the passphrase) is
 * kept in the login keyring under the plan's path, and tried first when
 * that plan opens. Without a keyring (a headless session, tests) every
 * call fails with an error the window can show, and nothing else breaks. */

static const SecretSchema *
plan_key_schema (void)
{
  static const SecretSchema schema = {
    APPLICATION_ID ".PlanKey", SECRET_SCHEMA_NONE,
    {
      { "path", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

/* Plans are found by their full path, however they were named. */
static char *
canonical (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
waymark_keyring_remember_async (const char          *path,
                                const char          *secret,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *full = canonical (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (base);
  /* Translators: the name of the key kept in the desktop's keyring (Passwords and Keys); %s is the plan's file name. */
  g_autofree char *label = g_strdup_printf (_("Waymark: the key to %s"), display);

  g_task_set_source_tag (task, waymark_keyring_remember_async);
  /* The GUI tests run where a keyring daemon may be started on demand
   * and then wait for a prompt nobody answers: there, no keyring (the
   * end-to-end test starts an unlocked one of its own instead). */
  if (g_getenv ("WAYMARK_TEST_NO_KEYRING") != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no keyring in this test");
      g_object_unref (task);
      return;
    }
  secret_password_store (plan_key_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                         cancellable, stored_cb, task, "path", full, NULL);
}

gboolean
waymark_keyring_remember_finish (GAsyncResult  *result,
                                 GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, secret, (GDestroyNotify) secret_password_free);
}

void
waymark_keyring_lookup_async (const char          *path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *full = canonical (path);

  g_task_set_source_tag (task, waymark_keyring_lookup_async);
  secret_password_lookup (plan_key_schema (), cancellable, looked_up_cb, task, "path", full, NULL);
}

/**
 * waymark_keyring_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the remembered key (free it with
 *   secret_password_free ()), or %NULL with no error when none is kept
 */
char *
waymark_keyring_lookup_finish (GAsyncResult  *result,
                               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
cleared_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_clear_finish (result, &error))
    g_debug ("No remembered key to forget: %s", error ? error->message : "none kept");
}

/* The key no longer fits (a new passphrase, protection removed): it goes. */
void
waymark_keyring_forget (const char *path)
{
  g_autofree char *full = canonical (path);

  if (g_getenv ("WAYMARK_TEST_NO_KEYRING") != NULL)
    return;
  secret_password_clear (plan_key_schema (), NULL, cleared_cb, NULL, "path", full, NULL);
}
