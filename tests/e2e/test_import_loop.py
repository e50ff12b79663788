#!/usr/bin/python3
"""End to end: File → Import… of a Loop Habit Tracker export through the window.

- A zip made as Loop's "Export as CSV" makes it (Habits.csv and
  Checkmarks.csv from tests/data/loop/) is typed into GTK's chooser; the
  preview says what the file is, its habits and the days done, and the
  lines of Checkmarks.csv left out with their numbers.
- Import: each habit is a routine item in the plan file (read with sqlite3
  while the app is open) and each day done a routine_done row on the day
  Loop had it; the batch says "loop".
- The toast's Undo takes exactly that import out again: the routine items
  and days the sample plan had before stay as they were.
The preview's screenshot goes to $WAYMARK_SCREENSHOTS.
"""

import os
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import TIMEOUT, App, click, find, mnemonic, wait_for, window_names  # noqa: E402
from test_import import SCREENSHOTS, WAYMARK, choose_import, preview_window, query, settings_env  # noqa: E402

LOOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "loop")


def routine(plan):
    """Every routine item's name and its days done, as the plan file has them."""
    items = dict(query(plan, "SELECT title, (SELECT group_concat(date, ' ') FROM "
                             "(SELECT date FROM routine_done d WHERE d.routine_item_id = i.id ORDER BY date)) "
                             "FROM routine_item i"))
    return items


class ImportLoopTest(unittest.TestCase):

    def setUp(self):
        import subprocess
        from waymark_e2e import waymark_env
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-import-loop-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--sample-data=10"], check=True,
                       env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True)
        # As Loop names and packs it: the two CSV files at the top.
        self.zip = os.path.join(self.tmp, "Loop Habits CSV 2026-12-04.zip")
        with zipfile.ZipFile(self.zip, "w") as z:
            for name in ("Habits.csv", "Checkmarks.csv"):
                z.write(os.path.join(LOOP, name), name)

    def test_loop_through_the_window_and_undo(self):
        before = routine(self.plan)
        done_before = query(self.plan, "SELECT count(*) FROM routine_done")[0][0]
        self.assertNotIn("Meditate", before)

        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            choose_import(app, window, self.zip)
            dialog = preview_window(app)

            find(dialog, None, "Loop Habit Tracker (its CSV export)", showing=True)
            find(dialog, None, "3 habits, which become routine items", showing=True)
            find(dialog, None, "6 days done")
            find(dialog, None, "Line 6")
            find(dialog, None, "Line 8")
            app.screenshot(os.path.join(SCREENSHOTS, "import-preview-loop.png"), window=dialog)
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)

            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "the preview did not close on Import")
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM routine_done")[0][0] == done_before + 6,
                     TIMEOUT, "the six days done are not in the plan file")
            after = routine(self.plan)
            self.assertEqual(after["Meditate"], "2026-11-29 2026-12-01 2026-12-03")
            self.assertEqual(after["Walk"], "2026-11-30 2026-12-03")
            self.assertEqual(after["Journal, briefly"], "2026-12-02")
            self.assertEqual({k: v for k, v in after.items() if k in before}, before)
            self.assertEqual(query(self.plan, "SELECT format, file_name FROM import_batch"),
                             [("loop", "Loop Habits CSV 2026-12-04.zip")])

            # The toast's Undo: exactly that import out again.
            find(window, "label", "Imported 9 records", showing=True)
            click(find(window, "push button", mnemonic("Undo"), showing=True))
            wait_for(lambda: routine(self.plan) == before, TIMEOUT, "Undo did not take the habits out")
            self.assertEqual(query(self.plan, "SELECT count(*) FROM routine_done")[0][0], done_before)
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)
            find(window, "label", "Import undone: 9 records taken out", showing=True)


if __name__ == "__main__":
    unittest.main()
