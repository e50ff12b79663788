#!/usr/bin/python3
"""End to end: File → Import… of a Daylio export through the window.

- The Main Menu's Import…, the file typed into GTK's chooser; the preview
  says what the file is, its entries and days, each mood's value, the
  lines left out with their numbers and reasons. The mood "sleepy",
  unrecorded by default, is set to 4 in its combo row from the keyboard.
- Import: the check-ins are in the plan file (read with sqlite3 while the
  app is open), moods as mapped, tags as activities; the toast's Undo
  takes exactly that import out again, and the sample's own check-ins
  stay; imported again, Ctrl+Z does the same.
- A damaged file: one message naming the line, and the plan file is byte
  for byte as it was.
Screenshots of the preview, light, dark and at 360 px, go to
$WAYMARK_SCREENSHOTS.
"""

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (TIMEOUT, App, click, find, find_all, has_state, mnemonic,  # noqa: E402
                         tab_to, try_find, type_text, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
DAYLIO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "daylio", "recent.csv")


def settings_env(tmp, width=960, style="default"):
    folder = os.path.join(tmp, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w") as f:
        f.write(f"[io/github/waymark/Waymark]\nwindow-width={width}\nwindow-height=640\n"
                f"style-variant='{style}'\n")
    return waymark_env(tmp, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"), TZ="UTC")


def query(plan, sql, *args):
    db = sqlite3.connect(plan, timeout=10)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def choose_import(app, window, path):
    """Main Menu (F10) → Import…, and @path typed into GTK's chooser."""
    app.press_keys("F10", window=window)
    click(find(app.root, "menu item", mnemonic("Import…"), showing=True))

    # GTK 4.8's file chooser dialog is a "filler" child of the application.
    def chooser():
        for i in range(app.root.childCount):
            child = app.root.getChildAtIndex(i)
            if child is not None and child.name == "Import":
                return child
        return None
    dialog = wait_for(chooser, TIMEOUT, "the Import file chooser did not open")
    app.press_keys("<Control>l", window=dialog)
    entry = wait_for(lambda: [n for n in find_all(dialog, "text", showing=True, timeout=0, min_count=0)
                              if has_state(n, "focused")],
                     TIMEOUT, "the location entry did not take the focus")[0]
    type_text(entry, path)
    app.press_keys("Return", window=dialog)


def preview_window(app):
    """The preview: a window called Import with an Import button."""
    def found():
        for w in app.windows():
            try:
                if w.name == "Import" and try_find(w, "push button", mnemonic("Import"), showing=True):
                    return w
            except Exception:
                pass
        return None
    return wait_for(found, TIMEOUT, "the import preview did not open")


class ImportTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-import-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--sample-data=10"], check=True,
                       env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True)

    def test_daylio_through_the_window_and_undo(self):
        before = query(self.plan, "SELECT count(*) FROM checkin")[0][0]
        self.assertGreater(before, 0)

        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            choose_import(app, window, DAYLIO)
            dialog = preview_window(app)

            find(dialog, None, "Daylio (its CSV export)", showing=True)
            find(dialog, None, "5 entries on 4 days", showing=True)
            find(dialog, None, "Line 7", showing=True)
            find(dialog, None, "no date it can read (“2026-02-30”)")
            find(dialog, None, "Line 8")
            find(dialog, None, "a date in the future")
            good = find(dialog, "combo box", "good")
            wait_for(lambda: try_find(good, "label", "7") is not None, TIMEOUT, "good is not 7 by default")
            sleepy = find(dialog, "combo box", "sleepy")
            wait_for(lambda: try_find(sleepy, "label", "Not recorded") is not None, TIMEOUT,
                     "sleepy is not unrecorded by default")
            app.screenshot(os.path.join(SCREENSHOTS, "import-preview.png"), window=dialog)

            # sleepy → 4, from the keyboard: Not recorded, 0, 1, 2, 3, 4.
            tab_to(sleepy, dialog)
            app.press_keys("Return", window=dialog)
            wait_for(lambda: try_find(app.root, "label", "0", showing=True) is not None, TIMEOUT,
                     "the list of values did not open")
            app.press_keys(*(["Down"] * 5), "Return")
            wait_for(lambda: try_find(sleepy, "label", "4") is not None, TIMEOUT, "4 was not chosen for sleepy")

            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "the preview did not close on Import")
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before + 5, TIMEOUT,
                     "the five check-ins are not in the plan file")
            batch = query(self.plan, "SELECT id, format, file_name FROM import_batch")
            self.assertEqual(len(batch), 1)
            self.assertEqual(batch[0][1:], ("daylio", "recent.csv"))
            self.assertEqual(query(self.plan, "SELECT mood FROM checkin WHERE note = 'Custom mood'"), [(4,)])
            self.assertEqual(query(self.plan, "SELECT mood FROM checkin WHERE note LIKE 'Walked%'"), [(7,)])
            self.assertEqual(query(self.plan, "SELECT count(*) FROM checkin_tag t JOIN import_source s "
                                              "ON s.row_id = t.checkin_id AND s.table_name = 'checkin'")[0][0], 5)

            # The toast's Undo: exactly that import out again.
            find(window, "label", "Imported 5 records", showing=True)
            click(find(window, "push button", mnemonic("Undo"), showing=True))
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before, TIMEOUT,
                     "Undo did not take the import out")
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)
            self.assertEqual(query(self.plan, "SELECT count(*) FROM checkin WHERE note = 'Custom mood'")[0][0], 0)
            find(window, "label", "Import undone: 5 records taken out", showing=True)

            # Again, and Ctrl+Z this time: the keyboard's way to the toast's Undo.
            choose_import(app, window, DAYLIO)
            dialog = preview_window(app)
            click(find(dialog, "push button", mnemonic("Import"), showing=True))
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before + 5, TIMEOUT,
                     "the second import is not in the plan file")
            find(window, "label", "Imported 5 records", showing=True)
            app.press_keys("<Control>z", window=window)
            wait_for(lambda: query(self.plan, "SELECT count(*) FROM checkin")[0][0] == before, TIMEOUT,
                     "Ctrl+Z did not take the import out")
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)

    def test_damaged_file_changes_nothing(self):
        damaged = os.path.join(self.tmp, "damaged.csv")
        with open(DAYLIO, encoding="utf-8") as f:
            text = f.read()
        # A quote that never closes, from line 5 on (line 3 is the rest of a note).
        with open(damaged, "w", encoding="utf-8") as f:
            f.write(text.replace(",,שלום", ",,\"שלום"))

        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark", timeout=30)
            # Everything the window wrote on opening is in the file.
            find(window, "page tab", None, showing=True)
            checksum = sha256(self.plan)
            checkins = query(self.plan, "SELECT count(*) FROM checkin")[0][0]
            choose_import(app, window, damaged)
            message = window_called(app, "Can’t Import This File")
            find(message, "label", re.compile(r"damaged\.csv.* line 5 opens a quote that is never closed"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "import-damaged.png"), window=message)
            click(find(message, "push button", mnemonic("Close"), showing=True))
            self.assertNotIn("Import", window_names(app))
            self.assertEqual(query(self.plan, "SELECT count(*) FROM checkin")[0][0], checkins)
            self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)
            self.assertEqual(sha256(self.plan), checksum)

    def test_preview_narrow_and_dark(self):
        for width, style, name in ((360, "default", "import-preview-360.png"),
                                   (960, "dark", "import-preview-dark.png")):
            with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp, width, style)) as app:
                window = app.window("Sam Sample — Waymark", timeout=30)
                choose_import(app, window, DAYLIO)
                dialog = preview_window(app)
                find(dialog, "combo box", "sleepy")
                app.screenshot(os.path.join(SCREENSHOTS, name), window=dialog)
                click(find(dialog, "push button", mnemonic("Cancel"), showing=True))
                wait_for(lambda: "Import" not in window_names(app), TIMEOUT, "Cancel did not close the preview")
        self.assertEqual(query(self.plan, "SELECT count(*) FROM import_batch")[0][0], 0)


if __name__ == "__main__":
    unittest.main()
