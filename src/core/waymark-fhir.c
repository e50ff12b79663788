/* waymark-fhir.c: the plan as a FHIR R4 Bundle, for a clinic's record system
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-fhir"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-atomic-file.h"
#include "waymark-crisis-plan.h"
#include "waymark-fhir.h"
#include "waymark-questionnaire.h"
#include "waymark-store-private.h"

/* A Bundle of type "collection" (FHIR R4, hl7.org/fhir/R4/bundle.html):
 * the Patient; each PHQ-9 and GAD-7 as a QuestionnaireResponse, its items
 * and answers coded in LOINC, and its total as an Observation derivedFrom
 * it; the recovery plan as a CarePlan whose goals are Goal resources; the
 * crisis plan as a CarePlan whose activities are its steps, in order.
 * Every entry has a fullUrl "urn:uuid:…" and every reference names one of
 * them, so the bundle stands alone. The person's own words are kept as
 * they wrote them; the section titles and item texts are the published
 * English ones, which record systems expect.
 *
 * The LOINC codes, each checked against LOINC's own pages (fetched
 * 2026-12-06):
 *   https://loinc.org/LL358-3  — the answer list "Not at all / Several days /
 *     More than half the days / Nearly every day": LA6568-5, LA6569-3,
 *     LA6570-1, LA6571-9 (scores 0–3), and the items using it, among them
 *     44251-7, 44252-5, 44253-3, 44254-1, 44258-2, 44260-8, 69689-8,
 *     69735-9, 69736-7.
 *   https://loinc.org/69729-2  — the PHQ-SADS panel, which lists the PHQ-9
 *     items 44250-9, 44255-8, 44259-0, 44254-1, 44251-7, 44258-2, 44252-5,
 *     44253-3, the GAD-7 items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9,
 *     69689-8, 69736-7 and the GAD-7 total score 70274-6.
 *   https://cdn.loinc.org/44261-6 — the PHQ-9 total score, a member of
 *     44249-1 "PHQ-9 quick depression assessment panel".
 * Left out because no LOINC page for them was at hand to check: 69737-5
 * (the GAD-7 panel; the GAD-7's QuestionnaireResponse names no
 * questionnaire) and 69722-7 (PHQ-9's "how difficult" item, which Waymark
 * doesn't ask). */

#define LOINC "http://loinc.org"

typedef struct
{
  const char *key;            /* questionnaire.instrument */
  const char *questionnaire;  /* canonical URL, or NULL */
  const char *total_code;
  const char *total_display;
  const char *item_codes[9];
} Instrument;

static const Instrument instruments[] = {
  { "phq9", "http://loinc.org/q/44249-1", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    { "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8" } },
  { "gad7", NULL, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
    { "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7" } },
};

static const char * const answer_codes[] = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

/* Goal.lifecycleStatus for each of Waymark's goal statuses. */
static const struct
{
  const char *status;
  const char *lifecycle;
} goal_statuses[] = {
  { "active", "active" },
  { "achieved", "completed" },
  { "paused", "on-hold" },
  { "let-go", "cancelled" },
};

typedef struct
{
  JsonBuilder *builder;
  char        *patient;   /* its fullUrl */
  guint        n_resources;
} Bundle;

static char *
new_full_url (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("urn:uuid:", uuid, NULL);
}

static void
set_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
set_reference (JsonBuilder *builder,
               const char  *name,
               const char  *full_url)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  set_string (builder, "reference", full_url);
  json_builder_end_object (builder);
}

static void
add_coding (JsonBuilder *builder,
            const char  *system,
            const char  *code,
            const char  *display)
{
  json_builder_begin_object (builder);
  set_string (builder, "system", system);
  set_string (builder, "code", code);
  if (display != NULL)
    set_string (builder, "display", display);
  json_builder_end_object (builder);
}

/* Opens an entry and its resource; close with end_entry (). */
static void
begin_entry (Bundle     *bundle,
             const char *full_url,
             const char *type)
{
  json_builder_begin_object (bundle->builder);
  set_string (bundle->builder, "fullUrl", full_url);
  json_builder_set_member_name (bundle->builder, "resource");
  json_builder_begin_object (bundle->builder);
  set_string (bundle->builder, "resourceType", type);
  bundle->n_resources++;
}

static void
end_entry (Bundle *bundle)
{
  json_builder_end_object (bundle->builder);
  json_builder_end_object (bundle->builder);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
add_patient (Bundle        *bundle,
             WaymarkStore  *store,
             GError       **error)
{
  JsonBuilder *b = bundle->builder;
  sqlite3_stmt *stmt = waymark_store_prepare (store, "SELECT name, date_of_birth, language FROM person", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }

  bundle->patient = new_full_url ();
  begin_entry (bundle, bundle->patient, "Patient");
  if (rc == SQLITE_ROW && *column_text (stmt, 0) != '\0')
    {
      json_builder_set_member_name (b, "name");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      set_string (b, "text", column_text (stmt, 0));
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  if (rc == SQLITE_ROW && *column_text (stmt, 1) != '\0')
    set_string (b, "birthDate", column_text (stmt, 1));
  if (rc == SQLITE_ROW && *column_text (stmt, 2) != '\0')
    {
      json_builder_set_member_name (b, "communication");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "language");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "coding");
      json_builder_begin_array (b);
      add_coding (b, "urn:ietf:bcp:47", column_text (stmt, 2), NULL);
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "preferred");
      json_builder_add_boolean_value (b, TRUE);
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  end_entry (bundle);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
add_questionnaires (Bundle        *bundle,
                    WaymarkStore  *store,
                    GError       **error)
{
  JsonBuilder *b = bundle->builder;
  sqlite3_stmt *stmt = waymark_store_prepare (store,
    "SELECT instrument, taken_at, answers, total FROM questionnaire ORDER BY taken_at, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_find (column_text (stmt, 0));
      const Instrument *instrument = NULL;
      g_autofree char *response = NULL;
      g_autofree char *observation = NULL;
      int answers[16];

      for (guint i = 0; i < G_N_ELEMENTS (instruments); i++)
        if (g_str_equal (instruments[i].key, column_text (stmt, 0)))
          instrument = &instruments[i];
      /* Only what Waymark scored as published is sent on. */
      if (questionnaire == NULL || instrument == NULL ||
          !waymark_questionnaire_parse_answers (questionnaire, column_text (stmt, 2), answers))
        continue;

      response = new_full_url ();
      begin_entry (bundle, response, "QuestionnaireResponse");
      if (instrument->questionnaire != NULL)
        set_string (b, "questionnaire", instrument->questionnaire);
      set_string (b, "status", "completed");
      set_reference (b, "subject", bundle->patient);
      set_string (b, "authored", column_text (stmt, 1));
      set_reference (b, "author", bundle->patient);
      json_builder_set_member_name (b, "item");
      json_builder_begin_array (b);
      for (guint i = 0; i < questionnaire->n_items; i++)
        {
          json_builder_begin_object (b);
          /* QuestionnaireResponse items carry no code of their own in R4:
           * the LOINC item code is the linkId, as LOINC's own forms do. */
          set_string (b, "linkId", instrument->item_codes[i]);
          set_string (b, "text", questionnaire->items[i]);
          json_builder_set_member_name (b, "answer");
          json_builder_begin_array (b);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "valueCoding");
          add_coding (b, LOINC, answer_codes[answers[i]], questionnaire->answers[answers[i]]);
          json_builder_end_object (b);
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      end_entry (bundle);

      observation = new_full_url ();
      begin_entry (bundle, observation, "Observation");
      set_string (b, "status", "final");
      json_builder_set_member_name (b, "category");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "coding");
      json_builder_begin_array (b);
      add_coding (b, "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "code");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "coding");
      json_builder_begin_array (b);
      add_coding (b, LOINC, instrument->total_code, instrument->total_display);
      json_builder_end_array (b);
      set_string (b, "text", questionnaire->name);
      json_builder_end_object (b);
      set_reference (b, "subject", bundle->patient);
      set_string (b, "effectiveDateTime", column_text (stmt, 1));
      json_builder_set_member_name (b, "valueInteger");
      json_builder_add_int_value (b, sqlite3_column_int (stmt, 3));
      json_builder_set_member_name (b, "derivedFrom");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      set_string (b, "reference", response);
      json_builder_end_object (b);
      json_builder_end_array (b);
      end_entry (bundle);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_recovery_plan (Bundle        *bundle,
                   WaymarkStore  *store,
                   GError       **error)
{
  JsonBuilder *b = bundle->builder;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plan = NULL;
  sqlite3_stmt *stmt = waymark_store_prepare (store,
    "SELECT title, status, target, start_date, target_date FROM goal ORDER BY position, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *lifecycle = "active";
      char *goal = new_full_url ();

      for (guint i = 0; i < G_N_ELEMENTS (goal_statuses); i++)
        if (g_str_equal (goal_statuses[i].status, column_text (stmt, 1)))
          lifecycle = goal_statuses[i].lifecycle;

      g_ptr_array_add (goals, goal);
      begin_entry (bundle, goal, "Goal");
      set_string (b, "lifecycleStatus", lifecycle);
      json_builder_set_member_name (b, "description");
      json_builder_begin_object (b);
      set_string (b, "text", column_text (stmt, 0));
      json_builder_end_object (b);
      set_reference (b, "subject", bundle->patient);
      if (*column_text (stmt, 3) != '\0')
        set_string (b, "startDate", column_text (stmt, 3));
      if (*column_text (stmt, 2) != '\0' || *column_text (stmt, 4) != '\0')
        {
          json_builder_set_member_name (b, "target");
          json_builder_begin_array (b);
          json_builder_begin_object (b);
          if (*column_text (stmt, 2) != '\0')
            set_string (b, "detailString", column_text (stmt, 2));
          if (*column_text (stmt, 4) != '\0')
            set_string (b, "dueDate", column_text (stmt, 4));
          json_builder_end_object (b);
          json_builder_end_array (b);
        }
      end_entry (bundle);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      waymark_store_set_sql_error (store, error);
      return FALSE;
    }

  plan = new_full_url ();
  begin_entry (bundle, plan, "CarePlan");
  set_string (b, "status", "active");
  set_string (b, "intent", "plan");
  set_string (b, "title", "Recovery plan");
  set_reference (b, "subject", bundle->patient);
  set_reference (b, "author", bundle->patient);
  if (goals->len > 0)
    {
      json_builder_set_member_name (b, "goal");
      json_builder_begin_array (b);
      for (guint i = 0; i < goals->len; i++)
        {
          json_builder_begin_object (b);
          set_string (b, "reference", goals->pdata[i]);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  end_entry (bundle);
  return TRUE;
}

static gboolean
add_crisis_plan (Bundle        *bundle,
                 WaymarkStore  *store,
                 GError       **error)
{
  JsonBuilder *b = bundle->builder;
  g_autoptr(WaymarkCrisisPlan) crisis = waymark_crisis_plan_load (store, error);
  g_autofree char *plan = NULL;
  gboolean any = FALSE;

  if (crisis == NULL)
    return FALSE;

  plan = new_full_url ();
  begin_entry (bundle, plan, "CarePlan");
  set_string (b, "status", "active");
  set_string (b, "intent", "plan");
  set_string (b, "title", "Crisis plan");
  set_reference (b, "subject", bundle->patient);
  set_reference (b, "author", bundle->patient);
  if (*crisis->emergency_number != '\0')
    {
      g_autofree char *text = g_strdup_printf ("Emergency number: %s", crisis->emergency_number);

      set_string (b, "description", text);
    }

  /* The steps in the order the person climbs them, each a description;
   * its section is its code's text. */
  for (guint s = 0; s < crisis->sections->len; s++)
    {
      WaymarkCrisisSection *section = g_ptr_array_index (crisis->sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          WaymarkCrisisItem *item = g_ptr_array_index (section->items, i);
          g_autoptr(GString) text = g_string_new (item->text);

          if (*item->detail != '\0')
            g_string_append_printf (text, " — %s", item->detail);
          if (*item->phone != '\0')
            g_string_append_printf (text, " (%s)", item->phone);
          if (*item->hours != '\0')
            g_string_append_printf (text, ", %s", item->hours);

          if (!any)
            {
              json_builder_set_member_name (b, "activity");
              json_builder_begin_array (b);
              any = TRUE;
            }
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "detail");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "code");
          json_builder_begin_object (b);
          set_string (b, "text", section->info->title);
          json_builder_end_object (b);
          set_string (b, "status", "not-started");
          set_string (b, "description", text->str);
          json_builder_end_object (b);
          json_builder_end_object (b);
        }
    }
  if (any)
    json_builder_end_array (b);
  end_entry (bundle);
  return TRUE;
}

/**
 * waymark_fhir_bundle_to_json:
 * @n_resources: (out) (optional): how many resources the bundle holds
 *
 * Returns: (transfer full) (nullable): the plan as a FHIR R4 Bundle
 */
char *
waymark_fhir_bundle_to_json (WaymarkStore  *store,
                             guint         *n_resources,
                             GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = waymark_store_timestamp_now ();
  Bundle bundle = { builder, NULL, 0 };
  sqlite3 *db = waymark_store_get_db (store);
  gboolean own_transaction = sqlite3_get_autocommit (db);
  gboolean ok;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  json_builder_begin_object (builder);
  set_string (builder, "resourceType", "Bundle");
  set_string (builder, "id", id);
  set_string (builder, "type", "collection");
  set_string (builder, "timestamp", now);
  json_builder_set_member_name (builder, "entry");
  json_builder_begin_array (builder);

  /* One state of the plan for every resource. */
  if (own_transaction)
    sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  ok = add_patient (&bundle, store, error) &&
       add_questionnaires (&bundle, store, error) &&
       add_recovery_plan (&bundle, store, error) &&
       add_crisis_plan (&bundle, store, error);
  if (own_transaction && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  g_free (bundle.patient);
  if (!ok)
    return NULL;

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  if (n_resources != NULL)
    *n_resources = bundle.n_resources;
  return json_generator_to_data (generator, NULL);
}

/**
 * waymark_fhir_export:
 * @path: the file to write; replaced whole or not at all
 *
 * Returns: %TRUE when @path holds the whole bundle
 */
gboolean
waymark_fhir_export (WaymarkStore  *store,
                     const char    *path,
                     guint         *n_resources,
                     GError       **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  json = waymark_fhir_bundle_to_json (store, n_resources, error);
  if (json == NULL)
    return FALSE;
  return waymark_atomic_file_set_contents (path, json, -1, WAYMARK_ATOMIC_FILE_MODE, error);
}
