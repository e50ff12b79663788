/* waymark-intervention.c: a treatment or support: a therapy, a medication, a complementary therapy, brain stimulation or community support
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-intervention"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-intervention.h"
#include "waymark-store.h"

const char * const waymark_intervention_kinds[] = {
  WAYMARK_INTERVENTION_PSYCHOTHERAPY, WAYMARK_INTERVENTION_MEDICATION, WAYMARK_INTERVENTION_COMPLEMENTARY,
  WAYMARK_INTERVENTION_BRAIN_STIMULATION, WAYMARK_INTERVENTION_COMMUNITY_SUPPORT, NULL
};
const char * const waymark_intervention_kind_labels[] = {
  N_("Talking therapy"), N_("Medication"), N_("Complementary therapy"),
  N_("Brain stimulation"), N_("Community support"), NULL
};

static const WaymarkColumn columns[] = {
  [WAYMARK_INTERVENTION_KIND] = { "kind", WAYMARK_COLUMN_TEXT, "psychotherapy" },
  [WAYMARK_INTERVENTION_SUBTYPE] = { "subtype", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_NAME] = { "name", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_PROVIDER] = { "provider", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_SCHEDULE] = { "schedule", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_DOSE] = { "dose", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_PRESCRIBER] = { "prescriber", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_PURPOSE] = { "purpose", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_INTERVENTION_START_DATE] = { "start_date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_INTERVENTION_END_DATE] = { "end_date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_INTERVENTION_NOTES] = { "notes", WAYMARK_COLUMN_TEXT, NULL },
};

static const WaymarkChildTable children[] = {
  { "medication_dose", "intervention_id" },
  { "checkin_medication", "intervention_id" },
};

static const WaymarkTable table = {
  "intervention", "intervention", NULL, NULL,
  columns, G_N_ELEMENTS (columns),
  children, G_N_ELEMENTS (children),
};

/* A dose is free text ("50 mg", "1 tablet at night"); when it starts
 * with a number, that number must be one a prescription could hold. */
gboolean
waymark_dose_is_plausible (const char *dose)
{
  g_autofree char *text = g_strstrip (g_strdup (dose ? dose : ""));
  char *end = NULL;
  double amount;

  if (*text == '\0' || !(g_ascii_isdigit (*text) || *text == '-' || *text == '.'))
    return TRUE;

  amount = g_ascii_strtod (text, &end);
  return end != text && amount > 0 && amount < 100000;
}

static gboolean
waymark_intervention_validate (WaymarkRecord  *record,
                               GError        **error)
{
  const char *dose = waymark_record_get_text (record, WAYMARK_INTERVENTION_DOSE);

  g_return_val_if_fail (g_strv_contains (waymark_intervention_kinds, waymark_record_get_text (record, WAYMARK_INTERVENTION_KIND)), FALSE);

  if (!waymark_record_check_required (record, WAYMARK_INTERVENTION_NAME,
                                      _("Give it a name, such as “CBT with Dr Okafor” or “Sertraline”."),
                                      error))
    return FALSE;

  if (!waymark_dose_is_plausible (dose))
    {
      g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                   _("The dose “%s” doesn’t look right. Check the number and the unit on the label or prescription."),
                   dose);
      return FALSE;
    }

  return waymark_record_check_dates (record, WAYMARK_INTERVENTION_START_DATE, WAYMARK_INTERVENTION_END_DATE,
                                     _("The end date is before the start date."), error);
}

WAYMARK_DEFINE_RECORD (WaymarkIntervention, waymark_intervention, table, waymark_intervention_validate)
