/* waymark-crisis-page.c: the crisis plan, a ladder to climb in a hard hour
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-page"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-page.h"
#include "waymark-crisis-plan.h"
#include "waymark-plan-section.h"
#include "waymark-record-editor.h"

/* The page shows the sections in the order they are climbed, the first
 * six numbered, each one of the plan's ordinary sections (the same
 * adding, reordering, deleting and Undo as the Plan page). Entries about
 * people edit the person's shared contact record. The emergency number
 * sits at the top, large, and is what the page opens with. */

#define SAVE_DELAY_MS 400

struct _WaymarkCrisisPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkBox       *sections_box;
  GtkLabel     *now_label;
  AdwEntryRow  *emergency_row;
  GtkLabel     *emergency_error_label;

  /* Owned */
  WaymarkStore *store;
  GPtrArray    *sections;     /* WaymarkPlanSection *, borrowed from the box */
  guint         emergency_save_source;
  gboolean      loading;
};

G_DEFINE_FINAL_TYPE (WaymarkCrisisPage, waymark_crisis_page, ADW_TYPE_BIN)

static const struct {
  const char *key;
  const char *add_label;
} add_labels[] = {
  { "warning-signs", N_("_Add a Sign") },
  { "coping", N_("_Add Something I Can Do") },
  { "distraction", N_("_Add a Person or Place") },
  { "help-people", N_("_Add Someone to Ask") },
  { "professionals", N_("_Add a Professional or Service") },
  { "safe-environment", N_("_Add a Step") },
  { "reasons", N_("_Add What Matters") },
  { "takeover-signs", N_("_Add a Sign Others Can See") },
  { "supporters", N_("_Add a Supporter") },
  { "supporters-do", N_("_Add What Helps") },
  { "supporters-avoid", N_("_Add What Doesn’t Help") },
  { "medications", N_("_Add a Medication Note") },
  { "treatments-preferred", N_("_Add a Preference") },
  { "treatments-avoid", N_("_Add One to Avoid") },
  { "plan-ends", N_("_Add a Sign I’m Well Again") },
};

static const WaymarkField text_fields[] = {
  { WAYMARK_CRISIS_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("In my own words") },
};

static const WaymarkField text_and_detail_fields[] = {
  { WAYMARK_CRISIS_ENTRY_TEXT, WAYMARK_FIELD_ENTRY, N_("In my own words") },
  { WAYMARK_CRISIS_ENTRY_DETAIL, WAYMARK_FIELD_ENTRY, N_("Who helps") },
};

static const WaymarkField person_fields[] = {
  { WAYMARK_CONTACT_NAME, WAYMARK_FIELD_ENTRY, N_("Name") },
  { WAYMARK_CONTACT_RELATIONSHIP, WAYMARK_FIELD_ENTRY, N_("Who they are to me, such as friend or sister") },
  { WAYMARK_CONTACT_PHONE, WAYMARK_FIELD_ENTRY, N_("Phone") },
  { WAYMARK_CONTACT_AVAILABLE_HOURS, WAYMARK_FIELD_ENTRY, N_("When I can reach them") },
};

static const WaymarkField service_fields[] = {
  { WAYMARK_CONTACT_NAME, WAYMARK_FIELD_ENTRY, N_("Name") },
  { WAYMARK_CONTACT_ROLE, WAYMARK_FIELD_ENTRY, N_("What they are, such as crisis line or my clinician") },
  { WAYMARK_CONTACT_ORGANISATION, WAYMARK_FIELD_ENTRY, N_("Organisation") },
  { WAYMARK_CONTACT_PHONE, WAYMARK_FIELD_ENTRY, N_("Phone") },
  { WAYMARK_CONTACT_AVAILABLE_HOURS, WAYMARK_FIELD_ENTRY, N_("Hours") },
};

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* People ----------------------------------------------------------------- */

static void
decorate_person (WaymarkPlanSection *section,
                 AdwActionRow       *row,
                 WaymarkRecord      *entry)
{
  gint64 contact_id = waymark_record_get_reference (entry, WAYMARK_CRISIS_ENTRY_CONTACT_ID);
  g_autoptr(WaymarkRecord) contact = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const guint details[] = { WAYMARK_CONTACT_RELATIONSHIP, WAYMARK_CONTACT_ROLE,
                            WAYMARK_CONTACT_ORGANISATION, WAYMARK_CONTACT_AVAILABLE_HOURS };
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  const char *phone;

  if (contact_id == 0)
    return;

  contact = waymark_store_get (waymark_plan_section_get_store (section), WAYMARK_TYPE_CONTACT, contact_id, NULL);
  if (contact == NULL)
    return;

  title = g_markup_escape_text (waymark_record_get_text (contact, WAYMARK_CONTACT_NAME), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (*waymark_record_get_text (contact, details[i]) != '\0')
      g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "",
                              waymark_record_get_text (contact, details[i]));
  escaped = g_markup_escape_text (subtitle->str, -1);
  adw_action_row_set_subtitle (row, escaped);

  /* The number is what matters in the moment: large, and selectable to copy. */
  phone = waymark_record_get_text (contact, WAYMARK_CONTACT_PHONE);
  if (*phone != '\0')
    {
      GtkWidget *label = gtk_label_new (phone);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "title-3");
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (row, label);
    }
}

typedef struct
{
  WaymarkStore *store;
  char         *section_key;
  gboolean      linked;
} NewPerson;

static void
new_person_free (NewPerson *person)
{
  g_clear_object (&person->store);
  g_free (person->section_key);
  g_free (person);
}

static gboolean
link_person (NewPerson *person,
             gint64     contact_id)
{
  g_autoptr(WaymarkCrisisEntry) entry = waymark_crisis_entry_new ();
  g_autoptr(GError) error = NULL;

  waymark_record_set_text (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_SECTION, person->section_key);
  waymark_record_set_reference (WAYMARK_RECORD (entry), WAYMARK_CRISIS_ENTRY_CONTACT_ID, contact_id);
  if (!waymark_store_save (person->store, WAYMARK_RECORD (entry), &error))
    {
      g_warning ("Could not add the person to the crisis plan: %s", error->message);
      return FALSE;
    }

  person->linked = TRUE;
  return TRUE;
}

/* A new person joins the section the first time their details are kept. */
static void
new_person_saved_cb (WaymarkRecordEditor *editor,
                     NewPerson           *person)
{
  WaymarkRecord *contact = waymark_record_editor_get_record (editor);

  if (!person->linked)
    link_person (person, waymark_record_get_id (contact));
}

static void
existing_person_chosen_cb (AdwComboRow         *row,
                           GParamSpec          *pspec,
                           WaymarkRecordEditor *editor)
{
  GListModel *contacts = g_object_get_data (G_OBJECT (row), "waymark-contacts");
  NewPerson *person = g_object_get_data (G_OBJECT (editor), "waymark-new-person");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(WaymarkRecord) contact = NULL;

  if (selected == 0 || person->linked)
    return;

  /* The same person, the same record: their number stays one number. */
  contact = g_list_model_get_item (contacts, selected - 1);
  if (link_person (person, waymark_record_get_id (contact)))
    waymark_record_editor_discard (editor);
}

static void
add_existing_people_choice (WaymarkRecordEditor *editor,
                            WaymarkStore        *store)
{
  g_autoptr(GListModel) contacts = waymark_store_list (store, WAYMARK_TYPE_CONTACT, NULL, NULL);
  g_autoptr(GtkStringList) names = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *row;
  guint n = contacts ? g_list_model_get_n_items (contacts) : 0;

  if (n == 0)
    return;

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("Someone new"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) contact = g_list_model_get_item (contacts, i);
      gtk_string_list_append (names, waymark_record_get_text (contact, WAYMARK_CONTACT_NAME));
    }

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Or Someone Already in My Plan"));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Person"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_set_data_full (G_OBJECT (row), "waymark-contacts", g_object_ref (contacts), g_object_unref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (existing_person_chosen_cb), editor);
  adw_preferences_group_add (group, row);
  waymark_record_editor_add_group (editor, group);
}

static void
open_person (WaymarkPlanSection *section,
             WaymarkRecord      *entry)
{
  const WaymarkSectionSpec *spec = waymark_plan_section_get_spec (section);
  WaymarkStore *store = waymark_plan_section_get_store (section);
  gboolean is_service = g_str_equal (spec->name, "professionals");
  const WaymarkField *fields = is_service ? service_fields : person_fields;
  guint n_fields = is_service ? G_N_ELEMENTS (service_fields) : G_N_ELEMENTS (person_fields);
  g_autoptr(WaymarkRecord) contact = NULL;
  WaymarkRecordEditor *editor;

  if (entry != NULL)
    {
      g_autoptr(GError) error = NULL;

      contact = waymark_store_get (store, WAYMARK_TYPE_CONTACT,
                                   waymark_record_get_reference (entry, WAYMARK_CRISIS_ENTRY_CONTACT_ID), &error);
      if (contact == NULL)
        {
          g_warning ("Could not open the person: %s", error->message);
          return;
        }
    }
  else
    contact = WAYMARK_RECORD (waymark_contact_new ());

  editor = waymark_record_editor_new (parent_window (GTK_WIDGET (section)), store, contact,
                                      _(spec->editor_title), fields, n_fields);

  if (entry == NULL)
    {
      NewPerson *person = g_new0 (NewPerson, 1);

      person->store = g_object_ref (store);
      person->section_key = g_strdup (spec->scope);
      g_object_set_data_full (G_OBJECT (editor), "waymark-new-person", person, (GDestroyNotify) new_person_free);
      g_signal_connect (editor, "saved", G_CALLBACK (new_person_saved_cb), person);
      add_existing_people_choice (editor, store);
    }

  gtk_window_present (GTK_WINDOW (editor));
}

/* The emergency number ------------------------------------------------------ */

static WaymarkRecord *
load_emergency_entry (WaymarkCrisisPage *self)
{
  g_autoptr(GListModel) entries = NULL;

  entries = waymark_store_list (self->store, WAYMARK_TYPE_CRISIS_ENTRY, WAYMARK_CRISIS_EMERGENCY_SECTION, NULL);
  if (entries == NULL || g_list_model_get_n_items (entries) == 0)
    return NULL;

  return g_list_model_get_item (entries, 0);
}

static void
update_now_label (WaymarkCrisisPage *self,
                  const char        *number)
{
  g_autofree char *text = NULL;

  if (number != NULL && *number != '\0')
    /* Translators: %s is the emergency number the person entered, such as 999. */
    text = g_strdup_printf (_("If you are in danger right now, call %s."), number);
  else
    text = g_strdup (_("If you are in danger right now, call your local emergency number."));

  gtk_label_set_label (self->now_label, text);
}

static gboolean
save_emergency_cb (gpointer user_data)
{
  WaymarkCrisisPage *self = user_data;
  g_autoptr(WaymarkRecord) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  gboolean ok = TRUE;

  self->emergency_save_source = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->emergency_row))));
  entry = load_emergency_entry (self);

  if (!waymark_phone_is_plausible (number))
    {
      g_set_error (&error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("“%s” doesn’t look like a phone number. Use digits, spaces, +, - and brackets."),
                   number);
      ok = FALSE;
    }
  else if (*number == '\0')
    {
      if (entry != NULL)
        {
          g_autoptr(WaymarkDeletion) deletion = waymark_store_delete (self->store, entry, &error);
          ok = deletion != NULL;
        }
    }
  else
    {
      if (entry == NULL)
        {
          entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
          waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, WAYMARK_CRISIS_EMERGENCY_SECTION);
        }
      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, number);
      ok = waymark_store_save (self->store, entry, &error);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->emergency_error_label), !ok);
  if (!ok)
    gtk_label_set_label (self->emergency_error_label, error->message);
  else
    update_now_label (self, number);

  return G_SOURCE_REMOVE;
}

static void
flush_emergency (WaymarkCrisisPage *self)
{
  if (self->emergency_save_source != 0)
    {
      g_clear_handle_id (&self->emergency_save_source, g_source_remove);
      save_emergency_cb (self);
    }
}

static void
emergency_changed_cb (WaymarkCrisisPage *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->emergency_save_source, g_source_remove);
  self->emergency_save_source = g_timeout_add (SAVE_DELAY_MS, save_emergency_cb, self);
}

static void
load_emergency (WaymarkCrisisPage *self)
{
  g_autoptr(WaymarkRecord) entry = self->store ? load_emergency_entry (self) : NULL;
  const char *number = entry ? waymark_record_get_text (entry, WAYMARK_CRISIS_ENTRY_TEXT) : "";

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->emergency_row), number);
  self->loading = FALSE;
  update_now_label (self, number);
}

/* The page ------------------------------------------------------------------- */

static const WaymarkSectionSpec *
crisis_specs (guint *n_specs)
{
  static WaymarkSectionSpec *specs = NULL;
  static guint count = 0;

  if (g_once_init_enter (&specs))
    {
      const WaymarkCrisisSectionInfo *infos;
      guint n_infos;
      WaymarkSectionSpec *made;
      guint step = 0;

      infos = waymark_crisis_sections (&n_infos);
      made = g_new0 (WaymarkSectionSpec, n_infos);

      for (guint i = 0; i < n_infos; i++)
        {
          const WaymarkCrisisSectionInfo *info = &infos[i];
          WaymarkSectionSpec *spec = &made[count];

          if (g_str_equal (info->key, WAYMARK_CRISIS_EMERGENCY_SECTION))
            continue;

          spec->name = info->key;
          spec->record_type = WAYMARK_TYPE_CRISIS_ENTRY;
          spec->scope = info->key;
          /* The first six are the ladder: numbered, climbed in order. */
          if (!info->for_supporters && !g_str_equal (info->key, "reasons"))
            /* Translators: a numbered step of the crisis plan, such as "1. Signs a Crisis May Be Coming". */
            spec->title = g_strdup_printf (_("%u. %s"), ++step, _(info->title));
          else
            spec->title = info->title;
          spec->guidance = info->guidance;
          spec->editor_title = info->title;
          spec->title_column = WAYMARK_CRISIS_ENTRY_TEXT;
          spec->subtitle_column = info->detail_label ? WAYMARK_CRISIS_ENTRY_DETAIL : -1;
          spec->fields = info->detail_label ? text_and_detail_fields : text_fields;
          spec->n_fields = info->detail_label ? G_N_ELEMENTS (text_and_detail_fields) : G_N_ELEMENTS (text_fields);
          spec->add_label = N_("_Add");
          for (guint j = 0; j < G_N_ELEMENTS (add_labels); j++)
            if (g_str_equal (add_labels[j].key, info->key))
              spec->add_label = add_labels[j].add_label;

          if (info->about_people)
            {
              spec->decorate_row = decorate_person;
              spec->open_record = open_person;
              spec->also_reload_on = "contact";
            }
          count++;
        }

      g_once_init_leave (&specs, made);
    }

  *n_specs = count;
  return specs;
}

static void
store_changed_cb (WaymarkCrisisPage *self,
                  const char        *kind)
{
  if (self->emergency_save_source == 0)
    load_emergency (self);
}

static void
waymark_crisis_page_dispose (GObject *object)
{
  WaymarkCrisisPage *self = WAYMARK_CRISIS_PAGE (object);

  flush_emergency (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_CRISIS_PAGE);

  G_OBJECT_CLASS (waymark_crisis_page_parent_class)->dispose (object);
}

static void
waymark_crisis_page_unmap (GtkWidget *widget)
{
  flush_emergency (WAYMARK_CRISIS_PAGE (widget));

  GTK_WIDGET_CLASS (waymark_crisis_page_parent_class)->unmap (widget);
}

static void
waymark_crisis_page_class_init (WaymarkCrisisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_crisis_page_dispose;
  widget_class->unmap = waymark_crisis_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-crisis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, now_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, emergency_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkCrisisPage, emergency_error_label);
}

static void
waymark_crisis_page_init (WaymarkCrisisPage *self)
{
  const WaymarkSectionSpec *specs;
  gboolean supporters_heading = FALSE;
  guint n_specs;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->emergency_row, "changed", G_CALLBACK (emergency_changed_cb), self);
  update_now_label (self, NULL);

  self->sections = g_ptr_array_new ();
  specs = crisis_specs (&n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      const WaymarkCrisisSectionInfo *info = waymark_crisis_section_find (specs[i].name);
      WaymarkPlanSection *section;

      if (info->for_supporters && !supporters_heading)
        {
          GtkWidget *heading = gtk_label_new (_("If Others Need to Step In"));
          GtkWidget *intro = gtk_label_new (_("For the people who support me, when I can’t make decisions for "
                                              "myself. Written by me, while I’m well."));

          gtk_widget_add_css_class (heading, "title-2");
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
          gtk_label_set_xalign (GTK_LABEL (intro), 0);
          gtk_widget_set_margin_top (heading, 18);
          gtk_box_append (self->sections_box, heading);
          gtk_box_append (self->sections_box, intro);
          supporters_heading = TRUE;
        }

      section = waymark_plan_section_new (&specs[i]);
      gtk_box_append (self->sections_box, GTK_WIDGET (section));
      g_ptr_array_add (self->sections, section);
    }
}

void
waymark_crisis_page_set_store (WaymarkCrisisPage *self,
                               WaymarkStore      *store)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_PAGE (self));

  if (self->store == store)
    return;

  flush_emergency (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  for (guint i = 0; i < self->sections->len; i++)
    waymark_plan_section_set_store (self->sections->pdata[i], store);

  if (store != NULL)
    g_signal_connect_object (store, "changed::crisis", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  load_emergency (self);
}
