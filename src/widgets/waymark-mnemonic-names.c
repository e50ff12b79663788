/* waymark-mnemonic-names.c: accessible names without the mnemonic's underscore
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-mnemonic-names"

#include "config.h"

#include <adwaita.h>

#include "waymark-mnemonic-names.h"

/* GTK 4.8 names a control whose label has a mnemonic from the raw label
 * and the shown one together (its own label, then the mnemonic label
 * it is labelled by): a screen reader says "underscore Record a Review
 * Record a Review". Each such control is named here by its label
 * as shown, once it is made (the pages after they are built or read
 * again, windows, dialogs and popovers as they are shown), and again
 * whenever its label changes. A control named on purpose (an icon
 * button, "More for …") has no mnemonic label and is left alone. */

static GQuark watched_quark;

static void fix_one (GtkWidget *widget);

/**
 * waymark_without_mnemonic:
 * @label: a label that may mark its mnemonic with "_"
 *
 * Returns: (transfer full): @label as shown: "_Record" is "Record",
 *   "A__B" is "A_B"
 */
char *
waymark_without_mnemonic (const char *label)
{
  GString *shown;

  g_return_val_if_fail (label != NULL, NULL);

  shown = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (shown, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (shown, *p);
    }

  return g_string_free (shown, FALSE);
}

/* The label a control shows with a mnemonic in it, or NULL. */
static const char *
mnemonic_label (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget))
    {
      if (gtk_button_get_use_underline (GTK_BUTTON (widget)))
        return gtk_button_get_label (GTK_BUTTON (widget));

      /* A menu button's own button; a button with an icon and a label. */
      if (GTK_IS_MENU_BUTTON (parent) && gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (parent)))
        return gtk_menu_button_get_label (GTK_MENU_BUTTON (parent));
      if (ADW_IS_SPLIT_BUTTON (parent) && adw_split_button_get_use_underline (ADW_SPLIT_BUTTON (parent)))
        return adw_split_button_get_label (ADW_SPLIT_BUTTON (parent));
      child = gtk_button_get_child (GTK_BUTTON (widget));
      if (ADW_IS_BUTTON_CONTENT (child) && adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (child)))
        return adw_button_content_get_label (ADW_BUTTON_CONTENT (child));
      return NULL;
    }

  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget))
      ? gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) : NULL;

  if (ADW_IS_SPLIT_BUTTON (widget))
    return adw_split_button_get_use_underline (ADW_SPLIT_BUTTON (widget))
      ? adw_split_button_get_label (ADW_SPLIT_BUTTON (widget)) : NULL;

  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget))
      ? gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) : NULL;

  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (widget))
      ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)) : NULL;

  return NULL;
}

static void
label_changed_cb (GtkWidget *widget)
{
  fix_one (widget);
}

static void
fix_one (GtkWidget *widget)
{
  const char *label = mnemonic_label (widget);
  g_autofree char *shown = NULL;

  if (label == NULL || strchr (label, '_') == NULL)
    return;

  /* GTK adds the names of a control's labelled-by relation (its own
   * mnemonic label, which set it) to its label: the label alone. */
  shown = waymark_without_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, shown, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  /* A label changed later ("_Edit" to "_Done") is followed. */
  if (g_object_get_qdata (G_OBJECT (widget), watched_quark) == NULL)
    {
      GObject *source = G_OBJECT (widget);

      g_object_set_qdata (G_OBJECT (widget), watched_quark, GINT_TO_POINTER (TRUE));
      if (GTK_IS_BUTTON (widget) && (GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) ||
                                     ADW_IS_SPLIT_BUTTON (gtk_widget_get_parent (widget))))
        source = G_OBJECT (gtk_widget_get_parent (widget));
      g_signal_connect_object (source,
                               ADW_IS_PREFERENCES_ROW (widget) ? "notify::title" : "notify::label",
                               G_CALLBACK (label_changed_cb), widget, G_CONNECT_SWAPPED);
    }
}

/**
 * waymark_mnemonic_names_fix:
 * @widget: a page, a window or any widget
 *
 * Names every control in @widget (itself included) whose label has a
 * mnemonic by its label as shown, for screen readers.
 */
void
waymark_mnemonic_names_fix (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (watched_quark == 0)
    watched_quark = g_quark_from_static_string ("waymark-mnemonic-name");

  fix_one (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    waymark_mnemonic_names_fix (child);
}

static gboolean
native_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               user_data)
{
  GObject *instance = g_value_get_object (&params[0]);

  /* A window or popover with all it holds, shown or not (a page of a
   * stack that is not on show); any other control made later, such as
   * a toast's Undo or a row added to a list, on its own. */
  if (GTK_IS_NATIVE (instance))
    waymark_mnemonic_names_fix (GTK_WIDGET (instance));
  else if (GTK_IS_WIDGET (instance))
    fix_one (GTK_WIDGET (instance));

  return TRUE;
}

/**
 * waymark_mnemonic_names_watch:
 *
 * From now on every window, dialog and popover has its controls named
 * as they are shown, and every other control as it is shown (once is
 * enough: later calls do nothing).
 */
void
waymark_mnemonic_names_watch (void)
{
  static gsize watching = 0;

  if (g_once_init_enter (&watching))
    {
      /* The class made first, so its signals exist. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
      guint map = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_type_class_unref (widget_class);

      watched_quark = g_quark_from_static_string ("waymark-mnemonic-name");

      g_signal_add_emission_hook (map, 0, native_mapped_hook, NULL, NULL);
      g_once_init_leave (&watching, 1);
    }
}
