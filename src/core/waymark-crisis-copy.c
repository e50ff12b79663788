/* waymark-crisis-copy.c: a protected plan's crisis plan, readable without
 * the passphrase when the person chooses so
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-crisis-copy"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "waymark-atomic-file.h"
#include "waymark-crisis-copy.h"

/* In a crisis a forgotten passphrase must not stand between a person and
 * their list of people to call. Someone who protects their plan may
 * therefore keep its crisis plan, and only that, readable without the
 * passphrase: a small JSON file beside the plan (.PLAN.crisis-plan, 0600),
 * which the lock screen offers to show and print. It is off unless the
 * person turns it on; the file existing is the setting: while it is
 * there, every change to the crisis plan rewrites it (atomically), and
 * turning the choice off removes it. Nothing else of the plan is in it. */

#define FORMAT  "waymark-crisis-plan-copy"
#define VERSION 1
#define MAX_COPY_BYTES (4 * 1024 * 1024)

char *
waymark_crisis_copy_path (const char *plan_path)
{
  g_autofree char *dir = g_path_get_dirname (plan_path);
  g_autofree char *base = g_path_get_basename (plan_path);
  g_autofree char *name = g_strconcat (".", base, ".crisis-plan", NULL);

  return g_build_filename (dir, name, NULL);
}

gboolean
waymark_crisis_copy_exists (const char *plan_path)
{
  g_autofree char *path = waymark_crisis_copy_path (plan_path);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/**
 * waymark_crisis_copy_write:
 * @store: an open plan
 *
 * Writes (or rewrites) the readable copy of @store's crisis plan.
 */
gboolean
waymark_crisis_copy_write (WaymarkStore  *store,
                           GError       **error)
{
  g_autoptr(WaymarkCrisisPlan) plan = waymark_crisis_plan_load (store, error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (plan == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  add_string (builder, "format", FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, VERSION);
  add_string (builder, "person_name", plan->person_name);
  add_string (builder, "date", plan->date);
  add_string (builder, "emergency_number", plan->emergency_number);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->sections->len; i++)
    {
      WaymarkCrisisSection *section = g_ptr_array_index (plan->sections, i);

      json_builder_begin_object (builder);
      add_string (builder, "key", section->info->key);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint j = 0; j < section->items->len; j++)
        {
          WaymarkCrisisItem *item = g_ptr_array_index (section->items, j);

          json_builder_begin_object (builder);
          add_string (builder, "text", item->text);
          add_string (builder, "detail", item->detail);
          add_string (builder, "phone", item->phone);
          add_string (builder, "hours", item->hours);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);

  path = waymark_crisis_copy_path (waymark_store_get_path (store));
  return waymark_atomic_file_set_contents (path, text, length, 0600, error);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static void
set_damaged (GError     **error,
             const char  *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The readable copy of the crisis plan (“%s”) is damaged. Unlock the plan to see "
                 "the crisis plan, or call the numbers you know."), name);
}

/**
 * waymark_crisis_copy_read:
 * @plan_path: the (protected) plan the copy belongs to
 *
 * Returns: (transfer full) (nullable): the crisis plan as last written,
 *   or %NULL with @error (G_IO_ERROR_NOT_FOUND when there is no copy)
 */
WaymarkCrisisPlan *
waymark_crisis_copy_read (const char  *plan_path,
                          GError     **error)
{
  g_autofree char *path = waymark_crisis_copy_path (plan_path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(WaymarkCrisisPlan) plan = NULL;
  g_autofree char *contents = NULL;
  JsonObject *root;
  JsonArray *sections;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("There is no readable copy of this plan’s crisis plan."));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (length > MAX_COPY_BYTES || !json_parser_load_from_data (parser, contents, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      set_damaged (error, path);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (member_string (root, "format"), FORMAT) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != VERSION ||
      !json_object_has_member (root, "sections") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "sections")))
    {
      set_damaged (error, path);
      return NULL;
    }

  plan = waymark_crisis_plan_new ();
  g_free (plan->person_name);
  plan->person_name = g_strdup (member_string (root, "person_name"));
  if (*member_string (root, "date") != '\0')
    {
      g_free (plan->date);
      plan->date = g_strdup (member_string (root, "date"));
    }
  g_free (plan->emergency_number);
  plan->emergency_number = g_strdup (member_string (root, "emergency_number"));

  sections = json_object_get_array_member (root, "sections");
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonNode *node = json_array_get_element (sections, i);
      JsonObject *section;
      JsonArray *items;
      const char *key;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      section = json_node_get_object (node);
      key = member_string (section, "key");
      /* A section this Waymark doesn't know (a newer one's) is left out. */
      if (waymark_crisis_plan_get_section (plan, key) == NULL ||
          !json_object_has_member (section, "items") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (section, "items")))
        continue;
      items = json_object_get_array_member (section, "items");
      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          JsonNode *item_node = json_array_get_element (items, j);
          JsonObject *item;

          if (!JSON_NODE_HOLDS_OBJECT (item_node))
            continue;
          item = json_node_get_object (item_node);
          waymark_crisis_plan_add_item (plan, key, member_string (item, "text"),
                                        member_string (item, "detail"), member_string (item, "phone"),
                                        member_string (item, "hours"));
        }
    }

  return g_steal_pointer (&plan);
}

gboolean
waymark_crisis_copy_remove (const char  *plan_path,
                            GError     **error)
{
  g_autofree char *path = waymark_crisis_copy_path (plan_path);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Waymark could not remove the readable copy of the crisis plan: %s"),
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static void
crisis_changed_cb (WaymarkStore *store,
                   const char   *kind,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!waymark_crisis_copy_exists (waymark_store_get_path (store)))
    return;
  if (!waymark_crisis_copy_write (store, &error))
    g_warning ("The readable copy of the crisis plan could not be brought up to date: %s",
               error->message);
}

/**
 * waymark_crisis_copy_keep:
 * @store: an open plan
 *
 * While @store is open, keeps the readable copy of its crisis plan up to
 * date after every change to the crisis plan, its people or the person's
 * name, as long as the copy exists (the person's choice).
 */
void
waymark_crisis_copy_keep (WaymarkStore *store)
{
  static const char * const kinds[] = { "changed::crisis", "changed::contact", "changed::person" };

  /* Once per plan, however many windows show it. */
  if (g_signal_handler_find (store, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, crisis_changed_cb, NULL) != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect (store, kinds[i], G_CALLBACK (crisis_changed_cb), NULL);
}
