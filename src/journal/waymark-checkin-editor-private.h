/* waymark-checkin-editor-private.h: what the check-in editor's files share
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-autosave.h"
#include "waymark-checkin-editor.h"

G_BEGIN_DECLS

typedef enum
{
  WORDS_MOOD,
  WORDS_AMOUNT,
  WORDS_QUALITY,
  WORDS_NONE,
} Words;

/* A 0-10 scale (or hours of sleep) that may be left unrecorded. */
typedef struct
{
  WaymarkCheckinEditor *editor;
  AdwActionRow         *row;
  GtkWidget            *control;    /* GtkScale, or GtkSpinButton for hours */
  Words                 words;
  int                   column;     /* of the check-in; -1 for a tracker */
  gint64                tracker_id;
  gboolean              set;
} Field;

typedef struct
{
  gint64     id;
  GtkWidget *check;
} Tick;

struct _WaymarkCheckinEditor
{
  AdwWindow       parent_instance;

  WaymarkStore   *store;
  WaymarkCheckin *checkin;         /* a copy: the list's is left alone until saved */
  GPtrArray      *fields;          /* Field * */
  GArray         *medications;     /* Tick */
  GArray         *routine;         /* Tick */
  GArray         *yes_no;          /* Tick: trackers answered yes or no */
  gboolean        dirty;
  gboolean        closing;
  gboolean        routine_touched;
  gboolean        said_empty;      /* error_label says there is nothing to save */
  WaymarkAutosave *draft_autosave; /* the draft, written as it is typed */
  gint64          draft_id;        /* its row; 0 until first written */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkLabel             *error_label;
  AdwWindowTitle       *window_title;
  GtkScrolledWindow    *scrolled;
  AdwPreferencesGroup  *feelings_group;
  AdwPreferencesGroup  *sleep_group;
  AdwPreferencesGroup  *medication_group;
  AdwPreferencesGroup  *routine_group;
  AdwPreferencesGroup  *trackers_group;
  AdwEntryRow          *tags_row;
  GtkFlowBox           *suggestions_box;
  GtkTextView          *note_view;
  GtkSwitch            *share_switch;
  AdwActionRow         *when_row;
  GtkMenuButton        *day_button;
  GtkLabel             *day_label;
  GtkCalendar          *calendar;
  GtkSpinButton        *hour_spin;
  GtkSpinButton        *minute_spin;
  GtkWidget            *delete_button;
};

void      _waymark_checkin_editor_field_update (Field                *field);
GDateTime *_waymark_checkin_editor_time        (WaymarkCheckinEditor *self);
void      _waymark_checkin_editor_mark_dirty   (WaymarkCheckinEditor *self);

/* The draft (waymark-checkin-editor-draft.c). */
gboolean  _waymark_checkin_editor_write_draft  (gpointer              user_data);
void      _waymark_checkin_editor_apply_draft  (WaymarkCheckinEditor *self,
                                                GVariant             *payload);
void      _waymark_checkin_editor_drop_draft   (WaymarkCheckinEditor *self);

G_END_DECLS
