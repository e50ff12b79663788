/* fuzz-daylio-backup.c: libFuzzer's way into the .daylio backup reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-reader.h"
#include "waymark-import-daylio-backup.h"

/* The first byte chooses: even, the rest is the backup's JSON (so the
 * fuzzer reaches the entries without having to find base64 first); odd,
 * the rest is backup.daylio as stored, base64. Whatever the bytes: a
 * preview or an error, never a crash, a leak or undefined behaviour;
 * every accessor the window uses is run too (fuzz-reader.h). */
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
    fuzz_reader_daylio_accessors (daylio);
  return 0;
}
