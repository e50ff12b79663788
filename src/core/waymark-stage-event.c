/* waymark-stage-event.c: the stage of recovery a person recorded from a day on
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-stage-event"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-date.h"
#include "waymark-stage.h"
#include "waymark-stage-event.h"
#include "waymark-store.h"

static const WaymarkColumn columns[] = {
  [WAYMARK_STAGE_EVENT_DATE] = { "date", WAYMARK_COLUMN_DATE, NULL },
  [WAYMARK_STAGE_EVENT_STAGE] = { "stage", WAYMARK_COLUMN_TEXT, NULL },
  [WAYMARK_STAGE_EVENT_NOTE] = { "note", WAYMARK_COLUMN_TEXT, NULL },
};

/* Oldest first: the stages read in the order they were lived. */
static const WaymarkTable table = {
  "stage_event", "stage-event", NULL, "date, id",
  columns, G_N_ELEMENTS (columns),
  NULL, 0,
};

static gboolean
waymark_stage_event_validate (WaymarkRecord  *record,
                              GError        **error)
{
  const char *stage = waymark_record_get_text (record, WAYMARK_STAGE_EVENT_STAGE);

  if (waymark_stage_find (stage) == NULL)
    {
      if (*stage == '\0')
        g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                             _("Choose the stage you were in from this day on."));
      else
        g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                     _("“%s” is not one of the stages of recovery Waymark knows. Choose one from the list."),
                     stage);
      return FALSE;
    }

  if (!waymark_record_check_required (record, WAYMARK_STAGE_EVENT_DATE,
                                      _("Choose the day this stage began."), error))
    return FALSE;

  if (waymark_date_is_after_today (waymark_record_get_text (record, WAYMARK_STAGE_EVENT_DATE)))
    {
      g_set_error_literal (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_INVALID,
                           _("That day hasn’t come yet. Choose today, or the day this stage began."));
      return FALSE;
    }

  return TRUE;
}

WAYMARK_DEFINE_RECORD (WaymarkStageEvent, waymark_stage_event, table, waymark_stage_event_validate)
