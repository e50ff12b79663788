/* waymark-plan-print.c: the whole recovery plan as it is printed, read
 * from the plan file, or blank to fill in by hand
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-plan-print"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-contact.h"
#include "waymark-date.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-person.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-print.h"
#include "waymark-plan-review.h"
#include "waymark-routine-item.h"

/* Every section of the Plan page, in its order (see
 * waymark-plan-sections.c, whose titles and guidance these are), with
 * everything its rows and editors show. Read once, in one go, so what
 * is printed is the plan as it was at that moment. */

typedef struct
{
  const char *key;
  const char *title;
  const char *guidance;
  guint       blank_lines;
} SectionInfo;

static const SectionInfo section_infos[] = {
  { "care-team", N_("My Care Team"),
    N_("The people who support your care, such as your GP, therapist, psychiatrist, peer mentor "
       "or support group, and how to reach them."), 6 },
  { "goals", N_("Goals"),
    N_("Goals are the steps you want to take, in your health, your home, your purpose and your "
       "community. Small ones count. Say what success will look like, so you can see it when it comes."), 3 },
  { "routine", N_("Daily Routine"),
    N_("The small things that keep you well each day, like going to bed on time, a walk, your "
       "medication or a call with a friend. Tick them off as you do them."), 6 },
  { "toolbox", N_("Wellness Toolbox"),
    N_("Things you can do to feel better or stay well: music, a walk, a bath, talking to a "
       "friend, breathing slowly. Collect what works for you."), 6 },
  { "triggers", N_("Triggers"),
    N_("Events or situations that can knock you off balance, such as an anniversary or a row, "
       "and what you will do if they happen."), 5 },
  { "warning-signs", N_("Early Warning Signs"),
    N_("Small changes that tell you things may be getting harder, like sleeping badly or not "
       "answering messages, and what you will do when you notice them."), 5 },
  { "breakdown-signs", N_("When Things Are Breaking Down"),
    N_("Signs that things have become very hard, and the plan that helps you, and the people "
       "around you, act early."), 5 },
  { "treatments", N_("Treatments and Supports"),
    N_("Talking therapies, medication, complementary therapies and the groups and services that "
       "support you, with who provides them and when."), 6 },
  { "reviews", N_("Plan Reviews"),
    N_("Looking at your plan again every few months, alone or with someone you trust, keeps it "
       "yours. Note what changed and when to look again."), 3 },
};

static void
detail_free (WaymarkPlanPrintDetail *detail)
{
  g_free (detail->text);
  g_free (detail->date);
  g_free (detail);
}

static void
item_free (WaymarkPlanPrintItem *item)
{
  g_free (item->title);
  g_free (item->phone);
  g_ptr_array_unref (item->details);
  g_ptr_array_unref (item->history);
  g_free (item);
}

static void
section_free (WaymarkPlanPrintSection *section)
{
  g_ptr_array_unref (section->items);
  g_free (section);
}

static char *
stripped (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

static WaymarkPlanPrintItem *
add_item (WaymarkPlanPrintSection *section,
          const char              *title)
{
  WaymarkPlanPrintItem *item = g_new0 (WaymarkPlanPrintItem, 1);

  item->title = stripped (title);
  item->progress = -1;
  item->details = g_ptr_array_new_with_free_func ((GDestroyNotify) detail_free);
  item->history = g_ptr_array_new_with_free_func ((GDestroyNotify) detail_free);
  g_ptr_array_add (section->items, item);

  return item;
}

/* Adds a line only when there is something to say on it. */
static void
add_detail_to (GPtrArray  *details,
               const char *label,
               const char *text,
               const char *choice,
               const char *date)
{
  WaymarkPlanPrintDetail *detail;
  g_autofree char *clean = stripped (text);

  if (*clean == '\0' && choice == NULL && !waymark_date_is_valid (date))
    return;

  detail = g_new0 (WaymarkPlanPrintDetail, 1);
  detail->label = label;
  detail->text = g_steal_pointer (&clean);
  detail->choice = choice;
  detail->date = waymark_date_is_valid (date) ? g_strdup (date) : NULL;
  g_ptr_array_add (details, detail);
}

static void
add_text (WaymarkPlanPrintItem *item,
          const char           *label,
          WaymarkRecord        *record,
          guint                 column)
{
  add_detail_to (item->details, label, waymark_record_get_text (record, column), NULL, NULL);
}

static void
add_date (WaymarkPlanPrintItem *item,
          const char           *label,
          WaymarkRecord        *record,
          guint                 column)
{
  const char *date = waymark_record_get_text (record, column);

  if (waymark_date_is_valid (date))
    add_detail_to (item->details, label, NULL, NULL, date);
}

/* The N_() label of @value among @values, or NULL. */
static const char *
choice_label (const char * const *values,
              const char * const *labels,
              const char         *value)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return labels[i];

  return NULL;
}

static gboolean
load_care_team (WaymarkStore             *store,
                WaymarkPlanPrintSection  *section,
                GError                  **error)
{
  g_autoptr(GListModel) contacts = waymark_store_list (store, WAYMARK_TYPE_CONTACT, "1", error);

  if (contacts == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(WaymarkRecord) contact = g_list_model_get_item (contacts, i);
      WaymarkPlanPrintItem *item = add_item (section, waymark_record_get_text (contact, WAYMARK_CONTACT_NAME));
      g_autofree char *role = NULL;
      const char *organisation = waymark_record_get_text (contact, WAYMARK_CONTACT_ORGANISATION);

      role = stripped (waymark_record_get_text (contact, WAYMARK_CONTACT_ROLE));
      if (*organisation != '\0')
        {
          g_autofree char *both = *role ? g_strdup_printf ("%s \xc2\xb7 %s", role, organisation)
                                        : g_strdup (organisation);

          add_detail_to (item->details, NULL, both, NULL, NULL);
        }
      else
        add_detail_to (item->details, NULL, role, NULL, NULL);

      item->phone = stripped (waymark_record_get_text (contact, WAYMARK_CONTACT_PHONE));
      add_text (item, N_("Other ways to reach them"), contact, WAYMARK_CONTACT_OTHER_CONTACT);
      add_text (item, N_("When they are available"), contact, WAYMARK_CONTACT_AVAILABLE_HOURS);
    }

  return TRUE;
}

static gboolean
load_goals (WaymarkStore             *store,
            WaymarkPlanPrintSection  *section,
            GError                  **error)
{
  g_autoptr(GListModel) goals = waymark_store_list (store, WAYMARK_TYPE_GOAL, NULL, error);

  if (goals == NULL)
    return FALSE;

  /* Grouped by dimension, in the Plan page's order of them; within
   * one, as the person ordered them. */
  for (guint d = 0; waymark_goal_dimensions[d] != NULL; d++)
    for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
      {
        g_autoptr(WaymarkRecord) goal = g_list_model_get_item (goals, i);
        const char *dimension = waymark_record_get_text (goal, WAYMARK_GOAL_DIMENSION);
        const char *status = waymark_record_get_text (goal, WAYMARK_GOAL_STATUS);
        WaymarkPlanPrintItem *item;

        if (g_strcmp0 (dimension, waymark_goal_dimensions[d]) != 0 &&
            !(waymark_goal_dimensions[d + 1] == NULL &&
              choice_label (waymark_goal_dimensions, waymark_goal_dimension_labels, dimension) == NULL))
          continue;

        item = add_item (section, waymark_record_get_text (goal, WAYMARK_GOAL_TITLE));
        item->group = waymark_goal_dimension_labels[d];
        item->progress = g_str_equal (status, "achieved")
                       ? 1.0 : CLAMP (waymark_record_get_int (goal, WAYMARK_GOAL_PROGRESS), 0, 100) / 100.0;
        add_text (item, N_("What success looks like"), goal, WAYMARK_GOAL_TARGET);
        /* "Short term · Working on it · Started: … · Target date: …",
         * on one line. */
        add_detail_to (item->details, NULL, NULL,
                       choice_label (waymark_goal_horizons, waymark_goal_horizon_labels,
                                     waymark_record_get_text (goal, WAYMARK_GOAL_HORIZON)), NULL);
        add_detail_to (item->details, NULL, NULL,
                       choice_label (waymark_goal_statuses, waymark_goal_status_labels, status), NULL);
        add_date (item, N_("Started"), goal, WAYMARK_GOAL_START_DATE);
        add_date (item, N_("Target date"), goal, WAYMARK_GOAL_TARGET_DATE);
        for (guint j = 2; j < item->details->len; j++)
          ((WaymarkPlanPrintDetail *) item->details->pdata[j])->run_on = TRUE;
        if (*waymark_record_get_text (goal, WAYMARK_GOAL_TARGET) == '\0' && item->details->len > 1)
          ((WaymarkPlanPrintDetail *) item->details->pdata[1])->run_on = TRUE;
      }

  return TRUE;
}

static gboolean
load_routine (WaymarkStore             *store,
              WaymarkPlanPrintSection  *section,
              GError                  **error)
{
  g_autoptr(GListModel) items = waymark_store_list (store, WAYMARK_TYPE_ROUTINE_ITEM, NULL, error);

  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkRecord) routine = g_list_model_get_item (items, i);

      if (waymark_record_get_int (routine, WAYMARK_ROUTINE_ITEM_ARCHIVED) == 0)
        add_item (section, waymark_record_get_text (routine, WAYMARK_ROUTINE_ITEM_TITLE));
    }

  return TRUE;
}

static gboolean
load_entries (WaymarkStore             *store,
              WaymarkPlanPrintSection  *section,
              const char               *kind,
              const char               *response_label,
              GError                  **error)
{
  g_autoptr(GListModel) entries = waymark_store_list (store, WAYMARK_TYPE_PLAN_ENTRY, kind, error);

  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WaymarkRecord) entry = g_list_model_get_item (entries, i);
      WaymarkPlanPrintItem *item = add_item (section, waymark_record_get_text (entry, WAYMARK_PLAN_ENTRY_TEXT));

      if (response_label != NULL)
        add_text (item, response_label, entry, WAYMARK_PLAN_ENTRY_RESPONSE);
    }

  return TRUE;
}

static gboolean
load_treatments (WaymarkStore             *store,
                 WaymarkPlanPrintSection  *section,
                 GError                  **error)
{
  g_autoptr(GListModel) treatments = waymark_store_list (store, WAYMARK_TYPE_INTERVENTION, NULL, error);

  if (treatments == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(WaymarkRecord) treatment = g_list_model_get_item (treatments, i);
      WaymarkPlanPrintItem *item = add_item (section, waymark_record_get_text (treatment, WAYMARK_INTERVENTION_NAME));
      const char *kind = waymark_record_get_text (treatment, WAYMARK_INTERVENTION_KIND);

      add_detail_to (item->details, N_("Kind"), waymark_record_get_text (treatment, WAYMARK_INTERVENTION_SUBTYPE),
                     choice_label (waymark_intervention_kinds, waymark_intervention_kind_labels, kind), NULL);
      add_text (item, N_("Dose"), treatment, WAYMARK_INTERVENTION_DOSE);
      add_text (item, N_("When"), treatment, WAYMARK_INTERVENTION_SCHEDULE);
      add_text (item, N_("What it is for"), treatment, WAYMARK_INTERVENTION_PURPOSE);
      add_text (item, N_("Provider"), treatment, WAYMARK_INTERVENTION_PROVIDER);
      add_text (item, N_("Prescriber"), treatment, WAYMARK_INTERVENTION_PRESCRIBER);
      add_date (item, N_("Started"), treatment, WAYMARK_INTERVENTION_START_DATE);
      add_date (item, N_("Stopped"), treatment, WAYMARK_INTERVENTION_END_DATE);
      add_text (item, N_("Notes"), treatment, WAYMARK_INTERVENTION_NOTES);

      if (g_strcmp0 (kind, WAYMARK_INTERVENTION_MEDICATION) == 0)
        {
          g_autoptr(GListModel) doses = waymark_store_list_children (store, WAYMARK_TYPE_MEDICATION_DOSE,
                                                                     waymark_record_get_id (treatment), error);

          if (doses == NULL)
            return FALSE;

          for (guint j = 0; j < g_list_model_get_n_items (doses); j++)
            {
              g_autoptr(WaymarkRecord) dose = g_list_model_get_item (doses, j);

              add_detail_to (item->history, NULL, waymark_record_get_text (dose, WAYMARK_MEDICATION_DOSE_DOSE), NULL,
                             waymark_record_get_text (dose, WAYMARK_MEDICATION_DOSE_DATE));
            }
        }
    }

  return TRUE;
}

static gboolean
load_reviews (WaymarkStore             *store,
              WaymarkPlanPrintSection  *section,
              GError                  **error)
{
  g_autoptr(GListModel) reviews = waymark_store_list (store, WAYMARK_TYPE_PLAN_REVIEW, NULL, error);

  if (reviews == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(WaymarkRecord) review = g_list_model_get_item (reviews, i);
      WaymarkPlanPrintItem *item = add_item (section, NULL);

      /* The title is the review's date, put in words when laid out. */
      add_detail_to (item->details, NULL, NULL, NULL, waymark_record_get_text (review, WAYMARK_PLAN_REVIEW_DATE));
      add_text (item, N_("Who took part"), review, WAYMARK_PLAN_REVIEW_PARTICIPANTS);
      add_text (item, N_("What changed"), review, WAYMARK_PLAN_REVIEW_CHANGES);
      add_date (item, N_("Next review"), review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE);
    }

  return TRUE;
}

static WaymarkPlanPrint *
new_print (void)
{
  WaymarkPlanPrint *print = g_new0 (WaymarkPlanPrint, 1);
  char today[16];

  waymark_local_today_iso (today);
  print->date = g_strdup (today);
  print->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  for (guint i = 0; i < G_N_ELEMENTS (section_infos); i++)
    {
      WaymarkPlanPrintSection *section = g_new0 (WaymarkPlanPrintSection, 1);

      section->key = section_infos[i].key;
      section->title = section_infos[i].title;
      section->guidance = section_infos[i].guidance;
      section->blank_lines = section_infos[i].blank_lines;
      section->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
      g_ptr_array_add (print->sections, section);
    }

  return print;
}

static WaymarkPlanPrintSection *
find_section (WaymarkPlanPrint *print,
              const char       *key)
{
  for (guint i = 0; i < print->sections->len; i++)
    {
      WaymarkPlanPrintSection *section = print->sections->pdata[i];

      if (g_str_equal (section->key, key))
        return section;
    }

  g_return_val_if_reached (NULL);
}

/**
 * waymark_plan_print_load:
 * @store: the plan
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): everything of the plan that is
 *   printed, as it is now; %NULL on an error reading it
 */
WaymarkPlanPrint *
waymark_plan_print_load (WaymarkStore  *store,
                         GError       **error)
{
  g_autoptr(WaymarkPlanPrint) print = new_print ();
  g_autoptr(WaymarkPerson) person = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  person = waymark_store_load_person (store, error);
  if (person == NULL)
    return NULL;

  print->person_name = stripped (waymark_person_get_name (person));
  print->pronouns = stripped (waymark_person_get_pronouns (person));
  print->date_of_birth = stripped (waymark_person_get_date_of_birth (person));
  print->recovery_meaning = stripped (waymark_person_get_recovery_meaning (person));
  print->diagnosis = stripped (waymark_person_get_diagnosis (person));
  print->language = g_strdup (waymark_person_get_language (person));

  if (!load_care_team (store, find_section (print, "care-team"), error) ||
      !load_goals (store, find_section (print, "goals"), error) ||
      !load_routine (store, find_section (print, "routine"), error) ||
      !load_entries (store, find_section (print, "toolbox"), WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, NULL, error) ||
      !load_entries (store, find_section (print, "triggers"), WAYMARK_PLAN_ENTRY_TRIGGER,
                     N_("What I will do if it happens"), error) ||
      !load_entries (store, find_section (print, "warning-signs"), WAYMARK_PLAN_ENTRY_WARNING_SIGN,
                     N_("My action plan"), error) ||
      !load_entries (store, find_section (print, "breakdown-signs"), WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN,
                     N_("My action plan"), error) ||
      !load_treatments (store, find_section (print, "treatments"), error) ||
      !load_reviews (store, find_section (print, "reviews"), error))
    return NULL;

  return g_steal_pointer (&print);
}

/**
 * waymark_plan_print_new_blank:
 *
 * Returns: (transfer full): a plan with every section's heading and
 *   nothing in it, to print as a template to fill in by hand
 */
WaymarkPlanPrint *
waymark_plan_print_new_blank (void)
{
  WaymarkPlanPrint *print = new_print ();

  print->person_name = g_strdup ("");
  print->pronouns = g_strdup ("");
  print->date_of_birth = g_strdup ("");
  print->recovery_meaning = g_strdup ("");
  print->diagnosis = g_strdup ("");
  print->blank = TRUE;
  print->reviewed_line = TRUE;

  return print;
}

gboolean
waymark_plan_print_is_empty (WaymarkPlanPrint *print)
{
  g_return_val_if_fail (print != NULL, TRUE);

  if (*print->person_name != '\0' || *print->recovery_meaning != '\0')
    return FALSE;

  for (guint i = 0; i < print->sections->len; i++)
    if (((WaymarkPlanPrintSection *) print->sections->pdata[i])->items->len > 0)
      return FALSE;

  return TRUE;
}

void
waymark_plan_print_free (WaymarkPlanPrint *print)
{
  if (print == NULL)
    return;

  g_free (print->person_name);
  g_free (print->pronouns);
  g_free (print->date_of_birth);
  g_free (print->recovery_meaning);
  g_free (print->diagnosis);
  g_free (print->language);
  g_free (print->date);
  g_clear_pointer (&print->sections, g_ptr_array_unref);
  g_free (print);
}
