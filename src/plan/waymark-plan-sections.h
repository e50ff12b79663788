/* waymark-plan-sections.h: the sections of the Plan page (plan/ only)
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record-section.h"

G_BEGIN_DECLS

const WaymarkSectionSpec * const *waymark_plan_sections (guint *n_sections);

G_END_DECLS
