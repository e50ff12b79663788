-- Waymark schema 5: drafts.

-- A check-in or a questionnaire being written, kept as it is typed so
-- that a crash or a power cut loses nothing; the next start offers it
-- back. A draft is not a record of the journal: no chart, statistic or
-- export reads this table, and saving the real record deletes it in the
-- same transaction.
CREATE TABLE draft (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('checkin', 'questionnaire')),
  -- The check-in being changed; NULL for a new one. Deleting the
  -- check-in deletes its draft.
  record_id   INTEGER REFERENCES checkin (id) ON DELETE CASCADE,
  day         TEXT NOT NULL,      -- the local day it is about, YYYY-MM-DD
  payload     BLOB NOT NULL,      -- the editor's fields: a GVariant a{sv}
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
