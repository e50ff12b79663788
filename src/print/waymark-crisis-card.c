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

void
waymark_crisis_card_paginate (WaymarkCrisisLayout *self)
{
  const double width = WAYMARK_CRISIS_CARD_WIDTH;
  const double height = WAYMARK_CRISIS_CARD_HEIGHT;
  GPtrArray *page = g_ptr_array_new_with_free_func ((GDestroyNotify) waymark_print_piece_free);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Block));
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
   * right one the back. */
  for (guint i = 0; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      self->panels[i].x = x0 + (i % 2) * width;
      self->panels[i].y = y0 + (i / 2) * (height + CARD_ROW_GAP);
      self->panels[i].width = width;
      self->panels[i].height = height;
    }

  /* What matters most, in order: the number and whose card it is; what
   * makes life worth living; what I can do myself; who to call. */
  waymark_crisis_add_block (blocks, BLOCK_CAPTION, NULL, NULL, _("My Crisis Card"));
  if (*self->plan->person_name != '\0')
    waymark_crisis_add_block (blocks, BLOCK_NAME, NULL, NULL, self->plan->person_name);
  if (*self->plan->emergency_number != '\0')
    waymark_crisis_add_block (blocks, BLOCK_EMERGENCY, NULL, NULL, self->plan->emergency_number);
  block = waymark_crisis_add_block (blocks, BLOCK_CAPTION, NULL, NULL, day);
  block->at_bottom = TRUE;
  fit_front (self, page, &self->panels[0], blocks);
  clear_blocks (blocks);

  for (guint i = 1; i < WAYMARK_CRISIS_CARD_N_PANELS; i++)
    {
      static const char * const keys[][2] = {
        { NULL, NULL },
        { "reasons", NULL },
        { "coping", NULL },
        { "help-people", "professionals" },
      };

      for (guint j = 0; j < 2 && keys[i][j] != NULL; j++)
        waymark_crisis_add_section_blocks (blocks, waymark_crisis_plan_get_section (self->plan, keys[i][j]));

      if (blocks->len == 0)
        {
          const WaymarkCrisisSection *first = waymark_crisis_plan_get_section (self->plan, keys[i][0]);

          waymark_crisis_add_block (blocks, BLOCK_HEADING, first, NULL, NULL);
          waymark_crisis_add_block (blocks, BLOCK_WRITING, NULL, NULL, NULL);
        }

      fit_panel (self, page, &self->panels[i], blocks);
      clear_blocks (blocks);
    }

  for (guint row = 0; row < 2; row++)
    {
      const cairo_rectangle_t *left = &self->panels[row * 2];
      Piece *piece;

      piece = waymark_print_add_piece (page, PIECE_CUT_GUIDE, &sheet, left->x, left->y, 2 * width, height);
      piece->gray = GUIDE_GRAY;
      piece = waymark_print_add_piece (page, PIECE_FOLD_GUIDE, &sheet, left->x + width, left->y, 0, height);
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
