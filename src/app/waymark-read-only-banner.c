/* waymark-read-only-banner.c: says at the top of a window that its plan
 * is open read-only, and why
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-read-only-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-lock-dialog.h"
#include "waymark-read-only-banner.h"

/* A GtkInfoBar (AdwBanner is libadwaita 1.3): it is announced as an
 * alert, and it wraps its message on a narrow window. */
struct _WaymarkReadOnlyBanner
{
  AdwBin parent_instance;

  /* Owned */
  WaymarkStore *store;

  /* Borrowed: children */
  GtkInfoBar   *info_bar;
  GtkLabel     *label;
};

G_DEFINE_FINAL_TYPE (WaymarkReadOnlyBanner, waymark_read_only_banner, ADW_TYPE_BIN)

enum {
  RESPONSE_TAKE_OVER = 1,
};

static void
update (WaymarkReadOnlyBanner *self)
{
  WaymarkPlanLock *lock = self->store ? waymark_store_get_lock (self->store) : NULL;
  g_autofree char *message = lock ? waymark_plan_lock_dup_message (lock) : NULL;

  gtk_label_set_label (self->label, message ? message : "");
  gtk_info_bar_set_revealed (self->info_bar, message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), message != NULL);
  /* Only on screen: a hidden widget has no place in the accessibility tree. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_bar),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
}

static void
lock_read_only_cb (WaymarkReadOnlyBanner *self)
{
  update (self);
}

static void
take_over_chosen_cb (WaymarkPlanLockChoice  choice,
                     gpointer               user_data)
{
  g_autoptr(WaymarkReadOnlyBanner) self = user_data;

  /* The application opens the plan again in this window (no include of
   * the application here: it includes the window, which includes us). */
  if (choice == WAYMARK_PLAN_LOCK_TAKE_OVER && self->store != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.take-over-plan", "s",
                                waymark_store_get_path (self->store));
}

static void
info_bar_response_cb (WaymarkReadOnlyBanner *self,
                      int                    response)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (response != RESPONSE_TAKE_OVER || self->store == NULL || !GTK_IS_WINDOW (root))
    return;

  waymark_lock_dialog_confirm_take_over (GTK_WINDOW (root), waymark_store_get_path (self->store),
                                         take_over_chosen_cb, g_object_ref (self));
}

static void
waymark_read_only_banner_dispose (GObject *object)
{
  WaymarkReadOnlyBanner *self = WAYMARK_READ_ONLY_BANNER (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_read_only_banner_parent_class)->dispose (object);
}

static void
waymark_read_only_banner_class_init (WaymarkReadOnlyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_read_only_banner_dispose;
}

static void
waymark_read_only_banner_init (WaymarkReadOnlyBanner *self)
{
  GtkWidget *button;

  self->info_bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read-only"),
                                  -1);
  gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_WARNING);
  gtk_info_bar_set_revealed (self->info_bar, FALSE);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_info_bar_add_child (self->info_bar, GTK_WIDGET (self->label));

  button = gtk_info_bar_add_button (self->info_bar, _("_Take Over…"), RESPONSE_TAKE_OVER);
  gtk_widget_set_tooltip_text (button, _("Save here instead; the other window stops saving"));
  g_signal_connect_object (self->info_bar, "response",
                           G_CALLBACK (info_bar_response_cb), self, G_CONNECT_SWAPPED);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->info_bar));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * waymark_read_only_banner_set_store:
 * @self: the banner
 * @store: (nullable): the window's plan
 *
 * Shows the banner while @store may not write: opened read-only, or
 * taken over elsewhere (from the moment its first write finds out).
 */
void
waymark_read_only_banner_set_store (WaymarkReadOnlyBanner *self,
                                    WaymarkStore          *store)
{
  g_return_if_fail (WAYMARK_IS_READ_ONLY_BANNER (self));

  if (self->store == store)
    return;

  if (self->store != NULL && waymark_store_get_lock (self->store) != NULL)
    g_signal_handlers_disconnect_by_data (waymark_store_get_lock (self->store), self);

  g_set_object (&self->store, store);

  if (store != NULL && waymark_store_get_lock (store) != NULL)
    g_signal_connect_object (waymark_store_get_lock (store), "notify::read-only",
                             G_CALLBACK (lock_read_only_cb), self, G_CONNECT_SWAPPED);

  update (self);
}
