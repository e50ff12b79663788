/* test-report-dialog.c: the appointment report's dialog: the period
 * since the last plan review first, days typed and checked, the file
 * named after the person and the day, the PDF saved 0600, shared notes
 * only when asked for
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-report.h"
#include "waymark-report-dialog.h"
#include "waymark-resources.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-gui-test-utils.h"
#include "waymark-test-utils.h"

static GtkWidget *
find (GtkWindow  *dialog,
      const char *name)
{
  GtkWidget *widget = find_by_name (GTK_WIDGET (dialog), name);

  g_assert_nonnull (widget);
  return widget;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_periods_and_save (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  guint32 today = waymark_local_today_julian ();
  guint32 review_first, review_last;
  GtkWindow *dialog;
  AdwComboRow *period;
  GtkStringObject *first_period;
  char day[11];
  GStatBuf st;

  g_assert_true (waymark_sample_data_fill (store, WAYMARK_SAMPLE_DATA_DEFAULT_DAYS, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_report_default_range (store, today, &review_first, &review_last, &error));

  dialog = GTK_WINDOW (waymark_report_dialog_new (NULL, store));
  gtk_window_present (dialog);
  waymark_test_pump ();

  /* Since the sample's last plan review, first and chosen. */
  period = ADW_COMBO_ROW (find (dialog, "period-row"));
  g_assert_cmpuint (adw_combo_row_get_selected (period), ==, 0);
  first_period = GTK_STRING_OBJECT (adw_combo_row_get_selected_item (period));
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (first_period), "Since the last plan review"));
  waymark_date_from_julian (review_first, day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (dialog, "from-row"))), ==, day);
  waymark_date_from_julian (today, day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (dialog, "to-row"))), ==, day);

  /* The last 30 days, next. */
  adw_combo_row_set_selected (period, 1);
  waymark_date_from_julian (today - 29, day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (dialog, "from-row"))), ==, day);

  /* Named after the person and today, as every export is. */
  name = waymark_report_dialog_dup_file_name (WAYMARK_REPORT_DIALOG (dialog));
  waymark_date_from_julian (today, day);
  expected_name = g_strdup_printf ("Sam Sample – Appointment Report – %s.pdf", day);
  g_assert_cmpstr (name, ==, expected_name);

  path = g_build_filename (tmp, name, NULL);
  file = g_file_new_for_path (path);
  g_assert_true (waymark_report_dialog_save_to (WAYMARK_REPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Appointment report — Sam Sample"));
  g_assert_nonnull (strstr (text, "(30 days)"));
  g_assert_null (strstr (text, "Notes shared with the care team"));

  /* With the box ticked: the notes the sample marked for the care team,
   * and not one other. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (dialog, "notes-check")), TRUE);
  g_assert_true (waymark_report_dialog_save_to (WAYMARK_REPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Notes shared with the care team"));
  {
    sqlite3_stmt *stmt = NULL;
    guint n_shared = 0;

    waymark_date_from_julian (today - 29, day);
    g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store),
                                         "SELECT note, share_with_care_team FROM checkin "
                                         "WHERE note <> '' AND local_date >= ?1", -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        const char *note = (const char *) sqlite3_column_text (stmt, 0);
        gboolean shared = sqlite3_column_int (stmt, 1);

        g_assert_cmpint (strstr (text, note) != NULL, ==, shared);
        n_shared += shared;
      }
    sqlite3_finalize (stmt);
    g_assert_cmpuint (n_shared, >, 0);
  }

  gtk_window_destroy (dialog);
  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

static void
test_days_checked (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog = GTK_WINDOW (waymark_report_dialog_new (NULL, store));
  GtkWidget *error_label = find (dialog, "error-label");

  gtk_window_present (dialog);
  waymark_test_pump ();

  /* No review in an empty plan: the last 30 days come first. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (dialog, "period-row"))), ==, 0);
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (adw_combo_row_get_selected_item (ADW_COMBO_ROW (find (dialog, "period-row"))))),
                   ==, "The last 30 days");
  g_assert_false (gtk_widget_get_visible (error_label));

  gtk_editable_set_text (GTK_EDITABLE (find (dialog, "from-row")), "2026-02-30");
  g_assert_false (waymark_report_dialog_save_to (WAYMARK_REPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "year-month-day"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (GTK_EDITABLE (find (dialog, "from-row")), "2026-03-02");
  gtk_editable_set_text (GTK_EDITABLE (find (dialog, "to-row")), "2026-03-01");
  g_assert_false (waymark_report_dialog_save_to (WAYMARK_REPORT_DIALOG (dialog), file, &error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "after the last"));

  gtk_editable_set_text (GTK_EDITABLE (find (dialog, "to-row")), "2026-03-30");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (dialog, "notes-check")), TRUE);
  g_assert_true (waymark_report_dialog_save_to (WAYMARK_REPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (error_label));

  {
    g_autofree char *text = pdf_text (path);

    g_assert_nonnull (strstr (text, "(29 days)"));
    /* Asked for, the notes' section is there, saying none was marked. */
    g_assert_nonnull (strstr (text, "Notes shared with the care team"));
  }

  gtk_window_destroy (dialog);
  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  waymark_register_resource ();

  g_test_add_func ("/waymark/report-dialog/periods-and-save", test_periods_and_save);
  g_test_add_func ("/waymark/report-dialog/days-checked", test_days_checked);

  return g_test_run ();
}
