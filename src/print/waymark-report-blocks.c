/* waymark-report-blocks.c: the appointment report's drawn parts: the
 * journal's charts, the day table and the questionnaires' chart
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "waymark-chart-style.h"
#include "waymark-report-layout-private.h"
#include "waymark-trend-chart.h"

/* The journal's charts label in pixels sized for a screen; on paper
 * they are drawn this much larger and scaled down, so their labels come
 * out at a printed size. */
#define CHART_SCALE      1.5
#define CHART_GAP       14.0
#define CHART_TITLE_SIZE REPORT_BODY_SIZE
#define CELL_PADDING     2.0

static const WaymarkMeasure chart_measures[] = {
  WAYMARK_MEASURE_MOOD, WAYMARK_MEASURE_ANXIETY, WAYMARK_MEASURE_ENERGY, WAYMARK_MEASURE_SLEEP,
};

static double
title_height (WaymarkReportLayout *self)
{
  g_autoptr(PangoLayout) layout = waymark_report_text (self, "<b>Mg</b>", CHART_TITLE_SIZE, 0);

  return waymark_report_text_height (layout) + 2.0;
}

double
waymark_report_charts_height (WaymarkReportLayout *self)
{
  return 2 * (title_height (self) + REPORT_CHART_HEIGHT) + 8.0;
}

static char *
chart_title (WaymarkReport  *report,
             WaymarkMeasure  measure)
{
  guint n_days = 0;
  double mean = waymark_day_series_mean (report->series, measure, report->first, report->last, &n_days);
  g_autofree char *value = NULL;

  if (n_days == 0)
    return g_markup_printf_escaped ("<b>%s</b>", waymark_measure_get_name (measure));

  value = waymark_report_format_value (mean, measure == WAYMARK_MEASURE_SLEEP);
  /* Translators: a chart's title in the report: the measure and its mean over the range, as in "Mood: mean 6.5". */
  return g_markup_printf_escaped (_("<b>%s</b>: mean %s"), waymark_measure_get_name (measure), value);
}

/**
 * waymark_report_draw_charts:
 *
 * Mood, anxiety, energy and sleep over the range, two by two, each
 * drawn by the journal's own trend chart.
 */
void
waymark_report_draw_charts (WaymarkReportLayout *self,
                            cairo_t             *cr,
                            double               x,
                            double               y)
{
  WaymarkReport *report = self->report;
  double cell_width = (report_content_width (self) - CHART_GAP) / 2.0;
  double title = title_height (self);
  WaymarkChartStyle style;

  waymark_chart_style_init_light (&style);
  style.font_family = "Cantarell";

  for (guint i = 0; i < G_N_ELEMENTS (chart_measures); i++)
    {
      WaymarkTrendChart chart = { report->series, chart_measures[i], report->first, report->last, 0 };
      double cx = x + (i % 2) * (cell_width + CHART_GAP);
      double cy = y + (i / 2) * (title + REPORT_CHART_HEIGHT + 8.0);
      g_autofree char *markup = chart_title (report, chart_measures[i]);
      g_autoptr(PangoLayout) layout = waymark_report_text (self, markup, CHART_TITLE_SIZE, cell_width);

      cairo_save (cr);
      cairo_set_source_rgb (cr, REPORT_INK, REPORT_INK, REPORT_INK);
      cairo_move_to (cr, cx, cy);
      pango_cairo_show_layout (cr, layout);

      cairo_translate (cr, cx, cy + title);
      cairo_scale (cr, 1.0 / CHART_SCALE, 1.0 / CHART_SCALE);
      waymark_trend_chart_draw (&chart, cr, cell_width * CHART_SCALE, REPORT_CHART_HEIGHT * CHART_SCALE, &style);
      cairo_restore (cr);
    }
}

/* The day table ------------------------------------------------------------ */

void
waymark_report_layout_columns (WaymarkReportLayout *self)
{
  static const double widths[N_COLUMNS] = {
    [COLUMN_DAY] = 58, [COLUMN_MOOD] = 42, [COLUMN_ANXIETY] = 40, [COLUMN_ENERGY] = 38,
    [COLUMN_SLEEP] = 36, [COLUMN_MEDICATION] = 0, [COLUMN_ROUTINE] = 40, [COLUMN_QUESTIONNAIRES] = 96,
  };
  double fixed = 0;
  double x = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    fixed += widths[i];

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->column_x[i] = x;
      x += i == COLUMN_MEDICATION ? MAX (report_content_width (self) - fixed, 60.0) : widths[i];
    }
  self->column_x[N_COLUMNS] = x;
}

static void
cell_font (WaymarkReportLayout *self,
           gboolean             bold)
{
  PangoFontDescription *font = pango_font_description_from_string (REPORT_FONT);

  pango_font_description_set_absolute_size (font, REPORT_TABLE_SIZE * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (self->cell, font);
  pango_font_description_free (font);
}

/* One cell, on one line, shortened with … rather than spilling over. */
static void
draw_cell (WaymarkReportLayout *self,
           cairo_t             *cr,
           Column               column,
           const char          *text,
           gboolean             markup,
           PangoAlignment       alignment,
           double               x,
           double               y,
           double               gray)
{
  double width = self->column_x[column + 1] - self->column_x[column] - 2 * CELL_PADDING;
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return;

  pango_layout_set_width (self->cell, pango_units_from_double (width));
  pango_layout_set_ellipsize (self->cell, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (self->cell, alignment);
  if (markup)
    pango_layout_set_markup (self->cell, text, -1);
  else
    {
      pango_layout_set_attributes (self->cell, NULL);
      pango_layout_set_text (self->cell, text, -1);
    }

  pango_layout_get_extents (self->cell, NULL, &logical);
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x + self->column_x[column] + CELL_PADDING,
                 y + (REPORT_ROW_HEIGHT - pango_units_to_double (logical.height)) / 2.0);
  pango_cairo_show_layout (cr, self->cell);
}

void
waymark_report_draw_table_head (WaymarkReportLayout *self,
                                cairo_t             *cr,
                                double               x,
                                double               y)
{
  const char *names[N_COLUMNS] = {
    [COLUMN_DAY] = C_("report column", "Day"),
    [COLUMN_MOOD] = C_("report column", "Mood"),
    [COLUMN_ANXIETY] = C_("report column", "Anxiety"),
    [COLUMN_ENERGY] = C_("report column", "Energy"),
    [COLUMN_SLEEP] = C_("report column", "Sleep"),
    [COLUMN_MEDICATION] = C_("report column", "Medication"),
    [COLUMN_ROUTINE] = C_("report column", "Routine"),
    [COLUMN_QUESTIONNAIRES] = C_("report column", "PHQ-9, GAD-7"),
  };

  cell_font (self, TRUE);
  for (guint i = 0; i < N_COLUMNS; i++)
    draw_cell (self, cr, i, names[i], FALSE,
               i == COLUMN_DAY || i == COLUMN_MEDICATION || i == COLUMN_QUESTIONNAIRES ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER,
               x, y, REPORT_INK);

  cairo_set_source_rgb (cr, REPORT_INK, REPORT_INK, REPORT_INK);
  cairo_rectangle (cr, x, y + REPORT_ROW_HEIGHT + 0.5, self->column_x[N_COLUMNS], 0.75);
  cairo_fill (cr);
}

/* The first score on @julian or after, by halving: scores are by day. */
static guint
first_score_on (WaymarkReport *report,
                guint32        julian)
{
  guint lo = 0, hi = report->scores->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (report->scores, WaymarkReportScore, mid).julian < julian)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static char *
medication_cell (WaymarkReport *report,
                 guint          day_index,
                 guint32        julian)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint m = 0; m < report->medications->len; m++)
    {
      const WaymarkReportMedication *medication = report->medications->pdata[m];
      WaymarkReportDose dose = waymark_report_get_dose (report, day_index, m);
      gboolean changed = waymark_report_dose_changed_on (report, julian, medication->id);
      g_autofree char *name = NULL;

      if (dose == WAYMARK_REPORT_DOSE_UNRECORDED && !changed)
        continue;

      name = g_markup_escape_text (medication->name, -1);
      if (markup->len > 0)
        g_string_append (markup, "   ");

      if (dose == WAYMARK_REPORT_DOSE_MISSED)
        /* Translators: in the day table, a medication not taken that day. */
        g_string_append_printf (markup, _("<b>%s ✗ missed</b>"), name);
      else if (dose == WAYMARK_REPORT_DOSE_TAKEN)
        g_string_append_printf (markup, "%s ✓", name);
      else
        g_string_append (markup, name);

      if (changed)
        for (guint c = 0; c < report->dose_changes->len; c++)
          {
            const WaymarkReportDoseChange *change = report->dose_changes->pdata[c];

            if (change->julian == julian && change->medication_id == medication->id)
              {
                g_autofree char *to = g_markup_escape_text (change->dose, -1);

                g_string_append_printf (markup, " <b>→ %s</b>", to);
              }
          }
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static char *
questionnaire_cell (WaymarkReport *report,
                    guint32        julian)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = first_score_on (report, julian); i < report->scores->len; i++)
    {
      const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);

      if (score->julian != julian)
        break;
      if (markup->len > 0)
        g_string_append (markup, " · ");
      g_string_append_printf (markup, "%s %d", score->questionnaire->name, score->total);
      if (score->item9_flag)
        /* Translators: in the day table, a PHQ-9 whose question 9 was answered above "Not at all". */
        g_string_append_printf (markup, " <b>%s</b>", _("Q9!"));
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

void
waymark_report_draw_row (WaymarkReportLayout *self,
                         cairo_t             *cr,
                         guint                day_index,
                         double               x,
                         double               y)
{
  WaymarkReport *report = self->report;
  const WaymarkReportDay *day = &g_array_index (report->days, WaymarkReportDay, day_index);
  gboolean recorded = day->n_checkins > 0 || day->routine_done > 0;
  g_autofree char *date = waymark_report_format_day (day->julian, FALSE);
  g_autofree char *mood = waymark_report_format_value (day->mood, FALSE);
  g_autofree char *anxiety = waymark_report_format_value (day->anxiety, FALSE);
  g_autofree char *energy = waymark_report_format_value (day->energy, FALSE);
  g_autofree char *sleep = waymark_report_format_value (day->sleep_hours, TRUE);
  g_autofree char *medication = medication_cell (report, day_index, day->julian);
  g_autofree char *routine = NULL;
  g_autofree char *questionnaires = questionnaire_cell (report, day->julian);
  GDate date_of_day;

  /* Weeks in bands, Monday to Sunday, to find a day by its week. */
  g_date_clear (&date_of_day, 1);
  g_date_set_julian (&date_of_day, day->julian);
  if ((g_date_get_monday_week_of_year (&date_of_day) % 2) == 0)
    {
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_rectangle (cr, x, y, self->column_x[N_COLUMNS], REPORT_ROW_HEIGHT);
      cairo_fill (cr);
    }

  if (recorded && report->n_routine_items > 0)
    routine = g_strdup_printf ("%u/%u", day->routine_done, report->n_routine_items);

  cell_font (self, FALSE);
  draw_cell (self, cr, COLUMN_DAY, date, FALSE, PANGO_ALIGN_LEFT, x, y, recorded ? REPORT_INK : REPORT_SECONDARY);
  if (!recorded && *questionnaires == '\0')
    {
      /* Translators: a day of the table with nothing recorded. */
      draw_cell (self, cr, COLUMN_MOOD, _("no check-in"), FALSE, PANGO_ALIGN_LEFT, x, y, REPORT_SECONDARY);
      return;
    }

  draw_cell (self, cr, COLUMN_MOOD, mood, FALSE, PANGO_ALIGN_CENTER, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_ANXIETY, anxiety, FALSE, PANGO_ALIGN_CENTER, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_ENERGY, energy, FALSE, PANGO_ALIGN_CENTER, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_SLEEP, sleep, FALSE, PANGO_ALIGN_CENTER, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_MEDICATION, medication, TRUE, PANGO_ALIGN_LEFT, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_ROUTINE, routine, FALSE, PANGO_ALIGN_CENTER, x, y, REPORT_INK);
  draw_cell (self, cr, COLUMN_QUESTIONNAIRES, questionnaires, TRUE, PANGO_ALIGN_LEFT, x, y, REPORT_INK);
}

/* The questionnaires' chart --------------------------------------------- */

static void
draw_label (WaymarkReportLayout *self,
            cairo_t             *cr,
            const char          *text,
            double               x,
            double               y,
            double               align)   /* 0 left, 0.5 centre, 1 right of x */
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = waymark_report_text (self, markup, 6.5, 0);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - align * pango_units_to_double (logical.width),
                 y - pango_units_to_double (logical.height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/**
 * waymark_report_draw_score_chart:
 *
 * PHQ-9 (0-27) and GAD-7 (0-21) totals over the range on one scale,
 * with the published bands' thresholds ruled across; a PHQ-9 flagged
 * for its question 9 is ringed.
 */
void
waymark_report_draw_score_chart (WaymarkReportLayout *self,
                                 cairo_t             *cr,
                                 double               x,
                                 double               y,
                                 double               width,
                                 double               height)
{
  static const double dashes[] = { 3.0, 2.0 };
  static const double thresholds[] = { 5, 10, 15, 20 };
  WaymarkReport *report = self->report;
  double left = x + 16.0, right = x + width - 60.0;
  double top = y + 4.0, bottom = y + height - 12.0;
  double span = MAX (1.0, (double) (report->last - report->first));
  g_autofree char *from = waymark_report_format_day (report->first, TRUE);
  g_autofree char *to = waymark_report_format_day (report->last, TRUE);

#define SCORE_Y(v) (bottom - (v) / 27.0 * (bottom - top))
#define DAY_X(j) (left + ((double) (j) - report->first) / span * (right - left))

  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < G_N_ELEMENTS (thresholds); i++)
    {
      g_autofree char *label = g_strdup_printf ("%.0f", thresholds[i]);

      cairo_set_source_rgb (cr, REPORT_RULE, REPORT_RULE, REPORT_RULE);
      cairo_move_to (cr, left, SCORE_Y (thresholds[i]));
      cairo_line_to (cr, right, SCORE_Y (thresholds[i]));
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, REPORT_SECONDARY, REPORT_SECONDARY, REPORT_SECONDARY);
      draw_label (self, cr, label, left - 3.0, SCORE_Y (thresholds[i]), 1.0);
    }

  cairo_set_source_rgb (cr, REPORT_INK, REPORT_INK, REPORT_INK);
  cairo_move_to (cr, left, top);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, right, bottom);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, REPORT_SECONDARY, REPORT_SECONDARY, REPORT_SECONDARY);
  draw_label (self, cr, "0", left - 3.0, bottom, 1.0);
  draw_label (self, cr, from, left, bottom + 6.0, 0.0);
  draw_label (self, cr, to, right, bottom + 6.0, 1.0);

  for (guint kind = WAYMARK_QUESTIONNAIRE_PHQ9; kind <= WAYMARK_QUESTIONNAIRE_GAD7; kind++)
    {
      const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_get (kind);
      gboolean phq9 = kind == WAYMARK_QUESTIONNAIRE_PHQ9;
      double last_y = 0;
      guint n = 0;

      cairo_save (cr);
      if (phq9)
        cairo_set_source_rgb (cr, 0.11, 0.38, 0.70);
      else
        {
          cairo_set_source_rgb (cr, 0.78, 0.40, 0.05);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      cairo_set_line_width (cr, 1.25);
      cairo_new_path (cr);
      for (guint i = 0; i < report->scores->len; i++)
        {
          const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);

          if (score->questionnaire->kind != kind)
            continue;
          cairo_line_to (cr, DAY_X (score->julian), SCORE_Y (score->total));
          last_y = SCORE_Y (score->total);
          n++;
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint i = 0; i < report->scores->len; i++)
        {
          const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);
          double px, py;

          if (score->questionnaire->kind != kind)
            continue;
          px = DAY_X (score->julian);
          py = SCORE_Y (score->total);
          if (phq9)
            cairo_arc (cr, px, py, 2.0, 0, 2 * G_PI);
          else
            cairo_rectangle (cr, px - 1.8, py - 1.8, 3.6, 3.6);
          cairo_fill (cr);

          if (score->item9_flag)
            {
              cairo_save (cr);
              cairo_set_source_rgb (cr, 0.75, 0.10, 0.10);
              cairo_set_line_width (cr, 1.0);
              cairo_arc (cr, px, py, 4.5, 0, 2 * G_PI);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
        }

      /* The line's name at its end, where a legend would be looked for. */
      if (n > 0)
        draw_label (self, cr, questionnaire->name, right + 6.0, last_y + (phq9 ? -4.0 : 4.0), 0.0);
      cairo_restore (cr);
    }

#undef SCORE_Y
#undef DAY_X
}
