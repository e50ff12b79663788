/* test-fhir.c: the plan as a FHIR R4 Bundle
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "waymark-crisis-plan.h"
#include "waymark-fhir.h"
#include "waymark-questionnaire-result.h"
#include "waymark-sample-data.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static const char * const phq9_items[] = {
  "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
};
static const char * const gad7_items[] = {
  "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7",
};
static const char * const answer_codes[] = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

/* Every "reference" anywhere under @node. */
static void
collect_references (JsonNode  *node,
                    GPtrArray *references)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_references (json_array_get_element (array, i), references);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);

          if (g_str_equal (l->data, "reference") && JSON_NODE_HOLDS_VALUE (member))
            g_ptr_array_add (references, (gpointer) json_node_get_string (member));
          else
            collect_references (member, references);
        }
    }
}

static void
save_result (WaymarkStore             *store,
             WaymarkQuestionnaireKind  kind,
             const int                *answers,
             const char               *when)
{
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) taken_at = g_date_time_new_from_iso8601 (when, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (waymark_questionnaire_result_set_answers (result, waymark_questionnaire_get (kind), answers, taken_at));
  g_assert_true (waymark_store_save (store, WAYMARK_RECORD (result), &error));
  g_assert_no_error (error);
}

static gboolean
in_list (const char         *code,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (code, list[i]))
      return TRUE;
  return FALSE;
}

/* A sample plan, a PHQ-9 and a GAD-7 of our own: valid JSON, a
 * collection whose every reference resolves inside it, the codes as
 * LOINC publishes them, each total derived from its response, the goals
 * in the recovery plan and the crisis plan's steps as activities. */
static void
test_bundle (void)
{
  static const int phq9[] = { 0, 1, 2, 3, 0, 1, 2, 3, 1 };
  static const int gad7[] = { 3, 2, 1, 0, 1, 2, 3 };
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) full_urls = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) types = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) references = g_ptr_array_new ();
  g_autoptr(WaymarkCrisisPlan) crisis = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (tmp, "bundle.json", NULL);
  JsonObject *bundle;
  JsonArray *entries;
  guint n_resources = 0, n_goals = 0, n_crisis_items = 0, n_phq9 = 0, n_gad7 = 0, n_totals = 0;
  gboolean saw_ours = FALSE;
  GDate today;

  g_date_set_dmy (&today, 6, 12, 2026);
  g_assert_true (waymark_sample_data_fill (store, 60, &today, &error));
  g_assert_no_error (error);
  save_result (store, WAYMARK_QUESTIONNAIRE_PHQ9, phq9, "2026-12-05T10:00:00Z");
  save_result (store, WAYMARK_QUESTIONNAIRE_GAD7, gad7, "2026-12-05T10:05:00Z");

  g_assert_true (waymark_fhir_export (store, path, &n_resources, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  bundle = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (bundle, "resourceType"), ==, "Bundle");
  g_assert_cmpstr (json_object_get_string_member (bundle, "type"), ==, "collection");
  entries = json_object_get_array_member (bundle, "entry");
  g_assert_cmpuint (json_array_get_length (entries), ==, n_resources);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      JsonObject *resource = json_object_get_object_member (entry, "resource");
      const char *full_url = json_object_get_string_member (entry, "fullUrl");

      g_assert_true (g_str_has_prefix (full_url, "urn:uuid:"));
      g_assert_false (g_hash_table_contains (full_urls, full_url));
      g_hash_table_insert (full_urls, (gpointer) full_url, resource);
      g_hash_table_insert (types, (gpointer) full_url, (gpointer) json_object_get_string_member (resource, "resourceType"));
    }

  collect_references (json_parser_get_root (parser), references);
  g_assert_cmpuint (references->len, >, 0);
  for (guint i = 0; i < references->len; i++)
    if (!g_hash_table_contains (full_urls, references->pdata[i]))
      g_error ("reference %s resolves to nothing in the bundle", (char *) references->pdata[i]);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *resource = json_object_get_object_member (json_array_get_object_element (entries, i), "resource");
      const char *type = json_object_get_string_member (resource, "resourceType");

      if (g_str_equal (type, "QuestionnaireResponse"))
        {
          JsonArray *items = json_object_get_array_member (resource, "item");
          gboolean is_phq9 = json_array_get_length (items) == 9;
          const char * const *codes = is_phq9 ? phq9_items : gad7_items;

          g_assert_cmpstr (json_object_get_string_member (resource, "status"), ==, "completed");
          g_assert_cmpstr (g_hash_table_lookup (types, json_object_get_string_member (json_object_get_object_member (resource, "subject"), "reference")),
                           ==, "Patient");
          for (guint n = 0; n < json_array_get_length (items); n++)
            {
              JsonObject *item = json_array_get_object_element (items, n);
              JsonObject *coding = json_object_get_object_member (json_array_get_object_element (json_object_get_array_member (item, "answer"), 0),
                                                                  "valueCoding");

              g_assert_cmpstr (json_object_get_string_member (item, "linkId"), ==, codes[n]);
              g_assert_cmpstr (json_object_get_string_member (coding, "system"), ==, "http://loinc.org");
              g_assert_true (in_list (json_object_get_string_member (coding, "code"), answer_codes, 4));
            }

          /* Ours, answer for answer. */
          if (g_str_equal (json_object_get_string_member (resource, "authored"), "2026-12-05T10:00:00Z"))
            {
              for (guint n = 0; n < 9; n++)
                g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_array_get_object_element (json_object_get_array_member (json_array_get_object_element (items, n), "answer"), 0), "valueCoding"), "code"),
                                 ==, answer_codes[phq9[n]]);
              saw_ours = TRUE;
            }
          if (is_phq9)
            n_phq9++;
          else
            n_gad7++;
        }
      else if (g_str_equal (type, "Observation"))
        {
          JsonObject *coding = json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (resource, "code"), "coding"), 0);
          const char *derived = json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (resource, "derivedFrom"), 0), "reference");
          JsonObject *response = g_hash_table_lookup (full_urls, derived);
          guint n_items = json_array_get_length (json_object_get_array_member (response, "item"));

          g_assert_cmpstr (g_hash_table_lookup (types, derived), ==, "QuestionnaireResponse");
          g_assert_cmpstr (json_object_get_string_member (coding, "system"), ==, "http://loinc.org");
          g_assert_cmpstr (json_object_get_string_member (coding, "code"), ==, n_items == 9 ? "44261-6" : "70274-6");
          g_assert_cmpstr (json_object_get_string_member (resource, "effectiveDateTime"), ==,
                           json_object_get_string_member (response, "authored"));
          if (g_str_equal (json_object_get_string_member (resource, "effectiveDateTime"), "2026-12-05T10:05:00Z"))
            g_assert_cmpint (json_object_get_int_member (resource, "valueInteger"), ==, 12);
          n_totals++;
        }
      else if (g_str_equal (type, "CarePlan"))
        {
          const char *title = json_object_get_string_member (resource, "title");

          if (g_str_equal (title, "Recovery plan"))
            {
              JsonArray *goals = json_object_get_array_member (resource, "goal");

              for (guint n = 0; n < json_array_get_length (goals); n++)
                g_assert_cmpstr (g_hash_table_lookup (types, json_object_get_string_member (json_array_get_object_element (goals, n), "reference")),
                                 ==, "Goal");
              n_goals = json_array_get_length (goals);
            }
          else
            {
              g_assert_cmpstr (title, ==, "Crisis plan");
              n_crisis_items = json_array_get_length (json_object_get_array_member (resource, "activity"));
            }
        }
    }

  g_assert_true (saw_ours);
  g_assert_cmpuint (n_phq9, ==, waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire WHERE instrument = 'phq9'"));
  g_assert_cmpuint (n_gad7, ==, waymark_test_count_rows (store, "SELECT count(*) FROM questionnaire WHERE instrument = 'gad7'"));
  g_assert_cmpuint (n_totals, ==, n_phq9 + n_gad7);
  g_assert_cmpuint (n_goals, ==, waymark_test_count_rows (store, "SELECT count(*) FROM goal"));
  g_assert_cmpuint (n_goals, >, 0);

  crisis = waymark_crisis_plan_load (store, &error);
  {
    guint expected = 0;

    for (guint s = 0; s < crisis->sections->len; s++)
      expected += ((WaymarkCrisisSection *) g_ptr_array_index (crisis->sections, s))->items->len;
    g_assert_cmpuint (n_crisis_items, ==, expected);
    g_assert_cmpuint (n_crisis_items, >, 0);
  }

  waymark_test_remove_tree (tmp);
}

/* An empty plan: still a valid bundle, with its Patient and two plans. */
static void
test_empty_plan (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(WaymarkStore) store = waymark_test_new_plan (&tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  guint n_resources = 0;

  json = waymark_fhir_bundle_to_json (store, &n_resources, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_cmpuint (n_resources, ==, 3);

  waymark_test_remove_tree (tmp);
}

/* waymark --data-file=PLAN --export-fhir=FILE.json, with no display. */
static void
test_command_line (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (tmp, "plan.waymark", NULL);
  g_autofree char *out = g_build_filename (tmp, "bundle.json", NULL);
  g_autofree char *data_arg = g_strconcat ("--data-file=", plan, NULL);
  g_autofree char *fhir_arg = g_strconcat ("--export-fhir=", out, NULL);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("WAYMARK_BIN"), data_arg, fhir_arg, NULL };
  int status = -1;

  if (g_getenv ("WAYMARK_BIN") == NULL)
    {
      g_test_skip ("WAYMARK_BIN not set: the command line is not run");
      return;
    }

  g_assert_true (waymark_sample_data_write_file (plan, 30, NULL, &error));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, "bundle.json"));
  g_assert_true (g_file_get_contents (out, &json, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/fhir/bundle", test_bundle);
  g_test_add_func ("/waymark/fhir/empty-plan", test_empty_plan);
  g_test_add_func ("/waymark/fhir/command-line", test_command_line);

  return g_test_run ();
}
