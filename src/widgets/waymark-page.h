/* waymark-page.h: what a page of the window that reads the plan shares
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PAGE (waymark_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkPage, waymark_page, WAYMARK, PAGE, AdwBin)

struct _WaymarkPageClass
{
  AdwBinClass parent_class;

  /* The kinds of change (WaymarkStore::changed details) that make the
   * page read again; NULL-terminated. */
  const char * const *reload_on;

  /* The page is shown with a store it has not read: read and show it.
   * Called after the frame that first shows the page. */
  void (*load)    (WaymarkPage *self);
  /* The store goes: forget what was read from it. */
  void (*unload)  (WaymarkPage *self);
  /* One of reload_on changed (each change, at once), before reload. */
  void (*changed) (WaymarkPage *self,
                   const char  *kind);
  /* Read again, once, after a burst of changes has landed. */
  void (*reload)  (WaymarkPage *self);
};

void          waymark_page_set_store (WaymarkPage  *self,
                                      WaymarkStore *store);
WaymarkStore *waymark_page_get_store (WaymarkPage  *self);
gboolean      waymark_page_is_loaded (WaymarkPage  *self);

G_END_DECLS
