/* fuzz-daylio-backup.c: libFuzzer's way into the .daylio backup reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "waymark-import-daylio-backup.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The first byte chooses: even, the rest is the backup's JSON (so the
 * fuzzer reaches the entries without having to find base64 first); odd,
 * the rest is backup.daylio as stored, base64. Whatever the bytes: a
 * preview or an error, never a crash, a leak or undefined behaviour;
 * every accessor the window uses is run too. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkDaylio) daylio = NULL;
  const char *text = (const char *) data + 1;

  if (size == 0)
    return 0;
  waymark_daylio_backup_sniff (text, size - 1);
  if (data[0] % 2 == 0)
    daylio = waymark_daylio_backup_parse_json (text, size - 1, "fuzz.daylio", &error);
  else
    daylio = waymark_daylio_backup_parse (text, size - 1, "fuzz.daylio", &error);
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
