/* waymark-safety-net-box.c: the numbers Waymark suggests for the person's
 * country, to call or copy, and where to change the country
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-safety-net-box"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-plan.h"
#include "waymark-feedback.h"
#include "waymark-number-row.h"
#include "waymark-safety-net-box.h"

/* Shown on the crisis plan and beside PHQ-9's item 9: the emergency
 * number and crisis lines of the plan's country (the locale's until the
 * person picks one), always labelled as a suggestion for that country
 * and the date it was checked, so nobody takes it for a person they
 * know. Each number is a tel: link, for a computer that can place a
 * call, with a Copy button beside it for one that can't. */

struct _WaymarkSafetyNetBox
{
  GtkWidget parent_instance;

  /* Owned */
  GtkWidget                     *box;
  GtkLabel                      *suggested_label;
  GtkListBox                    *numbers_list;
  GtkListBox                    *picker_list;
  AdwComboRow                   *country_row;
  GPtrArray                     *choices;   /* country codes, the picker's order */
  WaymarkStore                  *store;
  const WaymarkSafetyNetCountry *country;
  gboolean                       show_picker;
  gboolean                       show_emergency;
  gboolean                       loading;
};

G_DEFINE_FINAL_TYPE (WaymarkSafetyNetBox, waymark_safety_net_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_PICKER,
  PROP_N_PROPS
};

static GParamSpec *properties[PROP_N_PROPS];

enum {
  COUNTRY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Showing the country's numbers ------------------------------------------------ */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_country (WaymarkSafetyNetBox *self)
{
  const WaymarkSafetyNetCountry *country = self->country;
  g_autofree char *suggested = NULL;
  gboolean any = FALSE;

  clear_list (self->numbers_list);

  if (country == NULL)
    {
      const WaymarkCrisisSectionInfo *services = waymark_crisis_section_find ("professionals");
      g_autofree char *none = NULL;

      /* Translators: %s is the title of a crisis plan section, "Professionals
       * and Services I Can Call". */
      if (self->store == NULL)
        none = g_strdup (_("Choose your country to see the emergency number and a crisis line Waymark "
                           "suggests for it."));
      else
        none = g_strdup_printf (_("Waymark has no checked numbers for this country. Write your emergency number "
                                  "here, and add a crisis line you trust under “%s”."),
                                services ? _(services->title) : "");
      gtk_label_set_label (self->suggested_label, none);
      gtk_widget_set_visible (GTK_WIDGET (self->numbers_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->suggested_label), self->show_picker);
      return;
    }

  {
    g_autofree char *checked = waymark_safety_net_country_format_checked (country);

    /* Translators: above the emergency number and crisis lines Waymark
     * suggests; the first %s is a country, the second the date they were
     * checked, such as "6 December 2026". */
    suggested = g_strdup_printf (_("Suggested for %s, checked %s"),
                                 waymark_safety_net_country_get_name (country), checked);
    gtk_label_set_label (self->suggested_label, suggested);
    gtk_widget_set_visible (GTK_WIDGET (self->suggested_label), TRUE);
  }

  if (self->show_emergency)
    {
      gtk_list_box_append (self->numbers_list,
                           waymark_number_row_new (_("Emergency services"), _("If you are in danger right now"),
                                       country->emergency_number));
      any = TRUE;
    }

  for (guint i = 0; i < country->lines->len; i++)
    {
      const WaymarkCrisisLine *line = country->lines->pdata[i];

      gtk_list_box_append (self->numbers_list,
                           waymark_number_row_new (line->name, waymark_crisis_line_get_hours_label (line), line->number));
      any = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->numbers_list), any);
}

static void
select_country_in_picker (WaymarkSafetyNetBox *self)
{
  const char *code = self->country ? self->country->code : WAYMARK_SAFETY_NET_NO_COUNTRY;
  guint position = 0;

  for (guint i = 0; i < self->choices->len; i++)
    if (g_str_equal (self->choices->pdata[i], code))
      position = i;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->country_row, position);
  self->loading = FALSE;
}

static void
set_country (WaymarkSafetyNetBox           *self,
             const WaymarkSafetyNetCountry *country)
{
  gboolean changed = country != self->country;

  self->country = country;
  show_country (self);
  select_country_in_picker (self);

  if (changed)
    g_signal_emit (self, signals[COUNTRY_CHANGED], 0);
}

static void
reload (WaymarkSafetyNetBox *self)
{
  /* No plan (a locked one's lock screen): the locale's country. */
  set_country (self, self->store ? waymark_safety_net_for_plan (self->store) : waymark_safety_net_resolve (NULL));
}

static void
store_changed_cb (WaymarkSafetyNetBox *self,
                  const char          *kind)
{
  if (!self->loading)
    reload (self);
}

static void
country_selected_cb (WaymarkSafetyNetBox *self)
{
  g_autoptr(WaymarkPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  guint position = adw_combo_row_get_selected (self->country_row);
  const char *code;

  if (self->loading || position >= self->choices->len)
    return;

  code = self->choices->pdata[position];
  /* No plan to keep the choice in: it holds for this screen only. */
  if (self->store == NULL)
    {
      set_country (self, waymark_safety_net_lookup (code));
      return;
    }
  if (waymark_safety_net_lookup (code) == self->country &&
      (self->country != NULL || g_str_equal (code, WAYMARK_SAFETY_NET_NO_COUNTRY)))
    return;

  person = waymark_store_load_person (self->store, &error);
  if (person != NULL)
    {
      waymark_person_set_country (person, code);
      self->loading = TRUE;
      if (!waymark_store_save_person (self->store, person, &error))
        g_clear_object (&person);
      self->loading = FALSE;
    }

  if (person == NULL)
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      reload (self);
      return;
    }

  set_country (self, waymark_safety_net_lookup (code));
}

/* The picker: the countries by their names in the person's language,
 * then "Another country" for one Waymark has no numbers for. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const WaymarkSafetyNetCountry *ca = *(WaymarkSafetyNetCountry **) a;
  const WaymarkSafetyNetCountry *cb = *(WaymarkSafetyNetCountry **) b;

  return g_utf8_collate (waymark_safety_net_country_get_name (ca),
                         waymark_safety_net_country_get_name (cb));
}

static void
fill_picker (WaymarkSafetyNetBox *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (waymark_safety_net_get_countries (), NULL, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* The copy borrows the table's countries: it must not free them. */
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_names);
  for (guint i = 0; i < sorted->len; i++)
    {
      const WaymarkSafetyNetCountry *country = sorted->pdata[i];

      gtk_string_list_append (names, waymark_safety_net_country_get_name (country));
      g_ptr_array_add (self->choices, g_strdup (country->code));
    }
  gtk_string_list_append (names, _("Another Country"));
  g_ptr_array_add (self->choices, g_strdup (WAYMARK_SAFETY_NET_NO_COUNTRY));

  self->loading = TRUE;
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
  self->loading = FALSE;
}

/* GObject ------------------------------------------------------------------ */

static void
waymark_safety_net_box_dispose (GObject *object)
{
  WaymarkSafetyNetBox *self = WAYMARK_SAFETY_NET_BOX (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_safety_net_box_parent_class)->dispose (object);
}

static void
waymark_safety_net_box_finalize (GObject *object)
{
  WaymarkSafetyNetBox *self = WAYMARK_SAFETY_NET_BOX (object);

  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_safety_net_box_parent_class)->finalize (object);
}

static void
waymark_safety_net_box_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WaymarkSafetyNetBox *self = WAYMARK_SAFETY_NET_BOX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_PICKER:
      g_value_set_boolean (value, self->show_picker);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_safety_net_box_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WaymarkSafetyNetBox *self = WAYMARK_SAFETY_NET_BOX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_safety_net_box_set_store (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PICKER:
      self->show_picker = g_value_get_boolean (value);
      gtk_widget_set_visible (GTK_WIDGET (self->picker_list), self->show_picker);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_safety_net_box_class_init (WaymarkSafetyNetBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_safety_net_box_dispose;
  object_class->finalize = waymark_safety_net_box_finalize;
  object_class->get_property = waymark_safety_net_box_get_property;
  object_class->set_property = waymark_safety_net_box_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHOW_PICKER] =
    g_param_spec_boolean ("show-picker", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PROP_N_PROPS, properties);

  /**
   * WaymarkSafetyNetBox::country-changed:
   *
   * The country whose numbers are suggested changed: the plan was
   * opened, or the person picked another.
   */
  signals[COUNTRY_CHANGED] =
    g_signal_new ("country-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
waymark_safety_net_box_init (WaymarkSafetyNetBox *self)
{
  self->show_picker = TRUE;
  self->show_emergency = TRUE;
  self->choices = g_ptr_array_new_with_free_func (g_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->suggested_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->suggested_label, TRUE);
  gtk_label_set_xalign (self->suggested_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->suggested_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->suggested_label), "caption");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->suggested_label));

  self->numbers_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->numbers_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->numbers_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->numbers_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggested numbers"), -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->numbers_list));

  self->picker_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->picker_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->picker_list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->picker_list), 6);
  self->country_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->country_row), _("Country for suggested numbers"));
  gtk_list_box_append (self->picker_list, GTK_WIDGET (self->country_row));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->picker_list));

  fill_picker (self);
  g_signal_connect_swapped (self->country_row, "notify::selected", G_CALLBACK (country_selected_cb), self);

  reload (self);
}

/* Public API ------------------------------------------------------------------ */

/**
 * waymark_safety_net_box_new:
 * @show_picker: whether the person can change the country here
 */
GtkWidget *
waymark_safety_net_box_new (gboolean show_picker)
{
  return g_object_new (WAYMARK_TYPE_SAFETY_NET_BOX, "show-picker", show_picker, NULL);
}

WaymarkStore *
waymark_safety_net_box_get_store (WaymarkSafetyNetBox *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAFETY_NET_BOX (self), NULL);

  return self->store;
}

void
waymark_safety_net_box_set_store (WaymarkSafetyNetBox *self,
                                  WaymarkStore        *store)
{
  g_return_if_fail (WAYMARK_IS_SAFETY_NET_BOX (self));
  g_return_if_fail (store == NULL || WAYMARK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::person", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * waymark_safety_net_box_get_country:
 *
 * Returns: (transfer none) (nullable): the country whose numbers are shown
 */
const WaymarkSafetyNetCountry *
waymark_safety_net_box_get_country (WaymarkSafetyNetBox *self)
{
  g_return_val_if_fail (WAYMARK_IS_SAFETY_NET_BOX (self), NULL);

  return self->country;
}

/**
 * waymark_safety_net_box_set_show_emergency:
 * @show_emergency: %FALSE once the plan has the person's own emergency
 *   number, which wins over the suggested one
 */
void
waymark_safety_net_box_set_show_emergency (WaymarkSafetyNetBox *self,
                                           gboolean             show_emergency)
{
  g_return_if_fail (WAYMARK_IS_SAFETY_NET_BOX (self));

  show_emergency = !!show_emergency;
  if (self->show_emergency == show_emergency)
    return;

  self->show_emergency = show_emergency;
  show_country (self);
}
