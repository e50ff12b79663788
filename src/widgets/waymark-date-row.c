/* waymark-date-row.c: a date, typed in the locale's order or picked from
 * a calendar
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-date-row.h"

/* A date of birth, a review's day, a goal's target date: typed as the
 * person writes dates (31/03/1990 in Britain, 03/31/1990 in the United
 * States, 31.03.1990 in Germany; YYYY-MM-DD always works, and so does
 * "31 March 1990"), or picked from the calendar beside it. The file
 * keeps YYYY-MM-DD (waymark-date.c reads and writes both).
 *
 * "date-changed" is emitted whenever what is typed is a new date, or
 * nothing: then there is something to save. A date half typed, or one
 * that can't be read, is kept as it was typed and never saved; once the
 * person leaves the row or presses Enter, the row says how to write it
 * in place of its title, and goes back to its title once it reads. */

struct _WaymarkDateRow
{
  AdwEntryRow parent_instance;

  /* Owned */
  char        *title;          /* shown again once the date reads */
  char         date[11];       /* YYYY-MM-DD, or "" */
  gboolean     readable;
  gboolean     saying;         /* the title shows how to write a date */
  gboolean     selecting;      /* the calendar follows the text */
  guint        emptied_source;

  /* Borrowed */
  GtkCalendar *calendar;
  GtkWidget   *button;
};

G_DEFINE_FINAL_TYPE (WaymarkDateRow, waymark_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  DATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_saying (WaymarkDateRow *self,
            gboolean        saying)
{
  if (saying)
    {
      g_autofree char *example = waymark_date_to_typed ("1990-03-31");
      /* Translators: in place of a date field's title when what was typed
       * can't be read as a date; %s is an example in the locale's order,
       * such as 31/03/1990 */
      g_autofree char *message = g_strdup_printf (_("Write the date like %s"), example);

      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      self->saying = TRUE;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), message);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), message);
    }
  else if (self->saying)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      self->saying = FALSE;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->title);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }
}

static void
title_changed_cb (WaymarkDateRow *self)
{
  g_autofree char *label = NULL;

  if (self->saying)
    return;

  g_free (self->title);
  self->title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));

  /* Translators: %s is the name of a date field, such as "Target date". */
  label = g_strdup_printf (_("%s: choose from a calendar"), self->title);
  gtk_widget_set_tooltip_text (self->button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
take_date (WaymarkDateRow *self,
           const char     *date)
{
  if (g_str_equal (date, self->date))
    return;

  g_strlcpy (self->date, date, sizeof self->date);
  g_signal_emit (self, signals[DATE_CHANGED], 0);
}

static gboolean
emptied_cb (gpointer data)
{
  WaymarkDateRow *self = data;
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  self->emptied_source = 0;
  if (*stripped == '\0')
    take_date (self, "");

  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (WaymarkDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  char date[11] = "";
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  self->readable = *stripped == '\0' || waymark_date_parse_typed (stripped, date);
  if (!self->readable)
    return;

  set_saying (self, FALSE);

  /* Replacing the text (a paste, a screen reader's "set text") empties
   * it for a moment first: only a row still empty after that has lost
   * its date. */
  if (*stripped == '\0')
    {
      if (self->emptied_source == 0)
        self->emptied_source = g_idle_add (emptied_cb, self);
      return;
    }

  take_date (self, date);
}

/* Left, or Enter pressed, with something that isn't a date. */
static void
done_typing_cb (WaymarkDateRow *self)
{
  if (!self->readable)
    set_saying (self, TRUE);
}

static void
popover_shown_cb (WaymarkDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;

  if (*self->date != '\0' && self->readable)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autofree char *iso = g_strconcat (self->date, "T12:00:00Z", NULL);

      day = g_date_time_new_from_iso8601 (iso, utc);
    }
  if (day == NULL)
    day = g_date_time_new_now_local ();

  self->selecting = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->selecting = FALSE;
}

static void
day_selected_cb (WaymarkDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *typed = NULL;
  GtkWidget *popover;

  if (self->selecting)
    return;

  day = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (day, "%Y-%m-%d");
  typed = waymark_date_to_typed (iso);
  gtk_editable_set_text (GTK_EDITABLE (self), typed);

  popover = gtk_widget_get_ancestor (GTK_WIDGET (self->calendar), GTK_TYPE_POPOVER);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
waymark_date_row_dispose (GObject *object)
{
  WaymarkDateRow *self = WAYMARK_DATE_ROW (object);

  g_clear_handle_id (&self->emptied_source, g_source_remove);

  G_OBJECT_CLASS (waymark_date_row_parent_class)->dispose (object);
}

static void
waymark_date_row_finalize (GObject *object)
{
  WaymarkDateRow *self = WAYMARK_DATE_ROW (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (waymark_date_row_parent_class)->finalize (object);
}

static void
waymark_date_row_class_init (WaymarkDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_date_row_dispose;
  object_class->finalize = waymark_date_row_finalize;

  /**
   * WaymarkDateRow::date-changed:
   *
   * Emitted when the date typed or picked is another one, or was
   * emptied: waymark_date_row_get_date () has it, as YYYY-MM-DD.
   */
  signals[DATE_CHANGED] = g_signal_new ("date-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
waymark_date_row_init (WaymarkDateRow *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->readable = TRUE;
  self->button = button;
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_shown_cb), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (done_typing_cb), NULL);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (done_typing_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

/**
 * waymark_date_row_new:
 * @title: what the date is, such as "Date of birth"
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
waymark_date_row_new (const char *title)
{
  return g_object_new (WAYMARK_TYPE_DATE_ROW, "title", title, NULL);
}

/**
 * waymark_date_row_get_date:
 *
 * Returns: the last date typed or picked, YYYY-MM-DD, or "" for none
 */
const char *
waymark_date_row_get_date (WaymarkDateRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_DATE_ROW (self), "");

  return self->date;
}

/**
 * waymark_date_row_set_date:
 * @iso_date: (nullable): YYYY-MM-DD, or %NULL or "" for none
 *
 * Shows @iso_date as the person writes dates; "date-changed" is not
 * emitted.
 */
void
waymark_date_row_set_date (WaymarkDateRow *self,
                           const char     *iso_date)
{
  g_autofree char *typed = NULL;

  g_return_if_fail (WAYMARK_IS_DATE_ROW (self));

  typed = waymark_date_to_typed (iso_date);
  g_strlcpy (self->date, waymark_date_is_valid (iso_date) ? iso_date : "", sizeof self->date);
  g_signal_handlers_block_by_func (self, text_changed_cb, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self), typed);
  g_signal_handlers_unblock_by_func (self, text_changed_cb, NULL);
  g_clear_handle_id (&self->emptied_source, g_source_remove);
  self->readable = TRUE;
  set_saying (self, FALSE);
}

/**
 * waymark_date_row_is_readable:
 *
 * Returns: whether what is typed is a date, or nothing
 */
gboolean
waymark_date_row_is_readable (WaymarkDateRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_DATE_ROW (self), FALSE);

  return self->readable;
}
