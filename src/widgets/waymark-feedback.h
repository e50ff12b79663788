/* waymark-feedback.h: how a page or dialog tells the person what happened:
 * errors and toasts, Undo after a deletion, asking before discarding
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-store.h"

G_BEGIN_DECLS

char                *waymark_ellipsize                (const char         *text,
                                                       guint               max_chars);
void                 waymark_show_error               (GtkWidget          *anywhere,
                                                       const char         *message);
void                 waymark_tell                     (GtkWidget          *anywhere,
                                                       const char         *heading,
                                                       const char         *body);
/* Lets go of what @window holds and closes it (waymark_ask_to_discard ()). */
typedef void (*WaymarkDiscardFunc) (GtkWindow *window);

void                 waymark_ask_to_discard           (GtkWindow          *window,
                                                       const char         *heading,
                                                       const char         *body,
                                                       const char         *keep_label,
                                                       WaymarkDiscardFunc  discard);
void                 waymark_add_toast                (GtkWidget          *anywhere,
                                                       AdwToast           *toast);
void                 waymark_show_toast               (GtkWidget          *anywhere,
                                                       const char         *message);
void                 waymark_offer_undo               (GtkWidget          *anywhere,
                                                       WaymarkStore       *store,
                                                       WaymarkDeletion    *deletion,
                                                       const char         *message);

G_END_DECLS
