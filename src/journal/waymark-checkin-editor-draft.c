/* waymark-checkin-editor-draft.c: a check-in being written, kept as a
 * draft as it is typed, and the editor filled in again from one
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin-editor"

#include "config.h"


#include "waymark-checkin-editor-private.h"
#include "waymark-date.h"
#include "waymark-draft.h"

/* The draft holds what the editor shows, not a check-in: which scales
 * were moved and where, the ticks, the tags and note as typed, the day
 * and time. It is written through a WaymarkAutosave (within a second of
 * each change) and read only by this file. */

static GVariant *
ticks_to_variant (GArray *ticks)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{xb}"));
  for (guint i = 0; i < ticks->len; i++)
    {
      Tick *tick = &g_array_index (ticks, Tick, i);

      g_variant_builder_add (&builder, "{xb}", tick->id,
                             gtk_check_button_get_active (GTK_CHECK_BUTTON (tick->check)));
    }

  return g_variant_builder_end (&builder);
}

static double
control_value (Field *field)
{
  if (GTK_IS_SPIN_BUTTON (field->control))
    return gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->control));

  return gtk_range_get_value (GTK_RANGE (field->control));
}

static GVariant *
editor_state (WaymarkCheckinEditor *self)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GDateTime) time = _waymark_checkin_editor_time (self);
  g_autofree char *day = g_date_time_format (time, "%Y-%m-%d");
  g_autofree char *note = NULL;
  GVariantBuilder columns, trackers;
  GtkTextIter start, end;

  g_variant_builder_init (&columns, G_VARIANT_TYPE ("a{id}"));
  g_variant_builder_init (&trackers, G_VARIANT_TYPE ("a{xd}"));
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (!field->set)
        continue;
      if (field->column >= 0)
        g_variant_builder_add (&columns, "{id}", field->column, control_value (field));
      else
        g_variant_builder_add (&trackers, "{xd}", field->tracker_id, control_value (field));
    }

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->note_view), &start, &end);
  note = gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->note_view), &start, &end, FALSE);

  g_variant_dict_insert (&dict, "day", "s", day);
  g_variant_dict_insert (&dict, "hour", "i", g_date_time_get_hour (time));
  g_variant_dict_insert (&dict, "minute", "i", g_date_time_get_minute (time));
  g_variant_dict_insert_value (&dict, "columns", g_variant_builder_end (&columns));
  g_variant_dict_insert_value (&dict, "trackers", g_variant_builder_end (&trackers));
  g_variant_dict_insert_value (&dict, "yes-no", ticks_to_variant (self->yes_no));
  g_variant_dict_insert_value (&dict, "medications", ticks_to_variant (self->medications));
  g_variant_dict_insert_value (&dict, "routine", ticks_to_variant (self->routine));
  g_variant_dict_insert (&dict, "routine-touched", "b", self->routine_touched);
  g_variant_dict_insert (&dict, "tags", "s", gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  g_variant_dict_insert (&dict, "note", "s", note);
  g_variant_dict_insert (&dict, "share", "b", gtk_switch_get_active (self->share_switch));

  return g_variant_dict_end (&dict);
}

/* The autosave's writer: one short transaction, one row. */
gboolean
_waymark_checkin_editor_write_draft (gpointer user_data)
{
  WaymarkCheckinEditor *self = user_data;
  g_autoptr(GVariant) state = g_variant_ref_sink (editor_state (self));
  const char *day = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return TRUE;

  g_variant_lookup (state, "day", "&s", &day);
  if (!waymark_store_save_draft (self->store, &self->draft_id, WAYMARK_DRAFT_CHECKIN,
                                 waymark_record_get_id (WAYMARK_RECORD (self->checkin)),
                                 day, state, &error))
    {
      /* Said where the eye goes; what was entered stays on screen. */
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  return TRUE;
}

static void
apply_ticks (GArray   *ticks,
             GVariant *payload,
             const char *key)
{
  g_autoptr(GVariant) values = g_variant_lookup_value (payload, key, G_VARIANT_TYPE ("a{xb}"));

  for (guint i = 0; values != NULL && i < ticks->len; i++)
    {
      Tick *tick = &g_array_index (ticks, Tick, i);
      gboolean active;

      /* A medication or item the draft did not know keeps what it shows. */
      for (gsize j = 0; j < g_variant_n_children (values); j++)
        {
          gint64 id;

          g_variant_get_child (values, j, "{xb}", &id, &active);
          if (id == tick->id)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (tick->check), active);
        }
    }
}

static void
apply_field (Field    *field,
             gboolean  set,
             double    value)
{
  g_signal_handlers_block_matched (field->control, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, field);
  if (set && GTK_IS_SPIN_BUTTON (field->control))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->control), value);
  else if (set)
    gtk_range_set_value (GTK_RANGE (field->control), value);
  g_signal_handlers_unblock_matched (field->control, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, field);

  field->set = set;
  _waymark_checkin_editor_field_update (field);
}

/**
 * _waymark_checkin_editor_apply_draft:
 * @payload: what a draft of this editor held
 *
 * Shows it in the editor, as it was when it was written.
 */
void
_waymark_checkin_editor_apply_draft (WaymarkCheckinEditor *self,
                                     GVariant             *payload)
{
  g_autoptr(GVariant) columns = g_variant_lookup_value (payload, "columns", G_VARIANT_TYPE ("a{id}"));
  g_autoptr(GVariant) trackers = g_variant_lookup_value (payload, "trackers", G_VARIANT_TYPE ("a{xd}"));
  const char *day = NULL, *tags = NULL, *note = NULL;
  int hour, minute;
  gboolean touched, share;

  if (g_variant_lookup (payload, "day", "&s", &day) && waymark_date_is_valid (day))
    {
      g_autofree char *iso = g_strconcat (day, "T12:00:00", NULL);
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, local);

      if (date != NULL)
        gtk_calendar_select_day (self->calendar, date);
    }
  if (g_variant_lookup (payload, "hour", "i", &hour))
    gtk_spin_button_set_value (self->hour_spin, CLAMP (hour, 0, 23));
  if (g_variant_lookup (payload, "minute", "i", &minute))
    gtk_spin_button_set_value (self->minute_spin, CLAMP (minute, 0, 59));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      gboolean set = FALSE;
      double value = 0;

      for (gsize j = 0; field->column >= 0 && columns != NULL && j < g_variant_n_children (columns); j++)
        {
          int column;
          double v;

          g_variant_get_child (columns, j, "{id}", &column, &v);
          if (column == field->column)
            set = TRUE, value = v;
        }
      for (gsize j = 0; field->column < 0 && trackers != NULL && j < g_variant_n_children (trackers); j++)
        {
          gint64 id;
          double v;

          g_variant_get_child (trackers, j, "{xd}", &id, &v);
          if (id == field->tracker_id)
            set = TRUE, value = v;
        }
      apply_field (field, set, value);
    }

  apply_ticks (self->yes_no, payload, "yes-no");
  apply_ticks (self->medications, payload, "medications");
  apply_ticks (self->routine, payload, "routine");
  if (g_variant_lookup (payload, "routine-touched", "b", &touched))
    self->routine_touched = touched;

  if (g_variant_lookup (payload, "tags", "&s", &tags))
    gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
  if (g_variant_lookup (payload, "note", "&s", &note))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note, -1);
  if (g_variant_lookup (payload, "share", "b", &share))
    gtk_switch_set_active (self->share_switch, share);
}

/**
 * _waymark_checkin_editor_drop_draft:
 *
 * The person chose: saved (the draft went with the save), discarded or
 * deleted. The draft is deleted and nothing writes it again.
 */
void
_waymark_checkin_editor_drop_draft (WaymarkCheckinEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->draft_autosave != NULL)
    waymark_autosave_forget (self->draft_autosave);
  if (self->store != NULL && !waymark_store_delete_draft (self->store, self->draft_id, &error))
    g_message ("Could not delete a check-in's draft: %s", error->message);
  self->draft_id = 0;
}

/**
 * waymark_checkin_editor_new_from_draft:
 * @parent: the plan's window
 * @store: the plan
 * @draft: a check-in's draft from @store
 * @ask_cravings: as for waymark_checkin_editor_new ()
 *
 * The editor as the person left it when the draft was last written:
 * a new check-in, or changes to the one it was about.
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
waymark_checkin_editor_new_from_draft (GtkWindow    *parent,
                                       WaymarkStore *store,
                                       WaymarkDraft *draft,
                                       gboolean      ask_cravings)
{
  g_autoptr(WaymarkRecord) checkin = NULL;
  WaymarkCheckinEditor *self;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  if (draft->record_id > 0)
    checkin = waymark_store_get (store, WAYMARK_TYPE_CHECKIN, draft->record_id, NULL);

  self = WAYMARK_CHECKIN_EDITOR (waymark_checkin_editor_new (parent, store, WAYMARK_CHECKIN (checkin), ask_cravings));
  _waymark_checkin_editor_apply_draft (self, draft->payload);

  /* What it holds is not saved yet; the draft already is. */
  self->draft_id = draft->id;
  self->dirty = TRUE;
  waymark_autosave_forget (self->draft_autosave);

  return GTK_WINDOW (self);
}
