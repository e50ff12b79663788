/* waymark-backups-window.c: the plan's backups, and restoring one
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-backups"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "waymark-feedback.h"
#include "waymark-backup.h"
#include "waymark-backups-window.h"
#include "waymark-date.h"
#include "waymark-file-name.h"
#include "waymark-list-box.h"

/* Lists the backups of the plan open in the window it belongs to, newest
 * first, each with what it holds as read from the backup itself. A
 * backup can be restored into a new file (opened in a window of its own,
 * the plan left as it is) or in place of the plan, after confirming: the
 * plan as it is is backed up first, then replaced in one transaction,
 * then reopened. */

struct _WaymarkBackupsWindow
{
  AdwWindow parent_instance;

  GtkWindow            *window;   /* the plan's window */
  GtkFileChooserNative *chooser;
  char                 *restoring;   /* the backup the file chooser is for */
  char                 *asking;      /* the backup the Restore question is about */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *note_label;
  GtkListBox      *list_box;
  AdwStatusPage   *empty_page;
};

G_DEFINE_FINAL_TYPE (WaymarkBackupsWindow, waymark_backups_window, ADW_TYPE_WINDOW)

static void
toast (WaymarkBackupsWindow *self,
       const char           *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static WaymarkStore *
get_store (WaymarkBackupsWindow *self)
{
  return waymark_window_backups_get_store (self->window);
}

/* "Sunday, 6 December 2026, 14:05", in the person's own time zone. */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: when a backup was made; a strftime format. */
  return waymark_date_time_format (local, _("%A, %-d %B %Y, %H:%M"));
}

static char *
format_day (const char *iso_day)
{
  if (!waymark_date_is_valid (iso_day))
    return g_strdup (iso_day);

  return waymark_date_format (iso_day);
}

/* "3 goals · 120 check-ins · last check-in 5 December 2026 · 148.0 kB" */
static char *
describe (const WaymarkBackupInfo *info)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *size = g_format_size (info->size);

  if (info->before_restore)
    g_ptr_array_add (parts, g_strdup (_("Made before a restore")));

  if (!info->readable)
    g_ptr_array_add (parts, g_strdup (_("Damaged: it can’t be read")));
  else
    {
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u goal", "%u goals", info->n_goals), info->n_goals));
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u check-in", "%u check-ins", info->n_checkins),
                                               info->n_checkins));
      if (info->last_checkin != NULL)
        {
          g_autofree char *day = format_day (info->last_checkin);

          /* Translators: %s is a date, such as "5 December 2026". */
          g_ptr_array_add (parts, g_strdup_printf (_("last check-in %s"), day));
        }
    }
  g_ptr_array_add (parts, g_steal_pointer (&size));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* What a row's Restore button asks about. */
typedef struct
{
  WaymarkBackupsWindow *self;   /* owns the button */
  char                 *path;
  char                 *when;
  char                 *what;
} RestoreRequest;

static void
restore_request_free (gpointer  data,
                      GClosure *closure)
{
  RestoreRequest *request = data;

  g_free (request->path);
  g_free (request->when);
  g_free (request->what);
  g_free (request);
}

static void restore_clicked_cb (GtkButton *button, RestoreRequest *request);

static GtkWidget *
make_row (WaymarkBackupsWindow    *self,
          const WaymarkBackupInfo *info)
{
  g_autofree char *when = format_time (info->time);
  g_autofree char *what = describe (info);
  g_autofree char *button_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  RestoreRequest *request;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), what);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, info->readable);
  /* Translators: the accessible name of a Restore button; %s is when the backup was made. */
  button_name = g_strdup_printf (_("Restore the backup from %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  request = g_new0 (RestoreRequest, 1);
  request->self = self;
  request->path = g_strdup (info->path);
  request->when = g_strdup (when);
  request->what = g_strdup (what);
  g_signal_connect_data (button, "clicked", G_CALLBACK (restore_clicked_cb),
                         request, restore_request_free, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/**
 * waymark_backups_window_refresh:
 *
 * Reads the backups folder again.
 */
void
waymark_backups_window_refresh (WaymarkBackupsWindow *self)
{
  WaymarkStore *store = get_store (self);
  g_autofree char *folder = NULL;
  g_autofree char *display = NULL;
  g_autofree char *note = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (WAYMARK_IS_BACKUPS_WINDOW (self));

  waymark_list_box_remove_all (self->list_box);

  if (store == NULL)
    {
      adw_status_page_set_description (self->empty_page, _("Open a plan to see its backups."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", FALSE);
      return;
    }

  folder = waymark_backup_folder_for_plan (waymark_store_get_path (store));
  display = g_filename_display_name (folder);
  if (!waymark_backup_check_location (folder, &error))
    note = g_strdup (error->message);
  else
    /* Translators: %s is a folder. */
    note = g_strdup_printf (_("Waymark backs up this plan each day you use it, and keeps the last 7 days "
                              "and 4 weeks, in “%s”, readable by you alone."),
                            display);
  gtk_label_set_text (self->note_label, note);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", error == NULL);

  backups = waymark_backup_list (folder);
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list_box, make_row (self, g_ptr_array_index (backups, i)));

  if (backups->len == 0)
    {
      adw_status_page_set_description (self->empty_page, note);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
back_up_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WaymarkBackupsWindow *self = WAYMARK_BACKUPS_WINDOW (widget);
  WaymarkStore *store = get_store (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;

  if (store == NULL)
    return;

  path = waymark_backup_make (store, now, FALSE, &error);
  if (path == NULL)
    {
      waymark_tell (GTK_WIDGET (self), _("Can’t Back Up the Plan"), error->message);
      return;
    }

  folder = g_path_get_dirname (path);
  waymark_backup_prune (folder, zone);
  waymark_backups_window_refresh (self);
  toast (self, _("Backed up the plan"));
}

/* Restoring ---------------------------------------------------------------- */

/* Whether @path is the plan open in the window, however it is named. */
static gboolean
is_open_plan (WaymarkBackupsWindow *self,
              const char           *path)
{
  WaymarkStore *store = get_store (self);
  GStatBuf a, b;

  if (store == NULL)
    return FALSE;
  if (g_strcmp0 (waymark_store_get_path (store), path) == 0)
    return TRUE;
  return g_stat (path, &a) == 0 && g_stat (waymark_store_get_path (store), &b) == 0 &&
         a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static void
restore_to_file_response_cb (WaymarkBackupsWindow *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL && self->restoring != NULL && is_open_plan (self, path))
    waymark_tell (GTK_WIDGET (self), _("Can’t Restore the Backup"),
          _("That is the plan you have open. To put the backup in its place, choose "
            "“Replace My Plan” instead; to keep both, choose another file name."));
  else if (path != NULL && self->restoring != NULL)
    {
      if (!waymark_backup_restore_to_file (self->restoring, path, &error))
        waymark_tell (GTK_WIDGET (self), _("Can’t Restore the Backup"), error->message);
      else
        {
          g_autofree char *name = g_filename_display_basename (path);
          g_autofree char *message = NULL;

          /* Translators: a toast; %s is a file name. */
          message = g_strdup_printf (_("Restored into “%s”"), name);
          toast (self, message);
          /* The restored plan opens as one chosen with Open Plan… does. */
          if (self->window != NULL)
            g_signal_emit_by_name (self->window, "open-plan", path, FALSE);
        }
    }

  g_clear_pointer (&self->restoring, g_free);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
}

static void
restore_to_file (WaymarkBackupsWindow *self,
                 const char           *backup)
{
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  g_free (self->restoring);
  self->restoring = g_strdup (backup);

  self->chooser = gtk_file_chooser_native_new (_("Restore Into a New File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Restore"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (plans, _("Waymark plans"));
  gtk_file_filter_add_pattern (plans, "*.waymark");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), plans);
  {
    /* Translators: what a saved file is, in its suggested name,
     * as in "Sam Sample – Restored Plan – 2026-12-05.waymark". */
    g_autofree char *name = waymark_file_name_for_store (get_store (self), NULL,
                                                         C_("file name", "Restored Plan"), "waymark");

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (restore_to_file_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * waymark_backups_window_restore_in_place:
 * @backup: the backup to restore
 *
 * Backs up the plan as it is, replaces it with @backup, and reopens it
 * in the window.
 *
 * Returns: whether the plan was replaced
 */
gboolean
waymark_backups_window_restore_in_place (WaymarkBackupsWindow  *self,
                                         const char            *backup,
                                         GError               **error)
{
  WaymarkStore *store = get_store (self);
  g_autoptr(WaymarkStore) reopened = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (WAYMARK_IS_BACKUPS_WINDOW (self), FALSE);
  g_return_val_if_fail (store != NULL, FALSE);

  path = g_strdup (waymark_store_get_path (store));
  if (!waymark_backup_restore_into_store (store, backup, &saved, error))
    return FALSE;

  /* Every record changed: the window reads the plan afresh. The window
   * still holds the plan's lock through @store; the new store takes it. */
  reopened = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                      WAYMARK_PLAN_LOCK_TAKE_OVER, error);
  if (reopened == NULL)
    return FALSE;
  g_object_set (self->window, "store", reopened, NULL);

  waymark_backups_window_refresh (self);
  return TRUE;
}

static void
restore_response_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     WaymarkBackupsWindow *self)
{
  g_autofree char *backup = g_steal_pointer (&self->asking);

  if (backup == NULL)
    return;

  if (g_str_equal (response, "new-file"))
    restore_to_file (self, backup);
  else if (g_str_equal (response, "replace"))
    {
      g_autoptr(GError) error = NULL;

      if (!waymark_backups_window_restore_in_place (self, backup, &error))
        waymark_tell (GTK_WIDGET (self), _("Can’t Restore the Backup"), error->message);
      else
        toast (self, _("Restored the backup. Your plan as it was is kept as a backup too."));
    }
}

static void
restore_clicked_cb (GtkButton      *button,
                    RestoreRequest *request)
{
  WaymarkBackupsWindow *self = request->self;
  const char *when = request->when;
  const char *what = request->what;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: the first %s is when the backup was made, the second
                                   * what it holds, such as "3 goals · 120 check-ins · 148.0 kB". */
                                  _("The backup from %s holds %s.\n\n"
                                    "Restore it into a new file to look at it beside your plan, or replace "
                                    "your plan with it. Before it is replaced, your plan as it is now is "
                                    "backed up, so nothing is lost."),
                                  when, what);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "new-file", _("Into a _New File…"),
                                    "replace", _("_Replace My Plan"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_free (self->asking);
  self->asking = g_strdup (request->path);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The class ------------------------------------------------------------------ */

static void
waymark_backups_window_dispose (GObject *object)
{
  WaymarkBackupsWindow *self = WAYMARK_BACKUPS_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->restoring, g_free);
  g_clear_pointer (&self->asking, g_free);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (waymark_backups_window_parent_class)->dispose (object);
}

static void
waymark_backups_window_class_init (WaymarkBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_backups_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/waymark-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkBackupsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WaymarkBackupsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkBackupsWindow, note_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkBackupsWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkBackupsWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL, back_up_now_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
waymark_backups_window_init (WaymarkBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * waymark_backups_window_new:
 * @window: the window whose plan's backups are shown
 */
WaymarkBackupsWindow *
waymark_backups_window_new (GtkWindow *window)
{
  WaymarkBackupsWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "store") != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_BACKUPS_WINDOW,
                       "transient-for", window,
                       NULL);
  g_set_weak_pointer (&self->window, window);
  waymark_backups_window_refresh (self);

  return self;
}
