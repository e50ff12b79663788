/* waymark-language.h: the languages Waymark speaks, and printing in one
 * that is not the workstation's
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;          /* "de": the po file's name, and LANGUAGE's */
  const char *native_name;   /* "Deutsch": how its speakers name it */
} WaymarkLanguage;

const WaymarkLanguage *waymark_languages              (guint       *n_languages);
const WaymarkLanguage *waymark_language_find          (const char  *code);
char                  *waymark_language_describe_all  (void);
const char            *waymark_language_current       (void);
gboolean               waymark_language_is_rtl        (const char  *code);

GDateWeekday           waymark_locale_first_weekday   (void);

void                   waymark_language_push          (const char  *code);
void                   waymark_language_pop           (void);

G_END_DECLS
