/* waymark-crisis-card-blocks.c: the wallet card's lines, measured at one size and put on a panel
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-layout-private.h"

void
waymark_crisis_block_clear (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->side);
}

Block *
waymark_crisis_add_block (GArray                     *blocks,
                          BlockKind                   kind,
                          const WaymarkCrisisSection *section,
                          const WaymarkCrisisItem    *item,
                          const char                 *text)
{
  Block block = { 0 };

  block.kind = kind;
  block.section = section;
  block.item = item;
  block.text = text;
  g_array_append_val (blocks, block);

  return &g_array_index (blocks, Block, blocks->len - 1);
}

void
waymark_crisis_add_section_blocks (GArray                     *blocks,
                                   const WaymarkCrisisSection *section)
{
  if (section == NULL || section->items->len == 0)
    return;

  waymark_crisis_add_block (blocks, BLOCK_HEADING, section, NULL, NULL);
  for (guint i = 0; i < section->items->len; i++)
    waymark_crisis_add_block (blocks, section->info->about_people ? BLOCK_PERSON : BLOCK_ITEM,
                              section, section->items->pdata[i], NULL);
}

/* Secondary text is a little smaller, but never below the smallest
 * readable size. */
static double
smaller (double size,
         double factor)
{
  return MAX (size * factor, WAYMARK_CRISIS_CARD_MIN_FONT_SIZE);
}

/* A person's number may be larger than their name: the two share a
 * baseline, and the block is as tall as both. */
static void
update_block_height (Block *block)
{
  block->height = waymark_print_layout_height (block->layout);

  if (block->kind == BLOCK_PERSON && block->side != NULL)
    {
      double side = waymark_print_layout_baseline (block->side);
      double text = waymark_print_layout_baseline (block->layout);
      double lift = MAX (0, side - text);

      block->height = MAX (block->height + lift,
                           lift + text - side + waymark_print_layout_height (block->side));
    }
}

/* Lays @block out at body size @size, @width wide. */
void
waymark_crisis_measure_block (WaymarkCrisisLayout *self,
                              Block               *block,
                              double               size,
                              double               width)
{
  waymark_crisis_block_clear (block);
  block->size = size;
  block->space_before = 0;

  switch (block->kind)
    {
    case BLOCK_CAPTION:
      block->layout = waymark_print_text_layout (self, block->text, smaller (size, 0.85),
                                                 block->at_bottom ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD, width);
      block->height = waymark_print_layout_height (block->layout);
      break;

    case BLOCK_NAME:
      {
        g_autofree char *name = waymark_print_one_line (block->text);

        block->layout = waymark_print_text_layout (self, name, size * 1.6, PANGO_WEIGHT_BOLD, width);
        block->height = waymark_print_layout_height (block->layout);
        block->space_before = size * 0.15;
      }
      break;

    case BLOCK_EMERGENCY:
      {
        g_autofree char *number = waymark_print_one_line (block->text);
        g_autofree char *markup = waymark_print_emergency_markup (number, size * 2.2);
        double padding = size * 0.7;

        block->layout = waymark_print_markup_layout (self, markup, size, width - 2 * padding);
        pango_layout_set_alignment (block->layout, PANGO_ALIGN_CENTER);
        block->height = waymark_print_layout_height (block->layout) + 2 * padding;
        block->space_before = size * 0.9;
      }
      break;

    case BLOCK_HEADING:
      block->layout = waymark_print_text_layout (self, _(block->section->info->title),
                                                 size * 1.05, PANGO_WEIGHT_BOLD, width);
      block->height = waymark_print_layout_height (block->layout);
      block->space_before = size * 0.8;
      break;

    case BLOCK_ITEM:
      {
        g_autofree char *text = waymark_print_one_line (block->item->text);
        g_autofree char *detail = waymark_print_one_line (block->item->detail);
        g_autofree char *escaped = g_markup_escape_text (text, -1);
        g_autofree char *markup = NULL;

        if (*detail != '\0')
          {
            g_autofree char *grey = waymark_print_span (smaller (size, 0.9), FALSE, SECONDARY, detail);
            markup = g_strconcat (escaped, " — ", grey, NULL);
          }
        else
          markup = g_steal_pointer (&escaped);

        block->side = waymark_print_text_layout (self, "•", size, PANGO_WEIGHT_BOLD, -1);
        block->layout = waymark_print_markup_layout (self, markup, size, width - size * 1.1);
        block->height = waymark_print_layout_height (block->layout);
        block->space_before = size * 0.3;
      }
      break;

    case BLOCK_PERSON:
      {
        const WaymarkCrisisItem *item = block->item;
        g_autofree char *text = waymark_print_one_line (item->text);
        g_autofree char *name = waymark_print_span (size, TRUE, NULL, text);
        GString *markup = g_string_new (name);
        double text_width = width;

        for (guint i = 0; i < 2; i++)
          {
            g_autofree char *plain = waymark_print_one_line (i == 0 ? item->detail : item->hours);

            if (*plain != '\0')
              {
                g_autofree char *grey = waymark_print_span (smaller (size, 0.9), FALSE, SECONDARY, plain);

                g_string_append (markup, " · ");
                g_string_append (markup, grey);
              }
          }

        if (*item->phone != '\0')
          {
            g_autofree char *phone = waymark_print_one_line (item->phone);
            g_autofree char *isolated = waymark_print_isolate_ltr (phone);

            /* The number is never shortened; a very long one wraps. */
            /* Numbers are read in a hurry: never under 8 pt. */
            block->side = waymark_print_text_layout (self, isolated, MAX (size * 1.15, WAYMARK_CRISIS_CARD_MIN_NUMBER_SIZE),
                                                     PANGO_WEIGHT_BOLD, width * 0.6);
            text_width = width - waymark_print_layout_width (block->side) - size;
          }

        block->layout = waymark_print_markup_layout (self, markup->str, size, text_width);
        g_string_free (markup, TRUE);

        update_block_height (block);
        block->space_before = size * 0.45;
      }
      break;

    case BLOCK_WRITING:
      /* Nothing written yet: lines to fill in by hand. */
      block->height = size * 2.2 * 3;
      block->space_before = size * 0.3;
      break;

    case BLOCK_MORE:
      block->layout = waymark_print_text_layout (self, block->text, smaller (size, 0.9), PANGO_WEIGHT_NORMAL, width);
      block->height = waymark_print_layout_height (block->layout);
      block->space_before = size * 0.4;
      break;

    default:
      g_assert_not_reached ();
    }

  if (block->layout != NULL)
    block->rtl = waymark_print_layout_is_rtl (block->layout);
}

double
waymark_crisis_measure_blocks (WaymarkCrisisLayout *self,
                               GArray              *blocks,
                               double               size,
                               double               width)
{
  double height = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);

      waymark_crisis_measure_block (self, block, size, width);
      height += (i > 0 ? block->space_before : 0) + block->height;
    }

  return height;
}

/* Shortens @block to the lines that fit in @room, ending in "…".
 * Returns FALSE when not even one line does. */
gboolean
waymark_crisis_truncate_block (Block  *block,
                               double  room)
{
  PangoLayoutIter *iter;
  double extra;
  int lines = 0;

  if (block->kind != BLOCK_ITEM && block->kind != BLOCK_PERSON && block->kind != BLOCK_NAME)
    return FALSE;

  /* A person's number is never cut: it fits whole, or they move off. */
  extra = block->height - waymark_print_layout_height (block->layout);
  if (room < block->height - waymark_print_layout_height (block->layout) +
             waymark_print_first_line_height (block->layout))
    return FALSE;

  iter = pango_layout_get_iter (block->layout);
  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (pango_units_to_double (bottom) > room - extra)
        break;
      lines++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (lines == 0)
    return FALSE;

  pango_layout_set_height (block->layout, -lines);
  pango_layout_set_ellipsize (block->layout, PANGO_ELLIPSIZE_END);
  update_block_height (block);
  return TRUE;
}

static void
put_block (GPtrArray               *page,
           const cairo_rectangle_t *panel,
           const cairo_rectangle_t *inner,
           const Block             *block,
           double                   y)
{
  double size = block->size;

  switch (block->kind)
    {
    case BLOCK_CAPTION:
    case BLOCK_MORE:
      waymark_print_add_text (page, panel, block->layout, inner->x, y, SECONDARY_GRAY);
      break;

    case BLOCK_NAME:
    case BLOCK_HEADING:
      waymark_print_add_text (page, panel, block->layout, inner->x, y, INK);
      break;

    case BLOCK_EMERGENCY:
      {
        double padding = size * 0.7;

        waymark_print_add_piece (page, PIECE_BOX, panel, inner->x, y, inner->width, block->height);
        waymark_print_add_text (page, panel, block->layout, inner->x + padding, y + padding, INK);
      }
      break;

    case BLOCK_ITEM:
      {
        double indent = size * 1.1;
        double width = inner->width - indent;
        double text = waymark_print_layout_baseline (block->layout);
        double bullet = waymark_print_layout_baseline (block->side);

        waymark_print_add_text (page, panel, block->side,
                                waymark_print_start_x (inner->x, inner->width, block->rtl, 0,
                                                       waymark_print_layout_width (block->side)),
                                y + text - bullet, SECONDARY_GRAY);
        waymark_print_add_text (page, panel, block->layout,
                                waymark_print_start_x (inner->x, inner->width, block->rtl, indent, width), y, INK);
      }
      break;

    case BLOCK_PERSON:
      {
        double lift = 0;

        if (block->side != NULL)
          {
            double side_width = waymark_print_layout_width (block->side);
            double side = waymark_print_layout_baseline (block->side);
            double text = waymark_print_layout_baseline (block->layout);

            lift = MAX (0, side - text);
            waymark_print_add_text (page, panel, block->side,
                                    waymark_print_start_x (inner->x, inner->width, !block->rtl, 0, side_width),
                                    y + lift + text - side, INK);
          }

        double text_width = pango_units_to_double (pango_layout_get_width (block->layout));

        waymark_print_add_text (page, panel, block->layout,
                                waymark_print_start_x (inner->x, inner->width, block->rtl, 0, text_width),
                                y + lift, INK);
      }
      break;

    case BLOCK_WRITING:
      for (guint i = 1; i <= 3; i++)
        {
          Piece *piece = waymark_print_add_piece (page, PIECE_WRITING_LINE, panel,
                                                  inner->x, y + size * 2.2 * i - 0.5, inner->width, 0);

          piece->gray = RULE_GRAY;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

void
waymark_crisis_put_blocks (WaymarkCrisisLayout     *self,
                           GPtrArray               *page,
                           const cairo_rectangle_t *panel,
                           const cairo_rectangle_t *inner,
                           GArray                  *blocks)
{
  double y = inner->y;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = &g_array_index (blocks, Block, i);
      double top = y + (i > 0 ? block->space_before : 0);

      if (block->at_bottom)
        top = MAX (top, inner->y + inner->height - block->height);

      put_block (page, panel, inner, block, top);
      y = top + block->height;
    }
}
