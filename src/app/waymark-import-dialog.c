/* waymark-import-dialog.c: what a file would bring into the plan, before it does
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-date.h"
#include "waymark-import.h"
#include "waymark-import-dialog.h"

/* File → Import…'s preview. The file is read whole when the dialog is
 * made (a file that can't be read never gets one: the caller says why,
 * naming the line); the dialog shows what was recognised, the dates, how
 * many days and entries, each mood in the file with the value it gets on
 * Waymark's scale (a combo row each, to change), the activities that
 * become tags, and every line left out with its reason. Import writes it
 * all in one transaction and emits ::imported with the batch, for the
 * window's toast and its Undo. */

/* The rows "Left Out" shows before it says how many more there are. */
#define MAX_SKIPPED_ROWS 100

struct _WaymarkImportDialog
{
  AdwWindow parent_instance;

  /* Owned */
  WaymarkStore  *store;
  char          *path;
  WaymarkDaylio *daylio;     /* NULL for Waymark's own export and Loop's */
  WaymarkLoop   *loop;
  WaymarkCheckins *checkins; /* Bearable's and iMoodJournal's */
  GPtrArray     *mood_rows;  /* AdwComboRow *, each titled with its mood's label */

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *import_button;
  AdwPreferencesGroup  *summary_group;
  AdwActionRow         *app_row;
  AdwActionRow         *dates_row;
  AdwActionRow         *entries_row;
  AdwActionRow         *tags_row;
  AdwPreferencesGroup  *moods_group;
  AdwPreferencesGroup  *mapping_group;
  AdwPreferencesGroup  *skipped_group;
};

G_DEFINE_FINAL_TYPE (WaymarkImportDialog, waymark_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkStringList *
make_scale (void)
{
  GtkStringList *scale = gtk_string_list_new (NULL);

  /* Translators: a mood from another app imported without a value. */
  gtk_string_list_append (scale, _("Not recorded"));
  for (int value = 0; value <= 10; value++)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);

      gtk_string_list_append (scale, text);
    }
  return scale;
}

/* Highest mood first, as Daylio lists them; those without a value last. */
static int
compare_moods (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  WaymarkDaylio *daylio = user_data;
  const char *label_a = *(const char * const *) a;
  const char *label_b = *(const char * const *) b;
  int mood_a = waymark_daylio_get_mood (daylio, label_a);
  int mood_b = waymark_daylio_get_mood (daylio, label_b);

  if (mood_a != mood_b)
    return mood_b - mood_a;
  return g_utf8_collate (label_a, label_b);
}

static void show_skipped (WaymarkImportDialog *self,
                          GPtrArray           *skipped,
                          gboolean             by_entry);

/* What a file of dated check-ins holds, said the same way whichever
 * reader made them (Daylio's and those that fill its entries, or another
 * app's check-ins): @app_name, the first and the last day, how many
 * @checkins or entries on how many days, or that none can be imported
 * (Import then unavailable); and @tags, the tags they bring, in a row
 * titled @tags_title (%NULL: the template's), or no row when %NULL. */
static void
show_dated (WaymarkImportDialog *self,
            const char          *app_name,
            gboolean             checkins,
            guint                n_entries,
            guint                n_days,
            const char          *first,
            const char          *last,
            const char          *tags_title,
            const char          *tags)
{
  adw_action_row_set_subtitle (self->app_row, app_name);

  if (first != NULL)
    {
      g_autofree char *from = waymark_date_format (first);
      g_autofree char *to = waymark_date_format (last);
      /* Translators: the first and the last day of the entries in a file. */
      g_autofree char *dates = g_strdup_printf (_("%s to %s"), from, to);
      /* Translators: how many days, said after “on” in “%u entries on %s” and
       * “%u check-ins on %s” (“5 entries on 4 days”). */
      g_autofree char *days = g_strdup_printf (ngettext ("%u day", "%u days", n_days), n_days);
      g_autofree char *entries = NULL;

      if (checkins)
        /* Translators: %u check-ins, made on %s, a number of days (“4 days”). */
        entries = g_strdup_printf (ngettext ("%u check-in on %s", "%u check-ins on %s", n_entries), n_entries, days);
      else
        /* Translators: %u entries, written on %s, a number of days (“4 days”). */
        entries = g_strdup_printf (ngettext ("%u entry on %s", "%u entries on %s", n_entries), n_entries, days);

      adw_action_row_set_subtitle (self->dates_row, dates);
      adw_action_row_set_subtitle (self->entries_row, entries);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->dates_row), FALSE);
      adw_action_row_set_subtitle (self->entries_row, _("None that can be imported"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
    }

  if (tags_title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tags_row), tags_title);
  if (tags != NULL)
    adw_action_row_set_subtitle (self->tags_row, tags);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->tags_row), FALSE);
}

static void
show_daylio (WaymarkImportDialog *self)
{
  g_auto(GStrv) labels = waymark_daylio_dup_labels (self->daylio);
  GPtrArray *skipped = waymark_daylio_get_skipped (self->daylio);
  const char *first = NULL, *last = NULL;
  guint n_entries = waymark_daylio_get_n_entries (self->daylio);
  guint n_days = waymark_daylio_get_n_days (self->daylio, &first, &last);
  guint n_tags = waymark_daylio_get_n_tags (self->daylio);
  /* Pixels' tags are tags already, and its moods are scores. */
  gboolean pixels = g_str_equal (waymark_daylio_get_format (self->daylio), "pixels");
  g_autofree char *tags = NULL;

  if (n_tags > 0)
    /* Translators: %u is how many different activities, or for Pixels, tags. */
    tags = pixels ? g_strdup_printf (ngettext ("%u tag, which stays a tag", "%u tags, which stay tags", n_tags), n_tags)
                  : g_strdup_printf (ngettext ("%u activity, which becomes a tag",
                                               "%u activities, which become tags", n_tags),
                                     n_tags);
  show_dated (self, waymark_daylio_get_source_name (self->daylio), FALSE, n_entries, n_days, first, last,
              pixels ? _("Tags") : NULL, tags);

  if (pixels)
    adw_preferences_group_set_description (self->moods_group,
                                           _("Each of Pixels’ scores, from 1 (worst) to 5 (best), becomes a mood on "
                                             "Waymark’s scale from 0 (very low) to 10 (very good); change any of "
                                             "them before importing."));

  g_qsort_with_data (labels, g_strv_length (labels), sizeof (char *), compare_moods, self->daylio);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_autoptr(GtkStringList) scale = make_scale ();
      guint n = waymark_daylio_count_label (self->daylio, labels[i]);
      g_autofree char *count = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
      GtkWidget *row = adw_combo_row_new ();

      /* The person's own mood label, shown as written and read back on
       * Import: no markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), labels[i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (scale));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), waymark_daylio_get_mood (self->daylio, labels[i]) + 1);
      adw_preferences_group_add (self->moods_group, row);
      g_ptr_array_add (self->mood_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->moods_group), labels[0] != NULL);

  show_skipped (self, skipped, waymark_daylio_skips_by_entry (self->daylio));
}

static void
show_skipped (WaymarkImportDialog *self,
              GPtrArray           *skipped,
              gboolean             by_entry)
{
  if (by_entry)
    adw_preferences_group_set_description (self->skipped_group,
                                           _("These entries can’t be imported; everything else can."));
  for (guint i = 0; i < skipped->len && i < MAX_SKIPPED_ROWS; i++)
    {
      WaymarkImportSkip *skip = g_ptr_array_index (skipped, i);
      /* Translators: %u is a line number in the imported file, or an entry's number in its list. */
      g_autofree char *line = by_entry ? g_strdup_printf (_("Entry %u"), skip->line) : g_strdup_printf (_("Line %u"), skip->line);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), skip->reason);
      adw_preferences_group_add (self->skipped_group, row);
    }
  if (skipped->len > MAX_SKIPPED_ROWS)
    {
      guint more = skipped->len - MAX_SKIPPED_ROWS;
      /* Translators: after a list of lines left out; %u is how many more. */
      g_autofree char *text = g_strdup_printf (ngettext ("And %u more line", "And %u more lines", more), more);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_group_add (self->skipped_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), skipped->len > 0);
}

static void
show_loop (WaymarkImportDialog *self)
{
  const char *first = NULL, *last = NULL;
  guint n_habits = waymark_loop_get_n_habits (self->loop);
  guint n_done = waymark_loop_get_n_done (self->loop);
  g_autofree char *habits = NULL;
  g_autofree char *done = NULL;

  adw_action_row_set_subtitle (self->app_row, _("Loop Habit Tracker (its CSV export)"));
  waymark_loop_get_n_days (self->loop, &first, &last);
  if (first != NULL)
    {
      g_autofree char *from = waymark_date_format (first);
      g_autofree char *to = waymark_date_format (last);
      g_autofree char *dates = g_strdup_printf (_("%s to %s"), from, to);

      adw_action_row_set_subtitle (self->dates_row, dates);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->dates_row), FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entries_row), _("Habits"));
  /* Translators: %u habits from Loop Habit Tracker. */
  habits = g_strdup_printf (ngettext ("%u habit, which becomes a routine item",
                                      "%u habits, which become routine items", n_habits),
                            n_habits);
  adw_action_row_set_subtitle (self->entries_row, habits);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tags_row), _("Days done"));
  /* Translators: %u days a habit was done, over every habit. */
  done = g_strdup_printf (ngettext ("%u day done", "%u days done", n_done), n_done);
  adw_action_row_set_subtitle (self->tags_row, done);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), n_habits > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->moods_group), FALSE);
  show_skipped (self, waymark_loop_get_skipped (self->loop), FALSE);
}

/* Another app's check-ins: the dates, how many, and a row for each
 * reading saying what it becomes. */
static void
show_checkins (WaymarkImportDialog *self)
{
  GPtrArray *mappings = waymark_checkins_get_mappings (self->checkins);
  const char *first = NULL, *last = NULL;
  guint n_entries = waymark_checkins_get_n_entries (self->checkins);
  guint n_days = waymark_checkins_get_n_days (self->checkins, &first, &last);
  guint n_tags = waymark_checkins_get_n_tags (self->checkins);
  g_autofree char *tags = NULL;

  if (n_tags > 0)
    /* Translators: %u is how many different tags the imported check-ins have. */
    tags = g_strdup_printf (ngettext ("%u tag", "%u tags", n_tags), n_tags);
  show_dated (self, waymark_checkins_get_app_name (self->checkins), TRUE, n_entries, n_days, first, last,
              _("Tags"), tags);

  for (guint i = 0; i < mappings->len; i++)
    {
      WaymarkImportMapping *mapping = g_ptr_array_index (mappings, i);
      GtkWidget *row = adw_action_row_new ();

      /* A category as the person's app wrote it: no markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mapping->from);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), mapping->to);
      adw_preferences_group_add (self->mapping_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_group), mappings->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->moods_group), FALSE);
  show_skipped (self, waymark_checkins_get_skipped (self->checkins), FALSE);
}

static void
show_waymark (WaymarkImportDialog *self)
{
  guint n_records = waymark_import_count_waymark_records (self->path);

  adw_action_row_set_subtitle (self->app_row, _("Waymark (its Export Everything)"));
  if (n_records > 0)
    {
      /* Translators: %u is how many records, of every kind, a file holds. */
      g_autofree char *records = g_strdup_printf (ngettext ("%u record", "%u records", n_records), n_records);

      adw_action_row_set_subtitle (self->entries_row, records);
      adw_preferences_group_set_description (self->summary_group,
                                             _("Every record in it that this plan hasn’t had from it before is added"));
    }
  else
    adw_action_row_set_subtitle (self->entries_row,
                                 _("Every record in it that this plan hasn’t had from it before is added"));
  gtk_widget_set_visible (GTK_WIDGET (self->dates_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->moods_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), FALSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaymarkImportDialog *self = WAYMARK_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  WaymarkImportResult result;
  gboolean ok;

  if (self->daylio != NULL)
    {
      for (guint i = 0; i < self->mood_rows->len; i++)
        {
          AdwComboRow *row = g_ptr_array_index (self->mood_rows, i);

          waymark_daylio_set_mood (self->daylio, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                   (int) adw_combo_row_get_selected (row) - 1);
        }
      ok = waymark_daylio_import (self->daylio, self->store, &result, &error);
    }
  else if (self->loop != NULL)
    ok = waymark_loop_import (self->loop, self->store, &result, &error);
  else if (self->checkins != NULL)
    ok = waymark_checkins_import (self->checkins, self->store, &result, &error);
  else
    ok = waymark_import_file (self->store, self->path, "waymark", &result, &error);

  if (!ok)
    {
      /* Nothing was written: the person can close this and try again. */
      waymark_tell (GTK_WIDGET (self), _("Can’t Import"), error->message);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, result.batch_id, result.n_added, result.n_skipped);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
waymark_import_dialog_dispose (GObject *object)
{
  WaymarkImportDialog *self = WAYMARK_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_IMPORT_DIALOG);
  g_clear_pointer (&self->mood_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_import_dialog_parent_class)->dispose (object);
}

static void
waymark_import_dialog_finalize (GObject *object)
{
  WaymarkImportDialog *self = WAYMARK_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->daylio, waymark_daylio_free);
  g_clear_pointer (&self->loop, waymark_loop_free);
  g_clear_pointer (&self->checkins, waymark_checkins_free);

  G_OBJECT_CLASS (waymark_import_dialog_parent_class)->finalize (object);
}

static void
waymark_import_dialog_class_init (WaymarkImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_import_dialog_dispose;
  object_class->finalize = waymark_import_dialog_finalize;

  /**
   * WaymarkImportDialog::imported:
   * @batch_id: the import, for Undo Import; 0 when nothing was new
   * @n_added: records added
   * @n_skipped: records the plan had already from an earlier import
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/waymark/Waymark/waymark-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, app_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, dates_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, entries_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, tags_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, moods_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkImportDialog, skipped_group);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
waymark_import_dialog_init (WaymarkImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->mood_rows = g_ptr_array_new ();
}

/**
 * waymark_import_dialog_new:
 * @parent: the plan's window
 * @store: the plan to import into
 * @path: the file to import
 *
 * Returns: (transfer floating) (nullable): the preview of importing
 *   @path, not yet shown; %NULL with @error set (a message for the
 *   person, naming the line) when @path can't be imported
 */
WaymarkImportDialog *
waymark_import_dialog_new (GtkWindow     *parent,
                           WaymarkStore  *store,
                           const char    *path,
                           GError       **error)
{
  g_autoptr(WaymarkDaylio) daylio = NULL;
  g_autoptr(WaymarkLoop) loop = NULL;
  g_autoptr(WaymarkCheckins) checkins = NULL;
  g_autofree char *name = NULL;
  WaymarkImportDialog *self;
  gboolean is_waymark;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  is_waymark = waymark_import_is_waymark_file (path);
  if (!is_waymark)
    {
      g_autoptr(GError) local_error = NULL;

      loop = waymark_import_read_loop (path, &local_error);
      if (loop == NULL && !g_error_matches (local_error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_clear_error (&local_error);
      if (loop == NULL)
        {
          checkins = waymark_import_read_checkins (path, NULL, &local_error);
          if (checkins == NULL && !g_error_matches (local_error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_UNKNOWN_FORMAT))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
      if (loop == NULL && checkins == NULL)
        {
          daylio = waymark_import_read_daylio (path, error);
          if (daylio == NULL)
            return NULL;
        }
    }

  self = g_object_new (WAYMARK_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  /* No wider than a narrow window it belongs to, as on a phone. */
  if (gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width = 0, height = 0;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (gtk_widget_get_width (GTK_WIDGET (parent)) < width)
        gtk_window_set_default_size (GTK_WINDOW (self), MAX (360, gtk_widget_get_width (GTK_WIDGET (parent))), -1);
    }
  self->store = g_object_ref (store);
  self->path = g_strdup (path);
  self->daylio = g_steal_pointer (&daylio);
  self->loop = g_steal_pointer (&loop);
  self->checkins = g_steal_pointer (&checkins);

  name = g_filename_display_basename (path);
  adw_window_title_set_subtitle (self->window_title, name);
  if (self->daylio != NULL)
    show_daylio (self);
  else if (self->loop != NULL)
    show_loop (self);
  else if (self->checkins != NULL)
    show_checkins (self);
  else
    show_waymark (self);

  return self;
}
