/* fuzz-emoods.c: libFuzzer's way into the eMoods entry.csv reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-reader.h"
#include "waymark-import-emoods.h"

/* Whatever the bytes: check-ins or an error, never a crash, a leak or
 * undefined behaviour (fuzz-reader.h). */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_reader_checkins (data, size, waymark_emoods_sniff, waymark_emoods_parse, "entry.csv");
}
