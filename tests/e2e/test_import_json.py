#!/usr/bin/python3
"""End to end: File → Import… of a Daylio backup and a Pixels export.

- A .daylio backup (tests/data/daylio/backup.json, zipped as Daylio does:
  base64 wrapped at 76 columns beside assets/photos/): the preview says
  it is Daylio's backup, the person's own mood names are rows with their
  values by mood group ("content" 7, "good (bad)" 3), entries left out
  are named by their number; Import puts six check-ins in the plan file,
  the toast counts six, and its Undo takes exactly those out.
- A damaged backup: one message naming what was expected and where, the
  plan file byte for byte as it was.
- Pixels' export previewed: scores as mood rows, tags that stay tags.
Screenshots of both previews, light and dark, at 360 px and 960 px, go
to $WAYMARK_SCREENSHOTS.
"""

import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_import import (SCREENSHOTS, WAYMARK, choose_import, preview_window, query,  # noqa: E402
                         settings_env, sha256)
from waymark_e2e import (TIMEOUT, App, click, find, mnemonic, try_find, wait_for,  # noqa: E402
                         waymark_env, window_called, window_names)

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
PIXELS = os.path.join(DATA, "pixels", "PIXELS-BACKUP-2026-12-06.json")


def write_backup(path, backup_text):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("assets/photos/2023/10/6ad9fd0faa3332b93920b681f9203328", b"\xff\xd8\xff\xe0 not a photo")
        z.writestr("backup.daylio", backup_text)


def backup_text():
    with open(os.path.join(DATA, "daylio", "backup.json"), "rb") as f:
        raw = json.dumps(json.load(f), ensure_ascii=False).encode()
    return base64.encodebytes(raw).decode("ascii")


class ImportJsonTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-import-json-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--sample-data=10"], check=True,
                       env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True)
        self.backup = os.path.join(self.tmp, "backup_2026_12_06.daylio")
        write_backup(self.backup, backup_text())

    def test_backup_through_the_window_and_undo(self):
        before = query(self.plan, "SELECT count(*) FROM checkin")[0][0]

        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            choose_import(app, window, self.backup)
            dialog = preview_window(app)

            find(dialog, None, "Daylio (its backup)", showing=True)
            find(dialog, None, "6 entries on 4 days", showing=True)
            find(dialog, None, "These entries can’t be imported; everything else can.", showing=True)
            find(dialog, None, "Entry 5", showing=True)
            find(dialog, None, "a date in the future")
            find(dialog, None, "Entry 7")
            find(dialog, None, "a mood the backup doesn’t list")
            content = find(dialog, "combo box", "content")
            wait_for(lambda: try_find(content, "label", "7") is not None, TIMEOUT, "content is not 7 by default")
            good_bad = find(dialog, "combo box", "good (bad)")
            wait_for(lambda: try_find(good_bad, "label", "3") is not None, TIMEOUT, "good (bad) is not 3 by default")

            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "the preview did not close on Import")
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before + 6, TIMEOUT,
                     "the six check-ins are not in the plan file")
            batch = query(self.plan, "SELECT format, file_name FROM import_batch")
            self.assertEqual(batch, [("daylio-backup", "backup_2026_12_06.daylio")])
            self.assertEqual(query(self.plan, "SELECT mood FROM checkin WHERE note LIKE 'Evening%'"), [(7,)])
            self.assertEqual(query(self.plan, "SELECT note FROM checkin WHERE local_date = '2019-12-07'"),
                             [("Slept badly.\nTwo lines & more",)])

            find(window, "label", "Imported 6 records", showing=True)
            click(find(window, "push button", mnemonic("Undo"), showing=True))
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before, TIMEOUT,
                     "Undo did not take the import out")
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)
            find(window, "label", "Import undone: 6 records taken out", showing=True)

    def test_damaged_backup_changes_nothing(self):
        text = backup_text()
        damaged = os.path.join(self.tmp, "damaged.daylio")
        write_backup(damaged, text[:199] + "#" + text[200:])

        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            find(window, "page tab", None, showing=True)
            checksum = sha256(self.plan)
            choose_import(app, window, damaged)
            message = window_called(app, "Can’t Import This File")
            find(message, "label", re.compile(r"damaged\.daylio.*should be base64.*“#” at byte 200"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "import-backup-damaged.png"), window=message)
            click(find(message, "push button", mnemonic("Close"), showing=True))
            self.assertNotIn("Import", window_names(app))
        self.assertEqual(sha256(self.plan), checksum)

    def test_previews_narrow_wide_light_dark(self):
        for width, style in ((360, "default"), (360, "dark"), (960, "default"), (960, "dark")):
            with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp, width, style)) as app:
                window = app.window("Sam Sample — Waymark", timeout=30)
                for path, name, row in ((self.backup, "backup", "content"), (PIXELS, "pixels", "5")):
                    choose_import(app, window, path)
                    dialog = preview_window(app)
                    find(dialog, "combo box", row)
                    if name == "pixels":
                        find(dialog, None, "4 tags, which stay tags")
                        find(dialog, None, re.compile(r"Each of Pixels’ scores, from 1 \(worst\) to 5 \(best\)"))
                    app.screenshot(os.path.join(SCREENSHOTS, f"import-{name}-{width}-{style}.png"), window=dialog)
                    click(find(dialog, "push button", mnemonic("Cancel"), showing=True))
                    wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "Cancel did not close the preview")
        self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)


if __name__ == "__main__":
    unittest.main()
