/* waymark-record.c: one row of a plan, as a GObject with a property per column
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-record-private.h"
#include "waymark-store-error.h"

/* A record class says once which columns it has (WaymarkTable); the
 * properties, their storage, the SQL and undo are all derived from that,
 * so a new kind of record is a table description, typed accessors and a
 * validate function, and nothing else. Property ids are column index + 1. */

typedef struct
{
  gint64  id;         /* 0 until the store has written it */
  int     position;
  GValue *values;     /* one per column, in the table's order */
} WaymarkRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WaymarkRecord, waymark_record, G_TYPE_OBJECT)

static GType
column_gtype (const WaymarkColumn *column)
{
  switch (column->type)
    {
    case WAYMARK_COLUMN_TEXT:
    case WAYMARK_COLUMN_DATE:
      return G_TYPE_STRING;
    case WAYMARK_COLUMN_INT:
    case WAYMARK_COLUMN_SCALE:
      return G_TYPE_INT;
    case WAYMARK_COLUMN_REAL:
      return G_TYPE_DOUBLE;
    case WAYMARK_COLUMN_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case WAYMARK_COLUMN_REFERENCE:
      return G_TYPE_INT64;
    default:
      g_assert_not_reached ();
    }
}

static GValue *
get_values (WaymarkRecord *self)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;

  g_assert (table != NULL);

  if (priv->values == NULL)
    {
      priv->values = g_new0 (GValue, table->n_columns);
      for (guint i = 0; i < table->n_columns; i++)
        {
          const WaymarkColumn *column = &table->columns[i];

          g_value_init (&priv->values[i], column_gtype (column));
          if (column->type == WAYMARK_COLUMN_TEXT || column->type == WAYMARK_COLUMN_DATE)
            g_value_set_string (&priv->values[i], column->default_text ? column->default_text : "");
          else if (column->type == WAYMARK_COLUMN_INT)
            g_value_set_int (&priv->values[i], column->min);
          else if (column->type == WAYMARK_COLUMN_SCALE)
            g_value_set_int (&priv->values[i], WAYMARK_UNSET);
          else if (column->type == WAYMARK_COLUMN_REAL)
            g_value_set_double (&priv->values[i], WAYMARK_UNSET);
        }
    }

  return priv->values;
}

static GValue *
get_value (WaymarkRecord *self,
           guint          column,
           GType          expected)
{
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;
  GValue *value;

  g_return_val_if_fail (column < table->n_columns, NULL);
  value = &get_values (self)[column];
  g_return_val_if_fail (G_VALUE_HOLDS (value, expected), NULL);

  return value;
}

static void
notify_column (WaymarkRecord *self,
               guint          column)
{
  g_autofree char *name = g_strdup (WAYMARK_RECORD_GET_CLASS (self)->table->columns[column].name);

  g_strdelimit (name, "_", '-');
  g_object_notify (G_OBJECT (self), name);
}

static void
waymark_record_finalize (GObject *object)
{
  WaymarkRecord *self = WAYMARK_RECORD (object);
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;

      for (guint i = 0; i < table->n_columns; i++)
        g_value_unset (&priv->values[i]);
      g_clear_pointer (&priv->values, g_free);
    }

  G_OBJECT_CLASS (waymark_record_parent_class)->finalize (object);
}

static void
waymark_record_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkRecord *self = WAYMARK_RECORD (object);
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;

  if (prop_id == 0 || prop_id > table->n_columns)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_copy (&get_values (self)[prop_id - 1], value);
}

static void
waymark_record_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkRecord *self = WAYMARK_RECORD (object);
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;
  GValue *stored;

  if (prop_id == 0 || prop_id > table->n_columns)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  stored = &get_values (self)[prop_id - 1];
  if (g_param_values_cmp (pspec, stored, value) == 0)
    return;

  g_value_copy (value, stored);
  if (G_VALUE_HOLDS_STRING (stored) && g_value_get_string (stored) == NULL)
    g_value_set_static_string (stored, "");

  g_object_notify_by_pspec (object, pspec);
}

static gboolean
waymark_record_real_validate (WaymarkRecord  *self,
                              GError        **error)
{
  return TRUE;
}

static void
waymark_record_class_init (WaymarkRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_record_finalize;
  object_class->get_property = waymark_record_get_property;
  object_class->set_property = waymark_record_set_property;

  klass->validate = waymark_record_real_validate;
}

static void
waymark_record_init (WaymarkRecord *self)
{
}

/**
 * waymark_record_class_set_table:
 * @klass: a record class, in its class_init
 * @table: (not nullable): how its records are kept; must live forever
 *
 * Installs a property for each of @table's columns.
 */
void
waymark_record_class_set_table (WaymarkRecordClass *klass,
                                const WaymarkTable *table)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  g_return_if_fail (WAYMARK_IS_RECORD_CLASS (klass));
  g_return_if_fail (table != NULL && klass->table == NULL);

  klass->table = table;

  /* GObject does not inherit these: each class that owns properties
   * must name its own accessors. */
  object_class->get_property = waymark_record_get_property;
  object_class->set_property = waymark_record_set_property;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const WaymarkColumn *column = &table->columns[i];
      char *name = g_strdelimit (g_strdup (column->name), "_", '-');
      GParamSpec *pspec = NULL;

      switch (column->type)
        {
        case WAYMARK_COLUMN_TEXT:
        case WAYMARK_COLUMN_DATE:
          pspec = g_param_spec_string (g_intern_string (name), NULL, NULL,
                                       column->default_text ? column->default_text : "", flags);
          break;
        case WAYMARK_COLUMN_INT:
          pspec = g_param_spec_int (g_intern_string (name), NULL, NULL,
                                    column->min, column->max, column->min, flags);
          break;
        case WAYMARK_COLUMN_SCALE:
          pspec = g_param_spec_int (g_intern_string (name), NULL, NULL,
                                    WAYMARK_UNSET, column->max, WAYMARK_UNSET, flags);
          break;
        case WAYMARK_COLUMN_REAL:
          pspec = g_param_spec_double (g_intern_string (name), NULL, NULL,
                                       WAYMARK_UNSET, column->max, WAYMARK_UNSET, flags);
          break;
        case WAYMARK_COLUMN_BOOLEAN:
          pspec = g_param_spec_boolean (g_intern_string (name), NULL, NULL, FALSE, flags);
          break;
        case WAYMARK_COLUMN_REFERENCE:
          pspec = g_param_spec_int64 (g_intern_string (name), NULL, NULL, 0, G_MAXINT64, 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }

      g_object_class_install_property (object_class, i + 1, pspec);
      g_free (name);
    }
}

const WaymarkTable *
waymark_record_get_table (WaymarkRecord *self)
{
  g_return_val_if_fail (WAYMARK_IS_RECORD (self), NULL);

  return WAYMARK_RECORD_GET_CLASS (self)->table;
}

/**
 * waymark_record_get_id:
 *
 * Returns: the record's stable id, or 0 if it has not been written yet
 */
gint64
waymark_record_get_id (WaymarkRecord *self)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_RECORD (self), 0);

  return priv->id;
}

int
waymark_record_get_position (WaymarkRecord *self)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_RECORD (self), 0);

  return priv->position;
}

void
_waymark_record_set_id (WaymarkRecord *self,
                        gint64         id)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);

  priv->id = id;
}

void
_waymark_record_set_position (WaymarkRecord *self,
                              int            position)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);

  priv->position = position;
}

/**
 * waymark_record_validate:
 * @self: a record
 * @error: a #WAYMARK_STORE_ERROR_INVALID with a message for the person
 *
 * Returns: whether the record may be written as it is
 */
gboolean
waymark_record_validate (WaymarkRecord  *self,
                         GError        **error)
{
  const WaymarkTable *table;

  g_return_val_if_fail (WAYMARK_IS_RECORD (self), FALSE);

  /* Every date column holds a real date or nothing. */
  table = WAYMARK_RECORD_GET_CLASS (self)->table;
  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *date;

      if (table->columns[i].type != WAYMARK_COLUMN_DATE)
        continue;

      date = waymark_record_get_text (self, i);
      if (*date != '\0' && !waymark_date_is_valid (date))
        {
          g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                       _("“%s” is not a date on the calendar. Dates are written like 2026-03-31."),
                       date);
          return FALSE;
        }
    }

  return WAYMARK_RECORD_GET_CLASS (self)->validate (self, error);
}

/**
 * waymark_record_copy:
 *
 * Returns: (transfer full): a record of the same kind with the same
 *   values, id and position
 */
WaymarkRecord *
waymark_record_copy (WaymarkRecord *self)
{
  WaymarkRecordPrivate *priv = waymark_record_get_instance_private (self);
  const WaymarkTable *table;
  WaymarkRecord *copy;
  GValue *from, *to;

  g_return_val_if_fail (WAYMARK_IS_RECORD (self), NULL);

  table = WAYMARK_RECORD_GET_CLASS (self)->table;
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  from = get_values (self);
  to = get_values (copy);
  for (guint i = 0; i < table->n_columns; i++)
    g_value_copy (&from[i], &to[i]);
  _waymark_record_set_id (copy, priv->id);
  _waymark_record_set_position (copy, priv->position);

  return copy;
}

const char *
waymark_record_get_text (WaymarkRecord *self,
                         guint          column)
{
  GValue *value = get_value (self, column, G_TYPE_STRING);

  return value && g_value_get_string (value) ? g_value_get_string (value) : "";
}

void
waymark_record_set_text (WaymarkRecord *self,
                         guint          column,
                         const char    *text)
{
  GValue *value = get_value (self, column, G_TYPE_STRING);

  if (value == NULL || g_strcmp0 (g_value_get_string (value), text ? text : "") == 0)
    return;

  g_value_set_string (value, text ? text : "");
  notify_column (self, column);
}

int
waymark_record_get_int (WaymarkRecord *self,
                        guint          column)
{
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;
  GValue *value;

  g_return_val_if_fail (column < table->n_columns, 0);
  value = &get_values (self)[column];

  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);

  g_return_val_if_fail (G_VALUE_HOLDS_INT (value), 0);
  return g_value_get_int (value);
}

void
waymark_record_set_int (WaymarkRecord *self,
                        guint          column,
                        int            number)
{
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;
  GValue *value;

  g_return_if_fail (column < table->n_columns);
  value = &get_values (self)[column];

  if (G_VALUE_HOLDS_BOOLEAN (value))
    {
      if (g_value_get_boolean (value) == !!number)
        return;
      g_value_set_boolean (value, !!number);
    }
  else if (table->columns[column].type == WAYMARK_COLUMN_SCALE)
    {
      /* Anything outside the scale means "not recorded". */
      if (number < table->columns[column].min || number > table->columns[column].max)
        number = WAYMARK_UNSET;
      if (g_value_get_int (value) == number)
        return;
      g_value_set_int (value, number);
    }
  else
    {
      number = CLAMP (number, table->columns[column].min, table->columns[column].max);
      if (g_value_get_int (value) == number)
        return;
      g_value_set_int (value, number);
    }

  notify_column (self, column);
}

/**
 * waymark_record_get_real:
 *
 * Returns: a REAL column's value, or %WAYMARK_UNSET
 */
double
waymark_record_get_real (WaymarkRecord *self,
                         guint          column)
{
  GValue *value = get_value (self, column, G_TYPE_DOUBLE);

  return value ? g_value_get_double (value) : WAYMARK_UNSET;
}

/**
 * waymark_record_set_real:
 * @value: a number in the column's range; anything else (a negative
 *   number, NAN) means "not recorded"
 */
void
waymark_record_set_real (WaymarkRecord *self,
                         guint          column,
                         double         number)
{
  const WaymarkTable *table = WAYMARK_RECORD_GET_CLASS (self)->table;
  GValue *value = get_value (self, column, G_TYPE_DOUBLE);

  if (value == NULL)
    return;

  if (isnan (number) || number < table->columns[column].min || number > table->columns[column].max)
    number = WAYMARK_UNSET;

  if (g_value_get_double (value) == number)
    return;

  g_value_set_double (value, number);
  notify_column (self, column);
}

gint64
waymark_record_get_reference (WaymarkRecord *self,
                              guint          column)
{
  GValue *value = get_value (self, column, G_TYPE_INT64);

  return value ? g_value_get_int64 (value) : 0;
}

void
waymark_record_set_reference (WaymarkRecord *self,
                              guint          column,
                              gint64         id)
{
  GValue *value = get_value (self, column, G_TYPE_INT64);

  if (value == NULL || g_value_get_int64 (value) == id)
    return;

  g_value_set_int64 (value, id);
  notify_column (self, column);
}

/**
 * waymark_choice_get_label:
 * @values: the values a column may hold, %NULL-terminated
 * @labels: their labels, in the same order, marked N_()
 * @value: (nullable): a value
 *
 * Returns: (transfer none): @value's label in the person's language, or
 *   @value itself when it is not one of @values
 */
const char *
waymark_choice_get_label (const char * const *values,
                          const char * const *labels,
                          const char         *value)
{
  g_return_val_if_fail (values != NULL && labels != NULL, value);

  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return _(labels[i]);

  return value;
}

gboolean
waymark_record_check_required (WaymarkRecord  *self,
                               guint           column,
                               const char     *message,
                               GError        **error)
{
  g_autofree char *text = g_strstrip (g_strdup (waymark_record_get_text (self, column)));

  if (*text != '\0')
    return TRUE;

  g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* ISO dates compare as strings, so an end before the start is caught
 * without building dates. */
gboolean
waymark_record_check_dates (WaymarkRecord  *self,
                            guint           start_column,
                            guint           end_column,
                            const char     *message,
                            GError        **error)
{
  const char *start = waymark_record_get_text (self, start_column);
  const char *end = waymark_record_get_text (self, end_column);

  if (*start == '\0' || *end == '\0' || strcmp (start, end) <= 0)
    return TRUE;

  g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID, message);
  return FALSE;
}
