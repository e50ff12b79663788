/* waymark-medication-dose.c: a change in a medication's dose, kept as its history
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-medication-dose"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"

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

/* A medication's history is the doses it was taken at, each from the day
 * it was written down: a new dose typed in the history, or a changed
 * Dose field once the editor closes. */

/**
 * waymark_medication_dose_is_new:
 * @treatment: a treatment (a #WaymarkIntervention)
 * @previous_dose: (nullable): its dose when last kept in its history
 *
 * Returns: whether @treatment is a medication whose dose is written and
 *   is not @previous_dose, so belongs in its history
 */
gboolean
waymark_medication_dose_is_new (WaymarkRecord *treatment,
                                const char    *previous_dose)
{
  const char *dose;

  g_return_val_if_fail (WAYMARK_IS_RECORD (treatment), FALSE);

  dose = waymark_record_get_text (treatment, WAYMARK_INTERVENTION_DOSE);
  return g_str_equal (waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND), WAYMARK_INTERVENTION_MEDICATION) &&
         *dose != '\0' && g_strcmp0 (dose, previous_dose) != 0;
}

/**
 * waymark_medication_dose_record:
 * @store: the plan
 * @medication: a medication already in the plan
 * @dose: the dose, such as "50 mg"
 * @error: return location for an error
 *
 * Adds @dose to @medication's history, from today. A dose that is not
 * plausible is refused with a message for the person.
 *
 * Returns: whether the dose is in the history
 */
gboolean
waymark_medication_dose_record (WaymarkStore   *store,
                                WaymarkRecord  *medication,
                                const char     *dose,
                                GError        **error)
{
  g_autoptr(WaymarkMedicationDose) change = waymark_medication_dose_new ();
  char today[16];

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (WAYMARK_IS_RECORD (medication), FALSE);
  g_return_val_if_fail (waymark_record_get_id (medication) > 0, FALSE);
  g_return_val_if_fail (dose != NULL, FALSE);

  waymark_local_today_iso (today);
  waymark_record_set_reference (WAYMARK_RECORD (change), WAYMARK_MEDICATION_DOSE_INTERVENTION_ID,
                                waymark_record_get_id (medication));
  waymark_record_set_text (WAYMARK_RECORD (change), WAYMARK_MEDICATION_DOSE_DATE, today);
  waymark_record_set_text (WAYMARK_RECORD (change), WAYMARK_MEDICATION_DOSE_DOSE, dose);

  return waymark_store_save (store, WAYMARK_RECORD (change), error);
}
