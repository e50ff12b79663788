/* waymark-window-navigation.c: the window's actions that lead somewhere
 * in it: a page (win.show-page), a section of the plan, a check-in's
 * editor, a draft left unfinished
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include "waymark-checkin.h"
#include "waymark-journal-page.h"
#include "waymark-sections-page.h"
#include "waymark-window-private.h"

static void
show_page_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  GtkWidget *page;

  waymark_window_show_page (self, g_variant_get_string (param, NULL));
  /* Ctrl+1…4: the keyboard goes on in the page, not on its tab. */
  page = _waymark_window_get_visible_page (self);
  if (page != NULL)
    _waymark_window_focus_page (self, page);
}

/* The plan page, scrolled to one of its sections ("warning-signs"):
 * how the journal's early warning note leads to the person's own plan. */
static void
show_plan_section_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);

  if (waymark_window_get_store (self) == NULL)
    return;

  waymark_window_show_page (self, "plan");
  waymark_sections_page_reveal (WAYMARK_SECTIONS_PAGE (_waymark_window_ensure_page (self, "plan")),
                                g_variant_get_string (param, NULL));
}

/* A check-in from anywhere in the window: the journal, and its editor. */
static void
new_checkin_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);

  if (waymark_window_get_store (self) == NULL)
    return;

  waymark_window_show_page (self, "journal");
  waymark_journal_page_new_checkin (WAYMARK_JOURNAL_PAGE (_waymark_window_ensure_page (self, "journal")));
}

/* A check-in to add more to (Today's "Add More…"): the journal, and its
 * editor on that check-in. */
static void
edit_checkin_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);
  g_autoptr(WaymarkRecord) checkin = NULL;
  g_autoptr(GError) error = NULL;

  if (waymark_window_get_store (self) == NULL)
    return;

  checkin = waymark_store_get (waymark_window_get_store (self), WAYMARK_TYPE_CHECKIN, g_variant_get_int64 (param), &error);
  waymark_window_show_page (self, "journal");
  if (checkin != NULL)
    waymark_journal_page_edit_checkin (WAYMARK_JOURNAL_PAGE (_waymark_window_ensure_page (self, "journal")), WAYMARK_CHECKIN (checkin));
  else
    /* Deleted in the meantime: a new one, rather than nothing. */
    waymark_journal_page_new_checkin (WAYMARK_JOURNAL_PAGE (_waymark_window_ensure_page (self, "journal")));
}

/* "Keep Writing", when a check-in or questionnaire left unfinished is
 * offered back: it opens over the journal, where it belongs. */
static void
resume_draft_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (user_data);

  if (waymark_window_get_store (self) == NULL)
    return;

  waymark_window_show_page (self, "journal");
  waymark_journal_page_resume_draft (WAYMARK_JOURNAL_PAGE (_waymark_window_ensure_page (self, "journal")), g_variant_get_int64 (param));
}

static const GActionEntry navigation_actions[] = {
  { "new-checkin", new_checkin_action },
  { "edit-checkin", edit_checkin_action, "x" },
  { "show-page", show_page_action, "s" },
  { "show-plan-section", show_plan_section_action, "s" },
  { "resume-draft", resume_draft_action, "x" },
};

void
_waymark_window_add_navigation_actions (WaymarkWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), navigation_actions,
                                   G_N_ELEMENTS (navigation_actions), self);
}
