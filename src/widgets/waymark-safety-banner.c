/* waymark-safety-banner.c: a calm note after a PHQ-9 whose last item was
 * answered above "Not at all"
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-safety-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-emergency-number.h"
#include "waymark-feedback.h"
#include "waymark-list-box.h"
#include "waymark-number-row.h"
#include "waymark-safety-banner.h"
#include "waymark-safety-net.h"
#include "waymark-store-today.h"

/* Shown on Today and on the Journal while the plan file has a banner
 * that was raised and not closed (waymark-store-today.c): saving such a
 * PHQ-9 raises it in the same commit, so it is there after a restart
 * too, until the person closes it. It is calm: the page's own colours,
 * no warning sign, no red; the crisis plan one button away and a crisis
 * line to call or copy. Closing it is remembered, with when. */

struct _WaymarkSafetyBanner
{
  AdwBin parent_instance;

  /* Owned */
  WaymarkStore *store;
  GSignalGroup *store_signals;

  /* Borrowed */
  GtkListBox   *numbers_list;

  gint64        banner_id;      /* the banner shown, 0 when none */
};

G_DEFINE_FINAL_TYPE (WaymarkSafetyBanner, waymark_safety_banner, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The crisis line suggested for the person's country, or failing that
 * their own emergency number. */
static void
show_number (WaymarkSafetyBanner *self)
{
  const WaymarkSafetyNetCountry *country = waymark_safety_net_for_plan (self->store);
  const WaymarkCrisisLine *line = country ? waymark_safety_net_country_get_line (country) : NULL;

  waymark_list_box_remove_all (self->numbers_list);

  if (line != NULL)
    gtk_list_box_append (self->numbers_list,
                         waymark_number_row_new (line->name, waymark_crisis_line_get_hours_label (line),
                                                 line->number));
  else
    {
      g_autofree char *own = waymark_emergency_number_get (self->store, NULL);

      if (own != NULL && *own != '\0')
        gtk_list_box_append (self->numbers_list,
                             waymark_number_row_new (_("Emergency services"), _("If you are in danger right now"),
                                                     own));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->numbers_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->numbers_list)) != NULL);
}

static void
reload (WaymarkSafetyBanner *self)
{
  g_autoptr(GError) error = NULL;
  gint64 banner_id = 0;
  gboolean was_shown = self->banner_id > 0;

  if (self->store != NULL &&
      !waymark_store_get_safety_banner (self->store, &banner_id, NULL, &error))
    {
      g_message ("Could not read the safety banner: %s", error->message);
      banner_id = 0;
    }

  self->banner_id = banner_id;
  if (banner_id > 0)
    show_number (self);
  else
    waymark_list_box_remove_all (self->numbers_list);

  gtk_widget_set_visible (GTK_WIDGET (self), banner_id > 0);

  if (was_shown != (banner_id > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);
}

static void
store_changed_cb (WaymarkSafetyBanner *self,
                  const char          *kind)
{
  reload (self);
}

static void
close_clicked_cb (WaymarkSafetyBanner *self)
{
  waymark_safety_banner_close (self);
}

static GtkWidget *
build (WaymarkSafetyBanner *self)
{
  GtkWidget *card, *top, *icon, *message, *close, *open;

  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 12,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "waymark-safety-banner");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your crisis plan is here"),
                                  -1);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (card), top);

  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "help-browser-symbolic",
                       "pixel-size", 24,
                       "valign", GTK_ALIGN_START,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_box_append (GTK_BOX (top), icon);

  message = gtk_label_new (_("If those thoughts come back, your crisis plan is here. You don’t have to carry them alone."));
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_set_hexpand (message, TRUE);
  gtk_box_append (GTK_BOX (top), message);

  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_valign (close, GTK_ALIGN_START);
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_tooltip_text (close, _("Close"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close this note"),
                                  -1);
  g_signal_connect_object (close, "clicked", G_CALLBACK (close_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (top), close);

  open = gtk_button_new_with_mnemonic (_("_Open Crisis Plan"));
  gtk_widget_set_halign (open, GTK_ALIGN_START);
  gtk_widget_add_css_class (open, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", "crisis");
  gtk_box_append (GTK_BOX (card), open);

  self->numbers_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->numbers_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->numbers_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->numbers_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("A crisis line to call"),
                                  -1);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->numbers_list));

  return card;
}

static void
waymark_safety_banner_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  WaymarkSafetyBanner *self = WAYMARK_SAFETY_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOWN:
      g_value_set_boolean (value, waymark_safety_banner_is_shown (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_safety_banner_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  WaymarkSafetyBanner *self = WAYMARK_SAFETY_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_safety_banner_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_safety_banner_dispose (GObject *object)
{
  WaymarkSafetyBanner *self = WAYMARK_SAFETY_BANNER (object);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  g_clear_object (&self->store);
  self->numbers_list = NULL;
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (waymark_safety_banner_parent_class)->dispose (object);
}

static void
waymark_safety_banner_finalize (GObject *object)
{
  WaymarkSafetyBanner *self = WAYMARK_SAFETY_BANNER (object);

  g_clear_object (&self->store_signals);

  G_OBJECT_CLASS (waymark_safety_banner_parent_class)->finalize (object);
}

static void
waymark_safety_banner_class_init (WaymarkSafetyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = waymark_safety_banner_get_property;
  object_class->set_property = waymark_safety_banner_set_property;
  object_class->dispose = waymark_safety_banner_dispose;
  object_class->finalize = waymark_safety_banner_finalize;

  /**
   * WaymarkSafetyBanner:store: (nullable)
   *
   * The plan whose banner is shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkSafetyBanner:shown:
   *
   * Whether the plan has a banner the person has not closed.
   */
  properties[PROP_SHOWN] =
    g_param_spec_boolean ("shown", NULL, NULL, FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_safety_banner_init (WaymarkSafetyBanner *self)
{
  adw_bin_set_child (ADW_BIN (self), build (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->store_signals = g_signal_group_new (WAYMARK_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed::safety-banner",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  /* The number follows the crisis plan's country and the person's own. */
  g_signal_group_connect_object (self->store_signals, "changed::person",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "changed::crisis",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
waymark_safety_banner_new (void)
{
  return g_object_new (WAYMARK_TYPE_SAFETY_BANNER, NULL);
}

WaymarkStore *
waymark_safety_banner_get_store (WaymarkSafetyBanner *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAFETY_BANNER (self), NULL);

  return self->store;
}

/**
 * waymark_safety_banner_set_store:
 * @store: (nullable): the plan whose banner to show
 */
void
waymark_safety_banner_set_store (WaymarkSafetyBanner *self,
                                 WaymarkStore        *store)
{
  g_return_if_fail (WAYMARK_IS_SAFETY_BANNER (self));
  g_return_if_fail (!store || WAYMARK_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * waymark_safety_banner_is_shown:
 *
 * Returns: whether the plan has a banner the person has not closed
 */
gboolean
waymark_safety_banner_is_shown (WaymarkSafetyBanner *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAFETY_BANNER (self), FALSE);

  return self->banner_id > 0;
}

/**
 * waymark_safety_banner_close:
 *
 * The person closed the banner: it is recorded as closed now, in the
 * plan file, and goes from every page that shows it.
 */
void
waymark_safety_banner_close (WaymarkSafetyBanner *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (WAYMARK_IS_SAFETY_BANNER (self));

  if (self->store == NULL || self->banner_id == 0)
    return;

  if (!waymark_store_dismiss_safety_banner (self->store, &error))
    waymark_show_error (GTK_WIDGET (self), error->message);
}
