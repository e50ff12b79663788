#!/usr/bin/python3
"""End to end: the keys that make every flow smooth from the keyboard.

Ctrl+Enter saves and closes an editor, from inside a multi-line note
too; a new record's editor opens with the focus in its first field, so
typing at once types into it.
"""

import os
import sqlite3
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, has_state, tab_to,  # noqa: E402
                         mnemonic, press_keys, text_of, try_find, wait_for, waymark_env,
                         window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def type_keys(text):
    """Types @text as key presses into whatever has the focus."""
    press_keys(*["space" if ch == " " else ch for ch in text])


class KeysTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-keys-")

    def test_ctrl_enter_saves_from_a_multi_line_note(self):
        plan = os.path.join(self.tmp, "note.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>j", window=window)
            editor = window_called(app, "New Check-in")
            mood = find(editor, "slider", "Mood")
            wait_for(lambda: has_state(mood, "focused"), TIMEOUT, "the mood scale does not have the focus")

            # Into the note from the keyboard, where Return is a new line.
            note = find(editor, "text", "Note")
            tab_to(note, editor)
            type_keys("Slept")
            press_keys("Return")
            type_keys("Walked")
            wait_for(lambda: text_of(note) == "Slept\nWalked", TIMEOUT, "the note was not typed",
                     describe=lambda: repr(text_of(note)))

            press_keys("<Control>Return", window=editor)
            wait_for(lambda: "New Check-in" not in window_names(app), TIMEOUT,
                     "Ctrl+Enter in the note did not save and close the check-in")
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT note FROM checkin").fetchall(), [("Slept\nWalked",)])
            db.close()

    def test_new_record_focus_in_first_field_and_ctrl_enter_saves(self):
        plan = os.path.join(self.tmp, "goal.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            title = find(editor, "text", "Goal")

            # No click: the keys go where the editor put the focus.
            press_keys("Home", window=editor)
            type_keys("Walk more")
            wait_for(lambda: text_of(title) == "Walk more", TIMEOUT,
                     "typing at once did not go into the goal's first field",
                     describe=lambda: repr(text_of(title)))

            # One way to close besides Escape: Done, no window "×".
            self.assertIsNone(try_find(editor, "push button", "Close", showing=True))

            press_keys("<Control>KP_Enter", window=editor)
            wait_for(lambda: "Goal" not in window_names(app), TIMEOUT, "Ctrl+Enter did not close the goal")
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT title FROM goal").fetchall(), [("Walk more",)])
            db.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
