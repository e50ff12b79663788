/* waymark-person.h: the person whose plan this is
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_PERSON (waymark_person_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPerson, waymark_person, WAYMARK, PERSON, GObject)

WaymarkPerson *waymark_person_new                      (void);
const char    *waymark_person_get_name                 (WaymarkPerson *self);
void           waymark_person_set_name                 (WaymarkPerson *self,
                                                        const char    *name);
const char    *waymark_person_get_pronouns             (WaymarkPerson *self);
void           waymark_person_set_pronouns             (WaymarkPerson *self,
                                                        const char    *pronouns);
const char    *waymark_person_get_date_of_birth        (WaymarkPerson *self);
void           waymark_person_set_date_of_birth        (WaymarkPerson *self,
                                                        const char    *iso_date);
const char    *waymark_person_get_diagnosis            (WaymarkPerson *self);
void           waymark_person_set_diagnosis            (WaymarkPerson *self,
                                                        const char    *diagnosis);
const char    *waymark_person_get_recovery_meaning     (WaymarkPerson *self);
void           waymark_person_set_recovery_meaning     (WaymarkPerson *self,
                                                        const char    *text);
const char    *waymark_person_get_notes                (WaymarkPerson *self);
void           waymark_person_set_notes                (WaymarkPerson *self,
                                                        const char    *notes);
const char    *waymark_person_get_language             (WaymarkPerson *self);
void           waymark_person_set_language             (WaymarkPerson *self,
                                                        const char    *language);
const char    *waymark_person_get_country              (WaymarkPerson *self);
void           waymark_person_set_country              (WaymarkPerson *self,
                                                        const char    *country);

G_END_DECLS
