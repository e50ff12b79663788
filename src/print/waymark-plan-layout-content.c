/* waymark-plan-layout-content.c: the recovery plan's sections as units
 * of rows to flow over pages, filled in or blank
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-plan-layout-private.h"

/* Space above each kind of row, in points. */
#define SPACE_SECTION   20.0
#define SPACE_GROUP     10.0
#define SPACE_ITEM       7.0
#define SPACE_DETAIL     1.5
#define SPACE_RULE       3.0

typedef struct
{
  WaymarkPlanLayout *self;
  GPtrArray         *units;
  double             width;
} Builder;

static Row *
add_text (Builder     *builder,
          Unit        *unit,
          const char  *markup,
          double       size,
          double       indent,
          double       space_before)
{
  PangoLayout *layout = waymark_plan_markup (builder->self, markup, size, builder->width - indent);

  pango_layout_set_spacing (layout, pango_units_from_double (1.0));
  return waymark_plan_add_row (unit, ROW_TEXT, layout, indent, space_before);
}

static char *
span (double      size,
      gboolean    bold,
      const char *color,
      const char *text)
{
  return waymark_print_span (size, bold, color, text);
}

/* "Label: value", the label in gray. */
static char *
labelled (const char *label,
          const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  if (label == NULL)
    return g_steal_pointer (&escaped);

  {
    /* Translators: a label and its value on the printed plan, as in
     * "Time frame: Short term"; the label is printed in gray. */
    g_autofree char *with_colon = g_strdup_printf (_("%s:"), _(label));
    g_autofree char *gray = span (PLAN_DETAIL_SIZE, FALSE, SECONDARY, with_colon);

    return g_strconcat (gray, " ", escaped, NULL);
  }
}

static char *
detail_text (const WaymarkPlanPrintDetail *detail)
{
  g_autofree char *date = detail->date ? waymark_date_format (detail->date) : NULL;
  const char *value = detail->choice ? _(detail->choice) : detail->text;

  if (detail->choice != NULL && *detail->text != '\0')
    {
      g_autofree char *both = g_strdup_printf ("%s \xc2\xb7 %s", _(detail->choice), detail->text);

      return labelled (detail->label, both);
    }

  if (date != NULL && *value != '\0')
    {
      /* Translators: a dated line on the printed plan, as in "3 March 2026 – 50 mg". */
      g_autofree char *both = g_strdup_printf (_("%s – %s"), date, value);

      return labelled (detail->label, both);
    }

  return labelled (detail->label, date ? date : value);
}

static void
add_heading (Builder                       *builder,
             const WaymarkPlanPrintSection *section)
{
  Unit *unit = waymark_plan_unit_new (builder->units);
  PangoLayout *layout = waymark_plan_text (builder->self, _(section->title), PLAN_HEADING_SIZE,
                                           PANGO_WEIGHT_BOLD, builder->width);

  unit->keep_with_next = TRUE;
  waymark_plan_add_row (unit, ROW_TEXT, layout, 0, SPACE_SECTION);
  waymark_plan_add_row (unit, ROW_RULE, NULL, 0, SPACE_RULE);

  if (builder->self->print->blank)
    {
      g_autofree char *guidance = span (PLAN_DETAIL_SIZE, FALSE, SECONDARY, _(section->guidance));

      add_text (builder, unit, guidance, PLAN_DETAIL_SIZE, 0, 5.0);
    }
}

static void
add_item (Builder                    *builder,
          const WaymarkPlanPrintItem *item,
          gboolean                    plain)
{
  Unit *unit = waymark_plan_unit_new (builder->units);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *title = NULL;
  Row *row;

  /* A list of things (a routine, a toolbox) reads as a list; anything
   * with details under it has its title in bold. */
  if (*item->title != '\0')
    {
      title = span (PLAN_BODY_SIZE, !plain, NULL, item->title);
      g_string_append (markup, title);
    }

  for (guint i = 0; i < item->details->len; i++)
    {
      const WaymarkPlanPrintDetail *detail = item->details->pdata[i];
      g_autofree char *line = detail_text (detail);

      /* A review's first detail is its date: the title. */
      if (markup->len == 0)
        {
          g_autofree char *bold = g_strdup_printf ("<b>%s</b>", line);

          g_string_append (markup, bold);
          continue;
        }

      if (detail->run_on && i > 0)
        {
          g_autofree char *dot = span (PLAN_DETAIL_SIZE, FALSE, SECONDARY, " \xc2\xb7 ");

          g_string_append (markup, dot);
        }
      else
        g_string_append_c (markup, '\n');
      g_string_append (markup, line);
    }

  row = add_text (builder, unit, markup->str, PLAN_BODY_SIZE, PLAN_INDENT, SPACE_ITEM);
  row->marker = waymark_plan_text (builder->self, "•", PLAN_BODY_SIZE, PANGO_WEIGHT_BOLD, -1);

  if (item->phone != NULL && *item->phone != '\0')
    {
      g_autofree char *isolated = waymark_print_isolate_ltr (item->phone);
      g_autofree char *phone = span (PLAN_PHONE_SIZE, TRUE, NULL, isolated);

      add_text (builder, unit, phone, PLAN_PHONE_SIZE, PLAN_INDENT, SPACE_DETAIL);
    }

  if (item->progress >= 0)
    {
      g_autofree char *percent = g_strdup_printf (_("%d %% done"), (int) (item->progress * 100 + 0.5));
      PangoLayout *label = waymark_plan_text (builder->self, percent, PLAN_SMALL_SIZE, PANGO_WEIGHT_NORMAL, -1);

      row = waymark_plan_add_row (unit, ROW_BAR, label, PLAN_INDENT, 3.0);
      row->fraction = item->progress;
    }

  if (item->history->len > 0)
    {
      g_autoptr(GString) doses = g_string_new (NULL);
      g_autofree char *heading = span (PLAN_DETAIL_SIZE, TRUE, SECONDARY, _("Dose History"));

      g_string_append (doses, heading);
      for (guint i = 0; i < item->history->len; i++)
        {
          g_autofree char *line = detail_text (item->history->pdata[i]);

          g_string_append_printf (doses, "\n%s", line);
        }

      add_text (builder, unit, doses->str, PLAN_DETAIL_SIZE, PLAN_INDENT + 10, 3.0);
    }
}

/* A goal's dimension, over its goals. */
static void
add_group (Builder    *builder,
           const char *group)
{
  Unit *unit = waymark_plan_unit_new (builder->units);
  PangoLayout *layout = waymark_plan_text (builder->self, _(group), PLAN_GROUP_SIZE, PANGO_WEIGHT_BOLD,
                                           builder->width);

  unit->keep_with_next = TRUE;
  waymark_plan_add_row (unit, ROW_TEXT, layout, 0, SPACE_GROUP)->gray = 0.25;
}

static void
add_writing_lines (Builder    *builder,
                   Unit       *unit,
                   const char *label,
                   guint       n_lines,
                   double      indent)
{
  for (guint i = 0; i < n_lines; i++)
    {
      PangoLayout *layout = NULL;

      if (i == 0 && label != NULL)
        layout = waymark_plan_text (builder->self, label, PLAN_DETAIL_SIZE, PANGO_WEIGHT_NORMAL, -1);
      waymark_plan_add_row (unit, ROW_WRITING, layout, indent, 0);
    }
}

/* What a blank section holds: lines to write on, with the labels of
 * the fields the Plan page asks for. */
static void
add_blank_section (Builder                       *builder,
                   const WaymarkPlanPrintSection *section)
{
  const char *key = section->key;

  if (g_str_equal (key, "goals"))
    {
      for (guint d = 0; waymark_goal_dimension_labels[d] != NULL; d++)
        {
          Unit *unit;

          add_group (builder, waymark_goal_dimension_labels[d]);
          unit = waymark_plan_unit_new (builder->units);
          add_writing_lines (builder, unit, _("Goal"), 1, 0);
          add_writing_lines (builder, unit, _("What success looks like"), 1, 0);
          add_writing_lines (builder, unit, _("Target date"), 1, 0);
        }
      return;
    }

  for (guint i = 0; i < section->blank_lines; i++)
    {
      Unit *unit = waymark_plan_unit_new (builder->units);

      if (g_str_equal (key, "care-team"))
        {
          add_writing_lines (builder, unit, _("Name"), 1, 0);
          add_writing_lines (builder, unit, _("Phone"), 1, 0);
          i++;
        }
      else if (g_str_equal (key, "triggers"))
        {
          add_writing_lines (builder, unit, _("Trigger"), 1, 0);
          add_writing_lines (builder, unit, _("What I will do if it happens"), 1, 0);
          i++;
        }
      else if (g_str_equal (key, "warning-signs") || g_str_equal (key, "breakdown-signs"))
        {
          add_writing_lines (builder, unit, g_str_equal (key, "warning-signs") ? _("Early warning sign") : _("Sign"),
                             1, 0);
          add_writing_lines (builder, unit, _("My action plan"), 1, 0);
          i++;
        }
      else if (g_str_equal (key, "treatments"))
        {
          add_writing_lines (builder, unit, _("Name"), 1, 0);
          add_writing_lines (builder, unit, _("Dose"), 1, 0);
          i++;
        }
      else if (g_str_equal (key, "reviews"))
        {
          add_writing_lines (builder, unit, _("Date of the review"), 1, 0);
          add_writing_lines (builder, unit, _("What changed"), 1, 0);
          i++;
        }
      else
        add_writing_lines (builder, unit, NULL, 1, 0);
    }
}

static void
add_section (Builder                       *builder,
             const WaymarkPlanPrintSection *section)
{
  gboolean plain = g_str_equal (section->key, "routine") || g_str_equal (section->key, "toolbox");
  const char *group = NULL;

  add_heading (builder, section);

  if (builder->self->print->blank)
    {
      add_blank_section (builder, section);
      return;
    }

  if (section->items->len == 0)
    {
      Unit *unit = waymark_plan_unit_new (builder->units);
      g_autofree char *none = span (PLAN_DETAIL_SIZE, FALSE, SECONDARY, _("Nothing written here yet."));

      add_text (builder, unit, none, PLAN_DETAIL_SIZE, 0, SPACE_ITEM);
      return;
    }

  for (guint i = 0; i < section->items->len; i++)
    {
      const WaymarkPlanPrintItem *item = section->items->pdata[i];

      if (item->group != NULL && g_strcmp0 (item->group, group) != 0)
        {
          add_group (builder, item->group);
          group = item->group;
        }

      add_item (builder, item, plain);
    }
}

/* The title, and who the plan is for. */
static void
add_front (Builder *builder)
{
  WaymarkPlanPrint *print = builder->self->print;
  Unit *unit = waymark_plan_unit_new (builder->units);
  PangoLayout *title = waymark_plan_text (builder->self, _("My Recovery Plan"), PLAN_TITLE_SIZE,
                                          PANGO_WEIGHT_BOLD, builder->width);

  waymark_plan_add_row (unit, ROW_TEXT, title, 0, 0);

  if (print->blank)
    {
      add_writing_lines (builder, unit, _("Name"), 1, 0);
      add_writing_lines (builder, unit, _("Pronouns"), 1, 0);
      add_writing_lines (builder, unit, _("What recovery means to me"), 2, 0);
      return;
    }

  if (*print->person_name != '\0')
    {
      g_autofree char *name = span (PLAN_GROUP_SIZE + 2, TRUE, NULL, print->person_name);

      add_text (builder, unit, name, PLAN_BODY_SIZE, 0, 4.0);
    }

  {
    g_autoptr(GString) about = g_string_new (NULL);
    struct { const char *label; const char *value; } lines[] = {
      { N_("Pronouns"), print->pronouns },
      { N_("Date of birth"), print->date_of_birth },
      { N_("Diagnosis"), print->diagnosis },
      { N_("What recovery means to me"), print->recovery_meaning },
    };

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        g_autofree char *line = NULL;
        g_autofree char *date = NULL;
        const char *value = lines[i].value;

        if (value == NULL || *value == '\0')
          continue;
        if (i == 1 && waymark_date_is_valid (value))
          value = date = waymark_date_format (value);

        line = labelled (lines[i].label, value);
        g_string_append_printf (about, "%s%s", about->len ? "\n" : "", line);
      }

    if (about->len > 0)
      add_text (builder, unit, about->str, PLAN_BODY_SIZE, 0, 6.0);
  }
}

/* "Reviewed with ______ on ______", for a clinician and the person to
 * fill in, and a line for their signatures. */
static void
add_reviewed_line (Builder *builder)
{
  Unit *unit = waymark_plan_unit_new (builder->units);
  PangoLayout *layout;
  Row *row;

  /* Translators: the start of the line a clinician and the person fill
   * in by hand: "Reviewed with ______ on ______ (date)". */
  layout = waymark_plan_text (builder->self, _("Reviewed with"), PLAN_BODY_SIZE, PANGO_WEIGHT_NORMAL, -1);
  row = waymark_plan_add_row (unit, ROW_WRITING, layout, 0, SPACE_SECTION + 8);
  /* Translators: the second part of "Reviewed with ______ on ______":
   * the date of the review follows. */
  row->second = waymark_plan_text (builder->self, C_("reviewed on a date", "on"), PLAN_BODY_SIZE,
                                   PANGO_WEIGHT_NORMAL, -1);

  layout = waymark_plan_text (builder->self, _("Signatures"), PLAN_BODY_SIZE, PANGO_WEIGHT_NORMAL, -1);
  waymark_plan_add_row (unit, ROW_WRITING, layout, 0, 6.0);
}

GPtrArray *
waymark_plan_build_units (WaymarkPlanLayout *self,
                          double             width)
{
  Builder builder = { self, waymark_plan_units_new (), width };

  add_front (&builder);

  for (guint i = 0; i < self->print->sections->len; i++)
    add_section (&builder, self->print->sections->pdata[i]);

  if (self->print->reviewed_line)
    add_reviewed_line (&builder);

  return builder.units;
}
