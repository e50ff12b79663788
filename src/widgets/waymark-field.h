/* waymark-field.h: how a record's column is edited
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_FIELD_ENTRY,     /* a line of text */
  WAYMARK_FIELD_DATE,      /* YYYY-MM-DD, typed or picked from a calendar */
  WAYMARK_FIELD_CHOICE,    /* one of values[], shown as labels[] */
  WAYMARK_FIELD_PERCENT,   /* 0 to 100 */
  WAYMARK_FIELD_SWITCH,    /* yes or no */
  WAYMARK_FIELD_TEXT,      /* sentences: several lines, wrapped */
} WaymarkFieldKind;

/* One row of a record editor. Labels are N_() strings, translated when
 * shown; values[] are what is stored. */
typedef struct
{
  guint               column;
  WaymarkFieldKind    kind;
  const char         *label;
  const char * const *values;
  const char * const *labels;
  const char * const *descriptions;  /* nullable: a N_() line under each label */
} WaymarkField;

G_END_DECLS
