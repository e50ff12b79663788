/* fuzz-daylio.c: libFuzzer's way into the Daylio CSV reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-reader.h"
#include "waymark-import-daylio.h"

/* Whatever the bytes: a preview or an error, never a crash, a leak or
 * undefined behaviour (fuzz-reader.h). */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_reader_daylio (data, size, waymark_daylio_sniff, waymark_daylio_parse, "fuzz.csv");
}
