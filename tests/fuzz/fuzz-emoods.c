/* fuzz-emoods.c: libFuzzer's way into the eMoods entry.csv reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "waymark-import-emoods.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Whatever the bytes: check-ins or an error, never a crash, a leak or
 * undefined behaviour; the preview and every accessor the window uses
 * are run too. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkCheckins) checkins = NULL;

  waymark_emoods_sniff ((const char *) data, size);
  checkins = waymark_emoods_parse ((const char *) data, size, "entry.csv", &error);
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
