/* fuzz-loop.c: libFuzzer's way into the Loop Habit Tracker reader (tests/fuzz/run)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "waymark-import-loop.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The input is Habits.csv, a NUL byte, then Checkmarks.csv, as the zip
 * would hold them. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkLoop) loop = NULL;
  const uint8_t *nul = memchr (data, 0, size);
  size_t habits = nul ? (size_t) (nul - data) : size;

  g_hash_table_insert (files, "Habits.csv", g_bytes_new (data, habits));
  g_hash_table_insert (files, "Checkmarks.csv",
                       nul ? g_bytes_new (nul + 1, size - habits - 1) : g_bytes_new (NULL, 0));
  loop = waymark_loop_parse (files, "fuzz.zip", &error);
  if (loop != NULL)
    {
      g_autofree char *text = waymark_loop_describe (loop);

      waymark_loop_get_n_days (loop, NULL, NULL);
    }
  return 0;
}
