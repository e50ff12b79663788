/* waymark-sections-page.h: a page made of record sections, such as the
 * Plan and the Crisis Plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-page.h"
#include "waymark-record-section.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_SECTIONS_PAGE (waymark_sections_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkSectionsPage, waymark_sections_page, WAYMARK, SECTIONS_PAGE, WaymarkPage)

/* A subclass adds its sections in WaymarkPageClass.build, which runs
 * once, after the frame that first shows the page; its
 * WaymarkPageClass.load chains up last, once what is above the sections
 * is filled in (the sections on screen are then measured and filled). */
struct _WaymarkSectionsPageClass
{
  WaymarkPageClass parent_class;
};

void                  waymark_sections_page_set_box (WaymarkSectionsPage  *self,
                                                     GtkBox               *box);
void                  waymark_sections_page_add     (WaymarkSectionsPage  *self,
                                                     WaymarkRecordSection *section);
WaymarkRecordSection *waymark_sections_page_find    (WaymarkSectionsPage  *self,
                                                     const char           *name);
WaymarkRecordSection *waymark_sections_page_lookup  (WaymarkSectionsPage  *self,
                                                     const char           *name);
gboolean              waymark_sections_page_is_filled (WaymarkSectionsPage *self);
void                  waymark_sections_page_reveal  (WaymarkSectionsPage  *self,
                                                     const char           *name);

G_END_DECLS
