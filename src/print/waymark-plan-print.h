/* waymark-plan-print.h: the whole recovery plan as it is printed, read
 * from the plan file, or blank to fill in by hand
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "waymark-store.h"

G_BEGIN_DECLS

/* Labels and the names of choices are kept untranslated (the N_()
 * strings) and dates as "YYYY-MM-DD": both are put in words when laid
 * out, in the print language, which need not be the window's. */

typedef struct
{
  const char *label;      /* N_() string, or NULL */
  char       *text;       /* as the person wrote it */
  const char *choice;     /* N_() string shown instead of text, or NULL */
  char       *date;       /* "YYYY-MM-DD" shown before the text, or NULL */
  gboolean    run_on;     /* on the line before, after a " · " */
} WaymarkPlanPrintDetail;

typedef struct
{
  char       *title;
  char       *phone;      /* a person's: printed large */
  const char *group;      /* goals: the dimension's label, N_() */
  double      progress;   /* 0 to 1, or < 0 for none */
  GPtrArray  *details;    /* WaymarkPlanPrintDetail * */
  GPtrArray  *history;    /* WaymarkPlanPrintDetail *: a medication's doses */
} WaymarkPlanPrintItem;

typedef struct
{
  const char *key;        /* as the Plan page names it: "goals" */
  const char *title;      /* N_() */
  const char *guidance;   /* N_(): printed on a blank plan */
  guint       blank_lines;
  GPtrArray  *items;      /* WaymarkPlanPrintItem * */
} WaymarkPlanPrintSection;

typedef struct
{
  char      *person_name;
  char      *pronouns;
  char      *date_of_birth;
  char      *recovery_meaning;
  char      *diagnosis;
  char      *language;     /* the person's print language, or NULL */
  char      *date;         /* the day it is printed, "YYYY-MM-DD" */
  gboolean   blank;
  gboolean   reviewed_line;  /* "Reviewed with ______ on ______" */
  GPtrArray *sections;     /* WaymarkPlanPrintSection *, in the Plan page's order */
} WaymarkPlanPrint;

WaymarkPlanPrint *waymark_plan_print_load      (WaymarkStore      *store,
                                                GError           **error);
WaymarkPlanPrint *waymark_plan_print_new_blank (void);
void              waymark_plan_print_free      (WaymarkPlanPrint  *print);
gboolean          waymark_plan_print_is_empty  (WaymarkPlanPrint  *print);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkPlanPrint, waymark_plan_print_free)

G_END_DECLS
