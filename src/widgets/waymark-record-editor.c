/* waymark-record-editor.c: a dialog that edits one record, saving as you type
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-autosave.h"
#include "waymark-autosave-focus.h"
#include "waymark-choice-descriptions.h"
#include "waymark-date.h"
#include "waymark-date-row.h"
#include "waymark-editor-keys.h"
#include "waymark-feedback.h"
#include "waymark-record-editor.h"
#include "waymark-text-row.h"

/* There is no Save button: every change is written as it is typed
 * (WaymarkAutosave: after a short pause, and within a second however
 * long the typing goes on), and at once when the dialog closes. A record that can't be
 * kept as it is (a goal without a title) says why in the dialog, and
 * closing asks before anything typed is thrown away. */

struct _WaymarkRecordEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *fields_group;
  GtkWidget           *delete_button;

  /* Owned */
  WaymarkStore        *store;
  WaymarkRecord       *record;
  WaymarkAutosave     *autosave;
  gboolean             closing;
};

G_DEFINE_FINAL_TYPE (WaymarkRecordEditor, waymark_record_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (WaymarkRecordEditor *self,
            const char          *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The autosave's writer: one transaction. */
static gboolean
write_record (gpointer user_data)
{
  WaymarkRecordEditor *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!waymark_store_save (self->store, self->record, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_widget_set_visible (self->delete_button, TRUE);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* Writes the record if it changed. Returns FALSE, with the reason on
 * show, when it can't be kept as it is. */
gboolean
waymark_record_editor_save_now (WaymarkRecordEditor *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_EDITOR (self), FALSE);

  return waymark_autosave_flush (self->autosave);
}

static void
record_changed_cb (WaymarkRecordEditor *self)
{
  waymark_autosave_changed (self->autosave);
}

/* Field rows ---------------------------------------------------------- */

/* What a field's widget writes to: the editor's record, at the field. */
typedef struct
{
  WaymarkRecordEditor *self;
  const WaymarkField  *field;
} FieldRow;

static gpointer
field_row_new (WaymarkRecordEditor *self,
               const WaymarkField  *field)
{
  FieldRow *field_row = g_new0 (FieldRow, 1);

  field_row->self = self;
  field_row->field = field;

  return field_row;
}

static void
field_row_free (gpointer  data,
                GClosure *closure)
{
  g_free (data);
}

static void
entry_changed_cb (GtkEditable *editable,
                  FieldRow    *field_row)
{
  if (field_row->self->record != NULL)
    waymark_record_set_text (field_row->self->record, field_row->field->column, gtk_editable_get_text (editable));
}

static GtkWidget *
make_entry_row (WaymarkRecordEditor *self,
                const WaymarkField  *field)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  gtk_editable_set_text (GTK_EDITABLE (row), waymark_record_get_text (self->record, field->column));
  g_signal_connect_data (row, "changed", G_CALLBACK (entry_changed_cb),
                         field_row_new (self, field), field_row_free, 0);
  waymark_autosave_flush_on_focus_leave (self->autosave, row);

  return row;
}

static void
date_changed_cb (WaymarkDateRow *row,
                 FieldRow       *field_row)
{
  if (field_row->self->record != NULL)
    waymark_record_set_text (field_row->self->record, field_row->field->column, waymark_date_row_get_date (row));
}

/* Typed in the locale's order or picked from a calendar; written as
 * YYYY-MM-DD, and only once it reads as a date. */
static GtkWidget *
make_date_row (WaymarkRecordEditor *self,
               const WaymarkField  *field)
{
  GtkWidget *row = waymark_date_row_new (_(field->label));

  waymark_date_row_set_date (WAYMARK_DATE_ROW (row), waymark_record_get_text (self->record, field->column));
  g_signal_connect_data (row, "date-changed", G_CALLBACK (date_changed_cb),
                         field_row_new (self, field), field_row_free, 0);
  waymark_autosave_flush_on_focus_leave (self->autosave, row);

  return row;
}

static void
text_changed_cb (WaymarkTextRow *row,
                 FieldRow       *field_row)
{
  g_autofree char *text = waymark_text_row_dup_text (row);

  if (field_row->self->record != NULL)
    waymark_record_set_text (field_row->self->record, field_row->field->column, text);
}

static GtkWidget *
make_text_row (WaymarkRecordEditor *self,
               const WaymarkField  *field)
{
  GtkWidget *row = waymark_text_row_new (_(field->label));

  waymark_text_row_set_text (WAYMARK_TEXT_ROW (row), waymark_record_get_text (self->record, field->column));
  g_signal_connect_data (row, "changed", G_CALLBACK (text_changed_cb),
                         field_row_new (self, field), field_row_free, 0);
  waymark_autosave_flush_on_focus_leave (self->autosave, row);

  return row;
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   FieldRow    *field_row)
{
  const WaymarkField *field = field_row->field;
  guint selected = adw_combo_row_get_selected (row);

  if (field_row->self->record != NULL && selected < g_strv_length ((char **) field->values))
    waymark_record_set_text (field_row->self->record, field->column, field->values[selected]);
}

static GtkWidget *
make_choice_row (WaymarkRecordEditor *self,
                 const WaymarkField  *field)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *value = waymark_record_get_text (self->record, field->column);
  guint selected = 0;

  for (guint i = 0; field->values[i] != NULL; i++)
    {
      gtk_string_list_append (labels, _(field->labels[i]));
      if (g_str_equal (field->values[i], value))
        selected = i;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  if (field->descriptions != NULL)
    waymark_combo_row_describe_choices (ADW_COMBO_ROW (row), field->descriptions);
  g_signal_connect_data (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                         field_row_new (self, field), field_row_free, 0);

  return row;
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 FieldRow      *field_row)
{
  if (field_row->self->record != NULL)
    waymark_record_set_int (field_row->self->record, field_row->field->column,
                            gtk_spin_button_get_value_as_int (spin));
}

static void
switch_changed_cb (GtkSwitch  *widget,
                   GParamSpec *pspec,
                   FieldRow   *field_row)
{
  if (field_row->self->record != NULL)
    waymark_record_set_int (field_row->self->record, field_row->field->column,
                            gtk_switch_get_active (widget));
}

static GtkWidget *
make_suffix_row (WaymarkRecordEditor *self,
                 const WaymarkField  *field)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));

  if (field->kind == WAYMARK_FIELD_PERCENT)
    {
      suffix = gtk_spin_button_new_with_range (0, 100, 5);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (suffix),
                                 waymark_record_get_int (self->record, field->column));
      g_signal_connect_data (suffix, "value-changed", G_CALLBACK (spin_changed_cb),
                             field_row_new (self, field), field_row_free, 0);
    }
  else
    {
      suffix = gtk_switch_new ();
      gtk_switch_set_active (GTK_SWITCH (suffix), waymark_record_get_int (self->record, field->column));
      g_signal_connect_data (suffix, "notify::active", G_CALLBACK (switch_changed_cb),
                             field_row_new (self, field), field_row_free, 0);
    }

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  /* Named by the row's title through the activatable widget. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);

  return row;
}

/* Closing and deleting ------------------------------------------------ */

static void
discard_cb (GtkWindow *window)
{
  WAYMARK_RECORD_EDITOR (window)->closing = TRUE;
  gtk_window_destroy (window);
}

static gboolean
waymark_record_editor_close_request (GtkWindow *window)
{
  WaymarkRecordEditor *self = WAYMARK_RECORD_EDITOR (window);

  /* Taking the focus away makes a spin button take in a number that was
   * typed but not yet entered, so it is saved too. */
  gtk_window_set_focus (window, NULL);

  if (self->closing || waymark_record_editor_save_now (self))
    return GTK_WINDOW_CLASS (waymark_record_editor_parent_class)->close_request (window);

  waymark_ask_to_discard (window,
                          waymark_record_get_id (self->record) == 0
                            ? _("Discard This Entry?")
                            : _("Discard This Change?"),
                          gtk_label_get_label (self->error_label),
                          _("_Keep Editing"), discard_cb);

  return TRUE;
}

static void
delete_clicked_cb (WaymarkRecordEditor *self)
{
  g_autoptr(GError) error = NULL;
  WaymarkDeletion *deletion;

  waymark_autosave_forget (self->autosave);

  if (waymark_record_get_id (self->record) == 0)
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  deletion = waymark_store_delete (self->store, self->record, &error);
  if (deletion == NULL)
    {
      show_error (self, error->message);
      return;
    }

  {
    const WaymarkTable *table = waymark_record_get_table (self->record);
    g_autofree char *what = NULL;
    g_autofree char *message = NULL;

    for (guint i = 0; i < table->n_columns && what == NULL; i++)
      if (table->columns[i].type == WAYMARK_COLUMN_TEXT && *waymark_record_get_text (self->record, i) != '\0' &&
          !g_str_equal (table->columns[i].name, table->scope ? table->scope : ""))
        what = waymark_ellipsize (waymark_record_get_text (self->record, i), 40);

    /* Translators: a toast; %s is the start of what was deleted. */
    message = what ? g_strdup_printf (_("Deleted “%s”"), what) : g_strdup (_("Deleted"));
    waymark_offer_undo (GTK_WIDGET (self), self->store, deletion, message);
  }
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
waymark_record_editor_dispose (GObject *object)
{
  WaymarkRecordEditor *self = WAYMARK_RECORD_EDITOR (object);

  /* Whatever happens to the window, a valid change is kept. */
  if (self->record != NULL && self->autosave != NULL && !self->closing)
    waymark_autosave_flush (self->autosave);
  g_clear_object (&self->autosave);

  /* Widgets first: a row taking in its last value while it goes away
   * still finds the record. */
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_RECORD_EDITOR);

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_record_editor_parent_class)->dispose (object);
}

static void
waymark_record_editor_class_init (WaymarkRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = waymark_record_editor_dispose;
  window_class->close_request = waymark_record_editor_close_request;

  /**
   * WaymarkRecordEditor::saved:
   *
   * Emitted after the record was written, so parts of the editor that
   * need the record to exist can wake up.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, fields_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkRecordEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
waymark_record_editor_init (WaymarkRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->autosave = waymark_autosave_new (write_record, self);
  /* Closing is saving: Ctrl+Enter closes, as in every editor. */
  waymark_editor_keys_install (GTK_WIDGET (self), "window.close");
}

/**
 * waymark_record_editor_new:
 * @parent: the window it belongs to
 * @store: where the record is kept
 * @record: the record; a new one (id 0) is added on its first valid save
 * @title: the dialog's title, such as "Goal"
 * @fields: (array length=n_fields): the rows, in order
 *
 * Returns: (transfer floating): the editor, not yet shown
 */
WaymarkRecordEditor *
waymark_record_editor_new (GtkWindow          *parent,
                           WaymarkStore       *store,
                           WaymarkRecord      *record,
                           const char         *title,
                           const WaymarkField *fields,
                           guint               n_fields)
{
  WaymarkRecordEditor *self;
  GtkWidget *first_row = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);
  g_return_val_if_fail (WAYMARK_IS_RECORD (record), NULL);

  /* It belongs to the application, so quitting closes it like any
   * window (saving it), and it goes with the plan's window. */
  self = g_object_new (WAYMARK_TYPE_RECORD_EDITOR,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "destroy-with-parent", TRUE,
                       "title", title,
                       NULL);
  self->store = g_object_ref (store);
  self->record = g_object_ref (record);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->delete_button, waymark_record_get_id (record) != 0);

  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *row;

      switch (fields[i].kind)
        {
        case WAYMARK_FIELD_ENTRY:
          row = make_entry_row (self, &fields[i]);
          break;
        case WAYMARK_FIELD_DATE:
          row = make_date_row (self, &fields[i]);
          break;
        case WAYMARK_FIELD_TEXT:
          row = make_text_row (self, &fields[i]);
          break;
        case WAYMARK_FIELD_CHOICE:
          row = make_choice_row (self, &fields[i]);
          break;
        case WAYMARK_FIELD_PERCENT:
        case WAYMARK_FIELD_SWITCH:
          row = make_suffix_row (self, &fields[i]);
          break;
        default:
          g_assert_not_reached ();
        }
      adw_preferences_group_add (self->fields_group, row);
      if (first_row == NULL)
        first_row = row;
    }

  /* Typing at once types into the record, not on Done. */
  if (first_row != NULL)
    waymark_editor_keys_focus_first_on_map (GTK_WINDOW (self), first_row);

  /* Connected after the rows are filled, so only the person's edits count. */
  g_signal_connect_swapped (record, "notify", G_CALLBACK (record_changed_cb), self);

  return self;
}

/**
 * waymark_record_editor_get_record:
 *
 * Returns: (transfer none): the record being edited
 */
WaymarkRecord *
waymark_record_editor_get_record (WaymarkRecordEditor *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

/**
 * waymark_record_editor_add_group:
 *
 * Adds a group after the fields, such as a goal's progress notes.
 */
void
waymark_record_editor_add_group (WaymarkRecordEditor *self,
                                 AdwPreferencesGroup *group)
{
  g_return_if_fail (WAYMARK_IS_RECORD_EDITOR (self));

  adw_preferences_page_add (self->page, group);
}

/**
 * waymark_record_editor_discard:
 *
 * Closes the editor without writing what it holds, for when the person
 * chose something else instead (an existing contact, say).
 */
void
waymark_record_editor_discard (WaymarkRecordEditor *self)
{
  g_return_if_fail (WAYMARK_IS_RECORD_EDITOR (self));

  waymark_autosave_forget (self->autosave);
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}
