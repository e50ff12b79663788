/* waymark-crisis-plan.c: the crisis plan as a whole, for the page, print and PDF
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-crisis-plan.h"
#include "waymark-date.h"
#include "waymark-store-private.h"

/* The wording here is Waymark's own: plain, warm, in the first person,
 * written to be read in the worst hour. */
static const WaymarkCrisisSectionInfo sections[] = {
  { "warning-signs", N_("Signs a Crisis May Be Coming"),
    N_("Thoughts, pictures in my mind, moods, situations or things I do that tell me a crisis may be building."),
    NULL, FALSE, FALSE },
  { "coping", N_("Things I Can Do on My Own"),
    N_("Things that take my mind off my problems for a while, without needing anyone else."),
    NULL, FALSE, FALSE },
  { "distraction", N_("People and Places That Take My Mind Off Things"),
    N_("People to be with and places to go where there are others around, like a café, a library or a park."),
    NULL, FALSE, FALSE },
  { "help-people", N_("People I Can Ask for Help"),
    N_("People I trust and can tell that I am struggling, and how to reach them."),
    NULL, TRUE, FALSE },
  { "professionals", N_("Professionals and Services I Can Call"),
    N_("My clinician, urgent care, a crisis line that is open when I need it, with their numbers and hours."),
    NULL, TRUE, FALSE },
  { "safe-environment", N_("Making My Surroundings Safer"),
    N_("Steps that put distance between me and ways I could hurt myself, such as giving medicines to someone to keep, and who helps me with each."),
    N_("Who helps"), FALSE, FALSE },
  { "reasons", N_("What Matters Most to Me"),
    N_("The people, hopes and things that make my life worth living."),
    NULL, FALSE, FALSE },
  { "takeover-signs", N_("Signs That Others Should Step In"),
    N_("How the people around me can tell that I can no longer make decisions for myself."),
    NULL, FALSE, TRUE },
  { "supporters", N_("My Supporters"),
    N_("The people I want to help me then, and how to reach them."),
    NULL, TRUE, TRUE },
  { "supporters-do", N_("What I Would Like My Supporters to Do"),
    N_("What helps me when things are at their hardest."),
    NULL, FALSE, TRUE },
  { "supporters-avoid", N_("What I Would Rather They Didn’t Do"),
    N_("What makes things worse for me, however well meant."),
    NULL, FALSE, TRUE },
  { "medications", N_("Medications"),
    N_("What I take now, any allergies, and medicines that help me or that I want to avoid."),
    NULL, FALSE, TRUE },
  { "treatments-preferred", N_("Treatments and Places I Prefer"),
    N_("Treatments, hospitals or services that have helped me before."),
    NULL, FALSE, TRUE },
  { "treatments-avoid", N_("Treatments and Places I Want to Avoid"),
    N_("Treatments, hospitals or services I do not want, and why."),
    NULL, FALSE, TRUE },
  { "plan-ends", N_("When This Plan Is No Longer Needed"),
    N_("How my supporters will know I am well enough to make my own decisions again."),
    NULL, FALSE, TRUE },
  { WAYMARK_CRISIS_EMERGENCY_SECTION, N_("Emergency Number"),
    N_("The number for emergency services where I live."),
    NULL, FALSE, FALSE },
};

/**
 * waymark_crisis_sections:
 * @n_sections: (out): how many there are
 *
 * Returns: (array length=n_sections): every section, in order; the last
 *   is the emergency number, which is shown and printed apart
 */
const WaymarkCrisisSectionInfo *
waymark_crisis_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const WaymarkCrisisSectionInfo *
waymark_crisis_section_find (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].key, key) == 0)
      return &sections[i];

  return NULL;
}

static void
item_free (WaymarkCrisisItem *item)
{
  g_free (item->text);
  g_free (item->detail);
  g_free (item->phone);
  g_free (item->hours);
  g_free (item);
}

static void
section_free (WaymarkCrisisSection *section)
{
  g_ptr_array_unref (section->items);
  g_free (section);
}

/**
 * waymark_crisis_plan_new:
 *
 * Returns: (transfer full): an empty plan with every section, dated today
 */
WaymarkCrisisPlan *
waymark_crisis_plan_new (void)
{
  WaymarkCrisisPlan *plan = g_new0 (WaymarkCrisisPlan, 1);
  char today[16];

  waymark_local_today_iso (today);

  plan->person_name = g_strdup ("");
  plan->date = g_strdup (today);
  plan->emergency_number = g_strdup ("");
  plan->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      WaymarkCrisisSection *section = g_new0 (WaymarkCrisisSection, 1);

      section->info = &sections[i];
      section->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
      g_ptr_array_add (plan->sections, section);
    }

  return plan;
}

/**
 * waymark_crisis_plan_get_section:
 *
 * Returns: (transfer none) (nullable): the section called @key
 */
WaymarkCrisisSection *
waymark_crisis_plan_get_section (WaymarkCrisisPlan *plan,
                                 const char        *key)
{
  for (guint i = 0; i < plan->sections->len; i++)
    {
      WaymarkCrisisSection *section = plan->sections->pdata[i];

      if (g_str_equal (section->info->key, key))
        return section;
    }

  return NULL;
}

void
waymark_crisis_plan_add_item (WaymarkCrisisPlan *plan,
                              const char        *section_key,
                              const char        *text,
                              const char        *detail,
                              const char        *phone,
                              const char        *hours)
{
  WaymarkCrisisSection *section = waymark_crisis_plan_get_section (plan, section_key);
  WaymarkCrisisItem *item;

  g_return_if_fail (section != NULL);

  if (g_str_equal (section_key, WAYMARK_CRISIS_EMERGENCY_SECTION))
    {
      g_free (plan->emergency_number);
      plan->emergency_number = g_strdup (text ? text : "");
      return;
    }

  item = g_new0 (WaymarkCrisisItem, 1);
  item->text = g_strdup (text ? text : "");
  item->detail = g_strdup (detail ? detail : "");
  item->phone = g_strdup (phone ? phone : "");
  item->hours = g_strdup (hours ? hours : "");
  g_ptr_array_add (section->items, item);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/**
 * waymark_crisis_plan_load:
 * @store: the store
 * @error: return location for an error
 *
 * Reads the whole crisis plan, people with their current numbers from
 * their shared contact records.
 *
 * Returns: (transfer full) (nullable): the plan
 */
WaymarkCrisisPlan *
waymark_crisis_plan_load (WaymarkStore  *store,
                          GError       **error)
{
  g_autoptr(WaymarkCrisisPlan) plan = waymark_crisis_plan_new ();
  g_autoptr(WaymarkPerson) person = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  person = waymark_store_load_person (store, error);
  if (person == NULL)
    return NULL;
  g_free (plan->person_name);
  plan->person_name = g_strstrip (g_strdup (waymark_person_get_name (person)));

  stmt = waymark_store_prepare (store,
                                "SELECT e.section, "
                                "  CASE WHEN c.id IS NULL THEN e.text ELSE c.name END, "
                                "  CASE WHEN c.id IS NULL THEN e.detail "
                                "       ELSE trim(c.relationship || CASE WHEN c.relationship <> '' AND c.role <> '' "
                                "                 THEN ', ' ELSE '' END || c.role) END, "
                                "  coalesce(c.phone, ''), coalesce(c.available_hours, '') "
                                "FROM crisis_entry e LEFT JOIN contact c ON c.id = e.contact_id "
                                "ORDER BY e.position, e.id",
                                error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = column_text (stmt, 0);

      if (waymark_crisis_section_find (key) == NULL)
        continue;   /* a section from a newer Waymark: left alone */

      waymark_crisis_plan_add_item (plan, key, column_text (stmt, 1), column_text (stmt, 2),
                                    column_text (stmt, 3), column_text (stmt, 4));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/**
 * waymark_crisis_plan_is_empty:
 *
 * Returns: whether there is nothing to print
 */
gboolean
waymark_crisis_plan_is_empty (WaymarkCrisisPlan *plan)
{
  if (*plan->emergency_number != '\0')
    return FALSE;

  for (guint i = 0; i < plan->sections->len; i++)
    if (((WaymarkCrisisSection *) plan->sections->pdata[i])->items->len > 0)
      return FALSE;

  return TRUE;
}

/**
 * waymark_crisis_plan_count_mentions:
 *
 * Returns: how many crisis plan entries are about this contact
 */
guint
waymark_crisis_plan_count_mentions (WaymarkStore *store,
                                    gint64        contact_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), 0);

  stmt = waymark_store_prepare (store, "SELECT count(*) FROM crisis_entry WHERE contact_id = ?1", NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

void
waymark_crisis_plan_free (WaymarkCrisisPlan *plan)
{
  if (plan == NULL)
    return;

  g_free (plan->person_name);
  g_free (plan->date);
  g_free (plan->emergency_number);
  g_ptr_array_unref (plan->sections);
  g_free (plan);
}
