/* waymark-stage.h: the stages of recovery, in the order they are usually lived
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stages a person records on their timeline. Going back to an
 * earlier stage is part of recovery; the order is only where a stage
 * usually comes, never a score. Names and descriptions are Waymark's
 * own words, stored untranslated (N_()): show them with _(). */
typedef struct
{
  const char *key;          /* stored in stage_event.stage */
  const char *name;         /* N_() */
  const char *feels_like;   /* N_(): what this stage usually feels like */
  const char *what_helps;   /* N_(): what tends to help in it */
  guint       order;        /* 0 for the first stage; its index in waymark_stages () */
  const char *summary;      /* N_(): the stage in one plain line, for the stage picker */
} WaymarkStageInfo;

#define WAYMARK_STAGE_MORATORIUM   "moratorium"
#define WAYMARK_STAGE_AWARENESS    "awareness"
#define WAYMARK_STAGE_PREPARATION  "preparation"
#define WAYMARK_STAGE_ACTION       "action"
#define WAYMARK_STAGE_HEALING      "healing"
#define WAYMARK_STAGE_COMMITMENT   "commitment"

const WaymarkStageInfo *waymark_stages      (guint      *n_stages);
const WaymarkStageInfo *waymark_stage_find  (const char *key);

G_END_DECLS
