/* waymark-record-section.h: a list of one kind of record, with its editor:
 * a section of the Plan and Crisis Plan pages, the Journal's trackers
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-field.h"
#include "waymark-store.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_RECORD_SECTION (waymark_record_section_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRecordSection, waymark_record_section, WAYMARK, RECORD_SECTION, AdwBin)

typedef struct _WaymarkRecordEditor WaymarkRecordEditor;

/* Fills a row in for a record: a subtitle, a prefix such as a progress
 * ring or a tick for today. */
typedef void (*WaymarkRowDecorator) (WaymarkRecordSection *section,
                                     AdwActionRow         *row,
                                     WaymarkRecord        *record);

/* Adds to an editor, such as a goal's progress notes. */
typedef void (*WaymarkEditorExtender) (WaymarkRecordSection *section,
                                       WaymarkRecordEditor  *editor);

/* Opens something other than the plain editor for a row (@record) or a
 * new entry (%NULL), such as the contact a crisis entry is about. */
typedef void (*WaymarkRecordOpener) (WaymarkRecordSection *section,
                                     WaymarkRecord        *record);

/* Deletes differently, such as taking someone off the care team while
 * they stay in the crisis plan. */
typedef void (*WaymarkRecordDeleter) (WaymarkRecordSection *section,
                                      WaymarkRecord        *record);

/* Reads what the rows show beyond their records for all of them in one
 * go, such as every routine item's days done: once each time the section
 * reads its records, before the rows are decorated, which then find it
 * with waymark_record_section_get_rows_data (). */
typedef gpointer (*WaymarkRowsReader) (WaymarkRecordSection  *section,
                                       GError               **error);

/* What a section holds and how it is edited; strings are N_(). Written
 * with designated initialisers: what is left out is NULL or 0. */
typedef struct
{
  const char            *name;           /* for tests and accessibility: "goals" */
  GType                (*record_type) (void);  /* such as waymark_goal_get_type */
  const char            *scope;          /* the value of the table's scope column, or NULL */
  const char            *title;
  const char            *guidance;       /* what belongs here, shown when it is empty */
  const char            *add_label;      /* "Add a Goal" */
  const char            *editor_title;   /* "Goal" */
  guint                  title_column;
  int                    subtitle_column;   /* -1 for none */
  const WaymarkField    *fields;
  guint                  n_fields;
  WaymarkRowDecorator    decorate_row;   /* NULL: the title and subtitle only */
  WaymarkEditorExtender  extend_editor;  /* NULL: the fields only */
  WaymarkRecordOpener    open_record;    /* NULL: the editor of the record itself */
  const char            *also_reload_on; /* another kind the rows show, or NULL */
  WaymarkRecordDeleter   delete_record;  /* NULL: delete the record, with Undo */
  WaymarkRowsReader      read_rows;      /* NULL: the rows show their records only */
  GDestroyNotify         free_rows;      /* frees what read_rows returned */
} WaymarkSectionSpec;

WaymarkRecordSection     *waymark_record_section_new            (const WaymarkSectionSpec *spec);
void                      waymark_record_section_set_store      (WaymarkRecordSection     *self,
                                                                 WaymarkStore             *store);
WaymarkStore             *waymark_record_section_get_store      (WaymarkRecordSection     *self);
void                      waymark_record_section_reload         (WaymarkRecordSection     *self);
void                      waymark_record_section_add            (WaymarkRecordSection     *self);
void                      waymark_record_section_hold_rows      (WaymarkRecordSection     *self,
                                                                 gboolean                  held);
gboolean                  waymark_record_section_is_held        (WaymarkRecordSection     *self);
gboolean                  waymark_record_section_has_rows       (WaymarkRecordSection     *self);
void                      waymark_record_section_set_filter     (WaymarkRecordSection     *self,
                                                                 GtkListBoxFilterFunc      filter,
                                                                 gpointer                  data);
void                      waymark_record_section_set_header     (WaymarkRecordSection     *self,
                                                                 GtkWidget                *header);
GListModel               *waymark_record_section_get_records    (WaymarkRecordSection     *self);
WaymarkRecord            *waymark_record_section_get_row_record (WaymarkRecordSection     *self,
                                                                 GtkListBoxRow            *row);
const WaymarkSectionSpec *waymark_record_section_get_spec       (WaymarkRecordSection     *self);
gpointer                  waymark_record_section_get_rows_data  (WaymarkRecordSection     *self);

G_END_DECLS
