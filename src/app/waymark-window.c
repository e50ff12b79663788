/* waymark-window.c: one window shows one person's plan
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-feedback.h"
#include "waymark-frame-steps.h"
#include "waymark-autosave.h"
#include "waymark-bench-probe.h"
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include "waymark-backups-window.h"
#include "waymark-crisis-copy.h"
#include "waymark-crisis-page.h"
#include "waymark-draft-offer.h"
#include "waymark-journal-page.h"
#include "waymark-timeline-page.h"
#include "waymark-today-page.h"
#include "waymark-plan-page.h"
#include "waymark-read-only-banner.h"
#include "waymark-sample-plan.h"
#include "waymark-start-page.h"
#include "waymark-settings.h"
#include "waymark-window.h"
#include "waymark-window-private.h"
#include "waymark-owner-badge.h"
#include "waymark-plan-protection.h"
#include "waymark-unlock-page.h"

struct _WaymarkWindow
{
  AdwApplicationWindow parent_instance;

  WaymarkWindowBackups *backups;
  WaymarkWindowProtection *protection;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwHeaderBar        *header_bar;
  WaymarkOwnerBadge   *owner_badge;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack            *content_stack;
  AdwViewStack        *view_stack;
  AdwBin              *today_slot;
  AdwBin              *plan_slot;
  AdwBin              *journal_slot;
  AdwBin              *crisis_slot;
  AdwBin              *timeline_slot;
  AdwViewSwitcherBar  *switcher_bar;
  GtkMenuButton       *primary_menu_button;
  GMenuModel          *primary_menu;
  gboolean             first_focus_pending;  /* a plan shown into a waiting window */
  guint                switchers_tick;       /* the header's switcher gets its pages */
  AdwStatusPage       *error_page;
  AdwBin              *welcome_slot;
  AdwBin              *closed_slot;
  AdwBin              *lock_slot;
  WaymarkReadOnlyBanner *read_only_banner;
  GtkWidget           *sample_banner;
  GtkWidget           *crisis_button;

  /* Owned */
  WaymarkStore        *store;
  WaymarkSamplePlan   *sample;     /* the sample plan shown, whose folder goes with it */
  GSignalGroup        *store_signals;
  char                *path;       /* the plan shown, or the one that failed */
  GtkFileChooserNative *chooser;
  char                *requested_page;  /* shown once the plan has opened */

  /* Borrowed */
  AdwToast            *undo_toast;      /* weak: the last toast with Undo, for Ctrl+Z */
  WaymarkTodayPage    *today_page;      /* each in its slot, NULL until first shown */
  WaymarkPlanPage     *plan_page;
  WaymarkJournalPage  *journal_page;
  WaymarkCrisisPage   *crisis_page;
  WaymarkTimelinePage *timeline_page;

  guint                state_restored : 1;
};

G_DEFINE_FINAL_TYPE (WaymarkWindow, waymark_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  OPEN_PLAN,
  OPEN_SAMPLE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const page_names[] = { "today", "plan", "journal", "crisis", "timeline", NULL };

static GSettings *
get_settings (WaymarkWindow *self)
{
  /* Only a window of the application keeps its size and page. */
  return gtk_window_get_application (GTK_WINDOW (self)) != NULL ? waymark_settings_get () : NULL;
}

/* The window says whose plan is open, so a clinician sees at a glance
 * which client's file is in front of them: the person's name when the
 * plan has one, "New Plan" otherwise (never a file name such as
 * "plan.waymark"). Only a plan that could not be opened is named by its
 * file, so the person knows which one. */
static void
update_title (WaymarkWindow *self)
{
  g_autofree char *owner = NULL;
  g_autofree char *title = NULL;

  if (self->store != NULL)
    {
      owner = waymark_store_dup_owner_name (self->store);
      if (owner == NULL)
        owner = g_strdup (_("New Plan"));
    }

  if (owner == NULL && self->path != NULL &&
      (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "error") == 0 ||
       g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "locked") == 0))
    {
      g_autofree char *base = g_path_get_basename (self->path);
      owner = g_filename_display_name (base);
    }

  if (owner != NULL)
    {
      if (self->store != NULL && waymark_store_is_read_only (self->store))
        /* Translators: the window title of a plan open read-only. */
        title = g_strdup_printf (_("%s (Read-Only) — Waymark"), owner);
      else
        /* Translators: the window title; %s is the person's name, "New Plan" or the plan's file name. */
        title = g_strdup_printf (_("%s — Waymark"), owner);
    }

  waymark_owner_badge_set_name (self->owner_badge, owner);
  gtk_window_set_title (GTK_WINDOW (self), title ? title : _("Waymark"));
}

/* The page switcher sits in the header when there is room, at the foot
 * of the window when there is not, and nowhere when no plan is open. */
static void update_switchers (WaymarkWindow *self);

static void
give_switcher_pages_cb (GtkWidget *widget)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  self->switchers_tick = 0;
  if (adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
  update_switchers (self);
}

static void
update_switchers (WaymarkWindow *self)
{
  gboolean has_plan = self->store != NULL &&
                      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "plan") == 0;

  /* The switchers make a button for each page: not before there is a
   * plan to switch between (the window's first frame waits for none);
   * the header's at the start of the next frame, where its buttons are
   * styled and measured once (waymark-frame-steps.c); the one at the
   * foot once the header's has been laid out without room
   * (waymark_window_size_allocate ()). */
  if (has_plan && adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    {
      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
      else if (self->switchers_tick == 0)
        self->switchers_tick = waymark_at_next_frame (GTK_WIDGET (self), give_switcher_pages_cb);
    }

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_plan);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    has_plan && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

/* The switcher at the foot makes its buttons only once the window is
 * first laid out too narrow for the header's: before its first layout
 * the header's switcher says its title shows (its buttons not placed
 * yet), and the foot's buttons, made then, were styled and measured
 * and slid away again, a tenth of the first page's showing. Its pages
 * given here, during the window's layout, and laid out again, it shows
 * in the same frame. */
static void
waymark_window_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  GTK_WIDGET_CLASS (waymark_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL &&
      adw_view_switcher_title_get_stack (self->switcher_title) != NULL &&
      adw_view_switcher_title_get_title_visible (self->switcher_title))
    {
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
      /* Its new buttons placed too, before this frame is drawn. */
      GTK_WIDGET_CLASS (waymark_window_parent_class)->size_allocate (widget, width, height, baseline);
    }
}

/* What the window shows instead of a plan is made when first shown:
 *
 * - the error page's icon has no small picture in the icon theme, only
 *   an SVG, which takes loading librsvg (some 7 MB) to draw, or only to
 *   look up for a page that waits hidden;
 * - the welcome (a new plan's) and the page after Close Plan, which
 *   most starts never show: made with the window, they were a fifth of
 *   making it. */
static void
content_page_cb (WaymarkWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->content_stack);

  if (g_strcmp0 (name, "error") == 0)
    adw_status_page_set_icon_name (self->error_page, "document-open-symbolic");
  else if (g_strcmp0 (name, "welcome") == 0 && adw_bin_get_child (self->welcome_slot) == NULL)
    adw_bin_set_child (self->welcome_slot, g_object_new (WAYMARK_TYPE_START_PAGE, "welcome", TRUE, NULL));
  else if (g_strcmp0 (name, "closed") == 0 && adw_bin_get_child (self->closed_slot) == NULL)
    adw_bin_set_child (self->closed_slot, g_object_new (WAYMARK_TYPE_START_PAGE, NULL));
}

static void drop_lock_screen (WaymarkWindow *self);

#ifdef HAVE_MALLOC_TRIM
static gboolean
trim_cb (gpointer user_data)
{
  malloc_trim (0);
  return G_SOURCE_REMOVE;
}
#endif

/* Once a plan's first page has been read and painted:
 *
 * - In a window that waited empty for its plan, the keyboard's place is
 *   chosen again, as a window does when it first shows: GTK gave it to
 *   what there was while the plan opened, and the switchers that came
 *   with the plan can have moved it (a tab focused in the narrow
 *   switcher hands the focus on when the wide one takes its place).
 *   Unless the person has put it in the page already.
 * - The memory that opening the plan and making the page used and freed
 *   (the integrity check's page cache, the templates, the text laid out
 *   while measuring) would stay with the process, a few megabytes malloc
 *   keeps for later: it goes back to the system. */
static void
plan_painted_cb (GdkFrameClock *clock,
                 WaymarkWindow *self)
{
  GtkWidget *page = _waymark_window_get_visible_page (self);
  GtkWidget *focus;

  if (page != NULL && WAYMARK_IS_PAGE (page) && !waymark_page_is_loaded (WAYMARK_PAGE (page)))
    return;

  g_signal_handlers_disconnect_by_func (clock, plan_painted_cb, self);

  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (self->first_focus_pending &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_stack))))
    {
      gtk_window_set_focus (GTK_WINDOW (self), NULL);
      gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
    }
  self->first_focus_pending = FALSE;
#ifdef HAVE_MALLOC_TRIM
  g_idle_add_full (G_PRIORITY_LOW, trim_cb, NULL, NULL);
#endif
}

static void
store_person_changed_cb (WaymarkWindow *self,
                         const char    *kind,
                         WaymarkStore  *store)
{
  update_title (self);
}

static void
open_response_cb (WaymarkWindow        *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  gboolean create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    g_signal_emit (self, signals[OPEN_PLAN], 0, path, create);

  g_clear_object (&self->chooser);
}

static void
run_file_chooser (WaymarkWindow        *self,
                  GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  gboolean create = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (create ? _("New Plan") : _("Open Plan"),
                                               GTK_WINDOW (self), action,
                                               create ? _("_Create") : _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (plans, _("Waymark plans"));
  gtk_file_filter_add_pattern (plans, "*.waymark");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), plans);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  if (create)
    /* Translators: the suggested file name for a new plan; keep the .waymark ending. */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("New plan.waymark"));

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_plan_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  run_file_chooser (WAYMARK_WINDOW (user_data), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_plan_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  run_file_chooser (WAYMARK_WINDOW (user_data), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static const GActionEntry win_actions[] = {
  { "open-plan", open_plan_action },
  { "new-plan", new_plan_action },
};

static gboolean
waymark_window_close_request (GtkWindow *window)
{
  WaymarkWindow *self = WAYMARK_WINDOW (window);
  GSettings *settings = get_settings (self);

  /* Whatever is being typed anywhere (this window's pages included) is
   * written before the window goes. */
  waymark_autosave_flush_all ();
  if (!_waymark_window_editors_let_go (self))
    return TRUE;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (settings);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
      g_settings_apply (settings);
    }

  return GTK_WINDOW_CLASS (waymark_window_parent_class)->close_request (window);
}

/* Every page shows the window's plan. */
static void
follow_store (WaymarkWindow *self,
              WaymarkPage   *page)
{
  g_object_bind_property (self, "store", page, "store", G_BINDING_SYNC_CREATE);
}

/* Each page costs 5–20 ms to make (templates, charts, lists, menus, and
 * an accessible object for every widget), and memory for as long as the
 * window lives, so a window makes a page only when it is first shown
 * with a plan, into the slot the view stack keeps for it. Today too: the
 * window's first frame is painted before the plan has opened, and need
 * not wait for a page that has nothing to show yet. */
static const struct
{
  const char *name;
  gsize       slot;     /* offsets in WaymarkWindow */
  gsize       page;
  GType     (*get_type) (void);
} lazy_pages[] = {
  { "today", G_STRUCT_OFFSET (WaymarkWindow, today_slot), G_STRUCT_OFFSET (WaymarkWindow, today_page),
    waymark_today_page_get_type },
  { "plan", G_STRUCT_OFFSET (WaymarkWindow, plan_slot), G_STRUCT_OFFSET (WaymarkWindow, plan_page),
    waymark_plan_page_get_type },
  { "journal", G_STRUCT_OFFSET (WaymarkWindow, journal_slot), G_STRUCT_OFFSET (WaymarkWindow, journal_page),
    waymark_journal_page_get_type },
  { "crisis", G_STRUCT_OFFSET (WaymarkWindow, crisis_slot), G_STRUCT_OFFSET (WaymarkWindow, crisis_page),
    waymark_crisis_page_get_type },
  { "timeline", G_STRUCT_OFFSET (WaymarkWindow, timeline_slot), G_STRUCT_OFFSET (WaymarkWindow, timeline_page),
    waymark_timeline_page_get_type },
};

/* The page called @name, made now if it was not yet; NULL for unknown
 * names. */
WaymarkPage *
_waymark_window_ensure_page (WaymarkWindow *self,
                             const char    *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    {
      AdwBin *slot = G_STRUCT_MEMBER (AdwBin *, self, lazy_pages[i].slot);
      WaymarkPage **page = &G_STRUCT_MEMBER (WaymarkPage *, self, lazy_pages[i].page);

      if (g_strcmp0 (name, lazy_pages[i].name) != 0)
        continue;

      if (*page == NULL)
        {
          *page = g_object_new (lazy_pages[i].get_type (), NULL);
          adw_bin_set_child (slot, GTK_WIDGET (*page));
          follow_store (self, *page);
        }
      return *page;
    }

  return NULL;
}

static void
visible_page_cb (WaymarkWindow *self)
{
  /* Without a plan no page is shown; the one on show is made when a
   * plan opens (waymark_window_set_store_full ()). */
  if (self->store != NULL)
    _waymark_window_ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
}

static void
page_changed_cb (WaymarkWindow *self)
{
  GSettings *settings = get_settings (self);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (settings != NULL && page != NULL)
    g_settings_set_string (settings, "last-page", page);
}

/* GtkWindow:application is set after construction, so the window's
 * remembered size and page are restored once it joins the application. */
static void
restore_state_cb (WaymarkWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL || self->state_restored)
    return;

  self->state_restored = TRUE;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (360, g_settings_get_int (settings, "window-width")),
                               MAX (294, g_settings_get_int (settings, "window-height")));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Read once: with two clients' plans open, one window's page must not
   * move the other. */
  {
    g_autofree char *page = g_settings_get_string (settings, "last-page");
    adw_view_stack_set_visible_child_name (self->view_stack, page);
  }
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
waymark_window_constructed (GObject *object)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  G_OBJECT_CLASS (waymark_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::application", G_CALLBACK (restore_state_cb), NULL);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
}

static void
waymark_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      waymark_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_window_dispose (GObject *object)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  waymark_cancel_at_next_frame (GTK_WIDGET (self), &self->switchers_tick);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->backups, waymark_window_backups_free);
  g_clear_pointer (&self->protection, _waymark_window_protection_free);
  drop_lock_screen (self);
  g_clear_weak_pointer (&self->undo_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_WINDOW);

  /* The pages have written what they held: the sample plan's folder goes
   * with the window, once its plan is closed. */
  if (self->sample != NULL)
    {
      if (self->store != NULL)
        waymark_store_close (self->store);
      g_clear_object (&self->sample);
    }

  /* A protected plan's key does not outlive its window. */
  if (self->store != NULL && waymark_plan_is_protected (waymark_store_get_path (self->store)))
    {
      waymark_store_close (self->store);
      waymark_plan_keys_forget (waymark_store_get_path (self->store));
    }

  G_OBJECT_CLASS (waymark_window_parent_class)->dispose (object);
}

static void
waymark_window_finalize (GObject *object)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->requested_page, g_free);

  G_OBJECT_CLASS (waymark_window_parent_class)->finalize (object);
}

static void
undo_toast_dismissed_cb (WaymarkWindow *self,
                         AdwToast      *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

/* The window owns the toasts of its pages and dialogs (waymark_add_toast ()).
 * One that offers something to do (Undo) stays long enough to do it,
 * and is the one Ctrl+Z answers. */
static void
waymark_window_add_toast (WaymarkWindow *self,
                          AdwToast      *toast)
{
  if (adw_toast_get_button_label (toast) != NULL)
    {
      if (adw_toast_get_timeout (toast) != 0)
        adw_toast_set_timeout (toast, 10);
      g_set_weak_pointer (&self->undo_toast, toast);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
waymark_window_class_init (WaymarkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = waymark_window_constructed;
  object_class->get_property = waymark_window_get_property;
  object_class->set_property = waymark_window_set_property;
  object_class->dispose = waymark_window_dispose;
  object_class->finalize = waymark_window_finalize;

  window_class->close_request = waymark_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WAYMARK_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaymarkWindow::add-toast:
   * @toast: what to say
   *
   * Shows @toast over the window's pages; how a page, a row or a
   * dialog of the window says what happened (waymark_add_toast ()).
   */
  signals[ADD_TOAST] =
    g_signal_new_class_handler ("add-toast",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (waymark_window_add_toast),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /**
   * WaymarkWindow::open-plan:
   * @path: the plan file chosen in the window's Open or New dialog
   * @create: whether it is a new plan to make
   *
   * The person chose a plan to open; the application opens it (in this
   * window if it shows none).
   */
  signals[OPEN_PLAN] =
    g_signal_new ("open-plan",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  /**
   * WaymarkWindow::open-sample:
   *
   * The person asked to look around with the sample plan; the
   * application makes it and opens it in this window.
   */
  signals[OPEN_SAMPLE] =
    g_signal_new ("open-sample",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (WAYMARK_TYPE_TODAY_PAGE);
  g_type_ensure (WAYMARK_TYPE_READ_ONLY_BANNER);
  g_type_ensure (WAYMARK_TYPE_OWNER_BADGE);
  g_type_ensure (WAYMARK_TYPE_START_PAGE);

  widget_class->size_allocate = waymark_window_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/waymark-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, owner_badge);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, sample_banner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, crisis_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, today_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, plan_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, journal_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, crisis_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, timeline_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, welcome_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, closed_slot);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, lock_slot);
  gtk_widget_class_bind_template_callback (widget_class, update_switchers);
}

/* The main menu is made when it is first opened (a popover menu makes
 * every item at once), not for the window's first frame. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  WaymarkWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
waymark_window_init (WaymarkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  _waymark_window_add_plan_actions (self);
  _waymark_window_add_export_actions (self);
  _waymark_window_add_import_actions (self);
  _waymark_window_add_key_actions (self);
  _waymark_window_add_navigation_actions (self);
  self->backups = waymark_window_backups_new (GTK_WINDOW (self));
  self->protection = _waymark_window_protection_new (self);

  /* The title follows the person's name. */
  self->store_signals = g_signal_group_new (WAYMARK_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed::person",
                                 G_CALLBACK (store_person_changed_cb), self, G_CONNECT_SWAPPED);

  /* Until a plan is open there is nothing to switch between. */
  update_switchers (self);
  gtk_stack_set_visible_child_name (self->content_stack, "plan");
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (update_switchers), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (content_page_cb), self, G_CONNECT_SWAPPED);
}

WaymarkWindow *
waymark_window_new (GtkApplication *application)
{
  return g_object_new (WAYMARK_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * waymark_window_get_store:
 *
 * Returns: (transfer none) (nullable): the open plan, or %NULL when the
 *   window shows why a plan could not be opened
 */
WaymarkStore *
waymark_window_get_store (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  return self->store;
}

void
waymark_window_set_store (WaymarkWindow *self,
                          WaymarkStore  *store)
{
  waymark_window_set_store_full (self, store, NULL);
}

/* Whether a plan that opens should greet the person: it is new and holds
 * nothing, nobody asked for a page of it (--crisis-plan), and the window
 * was not showing another plan's pages (which stay, on the same page). */
static gboolean
wants_welcome (WaymarkWindow *self,
               gboolean       was_showing_plan)
{
  gboolean is_empty = FALSE;

  if (self->store == NULL || self->sample != NULL || self->requested_page != NULL || was_showing_plan)
    return FALSE;

  return waymark_store_is_empty (self->store, &is_empty, NULL) && is_empty;
}

/**
 * waymark_window_set_store_full:
 * @self: the window
 * @store: (nullable): the plan to show
 * @sample: (nullable): the sample plan @store is, whose folder goes when
 *   the window shows another plan, none, or closes
 *
 * Shows @store in the window in place of the plan it showed, which is
 * written (everything typed) and closed, releasing its lock.
 */
void
waymark_window_set_store_full (WaymarkWindow     *self,
                               WaymarkStore      *store,
                               WaymarkSamplePlan *sample)
{
  g_autoptr(WaymarkStore) old = NULL;
  g_autoptr(WaymarkSamplePlan) old_sample = NULL;
  gboolean was_showing_plan;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (!store || WAYMARK_IS_STORE (store));

  if (self->store == store)
    return;

  waymark_bench_mark ("set store");
  was_showing_plan = self->store != NULL &&
                     g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "plan") == 0;
  self->first_focus_pending = store != NULL &&
                              g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "loading") == 0;

  /* What is being typed belongs to the plan it was typed in. */
  waymark_autosave_flush_all ();
  old = g_steal_pointer (&self->store);
  self->store = store ? g_object_ref (store) : NULL;
  old_sample = g_steal_pointer (&self->sample);
  self->sample = sample ? g_object_ref (sample) : NULL;
  g_signal_group_set_target (self->store_signals, store);

  if (store != NULL)
    {
      g_free (self->path);
      self->path = g_strdup (waymark_store_get_path (store));
      /* A protected plan's readable crisis plan, when the person keeps one. */
      waymark_crisis_copy_keep (store);
      g_signal_connect_object (waymark_store_get_lock (store), "notify::read-only",
                               G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
    }
  waymark_read_only_banner_set_store (self->read_only_banner, store);

  /* The pages follow (they are bound to this property) while still
   * hidden, so each reads the plan after the frame that shows it. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  /* A sample plan's folder goes with it, once its plan is closed. (Close
   * Plan and Open Plan close the plan shown before themselves, so its
   * lock is released at once: waymark_window_close_plan ().) */
  if (old_sample != NULL)
    {
      if (old != NULL)
        waymark_store_close (old);
      waymark_sample_plan_discard (old_sample);
    }

  /* A sample plan is never backed up, and no plan has no backups. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "backups")),
                               store != NULL && self->sample == NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "export-all")),
                               store != NULL);
  gtk_widget_set_visible (self->sample_banner, self->sample != NULL);
  gtk_widget_set_visible (self->crisis_button, store != NULL);
  if (store != NULL)
    {
      drop_lock_screen (self);
      /* The page on show is made again if locking destroyed it. */
      _waymark_window_ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
    }
  _waymark_window_protection_update (self->protection);
  /* From the empty page shown while the plan opened, the plan appears
   * at once: a cross-fade from nothing would only delay it, and paints
   * both pages into window-sized images for 200 ms. */
  gtk_stack_set_visible_child_full (self->content_stack,
                                    store == NULL ? "error" : wants_welcome (self, was_showing_plan) ? "welcome" : "plan",
                                    g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "loading") == 0
                                    ? GTK_STACK_TRANSITION_TYPE_NONE : gtk_stack_get_transition_type (self->content_stack));
  update_switchers (self);

  if (store != NULL && self->requested_page != NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, self->requested_page);
      g_clear_pointer (&self->requested_page, g_free);
    }
  update_title (self);
  waymark_bench_mark ("store set");
  if (store != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      g_signal_handlers_disconnect_by_func (clock, plan_painted_cb, self);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (plan_painted_cb), self, 0);
    }

  /* Something found beside the plan was moved aside as it opened. */
  if (store != NULL && waymark_store_get_open_notice (store) != NULL)
    waymark_tell (GTK_WIDGET (self), _("A Leftover File Was Moved Aside"),
                  waymark_store_get_open_notice (store));

  /* What was being written when Waymark last stopped is offered back. */
  if (store != NULL)
    waymark_offer_drafts (GTK_WINDOW (self), store);
}

/* The lock screen goes once the plan is open (or closed); the window
 * lets go of its field and button first. */
static void
drop_lock_screen (WaymarkWindow *self)
{
  if (adw_bin_get_child (self->lock_slot) == NULL)
    return;

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  adw_bin_set_child (self->lock_slot, NULL);
}

/**
 * waymark_window_get_path:
 *
 * Returns: (nullable): the plan file this window shows
 */
const char *
waymark_window_get_path (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  return self->path;
}

/**
 * waymark_window_set_loading:
 * @self: the window
 * @path: the plan being opened
 *
 * Shows the window empty while @path opens; the title already names
 * the file.
 */
void
waymark_window_set_loading (WaymarkWindow *self,
                            const char    *path)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->path);
  self->path = g_strdup (path);
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  update_switchers (self);
  update_title (self);
}

/**
 * waymark_window_show_open_error:
 * @self: the window
 * @path: the plan that could not be opened
 * @error: why
 *
 * Tells the person, in a dialog, why the plan could not be opened. If
 * the window has no plan of its own, it also shows the reason in place
 * of the plan, with a way to open another.
 */
void
waymark_window_show_open_error (WaymarkWindow *self,
                                const char    *path,
                                const GError  *error)
{

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if (self->store == NULL)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      update_switchers (self);
      update_title (self);
    }

  waymark_tell (GTK_WIDGET (self), _("Can’t Open This Plan"), error->message);
}

/**
 * waymark_window_show_page:
 * @self: the window
 * @page_name: "today", "plan", "journal", "crisis" or "timeline"
 */
void
waymark_window_show_page (WaymarkWindow *self,
                          const char    *page_name)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (g_strv_contains (page_names, page_name));

  if (self->store == NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack, "plan");
  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
  update_switchers (self);
}

/**
 * waymark_window_request_page:
 * @self: the window
 * @page_name: "today", "plan", "journal", "crisis" or "timeline"
 *
 * Shows the page now if the plan is open, or as soon as it has opened.
 */
void
waymark_window_request_page (WaymarkWindow *self,
                             const char    *page_name)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (g_strv_contains (page_names, page_name));

  if (self->store != NULL)
    waymark_window_show_page (self, page_name);
  else
    {
      g_free (self->requested_page);
      self->requested_page = g_strdup (page_name);
    }
}

/* Every page is destroyed: nothing of the plan stays in the widget tree,
 * so nothing of it is in the accessibility tree either. They are made
 * again when shown. */
static void
drop_pages (WaymarkWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    {
      AdwBin *slot = G_STRUCT_MEMBER (AdwBin *, self, lazy_pages[i].slot);
      WaymarkPage **page = &G_STRUCT_MEMBER (WaymarkPage *, self, lazy_pages[i].page);

      if (*page != NULL)
        {
          adw_bin_set_child (slot, NULL);
          *page = NULL;
        }
    }
}

/**
 * _waymark_window_show_locked:
 * @self: a window showing no plan
 * @path: the protected plan
 * @offer_remember: whether the lock screen offers Remember on this computer
 *
 * Shows the lock screen for @path, and nothing else: the pages are
 * destroyed, the title names only the file.
 *
 * Returns: (transfer none): the lock screen
 */
GtkWidget *
_waymark_window_show_locked (WaymarkWindow *self,
                             const char    *path,
                             gboolean       offer_remember)
{
  GtkWidget *page;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->store == NULL, NULL);

  drop_pages (self);
  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
    }
  drop_lock_screen (self);
  gtk_widget_set_visible (self->crisis_button, FALSE);
  page = waymark_unlock_page_new (path, offer_remember);
  adw_bin_set_child (self->lock_slot, page);
  gtk_stack_set_visible_child_name (self->content_stack, "locked");
  /* After the switch: the stack moves the focus into the page it shows. */
  waymark_unlock_page_focus (WAYMARK_UNLOCK_PAGE (page));
  update_switchers (self);
  update_title (self);
  _waymark_window_protection_update (self->protection);

  return page;
}

WaymarkWindowProtection *
_waymark_window_get_protection (WaymarkWindow *self)
{
  return self->protection;
}

/* The lock screen on show, or NULL. */
GtkWidget *
_waymark_window_get_unlock_page (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->lock_slot);
}

/* After Close Plan: the neutral start, with nothing of whose plan it was
 * (waymark_window_close_plan ()). */
void
_waymark_window_show_closed (WaymarkWindow *self)
{
  g_clear_pointer (&self->requested_page, g_free);
  g_clear_pointer (&self->path, g_free);
  drop_lock_screen (self);
  gtk_stack_set_visible_child_name (self->content_stack, "closed");
  update_switchers (self);
  update_title (self);
}

/**
 * waymark_window_get_sample:
 *
 * Returns: (transfer none) (nullable): the sample plan the window shows
 */
WaymarkSamplePlan *
waymark_window_get_sample (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  return self->sample;
}

/* The page on show, or NULL when the window shows no plan. */
GtkWidget *
_waymark_window_get_visible_page (WaymarkWindow *self)
{
  GtkWidget *page;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  if (self->store == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "plan") != 0)
    return NULL;

  page = adw_view_stack_get_visible_child (self->view_stack);
  if (!WAYMARK_IS_PAGE (page))
    page = adw_bin_get_child (ADW_BIN (page));

  return page;
}

/* The last toast that offers Undo, still on show; the window lets go of
 * it, so it is answered once. */
AdwToast *
_waymark_window_take_undo_toast (WaymarkWindow *self)
{
  AdwToast *toast;

  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  toast = self->undo_toast ? g_object_ref (self->undo_toast) : NULL;
  g_clear_weak_pointer (&self->undo_toast);

  return toast;
}
