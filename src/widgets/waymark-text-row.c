/* waymark-text-row.c: a row for text written in sentences
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-text-row"

#include "config.h"

#include "waymark-text-row.h"

/* What recovery means to the person, an action plan, a note: written in
 * sentences, so shown whole. An AdwEntryRow keeps one line and cuts the
 * rest off without an ellipsis; this row wraps and grows with what is
 * written, in a boxed list like the entry rows around it. Its title
 * sits above the text and names the text view to screen readers; Tab
 * moves on (a tab is never typed), Enter starts a new line. "changed"
 * follows every edit, as GtkEditable's does, for saving as you type. */

struct _WaymarkTextRow
{
  AdwPreferencesRow parent_instance;

  /* Template widgets */
  GtkLabel    *title_label;
  GtkTextView *view;
};

G_DEFINE_FINAL_TYPE (WaymarkTextRow, waymark_text_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
title_changed_cb (WaymarkTextRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
buffer_changed_cb (WaymarkTextRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A click anywhere on the row, the title too, is a click into the text. */
static void
row_pressed_cb (WaymarkTextRow *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static gboolean
waymark_text_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (WAYMARK_TEXT_ROW (widget)->view));
}

static void
waymark_text_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), WAYMARK_TYPE_TEXT_ROW);

  G_OBJECT_CLASS (waymark_text_row_parent_class)->dispose (object);
}

static void
waymark_text_row_class_init (WaymarkTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_text_row_dispose;
  widget_class->grab_focus = waymark_text_row_grab_focus;

  /**
   * WaymarkTextRow::changed:
   *
   * Emitted when the text changes, by typing or by
   * waymark_text_row_set_text ().
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-text-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkTextRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkTextRow, view);
  gtk_widget_class_bind_template_callback (widget_class, row_pressed_cb);
}

static void
waymark_text_row_init (WaymarkTextRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

/**
 * waymark_text_row_new:
 * @title: what the text is, shown above it and read out as its name
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
waymark_text_row_new (const char *title)
{
  return g_object_new (WAYMARK_TYPE_TEXT_ROW, "title", title, NULL);
}

/**
 * waymark_text_row_dup_text:
 *
 * Returns: (transfer full): the text, as written
 */
char *
waymark_text_row_dup_text (WaymarkTextRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (WAYMARK_IS_TEXT_ROW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * waymark_text_row_set_text:
 * @text: (nullable): the text, or %NULL for none
 */
void
waymark_text_row_set_text (WaymarkTextRow *self,
                           const char     *text)
{
  g_autofree char *old = NULL;

  g_return_if_fail (WAYMARK_IS_TEXT_ROW (self));

  old = waymark_text_row_dup_text (self);
  if (g_strcmp0 (old, text ? text : "") == 0)
    return;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text ? text : "", -1);
}

/**
 * waymark_text_row_get_view:
 *
 * Returns: (transfer none): the text view the person writes in
 */
GtkTextView *
waymark_text_row_get_view (WaymarkTextRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_TEXT_ROW (self), NULL);

  return self->view;
}
