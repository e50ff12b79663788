-- Waymark schema 2: the check-in journal and questionnaires.

CREATE TABLE checkin (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  at             TEXT NOT NULL,            -- UTC timestamp of the check-in
  local_date     TEXT NOT NULL,            -- the person's calendar day it belongs to
  mood           INTEGER CHECK (mood BETWEEN 0 AND 10),
  anxiety        INTEGER CHECK (anxiety BETWEEN 0 AND 10),
  energy         INTEGER CHECK (energy BETWEEN 0 AND 10),
  sleep_hours    REAL CHECK (sleep_hours BETWEEN 0 AND 24),
  sleep_quality  INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
  craving        INTEGER CHECK (craving BETWEEN 0 AND 10),
  note           TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX checkin_by_time ON checkin (at);
CREATE INDEX checkin_by_day ON checkin (local_date);

CREATE TABLE checkin_tag (
  checkin_id  INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
  tag         TEXT NOT NULL CHECK (tag <> ''),
  PRIMARY KEY (checkin_id, tag)
) WITHOUT ROWID;
CREATE INDEX checkin_tag_by_tag ON checkin_tag (tag);

CREATE TABLE checkin_medication (
  checkin_id       INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
  intervention_id  INTEGER NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
  taken            INTEGER NOT NULL CHECK (taken IN (0, 1)),
  PRIMARY KEY (checkin_id, intervention_id)
) WITHOUT ROWID;

-- The person's own trackers: yes/no or a 0-10 scale.
CREATE TABLE tracker (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL CHECK (name <> ''),
  kind        TEXT NOT NULL CHECK (kind IN ('yes-no', 'scale')),
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE tracker_value (
  checkin_id  INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
  tracker_id  INTEGER NOT NULL REFERENCES tracker (id) ON DELETE CASCADE,
  value       REAL NOT NULL,
  PRIMARY KEY (checkin_id, tracker_id)
) WITHOUT ROWID;

-- PHQ-9 and GAD-7 results: the answers as published (0-3 each) and the total.
CREATE TABLE questionnaire (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  instrument  TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
  taken_at    TEXT NOT NULL,
  answers     TEXT NOT NULL,
  total       INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX questionnaire_by_time ON questionnaire (taken_at);
