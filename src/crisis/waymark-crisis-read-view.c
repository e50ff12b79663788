/* waymark-crisis-read-view.c: the crisis plan to read in a hard hour,
 * numbers first, nothing to edit
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-read-view"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-plan.h"
#include "waymark-crisis-read-view.h"
#include "waymark-number-row.h"
#include "waymark-safety-net-box.h"
#include "waymark-safety-net.h"
#include "waymark-title-layout.h"

/* What a person needs when they open their crisis plan on a bad day is
 * to read it and to call someone, not a form. So this view shows the
 * numbers first, large, each a tel: link with Copy: the emergency number
 * (theirs, or the one suggested for their country), the people and
 * services they wrote down, the suggested crisis line; then their steps
 * as plain text, and what they asked of their supporters. It is rebuilt
 * from one snapshot of the plan (waymark_crisis_plan_load) each time the
 * page says the plan changed. */

struct _WaymarkCrisisReadView
{
  AdwBin parent_instance;

  /* Owned */
  WaymarkStore        *store;

  /* Borrowed: children of the view */
  GtkLabel            *headline;
  GtkLabel            *empty_label;
  GtkWidget           *numbers_heading;
  GtkListBox          *own_numbers;
  WaymarkSafetyNetBox *safety_net;
  GtkBox              *steps_box;

  gboolean             empty;
};

G_DEFINE_FINAL_TYPE (WaymarkCrisisReadView, waymark_crisis_read_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The steps read as text, in the order they help in a hard hour; the
 * people and services are among the numbers above them. */
static const char * const text_steps[] = {
  "warning-signs", "coping", "distraction", "safe-environment", "reasons",
};

static GtkWidget *
heading_new (const char *text,
             const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
text_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* Someone to call: a row with their number as a link, or with what is
 * known of them when the plan has no number for them. */
static GtkWidget *
person_row (const WaymarkCrisisItem *item)
{
  g_autoptr(GString) subtitle = g_string_new (item->detail);
  GtkWidget *row;

  if (*item->hours != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", item->hours);

  if (*item->phone != '\0')
    return waymark_number_row_new (item->text, subtitle->str, item->phone);

  row = adw_action_row_new ();
  {
    g_autofree char *title = g_markup_escape_text (item->text, -1);
    g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  }
  waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));
  return row;
}

static GtkWidget *
people_list (WaymarkCrisisSection *section)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(section->info->title), -1);
  for (guint i = 0; i < section->items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), person_row (section->items->pdata[i]));

  return list;
}

/* A step as plain text: its title, then each line the person wrote. */
static GtkWidget *
step_new (WaymarkCrisisSection *section)
{
  GtkWidget *step = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *card;

  gtk_box_append (GTK_BOX (step), heading_new (_(section->info->title), "heading"));

  if (section->info->about_people)
    {
      gtk_box_append (GTK_BOX (step), people_list (section));
      return step;
    }

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "waymark-crisis-read-card");
  for (guint i = 0; i < section->items->len; i++)
    {
      const WaymarkCrisisItem *item = section->items->pdata[i];
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_box_append (GTK_BOX (entry), text_new (item->text));
      if (*item->detail != '\0' && section->info->detail_label != NULL)
        {
          /* Translators: a detail of a crisis plan step, such as "Who helps: Sam";
           * the first %s is the detail's name, the second what the person wrote. */
          g_autofree char *detail = g_strdup_printf (C_("crisis plan detail", "%s: %s"),
                                                     _(section->info->detail_label), item->detail);
          GtkWidget *label = text_new (detail);

          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (entry), label);
        }
      gtk_box_append (GTK_BOX (card), entry);
    }
  gtk_box_append (GTK_BOX (step), card);

  return step;
}

static void
show_plan (WaymarkCrisisReadView *self,
           WaymarkCrisisPlan     *plan)
{
  const WaymarkSafetyNetCountry *suggested = waymark_safety_net_box_get_country (self->safety_net);
  const char *own = plan ? plan->emergency_number : "";
  g_autofree char *headline = NULL;
  gboolean any_own = FALSE;
  gboolean supporters_heading = FALSE;

  clear_box (GTK_WIDGET (self->own_numbers));
  clear_box (GTK_WIDGET (self->steps_box));

  /* The person's own number wins over the suggested one. */
  waymark_safety_net_box_set_show_emergency (self->safety_net, *own == '\0');
  if (*own != '\0')
    /* Translators: %s is the emergency number the person entered, such as 999. */
    headline = g_strdup_printf (_("If you are in danger right now, call %s."), own);
  else if (suggested != NULL)
    headline = g_strdup_printf (_("If you are in danger right now, call %s."), suggested->emergency_number);
  else
    headline = g_strdup (_("If you are in danger right now, call your local emergency number."));
  gtk_label_set_label (self->headline, headline);

  self->empty = plan == NULL || waymark_crisis_plan_is_empty (plan);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->empty);

  if (plan == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->own_numbers), FALSE);
      gtk_widget_set_visible (self->numbers_heading, suggested != NULL);
      return;
    }

  if (*own != '\0')
    {
      gtk_list_box_append (self->own_numbers,
                           waymark_number_row_new (_("Emergency services"), _("My emergency number"), own));
      any_own = TRUE;
    }

  /* The people and services the person wrote down, then the suggested
   * crisis line below them (the safety net box). */
  {
    const char * const people[] = { "help-people", "professionals" };

    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      {
        WaymarkCrisisSection *section = waymark_crisis_plan_get_section (plan, people[i]);

        for (guint j = 0; section != NULL && j < section->items->len; j++)
          {
            gtk_list_box_append (self->own_numbers, person_row (section->items->pdata[j]));
            any_own = TRUE;
          }
      }
  }
  gtk_widget_set_visible (GTK_WIDGET (self->own_numbers), any_own);
  gtk_widget_set_visible (self->numbers_heading, any_own || suggested != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (text_steps); i++)
    {
      WaymarkCrisisSection *section = waymark_crisis_plan_get_section (plan, text_steps[i]);

      if (section != NULL && section->items->len > 0)
        gtk_box_append (self->steps_box, step_new (section));
    }

  /* What the person asked of their supporters, when they wrote any. */
  for (guint i = 0; i < plan->sections->len; i++)
    {
      WaymarkCrisisSection *section = plan->sections->pdata[i];

      if (!section->info->for_supporters || section->items->len == 0)
        continue;

      if (!supporters_heading)
        {
          GtkWidget *heading = heading_new (_("If Others Need to Step In"), "title-2");
          GtkWidget *intro = text_new (_("For the people who support me, when I can’t make decisions for "
                                         "myself. Written by me, while I’m well."));

          gtk_widget_set_margin_top (heading, 12);
          gtk_box_append (self->steps_box, heading);
          gtk_box_append (self->steps_box, intro);
          supporters_heading = TRUE;
        }
      gtk_box_append (self->steps_box, step_new (section));
    }
}

static void
country_changed_cb (WaymarkCrisisReadView *self)
{
  waymark_crisis_read_view_refresh (self);
}

/* GObject ------------------------------------------------------------------ */

static void
waymark_crisis_read_view_dispose (GObject *object)
{
  WaymarkCrisisReadView *self = WAYMARK_CRISIS_READ_VIEW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_crisis_read_view_parent_class)->dispose (object);
}

static void
waymark_crisis_read_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  WaymarkCrisisReadView *self = WAYMARK_CRISIS_READ_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_crisis_read_view_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  WaymarkCrisisReadView *self = WAYMARK_CRISIS_READ_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_crisis_read_view_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_crisis_read_view_class_init (WaymarkCrisisReadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_crisis_read_view_dispose;
  object_class->get_property = waymark_crisis_read_view_get_property;
  object_class->set_property = waymark_crisis_read_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_crisis_read_view_init (WaymarkCrisisReadView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *now = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *intro;
  GtkWidget *numbers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  self->empty = TRUE;

  /* What to do right now, first and largest. */
  gtk_widget_add_css_class (now, "card");
  gtk_widget_add_css_class (now, "waymark-crisis-read-card");
  self->headline = GTK_LABEL (heading_new (NULL, "title-1"));
  gtk_widget_set_name (GTK_WIDGET (self->headline), "crisis-read-headline");
  intro = text_new (_("Take it one step at a time, starting wherever you can. You don’t have to do this "
                      "alone: the people and numbers here are for times like this."));
  self->empty_label = GTK_LABEL (text_new (_("Your crisis plan has nothing written in it yet. Press Edit "
                                             "to write it, a line or two at a time.")));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (now), GTK_WIDGET (self->headline));
  gtk_box_append (GTK_BOX (now), intro);
  gtk_box_append (GTK_BOX (now), GTK_WIDGET (self->empty_label));
  gtk_box_append (GTK_BOX (box), now);

  /* The numbers: the person's own, then those suggested for the country. */
  self->numbers_heading = heading_new (_("Numbers to Call"), "title-4");
  gtk_box_append (GTK_BOX (numbers), self->numbers_heading);
  self->own_numbers = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->own_numbers, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->own_numbers), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->own_numbers), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("My numbers to call"), -1);
  gtk_box_append (GTK_BOX (numbers), GTK_WIDGET (self->own_numbers));
  self->safety_net = WAYMARK_SAFETY_NET_BOX (waymark_safety_net_box_new (FALSE));
  gtk_widget_set_margin_top (GTK_WIDGET (self->safety_net), 6);
  g_signal_connect_object (self->safety_net, "country-changed", G_CALLBACK (country_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (numbers), GTK_WIDGET (self->safety_net));
  gtk_box_append (GTK_BOX (box), numbers);

  /* Then the steps, as text. */
  self->steps_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->steps_box));

  adw_bin_set_child (ADW_BIN (self), box);
  show_plan (self, NULL);
}

/* Public API ------------------------------------------------------------------ */

GtkWidget *
waymark_crisis_read_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_CRISIS_READ_VIEW, NULL);
}

/**
 * waymark_crisis_read_view_get_store:
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
WaymarkStore *
waymark_crisis_read_view_get_store (WaymarkCrisisReadView *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_READ_VIEW (self), NULL);

  return self->store;
}

/**
 * waymark_crisis_read_view_set_store:
 * @store: (nullable): the plan to show
 *
 * Shows @store's crisis plan as it is now; call
 * waymark_crisis_read_view_refresh() when it changes.
 */
void
waymark_crisis_read_view_set_store (WaymarkCrisisReadView *self,
                                    WaymarkStore          *store)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_READ_VIEW (self));
  g_return_if_fail (store == NULL || WAYMARK_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  /* Emits country-changed when the country differs, which refreshes. */
  waymark_safety_net_box_set_store (self->safety_net, store);
  waymark_crisis_read_view_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * waymark_crisis_read_view_refresh:
 *
 * Reads the plan again and shows it.
 *
 * Returns: %TRUE when the plan has something in it to read
 */
gboolean
waymark_crisis_read_view_refresh (WaymarkCrisisReadView *self)
{
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WAYMARK_IS_CRISIS_READ_VIEW (self), FALSE);

  if (self->store != NULL)
    {
      plan = waymark_crisis_plan_load (self->store, &error);
      if (plan == NULL)
        g_warning ("Could not read the crisis plan: %s", error->message);
    }

  show_plan (self, plan);
  return !self->empty;
}

/**
 * waymark_crisis_read_view_show_plan:
 * @plan: a crisis plan read elsewhere, such as the readable copy a
 *   locked plan keeps (waymark-crisis-copy.c)
 *
 * Shows @plan as it is, with no store behind it; a store set later
 * replaces it.
 */
void
waymark_crisis_read_view_show_plan (WaymarkCrisisReadView *self,
                                    WaymarkCrisisPlan     *plan)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_READ_VIEW (self));

  show_plan (self, plan);
}

/**
 * waymark_crisis_read_view_is_empty:
 *
 * Returns: whether the plan, as last read, has nothing written in it
 */
gboolean
waymark_crisis_read_view_is_empty (WaymarkCrisisReadView *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_READ_VIEW (self), TRUE);

  return self->empty;
}
