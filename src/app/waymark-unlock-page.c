/* waymark-unlock-page.c: a protected plan's lock screen
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-unlock-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-copy.h"
#include "waymark-safety-net-box.h"
#include "waymark-plan-protection-tasks.h"
#include "waymark-store-error.h"
#include "waymark-unlock-page.h"

/* What a window shows in place of a protected plan until it is unlocked
 * (and again once it locks): the plan's file name, never anything from
 * inside it, a passphrase field, and Unlock. The key is derived in a
 * worker thread (about half a second, a spinner turning); a wrong
 * passphrase is said plainly under the field, which keeps the focus, and
 * there is no limit to the tries: nothing may keep a person from their
 * plan. A recovery key can be typed in the same field instead, and a
 * crisis plan the person keeps readable (waymark-crisis-copy.c) is one
 * button away, without the passphrase.
 *
 * The page only checks what was typed: on success it emits ::unlocked
 * with the key, and the window opens the plan with it. */

struct _WaymarkUnlockPage
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwStatusPage   *status_page;
  AdwEntryRow     *entry;
  GtkLabel        *message;
  GtkCheckButton  *remember_check;
  GtkButton       *unlock_button;
  GtkSpinner      *spinner;
  GtkButton       *recovery_button;
  GtkButton       *crisis_button;

  /* Owned */
  char            *path;
  GCancellable    *cancellable;   /* the key being derived */
  gboolean         recovery;      /* the field takes the recovery key */
};

G_DEFINE_FINAL_TYPE (WaymarkUnlockPage, waymark_unlock_page, ADW_TYPE_BIN)

enum {
  UNLOCKED,
  SHOW_CRISIS_PLAN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (WaymarkUnlockPage *self,
          gboolean           busy)
{
  /* The field stays sensitive, so it keeps the focus. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->unlock_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recovery_button), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
show_message (WaymarkUnlockPage *self,
              const char        *text)
{
  gtk_label_set_text (self->message, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "",
                                  -1);
}

void
waymark_unlock_page_focus (WaymarkUnlockPage *self)
{
  g_return_if_fail (WAYMARK_IS_UNLOCK_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
unlocked_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(WaymarkUnlockPage) self = user_data;
  g_autoptr(WaymarkPlanKey) key = NULL;
  g_autoptr(GError) error = NULL;

  if (!waymark_plan_protection_run_finish (result, &key, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_busy (self, FALSE);
      if (g_error_matches (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_WRONG_PASSPHRASE))
        show_message (self, self->recovery
                      ? _("That recovery key does not open this plan. Check each word and try again.")
                      : _("That passphrase does not open this plan. Check Caps Lock and try again."));
      else
        show_message (self, error->message);

      /* Try again at once: the field keeps the focus, what was typed is
       * selected to type over. */
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
      return;
    }

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  g_signal_emit (self, signals[UNLOCKED], 0, key,
                 gtk_widget_get_visible (GTK_WIDGET (self->remember_check)) &&
                 gtk_check_button_get_active (self->remember_check));
}

static void
unlock_cb (WaymarkUnlockPage *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->unlock_button)))
    return;   /* already trying */

  if (typed[0] == '\0')
    {
      show_message (self, self->recovery ? _("Type the recovery key, then press Unlock.")
                                         : _("Type the passphrase, then press Unlock."));
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return;
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE);
  waymark_plan_protection_run_async (self->path,
                                     self->recovery ? WAYMARK_PLAN_UNLOCK_WITH_RECOVERY_KEY : WAYMARK_PLAN_UNLOCK,
                                     typed, NULL, self->cancellable, unlocked_cb, g_object_ref (self));
}

static void
entry_changed_cb (WaymarkUnlockPage *self)
{
  /* The message was about what was typed before. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->message)) &&
      gtk_widget_get_sensitive (GTK_WIDGET (self->unlock_button)))
    show_message (self, NULL);
}

/* The same field takes the passphrase or the recovery key. */
static void
switch_mode_cb (WaymarkUnlockPage *self)
{
  self->recovery = !self->recovery;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry),
                                 self->recovery ? _("Recovery Key") : _("Passphrase"));
  gtk_button_set_label (self->recovery_button,
                        self->recovery ? _("Use the _Passphrase Instead") : _("Use a _Recovery Key…"));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  show_message (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* The crisis plan's readable copy, when the person keeps one: reachable
 * without the passphrase. */
static void
show_crisis_plan_cb (WaymarkUnlockPage *self)
{
  g_signal_emit (self, signals[SHOW_CRISIS_PLAN], 0);
}

/* Enter in the field, or the window's default: Unlock. */
static void
waymark_unlock_page_map (GtkWidget *widget)
{
  WaymarkUnlockPage *self = WAYMARK_UNLOCK_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  GTK_WIDGET_CLASS (waymark_unlock_page_parent_class)->map (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_default_widget (GTK_WINDOW (root), GTK_WIDGET (self->unlock_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
waymark_unlock_page_dispose (GObject *object)
{
  WaymarkUnlockPage *self = WAYMARK_UNLOCK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_UNLOCK_PAGE);

  G_OBJECT_CLASS (waymark_unlock_page_parent_class)->dispose (object);
}

static void
waymark_unlock_page_finalize (GObject *object)
{
  WaymarkUnlockPage *self = WAYMARK_UNLOCK_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->path);

  G_OBJECT_CLASS (waymark_unlock_page_parent_class)->finalize (object);
}

static void
waymark_unlock_page_class_init (WaymarkUnlockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* The numbers suggested for the locale's country stay reachable while
   * the plan is locked: they are no part of the plan. */
  g_type_ensure (WAYMARK_TYPE_SAFETY_NET_BOX);

  object_class->dispose = waymark_unlock_page_dispose;
  object_class->finalize = waymark_unlock_page_finalize;
  widget_class->map = waymark_unlock_page_map;

  /**
   * WaymarkUnlockPage::unlocked:
   * @key: the key that opens the plan
   * @remember: whether the person asked to keep it on this computer
   */
  signals[UNLOCKED] =
    g_signal_new ("unlocked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, WAYMARK_TYPE_PLAN_KEY, G_TYPE_BOOLEAN);

  /**
   * WaymarkUnlockPage::show-crisis-plan:
   *
   * Show My Crisis Plan was pressed.
   */
  signals[SHOW_CRISIS_PLAN] =
    g_signal_new ("show-crisis-plan",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, entry);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, message);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, remember_check);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, recovery_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkUnlockPage, crisis_button);
  gtk_widget_class_bind_template_callback (widget_class, unlock_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, switch_mode_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_crisis_plan_cb);
}

static void
waymark_unlock_page_init (WaymarkUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * waymark_unlock_page_new:
 * @path: the protected plan
 * @offer_remember: whether to offer Remember on this computer (never in
 *   shared computer mode)
 */
GtkWidget *
waymark_unlock_page_new (const char *path,
                         gboolean    offer_remember)
{
  WaymarkUnlockPage *self;
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_UNLOCK_PAGE, NULL);
  self->path = g_strdup (path);
  base = g_path_get_basename (path);
  display = g_filename_display_name (base);
  adw_status_page_set_description (self->status_page, display);
  gtk_widget_set_visible (GTK_WIDGET (self->remember_check), offer_remember);
  gtk_widget_set_visible (GTK_WIDGET (self->crisis_button), waymark_crisis_copy_exists (path));

  return GTK_WIDGET (self);
}

const char *
waymark_unlock_page_get_path (WaymarkUnlockPage *self)
{
  g_return_val_if_fail (WAYMARK_IS_UNLOCK_PAGE (self), NULL);

  return self->path;
}
