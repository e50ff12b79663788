/* waymark-crisis-people.c: the crisis plan's entries about people: each
 * points at the person's shared contact record, shown and edited there
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-people"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-crisis-people.h"
#include "waymark-record-editor.h"

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

/**
 * waymark_crisis_people_decorate_row:
 *
 * A crisis section's row decorator: the person's name, who they are,
 * and their number, large.
 */
void
waymark_crisis_people_decorate_row (WaymarkRecordSection *section,
                                    AdwActionRow         *row,
                                    WaymarkRecord        *entry)
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

  contact = waymark_store_get (waymark_record_section_get_store (section), WAYMARK_TYPE_CONTACT, contact_id, NULL);
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

/* Someone being added to a section: the editor owns it. */
typedef struct
{
  WaymarkStore        *store;
  WaymarkRecordEditor *editor;
  GListModel          *contacts;   /* those already in the plan, or NULL */
  char                *section_key;
  gboolean             linked;
} NewPerson;

static void
new_person_free (gpointer  data,
                 GObject  *editor)
{
  NewPerson *person = data;

  g_clear_object (&person->store);
  g_clear_object (&person->contacts);
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
existing_person_chosen_cb (AdwComboRow *row,
                           GParamSpec  *pspec,
                           NewPerson   *person)
{
  WaymarkRecordEditor *editor = person->editor;
  GListModel *contacts = person->contacts;
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
add_existing_people_choice (NewPerson *person)
{
  WaymarkRecordEditor *editor = person->editor;
  g_autoptr(GListModel) contacts = waymark_store_list (person->store, WAYMARK_TYPE_CONTACT, NULL, NULL);
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
  person->contacts = g_object_ref (contacts);
  g_signal_connect (row, "notify::selected", G_CALLBACK (existing_person_chosen_cb), person);
  adw_preferences_group_add (group, row);
  waymark_record_editor_add_group (editor, group);
}

/**
 * waymark_crisis_people_open:
 * @entry: (nullable): the entry about someone, or %NULL for someone new
 *
 * A crisis section's opener: the editor of the person's contact record,
 * or of a new one, who joins the section when first kept (or someone
 * already in the plan, chosen instead).
 */
void
waymark_crisis_people_open (WaymarkRecordSection *section,
                            WaymarkRecord        *entry)
{
  const WaymarkSectionSpec *spec = waymark_record_section_get_spec (section);
  WaymarkStore *store = waymark_record_section_get_store (section);
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
      person->editor = editor;
      person->section_key = g_strdup (spec->scope);
      g_object_weak_ref (G_OBJECT (editor), new_person_free, person);
      g_signal_connect (editor, "saved", G_CALLBACK (new_person_saved_cb), person);
      add_existing_people_choice (person);
    }

  gtk_window_present (GTK_WINDOW (editor));
}
