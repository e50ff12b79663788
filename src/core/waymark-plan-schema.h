/* waymark-plan-schema.h: the plan's tables as an export and an import see them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct
{
  char     *name;
  /* The table another row's id this column holds, or NULL. */
  char     *references;
  /* The table's own id: INTEGER PRIMARY KEY, never reused. */
  gboolean  is_id;
} WaymarkSchemaColumn;

typedef struct
{
  char      *name;
  gboolean   has_id;
  /* Of WaymarkSchemaColumn, in the table's order. */
  GPtrArray *columns;
  /* The primary key's columns, comma-separated: the rows' order. */
  char      *order_by;
} WaymarkSchemaTable;

GPtrArray           *waymark_plan_schema_load        (sqlite3                  *db,
                                                      GError                  **error);
gboolean             waymark_plan_schema_is_internal (const char               *table);
WaymarkSchemaTable  *waymark_plan_schema_find        (GPtrArray                *tables,
                                                      const char               *name);
WaymarkSchemaColumn *waymark_schema_table_find       (WaymarkSchemaTable       *table,
                                                      const char               *column);
const char          *waymark_plan_schema_kind        (const char               *table);

G_END_DECLS
