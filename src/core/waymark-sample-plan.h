/* waymark-sample-plan.h: the sample plan a person can look around in,
 * kept in a temporary folder that goes when it is closed
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WAYMARK_SAMPLE_PLAN_DAYS 120

#define WAYMARK_TYPE_SAMPLE_PLAN (waymark_sample_plan_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkSamplePlan, waymark_sample_plan, WAYMARK, SAMPLE_PLAN, GObject)

WaymarkSamplePlan *waymark_sample_plan_new           (guint                days,
                                                      GError             **error);
void               waymark_sample_plan_new_async     (guint                days,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
WaymarkSamplePlan *waymark_sample_plan_new_finish    (GAsyncResult        *result,
                                                      GError             **error);
const char        *waymark_sample_plan_get_path      (WaymarkSamplePlan   *self);
const char        *waymark_sample_plan_get_folder    (WaymarkSamplePlan   *self);
void               waymark_sample_plan_discard       (WaymarkSamplePlan   *self);

gboolean           waymark_sample_plan_is_sample     (const char          *plan_path);
void               waymark_sample_plan_discard_all   (void);
guint              waymark_sample_plan_clean_stale   (void);

G_END_DECLS
