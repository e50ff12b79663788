#!/usr/bin/python3
"""End to end: the check-in journal, driven through the accessibility tree.

With a fresh plan file: Ctrl+J opens a new check-in; the mood and the
anxiety are set with the arrow keys, a note typed and marked for the
care team (Alt+W), and Ctrl+Return saves it, all from the keyboard; it is listed and in the database;
after a restart it is still listed. Cancelling a check-in with
something entered asks first. Screenshots of the journal with sample
data (light and dark) go to $WAYMARK_SCREENSHOTS.
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, has_state, mnemonic, try_find,  # noqa: E402
                         type_text, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


class JournalTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-journal-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_keyboard_checkin_listed_and_kept(self):
        plan = os.path.join(self.tmp, "journal.waymark")

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            started = time.monotonic()

            app.press_keys("<Control>j", window=window)
            wait_for(lambda: "New Check-in" in window_names(app), TIMEOUT, "Ctrl+J opened no check-in")
            editor = window_called(app, "New Check-in")
            mood = find(editor, "slider", "Mood")
            wait_for(lambda: has_state(mood, "focused"), TIMEOUT, "the mood scale does not have the focus")

            # Mood: two steps up from the middle, 7, "Good".
            app.press_keys("Right", "Right", window=editor)
            find(editor, "label", re.compile("7 of 10 · Good"))
            # Anxiety, the next control: two steps down, 3.
            app.press_keys("Tab", "Left", "Left", window=editor)
            find(editor, "label", re.compile("3 of 10"))

            note = find(editor, "text", "Note")
            type_text(note, "Walked to the park with Jo")
            # Alt+W, the row's mnemonic, marks the note for the care team.
            share = find(editor, "check box", re.compile("Share with my care team"))
            self.assertFalse(has_state(share, "checked"), "a new note is shared before it is marked")
            app.press_keys("<Alt>w", window=editor)
            wait_for(lambda: has_state(share, "checked"), TIMEOUT, "Alt+W did not mark the note shared")
            app.screenshot(os.path.join(SCREENSHOTS, "checkin-editor-shared.png"))
            app.press_keys("<Control>Return", window=editor)
            wait_for(lambda: "New Check-in" not in window_names(app), TIMEOUT, "Ctrl+Return did not save")
            elapsed = time.monotonic() - started
            print(f"keyboard check-in took {elapsed:.1f} s through AT-SPI", file=sys.stderr)

            find(window, "label", "Walked to the park with Jo")
            find(window, "label", "Good")

            db = sqlite3.connect(plan)
            rows = db.execute("SELECT mood, anxiety, energy, sleep_hours, note, share_with_care_team "
                              "FROM checkin").fetchall()
            self.assertEqual(rows, [(7, 3, None, None, "Walked to the park with Jo", 1)])
            db.close()

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            click(find(window, "page tab", "Journal", showing=True))
            find(window, "label", "Walked to the park with Jo")

    def test_cancel_asks_before_discarding(self):
        plan = os.path.join(self.tmp, "cancel.waymark")

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>j", window=window)
            wait_for(lambda: "New Check-in" in window_names(app), TIMEOUT, "Ctrl+J opened no check-in")
            editor = window_called(app, "New Check-in")
            type_text(find(editor, "text", "Note"), "Not sure yet")
            app.press_keys("Escape", window=editor)
            wait_for(lambda: "Discard This Check-in?" in window_names(app), TIMEOUT,
                     "no question before discarding")
            dialog = window_called(app, "Discard This Check-in?")
            click(find(dialog, "push button", mnemonic("Keep Editing"), showing=True))
            wait_for(lambda: "Discard This Check-in?" not in window_names(app), TIMEOUT)
            self.assertIn("New Check-in", window_names(app))
            app.press_keys("Escape", window=editor)
            dialog = window_called(app, "Discard This Check-in?")
            click(find(dialog, "push button", mnemonic("Discard"), showing=True))
            wait_for(lambda: "New Check-in" not in window_names(app), TIMEOUT, "the check-in stayed open")

            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT count(*) FROM checkin").fetchone()[0], 0)
            # Discarded means discarded: no draft is kept to offer back.
            self.assertEqual(db.execute("SELECT count(*) FROM draft").fetchone()[0], 0)
            db.close()

    def test_screenshots_with_sample_data(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data"], check=True,
                       env=dict(os.environ, **app_env(self.tmp)), capture_output=True)

        for style in ("light", "dark"):
            scheme = "prefer-dark" if style == "dark" else "prefer-light"
            with App([WAYMARK, "--data-file=" + plan],
                     env=app_env(self.tmp, ADW_DEBUG_COLOR_SCHEME=scheme)) as app:
                window = app.window(re.compile(r"Sam Sample"))
                app.press_keys("<Control>3", window=window)
                find(window, "image", re.compile(r"^Mood, "), showing=True)
                find(window, "label", re.compile(r"^Mood averaged \d"), showing=True)
                find(window, "label", re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) "))
                app.screenshot(os.path.join(SCREENSHOTS, f"journal-sample-{style}.png"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
