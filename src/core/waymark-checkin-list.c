/* waymark-checkin-list.c: the journal's check-ins, newest first, read as they are shown
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin-list"

#include "config.h"

#include "waymark-checkin-list.h"

/* A GListModel of WaymarkCheckin over a journal of any length: it holds
 * only the ids that match the filter (8 bytes a check-in), and reads a
 * check-in from the file when a list row asks for it. The rows on screen
 * are a few dozen, so a hundred thousand check-ins scroll as lightly as
 * ten. Read check-ins are kept in a small cache, forgotten on change. */

#define CACHE_LIMIT 512

struct _WaymarkCheckinList
{
  GObject       parent_instance;

  WaymarkStore *store;
  GArray       *ids;        /* gint64, newest first */
  GHashTable   *cache;      /* id (gint64 *) -> WaymarkCheckin */

  char         *search;
  char         *tag;
  char         *from;
  char         *to;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WaymarkCheckinList, waymark_checkin_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
waymark_checkin_list_get_item_type (GListModel *model)
{
  return WAYMARK_TYPE_CHECKIN;
}

static guint
waymark_checkin_list_get_n_items (GListModel *model)
{
  WaymarkCheckinList *self = WAYMARK_CHECKIN_LIST (model);

  return self->ids->len;
}

static gpointer
waymark_checkin_list_get_item (GListModel *model,
                               guint       position)
{
  WaymarkCheckinList *self = WAYMARK_CHECKIN_LIST (model);
  g_autoptr(GError) error = NULL;
  WaymarkRecord *checkin;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  checkin = g_hash_table_lookup (self->cache, &id);
  if (checkin != NULL)
    return g_object_ref (checkin);

  checkin = waymark_store_get (self->store, WAYMARK_TYPE_CHECKIN, id, &error);
  if (checkin == NULL)
    {
      /* Deleted under us, before the change signal reached the list: an
       * empty check-in keeps the model's promise of an item until then. */
      g_debug ("Check-in %" G_GINT64_FORMAT " could not be read: %s", id, error->message);
      return waymark_checkin_new ();
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (checkin));

  return checkin;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = waymark_checkin_list_get_item_type;
  iface->get_n_items = waymark_checkin_list_get_n_items;
  iface->get_item = waymark_checkin_list_get_item;
}

static void
on_store_changed (WaymarkStore       *store,
                  const char         *kind,
                  WaymarkCheckinList *self)
{
  g_autoptr(GError) error = NULL;

  if (!waymark_checkin_list_reload (self, &error))
    g_warning ("Could not read the journal again: %s", error->message);
}

static void
waymark_checkin_list_dispose (GObject *object)
{
  WaymarkCheckinList *self = WAYMARK_CHECKIN_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (waymark_checkin_list_parent_class)->dispose (object);
}

static void
waymark_checkin_list_finalize (GObject *object)
{
  WaymarkCheckinList *self = WAYMARK_CHECKIN_LIST (object);

  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);
  g_free (self->search);
  g_free (self->tag);
  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (waymark_checkin_list_parent_class)->finalize (object);
}

static void
waymark_checkin_list_class_init (WaymarkCheckinListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_checkin_list_dispose;
  object_class->finalize = waymark_checkin_list_finalize;
}

static void
waymark_checkin_list_init (WaymarkCheckinList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/**
 * waymark_checkin_list_new:
 * @store: the plan file
 *
 * Returns: (transfer full): every check-in, newest first; it follows
 *   the store's changes by itself
 */
WaymarkCheckinList *
waymark_checkin_list_new (WaymarkStore *store)
{
  WaymarkCheckinList *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), NULL);

  self = g_object_new (WAYMARK_TYPE_CHECKIN_LIST, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed::checkin", G_CALLBACK (on_store_changed), self);

  if (!waymark_checkin_list_reload (self, &error))
    g_warning ("Could not read the journal: %s", error->message);

  return self;
}

/**
 * waymark_checkin_list_reload:
 *
 * Reads which check-ins match again, and announces only the part that
 * changed: a new check-in is one added item, a deleted one one removed
 * item. (A GtkListView looks at every added item to find rows it can
 * keep, so announcing a whole 100,000-item list as new costs seconds.)
 * A check-in edited in place keeps its position; see
 * waymark_checkin_list_refresh ().
 */
gboolean
waymark_checkin_list_reload (WaymarkCheckinList  *self,
                             GError             **error)
{
  WaymarkJournalFilter filter = { self->search, self->tag, self->from, self->to };
  GArray *ids;
  guint old_len;

  g_return_val_if_fail (WAYMARK_IS_CHECKIN_LIST (self), FALSE);

  ids = waymark_store_list_checkin_ids (self->store, &filter, error);
  if (ids == NULL)
    return FALSE;

  {
    const gint64 *old = (const gint64 *) self->ids->data;
    const gint64 *new = (const gint64 *) ids->data;
    guint prefix = 0, suffix = 0;

    old_len = self->ids->len;
    while (prefix < old_len && prefix < ids->len && old[prefix] == new[prefix])
      prefix++;
    while (suffix < old_len - prefix && suffix < ids->len - prefix &&
           old[old_len - 1 - suffix] == new[ids->len - 1 - suffix])
      suffix++;

    g_array_unref (self->ids);
    self->ids = ids;
    g_hash_table_remove_all (self->cache);

    if (prefix < old_len || prefix < ids->len)
      g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                  old_len - prefix - suffix, ids->len - prefix - suffix);
  }

  return TRUE;
}

/**
 * waymark_checkin_list_refresh:
 * @checkin_id: a check-in that was edited
 *
 * Reads the check-in again and tells the list's views to show it anew.
 */
void
waymark_checkin_list_refresh (WaymarkCheckinList *self,
                              gint64              checkin_id)
{
  guint position;

  g_return_if_fail (WAYMARK_IS_CHECKIN_LIST (self));

  g_hash_table_remove (self->cache, &checkin_id);
  position = waymark_checkin_list_find (self, checkin_id);
  if (position != G_MAXUINT)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/**
 * waymark_checkin_list_set_filter:
 * @filter: (nullable): which check-ins to list; %NULL for all
 */
gboolean
waymark_checkin_list_set_filter (WaymarkCheckinList          *self,
                                 const WaymarkJournalFilter  *filter,
                                 GError                     **error)
{
  g_return_val_if_fail (WAYMARK_IS_CHECKIN_LIST (self), FALSE);

#define VALUE(field) ((filter && filter->field && *filter->field) ? filter->field : NULL)

  /* The list follows the store by itself: the same filter again reads
   * nothing (the journal sets its filter as it opens, after reading). */
  if (g_strcmp0 (self->search, VALUE (search)) == 0 && g_strcmp0 (self->tag, VALUE (tag)) == 0 &&
      g_strcmp0 (self->from, VALUE (from)) == 0 && g_strcmp0 (self->to, VALUE (to)) == 0)
    return TRUE;

#define TAKE(field) \
  g_free (self->field); \
  self->field = g_strdup (VALUE (field));

  TAKE (search)
  TAKE (tag)
  TAKE (from)
  TAKE (to)

#undef TAKE
#undef VALUE

  return waymark_checkin_list_reload (self, error);
}

gboolean
waymark_checkin_list_is_filtered (WaymarkCheckinList *self)
{
  g_return_val_if_fail (WAYMARK_IS_CHECKIN_LIST (self), FALSE);

  return self->search || self->tag || self->from || self->to;
}

/**
 * waymark_checkin_list_find:
 *
 * Returns: the position of the check-in, or G_MAXUINT when it is not
 *   listed
 */
guint
waymark_checkin_list_find (WaymarkCheckinList *self,
                           gint64              checkin_id)
{
  g_return_val_if_fail (WAYMARK_IS_CHECKIN_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == checkin_id)
      return i;

  return G_MAXUINT;
}
