/* waymark-intervention.h: a treatment or support: a therapy, a medication, a complementary therapy, brain stimulation or community support
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"

G_BEGIN_DECLS

/* Columns, for waymark_record_get_text () and friends. */
typedef enum
{
  WAYMARK_INTERVENTION_KIND,
  WAYMARK_INTERVENTION_SUBTYPE,
  WAYMARK_INTERVENTION_NAME,
  WAYMARK_INTERVENTION_PROVIDER,
  WAYMARK_INTERVENTION_SCHEDULE,
  WAYMARK_INTERVENTION_DOSE,
  WAYMARK_INTERVENTION_PRESCRIBER,
  WAYMARK_INTERVENTION_PURPOSE,
  WAYMARK_INTERVENTION_START_DATE,
  WAYMARK_INTERVENTION_END_DATE,
  WAYMARK_INTERVENTION_NOTES,
  WAYMARK_INTERVENTION_N_COLUMNS
} WaymarkInterventionColumn;

#define WAYMARK_INTERVENTION_PSYCHOTHERAPY      "psychotherapy"
#define WAYMARK_INTERVENTION_MEDICATION         "medication"
#define WAYMARK_INTERVENTION_COMPLEMENTARY      "complementary"
#define WAYMARK_INTERVENTION_BRAIN_STIMULATION  "brain-stimulation"
#define WAYMARK_INTERVENTION_COMMUNITY_SUPPORT  "community-support"

/* The kinds, as kept in the file, NULL-terminated, and their labels in
 * the same order (N_()). */
extern const char * const waymark_intervention_kinds[];
extern const char * const waymark_intervention_kind_labels[];

gboolean waymark_dose_is_plausible (const char *dose);

#define WAYMARK_TYPE_INTERVENTION (waymark_intervention_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkIntervention, waymark_intervention, WAYMARK, INTERVENTION, WaymarkRecord)

WaymarkIntervention *waymark_intervention_new (void);

G_END_DECLS
