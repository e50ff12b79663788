/* waymark-plan-section.h: one section of the plan: a list of one kind of record
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-field.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PLAN_SECTION (waymark_plan_section_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPlanSection, waymark_plan_section, WAYMARK, PLAN_SECTION, AdwBin)

typedef struct _WaymarkRecordEditor WaymarkRecordEditor;

/* Fills a row in for a record: a subtitle, a prefix such as a progress
 * ring or a tick for today. */
typedef void (*WaymarkRowDecorator) (WaymarkPlanSection *section,
                                     AdwActionRow       *row,
                                     WaymarkRecord      *record);

/* Adds to an editor, such as a goal's progress notes. */
typedef void (*WaymarkEditorExtender) (WaymarkPlanSection  *section,
                                       WaymarkRecordEditor *editor);

/* Opens something other than the plain editor for a row (@record) or a
 * new entry (%NULL), such as the contact a crisis entry is about. */
typedef void (*WaymarkRecordOpener) (WaymarkPlanSection *section,
                                     WaymarkRecord      *record);

/* Deletes differently, such as taking someone off the care team while
 * they stay in the crisis plan. */
typedef void (*WaymarkRecordDeleter) (WaymarkPlanSection *section,
                                      WaymarkRecord      *record);

/* What a section holds and how it is edited; strings are N_(). */
typedef struct
{
  const char            *name;          /* for tests and accessibility: "goals" */
  GType                  record_type;
  const char            *scope;         /* the group of records, or NULL */
  const char            *title;
  const char            *guidance;      /* what belongs here, shown when it is empty */
  const char            *add_label;     /* "Add a Goal" */
  const char            *editor_title;  /* "Goal" */
  guint                  title_column;
  int                    subtitle_column;   /* -1 for none */
  const WaymarkField    *fields;
  guint                  n_fields;
  WaymarkRowDecorator    decorate_row;
  WaymarkEditorExtender  extend_editor;
  WaymarkRecordOpener    open_record;    /* NULL: the editor of the record itself */
  const char            *also_reload_on; /* another kind the rows show, or NULL */
  WaymarkRecordDeleter   delete_record;  /* NULL: delete the record, with Undo */
} WaymarkSectionSpec;

WaymarkPlanSection *waymark_plan_section_new          (const WaymarkSectionSpec *spec);
void                waymark_plan_section_set_store    (WaymarkPlanSection       *self,
                                                       WaymarkStore             *store);
WaymarkStore       *waymark_plan_section_get_store    (WaymarkPlanSection       *self);
void                waymark_plan_section_reload       (WaymarkPlanSection       *self);
void                waymark_plan_section_add          (WaymarkPlanSection       *self);
void                waymark_plan_section_set_filter   (WaymarkPlanSection       *self,
                                                       GtkListBoxFilterFunc      filter,
                                                       gpointer                  data);
void                waymark_plan_section_set_header   (WaymarkPlanSection       *self,
                                                       GtkWidget                *header);
GListModel         *waymark_plan_section_get_records  (WaymarkPlanSection       *self);
const WaymarkSectionSpec *waymark_plan_section_get_spec (WaymarkPlanSection     *self);

G_END_DECLS
