/* fuzz-reader.h: the body every importer's fuzz target shares (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fuzz-TARGET.c keeps its own file and its own LLVMFuzzerTestOneInput,
 * and hands the bytes to one of these with its reader's sniff and parse:
 * whatever the bytes, a result or an error, never a crash, a leak or
 * undefined behaviour, and every accessor the window uses is run too.
 */

#pragma once

#include <stdint.h>

#include "waymark-import-checkins.h"
#include "waymark-import-daylio.h"

typedef gboolean (*FuzzReaderSniff) (const char *data,
                                     gsize       size);
typedef WaymarkCheckins *(*FuzzReaderCheckinsParse) (const char  *data,
                                                     gsize        size,
                                                     const char  *file_name,
                                                     GError     **error);
typedef WaymarkDaylio *(*FuzzReaderDaylioParse) (const char  *data,
                                                 gsize        size,
                                                 const char  *file_name,
                                                 GError     **error);

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A reader of check-ins: the preview, the days, the tags and the
 * mappings when it reads; an error when it does not. */
static inline int
fuzz_reader_checkins (const uint8_t           *data,
                      size_t                   size,
                      FuzzReaderSniff          sniff,
                      FuzzReaderCheckinsParse  parse,
                      const char              *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckins) checkins = NULL;

  sniff ((const char *) data, size);
  checkins = parse ((const char *) data, size, file_name, &error);
  if (checkins != NULL)
    {
      g_autofree char *text = waymark_checkins_describe (checkins);
      const char *first, *last;

      waymark_checkins_get_n_days (checkins, &first, &last);
      waymark_checkins_get_n_tags (checkins);
      g_assert (waymark_checkins_get_mappings (checkins) != NULL);
    }
  else
    g_assert (error != NULL);
  return 0;
}

/* What the window does with a Daylio-shaped preview: describe it, count
 * its days and set a mood for every label. */
static inline void
fuzz_reader_daylio_accessors (WaymarkDaylio *daylio)
{
  g_autofree char *preview = waymark_daylio_describe (daylio);
  g_auto(GStrv) labels = waymark_daylio_dup_labels (daylio);
  const char *first, *last;

  waymark_daylio_get_n_days (daylio, &first, &last);
  for (guint i = 0; labels[i] != NULL; i++)
    waymark_daylio_set_mood (daylio, labels[i], (int) (i % 12) - 1);
}

/* A reader of Daylio-shaped previews. */
static inline int
fuzz_reader_daylio (const uint8_t         *data,
                    size_t                 size,
                    FuzzReaderSniff        sniff,
                    FuzzReaderDaylioParse  parse,
                    const char            *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaylio) daylio = NULL;

  sniff ((const char *) data, size);
  daylio = parse ((const char *) data, size, file_name, &error);
  if (daylio != NULL)
    fuzz_reader_daylio_accessors (daylio);
  return 0;
}
