/* waymark-record-section.c: a list of one kind of record, with its editor:
 * a section of the Plan and Crisis Plan pages, the Journal's trackers
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-record-section"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-list-box.h"
#include "waymark-record-editor.h"
#include "waymark-record-section.h"
#include "waymark-title-layout.h"

/* Every section of the plan works the same way, so a person who has
 * learnt one knows them all: an empty section says what belongs in it
 * and offers to add the first; a row opens its editor; each row's menu
 * (and Alt+Up, Alt+Down on a focused row) moves it; deleting offers
 * Undo. The section reloads whenever the store says its kind changed. */

struct _WaymarkRecordSection
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkWidget           *add_button;
  GtkBox              *header_box;
  GtkStack            *content_stack;
  GtkLabel            *guidance_label;
  GtkButton           *add_first_button;
  GtkListBox          *list;

  /* Borrowed */
  const WaymarkSectionSpec *spec;

  /* Owned */
  WaymarkStore        *store;
  GSignalGroup        *store_signals;
  GListModel          *records;
  gpointer             rows_data;    /* from spec->read_rows, for the rows */
  gboolean             rows_held;    /* records read, rows made only when let go */
  gboolean             rows_stale;   /* held: the rows are not made yet */
};

G_DEFINE_FINAL_TYPE (WaymarkRecordSection, waymark_record_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_rows_data (WaymarkRecordSection *self)
{
  if (self->rows_data != NULL && self->spec != NULL && self->spec->free_rows != NULL)
    self->spec->free_rows (self->rows_data);
  self->rows_data = NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found)
        return found;
    }

  return NULL;
}

/* Rows are made in the order of the records, one each. */
static WaymarkRecord *
record_for_row (WaymarkRecordSection *self,
                GtkWidget            *row,
                guint                *index)
{
  if (!GTK_IS_LIST_BOX_ROW (row) || gtk_widget_get_parent (row) != GTK_WIDGET (self->list))
    return NULL;

  int i = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autoptr(WaymarkRecord) record = NULL;

  if (i < 0 || self->records == NULL || (guint) i >= g_list_model_get_n_items (self->records))
    return NULL;

  record = g_list_model_get_item (self->records, i);
  if (index)
    *index = i;
  return record;   /* still held by the model */
}

/* What a row shows as its title, as plain text: for most records their
 * title column, for others what the section's decorator wrote there
 * instead (a crisis entry about a person shows the person's name, a
 * review its date in words). It names the record in toasts and in the
 * row menu's accessible name. */
static char *
dup_row_name (GtkWidget *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *plain = NULL;

  if (title == NULL)
    return g_strdup ("");
  if (!adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)) ||
      !pango_parse_markup (title, -1, 0, NULL, &plain, NULL, NULL))
    return g_strdup (title);

  return g_steal_pointer (&plain);
}

static GtkWindow *
parent_window (WaymarkRecordSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
open_editor (WaymarkRecordSection *self,
             WaymarkRecord        *record)
{
  WaymarkRecordEditor *editor;

  if (self->spec->open_record != NULL)
    {
      self->spec->open_record (self, waymark_record_get_id (record) != 0 ? record : NULL);
      return;
    }

  editor = waymark_record_editor_new (parent_window (self), self->store, record,
                                      _(self->spec->editor_title),
                                      self->spec->fields, self->spec->n_fields);
  if (self->spec->extend_editor != NULL)
    self->spec->extend_editor (self, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Row actions ---------------------------------------------------------- */

static void
row_edit_cb (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkWidget *row = user_data;
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (gtk_widget_get_ancestor (row, WAYMARK_TYPE_RECORD_SECTION));
  WaymarkRecord *record = record_for_row (self, row, NULL);

  if (record != NULL)
    {
      g_autoptr(WaymarkRecord) copy = waymark_record_copy (record);
      open_editor (self, copy);
    }
}

static void
move_row (GtkWidget *row,
          int        delta)
{
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (gtk_widget_get_ancestor (row, WAYMARK_TYPE_RECORD_SECTION));
  g_autoptr(GError) error = NULL;
  WaymarkRecord *record;
  guint index = 0;

  record = record_for_row (self, row, &index);
  if (record == NULL || (delta < 0 && index == 0) ||
      (delta > 0 && index + 1 >= g_list_model_get_n_items (self->records)))
    return;

  if (!waymark_store_move (self->store, record, index + delta, &error))
    {
      waymark_show_error (GTK_WIDGET (self), error->message);
      waymark_record_section_reload (self);
    }
}

static void
row_move_up_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  move_row (user_data, -1);
}

static void
row_move_down_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  move_row (user_data, +1);
}

static void
row_delete_cb (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  GtkWidget *row = user_data;
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (gtk_widget_get_ancestor (row, WAYMARK_TYPE_RECORD_SECTION));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  WaymarkDeletion *deletion;
  WaymarkRecord *record;

  record = record_for_row (self, row, NULL);
  if (record == NULL)
    return;

  {
    g_autofree char *name = dup_row_name (row);

    title = waymark_ellipsize (name, 40);
  }
  if (*title != '\0')
    /* Translators: a toast; %s is the start of what was deleted. */
    message = g_strdup_printf (_("Deleted “%s”"), title);
  else
    message = g_strdup (_("Deleted"));

  /* The row goes away with the reload the deletion causes. */
  if (self->spec->delete_record != NULL)
    {
      self->spec->delete_record (self, record);
      return;
    }

  deletion = waymark_store_delete (self->store, record, &error);
  if (deletion == NULL)
    waymark_show_error (GTK_WIDGET (self), error->message);
  else
    waymark_offer_undo (GTK_WIDGET (self), self->store, deletion, message);
}

static const GActionEntry row_actions[] = {
  { "edit", row_edit_cb },
  { "move-up", row_move_up_cb },
  { "move-down", row_move_down_cb },
  { "delete", row_delete_cb },
};

/* A row's menu is made when first opened: a popover menu for each of a
 * section's rows, made with the page, was a tenth of the Plan page's
 * first showing. */
static void
create_row_menu_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  gboolean ordered = GPOINTER_TO_INT (user_data);
  g_autoptr(GMenu) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  g_menu_append (menu, _("_Edit…"), "row.edit");
  if (ordered)
    {
      g_menu_append (menu, _("Move _Up"), "row.move-up");
      g_menu_append (menu, _("Move _Down"), "row.move-down");
    }
  g_menu_append (menu, _("_Delete"), "row.delete");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
make_row (WaymarkRecordSection *self,
          WaymarkRecord        *record,
          guint                 index,
          guint                 n_records)
{
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autofree char *title = g_markup_escape_text (waymark_record_get_text (record, self->spec->title_column), -1);
  g_autofree char *menu_label = NULL;
  GtkEventController *shortcuts;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button;
  gboolean ordered = waymark_record_get_table (record)->order_by == NULL;

  waymark_action_row_lay_out_titles (ADW_ACTION_ROW (row));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (self->spec->subtitle_column >= 0)
    {
      g_autofree char *subtitle = g_markup_escape_text (waymark_record_get_text (record, self->spec->subtitle_column), -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (actions), row_actions, G_N_ELEMENTS (row_actions), row);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions), "move-up")),
                               ordered && index > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions), "move-down")),
                               ordered && index + 1 < n_records);
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (actions));

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_row_menu_cb,
                                         GINT_TO_POINTER (ordered), NULL);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  waymark_list_tooltip_set (menu_button, _("More"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  /* Reordering from the keyboard, on the focused row. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Up"),
                                                          gtk_named_action_new ("row.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                          gtk_named_action_new ("row.move-down")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Delete"),
                                                          gtk_named_action_new ("row.delete")));
  gtk_widget_add_controller (row, shortcuts);

  if (self->spec->decorate_row != NULL)
    self->spec->decorate_row (self, ADW_ACTION_ROW (row), record);

  /* Named once the decorator has had its say over the title. */
  {
    g_autofree char *name = dup_row_name (row);

    /* Translators: the accessible name of a row's menu; %s is the row's title. */
    menu_label = g_strdup_printf (_("More for “%s”"), name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  }

  return row;
}

static void
row_activated_cb (WaymarkRecordSection *self,
                  GtkListBoxRow        *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "row.edit", NULL);
}

/* Makes a row for each record, and what the rows show beyond their
 * records, in one query for all; the focus goes back to the record (and
 * the control in its row) that had it. */
static void
make_rows (WaymarkRecordSection *self,
           gint64                focused_id,
           const char           *focused_name)
{
  g_autoptr(GError) error = NULL;
  guint n;

  self->rows_stale = FALSE;
  clear_rows_data (self);
  if (self->spec->read_rows != NULL)
    {
      self->rows_data = self->spec->read_rows (self, &error);
      if (self->rows_data == NULL && error != NULL)
        {
          g_warning ("Could not read %s: %s", self->spec->name, error->message);
          g_clear_error (&error);
        }
    }

  waymark_list_box_remove_all (self->list);

  n = g_list_model_get_n_items (self->records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) record = g_list_model_get_item (self->records, i);
      GtkWidget *row = make_row (self, record, i, n);

      gtk_list_box_append (self->list, row);
      if (focused_id != 0 && waymark_record_get_id (record) == focused_id)
        {
          GtkWidget *target = focused_name ? find_named (row, focused_name) : NULL;
          gtk_widget_grab_focus (target ? target : row);
        }
    }

  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->content_stack), TRUE);
}

/**
 * waymark_record_section_reload:
 *
 * Reads the section's records again and rebuilds its rows, keeping the
 * focus on the record that had it; while the rows are held, only the
 * records are read.
 */
void
waymark_record_section_reload (WaymarkRecordSection *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;
  g_autofree char *focused_name = NULL;
  gint64 focused_id = 0;
  guint n;

  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));

  if (self->store == NULL)
    return;

  focus = gtk_widget_get_root (GTK_WIDGET (self)) ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    {
      GtkWidget *row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
      WaymarkRecord *record = row != NULL ? record_for_row (self, row, NULL) : NULL;

      if (record != NULL)
        focused_id = waymark_record_get_id (record);
      /* A control inside the row (a tick) keeps the focus, not just the row. */
      if (row != NULL && focus != row && g_str_has_prefix (gtk_widget_get_name (focus), "waymark-"))
        focused_name = g_strdup (gtk_widget_get_name (focus));
    }

  g_clear_object (&self->records);
  clear_rows_data (self);
  self->records = waymark_store_list (self->store, self->spec->record_type (), self->spec->scope, &error);
  if (self->records == NULL)
    {
      g_warning ("Could not read %s: %s", self->spec->name, error->message);
      return;
    }

  n = g_list_model_get_n_items (self->records);
  gtk_widget_set_visible (self->add_button, n > 0);

  /* Held: nothing of another plan's (or an older read's) rows stays,
   * and the list comes when let go. An empty section has no rows to
   * wait for: it says what belongs in it at once. */
  if (self->rows_held && n > 0)
    {
      waymark_list_box_remove_all (self->list);
      gtk_widget_set_visible (GTK_WIDGET (self->content_stack), FALSE);
      self->rows_stale = TRUE;
      return;
    }

  make_rows (self, focused_id, focused_name);
}

/**
 * waymark_record_section_hold_rows:
 * @held: whether the rows wait
 *
 * While held, the section reads its records (for
 * waymark_record_section_get_records ()) but makes no rows and shows no
 * list: a page fills in the sections on screen first and the others
 * after its first frame. Letting go makes the rows now, if they wait.
 */
void
waymark_record_section_hold_rows (WaymarkRecordSection *self,
                                  gboolean              held)
{
  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));

  self->rows_held = held;
  if (!held && self->rows_stale && self->records != NULL)
    make_rows (self, 0, NULL);
}

/**
 * waymark_record_section_is_held:
 *
 * Returns: whether the section's rows wait to be let go
 */
gboolean
waymark_record_section_is_held (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), FALSE);

  return self->rows_held;
}

/**
 * waymark_record_section_has_rows:
 *
 * Returns: whether the section shows what it read: its rows are made,
 *   or it has none to make
 */
gboolean
waymark_record_section_has_rows (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), FALSE);

  return !self->rows_stale;
}

/**
 * waymark_record_section_add:
 *
 * Opens the editor on a new record of the section's kind and group.
 */
void
waymark_record_section_add (WaymarkRecordSection *self)
{
  g_autoptr(WaymarkRecord) record = NULL;
  const WaymarkTable *table;

  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));

  if (self->store == NULL)
    return;

  record = g_object_new (self->spec->record_type (), NULL);
  table = waymark_record_get_table (record);

  /* A new record belongs to the section's group. */
  if (self->spec->scope != NULL)
    for (guint i = 0; i < table->n_columns; i++)
      if (g_str_equal (table->columns[i].name, table->scope))
        {
          if (table->columns[i].type == WAYMARK_COLUMN_TEXT)
            waymark_record_set_text (record, i, self->spec->scope);
          else
            waymark_record_set_int (record, i, atoi (self->spec->scope));
        }

  open_editor (self, record);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  waymark_record_section_add (WAYMARK_RECORD_SECTION (widget));
}

static void
store_changed_cb (WaymarkRecordSection *self,
                  const char           *kind)
{
  g_autoptr(GTypeClass) klass = NULL;

  if (kind == NULL || self->spec == NULL)
    return;

  klass = g_type_class_ref (self->spec->record_type ());
  if (g_str_equal (kind, WAYMARK_RECORD_CLASS (klass)->table->kind) ||
      g_strcmp0 (kind, self->spec->also_reload_on) == 0)
    waymark_record_section_reload (self);
}

static void
waymark_record_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (object);

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
waymark_record_section_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_record_section_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_record_section_dispose (GObject *object)
{
  WaymarkRecordSection *self = WAYMARK_RECORD_SECTION (object);

  g_clear_object (&self->records);
  clear_rows_data (self);
  g_signal_group_set_target (self->store_signals, NULL);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);
  /* The template's child is AdwBin's child too; let go of it once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_RECORD_SECTION);

  G_OBJECT_CLASS (waymark_record_section_parent_class)->dispose (object);
}

static void
waymark_record_section_class_init (WaymarkRecordSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = waymark_record_section_get_property;
  object_class->set_property = waymark_record_section_set_property;
  object_class->dispose = waymark_record_section_dispose;

  /**
   * WaymarkRecordSection:store: (nullable)
   *
   * The plan the section lists from; a page binds it to its own.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-record-section.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, header_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, add_first_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordSection, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "section.add", NULL, add_action_cb);
}

static void
waymark_record_section_init (WaymarkRecordSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  waymark_list_tooltips_attach (GTK_WIDGET (self->list));

  self->store_signals = g_signal_group_new (WAYMARK_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

WaymarkRecordSection *
waymark_record_section_new (const WaymarkSectionSpec *spec)
{
  WaymarkRecordSection *self;

  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_RECORD_SECTION, NULL);
  self->spec = spec;

  gtk_widget_set_name (GTK_WIDGET (self), spec->name);
  adw_preferences_group_set_title (self->group, _(spec->title));
  gtk_label_set_label (self->guidance_label, _(spec->guidance));
  gtk_button_set_label (self->add_first_button, _(spec->add_label));
  {
    /* The mnemonic's underscore is for the button's own label only. */
    g_autofree char *plain = g_strdup (_(spec->add_label));
    char *from = plain, *to = plain;

    for (; *from; from++)
      if (*from != '_')
        *to++ = *from;
    *to = '\0';

    gtk_widget_set_tooltip_text (self->add_button, plain);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(spec->title), -1);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_set_visible (self->add_button, FALSE);

  return self;
}

/**
 * waymark_record_section_set_store:
 * @store: (nullable): the plan to list from
 *
 * Lists the section's records from @store, and again whenever @store
 * says they (or spec->also_reload_on) changed.
 */
void
waymark_record_section_set_store (WaymarkRecordSection *self,
                                  WaymarkStore         *store)
{
  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));
  g_return_if_fail (!store || WAYMARK_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  g_signal_group_set_target (self->store_signals, store);
  waymark_record_section_reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * waymark_record_section_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
WaymarkStore *
waymark_record_section_get_store (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), NULL);

  return self->store;
}

/**
 * waymark_record_section_get_records:
 *
 * Returns: (transfer none) (nullable): the records shown
 */
GListModel *
waymark_record_section_get_records (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), NULL);

  return self->records;
}

void
waymark_record_section_set_filter (WaymarkRecordSection *self,
                                   GtkListBoxFilterFunc  filter,
                                   gpointer              data)
{
  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));

  gtk_list_box_set_filter_func (self->list, filter, data, NULL);
}

/**
 * waymark_record_section_set_header:
 * @header: a widget shown above the list, such as progress rings
 */
void
waymark_record_section_set_header (WaymarkRecordSection *self,
                                 GtkWidget          *header)
{
  g_return_if_fail (WAYMARK_IS_RECORD_SECTION (self));

  gtk_box_append (self->header_box, header);
  gtk_widget_set_visible (GTK_WIDGET (self->header_box), TRUE);
}

const WaymarkSectionSpec *
waymark_record_section_get_spec (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), NULL);

  return self->spec;
}

/**
 * waymark_record_section_get_rows_data:
 *
 * For a row decorator: what the spec's read_rows read for every row,
 * this time the section read its records.
 *
 * Returns: (transfer none) (nullable): the data, or %NULL when there is
 *   none (no read_rows, or it failed)
 */
gpointer
waymark_record_section_get_rows_data (WaymarkRecordSection *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), NULL);

  return self->rows_data;
}

/**
 * waymark_record_section_get_row_record:
 * @row: a row of the section's list, such as in a filter
 *
 * Returns: (transfer none) (nullable): the record @row shows
 */
WaymarkRecord *
waymark_record_section_get_row_record (WaymarkRecordSection *self,
                                       GtkListBoxRow        *row)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_SECTION (self), NULL);

  return record_for_row (self, GTK_WIDGET (row), NULL);
}
