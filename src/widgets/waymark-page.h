/* waymark-page.h: what a page of the window shares: the plan it shows,
 * read only once the page is shown
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"
#include "waymark-width-first-bin.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PAGE (waymark_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkPage, waymark_page, WAYMARK, PAGE, WaymarkWidthFirstBin)

struct _WaymarkPageClass
{
  WaymarkWidthFirstBinClass parent_class;

  /* The kinds of change (WaymarkStore::changed details) that make the
   * page read again; NULL-terminated, or NULL for every kind. */
  const char * const *reload_on;

  /* Build and load only once the page has been laid out, even when the
   * idle after mapping comes before that frame (the frame clock waiting
   * for its turn): a page that looks at what is on screen as it loads. */
  gboolean load_when_laid_out;

  /* Makes what the page is made of, once, after the frame that first
   * shows the page (before load), store or not. */
  void (*build)   (WaymarkPage *self);
  /* The page is shown with a store it has not read: read and show it.
   * Called after the frame that first shows the page. */
  void (*load)    (WaymarkPage *self);
  /* Writes what is waiting to be saved: the page is hidden, the store
   * is about to go, or the page is going. */
  void (*flush)   (WaymarkPage *self);
  /* The store goes (after flush): forget what was read from it. */
  void (*unload)  (WaymarkPage *self);
  /* One of reload_on changed (each change, at once), before reload. */
  void (*changed) (WaymarkPage *self,
                   const char  *kind);
  /* Read again, once, after a burst of changes has landed. */
  void (*reload)  (WaymarkPage *self);
};

void          waymark_page_set_store    (WaymarkPage  *self,
                                         WaymarkStore *store);
WaymarkStore *waymark_page_get_store    (WaymarkPage  *self);
gboolean      waymark_page_is_loaded    (WaymarkPage  *self);
gboolean      waymark_page_is_built     (WaymarkPage  *self);
void          waymark_page_ensure_built (WaymarkPage  *self);

G_END_DECLS
