#!/usr/bin/python3
"""End to end: File → Import… of Bearable's, iMoodJournal's and eMoods' exports through the window.

- tests/data/bearable/export.csv and tests/data/imoodjournal/export.csv,
  and tests/data/emoods/entry.csv zipped as eMoods' backup.emoods,
  typed into GTK's chooser; the preview says what the file is, its
  check-ins and days, what becomes what (a row each) and the lines left
  out with their numbers.
- Import: the check-ins are in the plan file (read with sqlite3 while the
  app is open) with their values on Waymark's scales; the toast's Undo
  takes exactly that import out again, the sample's own check-ins stay.
Screenshots of each preview go to $WAYMARK_SCREENSHOTS.
"""

import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import TIMEOUT, App, click, find, mnemonic, wait_for, waymark_env, window_names  # noqa: E402
from test_import import SCREENSHOTS, WAYMARK, choose_import, preview_window, query, settings_env  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


class ImportCheckinsTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-import-checkins-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--sample-data=10"], check=True,
                       env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True)

    def check(self, fmt, app_name, mapping, line, imported, path=None):
        path = path or os.path.join(DATA, fmt, "export.csv")
        before = query(self.plan, "SELECT count(*) FROM checkin")[0][0]
        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            choose_import(app, window, path)
            dialog = preview_window(app)
            find(dialog, None, app_name, showing=True)
            find(dialog, None, "4 check-ins on 3 days", showing=True)
            find(dialog, None, mapping)
            find(dialog, None, line)
            find(dialog, None, "a date in the future")
            app.screenshot(os.path.join(SCREENSHOTS, "import-preview-%s.png" % fmt), window=dialog)

            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "the preview did not close on Import")
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before + 4, TIMEOUT,
                     "the four check-ins are not in the plan file")
            self.assertEqual(query(self.plan, "SELECT format, file_name FROM import_batch"),
                             [(fmt, os.path.basename(path))])
            self.assertEqual(query(self.plan, *imported[0]), imported[1])

            find(window, "label", "Imported 4 records", showing=True)
            click(find(window, "push button", mnemonic("Undo"), showing=True))
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before, TIMEOUT,
                     "Undo did not take the import out")
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)

    def test_bearable(self):
        self.check("bearable", "Bearable CSV export", "Energy (1–5)", "Line 20",
                   (("SELECT mood, anxiety, energy, sleep_hours, sleep_quality FROM checkin c JOIN import_source s "
                     "ON s.row_id = c.id AND s.table_name = 'checkin' WHERE local_date = '2026-11-28' ORDER BY at",),
                    [(6, 5, 3, 7.5, 7), (8, None, None, None, None)]))

    def test_imoodjournal(self):
        self.check("imoodjournal", "iMoodJournal CSV export", "Hashtags", "Line 10",
                   (("SELECT mood FROM checkin c JOIN import_source s ON s.row_id = c.id "
                     "AND s.table_name = 'checkin' ORDER BY c.at",),
                    [(0,), (8,), (2,), (10,)]))

    def test_emoods(self):
        # The .emoods zip, as eMoods exports it, holding entry.csv.
        path = os.path.join(self.tmp, "backup.emoods")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(os.path.join(DATA, "emoods", "entry.csv"), "entry.csv")
        self.check("emoods", "eMoods export", "Depressed and elevated (0–3)", "Line 11",
                   (("SELECT mood, anxiety, sleep_hours, note FROM checkin c JOIN import_source s "
                     "ON s.row_id = c.id AND s.table_name = 'checkin' WHERE local_date = '2026-11-29'",),
                    [(2, 0, 8.0, "Depressed: severe\nElevated: mild")]),
                   path)


if __name__ == "__main__":
    unittest.main()
