/* test-import-dialog.c: File → Import…'s preview of a Daylio export: what
 * it shows, the moods it lets the person change, and Import writing them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <time.h>

#include "waymark-gui-test-utils.h"
#include "waymark-import-dialog.h"
#include "waymark-import.h"
#include "waymark-language.h"
#include "waymark-resources.h"
#include "waymark-test-utils.h"
#include "waymark-window.h"

static char *
daylio_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "daylio", name, NULL);
}

static AdwComboRow *
find_mood_row (GtkWidget  *root,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *row;

      if (ADW_IS_COMBO_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), label) == 0)
        return ADW_COMBO_ROW (child);
      if ((row = find_mood_row (child, label)) != NULL)
        return row;
    }
  return NULL;
}

static void
imported_cb (WaymarkImportDialog *dialog,
             gint64               batch_id,
             guint                n_added,
             guint                n_skipped,
             gint64              *batch_out)
{
  g_assert_cmpuint (n_added, ==, 5);
  g_assert_cmpuint (n_skipped, ==, 0);
  *batch_out = batch_id;
}

static void
test_preview_and_import (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = daylio_file ("recent.csv");
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window;
  WaymarkImportDialog *dialog;
  AdwComboRow *sleepy, *rad;
  gint64 batch_id = 0;

  window = waymark_window_new (NULL);
  waymark_window_set_store (window, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  dialog = waymark_import_dialog_new (GTK_WINDOW (window), store, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &batch_id);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  waymark_test_keep_screenshot (GTK_WIDGET (dialog), "import-dialog-360.png");

  /* What the file is, its dates and entries, each line left out. */
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "Daylio (its CSV export)", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "5 entries on 4 days", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "Line 7", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "no time it can read (“25:00”)", FALSE));

  /* Daylio's moods get their defaults; one of the person's own gets none
   * until they give it one. */
  rad = find_mood_row (GTK_WIDGET (dialog), "rad");
  sleepy = find_mood_row (GTK_WIDGET (dialog), "sleepy");
  g_assert_nonnull (rad);
  g_assert_nonnull (sleepy);
  g_assert_cmpuint (adw_combo_row_get_selected (rad), ==, 9 + 1);
  g_assert_cmpuint (adw_combo_row_get_selected (sleepy), ==, 0);
  adw_combo_row_set_selected (sleepy, 4 + 1);
  adw_combo_row_set_selected (rad, 10 + 1);

  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_cmpint (batch_id, >, 0);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 5);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE note = 'Custom mood'"), ==, 4);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT mood FROM checkin WHERE local_date = '2026-12-01'"), ==, 10);
  g_assert_finalize_object (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

/* Loop Habit Tracker's export (tests/data/loop/, zipped as Loop does):
 * habits and days done in the preview, no moods, Import writes them. */
static void
test_loop (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "Loop Habits CSV 2026-12-04.zip", NULL);
  const char *names[] = { "Habits.csv", "Checkmarks.csv" };
  struct archive *zip = archive_write_new ();
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);
  WaymarkImportDialog *dialog;

  archive_write_set_format_zip (zip);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "loop", names[i], NULL);
      g_autofree char *data = NULL;
      struct archive_entry *entry = archive_entry_new ();
      gsize length;

      g_assert_true (g_file_get_contents (file, &data, &length, NULL));
      archive_entry_set_pathname (entry, names[i]);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, length);
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      archive_write_data (zip, data, length);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (zip), ==, ARCHIVE_OK);
  archive_write_free (zip);

  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  dialog = waymark_import_dialog_new (GTK_WINDOW (window), store, path, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  waymark_test_keep_screenshot (GTK_WIDGET (dialog), "import-dialog-loop.png");
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "Loop Habit Tracker (its CSV export)", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "3 habits, which become routine items", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "6 days done", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "Line 8", FALSE));
  g_assert_null (find_mood_row (GTK_WIDGET (dialog), "Meditate"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_item"), ==, 3);
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM routine_done"), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GtkWindow *window = waymark_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return window ? ADW_MESSAGE_DIALOG (window) : NULL;
}

/* Undo an Import…: every import with an Undo of its own, after its toast
 * has gone; Undo takes out that one and leaves the other. */
static void
test_imports_list (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *recent = daylio_file ("recent.csv");
  g_autofree char *oldest = daylio_file ("oldest.csv");
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);
  WaymarkImportResult first, second;
  AdwMessageDialog *dialog;
  GtkWidget *button;
  int before;

  g_assert_true (waymark_import_file (store, recent, NULL, &first, &error));
  g_assert_true (waymark_import_file (store, oldest, NULL, &second, &error));
  g_assert_no_error (error);
  before = waymark_test_count_rows (store, "SELECT count(*) FROM checkin");

  waymark_window_set_store (window, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.imports", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  waymark_test_keep_screenshot (GTK_WIDGET (dialog), "import-list-360.png");
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "oldest.csv", FALSE));

  /* The newest first: its Undo is the first. */
  button = find_by_name (dialog, "undo-import");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Undo the import of oldest.csv");
  /* As a click does (activate presses it for a moment first). */
  g_signal_emit_by_name (button, "clicked");
  waymark_test_pump ();
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, before - (int) second.n_added);
  g_assert_null (find_message_dialog ());
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

/* A file that isn't one gets no preview, and a message naming the line. */
/* Bearable's and iMoodJournal's exports (tests/data/bearable/,
 * imoodjournal/): what the file is, its check-ins, a row for each
 * reading saying what it becomes, each line left out; Import writes them.
 * Looked at narrow and wide, light and dark. */
static void
check_checkins (const char *format,
                const char *app,
                const char *mapping_from,
                const char *mapping_to,
                guint       n_tags)
{
  static const struct { int width; AdwColorScheme scheme; const char *name; } looks[] = {
    { 360, ADW_COLOR_SCHEME_FORCE_LIGHT, "360-light" },
    { 360, ADW_COLOR_SCHEME_FORCE_DARK, "360-dark" },
    { 900, ADW_COLOR_SCHEME_FORCE_LIGHT, "wide-light" },
    { 900, ADW_COLOR_SCHEME_FORCE_DARK, "wide-dark" },
  };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  /* eMoods' export is entry.csv (alone, or in its .emoods zip). */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", format,
                                                 g_str_equal (format, "emoods") ? "entry.csv" : "export.csv", NULL);
  g_autofree char *tags = g_strdup_printf ("%u tags", n_tags);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    {
      g_autofree char *shot = g_strdup_printf ("import-dialog-%s-%s.png", format, looks[i].name);
      WaymarkWindow *window = waymark_window_new (NULL);
      WaymarkImportDialog *dialog;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), looks[i].scheme);
      waymark_window_set_store (window, store);
      gtk_window_set_default_size (GTK_WINDOW (window), looks[i].width, 700);
      gtk_window_present (GTK_WINDOW (window));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      dialog = waymark_import_dialog_new (GTK_WINDOW (window), store, path, &error);
      g_assert_no_error (error);
      gtk_window_present (GTK_WINDOW (dialog));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
      waymark_test_keep_screenshot (GTK_WIDGET (dialog), shot);

      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), app, FALSE));
      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "4 check-ins on 3 days", FALSE));
      /* No row for tags when the file has none (eMoods has no tags). */
      if (n_tags > 0)
        g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), tags, FALSE));
      else
        g_assert_null (waymark_test_find_label (GTK_WIDGET (dialog), "0 tags", TRUE));
      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), mapping_from, FALSE));
      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), mapping_to, FALSE));
      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "a date in the future", FALSE));
      g_assert_null (find_mood_row (GTK_WIDGET (dialog), "Mood (1–10)"));

      if (i == G_N_ELEMENTS (looks) - 1)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
          g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM checkin"), ==, 4);
          g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch"), ==, 1);
        }
      gtk_window_destroy (GTK_WINDOW (window));
      waymark_test_pump ();
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  waymark_test_remove_tree (tmp);
}

static void
test_bearable (void)
{
  check_checkins ("bearable", "Bearable CSV export", "Energy (1–5)", "energy: 1→1, 2→3, 3→5, 4→7, 5→9", 10);
}

static void
test_imoodjournal (void)
{
  check_checkins ("imoodjournal", "iMoodJournal CSV export", "Level (1–10)",
                  "mood: 1→0, 2→1, 3→2, 4→3, 5→4, 6→6, 7→7, 8→8, 9→9, 10→10", 4);
}

static void
test_emoods (void)
{
  check_checkins ("emoods", "eMoods export", "Depressed and elevated (0–3)",
                  "mood: 5 − depressed × 5/3 + elevated × 5/3, rounded; severely depressed → 0, neither → 5, "
                  "severely elevated → 10", 0);
}

/* The .emoods zip is told from its content and previewed the same. */
static void
test_emoods_zip (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "emoods", "entry.csv", NULL);
  g_autofree char *path = g_build_filename (tmp, "backup.emoods", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();
  WaymarkWindow *window = waymark_window_new (NULL);
  WaymarkImportDialog *dialog;
  gsize length;

  g_assert_true (g_file_get_contents (csv, &data, &length, NULL));
  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, "entry.csv");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, data, length), ==, (la_ssize_t) length);
  archive_entry_free (entry);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  waymark_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  dialog = waymark_import_dialog_new (GTK_WINDOW (window), store, path, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "eMoods export", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "4 check-ins on 3 days", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "Weight", FALSE));
  g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), "left out (2 readings)", FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM import_batch WHERE format = 'emoods'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_pump ();
  waymark_test_remove_tree (tmp);
}

static void
test_damaged (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *path = g_build_filename (tmp, "broken.csv", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkWindow *window = waymark_window_new (NULL);

  g_assert_true (g_file_set_contents (path, "full_date,date,weekday,time,mood,activities,note_title,note\n"
                                            "2026-11-30,November 30,Monday,9:05 PM,good,,,\"never closed\n",
                                      -1, NULL));
  g_assert_null (waymark_import_dialog_new (GTK_WINDOW (window), store, path, &error));
  g_assert_error (error, WAYMARK_IMPORT_ERROR, WAYMARK_IMPORT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "line 2 opens a quote"));
  gtk_window_destroy (GTK_WINDOW (window));
  waymark_test_remove_tree (tmp);
}

/* Each number takes its own plural: one entry on one day is "1 entry on
 * 1 day", two check-ins on one day "2 check-ins on 1 day", in the
 * preview and in the command line's words, and in languages with more
 * plural forms than English. */
static void
test_one_day (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autofree char *daylio = g_build_filename (tmp, "one.csv", NULL);
  g_autofree char *emoods = g_build_filename (tmp, "entry.csv", NULL);
  g_autoptr(GError) error = NULL;
  const struct
  {
    const char *path;
    const char *label;
    const char *text;
  } files[] = {
    { daylio, "1 entry on 1 day", "1 entry on 1 day, from 2026-11-30 to 2026-11-30\n" },
    { emoods, "2 check-ins on 1 day", "2 check-ins on 1 day, from 2026-11-28 to 2026-11-28\n" },
  };

  g_assert_true (g_file_set_contents (daylio,
                                      "full_date,date,weekday,time,mood,activities,note_title,note\n"
                                      "2026-11-30,November 30,Monday,9:05 PM,good,walk,,A walk\n", -1, NULL));
  g_assert_true (g_file_set_contents (emoods,
                                      "DATE,Depressed,ELEVATED,irritability,Anxiety,SLEEP,Psychotic_Symptoms,NOTE\n"
                                      "2026-11-28,2,0,1,2,6.5,0,Morning\n"
                                      "2026-11-28T21:40,0,2,1,1,,0,Evening\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *preview = waymark_import_preview (files[i].path, NULL, NULL, &error);
      WaymarkWindow *window = waymark_window_new (NULL);
      WaymarkImportDialog *dialog;

      g_assert_no_error (error);
      if (strstr (preview, files[i].text) == NULL)
        g_error ("“%s” is not in the preview:\n%s", files[i].text, preview);

      waymark_window_set_store (window, store);
      gtk_window_present (GTK_WINDOW (window));
      dialog = waymark_import_dialog_new (GTK_WINDOW (window), store, files[i].path, &error);
      g_assert_no_error (error);
      gtk_window_present (GTK_WINDOW (dialog));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
      {
        g_autofree char *shot = g_strdup_printf ("import-dialog-one-day-%u.png", i);

        waymark_test_keep_screenshot (GTK_WIDGET (dialog), shot);
      }
      g_assert_nonnull (waymark_test_find_label (GTK_WIDGET (dialog), files[i].label, FALSE));
      gtk_window_destroy (GTK_WINDOW (window));
      waymark_test_pump ();
    }

  /* Polish and Ukrainian: the entries and the days each in their own form. */
  {
    g_autofree char *pl = NULL;
    g_autofree char *uk = NULL;

    waymark_language_push ("pl");
    pl = waymark_import_preview (daylio, NULL, NULL, &error);
    waymark_language_pop ();
    g_assert_no_error (error);
    if (strstr (pl, "1 wpis w ciągu 1 dnia, od 2026-11-30 do 2026-11-30") == NULL)
      g_error ("Polish preview:\n%s", pl);

    waymark_language_push ("uk");
    uk = waymark_import_preview (emoods, NULL, NULL, &error);
    waymark_language_pop ();
    g_assert_no_error (error);
    if (strstr (uk, "2 записи за 1 день, з 2026-11-28 по 2026-11-28") == NULL)
      g_error ("Ukrainian preview:\n%s", uk);
  }

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/import-dialog/preview-and-import", test_preview_and_import);
  g_test_add_func ("/waymark/import-dialog/loop", test_loop);
  g_test_add_func ("/waymark/import-dialog/bearable", test_bearable);
  g_test_add_func ("/waymark/import-dialog/imoodjournal", test_imoodjournal);
  g_test_add_func ("/waymark/import-dialog/emoods", test_emoods);
  g_test_add_func ("/waymark/import-dialog/emoods-zip", test_emoods_zip);
  g_test_add_func ("/waymark/import-dialog/one-day", test_one_day);
  g_test_add_func ("/waymark/import-dialog/damaged", test_damaged);
  g_test_add_func ("/waymark/import-dialog/imports-list", test_imports_list);

  return g_test_run ();
}
