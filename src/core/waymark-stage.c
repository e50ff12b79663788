/* waymark-stage.c: the stages of recovery, in the order they are usually lived
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-stage"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-stage.h"

/* Waymark's own words: plain and kind, written for someone who may be
 * in that stage now. */
static const WaymarkStageInfo stages[] = {
  /* Translators: the stages of recovery on the Timeline page, and what
   * each usually feels like and what helps, shown when a stage is
   * selected. Write them for someone who may be in that stage now.
   * Going back to an earlier stage is part of recovery, never a
   * failure; please keep that tone. */
  { WAYMARK_STAGE_MORATORIUM, N_("Moratorium"),
    N_("A time when life can feel on hold: numb, lost or stuck, and hope is hard to find. "
       "Many people pass through here, and it is not your fault."),
    N_("Rest, small comforts, and someone who listens without trying to fix anything. "
       "You don’t have to plan yet: getting through the day is enough."),
    0,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("Life feels on hold, and getting through the day is enough.") },
  { WAYMARK_STAGE_AWARENESS, N_("Awareness"),
    N_("A first sense that things could be different, and that you are still there under "
       "what has been happening. Hope may come and go, and that is all right."),
    N_("Hearing from people who have been there, and telling someone you trust what you "
       "notice. Let the small moments of hope count."),
    1,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("A first sense that things could be different.") },
  { WAYMARK_STAGE_PREPARATION, N_("Preparation"),
    N_("Taking stock of what matters to you, what you are good at and what you need. "
       "It can feel hopeful and daunting at the same time."),
    N_("Learning about your health and the support around you, writing down what keeps you "
       "well, and choosing one small first step. Asking for help is part of preparing."),
    2,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("Taking stock of what matters to you and what you need.") },
  { WAYMARK_STAGE_ACTION, N_("Action"),
    N_("Doing the work of recovery: trying things, keeping a routine, taking back parts of "
       "your life. There are good days and hard ones, and both belong here."),
    N_("Goals you can reach, people who cheer you on, and kindness to yourself when a step "
       "doesn’t go to plan. Going back a stage for a while is part of the way, not the end of it."),
    3,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("Doing the work of recovery, one step at a time.") },
  { WAYMARK_STAGE_HEALING, N_("Healing"),
    N_("Life starts to feel like your own again. You know your signs and your tools, and "
       "hard days pass more easily than they used to."),
    N_("Keeping up what works, noticing how far you have come, and making room for the "
       "people and things that matter to you."),
    4,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("Life starts to feel like your own again.") },
  { WAYMARK_STAGE_COMMITMENT, N_("Commitment"),
    N_("Looking after your wellbeing has become part of how you live, and you can look "
       "ahead with hope. Hard times may still come, and you know you can get through them."),
    N_("Reviewing your plan now and then, staying connected, and perhaps sharing what you "
       "have learned with someone earlier on the way."),
    5,
    /* Translators: the stage in one line, under its name in the stage picker */
    N_("Looking after your wellbeing is part of how you live.") },
};

/**
 * waymark_stages:
 * @n_stages: (out): how many there are
 *
 * Returns: (array length=n_stages): every stage, in the order they are
 *   usually lived
 */
const WaymarkStageInfo *
waymark_stages (guint *n_stages)
{
  g_return_val_if_fail (n_stages != NULL, NULL);

  *n_stages = G_N_ELEMENTS (stages);
  return stages;
}

/**
 * waymark_stage_find:
 * @key: (nullable): a stored stage, such as "awareness"
 *
 * Returns: (nullable): the stage, or %NULL when @key is none of them
 */
const WaymarkStageInfo *
waymark_stage_find (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stages[i].key, key) == 0)
      return &stages[i];

  return NULL;
}
