/* waymark-paper-size.c: the paper a crisis plan is printed on
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-paper-size"

#include "config.h"

#include <math.h>

#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "waymark-paper-size.h"

/* Letter is 215.9 × 279.4 mm, which glibc rounds to 216 × 279: a paper
 * within this of a known one is that one, to the point. */
#define SAME_MM 1.5

/**
 * waymark_paper_size_default:
 * @width: (out): the width, in points
 * @height: (out): the height, in points
 *
 * The paper of the locale's LC_PAPER, as GTK's print dialog would
 * choose it, without GTK: US Letter in the United States and Canada,
 * A4 in most other places, and A4 when the C library can't say.
 */
void
waymark_paper_size_default (double *width,
                            double *height)
{
  double width_mm = 210;
  double height_mm = 297;

  g_return_if_fail (width != NULL && height != NULL);

#ifdef __GLIBC__
  {
    /* glibc answers these with a number cast to a pointer, in mm. */
    int w = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);
    int h = (int) (gintptr) nl_langinfo (_NL_PAPER_HEIGHT);

    if (w > 0 && h > 0 && w < 2000 && h < 2000)
      {
        width_mm = w;
        height_mm = h;
      }
  }
#endif

  if (fabs (width_mm - 215.9) < SAME_MM && fabs (height_mm - 279.4) < SAME_MM)
    {
      *width = WAYMARK_PAPER_LETTER_WIDTH;
      *height = WAYMARK_PAPER_LETTER_HEIGHT;
    }
  else if (fabs (width_mm - 210) < SAME_MM && fabs (height_mm - 297) < SAME_MM)
    {
      *width = WAYMARK_PAPER_A4_WIDTH;
      *height = WAYMARK_PAPER_A4_HEIGHT;
    }
  else
    {
      *width = width_mm * 72.0 / 25.4;
      *height = height_mm * 72.0 / 25.4;
    }
}

/**
 * waymark_paper_size_from_name:
 * @name: "a4" or "letter", in any case
 * @width: (out): the width, in points
 * @height: (out): the height, in points
 *
 * Returns: whether @name is a paper Waymark knows
 */
gboolean
waymark_paper_size_from_name (const char *name,
                              double     *width,
                              double     *height)
{
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (name != NULL && (g_ascii_strcasecmp (name, "a4") == 0 || g_ascii_strcasecmp (name, "iso_a4") == 0))
    {
      *width = WAYMARK_PAPER_A4_WIDTH;
      *height = WAYMARK_PAPER_A4_HEIGHT;
      return TRUE;
    }

  if (name != NULL && (g_ascii_strcasecmp (name, "letter") == 0 || g_ascii_strcasecmp (name, "na_letter") == 0))
    {
      *width = WAYMARK_PAPER_LETTER_WIDTH;
      *height = WAYMARK_PAPER_LETTER_HEIGHT;
      return TRUE;
    }

  return FALSE;
}
