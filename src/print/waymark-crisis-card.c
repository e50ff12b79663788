/* waymark-crisis-card.c: the crisis plan as a wallet card: what fits on four small panels
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-layout-private.h"

/* The wallet card: its body text starts at this size and shrinks in
 * these steps, never below WAYMARK_CRISIS_CARD_MIN_FONT_SIZE. */
#define CARD_BODY_SIZE 10.0
#define CARD_SIZE_STEP 0.25
#define CARD_PADDING   9.0
#define CARD_ROW_GAP  30.0
#define CARD_LEGEND_SIZE 7.5

static char *
describe_item (const WaymarkCrisisSection *section,
               const WaymarkCrisisItem    *item)
{
  g_autofree char *what = NULL;

  if (*item->phone != '\0')
    what = g_strdup_printf ("%s (%s)", item->text, item->phone);
  else
    what = g_strdup (item->text);

  /* Translators: something left off the wallet card: a section's title,
   * then what was in it, as in "Things I Can Do on My Own: Go for a walk". */
  return g_strdup_printf (_("%s: %s"), _(section->info->title), what);
}

static void
leave_off (WaymarkCrisisLayout *self,
           const Block         *block)
{
  if (block->kind == BLOCK_ITEM || block->kind == BLOCK_PERSON)
    g_ptr_array_add (self->left_off, describe_item (block->section, block->item));
  else if (block->kind == BLOCK_NAME)
    /* Translators: the person's name, left off the wallet card. */
    g_ptr_array_add (self->left_off, g_strdup_printf (_("Name: %s"), block->text));
}

static gboolean
is_item (const Block *block)
{
  return block->kind == BLOCK_ITEM || block->kind == BLOCK_PERSON;
}

/* The height of the blocks marked in @keep, with the headings of
 * those that are kept. */
static double
kept_height (GArray         *blocks,
             const gboolean *keep)
{
  double height = 0;
  gboolean first = TRUE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);
      gboolean counted = keep[i];

      if (block->kind == BLOCK_HEADING)
        for (guint j = i + 1; j < blocks->len && is_item (&g_array_index (blocks, Block, j)); j++)
          counted |= keep[j];

      if (!counted)
        continue;

      height += (first ? 0 : block->space_before) + block->height;
      first = FALSE;
    }

  return height;
}

/* Where text may go on a panel: inside its padding. */
static cairo_rectangle_t
panel_inner (const cairo_rectangle_t *panel)
{
  cairo_rectangle_t inner = {
    panel->x + CARD_PADDING, panel->y + CARD_PADDING,
    panel->width - 2 * CARD_PADDING, panel->height - 2 * CARD_PADDING
  };

  return inner;
}

/* Everything in @blocks at the largest size that fits, down to the
 * smallest readable one. When even that is too much, the first things
 * of each section take turns (so the crisis line is not pushed off by
 * the twentieth friend), the first that doesn't fit whole is shortened
 * to end in "…", a last line counts the rest, and all of it is told in
 * left_off. */
static void
fit_panel (WaymarkCrisisLayout     *self,
           GPtrArray               *page,
           const cairo_rectangle_t *panel,
           GArray                  *blocks)
{
  cairo_rectangle_t inner = panel_inner (panel);
  const double min_size = WAYMARK_CRISIS_CARD_MIN_FONT_SIZE;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GPtrArray) queues = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree gboolean *keep = g_new0 (gboolean, blocks->len);
  g_autofree gboolean *closed = NULL;
  Block more = { .kind = BLOCK_MORE, .text = "…" };
  guint n_items = 0;
  guint n_shown = 0;
  gboolean open = TRUE;
  double room;

  for (double size = CARD_BODY_SIZE; size >= min_size; size -= CARD_SIZE_STEP)
    if (waymark_crisis_measure_blocks (self, blocks, size, inner.width) <= inner.height)
      {
        waymark_crisis_put_blocks (self, page, panel, &inner, blocks);
        return;
      }

  /* The front's own lines (whose card, the emergency number) stay. */
  for (guint i = 0; i < blocks->len; i++)
    {
      BlockKind kind = g_array_index (blocks, Block, i).kind;

      keep[i] = kind == BLOCK_CAPTION || kind == BLOCK_NAME || kind == BLOCK_EMERGENCY;
    }

  /* At the smallest size it still does not fit: keep room for a last
   * line saying how many more there are. */
  waymark_crisis_measure_blocks (self, blocks, min_size, inner.width);
  waymark_crisis_measure_block (self, &more, min_size, inner.width);
  room = inner.height - more.height - more.space_before;
  waymark_crisis_block_clear (&more);

  /* Each section's items, in order, to take turns from. */
  for (guint i = 0; i < blocks->len; i++)
    {
      if (g_array_index (blocks, Block, i).kind == BLOCK_HEADING || queues->len == 0)
        g_ptr_array_add (queues, g_array_new (FALSE, FALSE, sizeof (guint)));
      if (is_item (&g_array_index (blocks, Block, i)))
        g_array_append_val (queues->pdata[queues->len - 1], i);
    }
  closed = g_new0 (gboolean, queues->len);

  for (guint turn = 0; open; turn++)
    {
      open = FALSE;

      for (guint q = 0; q < queues->len; q++)
        {
          GArray *queue = queues->pdata[q];
          guint index;
          Block *block;

          if (closed[q] || turn >= queue->len)
            continue;

          index = g_array_index (queue, guint, turn);
          block = &g_array_index (blocks, Block, index);
          keep[index] = TRUE;

          if (kept_height (blocks, keep) <= room)
            {
              open = TRUE;
              continue;
            }

          /* The first that doesn't fit in its section may show a part,
           * and is the last of its section on the card. */
          if (!waymark_crisis_truncate_block (block, room - (kept_height (blocks, keep) - block->height)) ||
              kept_height (blocks, keep) > room)
            keep[index] = FALSE;
          closed[q] = TRUE;
        }
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      gboolean shown = keep[i];

      if (block->kind == BLOCK_HEADING)
        for (guint j = i + 1; j < blocks->len && is_item (&g_array_index (blocks, Block, j)); j++)
          shown |= keep[j];

      if (shown)
        g_array_append_val (kept, *block);

      if (!is_item (block))
        continue;

      n_items++;
      if (shown)
        n_shown++;

      if (!shown || pango_layout_is_ellipsized (block->layout))
        leave_off (self, block);
    }

  if (n_shown < n_items)
    {
      g_autofree char *text = NULL;
      guint n_more = n_items - n_shown;

      /* Translators: the last line of a full wallet card panel. */
      text = g_strdup_printf (ngettext ("…and %u more in my full plan",
                                        "…and %u more in my full plan", n_more), n_more);
      more.text = text;
      waymark_crisis_measure_block (self, &more, min_size, inner.width);
      more.at_bottom = TRUE;
      g_array_append_val (kept, more);
      waymark_crisis_put_blocks (self, page, panel, &inner, kept);
      waymark_crisis_block_clear (&more);
    }
  else
    waymark_crisis_put_blocks (self, page, panel, &inner, kept);
}

/* The front of the first card: who it belongs to and the emergency
 * number. The name gives way before the number does. */
static void
fit_front (WaymarkCrisisLayout     *self,
           GPtrArray               *page,
           const cairo_rectangle_t *panel,
           GArray                  *blocks)
{
  cairo_rectangle_t inner = panel_inner (panel);
  const double min_size = WAYMARK_CRISIS_CARD_MIN_FONT_SIZE;
  double total;

  for (double size = CARD_BODY_SIZE; size >= min_size; size -= CARD_SIZE_STEP)
    if (waymark_crisis_measure_blocks (self, blocks, size, inner.width) <= inner.height)
      {
        waymark_crisis_put_blocks (self, page, panel, &inner, blocks);
        return;
      }

  total = waymark_crisis_measure_blocks (self, blocks, min_size, inner.width);
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *name = &g_array_index (blocks, Block, i);

      if (name->kind != BLOCK_NAME)
        continue;

      if (waymark_crisis_truncate_block (name, name->height - (total - inner.height)))
        {
          if (pango_layout_is_ellipsized (name->layout))
            leave_off (self, name);
        }
      else
        {
          leave_off (self, name);
          waymark_crisis_block_clear (name);
          g_array_remove_index (blocks, i);
        }
      break;
    }

  waymark_crisis_put_blocks (self, page, panel, &inner, blocks);
}

static void
clear_blocks (GArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    waymark_crisis_block_clear (&g_array_index (blocks, Block, i));
  g_array_set_size (blocks, 0);
}

/* The steps in the order they go on the card. */
static const char * const card_sections[] = {
  "warning-signs", "coping", "distraction", "help-people", "professionals", "safe-environment", "reasons",
};

static gboolean
fits (WaymarkCrisisLayout        *self,
      GArray                     *fixed,
      GPtrArray                  *sections,
      const WaymarkCrisisSection *more,
      double                      size)
{
  cairo_rectangle_t panel = { 0, 0, WAYMARK_CRISIS_CARD_WIDTH, WAYMARK_CRISIS_CARD_HEIGHT };
  cairo_rectangle_t inner = panel_inner (&panel);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  double height;

  if (fixed != NULL)
    for (guint i = 0; i < fixed->len; i++)
      {
        Block copy = g_array_index (fixed, Block, i);

        copy.layout = NULL;
        copy.side = NULL;
        g_array_append_val (blocks, copy);
      }
  for (guint i = 0; i < sections->len; i++)
    waymark_crisis_add_section_blocks (blocks, sections->pdata[i]);
  if (more != NULL)
    waymark_crisis_add_section_blocks (blocks, more);

  height = waymark_crisis_measure_blocks (self, blocks, size, inner.width);
  /* The front's date, at its foot. */
  if (fixed != NULL)
    height += size * 0.85 * 1.4 + size;
  clear_blocks (blocks);

  return height <= inner.height;
}

/* Puts the sections with something in them on the panels, in order,
 * each on the first panel where it fits with what is there already at
 * @size; returns whether all found a place. */
static gboolean
assign_at (WaymarkCrisisLayout *self,
           GArray              *front,
           GPtrArray          **assigned,
           double               size,
           gboolean             last_try)
{
  guint panel = 0;

  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    g_ptr_array_set_size (assigned[i], 0);

  for (guint i = 0; i < G_N_ELEMENTS (card_sections); i++)
    {
      const WaymarkCrisisSection *section = waymark_crisis_plan_get_section (self->plan, card_sections[i]);

      if (section == NULL || section->items->len == 0)
        continue;

      while (panel < WAYMARK_CRISIS_CARD_N_PANELS &&
             !fits (self, panel == 0 ? front : NULL, assigned[panel], section, size) &&
             (panel == 0 || assigned[panel]->len > 0))
        panel++;

      if (panel == WAYMARK_CRISIS_CARD_N_PANELS)
        {
          /* What is left shares the last panel, shortened there. */
          g_ptr_array_add (assigned[panel - 1], (gpointer) section);
          panel = WAYMARK_CRISIS_CARD_N_PANELS - 1;
          continue;
        }

      g_ptr_array_add (assigned[panel], (gpointer) section);
      /* Too much for a panel of its own: the next goes on the next. */
      if (!fits (self, panel == 0 ? front : NULL, assigned[panel], NULL, size))
        {
          if (panel + 1 == WAYMARK_CRISIS_CARD_N_PANELS && !last_try)
            return FALSE;
          panel = MIN (panel + 1, WAYMARK_CRISIS_CARD_N_PANELS - 1);
        }
    }

  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    if (!fits (self, i == 0 ? front : NULL, assigned[i], NULL, size))
      return FALSE;

  return TRUE;
}

/* The largest size, in steps down from CARD_BODY_SIZE, at which
 * sections @from to @to (not included) of @sections fit on one panel
 * (the front, with @front's lines, when it is not NULL); 0 when not
 * even at the smallest. */
static double
largest_size (WaymarkCrisisLayout *self,
              GArray              *front,
              GPtrArray           *sections,
              guint                from,
              guint                to)
{
  g_autoptr(GPtrArray) run = g_ptr_array_new ();
  int n_steps = (int) ((CARD_BODY_SIZE - WAYMARK_CRISIS_CARD_MIN_FONT_SIZE) / CARD_SIZE_STEP + 0.5);
  int low = 0, high = n_steps;   /* step k is CARD_BODY_SIZE - k * CARD_SIZE_STEP */

  for (guint i = from; i < to; i++)
    g_ptr_array_add (run, sections->pdata[i]);

  if (!fits (self, front, run, NULL, WAYMARK_CRISIS_CARD_MIN_FONT_SIZE))
    return 0;

  /* The first step that fits: larger text takes more room. */
  while (low < high)
    {
      int middle = (low + high) / 2;

      if (fits (self, front, run, NULL, CARD_BODY_SIZE - middle * CARD_SIZE_STEP))
        high = middle;
      else
        low = middle + 1;
    }

  return CARD_BODY_SIZE - low * CARD_SIZE_STEP;
}

/* Shares the steps with something in them out over the panels, in
 * order, so that the smallest text on the card is as large as it can
 * be: every way to cut the list in four is tried, each run measured
 * once. */
static gboolean
assign_balanced (WaymarkCrisisLayout *self,
                 GArray              *front,
                 GPtrArray          **assigned)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  double sizes[G_N_ELEMENTS (card_sections) + 1][G_N_ELEMENTS (card_sections) + 1];
  double front_sizes[G_N_ELEMENTS (card_sections) + 1];
  double best_min = 0, best_sum = 0;
  guint best[3] = { 0, 0, 0 };
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (card_sections); i++)
    {
      const WaymarkCrisisSection *section = waymark_crisis_plan_get_section (self->plan, card_sections[i]);

      if (section != NULL && section->items->len > 0)
        g_ptr_array_add (sections, (gpointer) section);
    }
  n = sections->len;

  for (guint i = 0; i <= n; i++)
    {
      front_sizes[i] = largest_size (self, front, sections, 0, i);
      for (guint j = i; j <= n; j++)
        sizes[i][j] = j == i ? CARD_BODY_SIZE : largest_size (self, NULL, sections, i, j);
    }

  for (guint a = 0; a <= n; a++)
    for (guint b = a; b <= n; b++)
      for (guint c = b; c <= n; c++)
        {
          double parts[] = { front_sizes[a], sizes[a][b], sizes[b][c], sizes[c][n] };
          double smallest = G_MAXDOUBLE, sum = 0;

          for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
            {
              smallest = MIN (smallest, parts[k]);
              sum += parts[k];
            }

          if (smallest > best_min + 0.001 || (smallest > best_min - 0.001 && sum > best_sum + 0.001))
            {
              best_min = smallest;
              best_sum = sum;
              best[0] = a;
              best[1] = b;
              best[2] = c;
            }
        }

  if (best_min <= 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint panel = i < best[0] ? 0 : i < best[1] ? 1 : i < best[2] ? 2 : 3;

      g_ptr_array_add (assigned[panel], sections->pdata[i]);
    }

  return TRUE;
}

static void
assign_sections (WaymarkCrisisLayout *self,
                 GArray              *front,
                 GPtrArray          **assigned)
{
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    assigned[i] = g_ptr_array_new ();

  if (assign_balanced (self, front, assigned))
    return;

  /* Not everything fits even at the smallest size: as much as can be
   * in order, the rest cut short on the last panel, and told. */
  assign_at (self, front, assigned, WAYMARK_CRISIS_CARD_MIN_FONT_SIZE, TRUE);
}

/* The next empty step from @cursor on, for an empty panel to ask for. */
static const WaymarkCrisisSection *
empty_section (WaymarkCrisisLayout *self,
               guint               *cursor)
{
  while (*cursor < G_N_ELEMENTS (card_sections))
    {
      const WaymarkCrisisSection *section = waymark_crisis_plan_get_section (self->plan, card_sections[(*cursor)++]);

      if (section != NULL && section->items->len == 0)
        return section;
    }

  return NULL;
}

void
waymark_crisis_card_paginate (WaymarkCrisisLayout *self)
{
  const double width = WAYMARK_CRISIS_CARD_WIDTH;
  const double height = WAYMARK_CRISIS_CARD_HEIGHT;
  GPtrArray *page = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_print_piece_free);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GArray) front = g_array_new (FALSE, FALSE, sizeof (Block));
  GPtrArray *assigned[WAYMARK_CRISIS_CARD_N_PANELS];
  guint cursor = 0;
  g_autoptr(PangoLayout) legend = NULL;
  g_autofree char *day = waymark_date_format (self->plan->date);
  cairo_rectangle_t sheet = { 0, 0, self->paper_width, self->paper_height };
  cairo_rectangle_t gap;
  double x0 = (self->paper_width - 2 * width) / 2.0;
  double y0 = (self->paper_height - 2 * height - CARD_ROW_GAP) / 2.0;
  Block *block;

  g_ptr_array_add (self->pages, page);

  /* Two cards, one a row: each cut out along its dashes and folded
   * along the dots in its middle, its left panel the front and its
   * right one the back; mirrored for a language written right to left,
   * which reads the front on the right first. */
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      guint column = self->rtl ? 1 - i % 2 : i % 2;

      self->panels[i].x = x0 + column * width;
      self->panels[i].y = y0 + (i / 2) * (height + CARD_ROW_GAP);
      self->panels[i].width = width;
      self->panels[i].height = height;
    }

  /* The front: whose card it is and the emergency number, the date at
   * its foot; then the steps in their order, as many as fit readably
   * on each panel in turn: the warning signs and what I can do myself
   * first, then who to call, then the rest (issue 14, item 21). */
  waymark_crisis_add_block (front, BLOCK_CAPTION, NULL, NULL, _("My Crisis Card"));
  if (*self->plan->person_name != '\0')
    waymark_crisis_add_block (front, BLOCK_NAME, NULL, NULL, self->plan->person_name);
  if (*self->plan->emergency_number != '\0')
    waymark_crisis_add_block (front, BLOCK_EMERGENCY, NULL, NULL, self->plan->emergency_number);

  assign_sections (self, front, assigned);

  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      if (i == 0)
        for (guint j = 0; j < front->len; j++)
          g_array_append_val (blocks, g_array_index (front, Block, j));

      for (guint j = 0; j < assigned[i]->len; j++)
        waymark_crisis_add_section_blocks (blocks, assigned[i]->pdata[j]);

      if (i == 0)
        {
          block = waymark_crisis_add_block (blocks, BLOCK_CAPTION, NULL, NULL, day);
          block->at_bottom = TRUE;
          if (assigned[0]->len == 0)
            fit_front (self, page, &self->panels[0], blocks);
          else
            fit_panel (self, page, &self->panels[0], blocks);
        }
      else
        {
          /* A panel with nothing to say asks for what is missing. */
          if (blocks->len == 0)
            {
              const WaymarkCrisisSection *prompt = empty_section (self, &cursor);

              if (prompt != NULL)
                {
                  waymark_crisis_add_block (blocks, BLOCK_HEADING, prompt, NULL, NULL);
                  waymark_crisis_add_block (blocks, BLOCK_WRITING, NULL, NULL, NULL);
                }
            }
          if (blocks->len > 0)
            fit_panel (self, page, &self->panels[i], blocks);
        }
      clear_blocks (blocks);
    }

  g_array_set_size (front, 0);
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    g_ptr_array_unref (assigned[i]);

  for (guint row = 0; row < 2; row++)
    {
      double top = self->panels[row * 2].y;
      Piece *piece;

      piece = waymark_print_add_piece (page, PIECE_CUT_GUIDE, &sheet, x0, top, 2 * width, height);
      piece->gray = GUIDE_GRAY;
      piece = waymark_print_add_piece (page, PIECE_FOLD_GUIDE, &sheet, x0 + width, top, 0, height);
      piece->gray = GUIDE_GRAY;
    }

  /* The legend sits between the cards, where the scissors go anyway. */
  gap.x = x0;
  gap.y = y0 + height + 1;
  gap.width = 2 * width;
  gap.height = CARD_ROW_GAP - 2;
  legend = waymark_print_text_layout (self, _("Cut along the dashes, fold along the dots"),
                                      CARD_LEGEND_SIZE, PANGO_WEIGHT_NORMAL, gap.width);
  pango_layout_set_alignment (legend, PANGO_ALIGN_CENTER);
  waymark_print_add_text (page, &gap, legend,
                          gap.x, gap.y + (gap.height - waymark_print_layout_height (legend)) / 2.0, SECONDARY_GRAY);
}
