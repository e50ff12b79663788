/* waymark-store-error.c: why a plan file or a record was refused; its
 * own unit, so records, SQLite and migrations can say so without
 * depending on the store that depends on them
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-store"

#include "config.h"

#include "waymark-store-error.h"

G_DEFINE_QUARK (waymark-store-error-quark, waymark_store_error)
