/* waymark-safety-net.h: the emergency number and crisis lines Waymark
 * suggests for a country, before the person has written their own
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-store.h"

G_BEGIN_DECLS

/* Stored in person.country when the person said their country is none
 * of those Waymark knows: nothing is suggested then. An empty
 * person.country means "the country of this computer's locale". */
#define WAYMARK_SAFETY_NET_NO_COUNTRY "-"

typedef struct
{
  char *name;     /* the line's own name, not translated */
  char *number;   /* as the country writes it: "116 123" */
  char *hours;    /* "24/7", the hours as the source gives them, or "" */
  char *source;   /* where the number was checked */
} WaymarkCrisisLine;

typedef struct
{
  char      *code;              /* ISO 3166-1 alpha-2, "GB" */
  char      *english_name;      /* translated by waymark_safety_net_country_get_name() */
  char      *emergency_number;
  char      *emergency_source;
  char      *checked;           /* YYYY-MM-DD: when the numbers were checked */
  GPtrArray *lines;             /* WaymarkCrisisLine *, one or two */
} WaymarkSafetyNetCountry;

GPtrArray                     *waymark_safety_net_get_countries      (void);
const WaymarkSafetyNetCountry *waymark_safety_net_lookup             (const char *code);
const WaymarkSafetyNetCountry *waymark_safety_net_resolve            (const char *stored_country);

const WaymarkSafetyNetCountry *waymark_safety_net_for_plan          (WaymarkStore *store);

char                          *waymark_safety_net_country_from_locale_name (const char *locale);
char                          *waymark_safety_net_country_from_environment (void);

const char                    *waymark_safety_net_country_get_name   (const WaymarkSafetyNetCountry *country);
char                          *waymark_safety_net_country_format_checked (const WaymarkSafetyNetCountry *country);
const WaymarkCrisisLine       *waymark_safety_net_country_get_line   (const WaymarkSafetyNetCountry *country);
const char                    *waymark_crisis_line_get_hours_label   (const WaymarkCrisisLine       *line);
char                          *waymark_safety_net_unbroken    (const char                    *number);
char                          *waymark_safety_net_tel_uri            (const char                    *number);

/* For tests: the table is parsed and checked the same way. */
GPtrArray                     *waymark_safety_net_parse              (const char  *data,
                                                                      gsize        length,
                                                                      GError     **error);
gboolean                       waymark_safety_net_validate           (GPtrArray   *countries,
                                                                      GError     **error);

G_END_DECLS
