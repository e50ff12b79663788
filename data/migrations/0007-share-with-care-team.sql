-- Waymark schema 7: a check-in's note shared with the care team.

-- The appointment report quotes a note only when the person marked it
-- "Share with my care team" in the check-in editor, and only when they
-- ask for shared notes when they make the report. Every note written
-- before this mark existed stays private.
ALTER TABLE checkin ADD COLUMN share_with_care_team INTEGER NOT NULL DEFAULT 0
  CHECK (share_with_care_team IN (0, 1));
