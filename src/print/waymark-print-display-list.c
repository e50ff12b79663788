/* waymark-print-display-list.c: a printed page as a list of pieces that only need drawing
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include "waymark-crisis-layout-private.h"

void
waymark_print_piece_free (Piece *piece)
{
  g_clear_object (&piece->layout);
  g_free (piece);
}

Piece *
waymark_print_add_piece (GPtrArray               *page,
                         PieceKind                kind,
                         const cairo_rectangle_t *clip,
                         double                   x,
                         double                   y,
                         double                   width,
                         double                   height)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = kind;
  piece->clip = *clip;
  piece->x = x;
  piece->y = y;
  piece->width = width;
  piece->height = height;
  piece->gray = INK;
  g_ptr_array_add (page, piece);

  return piece;
}

Piece *
waymark_print_add_text (GPtrArray               *page,
                        const cairo_rectangle_t *clip,
                        PangoLayout             *layout,
                        double                   x,
                        double                   y,
                        double                   gray)
{
  PangoRectangle logical;
  Piece *piece;

  pango_layout_get_extents (layout, NULL, &logical);
  piece = waymark_print_add_piece (page, PIECE_TEXT, clip, x, y,
                                   pango_units_to_double (logical.width),
                                   pango_units_to_double (logical.height));
  piece->layout = g_object_ref (layout);
  piece->gray = gray;

  return piece;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The lines of a layout split over pages that belong on this one, and
 * only those: the rest are not hidden under a clip but left out, so
 * they can't be found or copied from the wrong page of a PDF. */
static void
draw_band (cairo_t     *cr,
           const Piece *piece)
{
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);

  cairo_rectangle (cr, piece->clip.x, piece->y, piece->clip.width, piece->height);
  cairo_clip (cr);

  do
    {
      PangoRectangle logical;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (pango_units_to_double (top) < piece->offset - 0.01 ||
          pango_units_to_double (bottom) > piece->offset + piece->height + 0.01)
        continue;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr,
                     piece->x + pango_units_to_double (logical.x),
                     piece->y - piece->offset + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

void
waymark_print_draw_piece (cairo_t     *cr,
                          const Piece *piece)
{
  cairo_save (cr);
  cairo_rectangle (cr, piece->clip.x, piece->clip.y, piece->clip.width, piece->clip.height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, piece->gray, piece->gray, piece->gray);

  switch (piece->kind)
    {
    case PIECE_TEXT:
      if (piece->band)
        draw_band (cr, piece);
      else
        {
          cairo_move_to (cr, piece->x, piece->y);
          pango_cairo_show_layout (cr, piece->layout);
        }
      break;

    case PIECE_STEP:
      {
        PangoRectangle ink, logical;
        double r = piece->width / 2.0;

        cairo_arc (cr, piece->x + r, piece->y + r, r, 0, 2 * G_PI);
        cairo_fill (cr);

        /* The number sits in the middle of its circle by its ink, as
         * digits have no descenders to balance. */
        pango_layout_get_extents (piece->layout, &ink, &logical);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_move_to (cr,
                       piece->x + r - pango_units_to_double (logical.width) / 2.0,
                       piece->y + r - pango_units_to_double (ink.y + ink.height / 2));
        pango_cairo_show_layout (cr, piece->layout);
      }
      break;

    case PIECE_BOX:
      rounded_rectangle (cr, piece->x + 0.75, piece->y + 0.75, piece->width - 1.5, piece->height - 1.5, 6.0);
      cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, piece->gray, piece->gray, piece->gray);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      break;

    case PIECE_RULE:
      cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
      cairo_fill (cr);
      break;

    case PIECE_CUT_GUIDE:
      {
        static const double dashes[] = { 4.0, 3.0 };

        cairo_set_line_width (cr, 0.5);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_rectangle (cr, piece->x, piece->y, piece->width, piece->height);
        cairo_stroke (cr);
      }
      break;

    case PIECE_FOLD_GUIDE:
      {
        static const double dots[] = { 0.0, 2.5 };

        cairo_set_line_width (cr, 0.9);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
        cairo_move_to (cr, piece->x, piece->y + 1.25);
        cairo_line_to (cr, piece->x, piece->y + piece->height - 1.25);
        cairo_stroke (cr);
      }
      break;

    case PIECE_WRITING_LINE:
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, piece->x, piece->y);
      cairo_line_to (cr, piece->x + piece->width, piece->y);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}
