-- Where imported records came from: made by the first import into a plan
-- (waymark-import.c), in that import's transaction, so a plan that never
-- imports anything never has these tables. Meant to become a numbered
-- migration once the numbering before it is settled; IF NOT EXISTS lets
-- that migration run over plans that already have them.

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

-- Every record an import added remembers what it was in its source, so
-- importing the same file (or a later export of the same plan) again
-- adds only what is new. row_id is the record's id in its table here; a
-- plain reference, as the table varies. Records without an id of their
-- own (tags, days done) are kept from doubling by their primary keys.
CREATE TABLE IF NOT EXISTS import_source (
  table_name  TEXT NOT NULL,
  source_key  TEXT NOT NULL,
  row_id      INTEGER NOT NULL,
  batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  PRIMARY KEY (table_name, source_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS import_source_by_batch ON import_source (batch_id);
