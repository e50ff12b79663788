/* waymark-medication-dose.h: a change in a medication's dose, kept as its history
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-record.h"
#include "waymark-store.h"

G_BEGIN_DECLS

/* Columns, for waymark_record_get_text () and friends. */
typedef enum
{
  WAYMARK_MEDICATION_DOSE_INTERVENTION_ID,
  WAYMARK_MEDICATION_DOSE_DATE,
  WAYMARK_MEDICATION_DOSE_DOSE,
  WAYMARK_MEDICATION_DOSE_SCHEDULE,
  WAYMARK_MEDICATION_DOSE_NOTE,
  WAYMARK_MEDICATION_DOSE_N_COLUMNS
} WaymarkMedicationDoseColumn;


#define WAYMARK_TYPE_MEDICATION_DOSE (waymark_medication_dose_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMedicationDose, waymark_medication_dose, WAYMARK, MEDICATION_DOSE, WaymarkRecord)

WaymarkMedicationDose *waymark_medication_dose_new      (void);
gboolean               waymark_medication_dose_is_new   (WaymarkRecord  *treatment,
                                                         const char     *previous_dose);
gboolean               waymark_medication_dose_record   (WaymarkStore   *store,
                                                         WaymarkRecord  *medication,
                                                         const char     *dose,
                                                         GError        **error);

G_END_DECLS
