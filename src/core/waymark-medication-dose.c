/* waymark-medication-dose.c: a change in a medication's dose, kept as its history
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-medication-dose"

#include "config.h"

#include <glib/gi18n.h>
#include "waymark-intervention.h"

#include "waymark-medication-dose.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_MEDICATION_DOSE_INTERVENTION_ID] = { "intervention_id", WAYMARK_COLUMN_REFERENCE, NULL },
  [WAYMARK_MEDICATION_DOSE_DATE] = { "date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_MEDICATION_DOSE_DOSE] = { "dose", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_MEDICATION_DOSE_SCHEDULE] = { "schedule", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_MEDICATION_DOSE_NOTE] = { "note", WAYMARK_COLUMN_TEXT, NULL },
};


static const WaymarkTable table = {
  "medication_dose", "intervention", "intervention_id", "date DESC, id DESC",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static gboolean
waymark_medication_dose_validate (WaymarkRecord  *record,
                                  GError        **error)
{
  const char *dose = waymark_record_get_text (record, WAYMARK_MEDICATION_DOSE_DOSE);

  g_return_val_if_fail (waymark_record_get_reference (record, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID) > 0, FALSE);

  if (!waymark_record_check_required (record, WAYMARK_MEDICATION_DOSE_DATE,
                                      _("A dose change needs the date it started."), error) ||
      !waymark_record_check_required (record, WAYMARK_MEDICATION_DOSE_DOSE,
                                      _("Write the new dose, such as “50 mg”."), error))
    return FALSE;

  if (!waymark_dose_is_plausible (dose))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("The dose “%s” doesn’t look right. Check the number and the unit on the label or prescription."),
                   dose);
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkMedicationDose, waymark_medication_dose, table, waymark_medication_dose_validate)
