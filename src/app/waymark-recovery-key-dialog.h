/* waymark-recovery-key-dialog.h: a new recovery key, shown once
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_RECOVERY_KEY_DIALOG (waymark_recovery_key_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRecoveryKeyDialog, waymark_recovery_key_dialog, WAYMARK, RECOVERY_KEY_DIALOG, AdwMessageDialog)

GtkWidget *waymark_recovery_key_dialog_new (GtkWindow  *parent,
                                            const char *recovery_key);

G_END_DECLS
