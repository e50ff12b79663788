-- Waymark schema 3: the crisis plan and the recovery journey.

-- Every section of the crisis plan is an ordered list of entries.  An
-- entry about a person points at their shared contact record; removing
-- that person removes the entries that were about them.
CREATE TABLE crisis_entry (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  section     TEXT NOT NULL,
  text        TEXT NOT NULL DEFAULT '',
  detail      TEXT NOT NULL DEFAULT '',
  contact_id  INTEGER REFERENCES contact (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (text <> '' OR contact_id IS NOT NULL)
);
CREATE INDEX crisis_entry_by_section ON crisis_entry (section, position);

-- Stage of recovery the person recorded from a date on.
CREATE TABLE stage_event (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  date        TEXT NOT NULL,
  stage       TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX stage_event_by_date ON stage_event (date);

-- Milestones, setbacks, treatment changes, sobriety dates and the
-- person's own events on the timeline.
CREATE TABLE milestone (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  title       TEXT NOT NULL CHECK (title <> ''),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX milestone_by_date ON milestone (date);
