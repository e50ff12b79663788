/* waymark-settings.h: the one way to Waymark's settings
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *waymark_settings_get (void);

G_END_DECLS
