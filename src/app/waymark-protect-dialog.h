/* waymark-protect-dialog.h: Protect This Plan, Change Passphrase and
 * Remove Protection: what the person types for each
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_PROTECT_DIALOG_PROTECT,
  WAYMARK_PROTECT_DIALOG_CHANGE,
  WAYMARK_PROTECT_DIALOG_REMOVE,
} WaymarkProtectDialogMode;

#define WAYMARK_TYPE_PROTECT_DIALOG (waymark_protect_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkProtectDialog, waymark_protect_dialog, WAYMARK, PROTECT_DIALOG, AdwMessageDialog)

GtkWidget  *waymark_protect_dialog_new                (GtkWindow                *parent,
                                                       WaymarkProtectDialogMode  mode);
WaymarkProtectDialogMode waymark_protect_dialog_get_mode (WaymarkProtectDialog *self);
const char *waymark_protect_dialog_get_current        (WaymarkProtectDialog     *self);
const char *waymark_protect_dialog_get_new_passphrase (WaymarkProtectDialog     *self);

G_END_DECLS
