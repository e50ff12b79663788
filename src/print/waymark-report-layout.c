/* waymark-report-layout.c: the appointment report laid out on paper
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-report-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-milestone.h"
#include "waymark-report-layout-private.h"
#include "waymark-stage.h"

/* The report is a column of blocks: the header, the charts, one row a
 * day, then the questionnaires, medication, routine, goals and notes.
 * Paginating measures each block once and places it on a page; a row of
 * the day table is a fixed height and measured by nobody, so ten years
 * paginate as fast as a month. Drawing a page only draws its blocks.
 * Everything is in points, the unit of a PDF and of a print job. */

#define SPACE_SMALL  4.0
#define SPACE_LARGE 12.0
#define HEADING_SIZE 11.0

G_DEFINE_FINAL_TYPE (WaymarkReportLayout, waymark_report_layout, G_TYPE_OBJECT)

static void
clear_blocks (WaymarkReportLayout *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    g_clear_object (&g_array_index (self->blocks, Block, i).layout);
  g_array_set_size (self->blocks, 0);
  g_ptr_array_set_size (self->pages, 0);
  self->paginated = FALSE;
}

static void
waymark_report_layout_finalize (GObject *object)
{
  WaymarkReportLayout *self = WAYMARK_REPORT_LAYOUT (object);

  clear_blocks (self);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->report, waymark_report_free);
  g_clear_object (&self->cell);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (waymark_report_layout_parent_class)->finalize (object);
}

static void
waymark_report_layout_class_init (WaymarkReportLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_report_layout_finalize;
}

static void
waymark_report_layout_init (WaymarkReportLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/**
 * waymark_report_layout_new:
 * @report: (transfer full): the report's data
 * @paper_width: in points
 * @paper_height: in points
 *
 * Returns: (transfer full): the layout; nothing is measured until it is
 *   paginated, in the printout's language
 */
WaymarkReportLayout *
waymark_report_layout_new (WaymarkReport *report,
                           double         paper_width,
                           double         paper_height)
{
  WaymarkReportLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_REPORT_LAYOUT, NULL);
  self->report = report;
  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->font_map = g_object_ref (pango_cairo_font_map_get_default ());

  /* Measured in points, unhinted, as the crisis plan is: the same lines
   * break in the same places on paper and in a PDF. */
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->cell = pango_layout_new (self->context);

  return self;
}

WaymarkReport *
waymark_report_layout_get_report (WaymarkReportLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_REPORT_LAYOUT (self), NULL);

  return self->report;
}

void
waymark_report_layout_set_paper_size (WaymarkReportLayout *self,
                                      double               paper_width,
                                      double               paper_height)
{
  g_return_if_fail (WAYMARK_IS_REPORT_LAYOUT (self));

  if (self->paper_width == paper_width && self->paper_height == paper_height)
    return;

  self->paper_width = paper_width;
  self->paper_height = paper_height;
  clear_blocks (self);
}

void
waymark_report_layout_get_paper_size (WaymarkReportLayout *self,
                                      double              *paper_width,
                                      double              *paper_height)
{
  g_return_if_fail (WAYMARK_IS_REPORT_LAYOUT (self));

  *paper_width = self->paper_width;
  *paper_height = self->paper_height;
}

/* Text ----------------------------------------------------------------- */

PangoLayout *
waymark_report_text (WaymarkReportLayout *self,
                     const char          *markup,
                     double               size,
                     double               width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (REPORT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

double
waymark_report_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

/* "Mon 3 Nov", or "3 Nov 2026" with the year: the names in the report's
 * language, not the workstation's (waymark_date_time_format ()). */
char *
waymark_report_format_day (guint32  julian,
                           gboolean with_year)
{
  return waymark_date_format_julian_as (julian, with_year
                                        /* Translators: a day in the report's lists, as in "3 Nov 2026"; see
                                         * g_date_time_format () for the codes. */
                                        ? C_("report date", "%-d %b %Y")
                                        /* Translators: a day in the report's day table, as in "Mon 3 Nov"; see
                                         * g_date_time_format () for the codes. Keep it short. */
                                        : C_("report date", "%a %-d %b"));
}

/* A day's mean, as "6" or "6.5"; hours as "7.5 h". */
char *
waymark_report_format_value (double   value,
                             gboolean hours)
{
  double rounded = round (value * 2.0) / 2.0;
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("");

  number = fmod (rounded, 1.0) == 0.0 ? g_strdup_printf ("%.0f", rounded) : g_strdup_printf ("%.1f", rounded);
  if (hours)
    /* Translators: hours slept, as in "7.5 h"; keep it short. */
    return g_strdup_printf (_("%s h"), number);

  return g_steal_pointer (&number);
}

/* Blocks ----------------------------------------------------------------- */

static Block *
add_block (WaymarkReportLayout *self,
           BlockKind            kind,
           double               height)
{
  Block block = { kind, 0, height, 0.0, REPORT_INK, FALSE, FALSE, NULL };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

static void
add_space (WaymarkReportLayout *self,
           double               height)
{
  add_block (self, BLOCK_SPACE, height);
}

static Block *
add_markup (WaymarkReportLayout *self,
            const char          *markup,
            double               size,
            double               indent)
{
  PangoLayout *layout = waymark_report_text (self, markup, size, report_content_width (self) - indent);
  Block *block = add_block (self, BLOCK_TEXT, waymark_report_text_height (layout));

  block->layout = layout;
  block->indent = indent;
  return block;
}

static Block *
add_line (WaymarkReportLayout *self,
          const char          *text,
          double               indent)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return add_markup (self, markup, REPORT_BODY_SIZE, indent);
}

static void
add_heading (WaymarkReportLayout *self,
             const char          *title)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", title);
  Block *block;

  add_space (self, SPACE_LARGE);
  block = add_markup (self, markup, HEADING_SIZE, 0.0);
  block->keep_with_next = TRUE;
  block->height += SPACE_SMALL;
}

static char *
format_percent (double value)
{
  /* Translators: a share, as in "94%"; use your language's way of
   * writing a percentage (a no-break space before % in French, say). */
  return g_strdup_printf (_("%.0f%%"), value);
}

static void
add_header (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;
  g_autofree char *title = NULL;
  g_autofree char *from = waymark_date_format_julian (report->first, WAYMARK_DATE_DAY_MONTH_YEAR);
  g_autofree char *to = waymark_date_format_julian (report->last, WAYMARK_DATE_DAY_MONTH_YEAR);
  g_autofree char *made_day = g_date_time_format (report->made_at, "%Y-%m-%d");
  g_autofree char *made_date = waymark_date_format (made_day);
  g_autofree char *made_time = g_date_time_format (report->made_at, "%H:%M");
  g_autofree char *range = NULL;
  g_autofree char *made = NULL;
  g_autofree char *markup = NULL;
  guint n_days = report->last - report->first + 1;
  guint n_checkin_days = 0;

  for (guint i = 0; i < report->days->len; i++)
    if (g_array_index (report->days, WaymarkReportDay, i).n_checkins > 0)
      n_checkin_days++;

  title = waymark_report_layout_dup_title (report);
  markup = g_markup_printf_escaped ("<b>%s</b>", title);
  add_markup (self, markup, 16.0, 0.0)->height += SPACE_SMALL;

  /* Translators: the report's range: the first day, the last day, and
   * how many days that is, as in "7 November 2026 to 6 December 2026 (30 days)". */
  range = g_strdup_printf (ngettext ("%s to %s (%u day)", "%s to %s (%u days)", n_days),
                           from, to, n_days);
  g_clear_pointer (&markup, g_free);
  markup = g_markup_printf_escaped ("<b>%s</b>", range);
  add_markup (self, markup, 10.5, 0.0)->height += 2.0;

  /* Translators: under the report's range: when it was made (a date and
   * a time), and on how many of its days there was a check-in. */
  made = g_strdup_printf (ngettext ("Made on %s at %s from the person’s own journal. %u of these days has a check-in.",
                                    "Made on %s at %s from the person’s own journal. %u of these days have a check-in.",
                                    n_checkin_days),
                          made_date, made_time, n_checkin_days);
  add_line (self, made, 0.0)->gray = REPORT_SECONDARY;
}

/* Any PHQ-9 whose last item was answered above "Not at all", at the top
 * where it can't be missed. */
static void
add_item9_flags (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;
  g_autoptr(GString) markup = g_string_new (NULL);

  if (waymark_report_count_item9_flags (report) == 0)
    return;

  {
    const WaymarkQuestionnaire *phq9 = waymark_questionnaire_get (WAYMARK_QUESTIONNAIRE_PHQ9);
    /* Translators: at the top of the report when a PHQ-9's last question
     * was answered above its first answer; the question and the answer
     * are in the questionnaire's published English wording. */
    g_autofree char *intro = g_strdup_printf (_("PHQ-9 question 9, “%s”, was answered above “%s” on:"),
                                              phq9->items[phq9->n_items - 1], phq9->answers[0]);
    g_autofree char *escaped = g_markup_escape_text (intro, -1);

    g_string_append_printf (markup, "<b>%s</b>", escaped);
  }

  for (guint i = 0; i < report->scores->len; i++)
    {
      const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (!score->item9_flag)
        continue;

      day = waymark_date_format_julian (score->julian, WAYMARK_DATE_DAY_MONTH_YEAR);
      /* Translators: a PHQ-9 flagged for its question 9: the day, and the
       * answer given, in the questionnaire's published English wording. */
      line = g_strdup_printf (_("%s: “%s”"), day, score->questionnaire->answers[score->item9_answer]);
      escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (markup, "\n• %s", escaped);
    }

  add_space (self, 8.0);
  {
    Block *block = add_markup (self, markup->str, REPORT_BODY_SIZE + 0.5, 8.0);

    /* As much room on the right of the text as on its left. */
    pango_layout_set_width (block->layout, pango_units_from_double (report_content_width (self) - 16.0));
    block->height = waymark_report_text_height (block->layout);
    block->boxed = TRUE;
    block->height += 10.0;   /* 4 above the text, 4 below, 2 after the box */
  }
}

static void
add_day_table (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;
  g_autofree char *legend = NULL;
  Block *block;

  add_heading (self, _("Day by day"));

  /* Translators: the key under "Day by day"; %u is how many items the routine has. */
  legend = g_strdup_printf (ngettext ("Mood, anxiety and energy from 0 to 10; the mean when a day had more than one "
                                      "check-in. Medication: ✓ taken, ✗ missed, → the dose changed that day. Routine: "
                                      "items done of the %u in it now.",
                                      "Mood, anxiety and energy from 0 to 10; the mean when a day had more than one "
                                      "check-in. Medication: ✓ taken, ✗ missed, → the dose changed that day. Routine: "
                                      "items done of the %u in it now.",
                                      report->n_routine_items),
                            report->n_routine_items);
  block = add_line (self, legend, 0.0);
  block->gray = REPORT_SECONDARY;
  block->keep_with_next = TRUE;
  block->height += SPACE_SMALL;

  waymark_report_layout_columns (self);
  add_block (self, BLOCK_TABLE_HEAD, REPORT_ROW_HEIGHT + 3.0)->keep_with_next = TRUE;

  for (guint i = 0; i < report->days->len; i++)
    add_block (self, BLOCK_ROW, REPORT_ROW_HEIGHT)->index = i;
}

/* The published bands, read from the scoring itself: "0–4 Minimal". */
static char *
describe_bands (const WaymarkQuestionnaire *questionnaire)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int max = questionnaire->n_items * WAYMARK_QUESTIONNAIRE_MAX_ANSWER;
  int from = 0;

  for (int total = 1; total <= max + 1; total++)
    {
      if (total <= max &&
          g_strcmp0 (waymark_questionnaire_band (questionnaire, total), waymark_questionnaire_band (questionnaire, from)) == 0)
        continue;

      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a band of scores, as in "5–9 Mild". */
      g_string_append_printf (text, _("%d–%d %s"), from, total - 1, waymark_questionnaire_band (questionnaire, from));
      from = total;
    }

  /* Translators: the published bands of a questionnaire: "PHQ-9: 0–4 Minimal, 5–9 Mild, …" */
  return g_strdup_printf (_("%s: %s"), questionnaire->name, text->str);
}

static void
add_questionnaires (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;
  Block *block;

  add_heading (self, _("PHQ-9 and GAD-7"));

  if (report->scores->len == 0)
    {
      add_line (self, _("No PHQ-9 or GAD-7 was filled in over these days."), 0.0);
      return;
    }

  block = add_block (self, BLOCK_SCORE_CHART, REPORT_CHART_HEIGHT + 18.0);
  block->height += SPACE_SMALL;

  for (guint i = 0; i < report->scores->len; i++)
    {
      const WaymarkReportScore *score = &g_array_index (report->scores, WaymarkReportScore, i);
      g_autofree char *day = waymark_report_format_day (score->julian, TRUE);
      g_autofree char *markup = NULL;
      const char *band = waymark_questionnaire_band (score->questionnaire, score->total);

      /* Translators: one questionnaire in the report: the day, its name, the score and its published band. */
      markup = g_markup_printf_escaped (_("%s   <b>%s %d</b>   %s"), day, score->questionnaire->name, score->total,
                                        band ? band : "");
      if (score->item9_flag)
        {
          g_autofree char *flag = g_markup_printf_escaped (_("   <b>Question 9: “%s”</b>"),
                                                           score->questionnaire->answers[score->item9_answer]);
          char *joined = g_strconcat (markup, flag, NULL);

          g_free (markup);
          markup = joined;
        }
      add_markup (self, markup, REPORT_BODY_SIZE, 0.0);
    }

  for (guint kind = WAYMARK_QUESTIONNAIRE_PHQ9; kind <= WAYMARK_QUESTIONNAIRE_GAD7; kind++)
    {
      g_autofree char *bands = describe_bands (waymark_questionnaire_get (kind));

      if (kind == WAYMARK_QUESTIONNAIRE_PHQ9)
        add_space (self, SPACE_SMALL);
      block = add_line (self, bands, 0.0);
      block->gray = REPORT_SECONDARY;
    }
}

static void
add_medication (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;
  guint taken, recorded, done, possible;
  double adherence = waymark_report_adherence (report, &taken, &recorded);
  double routine = waymark_report_routine_completion (report, &done, &possible);

  add_heading (self, _("Medication and routine"));

  if (report->medications->len == 0)
    add_line (self, _("No medication is in the plan for these days."), 0.0);
  else if (isnan (adherence))
    add_line (self, _("No check-in over these days said whether medication was taken."), 0.0);
  else
    {
      g_autofree char *percent = format_percent (adherence);
      g_autofree char *line = NULL;
      g_autofree char *markup = NULL;

      /* Translators: adherence: the share, then how many days a
       * medication was ticked as taken of the days it was ticked at all. */
      line = g_strdup_printf (ngettext ("Medication taken: %s (%u of %u dose recorded in check-ins)",
                                        "Medication taken: %s (%u of %u doses recorded in check-ins)",
                                        recorded),
                              percent, taken, recorded);
      markup = g_markup_printf_escaped ("<b>%s</b>", line);
      add_markup (self, markup, REPORT_BODY_SIZE, 0.0);
    }

  for (guint i = 0; i < report->medications->len; i++)
    {
      const WaymarkReportMedication *medication = report->medications->pdata[i];
      g_autofree char *name = *medication->dose ? g_strdup_printf ("%s %s", medication->name, medication->dose)
                                                : g_strdup (medication->name);
      g_autofree char *line = NULL;

      if (medication->n_recorded > 0)
        {
          g_autofree char *percent = format_percent (100.0 * medication->n_taken / medication->n_recorded);

          /* Translators: a medication (with its dose), the share of
           * recorded days it was taken, and the days. */
          line = g_strdup_printf (ngettext ("%s: taken %s, on %u of %u day recorded",
                                            "%s: taken %s, on %u of %u days recorded",
                                            medication->n_recorded),
                                  name, percent, medication->n_taken, medication->n_recorded);
        }
      else
        /* Translators: a medication (with its dose) no check-in ticked. */
        line = g_strdup_printf (_("%s: not recorded in check-ins"), name);
      add_line (self, line, 10.0);
    }

  for (guint i = 0; i < report->dose_changes->len; i++)
    {
      const WaymarkReportDoseChange *change = report->dose_changes->pdata[i];
      g_autofree char *day = waymark_report_format_day (change->julian, TRUE);
      g_autofree char *line = NULL;

      if (*change->previous_dose != '\0')
        /* Translators: a change of dose: the day, the medication, the dose before and after. */
        line = g_strdup_printf (_("%s: %s changed from %s to %s"), day, change->medication,
                                change->previous_dose, change->dose);
      else
        /* Translators: a medication started: the day, the medication, its dose. */
        line = g_strdup_printf (_("%s: %s started at %s"), day, change->medication, change->dose);

      if (*change->note != '\0')
        {
          char *with_note = g_strdup_printf ("%s — %s", line, change->note);

          g_free (line);
          line = with_note;
        }
      add_line (self, line, 10.0);
    }

  add_space (self, SPACE_SMALL);
  if (report->n_routine_items == 0)
    add_line (self, _("The plan has no daily routine."), 0.0);
  else if (isnan (routine))
    add_line (self, _("Nothing was recorded over these days."), 0.0);
  else
    {
      g_autofree char *percent = format_percent (routine);
      g_autofree char *line = NULL;
      g_autofree char *markup = NULL;

      /* Translators: routine completion: the share, then the items done
       * of all that could have been, on the days with anything recorded. */
      line = g_strdup_printf (ngettext ("Routine done: %s (%u of %u item over the days recorded)",
                                        "Routine done: %s (%u of %u items over the days recorded)",
                                        possible),
                              percent, done, possible);
      markup = g_markup_printf_escaped ("<b>%s</b>", line);
      add_markup (self, markup, REPORT_BODY_SIZE, 0.0);
    }
}

static const char *
choice_label (const char * const *values,
              const char * const *labels,
              const char         *value)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_equal (values[i], value))
      return _(labels[i]);

  return value;
}

static void
add_goals (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;

  add_heading (self, _("Goals and the journey"));

  if (report->goals->len == 0)
    add_line (self, _("No goals were open over these days."), 0.0);

  for (guint i = 0; i < report->goals->len; i++)
    {
      const WaymarkReportGoal *goal = report->goals->pdata[i];
      g_autofree char *progress = NULL;
      g_autofree char *markup = NULL;
      g_autofree char *rest = NULL;
      g_autofree char *notes = NULL;

      if (goal->progress_before >= 0 && goal->progress_before != goal->progress)
        /* Translators: a goal's progress now and at the start of the report's range. */
        progress = g_strdup_printf (_("%d%% done, up from %d%%"), goal->progress, goal->progress_before);
      else
        /* Translators: a goal's progress now. */
        progress = g_strdup_printf (_("%d%% done"), goal->progress);

      if (goal->n_notes > 0)
        /* Translators: how many notes on a goal's progress were written in the range. */
        notes = g_strdup_printf (ngettext (", %u progress note", ", %u progress notes",
                                              goal->n_notes), goal->n_notes);

      /* Translators: a goal's dimension, its status, its progress, and any notes. */
      rest = g_strdup_printf (_("%s · %s · %s%s"),
                              choice_label (waymark_goal_dimensions, waymark_goal_dimension_labels, goal->dimension),
                              choice_label (waymark_goal_statuses, waymark_goal_status_labels, goal->status),
                              progress, notes ? notes : "");
      markup = g_markup_printf_escaped ("<b>%s</b>  <span foreground=\"#5e5e5e\">%s</span>", goal->title, rest);
      add_markup (self, markup, REPORT_BODY_SIZE, 0.0);
    }

  add_space (self, SPACE_SMALL);
  if (report->events->len == 0)
    add_line (self, _("No stage of recovery or milestone was recorded over these days."), 0.0);

  for (guint i = 0; i < report->events->len; i++)
    {
      const WaymarkReportEvent *event = report->events->pdata[i];
      g_autofree char *day = waymark_report_format_day (event->julian, TRUE);
      g_autofree char *line = NULL;

      if (event->kind == WAYMARK_REPORT_EVENT_STAGE)
        {
          const WaymarkStageInfo *stage = waymark_stage_find (event->text);

          /* Translators: a change of the stage of recovery: the day, the stage. */
          line = g_strdup_printf (_("%s: stage of recovery now “%s”"), day, stage ? _(stage->name) : event->text);
        }
      else
        /* Translators: a milestone on the timeline: the day, its title. */
        line = g_strdup_printf (_("%s: %s"), day, event->text);
      add_line (self, line, 10.0);
    }
}

static void
add_notes (WaymarkReportLayout *self)
{
  WaymarkReport *report = self->report;

  if (!(report->flags & WAYMARK_REPORT_SHARED_NOTES))
    return;

  add_heading (self, _("Notes shared with the care team"));

  if (report->notes->len == 0)
    add_line (self, _("No note over these days was marked for the care team."), 0.0);

  for (guint i = 0; i < report->notes->len; i++)
    {
      const WaymarkReportNote *note = report->notes->pdata[i];
      g_autofree char *day = waymark_report_format_day (note->julian, TRUE);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  %s", day, note->text);

      add_markup (self, markup, REPORT_BODY_SIZE, 0.0)->height += 2.0;
    }
}

static void
build_blocks (WaymarkReportLayout *self)
{
  clear_blocks (self);

  add_header (self);
  add_item9_flags (self);

  add_heading (self, _("Mood, anxiety, energy and sleep"));
  add_block (self, BLOCK_CHARTS, waymark_report_charts_height (self));

  add_day_table (self);
  add_questionnaires (self);
  add_medication (self);
  add_goals (self);
  add_notes (self);
}

/* Pages ------------------------------------------------------------------ */

static void
place (GArray *page,
       guint   block,
       double  y)
{
  Placed placed = { block, y };

  g_array_append_val (page, placed);
}

/**
 * waymark_report_layout_paginate:
 *
 * Lays the report out on pages, in the current language.
 *
 * Returns: the number of pages, at least one
 */
guint
waymark_report_layout_paginate (WaymarkReportLayout *self)
{
  double top = REPORT_MARGIN;
  double bottom = self->paper_height - REPORT_MARGIN - REPORT_FOOTER;
  guint table_head = G_MAXUINT;
  GArray *page;
  double y = top;

  g_return_val_if_fail (WAYMARK_IS_REPORT_LAYOUT (self), 1);

  build_blocks (self);

  page = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_ptr_array_add (self->pages, page);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      double need = block->height;

      if (block->kind == BLOCK_TABLE_HEAD)
        table_head = i;

      /* Space is only kept between blocks, never at a page's top. */
      if (block->kind == BLOCK_SPACE)
        {
          if (y > top)
            y += block->height;
          continue;
        }

      /* A heading stays with what it heads. */
      for (guint j = i; j + 1 < self->blocks->len && g_array_index (self->blocks, Block, j).keep_with_next; j++)
        need += g_array_index (self->blocks, Block, j + 1).height;

      if (y + need > bottom && y > top)
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placed));
          g_ptr_array_add (self->pages, page);
          y = top;

          /* The day table goes on with its column names. */
          if (block->kind == BLOCK_ROW && table_head != G_MAXUINT)
            {
              place (page, table_head, y);
              y += g_array_index (self->blocks, Block, table_head).height;
            }
        }

      place (page, i, y);
      y += block->height;
    }

  self->paginated = TRUE;
  return self->pages->len;
}

static void
draw_block (WaymarkReportLayout *self,
            cairo_t             *cr,
            const Block         *block,
            double               y)
{
  double x = REPORT_MARGIN;

  switch (block->kind)
    {
    case BLOCK_TEXT:
      if (block->boxed)
        {
          cairo_rectangle (cr, x, y, report_content_width (self), block->height - 2.0);
          cairo_set_source_rgb (cr, 0.96, 0.93, 0.86);
          cairo_fill_preserve (cr);
          cairo_set_source_rgb (cr, 0.55, 0.42, 0.10);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
          y += 4.0;
        }
      cairo_set_source_rgb (cr, block->gray, block->gray, block->gray);
      cairo_move_to (cr, x + block->indent, y);
      pango_cairo_show_layout (cr, block->layout);
      break;

    case BLOCK_CHARTS:
      waymark_report_draw_charts (self, cr, x, y);
      break;

    case BLOCK_TABLE_HEAD:
      waymark_report_draw_table_head (self, cr, x, y);
      break;

    case BLOCK_ROW:
      waymark_report_draw_row (self, cr, block->index, x, y);
      break;

    case BLOCK_SCORE_CHART:
      waymark_report_draw_score_chart (self, cr, x, y, MIN (report_content_width (self), 360.0), REPORT_CHART_HEIGHT + 14.0);
      break;

    case BLOCK_SPACE:
    default:
      break;
    }
}

static void
draw_footer (WaymarkReportLayout *self,
             cairo_t             *cr,
             guint                page)
{
  WaymarkReport *report = self->report;
  g_autofree char *from = waymark_report_format_day (report->first, TRUE);
  g_autofree char *to = waymark_report_format_day (report->last, TRUE);
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autofree char *left_markup = NULL;
  g_autofree char *right_markup = NULL;
  g_autoptr(PangoLayout) left_layout = NULL;
  g_autoptr(PangoLayout) right_layout = NULL;
  double y = self->paper_height - REPORT_MARGIN - 8.0;
  int width;

  /* Translators: the footer of every page of the report: whose it is and its range. */
  left = g_strdup_printf (_("%s · Appointment report · %s – %s"),
                          *report->person_name ? report->person_name : _("Waymark"), from, to);
  /* Translators: the page number in the report's footer. */
  right = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left_markup = g_markup_escape_text (left, -1);
  right_markup = g_markup_escape_text (right, -1);
  left_layout = waymark_report_text (self, left_markup, 7.5, 0);
  right_layout = waymark_report_text (self, right_markup, 7.5, 0);

  cairo_set_source_rgb (cr, REPORT_RULE, REPORT_RULE, REPORT_RULE);
  cairo_rectangle (cr, REPORT_MARGIN, y - 3.0, report_content_width (self), 0.5);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, REPORT_SECONDARY, REPORT_SECONDARY, REPORT_SECONDARY);
  cairo_move_to (cr, REPORT_MARGIN, y);
  pango_cairo_show_layout (cr, left_layout);
  pango_layout_get_size (right_layout, &width, NULL);
  cairo_move_to (cr, self->paper_width - REPORT_MARGIN - pango_units_to_double (width), y);
  pango_cairo_show_layout (cr, right_layout);
}

/**
 * waymark_report_layout_draw_page:
 * @page: from 0; paginated first if it wasn't
 *
 * Draws one page, in the current language, on @cr in points.
 */
void
waymark_report_layout_draw_page (WaymarkReportLayout *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  GArray *placed;

  g_return_if_fail (WAYMARK_IS_REPORT_LAYOUT (self));

  if (!self->paginated)
    waymark_report_layout_paginate (self);
  if (page >= self->pages->len)
    return;

  placed = self->pages->pdata[page];

  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *at = &g_array_index (placed, Placed, i);

      cairo_save (cr);
      draw_block (self, cr, &g_array_index (self->blocks, Block, at->block), at->y);
      cairo_restore (cr);
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * waymark_report_layout_dup_title:
 *
 * Returns: (transfer full): "Appointment report — Sam Sample", in the
 *   current language; the PDF's title and the print job's name
 */
char *
waymark_report_layout_dup_title (WaymarkReport *report)
{
  if (*report->person_name != '\0')
    /* Translators: the report's title, with the person's name. */
    return g_strdup_printf (_("Appointment report — %s"), report->person_name);

  return g_strdup (_("Appointment report"));
}
