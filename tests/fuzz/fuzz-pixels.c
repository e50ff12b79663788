/* fuzz-pixels.c: libFuzzer's way into the Pixels JSON reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "waymark-import-pixels.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Whatever the bytes: a preview or an error, never a crash, a leak or
 * undefined behaviour; every accessor the window uses is run too. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaylio) daylio = NULL;

  waymark_pixels_sniff ((const char *) data, size);
  daylio = waymark_pixels_parse ((const char *) data, size, "fuzz.json", &error);
  if (daylio != NULL)
    {
      g_autofree char *preview = waymark_daylio_describe (daylio);
      g_auto(GStrv) labels = waymark_daylio_dup_labels (daylio);
      const char *first, *last;

      waymark_daylio_get_n_days (daylio, &first, &last);
      for (guint i = 0; labels[i] != NULL; i++)
        waymark_daylio_set_mood (daylio, labels[i], (int) (i % 12) - 1);
    }
  return 0;
}
