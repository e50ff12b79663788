/* waymark-checkin-row.c: one check-in in the journal's list
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-checkin-row"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "waymark-checkin-row.h"
#include "waymark-date.h"
#include "waymark-list-box.h"
#include "waymark-text-preview.h"

struct _WaymarkCheckinRow
{
  GtkWidget       parent_instance;

  WaymarkCheckin *checkin;

  GtkLabel       *mood_badge;
  GtkLabel       *title_label;
  GtkLabel       *mood_label;
  GtkLabel       *summary_label;
  GtkLabel       *note_label;
  GtkLabel       *shared_label;
  GtkWidget      *menu_button;
  GtkWidget      *menu;       /* made when first opened */
};

G_DEFINE_FINAL_TYPE (WaymarkCheckinRow, waymark_checkin_row, GTK_TYPE_WIDGET)

/**
 * waymark_format_clock:
 *
 * Returns: (transfer full): the time of day as the locale writes it,
 *   on a 12 or 24 hour clock, without seconds: "20:15", "8:15 PM"
 */
char *
waymark_format_clock (GDateTime *time)
{
  const char *locale_format = nl_langinfo (T_FMT);
  gboolean twelve_hour = strstr (locale_format, "%I") || strstr (locale_format, "%r") ||
                         strstr (locale_format, "%l");

  return waymark_date_time_format (time, twelve_hour ? "%-l:%M %p" : "%H:%M");
}

/**
 * waymark_checkin_describe_time:
 *
 * Returns: (transfer full): when the check-in was, for a person:
 *   "Monday 23 November, 20:15", with the year when it isn't this one
 */
char *
waymark_checkin_describe_time (WaymarkCheckin *checkin)
{
  g_autoptr(GDateTime) time = waymark_checkin_dup_local_time (checkin);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;

  if (time == NULL)
    return g_strdup ("");

  if (g_date_time_get_year (time) == g_date_time_get_year (now))
    /* Translators: a check-in's day, as in "Monday 23 November"; see
     * g_date_time_format () for the codes (%-d: no padding) */
    day = waymark_date_time_format (time, _("%A %-d %B"));
  else
    /* Translators: a check-in's day in another year, "Monday 23 November 2025" */
    day = waymark_date_time_format (time, _("%A %-d %B %Y"));

  clock = waymark_format_clock (time);

  /* Translators: a check-in's day and time, "Monday 23 November, 20:15" */
  return g_strdup_printf (_("%s, %s"), day, clock);
}

static void
append_part (GString    *text,
             const char *part)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

/* The scales, as "Anxiety 3 · Energy 6 · Slept 7.5 h": the numbers a
 * person scans down a list for. */
static char *
describe_scales (WaymarkCheckin     *checkin,
                 const char * const *tags)
{
  WaymarkRecord *record = WAYMARK_RECORD (checkin);
  g_autoptr(GString) text = g_string_new (NULL);
  static const struct { guint column; const char *name; } scales[] = {
    /* Translators: in a check-in's summary, before a number 0-10: "Anxiety 3" */
    { WAYMARK_CHECKIN_ANXIETY, N_("Anxiety") },
    { WAYMARK_CHECKIN_ENERGY, N_("Energy") },
    { WAYMARK_CHECKIN_SLEEP_QUALITY, N_("Sleep quality") },
    { WAYMARK_CHECKIN_CRAVING, N_("Cravings") },
  };
  double sleep = waymark_record_get_real (record, WAYMARK_CHECKIN_SLEEP_HOURS);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      int value = waymark_record_get_int (record, scales[i].column);

      if (value != WAYMARK_UNSET)
        {
          /* Translators: a scale in a check-in's summary: "Anxiety 3" */
          g_autofree char *part = g_strdup_printf (C_("scale and value", "%s %d"), _(scales[i].name), value);
          append_part (text, part);
        }
    }

  if (sleep != WAYMARK_UNSET)
    {
      /* Translators: hours of sleep in a check-in's summary; %.1f follows the locale ("7,5") */
      g_autofree char *part = g_strdup_printf (_("Slept %.1f h"), sleep);
      append_part (text, part);
    }

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      /* Translators: an activity tag in a check-in's summary */
      g_autofree char *part = g_strdup_printf (_("#%s"), tags[i]);
      append_part (text, part);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * waymark_checkin_describe:
 * @tags: (nullable): its tags
 *
 * Returns: (transfer full): the whole check-in in one sentence, for a
 *   screen reader: "Monday 23 November, 20:15. Mood 7, good. Anxiety 3…"
 */
char *
waymark_checkin_describe (WaymarkCheckin     *checkin,
                          const char * const *tags)
{
  WaymarkRecord *record = WAYMARK_RECORD (checkin);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *time = waymark_checkin_describe_time (checkin);
  g_autofree char *scales = describe_scales (checkin, tags);
  int mood = waymark_record_get_int (record, WAYMARK_CHECKIN_MOOD);

  g_string_append_printf (text, "%s.", time);
  if (mood != WAYMARK_UNSET)
    /* Translators: in the spoken summary of a check-in: "Mood 7, Good." */
    g_string_append_printf (text, _(" Mood %d, %s."), mood, waymark_mood_word (mood));
  if (*scales != '\0')
    g_string_append_printf (text, " %s.", scales);
  if (*waymark_record_get_text (record, WAYMARK_CHECKIN_NOTE) != '\0')
    {
      /* The start of a long note: the rest is read in the check-in itself. */
      g_autofree char *note = waymark_text_preview (waymark_record_get_text (record, WAYMARK_CHECKIN_NOTE),
                                                    WAYMARK_PREVIEW_CHARS);
      g_string_append_printf (text, " %s", note);
      if (waymark_checkin_note_is_shared (checkin))
        g_string_append_printf (text, " %s.", _("Shared with your care team"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The row asks its page through the page's actions ("journal.*"), with
 * the check-in's id; it knows nothing of the page. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  WaymarkCheckinRow *self = WAYMARK_CHECKIN_ROW (widget);

  if (self->checkin != NULL)
    gtk_widget_activate_action (widget, "journal.edit-checkin", "x",
                                waymark_record_get_id (WAYMARK_RECORD (self->checkin)));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  WaymarkCheckinRow *self = WAYMARK_CHECKIN_ROW (widget);

  if (self->checkin != NULL)
    gtk_widget_activate_action (widget, "journal.delete-checkin", "x",
                                waymark_record_get_id (WAYMARK_RECORD (self->checkin)));
}

static void
waymark_checkin_row_dispose (GObject *object)
{
  WaymarkCheckinRow *self = WAYMARK_CHECKIN_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->checkin);
  self->menu = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (waymark_checkin_row_parent_class)->dispose (object);
}

/* The row lays its children out itself, flat: the badge, a column of
 * text (the day and the mood word on one line, then the scales, the
 * note and whether it is shared) and the menu button. GtkBox would do
 * the same with three boxes, but it measures a wrapping label's width
 * for a given height as it allocates, a search that lays the text out a
 * dozen times; the list measures and places a couple of hundred rows
 * when it opens and as it scrolls, and that search was most of its time
 * (the journal's first showing 3 times slower, each scrolled frame 5
 * times). Here a label is only ever measured across, or down for a
 * width. */

#define ROW_SPACING 12     /* between the badge, the text and the button */
#define TEXT_SPACING 2     /* between the lines of text */
#define HEADING_SPACING 8  /* between the day and the mood word */

typedef struct
{
  int text_width;
  int title_width;
  int mood_width;
  int heading_height;
} RowLayout;

static gboolean
shows (GtkLabel *label)
{
  return gtk_widget_should_layout (GTK_WIDGET (label));
}

static void
measure_across (GtkWidget *widget,
                int       *minimum,
                int       *natural)
{
  int min = 0, nat = 0;

  if (gtk_widget_should_layout (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  if (minimum)
    *minimum = min;
  if (natural)
    *natural = nat;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int height = 0;

  if (gtk_widget_should_layout (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);

  return height;
}

/* Where the text's width goes, for a row @width wide: the day keeps its
 * whole width when the mood word fits beside it; otherwise the mood word
 * keeps what it needs and the day wraps, as a box would share them. */
static RowLayout
layout_for_width (WaymarkCheckinRow *self,
                  int                width)
{
  RowLayout layout = { 0, };
  int badge, button, title_min, title_nat, mood_min, mood_nat;

  measure_across (GTK_WIDGET (self->mood_badge), NULL, &badge);
  measure_across (self->menu_button, NULL, &button);
  measure_across (GTK_WIDGET (self->title_label), &title_min, &title_nat);
  measure_across (GTK_WIDGET (self->mood_label), &mood_min, &mood_nat);

  layout.text_width = MAX (0, width - badge - button - 2 * ROW_SPACING);
  if (title_nat + HEADING_SPACING + mood_nat <= layout.text_width)
    {
      layout.title_width = title_nat;
      layout.mood_width = mood_nat;
    }
  else
    {
      layout.mood_width = MAX (mood_min, MIN (mood_nat, layout.text_width - HEADING_SPACING - title_min));
      layout.title_width = MAX (title_min, layout.text_width - HEADING_SPACING - layout.mood_width);
    }
  layout.heading_height = MAX (height_for (GTK_WIDGET (self->title_label), layout.title_width),
                               height_for (GTK_WIDGET (self->mood_label), layout.mood_width));

  return layout;
}

static int
text_height (WaymarkCheckinRow *self,
             const RowLayout   *layout)
{
  GtkLabel *lines[] = { self->summary_label, self->note_label, self->shared_label };
  int height = layout->heading_height;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (shows (lines[i]))
      height += TEXT_SPACING + height_for (GTK_WIDGET (lines[i]), layout->text_width);

  return height;
}

static GtkSizeRequestMode
waymark_checkin_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
waymark_checkin_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  WaymarkCheckinRow *self = WAYMARK_CHECKIN_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      GtkLabel *lines[] = { self->summary_label, self->note_label, self->shared_label };
      int badge_min, badge_nat, button_min, button_nat, min, nat, text_min, text_nat;

      measure_across (GTK_WIDGET (self->mood_badge), &badge_min, &badge_nat);
      measure_across (self->menu_button, &button_min, &button_nat);
      measure_across (GTK_WIDGET (self->title_label), &text_min, &text_nat);
      measure_across (GTK_WIDGET (self->mood_label), &min, &nat);
      text_min += HEADING_SPACING + min;
      text_nat += HEADING_SPACING + nat;
      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          measure_across (GTK_WIDGET (lines[i]), &min, &nat);
          text_min = MAX (text_min, min);
          text_nat = MAX (text_nat, nat);
        }

      *minimum = badge_min + button_min + 2 * ROW_SPACING + text_min;
      *natural = badge_nat + button_nat + 2 * ROW_SPACING + text_nat;
    }
  else
    {
      int badge, button, text;

      gtk_widget_measure (GTK_WIDGET (self->mood_badge), GTK_ORIENTATION_VERTICAL, -1, NULL, &badge, NULL, NULL);
      gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button, NULL, NULL);
      if (for_size >= 0)
        {
          RowLayout layout = layout_for_width (self, for_size);

          text = text_height (self, &layout);
        }
      else
        {
          /* As wide as it likes, every line on one line: the labels' own
           * heights for no width, from the text they laid out to say how
           * wide they are (a width of their own would lay it out again). */
          GtkLabel *lines[] = { self->summary_label, self->note_label, self->shared_label };

          text = MAX (height_for (GTK_WIDGET (self->title_label), -1), height_for (GTK_WIDGET (self->mood_label), -1));
          for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
            if (shows (lines[i]))
              text += TEXT_SPACING + height_for (GTK_WIDGET (lines[i]), -1);
        }
      *minimum = *natural = MAX (MAX (badge, button), text);
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  if (gtk_widget_should_layout (child))
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
waymark_checkin_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  WaymarkCheckinRow *self = WAYMARK_CHECKIN_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkLabel *lines[] = { self->summary_label, self->note_label, self->shared_label };
  RowLayout layout = layout_for_width (self, width);
  int badge_width, badge_height, button_width, button_height, x, y;

  gtk_widget_measure (GTK_WIDGET (self->mood_badge), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &badge_width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->mood_badge), GTK_ORIENTATION_VERTICAL, -1, NULL, &badge_height, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
  gtk_widget_measure (self->menu_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_height, NULL, NULL);

#define MIRROR(x, w) (rtl ? width - (x) - (w) : (x))

  allocate_child (GTK_WIDGET (self->mood_badge), MIRROR (0, badge_width), 0, badge_width, badge_height);
  allocate_child (self->menu_button, MIRROR (width - button_width, button_width),
                  (height - button_height) / 2, button_width, button_height);

  x = badge_width + ROW_SPACING;
  allocate_child (GTK_WIDGET (self->title_label), MIRROR (x, layout.title_width), 0,
                  layout.title_width, layout.heading_height);
  allocate_child (GTK_WIDGET (self->mood_label),
                  MIRROR (x + layout.title_width + HEADING_SPACING, layout.mood_width), 0,
                  layout.mood_width, layout.heading_height);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));

  y = layout.heading_height;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (shows (lines[i]))
      {
        int line_height = height_for (GTK_WIDGET (lines[i]), layout.text_width);

        y += TEXT_SPACING;
        allocate_child (GTK_WIDGET (lines[i]), MIRROR (x, layout.text_width), y, layout.text_width, line_height);
        y += line_height;
      }

#undef MIRROR
}

static void
waymark_checkin_row_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
waymark_checkin_row_class_init (WaymarkCheckinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_checkin_row_dispose;
  widget_class->get_request_mode = waymark_checkin_row_get_request_mode;
  widget_class->measure = waymark_checkin_row_measure;
  widget_class->size_allocate = waymark_checkin_row_size_allocate;
  widget_class->snapshot = waymark_checkin_row_snapshot;

  gtk_widget_class_install_action (widget_class, "checkin.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "checkin.delete", NULL, delete_action);
}

static void
menu_closed_cb (WaymarkCheckinRow *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
}

/* The button is a plain one, and its menu is made when first opened: a
 * list makes a couple of hundred rows at a time, and a GtkMenuButton
 * each (three widgets) was a tenth of the journal's first showing. The
 * menu belongs to the row, which places it by the button, and finds
 * the row's actions. */
static void
open_menu_cb (WaymarkCheckinRow *self)
{
  graphene_rect_t bounds;

  if (self->menu == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/waymark-checkin-row-menu.ui");

      self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (gtk_builder_get_object (builder, "row_menu")));
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      g_signal_connect_object (self->menu, "closed", G_CALLBACK (menu_closed_cb), self, G_CONNECT_SWAPPED);
    }

  if (gtk_widget_compute_bounds (self->menu_button, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->menu));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE, -1);
}

static GtkLabel *
add_label (GtkWidget  *parent,
           float       xalign,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_widget_set_parent (label, parent);

  return GTK_LABEL (label);
}

/* Built in code rather than from a template: a list makes a couple of
 * hundred rows when it opens, and this is several times quicker than
 * GtkBuilder at it. The children are in reading order: the badge, the
 * text, the button. */
static void
waymark_checkin_row_init (WaymarkCheckinRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_margin_top (widget, 8);
  gtk_widget_set_margin_bottom (widget, 8);
  gtk_widget_set_margin_start (widget, 12);
  gtk_widget_set_margin_end (widget, 6);

  self->mood_badge = add_label (widget, 0.5, "waymark-mood-badge");
  gtk_widget_add_css_class (GTK_WIDGET (self->mood_badge), "numeric");
  gtk_widget_set_margin_top (GTK_WIDGET (self->mood_badge), 2);
  gtk_label_set_width_chars (self->mood_badge, 2);

  self->title_label = add_label (widget, 0.0, "heading");
  self->mood_label = add_label (widget, 0.0, NULL);
  /* Narrow windows wrap the day rather than widen the list. */
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap (self->mood_label, TRUE);
  self->summary_label = add_label (widget, 0.0, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "caption");
  gtk_label_set_wrap (self->summary_label, TRUE);
  self->note_label = add_label (widget, 0.0, NULL);
  gtk_label_set_wrap (self->note_label, TRUE);
  gtk_label_set_wrap_mode (self->note_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->note_label, 2);
  gtk_label_set_ellipsize (self->note_label, PANGO_ELLIPSIZE_END);
  self->shared_label = add_label (widget, 0.0, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->shared_label), "caption");
  gtk_label_set_label (self->shared_label, _("Shared with your care team"));

  self->menu_button = gtk_button_new_from_icon_name ("view-more-symbolic");
  /* Shown by the list: giving each button one asks the display where
   * the pointer is. */
  waymark_list_tooltip_set (self->menu_button, _("Check-in Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
  gtk_widget_add_css_class (self->menu_button, "flat");
  g_signal_connect_swapped (self->menu_button, "clicked", G_CALLBACK (open_menu_cb), self);
  gtk_widget_set_parent (self->menu_button, widget);
}

WaymarkCheckinRow *
waymark_checkin_row_new (void)
{
  return g_object_new (WAYMARK_TYPE_CHECKIN_ROW, NULL);
}

/**
 * waymark_checkin_row_set_checkin:
 * @store: the plan, to read the check-in's tags
 * @checkin: (nullable): what the row shows
 */
void
waymark_checkin_row_set_checkin (WaymarkCheckinRow *self,
                                 WaymarkStore      *store,
                                 WaymarkCheckin    *checkin)
{
  g_auto(GStrv) tags = NULL;
  g_autofree char *time = NULL;
  g_autofree char *scales = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *menu_label = NULL;
  g_autofree char *note = NULL;
  char number[8] = "–";
  int mood;

  g_return_if_fail (WAYMARK_IS_CHECKIN_ROW (self));

  g_set_object (&self->checkin, checkin);
  if (checkin == NULL)
    return;

  if (store != NULL && waymark_record_get_id (WAYMARK_RECORD (checkin)) > 0)
    tags = waymark_store_get_checkin_tags (store, waymark_record_get_id (WAYMARK_RECORD (checkin)), NULL);

  mood = waymark_record_get_int (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_MOOD);
  if (mood != WAYMARK_UNSET)
    g_snprintf (number, sizeof number, "%d", mood);
  gtk_label_set_label (self->mood_badge, number);
  gtk_widget_remove_css_class (GTK_WIDGET (self->mood_badge), "low");
  gtk_widget_remove_css_class (GTK_WIDGET (self->mood_badge), "middle");
  gtk_widget_remove_css_class (GTK_WIDGET (self->mood_badge), "high");
  if (mood != WAYMARK_UNSET)
    gtk_widget_add_css_class (GTK_WIDGET (self->mood_badge), mood < 4 ? "low" : mood < 7 ? "middle" : "high");

  time = waymark_checkin_describe_time (checkin);
  gtk_label_set_label (self->title_label, time);
  gtk_label_set_label (self->mood_label, mood != WAYMARK_UNSET ? waymark_mood_word (mood) : "");

  scales = describe_scales (checkin, (const char * const *) tags);
  gtk_label_set_label (self->summary_label, scales);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *scales != '\0');

  /* Two lines of the note at most are shown: a label is never given a
   * whole long note (a 200 kB one made Pango and GTK fail). */
  note = waymark_text_preview (waymark_record_get_text (WAYMARK_RECORD (checkin), WAYMARK_CHECKIN_NOTE),
                               WAYMARK_PREVIEW_CHARS);
  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->shared_label), waymark_checkin_note_is_shared (checkin));

  spoken = waymark_checkin_describe (checkin, (const char * const *) tags);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  /* Translators: the accessible name of a check-in's menu button; %s is its day and time */
  menu_label = g_strdup_printf (_("Actions for the check-in of %s"), time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
}

/**
 * waymark_checkin_row_get_checkin:
 *
 * Returns: (transfer none) (nullable): the check-in the row shows
 */
WaymarkCheckin *
waymark_checkin_row_get_checkin (WaymarkCheckinRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_CHECKIN_ROW (self), NULL);

  return self->checkin;
}
