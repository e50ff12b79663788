-- Waymark schema 8: what was imported from where, so that importing the
-- same file again adds nothing and an import can be undone.

-- Before this migration the first import made import_batch and
-- import_source itself (CREATE IF NOT EXISTS), so a plan that has
-- imported already has them, with these very columns: IF NOT EXISTS keeps
-- them and what they hold.

-- Each import is a batch: what was imported (the format, the file's
-- name) and from where (the identity of its source: the exporting
-- plan's plan_id, or a digest of another app's file).
CREATE TABLE IF NOT EXISTS import_batch (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  format       TEXT NOT NULL,
  file_name    TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  imported_at  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

-- Every record with an id of its own that an import added remembers what
-- it was in its source, so importing the same file (or a later export of
-- the same plan) again adds only what is new. row_id is the record's id
-- in its table here; a plain reference, as the table varies.
CREATE TABLE IF NOT EXISTS import_source (
  table_name  TEXT NOT NULL,
  source_key  TEXT NOT NULL,
  row_id      INTEGER NOT NULL,
  batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  PRIMARY KEY (table_name, source_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS import_source_by_batch ON import_source (batch_id);

-- Rows without an id of their own (a check-in's tag, a routine's day
-- done, a tracker's value) that an import added, by their primary key as
-- a JSON array of its columns: Undo Import removes them even where the
-- record they belong to was in the plan before.
CREATE TABLE import_row (
  batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  table_name  TEXT NOT NULL,
  key         TEXT NOT NULL,
  PRIMARY KEY (batch_id, table_name, key)
) WITHOUT ROWID;
