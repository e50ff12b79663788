-- Waymark schema 6: the safety banner.

-- After a PHQ-9 whose last item (thoughts of being better off dead or of
-- self-harm) was answered above "Not at all", a calm banner points to the
-- crisis plan until the person closes it. Each time it is raised is kept,
-- with when it was closed, so a review or a report can show when it
-- happened. questionnaire_id names the result it came from; ids are never
-- reused, and a result deleted and put back by Undo keeps its id, so it is
-- a plain reference rather than a foreign key that would be cleared.
CREATE TABLE safety_banner (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  reason            TEXT NOT NULL DEFAULT 'phq9-item9' CHECK (reason IN ('phq9-item9')),
  questionnaire_id  INTEGER,
  shown_at          TEXT NOT NULL,     -- UTC, when it was raised
  dismissed_at      TEXT,              -- UTC, when the person closed it; NULL while it shows
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX safety_banner_open ON safety_banner (dismissed_at);
