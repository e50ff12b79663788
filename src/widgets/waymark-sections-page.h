/* waymark-sections-page.h: a page made of plan sections, such as the Plan
 * and the Crisis Plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-record-section.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_SECTIONS_PAGE (waymark_sections_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkSectionsPage, waymark_sections_page, WAYMARK, SECTIONS_PAGE, AdwBin)

struct _WaymarkSectionsPageClass
{
  AdwBinClass parent_class;

  /* Adds the page's sections with waymark_sections_page_add (); called
   * once, after the window's first frame, when the page is first shown. */
  void (*build)        (WaymarkSectionsPage *self);
  /* Writes what is waiting to be saved, before the store goes. */
  void (*flush)        (WaymarkSectionsPage *self);
  /* The page has a new store (or none); sections already have it. */
  void (*store_set)    (WaymarkSectionsPage *self);
  /* The store changed records of @kind (sections have reloaded). */
  void (*changed)      (WaymarkSectionsPage *self,
                        const char          *kind);
};

void                  waymark_sections_page_set_box   (WaymarkSectionsPage  *self,
                                                       GtkBox               *box);
void                  waymark_sections_page_add       (WaymarkSectionsPage  *self,
                                                       WaymarkRecordSection *section);
WaymarkRecordSection *waymark_sections_page_find      (WaymarkSectionsPage  *self,
                                                       const char           *name);
void                  waymark_sections_page_reveal    (WaymarkSectionsPage  *self,
                                                       const char           *name);
gboolean              waymark_sections_page_is_built  (WaymarkSectionsPage  *self);
void                  waymark_sections_page_set_store (WaymarkSectionsPage  *self,
                                                       WaymarkStore         *store);
WaymarkStore         *waymark_sections_page_get_store (WaymarkSectionsPage  *self);

G_END_DECLS
