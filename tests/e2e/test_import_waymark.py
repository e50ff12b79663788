#!/usr/bin/python3
"""End to end: File → Import… of Waymark's own Export Everything zip.

- Plan A is a sample plan (`--sample-data=60`); `--export-all` writes its
  zip. Waymark opens on a new, empty plan B, and the zip is typed into
  GTK's chooser from the Main Menu's Import….
- The preview names Waymark's own format, counts every record in it (as
  many as A's record tables have rows) and says each is added.
- Import: every record table of B (read with sqlite3 while the app is
  open) holds the same rows as A's, ids aside (a record's own id and the
  ids it points at compared as their rank among the table's ids, as
  tests/test-import.c's round trip does); the toast counts every record.
- The toast's Undo: B's record tables are back to what they were before
  the import, and no import batch is left.
The preview's screenshot goes to $WAYMARK_SCREENSHOTS.
"""

import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_import import SCREENSHOTS, WAYMARK, choose_import, preview_window, query, settings_env  # noqa: E402
from waymark_e2e import (TIMEOUT, App, click, find, mnemonic, past_welcome, wait_for,  # noqa: E402
                         waymark_env, window_names)

# The file's own bookkeeping, not the person's records (as
# src/core/waymark-plan-schema.c's internal_tables).
INTERNAL = {"plan_identity", "draft", "import_batch", "import_source", "import_row"}
# References kept without a foreign key (waymark-plan-schema.c's plain_references).
PLAIN_REFERENCES = {("safety_banner", "questionnaire_id"): "questionnaire"}


def record_tables(plan):
    """Each table that holds the person's records: its columns, which is
    the row's own id and which point at another table's ids."""
    tables = {}
    for (name,) in query(plan, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"):
        if name.startswith("sqlite_") or name in INTERNAL:
            continue
        info = query(plan, "SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid", name)
        n_keys = sum(1 for _, _, pk in info if pk > 0)
        refs = {column: parent for parent, column in
                query(plan, 'SELECT "table", "from" FROM pragma_foreign_key_list(?)', name)}
        columns = []
        for column, kind, pk in info:
            if pk == 1 and n_keys == 1 and kind == "INTEGER":
                columns.append((column, name))
            else:
                columns.append((column, refs.get(column) or PLAIN_REFERENCES.get((name, column))))
        tables[name] = columns
    return tables


def dump(plan):
    """Every record table's rows, ids aside: each id, and each id that
    points at another record, as its rank among that table's ids (an id
    no record has any more as None). Rows sorted, so order doesn't count."""
    tables = record_tables(plan)
    ranks = {}

    def rank(table, value):
        if table not in ranks:
            ranks[table] = {row_id: n for n, (row_id,) in
                            enumerate(query(plan, f'SELECT id FROM "{table}" ORDER BY id'), 1)}
        return ("#", ranks[table].get(value))

    result = {}
    for name, columns in tables.items():
        rows = []
        for row in query(plan, "SELECT {} FROM \"{}\"".format(", ".join(f'"{c}"' for c, _ in columns), name)):
            rows.append(tuple((c, rank(of, v) if of is not None and isinstance(v, int) else v)
                              for (c, of), v in zip(columns, row)))
        result[name] = sorted(rows, key=repr)
    return result


class ImportWaymarkTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-import-waymark-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        env = dict(os.environ, **waymark_env(self.tmp))
        self.plan_a = os.path.join(self.tmp, "a.waymark")
        self.plan_b = os.path.join(self.tmp, "b.waymark")
        self.zip = os.path.join(self.tmp, "all.zip")
        subprocess.run([WAYMARK, "--data-file=" + self.plan_a, "--sample-data=60"], check=True, env=env,
                       capture_output=True)
        subprocess.run([WAYMARK, "--data-file=" + self.plan_a, "--export-all=" + self.zip], check=True, env=env,
                       capture_output=True)
        with zipfile.ZipFile(self.zip) as z:
            self.assertIn("manifest.json", z.namelist())

    def assert_same(self, got, expected):
        self.assertEqual(sorted(got), sorted(expected), "the plans' record tables differ")
        for table in expected:
            self.assertEqual(got[table], expected[table], f"the rows of {table} differ")

    def test_export_everything_through_the_window_and_undo(self):
        a = dump(self.plan_a)
        n_records = sum(len(rows) for rows in a.values())
        # A sample plan has records of nearly every kind, so the comparison
        # below is of something.
        self.assertGreater(len(a["checkin"]), 30)
        self.assertGreater(sum(1 for rows in a.values() if rows), 10)

        with App([WAYMARK, "--data-file=" + self.plan_b], env=settings_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark", timeout=30))
            b_before = dump(self.plan_b)
            self.assertNotEqual(b_before, a)

            choose_import(app, window, self.zip)
            dialog = preview_window(app)
            find(dialog, None, "Waymark (its Export Everything)", showing=True)
            find(dialog, None, f"{n_records} records", showing=True)
            find(dialog, None, "Every record in it that this plan hasn’t had from it before is added", showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "import-preview-waymark.png"), window=dialog)
            self.assertEqual(dump(self.plan_b), b_before)

            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "the preview did not close on Import")
            wait_for(lambda: query(self.plan_b, "SELECT count(*) FROM checkin")[0][0] == len(a["checkin"]),
                     TIMEOUT, "the export's check-ins are not in plan B")
            self.assert_same(dump(self.plan_b), a)
            self.assertEqual(query(self.plan_b, "SELECT format, file_name FROM import_batch"),
                             [("waymark", "all.zip")])
            find(window, "label", f"Imported {n_records} records", showing=True)

            # The toast's Undo: B as it was before.
            click(find(window, "push button", mnemonic("Undo"), showing=True))
            wait_for(lambda: query(self.plan_b, "SELECT count(*) FROM checkin")[0][0] == len(b_before["checkin"]),
                     TIMEOUT, "Undo did not take the check-ins out")
            self.assert_same(dump(self.plan_b), b_before)
            self.assertEqual(query(self.plan_b, "SELECT count(*) FROM import_batch")[0][0], 0)
            find(window, "label", f"Import undone: {n_records} records taken out", showing=True)


if __name__ == "__main__":
    unittest.main()
