-- Waymark schema 4: the plan's own identity.

-- One row: a random id given to the plan when it is made, and a counter
-- every transaction raises. Every write-ahead log Waymark writes so
-- carries the identity of the plan it belongs to, and a log found beside
-- a plan is applied only if it is that plan's own (see
-- src/core/waymark-store-leftovers.c).
CREATE TABLE plan_identity (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  plan_id     TEXT NOT NULL,
  generation  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO plan_identity (id, plan_id, generation)
  VALUES (1, lower (hex (randomblob (16))), 0);
