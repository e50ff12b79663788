/* fuzz-pixels.c: libFuzzer's way into the Pixels JSON reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-reader.h"
#include "waymark-import-pixels.h"

/* Whatever the bytes: a preview or an error, never a crash, a leak or
 * undefined behaviour (fuzz-reader.h). */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_reader_daylio (data, size, waymark_pixels_sniff, waymark_pixels_parse, "fuzz.json");
}
