/* waymark-person.c: the person whose plan this is
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-person"

#include "config.h"

#include "waymark-person.h"

/* Every property of a person is a string that is never NULL ("" when the
 * person has not said), so they share one array and one pair of
 * accessors instead of eight copies of the same setter. */
enum {
  PROP_0,
  PROP_NAME,
  PROP_PRONOUNS,
  PROP_DATE_OF_BIRTH,
  PROP_DIAGNOSIS,
  PROP_RECOVERY_MEANING,
  PROP_NOTES,
  PROP_LANGUAGE,
  PROP_COUNTRY,
  N_PROPS
};

struct _WaymarkPerson
{
  GObject parent_instance;

  /* Owned */
  char *fields[N_PROPS];
};

G_DEFINE_FINAL_TYPE (WaymarkPerson, waymark_person, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char *
get_field (WaymarkPerson *self,
           guint          prop_id)
{
  g_assert (prop_id > PROP_0 && prop_id < N_PROPS);

  return self->fields[prop_id] ? self->fields[prop_id] : "";
}

static void
set_field (WaymarkPerson *self,
           guint          prop_id,
           const char    *value)
{
  g_assert (prop_id > PROP_0 && prop_id < N_PROPS);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (get_field (self, prop_id), value) == 0)
    return;

  g_free (self->fields[prop_id]);
  self->fields[prop_id] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
waymark_person_finalize (GObject *object)
{
  WaymarkPerson *self = WAYMARK_PERSON (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->fields[i], g_free);

  G_OBJECT_CLASS (waymark_person_parent_class)->finalize (object);
}

static void
waymark_person_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkPerson *self = WAYMARK_PERSON (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, get_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
waymark_person_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkPerson *self = WAYMARK_PERSON (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    set_field (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
waymark_person_class_init (WaymarkPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[N_PROPS] = {
    [PROP_NAME] = "name",
    [PROP_PRONOUNS] = "pronouns",
    [PROP_DATE_OF_BIRTH] = "date-of-birth",
    [PROP_DIAGNOSIS] = "diagnosis",
    [PROP_RECOVERY_MEANING] = "recovery-meaning",
    [PROP_NOTES] = "notes",
    [PROP_LANGUAGE] = "language",
    [PROP_COUNTRY] = "country",
  };

  object_class->finalize = waymark_person_finalize;
  object_class->get_property = waymark_person_get_property;
  object_class->set_property = waymark_person_set_property;

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "",
                                         (G_PARAM_READWRITE |
                                          G_PARAM_EXPLICIT_NOTIFY |
                                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_person_init (WaymarkPerson *self)
{
}

WaymarkPerson *
waymark_person_new (void)
{
  return g_object_new (WAYMARK_TYPE_PERSON, NULL);
}

#define PERSON_ACCESSORS(field, PROP)                                   \
  const char *                                                          \
  waymark_person_get_##field (WaymarkPerson *self)                      \
  {                                                                     \
    g_return_val_if_fail (WAYMARK_IS_PERSON (self), NULL);              \
    return get_field (self, PROP);                                      \
  }                                                                     \
                                                                        \
  void                                                                  \
  waymark_person_set_##field (WaymarkPerson *self,                      \
                              const char    *value)                     \
  {                                                                     \
    g_return_if_fail (WAYMARK_IS_PERSON (self));                        \
    set_field (self, PROP, value);                                      \
  }

PERSON_ACCESSORS (name, PROP_NAME)
PERSON_ACCESSORS (pronouns, PROP_PRONOUNS)
PERSON_ACCESSORS (date_of_birth, PROP_DATE_OF_BIRTH)
PERSON_ACCESSORS (diagnosis, PROP_DIAGNOSIS)
PERSON_ACCESSORS (recovery_meaning, PROP_RECOVERY_MEANING)
PERSON_ACCESSORS (notes, PROP_NOTES)
PERSON_ACCESSORS (language, PROP_LANGUAGE)
PERSON_ACCESSORS (country, PROP_COUNTRY)
