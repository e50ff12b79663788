/* waymark-record.h: one row of a plan, as a GObject with a property per column
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_COLUMN_TEXT,       /* a string, "" when empty */
  WAYMARK_COLUMN_DATE,       /* "YYYY-MM-DD", or "" (NULL in the file) */
  WAYMARK_COLUMN_INT,        /* an int between min and max */
  WAYMARK_COLUMN_BOOLEAN,
  WAYMARK_COLUMN_REFERENCE,  /* the id of another record, 0 for none (NULL) */
  WAYMARK_COLUMN_SCALE,      /* an int between min and max, or WAYMARK_UNSET (NULL) */
  WAYMARK_COLUMN_REAL,       /* a double between min and max, or WAYMARK_UNSET (NULL) */
} WaymarkColumnType;

/* What a SCALE or REAL column holds when nothing was recorded. */
#define WAYMARK_UNSET (-1)

typedef struct
{
  const char        *name;          /* the column; the property is the same with '-' for '_' */
  WaymarkColumnType  type;
  const char        *default_text;  /* TEXT: the default, NULL for "" */
  int                min;           /* INT: the range and the default (min);
                                     * SCALE, REAL: the range (the default is unset) */
  int                max;
} WaymarkColumn;

typedef struct
{
  const char *table;
  const char *column;   /* the column that refers to the parent's id */
} WaymarkChildTable;

/* How a kind of record is kept: which table, which columns, which rows
 * are ordered together, and which rows in other tables belong to it (so
 * that undoing a delete brings them back too). */
typedef struct
{
  const char              *table;
  const char              *kind;         /* the detail of WaymarkStore::changed */
  const char              *scope;        /* records listed and ordered together share this column */
  const char              *order_by;     /* NULL: by the person's own order (a position column) */
  const WaymarkColumn     *columns;
  guint                    n_columns;
  const WaymarkChildTable *children;
  guint                    n_children;
} WaymarkTable;

#define WAYMARK_TYPE_RECORD (waymark_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkRecord, waymark_record, WAYMARK, RECORD, GObject)

struct _WaymarkRecordClass
{
  GObjectClass parent_class;

  const WaymarkTable *table;

  /* Checks the record before it is written; the message is for a person. */
  gboolean (*validate) (WaymarkRecord  *self,
                        GError        **error);
};

void                waymark_record_class_set_table   (WaymarkRecordClass *klass,
                                                      const WaymarkTable *table);
const WaymarkTable *waymark_record_get_table         (WaymarkRecord      *self);
gint64              waymark_record_get_id            (WaymarkRecord      *self);
int                 waymark_record_get_position      (WaymarkRecord      *self);
gboolean            waymark_record_validate          (WaymarkRecord      *self,
                                                      GError            **error);
WaymarkRecord      *waymark_record_copy              (WaymarkRecord      *self);

/* Column access by index into the class's table, for the store and for
 * the typed accessors of each record class. */
const char         *waymark_record_get_text          (WaymarkRecord      *self,
                                                      guint               column);
void                waymark_record_set_text          (WaymarkRecord      *self,
                                                      guint               column,
                                                      const char         *value);
int                 waymark_record_get_int           (WaymarkRecord      *self,
                                                      guint               column);
void                waymark_record_set_int           (WaymarkRecord      *self,
                                                      guint               column,
                                                      int                 value);
double              waymark_record_get_real          (WaymarkRecord      *self,
                                                      guint               column);
void                waymark_record_set_real          (WaymarkRecord      *self,
                                                      guint               column,
                                                      double              value);
gint64              waymark_record_get_reference     (WaymarkRecord      *self,
                                                      guint               column);
void                waymark_record_set_reference     (WaymarkRecord      *self,
                                                      guint               column,
                                                      gint64              id);

const char         *waymark_choice_get_label         (const char * const *values,
                                                      const char * const *labels,
                                                      const char         *value);

/* Shared checks for validate implementations. */
gboolean            waymark_record_check_required    (WaymarkRecord      *self,
                                                      guint               column,
                                                      const char         *message,
                                                      GError            **error);
gboolean            waymark_record_check_dates       (WaymarkRecord      *self,
                                                      guint               start_column,
                                                      guint               end_column,
                                                      const char         *message,
                                                      GError            **error);

/* A record class is its table, an optional validate function and
 * nothing else; this defines the boilerplate of one. */
#define WAYMARK_DEFINE_RECORD(TypeName, type_name, table_description, validate_func)  \
  struct _##TypeName { WaymarkRecord parent_instance; };                             \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, WAYMARK_TYPE_RECORD)                     \
  static void                                                                        \
  type_name##_class_init (TypeName##Class *klass)                                    \
  {                                                                                  \
    WaymarkRecordClass *record_class = WAYMARK_RECORD_CLASS (klass);                 \
    waymark_record_class_set_table (record_class, &(table_description));            \
    if ((validate_func) != NULL)                                                     \
      record_class->validate = (validate_func);                                      \
  }                                                                                  \
  static void                                                                        \
  type_name##_init (TypeName *self)                                                  \
  {                                                                                  \
  }                                                                                  \
  TypeName *                                                                         \
  type_name##_new (void)                                                             \
  {                                                                                  \
    return g_object_new (type_name##_get_type (), NULL);                             \
  }

G_END_DECLS
