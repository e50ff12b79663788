/* waymark-crisis-layout.c: the crisis plan laid out on paper, as pages or a wallet card
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "waymark-crisis-layout-private.h"
#include "waymark-language.h"

/* A crisis plan is written in a calm hour and read in the worst one, so
 * the paper is plain: one typeface, black on white, a clear order, the
 * phone numbers large. Everything is measured once, in points, in an
 * unhinted context of its own, so a preview, a printer and a PDF get the
 * same pages; a page is then a list of pieces that only need drawing.
 * Every piece carries the rectangle it must stay inside (the margins, or
 * its card panel) and is clipped to it, as a last guard. */


G_DEFINE_FINAL_TYPE (WaymarkCrisisLayout, waymark_crisis_layout, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (WaymarkCrisisLayoutKind, waymark_crisis_layout_kind,
                    G_DEFINE_ENUM_VALUE (WAYMARK_CRISIS_LAYOUT_PAGE, "page"),
                    G_DEFINE_ENUM_VALUE (WAYMARK_CRISIS_LAYOUT_CARD, "card"))

/* The plan ----------------------------------------------------------------- */

static WaymarkCrisisPlan *
copy_plan (WaymarkCrisisPlan *plan)
{
  WaymarkCrisisPlan *copy = waymark_crisis_plan_new ();

  g_free (copy->person_name);
  copy->person_name = g_strstrip (g_strdup (plan->person_name ? plan->person_name : ""));
  g_free (copy->date);
  copy->date = g_strdup (plan->date ? plan->date : "");
  g_free (copy->emergency_number);
  copy->emergency_number = g_strstrip (g_strdup (plan->emergency_number ? plan->emergency_number : ""));

  for (guint i = 0; i < plan->sections->len; i++)
    {
      const WaymarkCrisisSection *section = plan->sections->pdata[i];

      if (g_str_equal (section->info->key, WAYMARK_CRISIS_EMERGENCY_SECTION))
        continue;

      for (guint j = 0; j < section->items->len; j++)
        {
          const WaymarkCrisisItem *item = section->items->pdata[j];

          waymark_crisis_plan_add_item (copy, section->info->key,
                                        item->text, item->detail, item->phone, item->hours);
        }
    }

  return copy;
}

/* GObject ------------------------------------------------------------------ */

static void
waymark_crisis_layout_finalize (GObject *object)
{
  WaymarkCrisisLayout *self = WAYMARK_CRISIS_LAYOUT (object);

  g_clear_pointer (&self->plan, waymark_crisis_plan_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->left_off, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (waymark_crisis_layout_parent_class)->finalize (object);
}

static void
waymark_crisis_layout_class_init (WaymarkCrisisLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_crisis_layout_finalize;
}

static void
waymark_crisis_layout_init (WaymarkCrisisLayout *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->left_off = g_ptr_array_new_with_free_func (g_free);

  /* The language the plan is printed in says which way it writes,
   * whatever the workstation's: the header's name and date and the
   * card's panels follow it. */
  self->rtl = waymark_language_is_rtl (waymark_language_current ());
}

/* Public API ---------------------------------------------------------------- */

/**
 * waymark_crisis_layout_new:
 * @plan: the crisis plan; it is copied, so it may be freed at once
 * @kind: full pages, or one sheet of wallet cards
 * @paper_width: the paper's width, in points
 * @paper_height: the paper's height, in points
 * @font_map: (nullable): the font map to lay text out with, or %NULL
 *   for the default one
 *
 * Returns: (transfer full): a new layout, not yet paginated
 */
WaymarkCrisisLayout *
waymark_crisis_layout_new (WaymarkCrisisPlan       *plan,
                           WaymarkCrisisLayoutKind  kind,
                           double                   paper_width,
                           double                   paper_height,
                           PangoFontMap            *font_map)
{
  WaymarkCrisisLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (kind == WAYMARK_CRISIS_LAYOUT_PAGE || kind == WAYMARK_CRISIS_LAYOUT_CARD, NULL);
  g_return_val_if_fail (font_map == NULL || PANGO_IS_FONT_MAP (font_map), NULL);

  self = g_object_new (WAYMARK_TYPE_CRISIS_LAYOUT, NULL);
  self->plan = copy_plan (plan);
  self->kind = kind;
  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->font_map = g_object_ref (font_map ? font_map : pango_cairo_font_map_get_default ());

  /* Measured in points, unhinted and unrounded, so the same lines break
   * in the same places on screen, on paper and in a PDF. */
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  return self;
}

WaymarkCrisisLayoutKind
waymark_crisis_layout_get_kind (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), WAYMARK_CRISIS_LAYOUT_PAGE);

  return self->kind;
}

/**
 * waymark_crisis_layout_set_paper_size:
 *
 * Changes the paper, as a print dialog may; the layout is paginated
 * again when next asked.
 */
void
waymark_crisis_layout_set_paper_size (WaymarkCrisisLayout *self,
                                      double               paper_width,
                                      double               paper_height)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));

  if (self->paper_width == paper_width && self->paper_height == paper_height)
    return;

  self->paper_width = paper_width;
  self->paper_height = paper_height;
  self->paginated = FALSE;
}

void
waymark_crisis_layout_get_paper_size (WaymarkCrisisLayout *self,
                                      double              *paper_width,
                                      double              *paper_height)
{
  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));

  if (paper_width != NULL)
    *paper_width = self->paper_width;
  if (paper_height != NULL)
    *paper_height = self->paper_height;
}

/**
 * waymark_crisis_layout_paginate:
 *
 * Lays the plan out on pages of the paper's size. A wallet card is
 * always one sheet; what did not fit on it is then in
 * waymark_crisis_layout_get_left_off().
 *
 * Returns: the number of pages, at least 1
 */
guint
waymark_crisis_layout_paginate (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), 0);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->left_off, 0);
  memset (self->panels, 0, sizeof self->panels);

  if (self->kind == WAYMARK_CRISIS_LAYOUT_CARD)
    waymark_crisis_card_paginate (self);
  else
    waymark_crisis_page_flow_paginate (self);

  self->paginated = TRUE;
  return self->pages->len;
}

guint
waymark_crisis_layout_get_n_pages (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), 0);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  return self->pages->len;
}

/**
 * waymark_crisis_layout_draw_page:
 * @cr: a cairo context whose user space is the page, in points
 *
 * Draws one page on a white page; nothing is painted under it.
 */
void
waymark_crisis_layout_draw_page (WaymarkCrisisLayout *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  GPtrArray *pieces;

  g_return_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  g_return_if_fail (page < self->pages->len);

  pieces = self->pages->pdata[page];
  for (guint i = 0; i < pieces->len; i++)
    waymark_print_draw_piece (cr, pieces->pdata[i]);
}

/**
 * waymark_crisis_layout_get_left_off:
 *
 * Returns: (transfer none) (element-type utf8): a line for each thing
 *   not printed in full on the wallet card, to tell the person before
 *   they print; empty for full pages, which print everything
 */
GPtrArray *
waymark_crisis_layout_get_left_off (WaymarkCrisisLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), NULL);

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  return self->left_off;
}

/**
 * waymark_crisis_layout_get_panel:
 * @index: 0 to %WAYMARK_CRISIS_CARD_N_PANELS - 1
 * @panel: (out): where the panel is on the sheet, in points
 *
 * Returns: %TRUE for a wallet card's panel; %FALSE for full pages
 */
gboolean
waymark_crisis_layout_get_panel (WaymarkCrisisLayout *self,
                                 guint                index,
                                 cairo_rectangle_t   *panel)
{
  g_return_val_if_fail (WAYMARK_IS_CRISIS_LAYOUT (self), FALSE);
  g_return_val_if_fail (panel != NULL, FALSE);

  if (self->kind != WAYMARK_CRISIS_LAYOUT_CARD || index >= WAYMARK_CRISIS_CARD_N_PANELS)
    return FALSE;

  if (!self->paginated)
    waymark_crisis_layout_paginate (self);

  *panel = self->panels[index];
  return TRUE;
}
