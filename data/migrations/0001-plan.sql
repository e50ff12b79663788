-- Waymark schema 1: the person and their recovery plan.
-- Dates are ISO 8601 'YYYY-MM-DD' (local calendar dates, as the person
-- meant them); timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ'.  Every table has
-- a stable id that is never reused (AUTOINCREMENT), so an undone delete
-- puts a record back under the id it had.

CREATE TABLE person (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  name              TEXT NOT NULL DEFAULT '',
  pronouns          TEXT NOT NULL DEFAULT '',
  date_of_birth     TEXT,
  diagnosis         TEXT NOT NULL DEFAULT '',
  recovery_meaning  TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  language          TEXT NOT NULL DEFAULT '',
  country           TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

-- People: the care team, supporters, people to ask for help, professionals
-- and crisis lines.  One record per person, shared by every section that
-- names them, so a phone number is changed in one place.
CREATE TABLE contact (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  name             TEXT NOT NULL CHECK (name <> ''),
  relationship     TEXT NOT NULL DEFAULT '',
  role             TEXT NOT NULL DEFAULT '',
  organisation     TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  other_contact    TEXT NOT NULL DEFAULT '',
  available_hours  TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  in_care_team     INTEGER NOT NULL DEFAULT 0 CHECK (in_care_team IN (0, 1)),
  position         INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

CREATE TABLE goal (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  title        TEXT NOT NULL CHECK (title <> ''),
  dimension    TEXT NOT NULL CHECK (dimension IN ('health', 'home', 'purpose', 'community')),
  horizon      TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'long')),
  target       TEXT NOT NULL DEFAULT '',
  start_date   TEXT,
  target_date  TEXT,
  status       TEXT NOT NULL DEFAULT 'active'
               CHECK (status IN ('active', 'achieved', 'paused', 'let-go')),
  progress     INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  position     INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE goal_progress (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  date        TEXT NOT NULL,
  progress    INTEGER CHECK (progress BETWEEN 0 AND 100),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX goal_progress_by_goal ON goal_progress (goal_id, date);

-- The daily maintenance routine, and the days each item was done.
CREATE TABLE routine_item (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  title       TEXT NOT NULL CHECK (title <> ''),
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE routine_done (
  routine_item_id  INTEGER NOT NULL REFERENCES routine_item (id) ON DELETE CASCADE,
  date             TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  PRIMARY KEY (routine_item_id, date)
) WITHOUT ROWID;
CREATE INDEX routine_done_by_date ON routine_done (date);

-- Wellness tools, triggers, early warning signs and "things are breaking
-- down" signs: a text, and for all but tools what the person will do.
CREATE TABLE plan_entry (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL CHECK (text <> ''),
  response    TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX plan_entry_by_kind ON plan_entry (kind, position);

CREATE TABLE plan_entry_tag (
  plan_entry_id  INTEGER NOT NULL REFERENCES plan_entry (id) ON DELETE CASCADE,
  tag            TEXT NOT NULL CHECK (tag <> ''),
  PRIMARY KEY (plan_entry_id, tag)
) WITHOUT ROWID;

-- Treatments and supports: therapies, medication, complementary therapies,
-- brain stimulation and community support.
CREATE TABLE intervention (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL,
  subtype     TEXT NOT NULL DEFAULT '',
  name        TEXT NOT NULL CHECK (name <> ''),
  provider    TEXT NOT NULL DEFAULT '',
  schedule    TEXT NOT NULL DEFAULT '',
  dose        TEXT NOT NULL DEFAULT '',
  prescriber  TEXT NOT NULL DEFAULT '',
  purpose     TEXT NOT NULL DEFAULT '',
  start_date  TEXT,
  end_date    TEXT,
  notes       TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE medication_dose (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  intervention_id  INTEGER NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
  date             TEXT NOT NULL,
  dose             TEXT NOT NULL,
  schedule         TEXT NOT NULL DEFAULT '',
  note             TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX medication_dose_by_intervention ON medication_dose (intervention_id, date);

CREATE TABLE plan_review (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  date              TEXT NOT NULL,
  participants      TEXT NOT NULL DEFAULT '',
  changes           TEXT NOT NULL DEFAULT '',
  next_review_date  TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
