/* waymark-routine-heat-map.c: the routine kept, as a calendar of cells
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-routine-heat-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-chart-text.h"
#include "waymark-date.h"
#include "waymark-routine-heat-map.h"
#include "waymark-trend-chart.h"

/* Row labels to the left, column labels above; the grid is centred in
 * what is left, so hit-testing needs only the size and never a font. */
#define GUTTER_LEFT   34.0
#define PAD_RIGHT     8.0
#define TOP_ROW       20.0
#define PAD_BOTTOM    4.0
#define LABEL_GAP     6.0

/* A cell is at least MIN_CELL pixels square, or the map shows the
 * range a coarser way; no cell grows past MAX_CELL. */
#define MIN_CELL      8.0
#define MAX_CELL      28.0

/* A cell with nothing recorded is this much fainter than the track, so
 * "nothing done" and "nothing recorded" look different. */
#define EMPTY_ALPHA   0.4

/* How the days are laid out, from the finest to the coarsest: the first
 * whose cells are at least MIN_CELL wide is used. Time runs down each
 * column, then on to the next. */
typedef enum
{
  CELLS_DAYS,     /* a column a week, a row a weekday */
  CELLS_WEEKS,    /* a column a month, a row its days 1-7, 8-14 … 29-31 */
  CELLS_MONTHS,   /* a column a year, a row a month */
} CellKind;

static const guint rows_of[] = {
  [CELLS_DAYS] = 7,
  [CELLS_WEEKS] = 5,
  [CELLS_MONTHS] = 12,
};

typedef struct
{
  CellKind kind;
  guint32  first;
  guint32  last;
  guint32  origin;        /* CELLS_DAYS: the week's start on or before first */
  guint    first_year;    /* the year of first */
  guint    first_month;   /* its month, 1 to 12 */
  guint    n_columns;
  guint    n_rows;
  double   pitch;         /* from one cell to the next */
  double   gap;
  double   x;             /* the grid's top left corner */
  double   y;
} Grid;

static guint32
julian_of (guint day,
           guint month,
           guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static guint
count_columns (const Grid *grid,
               CellKind    kind)
{
  GDate last;

  waymark_chart_date_from_julian (&last, grid->last);

  switch (kind)
    {
    case CELLS_DAYS:
      return (grid->last - grid->origin) / 7 + 1;
    case CELLS_WEEKS:
      return (g_date_get_year (&last) - grid->first_year) * 12 +
             g_date_get_month (&last) - grid->first_month + 1;
    case CELLS_MONTHS:
    default:
      return g_date_get_year (&last) - grid->first_year + 1;
    }
}

static void
grid_init (Grid                        *grid,
           const WaymarkRoutineHeatMap *map,
           double                       width,
           double                       height)
{
  double available_width = MAX (0.0, width - GUTTER_LEFT - PAD_RIGHT);
  double available_height = MAX (0.0, height - TOP_ROW - PAD_BOTTOM);
  GDateWeekday week_start = g_date_valid_weekday (map->week_start) ? map->week_start : G_DATE_MONDAY;
  double pitch = 0.0;
  GDate first;

  grid->first = MAX (map->first, 1);
  grid->last = MAX (map->last, grid->first);
  waymark_chart_date_from_julian (&first, grid->first);
  grid->origin = grid->first - (g_date_get_weekday (&first) - week_start + 7) % 7;
  grid->first_year = g_date_get_year (&first);
  grid->first_month = g_date_get_month (&first);

  for (CellKind kind = CELLS_DAYS; kind <= CELLS_MONTHS; kind++)
    {
      grid->kind = kind;
      grid->n_columns = count_columns (grid, kind);
      grid->n_rows = rows_of[kind];
      pitch = MIN (available_width / grid->n_columns, available_height / grid->n_rows);

      if (pitch >= MIN_CELL)
        break;
    }

  grid->pitch = floor (MIN (pitch, MAX_CELL));
  grid->gap = grid->pitch >= 12.0 ? 2.0 : grid->pitch >= 3.0 ? 1.0 : 0.0;
  grid->x = round (GUTTER_LEFT + MAX (0.0, available_width - grid->n_columns * grid->pitch) / 2.0);
  grid->y = round (TOP_ROW + MAX (0.0, available_height - grid->n_rows * grid->pitch) / 2.0);
}

/* The year and month of a CELLS_WEEKS column. */
static void
column_month (const Grid *grid,
              guint       column,
              guint      *year,
              guint      *month)
{
  guint index = grid->first_month - 1 + column;

  *year = grid->first_year + index / 12;
  *month = index % 12 + 1;
}

/* The days a cell holds, clipped to the range; FALSE when none are in it. */
static gboolean
grid_cell_days (const Grid *grid,
                guint       column,
                guint       row,
                guint32    *from,
                guint32    *to)
{
  guint year, month, days;

  if (column >= grid->n_columns || row >= grid->n_rows)
    return FALSE;

  switch (grid->kind)
    {
    case CELLS_DAYS:
      *from = *to = grid->origin + column * 7 + row;
      break;

    case CELLS_WEEKS:
      column_month (grid, column, &year, &month);
      days = g_date_get_days_in_month (month, year);
      if (row * 7 + 1 > days)
        return FALSE;
      *from = julian_of (row * 7 + 1, month, year);
      *to = julian_of (row == grid->n_rows - 1 ? days : row * 7 + 7, month, year);
      break;

    case CELLS_MONTHS:
    default:
      year = grid->first_year + column;
      month = row + 1;
      *from = julian_of (1, month, year);
      *to = julian_of (g_date_get_days_in_month (month, year), month, year);
      break;
    }

  *from = MAX (*from, grid->first);
  *to = MIN (*to, grid->last);

  return *from <= *to;
}

/* grid_cell_days () with its days optional, and left alone when the
 * cell holds none: what the public functions promise. */
static gboolean
get_cell_days (const Grid *grid,
               guint       column,
               guint       row,
               guint32    *from,
               guint32    *to)
{
  guint32 cell_from, cell_to;

  if (!grid_cell_days (grid, column, row, &cell_from, &cell_to))
    return FALSE;

  if (from != NULL)
    *from = cell_from;
  if (to != NULL)
    *to = cell_to;

  return TRUE;
}

static gboolean
grid_cell_of (const Grid *grid,
              guint32     julian,
              guint      *column,
              guint      *row)
{
  GDate date;

  if (julian < grid->first || julian > grid->last)
    return FALSE;

  waymark_chart_date_from_julian (&date, julian);

  switch (grid->kind)
    {
    case CELLS_DAYS:
      *column = (julian - grid->origin) / 7;
      *row = (julian - grid->origin) % 7;
      break;

    case CELLS_WEEKS:
      *column = (g_date_get_year (&date) - grid->first_year) * 12 +
                g_date_get_month (&date) - grid->first_month;
      *row = MIN ((guint) (g_date_get_day (&date) - 1) / 7, grid->n_rows - 1);
      break;

    case CELLS_MONTHS:
    default:
      *column = g_date_get_year (&date) - grid->first_year;
      *row = g_date_get_month (&date) - 1;
      break;
    }

  return TRUE;
}

static void
grid_cell_area (const Grid        *grid,
                guint              column,
                guint              row,
                cairo_rectangle_t *area)
{
  area->x = grid->x + column * grid->pitch;
  area->y = grid->y + row * grid->pitch;
  area->width = MAX (0.0, grid->pitch - grid->gap);
  area->height = area->width;
}

static double
cell_radius (const Grid *grid)
{
  return MIN (4.0, grid->pitch * 0.2);
}

static void
rounded_rectangle (cairo_t                 *cr,
                   const cairo_rectangle_t *area,
                   double                   radius)
{
  double x = area->x, y = area->y, w = area->width, h = area->height;

  radius = MIN (radius, MIN (w, h) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0.0, G_PI / 2.0);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2.0, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3.0 * G_PI / 2.0);
  cairo_close_path (cr);
}

/* Shows @label in the current source (only measures it when @cr is
 * NULL), its middle at @cy; @align is 0 to put its left edge at @x, 1 its
 * right edge and 0.5 its middle. Sets @left and @right to its edges. */
static void
show_label (cairo_t     *cr,
            PangoLayout *text,
            const char  *label,
            double       x,
            double       cy,
            double       align,
            double      *left,
            double      *right)
{
  int w, h;

  pango_layout_set_text (text, label, -1);
  pango_layout_get_pixel_size (text, &w, &h);
  x -= w * align;

  if (left != NULL)
    *left = x;
  if (right != NULL)
    *right = x + w;

  if (cr != NULL)
    {
      cairo_move_to (cr, round (x), round (cy - h / 2.0));
      pango_cairo_show_layout (cr, text);
    }
}

static void
draw_row_labels (cairo_t                 *cr,
                 const Grid              *grid,
                 PangoLayout             *text,
                 const WaymarkChartStyle *style)
{
  /* Every row when there is room for each label, else every other (or
   * third) row, as a calendar's margin does. */
  guint step = 1;

  if (grid->pitch < WAYMARK_CHART_LABEL_PX + 6.0)
    step = MAX (2, (guint) ceil ((WAYMARK_CHART_LABEL_PX + 2.0) / grid->pitch));

  for (guint row = 0; row < grid->n_rows; row += step)
    {
      g_autofree char *label = NULL;
      double cy = grid->y + row * grid->pitch + (grid->pitch - grid->gap) / 2.0;

      switch (grid->kind)
        {
        case CELLS_DAYS:
          /* Translators: a weekday beside a calendar, as in "Mon"; see
           * g_date_time_format () for the codes. */
          /* xgettext:no-c-format */
          label = waymark_chart_format_julian (grid->origin + row, C_("heat map", "%a"));
          break;

        case CELLS_WEEKS:
          /* The day of the month each row begins on. */
          label = g_strdup_printf ("%u", row * 7 + 1);
          break;

        case CELLS_MONTHS:
        default:
          /* Translators: a month beside a calendar of months, as in
           * "Mar"; see g_date_time_format () for the codes. */
          /* xgettext:no-c-format */
          label = waymark_chart_format_julian (julian_of (1, row + 1, 2000), C_("heat map", "%b"));
          break;
        }

      show_label (cr, text, label, grid->x - LABEL_GAP, cy, 1.0, NULL, NULL);
    }
}

/* A month over its column: "Mar", and January as its year, so a map
 * across years says which is which without labels twice as long. */
static char *
format_month (const GDate *date,
              gboolean     first_column)
{
  if (g_date_get_month (date) == G_DATE_JANUARY && !first_column)
    return waymark_chart_format_julian (g_date_get_julian (date), "%Y");

  /* Translators: a month above a calendar, as in "Mar"; see
   * g_date_time_format () for the codes. */
  /* xgettext:no-c-format */
  return waymark_chart_format_julian (g_date_get_julian (date), C_("heat map", "%b"));
}

/* Months (or years) whose columns are labelled: every one when there is
 * room, else every second, third… counted from January (or from a year
 * divisible by the step), so the labels are evenly spaced. */
static guint
label_step (const Grid  *grid,
            PangoLayout *text)
{
  static const guint month_steps[] = { 1, 2, 3, 4, 6, 12 };
  static const guint year_steps[] = { 1, 2, 5, 10, 20, 50, 100 };
  const guint *steps = grid->kind == CELLS_WEEKS ? month_steps : year_steps;
  guint n_steps = grid->kind == CELLS_WEEKS ? G_N_ELEMENTS (month_steps) : G_N_ELEMENTS (year_steps);
  double widest = 0.0;

  if (grid->kind == CELLS_DAYS)
    return 1;

  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *label = NULL;
      GDate date;
      double right;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, month, 2000);
      label = format_month (&date, FALSE);
      show_label (NULL, text, label, 0.0, 0.0, 0.0, NULL, &right);
      widest = MAX (widest, right);
    }

  for (guint i = 0; i < n_steps; i++)
    if (steps[i] * grid->pitch >= widest + LABEL_GAP)
      return steps[i];

  return steps[n_steps - 1];
}

static void
draw_column_labels (cairo_t                 *cr,
                    const Grid              *grid,
                    double                   width,
                    PangoLayout             *text,
                    const WaymarkChartStyle *style)
{
  double cy = grid->y - TOP_ROW / 2.0;
  double previous_end = -G_MAXDOUBLE;
  guint step = label_step (grid, text);

  for (guint column = 0; column < grid->n_columns; column++)
    {
      g_autofree char *label = NULL;
      double x = grid->x + column * grid->pitch;
      double align = 0.0;
      double left, right;

      if (grid->kind == CELLS_DAYS)
        {
          guint32 week = grid->origin + column * 7;
          GDate date;

          /* The week a month begins in is labelled with the month; the
           * first week too, with the month it shows, unless that month
           * ends within two weeks and the next one's label needs the room. */
          waymark_chart_date_from_julian (&date, MIN (week + 6, grid->last));
          if (column > 0 && g_date_get_day (&date) > 7)
            continue;
          if (column > 0)
            g_date_set_day (&date, 1);
          else if (g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date)) -
                   g_date_get_day (&date) < 14 && grid->n_columns > 2)
            continue;

          label = format_month (&date, column == 0);
        }
      else if (grid->kind == CELLS_WEEKS)
        {
          guint year, month;
          GDate date;

          column_month (grid, column, &year, &month);
          if ((month - 1) % step != 0)
            continue;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 1, month, year);
          label = format_month (&date, FALSE);
        }
      else
        {
          if ((grid->first_year + column) % step != 0)
            continue;

          label = g_strdup_printf ("%u", grid->first_year + column);
          x += (grid->pitch - grid->gap) / 2.0;
          align = 0.5;
        }

      show_label (NULL, text, label, x, cy, align, &left, &right);
      if (left < previous_end + LABEL_GAP || right > width || left < 0.0)
        continue;

      show_label (cr, text, label, x, cy, align, NULL, &previous_end);
    }
}

/**
 * waymark_routine_heat_map_get_cell_color:
 * @style: the colours the map is drawn with
 * @value: the share of the routine done, 0 to 1 (clamped), or NAN for
 *   nothing recorded
 * @color: (out caller-allocates): the cell's colour
 *
 * Mixes the track colour (0) into the accent (1), premultiplied, so a
 * half-done day looks halfway between the two on any background. Nothing
 * recorded is fainter than the track.
 */
void
waymark_routine_heat_map_get_cell_color (const WaymarkChartStyle *style,
                                         double                   value,
                                         WaymarkChartColor       *color)
{
  const WaymarkChartColor *t, *a;
  double alpha;

  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  if (isnan (value))
    {
      *color = style->track;
      color->a *= EMPTY_ALPHA;
      return;
    }

  value = CLAMP (value, 0.0, 1.0);
  t = &style->track;
  a = &style->accent;
  alpha = t->a * (1.0 - value) + a->a * value;

  color->a = alpha;
  if (alpha <= 0.0)
    {
      color->r = color->g = color->b = 0.0;
      return;
    }

  color->r = (t->r * t->a * (1.0 - value) + a->r * a->a * value) / alpha;
  color->g = (t->g * t->a * (1.0 - value) + a->g * a->a * value) / alpha;
  color->b = (t->b * t->a * (1.0 - value) + a->b * a->a * value) / alpha;
}

/**
 * waymark_routine_heat_map_draw:
 * @map: what to draw
 * @cr: the cairo context; the map fills (0, 0, @width, @height) of its
 *   user space, so translate it first to draw elsewhere
 * @width: the map's width
 * @height: the map's height
 * @style: the colours and font to draw with
 *
 * Draws a cell for each day of the range, coloured from the track (none
 * of the routine) to the accent (all of it), under weekday and month
 * labels; a range too long to show a day at least MIN_CELL pixels wide
 * shows the mean of each week or month instead. Each cell costs two
 * binary searches, whatever the size of the series. Then the focused
 * day, if any, as waymark_routine_heat_map_draw_focus () does.
 */
void
waymark_routine_heat_map_draw (const WaymarkRoutineHeatMap *map,
                               cairo_t                     *cr,
                               double                       width,
                               double                       height,
                               const WaymarkChartStyle     *style)
{
  g_autoptr(PangoLayout) text = NULL;
  double radius;
  Grid grid;

  g_return_if_fail (map != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (!isfinite (width) || !isfinite (height) || width <= 0.0 || height <= 0.0)
    return;

  grid_init (&grid, map, width, height);
  if (grid.pitch < 1.0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  radius = cell_radius (&grid);

  for (guint column = 0; column < grid.n_columns; column++)
    for (guint row = 0; row < grid.n_rows; row++)
      {
        WaymarkChartColor color;
        cairo_rectangle_t area;
        guint32 from, to;
        double value = NAN;

        if (!grid_cell_days (&grid, column, row, &from, &to))
          continue;

        if (map->series != NULL)
          value = waymark_day_series_mean (map->series, WAYMARK_MEASURE_ROUTINE, from, to, NULL);

        waymark_routine_heat_map_get_cell_color (style, value, &color);
        grid_cell_area (&grid, column, row, &area);
        rounded_rectangle (cr, &area, radius);
        waymark_chart_color_set_source (cr, &color);
        cairo_fill (cr);
      }

  text = waymark_chart_create_text (cr, style, FALSE);
  waymark_chart_set_dim_source (cr, style);
  draw_row_labels (cr, &grid, text, style);
  draw_column_labels (cr, &grid, width, text, style);

  cairo_restore (cr);

  waymark_routine_heat_map_draw_focus (map, cr, width, height, style);
}

/**
 * waymark_routine_heat_map_draw_focus:
 * @map: what is drawn; nothing is drawn unless its focus is in range
 * @cr: the cairo context the map was drawn on
 * @width: the map's width
 * @height: the map's height
 * @style: the colours to draw with
 *
 * Draws only the ring round the focused day's cell, in the text colour,
 * just outside the cell, so a widget can keep the rest of the map and
 * draw just this on a hover.
 */
void
waymark_routine_heat_map_draw_focus (const WaymarkRoutineHeatMap *map,
                                     cairo_t                     *cr,
                                     double                       width,
                                     double                       height,
                                     const WaymarkChartStyle     *style)
{
  cairo_rectangle_t area;
  guint column, row;
  Grid grid;

  g_return_if_fail (map != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (!isfinite (width) || !isfinite (height) || width <= 0.0 || height <= 0.0 || map->focus == 0)
    return;

  grid_init (&grid, map, width, height);
  if (grid.pitch < 1.0 || !grid_cell_of (&grid, map->focus, &column, &row))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);

  grid_cell_area (&grid, column, row, &area);
  area.x -= 1.0;
  area.y -= 1.0;
  area.width += 2.0;
  area.height += 2.0;
  cairo_set_line_width (cr, 2.0);
  rounded_rectangle (cr, &area, cell_radius (&grid) + 1.0);
  waymark_chart_color_set_source (cr, &style->foreground);
  cairo_stroke (cr);

  cairo_restore (cr);
}

/**
 * waymark_routine_heat_map_get_cell_at:
 * @map: what is drawn
 * @width: the map's width
 * @height: the map's height
 * @x: a point, such as the pointer
 * @y: the point's y
 * @from: (out) (optional): the first day of the cell under the point
 * @to: (out) (optional): its last day; the same as @from for a day's cell
 *
 * Returns: %FALSE when no cell of the range is under the point
 */
gboolean
waymark_routine_heat_map_get_cell_at (const WaymarkRoutineHeatMap *map,
                                      double                       width,
                                      double                       height,
                                      double                       x,
                                      double                       y,
                                      guint32                     *from,
                                      guint32                     *to)
{
  double column, row;
  Grid grid;

  g_return_val_if_fail (map != NULL, FALSE);

  grid_init (&grid, map, width, height);
  if (grid.pitch < 1.0 || isnan (x) || isnan (y))
    return FALSE;

  column = floor ((x - grid.x) / grid.pitch);
  row = floor ((y - grid.y) / grid.pitch);
  if (column < 0.0 || row < 0.0 || column >= grid.n_columns || row >= grid.n_rows)
    return FALSE;

  return get_cell_days (&grid, (guint) column, (guint) row, from, to);
}

/**
 * waymark_routine_heat_map_get_cell_area:
 * @map: what is drawn
 * @width: the map's width
 * @height: the map's height
 * @julian: a day of the range
 * @area: (out) (optional): where the cell holding @julian is drawn
 * @from: (out) (optional): the first day of that cell
 * @to: (out) (optional): its last day
 *
 * Returns: %FALSE when @julian is outside the range or the map too small
 */
gboolean
waymark_routine_heat_map_get_cell_area (const WaymarkRoutineHeatMap *map,
                                        double                       width,
                                        double                       height,
                                        guint32                      julian,
                                        cairo_rectangle_t           *area,
                                        guint32                     *from,
                                        guint32                     *to)
{
  guint column, row;
  Grid grid;

  g_return_val_if_fail (map != NULL, FALSE);

  grid_init (&grid, map, width, height);
  if (grid.pitch < 1.0 || !grid_cell_of (&grid, julian, &column, &row))
    return FALSE;

  if (!get_cell_days (&grid, column, row, from, to))
    return FALSE;

  if (area != NULL)
    grid_cell_area (&grid, column, row, area);

  return TRUE;
}

/**
 * waymark_routine_heat_map_julian_at:
 * @map: what is drawn
 * @width: the map's width
 * @height: the map's height
 * @x: a point, such as the pointer
 * @y: the point's y
 *
 * Returns: the first day of the cell under the point, or 0 for none
 */
guint32
waymark_routine_heat_map_julian_at (const WaymarkRoutineHeatMap *map,
                                    double                       width,
                                    double                       height,
                                    double                       x,
                                    double                       y)
{
  guint32 from;

  if (!waymark_routine_heat_map_get_cell_at (map, width, height, x, y, &from, NULL))
    return 0;

  return from;
}

/**
 * waymark_routine_heat_map_move:
 * @map: what is drawn
 * @width: the map's width
 * @height: the map's height
 * @julian: the focused day
 * @columns: how many columns to move right (negative: left)
 * @rows: how many rows to move down (negative: up)
 *
 * Moves a keyboard focus across the cells as drawn: by weeks and days
 * when the cells are days, by months and weeks when they are weeks, by
 * years and months when they are months.
 *
 * Returns: the first day of the cell moved to, or of @julian's own cell
 *   when the move would leave the range
 */
guint32
waymark_routine_heat_map_move (const WaymarkRoutineHeatMap *map,
                               double                       width,
                               double                       height,
                               guint32                      julian,
                               int                          columns,
                               int                          rows)
{
  guint32 from, to, moved_from;
  guint column, row;
  gint64 moved_column, moved_row;
  Grid grid;

  g_return_val_if_fail (map != NULL, 0);

  grid_init (&grid, map, width, height);
  julian = CLAMP (julian, grid.first, grid.last);
  if (!grid_cell_of (&grid, julian, &column, &row) ||
      !grid_cell_days (&grid, column, row, &from, &to))
    return julian;

  moved_column = (gint64) column + columns;
  moved_row = (gint64) row + rows;
  if (moved_column >= 0 && moved_column < grid.n_columns &&
      moved_row >= 0 && moved_row < grid.n_rows &&
      grid_cell_days (&grid, moved_column, moved_row, &moved_from, &to))
    return moved_from;

  return from;
}

static char *
format_range (guint32 from,
              guint32 to)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate a, b;

  waymark_chart_date_from_julian (&a, from);
  waymark_chart_date_from_julian (&b, to);

  if (g_date_get_day (&a) == 1 && g_date_get_month (&a) == g_date_get_month (&b) &&
      g_date_get_year (&a) == g_date_get_year (&b) &&
      g_date_get_day (&b) == g_date_get_days_in_month (g_date_get_month (&b), g_date_get_year (&b)))
    /* Translators: a month, as in "March 2026"; see g_date_time_format ()
     * for the codes. */
    /* xgettext:no-c-format */
    return waymark_chart_format_julian (from, _("%B %Y"));

  /* The first day without its year when both are in the same one. */
  start = waymark_date_format_julian (from, g_date_get_year (&a) == g_date_get_year (&b) ?
                                            WAYMARK_DATE_DAY_MONTH : WAYMARK_DATE_DAY_MONTH_YEAR);
  end = waymark_date_format_julian (to, WAYMARK_DATE_DAY_MONTH_YEAR);

  /* Translators: a few days, as in "1 March to 7 March 2026". */
  return g_strdup_printf (_("%s to %s"), start, end);
}

/**
 * waymark_routine_heat_map_describe_cell:
 * @series: (nullable): the journal
 * @from: the cell's first day
 * @to: its last day
 * @today: today, or 0 (see waymark_chart_format_day ())
 *
 * Returns: (transfer full): the cell in words, for a tooltip and a
 *   screen reader: "Monday 3 March: 80% of your routine", or for a
 *   month's cell "March 2026: 80% of your routine on average"
 */
char *
waymark_routine_heat_map_describe_cell (WaymarkDaySeries *series,
                                        guint32           from,
                                        guint32           to,
                                        guint32           today)
{
  g_autofree char *days = NULL;
  double value = NAN;

  if (from >= to)
    return waymark_trend_chart_describe_day (series, WAYMARK_MEASURE_ROUTINE, from, today);

  days = format_range (from, to);
  if (series != NULL)
    value = waymark_day_series_mean (series, WAYMARK_MEASURE_ROUTINE, from, to, NULL);

  if (isnan (value))
    return g_strdup_printf (_("%s: nothing recorded"), days);

  /* Translators: a month or a few days, and the mean share of the
   * routine done each day, as in "March 2026: 80% of your routine on
   * average". */
  return g_strdup_printf (_("%s: %.0f%% of your routine on average"), days, value * 100.0);
}
