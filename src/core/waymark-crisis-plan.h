/* waymark-crisis-plan.h: the crisis plan as a whole, for the page, print and PDF
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

/* The sections in the order they are climbed in a crisis: the six steps
 * of a safety plan, what matters most, then what supporters use when
 * the person can't decide for themselves. Titles and guidance are
 * Waymark's own words. */
typedef struct
{
  const char *key;            /* stored in crisis_entry.section */
  const char *title;          /* N_() */
  const char *guidance;       /* N_(): what belongs here */
  const char *detail_label;   /* N_() label of the second field, or NULL */
  gboolean    about_people;   /* entries are contacts, with phone numbers */
  gboolean    for_supporters; /* part of the plan others use to take over */
} WaymarkCrisisSectionInfo;

const WaymarkCrisisSectionInfo *waymark_crisis_sections      (guint      *n_sections);
const WaymarkCrisisSectionInfo *waymark_crisis_section_find  (const char *key);

#define WAYMARK_CRISIS_EMERGENCY_SECTION "emergency-number"

/* One printed line: a sign, a step, or a person and how to reach them. */
typedef struct
{
  char *text;
  char *detail;
  char *phone;      /* "" unless about a person */
  char *hours;      /* "" unless about a person */
} WaymarkCrisisItem;

typedef struct
{
  const WaymarkCrisisSectionInfo *info;
  GPtrArray                      *items;   /* WaymarkCrisisItem * */
} WaymarkCrisisSection;

/* A snapshot: what is printed or exported is exactly what was read. */
typedef struct
{
  char      *person_name;       /* "" when the plan names nobody */
  char      *date;              /* YYYY-MM-DD: when it was read */
  char      *emergency_number;  /* "" when not given */
  GPtrArray *sections;          /* WaymarkCrisisSection *, every section, in order */
} WaymarkCrisisPlan;

WaymarkCrisisPlan *waymark_crisis_plan_load      (WaymarkStore      *store,
                                                  GError           **error);
WaymarkCrisisPlan *waymark_crisis_plan_new       (void);
void               waymark_crisis_plan_add_item  (WaymarkCrisisPlan *plan,
                                                  const char        *section_key,
                                                  const char        *text,
                                                  const char        *detail,
                                                  const char        *phone,
                                                  const char        *hours);
WaymarkCrisisSection *waymark_crisis_plan_get_section (WaymarkCrisisPlan *plan,
                                                       const char        *key);
gboolean           waymark_crisis_plan_is_empty  (WaymarkCrisisPlan *plan);
guint              waymark_crisis_plan_count_mentions (WaymarkStore *store,
                                                       gint64        contact_id);
void               waymark_crisis_plan_free      (WaymarkCrisisPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkCrisisPlan, waymark_crisis_plan_free)

G_END_DECLS
