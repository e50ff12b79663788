/* waymark-draft-offer.c: offering back what was being written when
 * Waymark last stopped
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-draft-offer"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-date.h"
#include "waymark-draft.h"
#include "waymark-draft-offer.h"
#include "waymark-questionnaire.h"

/* A check-in or questionnaire left unfinished (Waymark crashed, the
 * computer went off, the session ended) is asked about calmly when the
 * plan opens again: "Keep Writing" (the default) opens it as it was,
 * "Discard" lets it go. Neither is drawn as a warning: both are the
 * person's choice. One draft at a time, the newest first; Keep Writing
 * goes through the window's win.resume-draft action. */

/* Weak on the window: an offer never keeps a closed window alive. */
typedef struct
{
  GWeakRef      window;
  WaymarkStore *store;
  gint64        draft_id;
} Offer;

static Offer *
offer_new (GtkWindow    *window,
           WaymarkStore *store,
           gint64        draft_id)
{
  Offer *offer = g_new0 (Offer, 1);

  g_weak_ref_init (&offer->window, window);
  offer->store = g_object_ref (store);
  offer->draft_id = draft_id;

  return offer;
}

static void
offer_free (Offer *offer)
{
  g_weak_ref_clear (&offer->window);
  g_clear_object (&offer->store);
  g_free (offer);
}

static void
offer_closure_free (gpointer  offer,
                    GClosure *closure)
{
  offer_free (offer);
}

static void offer_next (GtkWindow *window, WaymarkStore *store);

static char *
format_day (const char *day)
{
  char *text = waymark_date_format (day);

  if (*text == '\0')
    {
      g_free (text);
      return g_strdup (day);
    }

  return text;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Offer            *offer)
{
  g_autoptr(GtkWindow) window = g_weak_ref_get (&offer->window);
  g_autoptr(GError) error = NULL;

  if (window == NULL)
    return;

  if (g_strcmp0 (response, "keep") == 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.resume-draft", "x", offer->draft_id);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      if (!waymark_store_delete_draft (offer->store, offer->draft_id, &error))
        g_message ("Could not discard a draft: %s", error->message);
      offer_next (window, offer->store);
    }
}

static void
offer_next (GtkWindow    *window,
            WaymarkStore *store)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *body = NULL;
  const char *heading;
  WaymarkDraft *draft;
  GtkWidget *dialog;
  Offer *offer;

  if (gtk_widget_in_destruction (GTK_WIDGET (window)))
    return;

  drafts = waymark_store_load_drafts (store, NULL, &error);
  if (drafts == NULL)
    {
      g_message ("Could not read the drafts: %s", error->message);
      return;
    }
  if (drafts->len == 0)
    return;

  draft = drafts->pdata[0];
  day = format_day (draft->day);

  if (g_str_equal (draft->kind, WAYMARK_DRAFT_QUESTIONNAIRE))
    {
      const char *key = NULL;
      const WaymarkQuestionnaire *questionnaire = NULL;

      if (g_variant_lookup (draft->payload, "questionnaire", "&s", &key))
        questionnaire = waymark_questionnaire_find (key);
      heading = _("Continue the Questionnaire?");
      /* Translators: %1$s is a questionnaire's short name, such as "PHQ-9"; %2$s a day, such as "5 December 2026" */
      body = g_strdup_printf (_("You were answering the %1$s on %2$s."),
                              questionnaire ? questionnaire->name : "", day);
    }
  else
    {
      heading = _("Continue Your Check-in?");
      body = draft->record_id > 0
        /* Translators: %s is a day, such as "5 December 2026" */
        ? g_strdup_printf (_("You were changing your check-in of %s."), day)
        /* Translators: %s is a day, such as "5 December 2026" */
        : g_strdup_printf (_("You were writing a check-in on %s."), day);
    }

  dialog = adw_message_dialog_new (window, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "keep", _("_Keep Writing"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  /* Escape asks again next time rather than choosing for the person. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");

  offer = offer_new (window, store, draft->id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), offer, offer_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_cb (gpointer user_data)
{
  Offer *offer = user_data;
  g_autoptr(GtkWindow) window = g_weak_ref_get (&offer->window);

  if (window != NULL)
    offer_next (window, offer->store);
  return G_SOURCE_REMOVE;
}

/**
 * waymark_offer_drafts:
 * @window: the plan's window, which has the win.resume-draft action
 * @store: the plan it just opened
 *
 * Once @window is on screen, asks about each draft @store holds.
 */
void
waymark_offer_drafts (GtkWindow    *window,
                      WaymarkStore *store)
{
  Offer *offer;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (WAYMARK_IS_STORE (store));

  offer = offer_new (window, store, 0);
  g_idle_add_full (G_PRIORITY_LOW, offer_cb, offer, (GDestroyNotify) offer_free);
}
